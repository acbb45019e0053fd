#!/usr/bin/env node
// Benchmark: resolving tags by name with a large tag catalogue. Starts the built mock on
// 127.0.0.1 with --tags tags, then drives POST /leads/{id}/tags with a tag *name* (an
// idempotent add, so the state does not grow) over keep-alive connections. Run once with
// --tags 0 and once with many to see what the catalogue's size costs. Prints numbers; not
// a test. Needs `pnpm build` first.
//   node bench/tags.mjs [--tags 28599] [--duration 5000] [--connections 16]
import { parseArgs } from "node:util";
import { startMockServer } from "../dist/index.mjs";
import { summarize } from "./load.mjs";
import { runRawLoad } from "./raw-load.mjs";

const { values } = parseArgs({
  options: {
    tags: { type: "string", default: "28599" },
    duration: { type: "string", default: "5000" },
    connections: { type: "string", default: "16" },
  },
});
const tagCount = Number(values.tags);
const auth = { authorization: "Bearer sk_bench" };

const server = await startMockServer({ sampleLeads: 1, limits: { maxTags: tagCount + 100 }, log: () => {} });
const port = Number(new URL(server.url).port);
const filled = performance.now();
// Filled in process (the server shares its core with `api`): quicker than over HTTP.
const post = (path, body) =>
  server.api.fetch(`http://leadping.mock${path}`, {
    method: "POST",
    headers: { ...auth, "content-type": "application/json" },
    body: JSON.stringify(body),
  });
for (let i = 0; i < tagCount; i += 64) {
  await Promise.all(Array.from({ length: Math.min(64, tagCount - i) }, (_, j) => post("/tags", { name: `Bench tag ${i + j}` })));
}
const target = (await post("/tags", { name: "Needle" }).then((r) => r.json())).name;
const leadId = server.api.store.leads()[0].id;
console.log(`${server.api.store.tags().length} tags created in ${((performance.now() - filled) / 1000).toFixed(1)} s`);

const run = await runRawLoad({
  port,
  method: "POST",
  path: `/leads/${leadId}/tags`,
  headers: auth,
  body: JSON.stringify({ tagIds: [], tagNames: [target.toUpperCase()], createMissing: false }),
  connections: Number(values.connections),
  durationMs: Number(values.duration),
});
const result = summarize([run]);
console.log(
  `POST /leads/{id}/tags by name with ${tagCount} other tags: ${result.rps.toFixed(0)} req/s, p50 ${result.p50.toFixed(2)} ms, p99 ${result.p99.toFixed(2)} ms, statuses ${JSON.stringify(result.statuses)}`,
);
await server.stop();
