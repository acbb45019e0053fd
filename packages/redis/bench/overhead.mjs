// What the shared budget costs per call: the same client calls against the
// in-process mock API (no network, so the budget's share shows) with no
// budget, the in-process budget and the Redis budget against a local
// redis-server on 127.0.0.1 (started here, without persistence). Prints
// numbers; asserts nothing. Run: pnpm --filter @leadping/redis run bench
import { spawn } from "node:child_process";
import { once } from "node:events";
import { createServer } from "node:net";
import { performance } from "node:perf_hooks";
import { createLeadpingClient, inProcessRateBudget } from "@leadping/client";
import { createMockApi } from "@leadping/mock-server";
import { Redis } from "ioredis";
import { redisRateBudget } from "../dist/index.mjs";

const CALLS = Number(process.env.BENCH_CALLS ?? 3000);
const ROUNDS = 5;
// Large enough never to wait: the bench measures bookkeeping, not waiting.
const budgetSize = { limit: 1e9, windowMs: 60_000 };

async function startRedis() {
  const probe = createServer().listen(0, "127.0.0.1");
  await once(probe, "listening");
  const { port } = probe.address();
  probe.close();
  const child = spawn(process.env.REDIS_SERVER ?? "redis-server", [
    "--port",
    String(port),
    "--bind",
    "127.0.0.1",
    "--save",
    "",
    "--appendonly",
    "no",
  ]);
  let out = "";
  await new Promise((resolve, reject) => {
    child.stdout.on("data", (c) => (out += c) && out.includes("Ready to accept connections") && resolve());
    child.once("error", reject);
    child.once("exit", (code) => reject(new Error(`redis-server exited with ${code}: ${out}`)));
  });
  return { url: `redis://127.0.0.1:${port}`, stop: () => child.kill() };
}

async function perCallMicros(lp, calls, concurrency) {
  for (let i = 0; i < 200; i++) await lp.tags.list(); // warm-up
  const start = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next++ < calls) await lp.tags.list();
    }),
  );
  return ((performance.now() - start) * 1000) / calls;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const server = await startRedis();
const redis = new Redis(server.url);
await once(redis, "ready");
const api = createMockApi();
const clientWith = (rateBudget) =>
  createLeadpingClient({ baseUrl: "http://mock.test", apiKey: "sk_bench", fetch: api.fetch, ...(rateBudget ? { rateBudget } : {}) });
const variants = {
  "no budget": clientWith(undefined),
  "in-process budget": clientWith(inProcessRateBudget(budgetSize)),
  "Redis budget": clientWith(redisRateBudget({ redis, scope: `bench-${Date.now()}`, ...budgetSize })),
};

console.log(`${CALLS} calls of lp.tags.list() against the in-process mock API, median of ${ROUNDS} rounds (Node ${process.versions.node})`);
for (const concurrency of [1, 16]) {
  const results = {};
  for (const [name, lp] of Object.entries(variants)) {
    const rounds = [];
    for (let r = 0; r < ROUNDS; r++) rounds.push(await perCallMicros(lp, CALLS, concurrency));
    results[name] = median(rounds);
  }
  const base = results["no budget"];
  for (const [name, us] of Object.entries(results)) {
    const d = us - base;
    const delta = name === "no budget" ? "" : ` (${d >= 0 ? "+" : ""}${d.toFixed(1)} µs per call)`;
    console.log(`  concurrency ${String(concurrency).padStart(2)}  ${name.padEnd(18)} ${us.toFixed(1).padStart(7)} µs per call${delta}`);
  }
}

const takes = redisRateBudget({ redis, scope: `bench-take-${Date.now()}`, ...budgetSize });
const t0 = performance.now();
for (let i = 0; i < CALLS; i++) await takes.take("organization");
console.log(
  `  Redis budget take() alone, sequential: ${(((performance.now() - t0) * 1000) / CALLS).toFixed(1)} µs per take (one round trip to 127.0.0.1)`,
);

redis.disconnect();
server.stop();
