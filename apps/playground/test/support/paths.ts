// Locations of the built playground (turbo runs `build` before `test`).
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const packageRoot = fileURLToPath(new URL("../../", import.meta.url));
export const webRoot = fileURLToPath(new URL("../../dist/web/", import.meta.url));
export const tourScript = fileURLToPath(new URL("../../dist/node/tour.mjs", import.meta.url));
export const testResults = fileURLToPath(new URL("../../test-results/", import.meta.url));

/** Fails early, with the command that fixes it, when the build output is missing. */
export function requireBuilt(path: string): string {
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`pnpm --filter @leadping/playground build\` first.`);
  return path;
}
