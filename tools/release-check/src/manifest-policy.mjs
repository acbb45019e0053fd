// The house rules for a published package.json, beyond what publint checks:
// see "Packages fit to publish" in this package's README.
import { relative } from "node:path";
import { repoRoot } from "./workspace.mjs";

/** Where the repository lives; packages point at their folder in it. */
export const repositoryUrl = "git+https://github.com/leadping/leadping-typescript.git";

/**
 * Every way `manifest` breaks the policy; empty when it complies.
 * @param {Record<string, any>} manifest
 * @param {string} dir the package's folder in the workspace
 * @returns {string[]}
 */
export function manifestProblems(manifest, dir) {
  /** @type {string[]} */
  const problems = [];
  const expect = (/** @type {boolean} */ ok, /** @type {string} */ problem) => void (ok || problems.push(problem));

  expect(manifest.private !== true, "is private");
  expect(manifest.type === "module", 'type must be "module"');
  expect(manifest.license === "MIT", 'license must be "MIT"');
  expect(manifest.sideEffects === false, "sideEffects must be false");
  expect(manifest.engines?.node === ">=20", 'engines.node must be ">=20"');
  expect(manifest.publishConfig?.access === "public", 'publishConfig.access must be "public"');
  expect(manifest.publishConfig?.provenance === true, "publishConfig.provenance must be true");
  expect(manifest.repository?.type === "git", 'repository.type must be "git"');
  expect(manifest.repository?.url === repositoryUrl, `repository.url must be ${repositoryUrl}`);
  expect(manifest.repository?.directory === relative(repoRoot, dir), `repository.directory must be ${relative(repoRoot, dir)}`);
  expect(Array.isArray(manifest.keywords) && manifest.keywords.length > 0, "keywords must be a non-empty list");
  expect(typeof manifest.description === "string" && manifest.description.length > 0, "description is missing");

  const files = Array.isArray(manifest.files) ? manifest.files : [];
  expect(files.length > 0, "files must whitelist what is published");
  expect(files.includes("dist"), 'files must include "dist"');
  expect(files.includes("LICENSE"), 'files must include "LICENSE"');
  expect(
    !files.some((/** @type {string} */ entry) => /^[.*]|\*\*$|^src|^test/.test(entry)),
    "files must not include sources, tests or catch-alls",
  );

  // Legacy resolution (node10) reads these top-level fields.
  expect(manifest.main === "./dist/index.cjs", 'main must be "./dist/index.cjs"');
  expect(manifest.types === "./dist/index.d.cts", 'types must be "./dist/index.d.cts"');

  const exports = manifest.exports;
  if (!exports || typeof exports !== "object") return [...problems, "exports map is missing"];
  expect(exports["./package.json"] === "./package.json", '"./package.json" must be exported');
  expect(typeof exports["."] === "object", 'the "." entry must have conditions');
  for (const [subpath, target] of Object.entries(exports)) {
    expect(!subpath.includes("*"), `no wildcard subpaths (${subpath})`);
    expect(subpath === "." || subpath.startsWith("./"), `subpath ${subpath} must start with "./"`);
    problems.push(...conditionProblems(subpath, target));
  }
  return problems;
}

/**
 * Every conditions object that names `types` names it first, and each of
 * `import` / `require` carries its own declarations (`.d.mts` / `.d.cts`).
 * @param {string} at
 * @param {unknown} target
 * @returns {string[]}
 */
function conditionProblems(at, target) {
  if (typeof target === "string" || target === null) return [];
  if (typeof target !== "object") return [`${at}: unexpected ${typeof target}`];
  const conditions = /** @type {Record<string, unknown>} */ (target);
  const keys = Object.keys(conditions);
  /** @type {string[]} */
  const problems = [];
  if (keys.includes("types") && keys[0] !== "types") problems.push(`${at}: "types" must come first`);
  if (keys.includes("default") && keys.at(-1) !== "default") problems.push(`${at}: "default" must come last`);
  for (const [condition, wantExtension] of /** @type {const} */ ([
    ["import", ".d.mts"],
    ["require", ".d.cts"],
  ])) {
    const branch = conditions[condition];
    if (branch === undefined) continue;
    const types = typeof branch === "object" && branch ? /** @type {Record<string, unknown>} */ (branch).types : undefined;
    if (typeof types !== "string" || !types.endsWith(wantExtension)) {
      problems.push(`${at} → ${condition}: needs its own "types" ending in ${wantExtension}`);
    }
  }
  for (const [condition, nested] of Object.entries(conditions)) problems.push(...conditionProblems(`${at} → ${condition}`, nested));
  return problems;
}
