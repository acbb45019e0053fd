// createNodeWebhookHandler on a real node:http server on 127.0.0.1: the same
// receiver as createWebhookHandler, and the body limit holds on a real socket
// (issue 21 item 3, issue 22): a request without webhook headers is answered
// before its body arrives, a signed body over the limit is answered 413 while
// it is still being sent. (The local API's real deliveries to node:http and
// Express 5 receivers are tested in packages/redis, which may depend on it.)
import { createServer, type Server } from "node:http";
import { type AddressInfo, connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type VerifiedWebhook, createNodeWebhookHandler } from "../../src/webhooks/index.js";
import { NOW_MS, SECRET, signedHeaders } from "./signing.js";

const body = JSON.stringify({ type: "lead.created", timestamp: "2026-01-15T12:00:00.000Z", data: { id: "lead_3" } });
const delivered: VerifiedWebhook[] = [];
let server: Server;
let port: number;

beforeAll(async () => {
  const handler = createNodeWebhookHandler({ secret: SECRET, now: () => NOW_MS, onDelivery: (delivery) => void delivered.push(delivery) });
  server = createServer((req, res) => void handler(req, res));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

/**
 * Sends a request head and then `chunks` of body on a raw socket, without ever finishing the body,
 * and resolves to the answer's head and body once the server has answered and closed.
 */
function sendUnfinished(head: string, chunks: Buffer[]): Promise<{ head: string; body: string; sentBytes: number }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1");
    let received = "";
    let sentBytes = 0;
    socket.on("error", () => undefined); // writes after the server closed fail; the answer is what counts
    socket.on("data", (data: Buffer) => (received += data.toString("latin1")));
    socket.on("close", () => {
      const split = received.indexOf("\r\n\r\n");
      if (split < 0) return reject(new Error(`no answer: ${JSON.stringify(received)}`));
      resolve({ head: received.slice(0, split), body: received.slice(split + 4), sentBytes });
    });
    socket.write(head);
    const writeNext = () => {
      const chunk = chunks.shift();
      if (!chunk || socket.destroyed || received.length > 0) return;
      sentBytes += chunk.byteLength;
      if (socket.write(chunk)) setImmediate(writeNext);
      else socket.once("drain", writeNext);
    };
    writeNext();
  });
}

const headLines = (headers: Record<string, string>) =>
  Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join("");

describe("createNodeWebhookHandler", () => {
  it("accepts a genuine delivery once and answers a duplicate without calling the function again", async () => {
    const headers = { "content-type": "application/json", ...signedHeaders(body, { id: "msg_node_1" }) };
    const post = () => fetch(`http://127.0.0.1:${port}/webhooks`, { method: "POST", headers, body });
    expect((await post()).status).toBe(204);
    expect((await post()).status).toBe(204);
    expect(delivered.filter((d) => d.id === "msg_node_1").map((d) => d.payload)).toEqual([JSON.parse(body)]);
    const get = await fetch(`http://127.0.0.1:${port}/webhooks`);
    expect([get.status, get.headers.get("allow")]).toEqual([405, "POST"]);
  });

  it("answers 405 to methods fetch's Request refuses (TRACE), and keeps serving", async () => {
    const answer = await sendUnfinished(`TRACE /webhooks HTTP/1.1\r\nhost: 127.0.0.1\r\nconnection: close\r\n\r\n`, []);
    expect(answer.head).toMatch(/^HTTP\/1\.1 405 /);
    expect((await fetch(`http://127.0.0.1:${port}/webhooks`, { method: "PUT", body: "x" })).status).toBe(405);
  });

  it("answers a 256 MiB POST without webhook headers with 400 before its body arrives", async () => {
    // The head promises 256 MiB; only 64 KiB is ever sent, so an answer proves the body was not awaited.
    const answer = await sendUnfinished(
      `POST /webhooks HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/json\r\ncontent-length: ${256 * 1024 * 1024}\r\n\r\n`,
      [Buffer.alloc(64 * 1024, 0x20)],
    );
    expect(answer.head).toMatch(/^HTTP\/1\.1 400 /);
    expect(answer.head.toLowerCase()).toContain("connection: close");
    expect(JSON.parse(answer.body)).toEqual({ error: "missing-header" });
  });

  it("answers a signed body over 1 MiB with 413 while it is still streaming", async () => {
    // Chunked, never finished: 4 MiB offered in 64 KiB chunks, the answer comes after about 1 MiB.
    const chunk = Buffer.concat([Buffer.from(`10000\r\n`), Buffer.alloc(0x10000, 0x20), Buffer.from("\r\n")]);
    const answer = await sendUnfinished(
      `POST /webhooks HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\n${headLines(signedHeaders(body, { id: "msg_node_big" }))}\r\n`,
      Array.from({ length: 64 }, () => chunk),
    );
    expect(answer.head).toMatch(/^HTTP\/1\.1 413 /);
    expect(JSON.parse(answer.body)).toEqual({ error: "body-too-large" });
    expect(delivered.map((d) => d.id)).not.toContain("msg_node_big");
  });

  it("refuses a declared Content-Length over the limit before reading", async () => {
    const answer = await sendUnfinished(
      `POST /webhooks HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-length: ${2 * 1024 * 1024}\r\n${headLines(signedHeaders(body, { id: "msg_node_declared" }))}\r\n`,
      [Buffer.alloc(1024, 0x20)],
    );
    expect(answer.head).toMatch(/^HTTP\/1\.1 413 /);
  });
});
