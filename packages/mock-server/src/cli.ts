#!/usr/bin/env node
// leadping-mock: runs the local Leadping API until interrupted.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import type { FaultRule } from "./http/faults.js";
import { startMockServer } from "./http/node-server.js";
import { WEBHOOK_USAGE, describeWebhooks, webhookOptionsFromFlags } from "./webhooks/cli-options.js";
import { parseRateLimit } from "./http/rate-limit.js";

const USAGE = `Usage: leadping-mock [options]

  --port <n>          Port to listen on (0 = any free port)     [default: 4010]
  --host <addr>       Interface to bind                          [default: 127.0.0.1]
  --seed <n>          Seed for sample data, ids and faults       [default: 42]
  --sample-leads <n>  Sample leads to create at start            [default: 25]
  --strict            Validate every response against the contract
  --latency <ms>      Latency added to every request             [default: 0]
  --faults <file>     JSON file with an array of fault rules
  --cors-origin <o>   Browser origin allowed to call the API (repeatable; "*" for any)
                                                  [default: loopback origins, any port]
  --allowed-host <h>  Host name answered besides the loopback names (repeatable;
                      "*" for any). Other Host headers get 403 (DNS rebinding)
${WEBHOOK_USAGE}
  --rate-limit <n/w>  Enforce Leadping's limits per partition, e.g. 300/60s or 60/2s
                      (organization, intake, user, IP; 429 over the limit)
  --no-retry-after    With --rate-limit: send 429s without Retry-After
  -h, --help          Show this help`;

function integer(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a non-negative integer, got ${JSON.stringify(value)}`);
  return n;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: "string" },
      host: { type: "string" },
      seed: { type: "string" },
      "sample-leads": { type: "string" },
      strict: { type: "boolean" },
      latency: { type: "string" },
      faults: { type: "string" },
      "cors-origin": { type: "string", multiple: true },
      "allowed-host": { type: "string", multiple: true },
      webhook: { type: "string", multiple: true },
      "webhook-secret": { type: "string", multiple: true },
      "webhook-bearer": { type: "string" },
      "webhook-header": { type: "string" },
      "webhook-attempts": { type: "string" },
      "webhook-retry-delay": { type: "string" },
      "rate-limit": { type: "string" },
      "no-retry-after": { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const faults = values.faults ? (JSON.parse(readFileSync(values.faults, "utf8")) as FaultRule[]) : [];
  const seed = integer(values.seed, "seed", 42);
  const sampleLeads = integer(values["sample-leads"], "sample-leads", 25);
  const envSecrets = process.env["LEADPING_MOCK_WEBHOOK_SECRET"]?.split(",").filter((s) => s !== "") ?? [];
  const webhooks = webhookOptionsFromFlags({
    urls: values.webhook ?? [],
    secrets: values["webhook-secret"] ?? envSecrets,
    bearer: values["webhook-bearer"],
    header: values["webhook-header"],
    attempts: values["webhook-attempts"] === undefined ? undefined : integer(values["webhook-attempts"], "webhook-attempts", 5),
    retryDelayMs:
      values["webhook-retry-delay"] === undefined ? undefined : integer(values["webhook-retry-delay"], "webhook-retry-delay", 1000),
  });
  const server = await startMockServer({
    port: integer(values.port, "port", 4010),
    host: values.host ?? "127.0.0.1",
    seed,
    sampleLeads,
    strict: values.strict ?? false,
    latencyMs: integer(values.latency, "latency", 0),
    faults,
    ...(values["cors-origin"] ? { corsOrigins: values["cors-origin"] } : {}),
    ...(values["allowed-host"] ? { allowedHosts: values["allowed-host"] } : {}),
    ...(values["rate-limit"] ? { rateLimit: { ...parseRateLimit(values["rate-limit"]), retryAfter: !values["no-retry-after"] } } : {}),
    webhooks,
  });
  console.log(
    `Leadping mock API listening on ${server.url} (seed ${seed}, ${sampleLeads} sample leads${values.strict ? ", strict" : ""}${values["rate-limit"] ? `, rate limit ${values["rate-limit"]}` : ""})`,
  );
  const sending = describeWebhooks(webhooks);
  if (sending) console.log(sending);
  const shutdown = () => {
    void server.stop().then(() => process.exit(0));
  };
  process.once("SIGINT", shutdown);
  process.once("SIGTERM", shutdown);
}

main().catch((error: unknown) => {
  console.error(`leadping-mock: ${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
  process.exit(2);
});
