#!/usr/bin/env node
// What an unsigned 256 MiB POST costs a receiver (issue 21 item 3): the peak
// RSS of a node:http receiver process, createNodeWebhookHandler (headers
// first, 1 MiB body limit) against one that buffers the body before checking
// (the old behaviour), in one run. Not a test; run after `pnpm run build`:
//   node bench/webhook-body.mjs
import { fork } from "node:child_process";
import { connect } from "node:net";
import { setImmediate } from "node:timers";

const BODY_BYTES = 256 * 1024 * 1024;
const CHUNK = Buffer.alloc(1024 * 1024, 0x20);

if (process.argv[2] === "receiver") {
  const { createServer } = await import("node:http");
  const { createNodeWebhookHandler } = await import("../dist/webhooks.mjs");
  const handler = createNodeWebhookHandler({ secret: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", onDelivery() {} });
  const buffering = async (req, res) => {
    // The old order: read everything, then look at the headers.
    const chunks = [];
    for await (const chunk of req) chunks.push(chunk);
    Buffer.concat(chunks);
    res.writeHead(400, { "content-type": "application/json" }).end('{"error":"missing-header"}');
  };
  const serve = process.argv[3] === "buffering" ? buffering : handler;
  const server = createServer((req, res) => void serve(req, res)).listen(0, "127.0.0.1", () => {
    process.send({ port: server.address().port, rss: process.memoryUsage().rss });
  });
  process.on("message", () => process.send({ maxRss: process.resourceUsage().maxRSS * 1024 }, () => process.exit(0)));
} else {
  const measure = async (mode) => {
    const child = fork(new URL(import.meta.url).pathname, ["receiver", mode]);
    const { port, rss } = await new Promise((resolve) => child.once("message", resolve));
    const status = await new Promise((resolve) => {
      const socket = connect(port, "127.0.0.1");
      let answer = "";
      let sent = 0;
      socket.on("error", () => undefined);
      socket.on("data", (data) => (answer += data));
      socket.on("close", () => resolve(answer.slice(9, 12)));
      socket.write(`POST /webhooks HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/json\r\ncontent-length: ${BODY_BYTES}\r\n\r\n`);
      const next = () => {
        if (answer || sent >= BODY_BYTES) return;
        sent += CHUNK.length;
        if (socket.write(CHUNK)) setImmediate(next);
        else socket.once("drain", next);
      };
      next();
    });
    child.send("report");
    const { maxRss } = await new Promise((resolve) => child.once("message", resolve));
    return { mode, status, growthMiB: (maxRss - rss) / 2 ** 20 };
  };
  console.log(`Unsigned ${BODY_BYTES / 2 ** 20} MiB POST to a node:http receiver (Node ${process.version})`);
  const results = [];
  for (const mode of ["buffering", "handler"]) results.push(await measure(mode));
  for (const r of results) console.log(`  ${r.mode.padEnd(10)} answered ${r.status}, peak RSS +${r.growthMiB.toFixed(1)} MiB`);
  console.log(
    `  ratio: ${(results[0].growthMiB / Math.max(results[1].growthMiB, 0.1)).toFixed(0)}× less memory with createNodeWebhookHandler`,
  );
}
