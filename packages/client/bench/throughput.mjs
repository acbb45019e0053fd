#!/usr/bin/env node
// Throughput over real HTTP: 32 concurrent keep-alive PUT /leads/{id} requests
// on 127.0.0.1 against a minimal node:http server (separate process), with the
// global fetch by hand, bare openapi-fetch and @leadping/client. Rounds are
// interleaved; the median requests per second is reported.
import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import createClient from "openapi-fetch";
import { createLeadpingClient } from "../dist/index.mjs";
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
    "bare openapi-fetch": async () => {
      const { data, error } = await bare.PUT("/leads/{id}", { params: { path: { id: LEAD_ID } }, body: UPDATE_BODY });
      if (error) throw new Error("failed");
      return data;
    },
    "@leadping/client": () => lp.leads.update(LEAD_ID, UPDATE_BODY),
  };
}

async function requestsPerSecond(run, durationMs) {
  let done = 0;
  const deadline = performance.now() + durationMs;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < deadline) {
        await run();
        done++;
      }
    }),
  );
  return (done * 1000) / (performance.now() - start);
}

export async function benchThroughput({ rounds = 9, durationMs = 1000 } = {}) {
  const server = await startServer();
  try {
    const variants = makeVariants(server.url);
    for (const run of Object.values(variants)) await requestsPerSecond(run, 500); // warm-up, opens connections
    return await interleavedRounds(variants, rounds, (run) => requestsPerSecond(run, durationMs), "hand-written fetch");
  } finally {
    server.stop();
  }
}

export function printThroughput(result) {
  console.log(`Throughput, ${CONCURRENCY} concurrent keep-alive PUTs on 127.0.0.1 (req/s, median of 9 interleaved rounds; higher is better)`);
  for (const [name, { value, ratio }] of Object.entries(result)) {
    console.log(`  ${name.padEnd(20)} ${fmt(value, 0).padStart(7)} req/s   ×hand ${fmt(ratio)} (paired)`);
  }
  console.log(`  target: @leadping/client ≥ 0.9× hand-written fetch → ${result["@leadping/client"].ratio >= 0.9 ? "met" : "MISSED"}`);
}

if (import.meta.url === `file://${process.argv[1]}`) printThroughput(await benchThroughput());
