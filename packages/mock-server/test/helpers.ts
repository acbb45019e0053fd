// Shared test plumbing: strict servers on 127.0.0.1, a stepping clock, a plain HTTP caller.
import { createLeadpingClient } from "@leadping/client";
import type { LeadRequest } from "@leadping/types";
import { afterEach, expect } from "vitest";
import {
  type FetchLike,
  type MockApi,
  type MockApiOptions,
  type MockClock,
  type MockServerOptions,
  type RunningMockServer,
  createMockApi,
  startMockServer,
} from "../src/index.js";

export const ORG_TOKEN = "sk_test_org";
export const SOURCE_KEY = "lp_src_test";

const running: { server: { stop(): Promise<void> }; logs: string[]; expectQuiet: boolean }[] = [];

afterEach(async () => {
  const all = running.splice(0);
  await Promise.all(all.map((r) => r.server.stop()));
  // Strict mode logs every contract violation; a test run must produce none unless it provokes one.
  for (const r of all) if (r.expectQuiet) expect(r.logs).toEqual([]);
});

/** A strict mock server on an ephemeral port, stopped after the test. */
export async function startStrict(
  options: MockServerOptions = {},
  { expectQuiet = true } = {},
): Promise<RunningMockServer & { logs: string[] }> {
  const logs: string[] = [];
  const server = await startMockServer({ strict: true, log: (m) => logs.push(m), ...options });
  running.push({ server, logs, expectQuiet });
  return Object.assign(server, { logs });
}

/** The same strict mock in this process, no socket: answers through `api.fetch` at a placeholder URL. */
export interface InProcessMock {
  url: string;
  api: MockApi;
  fetch: FetchLike;
  logs: string[];
}

/** A strict mock in process, driven through its fetch handler (semantics tests need no socket). */
export function startInProcess(options: MockApiOptions = {}, { expectQuiet = true } = {}): InProcessMock {
  const logs: string[] = [];
  const api = createMockApi({ strict: true, log: (m) => logs.push(m), ...options });
  running.push({ server: { stop: () => Promise.resolve(api.webhooks.close()) }, logs, expectQuiet });
  return { url: "http://leadping.mock", api, fetch: api.fetch, logs };
}

/** A clock that advances 1 ms per reading and records requested sleeps without waiting. */
export function steppingClock(start = Date.parse("2026-04-01T00:00:00Z")): MockClock & { sleeps: number[] } {
  let t = start;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => new Date(t++),
    sleep: (ms) => {
      sleeps.push(ms);
      return Promise.resolve();
    },
  };
}

/**
 * A whole lead body: the contract requires metadata, contact, customer, tagIds and tagNames
 * (PUT replaces every writable field), so tests fill the groups they do not care about with empties.
 */
export function wholeLead(fields: Partial<LeadRequest> = {}): LeadRequest {
  return { metadata: {}, contact: {}, customer: {}, tagIds: [], tagNames: [], ...fields };
}

/** The real client over real HTTP, without retries so every answer is visible. */
export function clientFor(server: { url: string; fetch?: FetchLike }, extra: Parameters<typeof createLeadpingClient>[0] = {}) {
  return createLeadpingClient({
    baseUrl: server.url,
    ...(server.fetch ? { fetch: server.fetch } : {}),
    apiKey: ORG_TOKEN,
    sourceKey: SOURCE_KEY,
    maxRetries: 0,
    timeoutMs: 30_000,
    ...extra,
  });
}

export interface RawAnswer {
  status: number;
  headers: Headers;
  text: string;
  json: any;
}

/** Plain fetch for protocol-level tests (wrong methods, broken bodies, odd headers). */
export async function call(
  base: string | { url: string; fetch?: FetchLike },
  method: string,
  path: string,
  init: { body?: string | Uint8Array; token?: string | null; headers?: Record<string, string>; contentType?: string | null } = {},
): Promise<RawAnswer> {
  const headers: Record<string, string> = { ...init.headers };
  if (init.token !== null) headers["authorization"] = `Bearer ${init.token ?? ORG_TOKEN}`;
  if (init.body !== undefined && init.contentType !== null) headers["content-type"] = init.contentType ?? "application/json";
  const [url, send] = typeof base === "string" ? [base, fetch] : [base.url, base.fetch ?? fetch];
  const response = await send(url + path, { method, headers, ...(init.body !== undefined ? { body: init.body as BodyInit } : {}) });
  const text = await response.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json };
}

/** Asserts an RFC 9457 problem answer with the given status. */
export function expectProblem(answer: RawAnswer, status: number): void {
  expect(answer.status).toBe(status);
  expect(answer.headers.get("content-type")).toBe("application/problem+json");
  expect(answer.json).toMatchObject({
    status,
    type: expect.any(String),
    title: expect.any(String),
    detail: expect.any(String),
    instance: expect.any(String),
    traceId: expect.stringMatching(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/),
  });
}
