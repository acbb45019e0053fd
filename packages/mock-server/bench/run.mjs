#!/usr/bin/env node
// Benchmark: GET and PUT /leads/{id}, 32 keep-alive connections on 127.0.0.1, request
// validation on, @leadping/mock-server next to Prism 5.8.3 serving the same contract in
// the same run. Prints numbers; not a test. Needs `pnpm build` first.
//   node bench/run.mjs [--duration 5000] [--connections 32]
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { runLoad } from "./load.mjs";

const { values } = parseArgs({ options: { duration: { type: "string", default: "5000" }, connections: { type: "string", default: "32" } } });
const durationMs = Number(values.duration);
const connections = Number(values.connections);
const require = createRequire(import.meta.url);
const specPath = require.resolve("@leadping/types/openapi.json");
const spec = JSON.parse(readFileSync(specPath, "utf8"));
const cli = fileURLToPath(new URL("../dist/cli.mjs", import.meta.url));
const prismCli = require.resolve("@stoplight/prism-cli/dist/index.js");
const auth = { authorization: "Bearer sk_bench" };
// The contract's own LeadRequest example, minus the id and tag ids that name another lead's world.
const { id: _id, tagIds: _tagIds, ...putExample } = spec.components.schemas.LeadRequest.example;
const putBody = JSON.stringify(putExample);

function freePort() {
  return new Promise((resolve) => {
    const srv = createServer().listen(0, "127.0.0.1", () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

async function waitUntilUp(port, path) {
  for (let i = 0; i < 300; i++) {
    try {
      await fetch(`http://127.0.0.1:${port}${path}`, { headers: auth });
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`nothing listening on ${port}`);
}

async function withServer(command, args, port, fn) {
  const child = spawn(process.execPath, [command, ...args], { stdio: ["ignore", "ignore", "inherit"] });
  try {
    await waitUntilUp(port, "/tags");
    return await fn();
  } finally {
    child.kill("SIGTERM");
  }
}

async function measure(name, port, leadId) {
  const path = `/leads/${leadId}`;
  const get = await runLoad({ port, method: "GET", path, headers: auth, connections, durationMs });
  const put = await runLoad({ port, method: "PUT", path, headers: auth, body: putBody, connections, durationMs });
  return [
    { server: name, op: "GET /leads/{id}", ...get },
    { server: name, op: "PUT /leads/{id}", ...put },
  ];
}

async function firstLeadId(port) {
  const res = await fetch(`http://127.0.0.1:${port}/leads/all/my`, { method: "POST", headers: { ...auth, "content-type": "application/json" }, body: '{"pageSize":1}' });
  return (await res.json()).items[0].id;
}

const rows = [];
for (const strict of [false, true]) {
  const port = await freePort();
  const args = ["--port", String(port), "--sample-leads", "100", ...(strict ? ["--strict"] : [])];
  rows.push(...(await withServer(cli, args, port, async () => measure(strict ? "mock-server --strict" : "mock-server", port, await firstLeadId(port)))));
}
{
  const port = await freePort();
  const args = ["mock", specPath, "--port", String(port), "--host", "127.0.0.1", "--errors", "-v", "error"];
  rows.push(...(await withServer(prismCli, args, port, async () => measure("prism 5.8.3", port, "lead_01"))));
}

console.log(`\nNode ${process.version}, ${connections} keep-alive connections, ${durationMs} ms per run (after 1 s warm-up), 127.0.0.1\n`);
console.log("server                 operation         req/s     p50 ms   p99 ms   statuses");
for (const r of rows) {
  console.log(
    `${r.server.padEnd(22)} ${r.op.padEnd(16)} ${r.rps.toFixed(0).padStart(7)}  ${r.p50.toFixed(2).padStart(8)} ${r.p99.toFixed(2).padStart(8)}   ${JSON.stringify(r.statuses)}`,
  );
}
const prism = Object.fromEntries(rows.filter((r) => r.server.startsWith("prism")).map((r) => [r.op, r.rps]));
console.log("");
for (const r of rows.filter((r) => !r.server.startsWith("prism"))) {
  console.log(`${r.server} ${r.op}: ${(r.rps / prism[r.op]).toFixed(1)}x Prism's throughput`);
}
