#!/usr/bin/env node
// Throughput over real HTTP: 32 concurrent keep-alive PUT /leads/{id} requests
// on 127.0.0.1 against a minimal node:http server (separate process), with the
// global fetch by hand, bare openapi-fetch and @leadping/client. Rounds are
// interleaved; the median requests per second is reported.
import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import createClient from "openapi-fetch";
import { clientVersion, createLeadpingClient } from "../dist/index.mjs";
import { API_KEY, LEAD_ID, UPDATE_BODY, fmt, interleavedRounds } from "./shared.mjs";

const CONCURRENCY = 32;

function startServer() {
  const child = fork(fileURLToPath(new URL("./server.mjs", import.meta.url)), { stdio: ["ignore", "pipe", "inherit", "ipc"] });
  return new Promise((resolve) => {
    child.stdout.once("data", (chunk) => resolve({ url: chunk.toString().trim(), stop: () => child.disconnect() }));
  });
}

function makeVariants(baseUrl) {
  const lp = createLeadpingClient({ apiKey: API_KEY, baseUrl });
  const bare = createClient({ baseUrl, headers: { Authorization: `Bearer ${API_KEY}` } });
  return {
    "hand-written fetch": async () => {
      const response = await fetch(`${baseUrl}/leads/${encodeURIComponent(LEAD_ID)}`, {
        method: "PUT",
        headers: { authorization: `Bearer ${API_KEY}`, "content-type": "application/json" },
        body: JSON.stringify(UPDATE_BODY),
      });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.json();
    },
    // What the client sends, by hand: the same five headers and a per-request timeout signal.
    "hand-written, same headers + timeout": async () => {
      const response = await fetch(`${baseUrl}/leads/${encodeURIComponent(LEAD_ID)}`, {
        method: "PUT",
        headers: {
          authorization: `Bearer ${API_KEY}`,
          "content-type": "application/json",
          accept: "application/json",
          "x-leadping-client": `@leadping/client/${clientVersion}`,
          "user-agent": `leadping-client/${clientVersion} node/${process.versions.node}`,
        },
        body: JSON.stringify(UPDATE_BODY),
        signal: globalThis.AbortSignal.timeout(60_000),
      });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.json();
    },
    "bare openapi-fetch": async () => {
      const { data, error } = await bare.PUT("/leads/{id}", { params: { path: { id: LEAD_ID } }, body: UPDATE_BODY });
      if (error) throw new Error("failed");
      return data;
    },
    "@leadping/client": () => lp.leads.update(LEAD_ID, UPDATE_BODY),
  };
}

/** Runs `run` from CONCURRENCY loops for `durationMs`: requests per second (wall) and client CPU µs per request. */
async function measureHttp(run, durationMs) {
  let done = 0;
  const deadline = performance.now() + durationMs;
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < deadline) {
        await run();
        done++;
      }
    }),
  );
  const cpu = process.cpuUsage(cpuStart);
  return { rps: (done * 1000) / (performance.now() - start), cpuUs: (cpu.user + cpu.system) / done };
}

export async function benchThroughput({ rounds = 15, durationMs = 800 } = {}) {
  const server = await startServer();
  try {
    const variants = makeVariants(server.url);
    for (const run of Object.values(variants)) await measureHttp(run, 500); // warm-up, opens connections
    return await interleavedRounds(variants, rounds, (run) => measureHttp(run, durationMs), "hand-written fetch");
  } finally {
    server.stop();
  }
}

export function printThroughput(result) {
  console.log(
    `Throughput, ${CONCURRENCY} concurrent keep-alive PUTs on 127.0.0.1, server in its own process (median of 15 interleaved rounds)`,
  );
  for (const [name, { rps, cpuUs }] of Object.entries(result)) {
    console.log(
      `  ${name.padEnd(36)} ${fmt(rps.value, 0).padStart(6)} req/s  ×hand ${fmt(rps.ratio)} (paired)   ` +
        `client CPU ${fmt(cpuUs.value, 0).padStart(4)} µs/req  → CPU-bound throughput ×hand ${fmt(1 / cpuUs.ratio)}`,
    );
  }
  const ours = result["@leadping/client"];
  const sameHeaders = ours.rps.ratioTo["hand-written, same headers + timeout"];
  console.log(
    `  target: @leadping/client ≥ 0.95× hand-written fetch with the same headers + timeout → ${sameHeaders >= 0.95 ? "met" : "MISSED"} (${fmt(sameHeaders)}, paired)`,
  );
  console.log(
    `  target: @leadping/client ≥ 0.9× minimal hand-written fetch → req/s ${ours.rps.ratio >= 0.9 ? "met" : "MISSED"} (${fmt(ours.rps.ratio)}), ` +
      `by client CPU ${1 / ours.cpuUs.ratio >= 0.9 ? "met" : "MISSED"} (${fmt(1 / ours.cpuUs.ratio)})`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) printThroughput(await benchThroughput());
