// What a real server on 127.0.0.1 sees and what a real OpenTelemetry SDK
// records: the SDK's identification headers, W3C trace context matching the
// attempt spans, semantic-convention attributes, and withResponse.
import { readFileSync } from "node:fs";
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from "@opentelemetry/sdk-trace-base";
import { SpanKind, SpanStatusCode } from "@opentelemetry/api";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { LeadpingConnectionError, NotFoundError, clientVersion, createLeadpingClient } from "../../src/index.js";
import { otelTracing } from "../../src/tracing/index.js";
import { lead, page, wholeLead } from "../helpers/fixtures.js";
import { recordingLogger } from "../helpers/logger.js";
import { closedPort, sendJson, sendProblem, startServer } from "../helpers/server.js";
import type { TestServer } from "../helpers/server.js";

const { version } = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };
const noWait = { now: Date.now, sleep: () => Promise.resolve() };

let server: TestServer;
const exporter = new InMemorySpanExporter();
const tracer = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] }).getTracer("test");

beforeAll(async () => {
  let flaky = 0;
  server = await startServer((req, res) => {
    // Every other request under /flaky fails, starting with the first.
    if (req.url.startsWith("/flaky") && flaky++ % 2 === 0) return sendProblem(res, 503);
    // Never answered: the client's timeout or the caller's signal ends the attempt.
    if (req.url.includes("hang")) return;
    if (req.url.includes("missing"))
      return sendJson(
        res,
        404,
        { status: 404, title: "Not found", traceId: "00-server-trace-01" },
        { "content-type": "application/problem+json" },
      );
    if (req.url.includes("all/my")) return sendJson(res, 200, page([], null));
    sendJson(res, 200, lead(), { "x-served-by": "test" });
  });
});
afterAll(() => server.close());
afterEach(() => exporter.reset());

describe("identification", () => {
  it("send X-Leadping-Client with the package.json version and a User-Agent on Node", async () => {
    expect(clientVersion).toBe(version);
    const lp = createLeadpingClient({ apiKey: "sk_org", baseUrl: server.url });
    await lp.leads.get("lead_1");
    const { headers } = server.requests.at(-1)!;
    expect(headers["x-leadping-client"]).toBe(`@leadping/client/${version}`);
    expect(headers["user-agent"]).toBe(`leadping-client/${version} node/${process.versions.node}`);
  });

  it("let the caller's headers replace them", async () => {
    const lp = createLeadpingClient({ apiKey: "sk_org", baseUrl: server.url, headers: { "User-Agent": "acme-sync/2" } });
    await lp.leads.get("lead_1", { headers: { "x-leadping-client": "acme" } });
    expect(server.requests.at(-1)!.headers).toMatchObject({ "user-agent": "acme-sync/2", "x-leadping-client": "acme" });
  });

  it("go out on lp.raw calls too", async () => {
    const lp = createLeadpingClient({ apiKey: "sk_org", baseUrl: server.url });
    await lp.raw.GET("/leads/{id}", { params: { path: { id: "lead_1" } } });
    expect(server.requests.at(-1)!.headers["x-leadping-client"]).toBe(`@leadping/client/${version}`);
  });
});

describe("tracing", () => {
  it("record one client span per attempt, named and attributed after the HTTP conventions, and send its context", async () => {
    const lp = createLeadpingClient({ apiKey: "sk_org", baseUrl: `${server.url}/flaky`, tracing: otelTracing(tracer), clock: noWait });
    const before = server.requests.length;
    const { traceId } = await lp.leads.get("lead_1").withResponse();
    const spans = exporter.getFinishedSpans();
    expect(
      spans.map((s) => [s.name, s.kind, s.attributes["http.response.status_code"], s.attributes["http.request.resend_count"]]),
    ).toEqual([
      ["GET /leads/{id}", SpanKind.CLIENT, 503, undefined],
      ["GET /leads/{id}", SpanKind.CLIENT, 200, 1],
    ]);
    const { port } = new URL(server.url);
    expect(spans[1]!.attributes).toEqual({
      "http.request.method": "GET",
      "url.full": `${server.url}/flaky/leads/lead_1`,
      "url.template": "/leads/{id}",
      "server.address": "127.0.0.1",
      "server.port": Number(port),
      "http.request.resend_count": 1,
      "http.response.status_code": 200,
    });
    expect(spans[0]!.attributes["error.type"]).toBe("503");
    expect(spans[0]!.status.code).toBe(SpanStatusCode.ERROR);
    expect(spans[1]!.status.code).toBe(SpanStatusCode.UNSET);
    // Each attempt carried its own span's context; withResponse reports the final one's trace.
    const sent = server.requests.slice(before).map((r) => r.headers.traceparent);
    expect(sent).toEqual(spans.map((s) => `00-${s.spanContext().traceId}-${s.spanContext().spanId}-01`));
    expect(traceId).toBe(spans[1]!.spanContext().traceId);
  });

  it("keep the query and credentials out of url.full", async () => {
    // Userinfo cannot get this far: a baseUrl with user:pw@ is refused when the client is made (test/unit/base-url.test.ts).
    const lp = createLeadpingClient({ apiKey: "sk_org", baseUrl: server.url, tracing: otelTracing(tracer) });
    await lp.leads.list({ tagIds: ["tag_hot"], search: "jane@example.com" }).catch(() => undefined);
    const [span] = exporter.getFinishedSpans();
    expect(span!.attributes["url.full"]).toBe(`${server.url}/leads/all/my`);
    expect(JSON.stringify(span!.attributes)).not.toMatch(/tag_hot|jane|sk_org/);
  });

  it("mark a connection failure with error.type and log it with the span's trace id", async () => {
    const logger = recordingLogger();
    const lp = createLeadpingClient({ apiKey: "sk_org", baseUrl: await closedPort(), tracing: otelTracing(tracer), logger, maxRetries: 0 });
    await expect(lp.leads.get("lead_1")).rejects.toBeInstanceOf(LeadpingConnectionError);
    const [span] = exporter.getFinishedSpans();
    expect(span!.attributes["error.type"]).toBe("ECONNREFUSED");
    expect(span!.status.code).toBe(SpanStatusCode.ERROR);
    expect(logger.calls.at(-1)?.[0]).toBe("error");
    expect(logger.calls.at(-1)?.[1]).toMatchObject({ event: "failure", traceId: span!.spanContext().traceId });
  });

  it("mark an attempt ended by the timeout or by the caller with error.type timeout or aborted", async () => {
    const lp = createLeadpingClient({ apiKey: "sk_org", baseUrl: server.url, tracing: otelTracing(tracer), maxRetries: 0 });
    await expect(lp.leads.get("hang", { timeoutMs: 50 })).rejects.toThrow(/timed out/);
    const controller = new AbortController();
    const aborted = lp.leads.get("hang", { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    await expect(aborted).rejects.toMatchObject({ name: "AbortError" });
    expect(exporter.getFinishedSpans().map((s) => [s.attributes["error.type"], s.status.code])).toEqual([
      ["timeout", SpanStatusCode.ERROR],
      ["aborted", SpanStatusCode.ERROR],
    ]);
  });

  it("log the server's problem traceId on a failed attempt", async () => {
    const logger = recordingLogger();
    const lp = createLeadpingClient({ apiKey: "sk_org", baseUrl: server.url, tracing: otelTracing(tracer), logger });
    await expect(lp.leads.get("missing")).rejects.toBeInstanceOf(NotFoundError);
    expect(logger.calls.at(-1)?.[0]).toBe("warn");
    // Two fields: the span's W3C trace id joins the line to the trace, the problem's goes to Leadping support.
    const [span] = exporter.getFinishedSpans();
    expect(logger.calls.at(-1)?.[1]).toMatchObject({
      event: "failure",
      status: 404,
      traceId: span!.spanContext().traceId,
      problemTraceId: "00-server-trace-01",
    });
  });

  it("log the server's problem traceId on a failed lp.raw attempt (a byte body)", async () => {
    const logger = recordingLogger();
    const lp = createLeadpingClient({ apiKey: "sk_org", baseUrl: server.url, logger });
    const { response } = await lp.raw.GET("/leads/{id}", { params: { path: { id: "missing" } } });
    expect(response.status).toBe(404);
    expect(logger.calls.some(([, event]) => (event as { problemTraceId?: string }).problemTraceId === "00-server-trace-01")).toBe(true);
  });
});

describe("withResponse", () => {
  it("give status and headers of a real server's answer", async () => {
    const lp = createLeadpingClient({ apiKey: "sk_org", baseUrl: server.url });
    const { data, response } = await lp.leads.update("lead_1", wholeLead()).withResponse();
    expect(data).toMatchObject({ id: "lead_1" });
    expect(response.status).toBe(200);
    expect(response.headers.get("x-served-by")).toBe("test");
  });
});
