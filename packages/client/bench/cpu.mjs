#!/usr/bin/env node
// CPU per request: lp.leads.update against an instant in-memory fetch, next to
// bare openapi-fetch and a hand-written fetch call doing the same work
// (URL with encoded id, bearer header, JSON body, status check, JSON parse).
// Rounds are interleaved and the median CPU time per request is reported.
import createClient from "openapi-fetch";
import { createLeadpingClient } from "../dist/index.mjs";
import { API_KEY, LEAD_ID, LEAD_RESPONSE_TEXT, UPDATE_BODY, fmt, median } from "./shared.mjs";

const BASE_URL = "https://api.leadping.ai";
const responseInit = { status: 200, headers: { "content-type": "application/json" } };
/** Answers at once, like a server with zero latency; builds no Request. */
const instantFetch = async () => new Response(LEAD_RESPONSE_TEXT, responseInit);

const lp = createLeadpingClient({ apiKey: API_KEY, baseUrl: BASE_URL, fetch: instantFetch });
const bare = createClient({ baseUrl: BASE_URL, fetch: instantFetch, headers: { Authorization: `Bearer ${API_KEY}` } });

async function handWritten() {
  const response = await instantFetch(`${BASE_URL}/leads/${encodeURIComponent(LEAD_ID)}`, {
    method: "PUT",
    headers: { authorization: `Bearer ${API_KEY}`, "content-type": "application/json" },
    body: JSON.stringify(UPDATE_BODY),
  });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.json();
}

export const variants = {
  "hand-written fetch": handWritten,
  "bare openapi-fetch": async () => {
    const { data, error } = await bare.PUT("/leads/{id}", { params: { path: { id: LEAD_ID } }, body: UPDATE_BODY });
    if (error) throw new Error("failed");
    return data;
  },
  "@leadping/client": () => lp.leads.update(LEAD_ID, UPDATE_BODY),
};

async function cpuPerRequestUs(run, n) {
  const start = process.cpuUsage();
  for (let i = 0; i < n; i++) await run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / n;
}

export async function benchCpu({ rounds = 7, perRound = 20_000 } = {}) {
  const samples = Object.fromEntries(Object.keys(variants).map((k) => [k, []]));
  for (const run of Object.values(variants)) await cpuPerRequestUs(run, perRound); // warm-up
  for (let r = 0; r < rounds; r++) {
    for (const [name, run] of Object.entries(variants)) samples[name].push(await cpuPerRequestUs(run, perRound));
  }
  return Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, median(v)]));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await benchCpu();
  const hand = result["hand-written fetch"];
  const bareUs = result["bare openapi-fetch"];
  console.log("CPU per request (µs, median of interleaved rounds; lower is better)");
  for (const [name, us] of Object.entries(result)) {
    console.log(`  ${name.padEnd(20)} ${fmt(us).padStart(7)} µs   ×hand ${fmt(us / hand)}   ×bare ${fmt(us / bareUs)}`);
  }
}
