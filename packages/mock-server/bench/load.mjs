// A small keep-alive HTTP load generator on node:http: N connections, each sending
// requests back to back for a fixed time, recording every latency.
import { Agent, request } from "node:http";
import { performance } from "node:perf_hooks";

function once(agent, { port, method, path, headers, body }) {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, method, path, headers, agent }, (res) => {
      res.on("data", () => {});
      res.on("end", () => resolve(res.statusCode));
    });
    req.on("error", reject);
    req.end(body);
  });
}

/**
 * Runs `connections` keep-alive loops for `warmupMs + durationMs`; only requests that
 * start and finish inside the measured window count.
 * @returns {{ requests: number, rps: number, p50: number, p99: number, statuses: Record<string, number> }}
 */
export async function runLoad({ port, method, path, headers = {}, body, connections = 32, durationMs = 5000, warmupMs = 1000 }) {
  const agent = new Agent({ keepAlive: true, maxSockets: connections, noDelay: true });
  const allHeaders = body === undefined ? headers : { ...headers, "content-type": "application/json", "content-length": Buffer.byteLength(body) };
  const target = { port, method, path, headers: allHeaders, body };
  const start = performance.now();
  const measureFrom = start + warmupMs;
  const stopAt = measureFrom + durationMs;
  const latencies = [];
  const statuses = {};
  const loop = async () => {
    while (performance.now() < stopAt) {
      const t0 = performance.now();
      const status = await once(agent, target);
      const t1 = performance.now();
      if (t0 >= measureFrom && t1 <= stopAt) {
        latencies.push(t1 - t0);
        statuses[status] = (statuses[status] ?? 0) + 1;
      }
    }
  };
  await Promise.all(Array.from({ length: connections }, loop));
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const pick = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN;
  return { requests: latencies.length, rps: latencies.length / (durationMs / 1000), p50: pick(0.5), p99: pick(0.99), statuses };
}
