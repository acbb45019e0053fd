// Four receiver processes (two node:http, two Express 5, each with
// createNodeWebhookHandler and one shared redisSeenWebhookStore) get every
// delivery of the local API at the same moment: a relay fans each delivery out
// to all four at once. Each delivery must be processed exactly once.
// (These receiver tests live here, not in @leadping/client: the client cannot
// depend on the local API, which depends on it.)
import { type ChildProcess, spawn } from "node:child_process";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { createLeadpingClient } from "@leadping/client";
import { type RunningMockServer, startMockServer } from "@leadping/mock-server";
import { Redis } from "ioredis";
import { afterAll, beforeAll, expect, test } from "vitest";
import { redisSeenWebhookStore } from "../src/index.js";
import { type RunningRedis, startRedis } from "./redis-server.js";

const SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
const KINDS = ["node", "express", "node", "express"] as const;

let redis: RunningRedis;
let api: RunningMockServer;
let relay: Server;
const receivers: { child: ChildProcess; port: number; report: Promise<{ processed: string[] }> }[] = [];

function startReceiver(kind: (typeof KINDS)[number], index: number) {
  const script = fileURLToPath(new URL("fixtures/receiver.mjs", import.meta.url));
  const child = spawn(
    process.execPath,
    [script, JSON.stringify({ redisUrl: redis.url, secret: SECRET, scope: "four-receivers", server: kind })],
    {
      stdio: ["pipe", "pipe", "inherit"],
    },
  );
  let out = "";
  child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString("utf8")));
  const port = new Promise<number>((resolve, reject) => {
    child.stdout.on("data", () => {
      const first = out.split("\n")[0];
      if (out.includes("\n")) resolve((JSON.parse(first!) as { port: number }).port);
    });
    child.once("exit", (code) => reject(new Error(`receiver ${index} exited with ${code}: ${out}`)));
  });
  const report = new Promise<{ processed: string[] }>((resolve, reject) => {
    child.once("exit", (code) => {
      if (code !== 0) return reject(new Error(`receiver ${index} exited with ${code}: ${out}`));
      resolve(JSON.parse(out.split("\n")[1]!) as { processed: string[] });
    });
  });
  return port.then((p) => ({ child, port: p, report }));
}

/** Forwards each delivery, byte for byte, to every receiver at once; answers 204 when all answered 2xx. */
function startRelay(ports: number[]): Promise<Server> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const body = Buffer.concat(chunks);
      const headers: Record<string, string> = {};
      for (const name of ["content-type", "webhook-id", "webhook-timestamp", "webhook-signature"])
        headers[name] = String(req.headers[name]);
      void Promise.all(ports.map((port) => fetch(`http://127.0.0.1:${port}/webhooks`, { method: "POST", headers, body }))).then(
        (answers) => res.writeHead(answers.every((a) => a.ok) ? 204 : 502).end(),
        () => res.writeHead(502).end(),
      );
    });
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

beforeAll(async () => {
  redis = await startRedis();
  receivers.push(...(await Promise.all(KINDS.map((kind, i) => startReceiver(kind, i)))));
  relay = await startRelay(receivers.map((r) => r.port));
  const relayUrl = `http://127.0.0.1:${(relay.address() as AddressInfo).port}/webhooks`;
  api = await startMockServer({
    webhooks: { endpoints: [{ url: relayUrl, delivery: { mode: "signature", secrets: [SECRET] } }], retryDelayMs: 100 },
  });
});

afterAll(async () => {
  for (const { child } of receivers) if (child.exitCode === null) child.kill();
  relay?.close();
  await Promise.all([api?.stop(), redis?.stop()]);
});

test("4 receiver processes sharing the Redis store process each delivery exactly once", async () => {
  const lp = createLeadpingClient({ baseUrl: api.url, apiKey: "sk_four_receivers", sourceKey: "lp_src_four_receivers" });
  for (let i = 0; i < 10; i++) {
    const lead = await lp.leads.create({ metadata: {}, customer: {}, tagIds: [], tagNames: [], contact: { firstName: `Receiver ${i}` } });
    await lp.leads.archive(lead.id);
  }
  await api.api.webhooks.settled();
  const attempts = api.api.webhooks.attempts();
  const ids = [...new Set(attempts.map((a) => a.id))];
  expect(ids).toHaveLength(20);
  expect(attempts.filter((a) => a.outcome !== "delivered")).toEqual([]);

  for (const { child } of receivers) child.stdin!.end();
  const reports = await Promise.all(receivers.map((r) => r.report));
  const processed = reports.flatMap((r) => r.processed);
  // Exactly once: every delivery processed, none twice, across the four processes.
  expect([...processed].sort()).toEqual([...ids].sort());
  // How the race split the work (printed, not asserted: it varies run to run).
  console.log(`[webhook-dedup] processed per receiver (${KINDS.join(", ")}): ${reports.map((r) => r.processed.length).join(", ")}`);
  // The ids are in Redis, under the scope.
  const client = new Redis(redis.url);
  try {
    expect(await redisSeenWebhookStore({ redis: client, scope: "four-receivers" }).seen(ids[0]!)).toBe(true);
  } finally {
    client.disconnect();
  }
});
