// Leadping's rate limits in the mock: per partition, the real 429 problem,
// Retry-After by option, over real HTTP and from the CLI.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { createMockApi } from "../../src/index.js";
import { parseRateLimit, ratePartition } from "../../src/http/rate-limit.js";
import { ORG_TOKEN, SOURCE_KEY, call, expectProblem, startStrict } from "../helpers.js";

const intakeBody = JSON.stringify({ metadata: {}, customer: {}, tagIds: [], tagNames: [], contact: { firstName: "Ada" } });

async function statuses(n: number, send: () => Promise<{ status: number }>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push((await send()).status);
  return out;
}

describe("rate limiting over HTTP", () => {
  test("refuses the request over the limit with Leadping's 429 problem and a Retry-After within the window", async () => {
    const server = await startStrict({ rateLimit: { limit: 3, windowMs: 60_000 } });
    expect(await statuses(3, () => call(server.url, "GET", "/tags"))).toEqual([200, 200, 200]);
    const refused = await call(server.url, "GET", "/tags");
    expectProblem(refused, 429);
    expect(refused.json).toMatchObject({ title: "Too many requests.", instance: "/tags" });
    const seconds = Number(refused.headers.get("retry-after"));
    expect(seconds).toBeGreaterThanOrEqual(1);
    expect(seconds).toBeLessThanOrEqual(60);
    expect(refused.text).not.toContain(ORG_TOKEN);
  });

  test("counts organization keys, user tokens and intake source keys in separate partitions", async () => {
    const server = await startStrict({ rateLimit: { limit: 2, windowMs: 60_000 } });
    expect(await statuses(3, () => call(server.url, "GET", "/tags"))).toEqual([200, 200, 429]);
    expect(await statuses(3, () => call(server.url, "GET", "/tags", { token: "sk_other_org" }))).toEqual([200, 200, 429]);
    expect(await statuses(3, () => call(server.url, "GET", "/tags", { token: "user_access_token" }))).toEqual([200, 200, 429]);
    expect(await statuses(3, () => call(server.url, "POST", "/leads/intake", { token: SOURCE_KEY, body: intakeBody }))).toEqual([
      201, 201, 429,
    ]);
  });

  test("puts the source id/key header pair and refused credentials into the caller's IP partition", async () => {
    const server = await startStrict({ rateLimit: { limit: 2, windowMs: 60_000 }, auth: { bearerTokens: [ORG_TOKEN] } });
    const pair = { "x-leadping-source-id": "src_1", "x-leadping-source-key": "key_1" };
    expect(await statuses(2, () => call(server.url, "POST", "/leads/intake", { token: null, headers: pair, body: intakeBody }))).toEqual([
      201, 201,
    ]);
    // The IP's budget is spent: a refused key now gets 429 before its 401, while the accepted organization key still passes.
    expect((await call(server.url, "GET", "/tags", { token: "sk_not_accepted" })).status).toBe(429);
    expect((await call(server.url, "GET", "/tags")).status).toBe(200);
  });

  test("a bearer sent beside the header pair does not choose the partition (it was never checked)", async () => {
    const server = await startStrict({ rateLimit: { limit: 2, windowMs: 60_000 }, auth: { bearerTokens: [ORG_TOKEN] } });
    const pair = { "x-leadping-source-id": "src_1", "x-leadping-source-key": "key_1" };
    // A fresh junk bearer on every request must not buy a fresh budget.
    let n = 0;
    const answers = await statuses(4, () =>
      call(server.url, "POST", "/leads/intake", { token: `junk_${n++}`, headers: pair, body: intakeBody }),
    );
    expect(answers).toEqual([201, 201, 429, 429]);
  });

  test("leaves Retry-After out when asked, as Leadping may", async () => {
    // Not strict: strict mode treats every declared header as required, and the contract declares Retry-After on 429.
    const server = await startStrict({ strict: false, rateLimit: { limit: 1, windowMs: 60_000, retryAfter: false } });
    await call(server.url, "GET", "/tags");
    const refused = await call(server.url, "GET", "/tags");
    expectProblem(refused, 429);
    expect(refused.headers.has("retry-after")).toBe(false);
  });

  test("grants a fresh budget once the partition's window has passed", async () => {
    const server = await startStrict({ rateLimit: { limit: 1, windowMs: 200 } });
    expect(await statuses(2, () => call(server.url, "GET", "/tags"))).toEqual([200, 429]);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect((await call(server.url, "GET", "/tags")).status).toBe(200);
  });

  test("reset() forgets the counts", async () => {
    const api = createMockApi({ rateLimit: { limit: 1 } });
    const get = () => api.fetch("http://mock/tags", { headers: { authorization: `Bearer ${ORG_TOKEN}` } });
    expect((await get()).status).toBe(200);
    expect((await get()).status).toBe(429);
    api.reset();
    expect((await get()).status).toBe(200);
  });

  test("limits nothing unless asked", async () => {
    const api = createMockApi();
    const answers = await statuses(320, () => api.fetch("http://mock/tags", { headers: { authorization: `Bearer ${ORG_TOKEN}` } }));
    expect(answers.filter((s) => s !== 200)).toEqual([]);
  });
});

describe("partitions and the flag's syntax", () => {
  test("ratePartition follows Leadping's documented partitions", () => {
    const base = { authenticated: true, sourceHeaders: false, ip: "10.0.0.1" };
    expect(ratePartition({ ...base, credential: "organization", authorization: "Bearer sk_a" })).toBe("organization:sk_a");
    expect(ratePartition({ ...base, credential: "organization", authorization: "Bearer eyJ.user" })).toBe("user:eyJ.user");
    expect(ratePartition({ ...base, credential: "source", authorization: "Bearer lp_src_a" })).toBe("intake:lp_src_a");
    expect(ratePartition({ ...base, credential: "source", authorization: undefined })).toBe("ip:10.0.0.1");
    expect(ratePartition({ ...base, credential: null, authorization: "Bearer sk_a" })).toBe("ip:10.0.0.1");
    expect(ratePartition({ ...base, authenticated: false, credential: "organization", authorization: "Bearer sk_a" })).toBe("ip:10.0.0.1");
    expect(ratePartition({ ...base, sourceHeaders: true, credential: "source", authorization: "Bearer junk" })).toBe("ip:10.0.0.1");
  });

  test("parseRateLimit reads requests/window in ms, s or m and rejects anything else", () => {
    expect(parseRateLimit("300/60s")).toEqual({ limit: 300, windowMs: 60_000 });
    expect(parseRateLimit("60/2s")).toEqual({ limit: 60, windowMs: 2000 });
    expect(parseRateLimit("10/500ms")).toEqual({ limit: 10, windowMs: 500 });
    expect(parseRateLimit("5/1m")).toEqual({ limit: 5, windowMs: 60_000 });
    for (const bad of ["300", "0/60s", "300/60", "300/0s", "a/60s"]) expect(() => parseRateLimit(bad)).toThrow(/--rate-limit/);
  });
});

describe("leadping-mock --rate-limit", () => {
  test("enforces the flag's limit and leaves Retry-After out with --no-retry-after", async () => {
    const cli = fileURLToPath(new URL("../../dist/cli.mjs", import.meta.url));
    const child = spawn(process.execPath, [cli, "--port", "0", "--rate-limit", "2/60s", "--no-retry-after"], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    try {
      let out = "";
      child.stdout.setEncoding("utf8");
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout.on("data", (chunk: string) => {
          const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec((out += chunk));
          if (match) resolve(match[1]!);
        });
        child.once("exit", (code) => reject(new Error(`CLI exited early with ${code}: ${out}`)));
      });
      expect(out).toContain("rate limit 2/60s");
      const answers = [await call(url, "GET", "/tags"), await call(url, "GET", "/tags"), await call(url, "GET", "/tags")];
      expect(answers.map((a) => a.status)).toEqual([200, 200, 429]);
      expect(answers[2]!.headers.has("retry-after")).toBe(false);
    } finally {
      child.kill("SIGTERM");
    }
  });
});
