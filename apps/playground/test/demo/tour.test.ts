// `pnpm demo` as a user runs it: the built tour script in a child process,
// against the embedded API, a real HTTP API with a key, and one with faults.
import { spawn } from "node:child_process";
import { startMockServer, type RunningMockServer } from "@leadping/mock-server";
import { afterEach, describe, expect, it } from "vitest";
import { tourStepNames } from "../../src/demo/tour.js";
import { requireBuilt, tourScript } from "../support/paths.js";

interface TourRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runTour(env: Record<string, string> = {}): Promise<TourRun> {
  requireBuilt(tourScript);
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith("LEADPING_")));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [tourScript], { env: { ...inherited, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/** The lines of one step's block: from its `[i/n]` header to the next blank line. */
function stepBlock(stdout: string, index: number): string {
  const start = stdout.indexOf(`[${index}/${tourStepNames.length}] ${tourStepNames[index - 1]} — `);
  expect(start, `step ${index} printed`).toBeGreaterThanOrEqual(0);
  const end = stdout.indexOf("\n\n", start);
  return stdout.slice(start, end === -1 ? undefined : end);
}

const id = "[\\w-]+";
/** Per step: the exchanges (method, path, status) it must print, in order. */
const expectedExchanges: RegExp[][] = [
  [/POST +\/leads +201 Created +\d+\.\d ms/],
  [new RegExp(`GET +/leads/${id} +200 OK`)],
  [new RegExp(`PUT +/leads/${id} +200 OK`)],
  [new RegExp(`POST +/leads/${id}/tags +200 OK`)],
  [/GET +\/lead-statuses +200 OK/],
  [new RegExp(`PUT +/leads/${id}/status +200 OK`), new RegExp(`GET +/leads/${id} +200 OK`)],
  [new RegExp(`GET +/leads/${id}/status-history +200 OK`), new RegExp(`GET +/leads/${id}/status-history/export +200 OK`)],
  [/POST +\/leads\/all\/my +200 OK/],
  [new RegExp(`POST +/leads/${id}/archive +200 OK`)],
  [new RegExp(`POST +/leads/${id}/unarchive +200 OK`)],
  [new RegExp(`POST +/events/leads/${id} +200 OK`)],
  [new RegExp(`DELETE +/leads/${id} +204 No Content`), new RegExp(`GET +/leads/${id} +404 Not Found`)],
];

function expectCompleteTour(run: TourRun): void {
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  for (let index = 1; index <= tourStepNames.length; index++) {
    const block = stepBlock(run.stdout, index);
    let from = 0;
    for (const pattern of expectedExchanges[index - 1] ?? []) {
      const match = pattern.exec(block.slice(from));
      expect(match, `step ${index} (${tourStepNames[index - 1]}) prints ${pattern}\n${block}`).not.toBeNull();
      from += (match?.index ?? 0) + (match?.[0].length ?? 0);
    }
  }
  expect(run.stdout).toMatch(/Tour complete: 12 steps, \d+ requests/);
}

const servers: RunningMockServer[] = [];
async function mockServer(options: Parameters<typeof startMockServer>[0]): Promise<RunningMockServer> {
  const server = await startMockServer({ port: 0, host: "127.0.0.1", strict: true, ...options });
  servers.push(server);
  return server;
}

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.stop()));
});

describe("pnpm demo", () => {
  it("tours the embedded local API and prints every step with what changed", async () => {
    const run = await runTour();
    expectCompleteTour(run);
    expect(run.stdout).toContain("Leadping tour against the local API (embedded @leadping/mock-server, seed 42, 40 sample leads)");
    expect(stepBlock(run.stdout, 3)).toMatch(/~ contact\.streetAddress\.city: "Austin" → "Round Rock"/);
    expect(stepBlock(run.stdout, 4)).toMatch(/~ tags: \[\] → \[Hot, Playground tour\]/);
    expect(stepBlock(run.stdout, 5)).toMatch(/→ 8 statuses: New, Contacted, /);
    expect(stepBlock(run.stdout, 6)).toMatch(/\+ currentDisposition\.outcome = "Contacted"/);
    expect(stepBlock(run.stdout, 7)).toMatch(/→ 1 change\(s\); lp\.leads\.status\.export → 1 row\(s\)/);
    expect(stepBlock(run.stdout, 9)).toMatch(/~ isArchived: false → true/);
    expect(stepBlock(run.stdout, 10)).toMatch(/~ isArchived: true → false/);
    // Newest first, one per change the tour made.
    expect(stepBlock(run.stdout, 11)).toMatch(
      /→ 6 events: lead\.unarchived, lead\.archived, lead\.status_changed, lead\.tags_changed, lead\.updated, lead\.created/,
    );
    // 40 seeded leads and the tour's own, 10 a page: every page is fetched.
    const pages = stepBlock(run.stdout, 8).match(/POST +\/leads\/all\/my/g) ?? [];
    const rows = Number(/→ (\d+) active leads over (\d+) pages/.exec(stepBlock(run.stdout, 8))?.[1]);
    expect(pages.length).toBe(Math.ceil(rows / 10));
    expect(pages.length).toBeGreaterThan(1);
  });

  it("tours a real HTTP API with LEADPING_API_KEY and never prints the keys", async () => {
    const apiKey = "sk_test_demo_secret_9f2c";
    const sourceKey = "lp_src_demo_secret_71ab";
    const api = await mockServer({ seed: 3, sampleLeads: 15, auth: { bearerTokens: [apiKey], sourceKeys: [sourceKey] } });
    const run = await runTour({ LEADPING_API_KEY: apiKey, LEADPING_BASE_URL: api.url, LEADPING_SOURCE_KEY: sourceKey });
    expectCompleteTour(run);
    expect(run.stdout).toContain(`Leadping tour against the Leadping API at ${api.url}`);
    expect(run.stdout).not.toContain(apiKey);
    expect(run.stdout).not.toContain(sourceKey);
  });

  it("completes through injected 503s and 429s, printing each retried attempt", async () => {
    const api = await mockServer({
      seed: 5,
      sampleLeads: 5,
      faults: [
        { kind: "server-error", route: "PUT /leads/{id}", status: 503, times: 1 },
        { kind: "rate-limit", route: "Leads_GetAllForCurrentUser", retryAfterSeconds: 1, times: 1 },
      ],
    });
    const run = await runTour({ LEADPING_API_KEY: "sk_test_any", LEADPING_BASE_URL: api.url, LEADPING_SOURCE_KEY: "lp_src_any" });
    expectCompleteTour(run);
    expect(stepBlock(run.stdout, 3)).toMatch(new RegExp(`PUT +/leads/${id} +503 Service Unavailable[^\\n]*\\n +PUT +/leads/${id} +200 OK`));
    expect(stepBlock(run.stdout, 8)).toMatch(/POST +\/leads\/all\/my +429 Too Many Requests[^\n]*\n +POST +\/leads\/all\/my +200 OK/);
  });

  it("fails with exit code 1 and the typed error when the key is refused", async () => {
    const api = await mockServer({ auth: { bearerTokens: ["sk_the_right_one"], sourceKeys: ["lp_src_ok"] } });
    const run = await runTour({ LEADPING_API_KEY: "sk_the_wrong_one", LEADPING_BASE_URL: api.url, LEADPING_SOURCE_KEY: "lp_src_ok" });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/Tour failed: AuthenticationError/);
    expect(run.stdout + run.stderr).not.toContain("sk_the_wrong_one");
  });

  it("explains what is missing when a real API is chosen without source credentials", async () => {
    const run = await runTour({ LEADPING_API_KEY: "sk_test_any", LEADPING_BASE_URL: "http://127.0.0.1:9" });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("set LEADPING_SOURCE_KEY");
  });
});
