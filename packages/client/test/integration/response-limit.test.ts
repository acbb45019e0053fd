// maxResponseBytes against a real node:http server on 127.0.0.1: a 2 GiB
// Content-Length, an endless chunked body and a gzip bomb all end in
// LeadpingResponseTooLargeError, and the client hangs up on the server.
import type { ServerResponse } from "node:http";
import { gzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { LeadpingResponseTooLargeError, createLeadpingClient } from "../../src/index.js";
import { startServer } from "../helpers/server.js";
import type { Handler, TestServer } from "../helpers/server.js";

const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

/** Starts `handler` and resolves `closed` when the client drops the connection of a response. */
async function setup(handler: (res: ServerResponse) => void) {
  let hungUp!: () => void;
  const closed = new Promise<void>((resolve) => (hungUp = resolve));
  const serve: Handler = (_req, res) => {
    res.on("close", hungUp);
    handler(res);
  };
  const server = await startServer(serve);
  servers.push(server);
  return { server, closed };
}

const MiB = 1024 * 1024;

/** Writes 64 KiB chunks for as long as the client reads them. */
function endless(res: ServerResponse): void {
  res.writeHead(200, { "content-type": "application/json" }); // no Content-Length: chunked
  const chunk = Buffer.alloc(64 * 1024, 0x20);
  const pump = () => {
    while (!res.destroyed && res.write(chunk));
    if (!res.destroyed) res.once("drain", pump);
  };
  pump();
}

describe("maxResponseBytes over real HTTP", () => {
  it("a 2 GiB Content-Length fails before the body is read (the default limit, 32 MiB)", async () => {
    const { server, closed } = await setup((res) => {
      res.writeHead(200, { "content-type": "application/json", "content-length": String(2 * 1024 * MiB) });
      res.write("[");
    });
    const lp = createLeadpingClient({ apiKey: "sk", baseUrl: server.url, timeoutMs: 10_000 });
    const error = await lp.leads.get("lead_1").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LeadpingResponseTooLargeError);
    expect(error).toMatchObject({ status: 200, maxResponseBytes: 32 * MiB, method: "GET", path: "/leads/lead_1" });
    await closed;
    expect(server.requests).toHaveLength(1);
  });

  it("an endless chunked body is cut off once past the limit", async () => {
    const { server, closed } = await setup(endless);
    const lp = createLeadpingClient({ apiKey: "sk", baseUrl: server.url, maxResponseBytes: MiB, timeoutMs: 10_000 });
    await expect(lp.leads.get("lead_1")).rejects.toBeInstanceOf(LeadpingResponseTooLargeError);
    await closed;
    // Not retried: the same answer would come again.
    expect(server.requests).toHaveLength(1);
  });

  it("an endless body through lp.raw and middleware is cut off too", async () => {
    const { server, closed } = await setup(endless);
    const lp = createLeadpingClient({
      apiKey: "sk",
      baseUrl: server.url,
      maxResponseBytes: MiB,
      middleware: [{ onRequest: () => undefined }],
    });
    await expect(lp.raw.GET("/tags")).rejects.toBeInstanceOf(LeadpingResponseTooLargeError);
    await closed;
  });

  it("a gzip bomb is measured after decoding", async () => {
    const bomb = gzipSync(Buffer.alloc(8 * MiB, 0x20)); // about 8 KiB on the wire
    const { server } = await setup((res) => {
      res.writeHead(200, { "content-type": "application/json", "content-encoding": "gzip", "content-length": bomb.length });
      res.end(bomb);
    });
    const lp = createLeadpingClient({ apiKey: "sk", baseUrl: server.url, maxResponseBytes: MiB });
    await expect(lp.leads.get("lead_1")).rejects.toBeInstanceOf(LeadpingResponseTooLargeError);
  });

  it("a body under the limit with a Content-Length is read as usual", async () => {
    const text = JSON.stringify({ id: "lead_1", note: "x".repeat(100_000) });
    const { server } = await setup((res) => {
      res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(text) });
      res.end(text);
    });
    const lp = createLeadpingClient({ apiKey: "sk", baseUrl: server.url, maxResponseBytes: Buffer.byteLength(text) });
    await expect(lp.leads.get("lead_1")).resolves.toEqual(JSON.parse(text));
  });
});
