import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The monorepo root (this package is tools/workflows). */
export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");
