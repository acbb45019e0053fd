// Types for scripts/generate-corpus.mjs (plain JS so `node scripts/generate-corpus.mjs` runs without a build).
/** Every generated pair: directory name → file name → content. */
export declare function generatedPairs(): Map<string, Record<string, string>>;
