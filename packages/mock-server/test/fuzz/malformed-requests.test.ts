// Property: whatever defective request arrives, the answer is a 4xx problem document —
// never a 5xx, a hang or a crash. At least 2,000 generated requests over real HTTP.
import { Agent, request } from "node:http";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { call, startStrict } from "../helpers.js";
import { type FuzzRequest, anyRejectedRequest } from "./generators.js";

const RUNS = 2_400;

function send(agent: Agent, base: URL, req: FuzzRequest): Promise<{ status: number; contentType: string | undefined; body: string }> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = { ...req.headers };
    if (req.body) headers["content-length"] = req.body.byteLength;
    const out = request({ host: base.hostname, port: base.port, method: req.method, path: req.path, headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () =>
        resolve({ status: res.statusCode ?? 0, contentType: res.headers["content-type"], body: Buffer.concat(chunks).toString("utf8") }),
      );
      res.on("error", reject);
    });
    out.setTimeout(15_000, () => out.destroy(new Error(`no answer within 15 s to ${req.method} ${req.path.slice(0, 80)}`)));
    out.on("error", reject);
    out.end(req.body);
  });
}

describe("malformed and edge-case requests", () => {
  test(`${RUNS} generated defective requests all get a 4xx ProblemDetails`, async () => {
    const server = await startStrict({ sampleLeads: 10 });
    const base = new URL(server.url);
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const kinds = new Map<string, number>();
    const statuses = new Map<number, number>();
    let sent = 0;
    try {
      await fc.assert(
        fc.asyncProperty(anyRejectedRequest, async (req) => {
          const answer = await send(agent, base, req);
          sent++;
          kinds.set(req.kind, (kinds.get(req.kind) ?? 0) + 1);
          statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
          expect(
            answer.status,
            `${req.kind}: ${req.method} ${req.path.slice(0, 100)} → ${answer.body.slice(0, 300)}`,
          ).toBeGreaterThanOrEqual(400);
          expect(answer.status).toBeLessThan(500);
          expect(answer.contentType).toBe("application/problem+json");
          if (req.method === "HEAD") return;
          const problem = JSON.parse(answer.body);
          expect(problem).toMatchObject({
            status: answer.status,
            type: expect.any(String),
            title: expect.any(String),
            detail: expect.any(String),
            traceId: expect.any(String),
          });
          expect("instance" in problem).toBe(true);
        }),
        { numRuns: RUNS },
      );
    } finally {
      agent.destroy();
    }
    expect(sent).toBeGreaterThanOrEqual(2_000);
    // Every generator family was exercised, and the server still works afterwards.
    expect([...kinds.keys()].sort()).toEqual([
      "credentials",
      "deep",
      "huge",
      "malformed-json",
      "media-type",
      "method",
      "missing",
      "odd-headers",
      "schema",
    ]);
    expect((await call(server.url, "GET", "/tags")).status).toBe(200);
    console.log(
      `fuzz: ${sent} requests; by kind ${JSON.stringify(Object.fromEntries(kinds))}; by status ${JSON.stringify(Object.fromEntries(statuses))}`,
    );
  });
});
