// Property: whatever defective request arrives, the answer is a 4xx problem document —
// never a 5xx, a hang or a crash. 2,400 generated requests through the in-process fetch handler
// (the same pipeline; the ones a Fetch Request cannot express go over HTTP) and 200 over real HTTP.
import { Agent, request } from "node:http";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import type { MockApi } from "../../src/index.js";
import { call, startInProcess, startStrict } from "../helpers.js";
import { type FuzzRequest, anyRejectedRequest } from "./generators.js";

const IN_PROCESS_RUNS = 2_400;
const SOCKET_RUNS = 200;

interface Answer {
  status: number;
  contentType: string | undefined | null;
  body: string;
}

/** Over a real socket: what the in-process handler never sees (HTTP framing, odd methods, raw paths). */
function overSocket(agent: Agent, base: URL, req: FuzzRequest): Promise<Answer> {
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

/**
 * Through `api.fetch`, the same pipeline without a socket; `null` when a Fetch Request cannot say
 * it exactly (a method fetch forbids, a body on GET, a path the URL parser would normalise).
 */
async function inProcess(api: MockApi, req: FuzzRequest): Promise<Answer | null> {
  let request: Request;
  try {
    const url = new URL(req.path, "http://leadping.mock");
    if (url.pathname + url.search !== req.path) return null;
    request = new Request(url, { method: req.method, headers: req.headers, ...(req.body ? { body: new Uint8Array(req.body) } : {}) });
  } catch {
    return null;
  }
  const res = await api.fetch(request);
  return { status: res.status, contentType: res.headers.get("content-type"), body: await res.text() };
}

/** The property: a 4xx ProblemDetails, whatever the defect. */
function expectProblemAnswer(req: FuzzRequest, answer: Answer): void {
  expect(answer.status, `${req.kind}: ${req.method} ${req.path.slice(0, 100)} → ${answer.body.slice(0, 300)}`).toBeGreaterThanOrEqual(400);
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
}

const FAMILIES = ["credentials", "deep", "huge", "malformed-json", "media-type", "method", "missing", "odd-headers", "schema"];

describe("malformed and edge-case requests", () => {
  test(`${IN_PROCESS_RUNS} generated defective requests in process and ${SOCKET_RUNS} over a socket all get a 4xx ProblemDetails`, async () => {
    const local = startInProcess({ sampleLeads: 10 });
    const server = await startStrict({ sampleLeads: 10 });
    const base = new URL(server.url);
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const counts = { inProcess: 0, socket: 0 };
    const kinds = new Map<string, number>();
    const socketKinds = new Map<string, number>();
    const statuses = new Map<number, number>();
    const tally = (req: FuzzRequest, answer: Answer, over: Map<string, number>) => {
      over.set(req.kind, (over.get(req.kind) ?? 0) + 1);
      statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
    };
    try {
      // Most requests through the fetch handler; those a Request cannot express go over the socket.
      await fc.assert(
        fc.asyncProperty(anyRejectedRequest, async (req) => {
          let answer = await inProcess(local.api, req);
          if (answer) counts.inProcess++;
          else {
            answer = await overSocket(agent, base, req);
            counts.socket++;
            tally(req, answer, socketKinds);
          }
          tally(req, answer, kinds);
          expectProblemAnswer(req, answer);
        }),
        { numRuns: IN_PROCESS_RUNS },
      );
      // And a sample of every family over a real socket: framing, Content-Length and keep-alive.
      await fc.assert(
        fc.asyncProperty(anyRejectedRequest, async (req) => {
          const answer = await overSocket(agent, base, req);
          counts.socket++;
          tally(req, answer, socketKinds);
          tally(req, answer, kinds);
          expectProblemAnswer(req, answer);
        }),
        // A fixed seed: this sample must cover every family (asserted below), which a random one misses
        // about twice in 10,000 runs; the in-process runs above stay random.
        { numRuns: SOCKET_RUNS, seed: 20261207 },
      );
    } finally {
      agent.destroy();
    }
    expect(counts.inProcess + counts.socket).toBeGreaterThanOrEqual(2_000);
    // Every generator family was exercised both ways, and both servers still work afterwards.
    expect([...kinds.keys()].sort()).toEqual(FAMILIES);
    expect([...socketKinds.keys()].sort()).toEqual(FAMILIES);
    expect((await call(server.url, "GET", "/tags")).status).toBe(200);
    expect((await call(local, "GET", "/tags")).status).toBe(200);
    console.log(
      `fuzz: ${counts.inProcess} requests in process, ${counts.socket} over a socket; by kind ${JSON.stringify(Object.fromEntries(kinds))}; by status ${JSON.stringify(Object.fromEntries(statuses))}`,
    );
  });
});
