// The leanest load generator: raw keep-alive sockets sending pre-built HTTP/1.1 requests and
// parsing just enough of each response (status, Content-Length or chunked framing) to know
// where it ends. On a 2-core machine the generator shares the CPU with the server under
// test, so a cheap generator keeps the comparison about the servers.
import { connect } from "node:net";
import { performance } from "node:perf_hooks";

/** Byte offset just past the response that starts at 0, or -1 when more data is needed. */
function responseEnd(buf) {
  const headEnd = buf.indexOf("\r\n\r\n");
  if (headEnd < 0) return -1;
  const head = buf.toString("latin1", 0, headEnd).toLowerCase();
  const length = /\r\ncontent-length: *(\d+)/.exec(head);
  if (length) {
    const end = headEnd + 4 + Number(length[1]);
    return buf.length >= end ? end : -1;
  }
  if (!/\r\ntransfer-encoding: *chunked/.test(head)) return headEnd + 4;
  let at = headEnd + 4;
  for (;;) {
    const lineEnd = buf.indexOf("\r\n", at);
    if (lineEnd < 0) return -1;
    const size = parseInt(buf.toString("latin1", at, lineEnd), 16);
    at = lineEnd + 2 + size + 2;
    if (buf.length < at) return -1;
    if (size === 0) return at;
  }
}

/** Same contract as `runLoad` in load.mjs. */
export async function runRawLoad({ port, method, path, headers = {}, body, connections = 32, durationMs = 5000, warmupMs = 1000 }) {
  const lines = [
    `${method} ${path} HTTP/1.1`,
    "Host: 127.0.0.1",
    "Connection: keep-alive",
    ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`),
  ];
  if (body !== undefined) lines.push("Content-Type: application/json", `Content-Length: ${Buffer.byteLength(body)}`);
  const request = Buffer.from(`${lines.join("\r\n")}\r\n\r\n${body ?? ""}`);
  const start = performance.now();
  const measureFrom = start + warmupMs;
  const stopAt = measureFrom + durationMs;
  const latencies = [];
  const statuses = {};
  let completed = 0;
  const loop = () =>
    new Promise((resolve, reject) => {
      const socket = connect({ port, host: "127.0.0.1", noDelay: true });
      let pending = Buffer.alloc(0);
      let t0 = 0;
      const send = () => {
        if (performance.now() >= stopAt) {
          socket.end();
          return resolve();
        }
        t0 = performance.now();
        socket.write(request);
      };
      socket.on("connect", send);
      socket.on("error", reject);
      socket.on("data", (chunk) => {
        pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
        const end = responseEnd(pending);
        if (end < 0) return;
        const t1 = performance.now();
        const status = pending.toString("latin1", 9, 12);
        pending = pending.subarray(end);
        completed++;
        if (t0 >= measureFrom && t1 <= stopAt) {
          latencies.push(t1 - t0);
          statuses[status] = (statuses[status] ?? 0) + 1;
        }
        send();
      });
    });
  await Promise.all(Array.from({ length: connections }, loop));
  return { latencies, durationMs, statuses, completed };
}
