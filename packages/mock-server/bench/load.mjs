// A small keep-alive HTTP load generator on undici's Pool: N connections, each sending
// requests back to back for a fixed time, recording every latency. undici costs far less
// CPU per request than node:http, so on a small machine the generator is not what is measured.
import { performance } from "node:perf_hooks";
import { Pool } from "undici";

/**
 * Runs `connections` keep-alive loops for `warmupMs + durationMs`; only requests that
 * start and finish inside the measured window count.
 * @returns {Promise<{ latencies: number[], durationMs: number, statuses: Record<string, number>, completed: number }>}
 *   `completed` counts every request, warm-up included.
 */
export async function runLoad({ port, method, path, headers = {}, body, connections = 32, durationMs = 5000, warmupMs = 1000 }) {
  const pool = new Pool(`http://127.0.0.1:${port}`, { connections, pipelining: 1 });
  const allHeaders = body === undefined ? headers : { ...headers, "content-type": "application/json" };
  const start = performance.now();
  const measureFrom = start + warmupMs;
  const stopAt = measureFrom + durationMs;
  const latencies = [];
  const statuses = {};
  let completed = 0;
  const loop = async () => {
    while (performance.now() < stopAt) {
      const t0 = performance.now();
      const res = await pool.request({ method, path, headers: allHeaders, body });
      await res.body.dump();
      const t1 = performance.now();
      completed++;
      if (t0 >= measureFrom && t1 <= stopAt) {
        latencies.push(t1 - t0);
        statuses[res.statusCode] = (statuses[res.statusCode] ?? 0) + 1;
      }
    }
  };
  await Promise.all(Array.from({ length: connections }, loop));
  await pool.close();
  return { latencies, durationMs, statuses, completed };
}

/** Merges runs: throughput over the summed measured time, percentiles over every latency. */
export function summarize(runs) {
  const latencies = runs.flatMap((r) => r.latencies).sort((a, b) => a - b);
  const seconds = runs.reduce((sum, r) => sum + r.durationMs, 0) / 1000;
  const statuses = {};
  for (const r of runs) for (const [status, n] of Object.entries(r.statuses)) statuses[status] = (statuses[status] ?? 0) + n;
  const completed = runs.reduce((sum, r) => sum + r.completed, 0);
  const cpuMs = runs.reduce((sum, r) => sum + (r.serverCpuMs ?? NaN), 0);
  const clientCpuMs = runs.reduce((sum, r) => sum + (r.clientCpuMs ?? NaN), 0);
  const pick = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN;
  return {
    requests: latencies.length,
    rps: latencies.length / seconds,
    p50: pick(0.5),
    p99: pick(0.99),
    statuses,
    cpuUsPerRequest: (cpuMs * 1000) / completed,
    clientCpuUsPerRequest: (clientCpuMs * 1000) / completed,
  };
}
