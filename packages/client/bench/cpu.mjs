#!/usr/bin/env node
// CPU per request: lp.leads.update against an instant in-memory fetch, next to
// bare openapi-fetch and a hand-written fetch call doing the same work
// (URL with encoded id, bearer header, JSON body, status check, JSON parse).
// Rounds are interleaved and the median CPU time per request is reported.
import createClient from "openapi-fetch";
import { createLeadpingClient } from "../dist/index.mjs";
import { API_KEY, LEAD_ID, LEAD_RESPONSE_TEXT, UPDATE_BODY, fmt, interleavedRounds } from "./shared.mjs";

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

export async function benchCpu({ rounds = 15, perRound = 10_000 } = {}) {
  for (const run of Object.values(variants)) await cpuPerRequestUs(run, perRound); // warm-up
  const result = await interleavedRounds(
    variants,
    rounds,
    async (run) => ({ cpuUs: await cpuPerRequestUs(run, perRound) }),
    "bare openapi-fetch",
  );
  return Object.fromEntries(Object.entries(result).map(([name, metrics]) => [name, metrics.cpuUs]));
}

export function printCpu(result) {
  const hand = result["hand-written fetch"].value;
  console.log("CPU per request, instant in-memory fetch (µs, median of 15 interleaved rounds; lower is better)");
  for (const [name, { value, ratio }] of Object.entries(result)) {
    console.log(
      `  ${name.padEnd(20)} ${fmt(value).padStart(7)} µs   ×hand ${fmt(value / hand)}   ×bare openapi-fetch ${fmt(ratio)} (paired)`,
    );
  }
  console.log(`  target: @leadping/client ≤ 1.0× bare openapi-fetch → ${result["@leadping/client"].ratio <= 1.0 ? "met" : "MISSED"}`);
}

if (import.meta.url === `file://${process.argv[1]}`) printCpu(await benchCpu());
