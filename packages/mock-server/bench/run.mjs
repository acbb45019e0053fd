#!/usr/bin/env node
// Benchmark: GET and PUT /leads/{id}, 32 keep-alive connections on 127.0.0.1, request
// validation on, @leadping/mock-server next to Prism 5.8.3 serving the same contract in
// the same run. The servers run as separate processes; their runs are interleaved in
// rounds so a machine whose load drifts treats them alike. Prints numbers; not a test.
// Needs `pnpm build` first.
//   node bench/run.mjs [--duration 6000] [--rounds 3] [--connections 32] [--client raw|undici]
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { runLoad, summarize } from "./load.mjs";
import { runRawLoad } from "./raw-load.mjs";

const { values } = parseArgs({
  options: { duration: { type: "string", default: "6000" }, rounds: { type: "string", default: "3" }, connections: { type: "string", default: "32" }, client: { type: "string", default: "raw" } },
});
const durationMs = Number(values.duration);
const rounds = Number(values.rounds);
const connections = Number(values.connections);
const load = values.client === "undici" ? runLoad : runRawLoad;
const require = createRequire(import.meta.url);
const specPath = require.resolve("@leadping/types/openapi.json");
const spec = JSON.parse(readFileSync(specPath, "utf8"));
const cli = fileURLToPath(new URL("../dist/cli.mjs", import.meta.url));
const prismCli = require.resolve("@stoplight/prism-cli/dist/index.js");
const auth = { authorization: "Bearer sk_bench" };
// The contract's own LeadRequest example, minus the id and tag ids that name another lead's world.
const { id: _id, tagIds: _tagIds, ...putExample } = spec.components.schemas.LeadRequest.example;
const putBody = JSON.stringify(putExample);

/** CPU time (user + system, all threads) the process has used so far, in ms: from /proc on Linux. */
function cpuMsOf(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime + stime, in USER_HZ (100)
  } catch {
    return NaN;
  }
}

function freePort() {
  return new Promise((resolve) => {
    const srv = createServer().listen(0, "127.0.0.1", () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

async function waitUntilUp(port) {
  for (let i = 0; i < 600; i++) {
    try {
      await fetch(`http://127.0.0.1:${port}/tags`, { headers: auth });
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`nothing listening on ${port}`);
}

async function start(name, command, args, port) {
  const child = spawn(process.execPath, [command, ...args], { stdio: ["ignore", "ignore", "inherit"] });
  await waitUntilUp(port);
  return { name, port, child };
}

async function firstLeadId(port) {
  const res = await fetch(`http://127.0.0.1:${port}/leads/all/my`, { method: "POST", headers: { ...auth, "content-type": "application/json" }, body: '{"pageSize":1}' });
  return (await res.json()).items[0].id;
}

const [mockPort, strictPort, prismPort] = [await freePort(), await freePort(), await freePort()];
const servers = [
  await start("mock-server", cli, ["--port", String(mockPort), "--sample-leads", "100"], mockPort),
  await start("mock-server --strict", cli, ["--port", String(strictPort), "--sample-leads", "100", "--strict"], strictPort),
  await start("prism 5.8.3", prismCli, ["mock", specPath, "--port", String(prismPort), "--host", "127.0.0.1", "--errors", "-v", "error"], prismPort),
];
for (const s of servers) s.leadId = s.name.startsWith("prism") ? "lead_01" : await firstLeadId(s.port);

const ops = [
  { op: "GET /leads/{id}", method: "GET" },
  { op: "PUT /leads/{id}", method: "PUT", body: putBody },
];
const runs = new Map();
const loadBefore = loadavg()[0];
try {
  for (let round = 0; round < rounds; round++) {
    for (const { op, method, body } of ops) {
      for (const s of servers) {
        const cpuBefore = cpuMsOf(s.child.pid);
        const run = await load({ port: s.port, method, path: `/leads/${s.leadId}`, headers: auth, body, connections, durationMs: durationMs / rounds });
        run.serverCpuMs = cpuMsOf(s.child.pid) - cpuBefore;
        const key = `${s.name}|${op}`;
        runs.set(key, [...(runs.get(key) ?? []), run]);
      }
    }
  }
} finally {
  for (const s of servers) s.child.kill("SIGTERM");
}

const rows = [...runs.entries()].map(([key, list]) => {
  const [server, op] = key.split("|");
  return { server, op, ...summarize(list) };
});
console.log(
  `\nNode ${process.version}, ${cpus().length} CPUs, load average ${loadBefore.toFixed(1)} → ${loadavg()[0].toFixed(1)}; ` +
    `${connections} keep-alive connections (${values.client} client); ${durationMs} ms per server and operation in ${rounds} interleaved rounds (1 s warm-up each)\n`,
);
console.log("server                 operation          req/s    p50 ms   p99 ms   server CPU µs/req   statuses");
for (const r of rows) {
  console.log(
    `${r.server.padEnd(22)} ${r.op.padEnd(16)} ${r.rps.toFixed(0).padStart(7)}  ${r.p50.toFixed(2).padStart(8)} ${r.p99.toFixed(2).padStart(8)}   ${r.cpuUsPerRequest.toFixed(0).padStart(17)}   ${JSON.stringify(r.statuses)}`,
  );
}
const prism = Object.fromEntries(rows.filter((r) => r.server.startsWith("prism")).map((r) => [r.op, r]));
console.log("");
for (const r of rows.filter((r) => !r.server.startsWith("prism"))) {
  const p = prism[r.op];
  console.log(`${r.server} ${r.op}: ${(r.rps / p.rps).toFixed(1)}x Prism's throughput, ${(p.cpuUsPerRequest / r.cpuUsPerRequest).toFixed(1)}x less server CPU per request`);
}
