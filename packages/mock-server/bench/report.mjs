// Prints the benchmark table and the ratios to Prism. Ratios are paired: round r of a
// server against round r of Prism (they ran back to back), and the median of those
// per-round ratios is reported, so one disturbed round cannot carry the result.
import { summarize } from "./load.mjs";

function median(values) {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** One round's requests per second and server CPU µs per request. */
function perRound(run) {
  const { rps, cpuUsPerRequest } = summarize([run]);
  return { rps, cpuUsPerRequest };
}

/** Median and range of one server's per-round throughput ratios to Prism for one operation. */
function pairedRatios(runs, server, op, prismName) {
  const ours = runs.get(`${server}|${op}`);
  const prism = runs.get(`${prismName}|${op}`);
  const pairs = ours.map((run, i) => ({ ours: perRound(run), theirs: perRound(prism[i]) }));
  return {
    throughput: pairs.map((p) => p.ours.rps / p.theirs.rps),
    cpu: pairs.map((p) => p.theirs.cpuUsPerRequest / p.ours.cpuUsPerRequest),
  };
}

const range = (v) => `[${Math.min(...v).toFixed(1)}–${Math.max(...v).toFixed(1)}]`;

/** The speed targets: throughput ratio to Prism (median of paired rounds), met or not. */
export function printTargets(runs, prismName, targets) {
  console.log("\nTargets (throughput against Prism in this run, median of paired rounds):");
  for (const { label, server, op, target } of targets) {
    const { throughput, cpu } = pairedRatios(runs, server, op, prismName);
    const ratio = median(throughput);
    const verdict = ratio >= target ? "met" : "NOT met";
    console.log(
      `  ${label.padEnd(38)} ${ratio.toFixed(2).padStart(6)}x ${range(throughput)}  target ≥ ${target}x: ${verdict}  (server CPU ${median(cpu).toFixed(1)}x less)`,
    );
  }
}

/** @param {Map<string, object[]>} runs `${server}|${op}` → runs in round order */
export function printReport(runs, prismName) {
  console.log(
    "server                     operation          req/s    p50 ms   p99 ms   server CPU µs/req   load generator CPU µs/req   statuses",
  );
  for (const [key, list] of runs) {
    const [server, op] = key.split("|");
    const r = summarize(list);
    console.log(
      `${server.padEnd(26)} ${op.padEnd(16)} ${r.rps.toFixed(0).padStart(7)}  ${r.p50.toFixed(2).padStart(8)} ${r.p99.toFixed(2).padStart(8)}   ${r.cpuUsPerRequest.toFixed(0).padStart(17)}   ${r.clientCpuUsPerRequest.toFixed(0).padStart(25)}   ${JSON.stringify(r.statuses)}`,
    );
  }
  console.log("\nRatios to Prism, median of paired rounds [min–max]:");
  for (const key of runs.keys()) {
    const [server, op] = key.split("|");
    if (server === prismName) continue;
    const { throughput, cpu } = pairedRatios(runs, server, op, prismName);
    console.log(
      `  ${server.padEnd(26)} ${op.padEnd(16)} throughput ${median(throughput).toFixed(2)}x ${range(throughput)}, server CPU per request ${median(cpu).toFixed(2)}x less ${range(cpu)}`,
    );
  }
}
