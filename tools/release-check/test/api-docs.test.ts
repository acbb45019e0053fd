// `pnpm docs` builds the API reference from the sources, with the spec's own
// descriptions on the generated types and one module per package.
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, expect, it } from "vitest";
import { publicPackageNames, repoRoot, toolsDir } from "../src/workspace.mjs";

const out = mkdtempSync(join(tmpdir(), "leadping-api-docs-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));

it("generates the reference with warnings treated as errors", async () => {
  await promisify(execFile)(join(toolsDir, "node_modules", ".bin", "typedoc"), ["--options", "typedoc.json", "--out", out], {
    cwd: toolsDir,
  });

  for (const name of publicPackageNames) {
    expect(existsSync(join(out, "modules", `${name.replace("@", "_").replace("/", "_")}.html`)), name).toBe(true);
  }
  const contract = JSON.parse(readFileSync(join(repoRoot, "packages", "types", "openapi.json"), "utf8"));
  const description: string = contract.paths["/leads/{id}"].put.description;
  // The spec's prose up to its first inline code span, as TypeDoc renders it.
  const prose = description.split("`")[0]!.trim();
  expect(prose.length).toBeGreaterThan(20);
  const pathsPage = readFileSync(join(out, "interfaces", "_leadping_types.paths.html"), "utf8");
  const text = pathsPage
    .replace(/<[^>]+>/g, "")
    .replaceAll("&#39;", "'")
    .replaceAll("&quot;", '"')
    .replaceAll("&amp;", "&");
  expect(text).toContain(prose);
  expect(text).not.toContain("@description");
});
