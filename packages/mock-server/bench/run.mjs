#!/usr/bin/env node
// Benchmark: GET and PUT /leads/{id}, 32 keep-alive connections on 127.0.0.1, request
// validation on, the change stream on (every PUT records lead.updated in the timeline), with
// and without a signed webhook endpoint (+webhooks: every PUT also delivers lead.updated),
// @leadping/mock-server next to Prism 5.8.3 serving the same contract in
// the same run. The servers run as separate processes; their runs are interleaved in
// rounds so a machine whose load drifts treats them alike, and each ratio to Prism is the
// median of the per-round ratios (round r of a server against round r of Prism). Prints
// numbers; not a test. Needs `pnpm build` first.
//   node bench/run.mjs [--duration 12000] [--rounds 24] [--warmup 300] [--connections 32] [--client raw|undici]
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { runLoad } from "./load.mjs";
import { runRawLoad } from "./raw-load.mjs";
import { printReport, printTargets } from "./report.mjs";

const { values } = parseArgs({
  options: {
    duration: { type: "string", default: "12000" },
    rounds: { type: "string", default: "24" },
    connections: { type: "string", default: "32" },
    client: { type: "string", default: "raw" },
    warmup: { type: "string", default: "300" },
  },
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
const PRISM = "prism 5.8.3";
// The contract's own LeadRequest example (a whole body: PUT replaces), minus the id, and with no tag
// ids, which name another lead's world.
const { id: _id, ...putExample } = spec.components.schemas.LeadRequest.example;
const putBody = JSON.stringify({ ...putExample, tagIds: [] });

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
      await fetch(`http://127.0.0.1:${port}/tags`, { headers: auth }).then((r) => r.arrayBuffer());
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
  const res = await fetch(`http://127.0.0.1:${port}/leads/all/my`, {
    method: "POST",
    headers: { ...auth, "content-type": "application/json" },
    body: '{"pageSize":1}',
  });
  return (await res.json()).items[0].id;
}

// The change stream and webhooks on: every PUT is a lead change the timeline records and the
// sender delivers (signed) to a receiver in its own process that answers 204. It counts the signed
// deliveries it got, so the report can say that the receiver was on and actually received them.
const receiverPort = await freePort();
const receiver = spawn(
  process.execPath,
  [
    "-e",
    `let signed = 0;
    require("node:http").createServer((q, r) => {
      if (q.method === "GET") return r.end(String(signed));
      if (q.headers["webhook-signature"]?.startsWith("v1,")) signed++;
      q.resume().on("end", () => r.writeHead(204).end());
    }).listen(${receiverPort}, "127.0.0.1")`,
  ],
  { stdio: "ignore" },
);
await waitUntilUp(receiverPort);
const webhookArgs = ["--webhook", `http://127.0.0.1:${receiverPort}/hooks`, "--webhook-secret", "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"];
const variants = [
  { name: "mock-server", args: [] },
  { name: "mock-server --strict", args: ["--strict"] },
  { name: "mock-server +webhooks", args: webhookArgs },
  { name: "mock-server --strict +webhooks", args: ["--strict", ...webhookArgs] },
];
const servers = [];
for (const v of variants) {
  const port = await freePort();
  servers.push(await start(v.name, cli, ["--port", String(port), "--sample-leads", "100", ...v.args], port));
}
const prismPort = await freePort();
servers.push(
  await start(
    PRISM,
    prismCli,
    ["mock", specPath, "--port", String(prismPort), "--host", "127.0.0.1", "--errors", "-v", "error"],
    prismPort,
  ),
);
for (const s of servers) s.leadId = s.name === PRISM ? "lead_01" : await firstLeadId(s.port);

const ops = [
  { op: "GET /leads/{id}", method: "GET" },
  { op: "PUT /leads/{id}", method: "PUT", body: putBody },
];
/** `${server}|${op}` → one run per round, in round order, so round r of a server pairs with round r of Prism. */
const runs = new Map();
const loadBefore = loadavg()[0];
try {
  for (let round = 0; round < rounds; round++) {
    for (const { op, method, body } of ops) {
      // Rotate the order each round so no server always runs first (or right after Prism).
      const order = servers.map((_, i) => servers[(i + round) % servers.length]);
      for (const s of order) {
        const cpuBefore = cpuMsOf(s.child.pid);
        const clientBefore = process.cpuUsage();
        // The first round warms each server up (JIT, sockets); later ones only refill the connections.
        const warmupMs = round === 0 ? 1000 : Number(values.warmup);
        const run = await load({
          port: s.port,
          method,
          path: `/leads/${s.leadId}`,
          headers: auth,
          body,
          connections,
          durationMs: durationMs / rounds,
          warmupMs,
        });
        run.serverCpuMs = cpuMsOf(s.child.pid) - cpuBefore;
        // The load generator shares the 2 cores: a fast server leaves it, not the server, the bottleneck.
        const client = process.cpuUsage(clientBefore);
        run.clientCpuMs = (client.user + client.system) / 1000;
        const key = `${s.name}|${op}`;
        runs.set(key, [...(runs.get(key) ?? []), run]);
      }
    }
  }
} finally {
  for (const s of servers) s.child.kill("SIGTERM");
}
const deliveries = await fetch(`http://127.0.0.1:${receiverPort}/count`).then(
  (r) => r.text(),
  () => "unreachable",
);
receiver.kill("SIGTERM");

console.log(
  `\nNode ${process.version}, ${cpus().length} CPUs, load average ${loadBefore.toFixed(1)} → ${loadavg()[0].toFixed(1)}; ` +
    `${connections} keep-alive connections (${values.client} client); ${durationMs} ms per server and operation in ${rounds} interleaved rounds (warm-up 1 s in the first, ${values.warmup} ms in later ones)\n`,
);
printReport(runs, PRISM);
// A run that got anything but 2xx measured refusals, not the operation: say so, and fail the bench.
const refused = [...runs].filter(([, rs]) => rs.some((r) => Object.keys(r.statuses).some((status) => !status.startsWith("2"))));
console.log(
  `\nWebhook receiver: on (127.0.0.1:${receiverPort}, separate process, answers 204); signed deliveries received: ${deliveries}. ` +
    `The +webhooks servers sign and deliver lead.updated for every PUT; all servers record it in the timeline.`,
);
printTargets(runs, PRISM, [
  { label: "GET /leads/{id}, webhooks on", server: "mock-server +webhooks", op: "GET /leads/{id}", target: 12 },
  { label: "PUT /leads/{id}, webhooks on", server: "mock-server +webhooks", op: "PUT /leads/{id}", target: 10 },
  { label: "strict PUT /leads/{id}, webhooks on", server: "mock-server --strict +webhooks", op: "PUT /leads/{id}", target: 8 },
]);
if (refused.length > 0) {
  console.error(`\nINVALID: non-2xx answers in ${refused.map(([key]) => key).join(", ")}; these figures do not measure the operation.`);
  process.exitCode = 1;
}
