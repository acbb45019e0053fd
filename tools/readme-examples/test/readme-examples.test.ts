// Every TypeScript block of every README, compiled with strict in a fresh consumer project
// outside the workspace against the packed tarballs, and the runnable ones run against the
// local API (the installed `leadping-mock` on 127.0.0.1). Failures name the README file and line.
import { mkdirSync, writeFileSync } from "node:fs";
import { cp, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningRedis, startRedis } from "../../../packages/redis/test/redis-server.js";
import { startInstalledMockCli } from "../../release-check/src/mock-cli.mjs";
import { listPublicPackages } from "../../release-check/src/workspace.mjs";
import { runBrowserBlock } from "../src/browser-block.js";
import { createReadmeConsumer, run, tsc } from "../src/consumer.js";
import { needlessNonNullAssertions } from "../src/needless-assertions.js";
import { type ExampleFile, exampleFiles, mapDiagnostics, preludesDir, readmeFiles, repoRoot } from "../src/readme-blocks.js";

const fixtureReadme = join(import.meta.dirname, "fixtures", "broken-readme.md");
const credentials = {
  LEADPING_API_KEY: "sk_readme_examples",
  LEADPING_SOURCE_KEY: "lp_src_readme_examples",
  LEADPING_WEBHOOK_SECRET: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
};

let workDir: string;
let consumer: { dir: string; stop: () => Promise<void> };
let api: { url: string; stop: () => Promise<void> };
// Blocks that share a rate budget or a webhook store connect to a real redis-server at REDIS_URL.
let redis: RunningRedis;
let readmes: { files: ExampleFile[]; problems: string[] };
let fixture: { files: ExampleFile[]; problems: string[] };
let diagnostics: string[];
let undici6Diagnostics: string[];
let needless: string[];
const ran: { file: ExampleFile; failure: string | undefined }[] = [];

async function compile(tsconfig: string, files: ExampleFile[]): Promise<string[]> {
  const result = await run(process.execPath, [tsc, "-p", tsconfig, "--pretty", "false"], { cwd: consumer.dir }).catch(
    (error: Error & { stdout?: string }) => ({ stdout: error.stdout ?? error.message }),
  );
  return mapDiagnostics(result.stdout, files);
}

async function runBlock(file: ExampleFile): Promise<string | undefined> {
  const compiled = join("out", file.path.replace(/\.tsx?$/, ".js"));
  const env = { ...process.env, ...credentials, LEADPING_BASE_URL: api.url, REDIS_URL: redis.url };
  try {
    await run(process.execPath, ["--import", "./local-api.mjs", compiled], { cwd: consumer.dir, env, timeoutMs: 60_000 });
    return undefined;
  } catch (error) {
    return `${file.readme}:${file.block.line} (block under "${file.block.heading}") failed when run:\n${String(error).slice(0, 2000)}`;
  }
}

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), "leadping-readme-examples-"));
  consumer = await createReadmeConsumer(workDir);
  readmes = exampleFiles(readmeFiles());
  fixture = exampleFiles([fixtureReadme]);
  await cp(preludesDir, join(consumer.dir, "preludes"), { recursive: true });
  for (const file of [...readmes.files, ...fixture.files]) {
    mkdirSync(dirname(join(consumer.dir, file.path)), { recursive: true });
    writeFileSync(join(consumer.dir, file.path), file.source);
  }
  const all = [...readmes.files, ...fixture.files];
  diagnostics = await compile("tsconfig.json", all);
  needless = needlessNonNullAssertions(consumer.dir, all);

  const usesUndici = readmes.files.filter((file) => /from "undici"/.test(file.block.code));
  const undici6 = join(consumer.dir, "tsconfig.undici-6.json");
  const config = JSON.parse(await readFile(undici6, "utf8"));
  writeFileSync(undici6, JSON.stringify({ ...config, files: ["preludes/client.ts", ...usesUndici.map((file) => file.path)] }, null, 2));
  undici6Diagnostics = usesUndici.length > 0 ? await compile("tsconfig.undici-6.json", usesUndici) : ["no README block imports undici"];

  api = await startInstalledMockCli(consumer.dir);
  redis = await startRedis();
  for (const file of all.filter((candidate) => candidate.runnable)) ran.push({ file, failure: await runBlock(file) });
}, 600_000);

afterAll(async () => {
  await api?.stop();
  await redis?.stop();
  await consumer?.stop();
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

const fromReadmes = (lines: string[]) => lines.filter((line) => !line.startsWith("tools/readme-examples/test/fixtures/"));

describe("README TypeScript blocks in a strict consumer of the packed tarballs", () => {
  it("finds the blocks of the published packages' READMEs", () => {
    const published = listPublicPackages().map((pkg) => `${relative(repoRoot, pkg.dir)}/README.md`);
    expect(published.length).toBeGreaterThanOrEqual(4);
    for (const readme of published) expect(readmes.files.filter((file) => file.readme === readme).length, readme).toBeGreaterThan(0);
  });

  it("every block is a complete program or a fragment whose prelude exists", () => {
    expect(readmes.problems).toEqual([]);
  });

  it("every block compiles (strict, noUncheckedIndexedAccess, exactOptionalPropertyTypes, nodenext)", () => {
    // A file per block: a README block that compiles yields no line at all.
    expect(fromReadmes(diagnostics)).toEqual([]);
  });

  it('no block puts "!" on a value that is never null or undefined', () => {
    expect(fromReadmes(needless)).toEqual([]);
  });

  it("the blocks that import undici compile against undici 6 as well as 7", () => {
    expect(undici6Diagnostics).toEqual([]);
  });

  it("every runnable block runs to the end against the local API", () => {
    const fromRepo = ran.filter(({ file }) => !file.readme.startsWith("tools/readme-examples/test/fixtures/"));
    expect(fromRepo.flatMap(({ failure }) => (failure ? [failure] : []))).toEqual([]);
    // Most blocks send requests; the harness must not quietly run none of them.
    expect(fromRepo.length).toBeGreaterThanOrEqual(10);
  });
});

describe("the harness itself (a README with broken blocks, test/fixtures/broken-readme.md)", () => {
  const readme = "tools/readme-examples/test/fixtures/broken-readme.md";

  const errorsAt = (line: number) => diagnostics.filter((text) => text.startsWith(`${readme}:${line}:`));

  it("names the README file, line and column of a type error", () => {
    expect([...errorsAt(7), ...errorsAt(15)].sort()).toEqual([
      `${readme}:15:23 (block under "A fragment"): error TS2551: Property 'leadz' does not exist on type 'LeadpingClient'. Did you mean 'leads'?`,
      `${readme}:7:7 (block under "A type error"): error TS2322: Type 'string' is not assignable to type 'number'.`,
    ]);
  });

  it("a type error names the contract's schema (LeadRequest), not its expansion", () => {
    const [message, ...others] = errorsAt(38);
    expect(message?.split("\n")[0]).toMatch(/error TS2345: Argument of type '.*' is not assignable to parameter of type 'LeadRequest'\.$/);
    expect(others).toEqual([]);
    expect(diagnostics.join("\n")).not.toMatch(/adminEnablementOverride\?:/);
  });

  it("types the TanStack Query hooks from the contract (each @ts-expect-error is used)", () => {
    expect(diagnostics.filter((text) => /broken-readme\.md:(4[3-9]|5\d):/.test(text))).toEqual([]);
  });

  it("no other diagnostics in the fixture", () => {
    const reported = diagnostics.filter((text) => text.startsWith(readme)).map((text) => Number(text.split(":")[1]));
    expect([...new Set(reported)].sort((a, b) => a - b)).toEqual([7, 15, 38]);
  });

  it('names a needless "!" (and leaves a needed one alone)', () => {
    expect(needless.filter((text) => text.startsWith(readme))).toEqual([
      `${readme}:63:13 (block under "A needless non-null assertion"): needless "!" on tag.id: string is never null or undefined`,
    ]);
  });

  it("names the README line of a block that throws when run", () => {
    const failures = ran.filter(({ file, failure }) => file.readme === readme && failure !== undefined);
    expect(failures.map(({ failure }) => failure!.split("\n")[0])).toEqual([
      `${readme}:20 (block under "A runtime failure") failed when run:`,
    ]);
  });

  it("reports an unknown info-string word and a missing prelude", () => {
    expect(fixture.problems).toEqual([
      `${readme}:26 (block under "Unknown markers"): unknown info-string word(s) fragmen=client`,
      `${readme}:30 (block under "Unknown markers"): fragment=nowhere, but preludes/nowhere.ts does not exist or exports nothing`,
    ]);
  });
});

describe("the browser recipe (TanStack Query on lp.raw) in headless Chromium", () => {
  it("renders the leads the local API holds", async () => {
    const recipe = readmes.files.filter((file) => file.browser);
    expect(recipe.map((file) => file.readme)).toEqual(["packages/client/README.md"]);
    const result = await runBrowserBlock(consumer.dir, recipe[0]!.path, api.url);
    expect(result.pageErrors).toEqual([]);
    const response = await fetch(`${api.url}/leads/all/my`, {
      method: "POST",
      headers: { authorization: `Bearer ${credentials.LEADPING_API_KEY}`, "content-type": "application/json" },
      body: JSON.stringify({ pageSize: 10 }),
    });
    const page = (await response.json()) as { items: { firstName?: string | null; lastName?: string | null }[] };
    expect(page.items.length).toBeGreaterThan(0);
    expect(result.items).toEqual(page.items.map((row) => `${row.firstName ?? ""} ${row.lastName ?? ""}`.trim()));
    expect(result.forwarded).toContain("POST /leads/all/my");
  });
});
