#!/usr/bin/env node
// Benchmark of the lead list at scale (issue "a page costs the page, not the store"): a mock
// server over 127.0.0.1 seeded with 1,000 and then 10,000 sample leads; for each, the median
// time of a page of 50 in the default order and in every sortable order (both directions), a
// page with includeCount, a search, and walking every page of 100 the way listAll does.
// Prints numbers; not a test. Needs `pnpm build` first.
//   node bench/lists.mjs [--sizes 1000,10000] [--repeat 15]
import { parseArgs } from "node:util";
import { startMockServer } from "../dist/index.mjs";

const { values } = parseArgs({ options: { sizes: { type: "string", default: "1000,10000" }, repeat: { type: "string", default: "15" } } });
const sizes = values.sizes.split(",").map(Number);
const repeat = Number(values.repeat);
const SORTABLE = [
  "id",
  "firstName",
  "lastName",
  "email",
  "phone",
  "createdAt",
  "updatedAt",
  "status",
  "price",
  "enabled",
  "isArchived",
  "archivedAt",
];
const headers = { authorization: "Bearer sk_bench", "content-type": "application/json" };

async function list(url, body, query = "") {
  const res = await fetch(`${url}/leads/all/my${query}`, { method: "POST", headers, body: JSON.stringify(body) });
  if (res.status !== 200) throw new Error(`${res.status} ${await res.text()}`);
  return res.json();
}

async function median(run) {
  const times = [];
  for (let i = 0; i < repeat; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

const rows = [];
for (const size of sizes) {
  const server = await startMockServer({ sampleLeads: size, limits: { maxLeads: Math.max(size, 10_000) }, log: () => {} });
  try {
    const { url } = server;
    // Warm up the JIT and build each index once (they are built on first use, then kept up to date).
    for (let i = 0; i < 5; i++) {
      for (const field of SORTABLE) await list(url, { pageSize: 50, orderBy: [{ field, direction: i % 2 ? "desc" : "asc" }] });
      await list(url, { pageSize: 50, search: "smith", includeCount: true });
    }
    const row = (what, ms, note = "") => rows.push({ size, what, ms, note });
    row("page of 50, default order (newest first)", await median(() => list(url, { pageSize: 50 })));
    row("page of 50, default order, includeCount", await median(() => list(url, { pageSize: 50, includeCount: true })));
    let worst = { field: "", ms: 0 };
    for (const field of SORTABLE)
      for (const direction of ["asc", "desc"]) {
        const ms = await median(() => list(url, { pageSize: 50, orderBy: [{ field, direction }] }));
        if (ms > worst.ms) worst = { field: `${field} ${direction}`, ms };
        row(`page of 50, orderBy ${field} ${direction}`, ms);
      }
    row("page of 50, slowest sortable order", worst.ms, worst.field);
    row('search "smith" (page of 50)', await median(() => list(url, { pageSize: 50, search: "smith" })));
    row('search "zz-no-match" (scans every lead)', await median(() => list(url, { pageSize: 50, search: "zz-no-match" })));
    const walk = async () => {
      let token = null;
      let pages = 0;
      do {
        const page = await list(url, { pageSize: 100, ...(token ? { continuationToken: token } : {}) }, "?archiveFilter=all");
        token = page.continuationToken;
        pages++;
      } while (token);
      return pages;
    };
    const pages = await walk();
    row("walk all pages of 100 (archiveFilter=all)", await median(walk), `${pages} pages`);
  } finally {
    await server.stop();
  }
}

console.log(`\nNode ${process.version}; median of ${repeat} runs each, over HTTP on 127.0.0.1 (global fetch)\n`);
const whats = [...new Set(rows.map((r) => r.what))].filter((w) => !w.includes("orderBy"));
console.log(`| list call | ${sizes.map((s) => `${s.toLocaleString("en-US")} leads`).join(" | ")} |`);
console.log(`| --- | ${sizes.map(() => "---:").join(" | ")} |`);
for (const what of whats) {
  const cells = sizes.map((size) => rows.find((r) => r.size === size && r.what === what));
  console.log(`| ${what} | ${cells.map((r) => (r ? `${r.ms.toFixed(2)} ms${r.note ? ` (${r.note})` : ""}` : "–")).join(" | ")} |`);
}
console.log("\nEvery sortable order (page of 50, median ms):");
for (const size of sizes) {
  const line = rows
    .filter((r) => r.size === size && r.what.includes("orderBy"))
    .map((r) => `${r.what.replace("page of 50, orderBy ", "")} ${r.ms.toFixed(2)}`);
  console.log(`  ${size.toLocaleString("en-US")} leads: ${line.join(", ")}`);
}
