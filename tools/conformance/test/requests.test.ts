// Part 1 of the conformance check: every request the client's README examples and the
// playground tour send validates against the official contract. The README's ts blocks are
// read from the README and run as written, through a recording fetch, against the local API
// (real HTTP on 127.0.0.1); so is the tour. Each JSON body and query string is then checked
// against the official operation its method and path match. Exceptions live in
// request-allowlist.json, each with a reason; an entry that matches nothing fails.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as client from "@leadping/client";
import { type RunningMockServer, startMockServer } from "@leadping/mock-server";
import { matchOperation } from "@leadping/types";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { runTour } from "../../../apps/playground/src/demo/tour.js";
import { officialContract } from "../src/documents.js";
import { correctedOfficial } from "../src/oddities.js";
import { type CodeBlock, importsOf, runBlock, typescriptBlocks } from "../src/readme-examples.js";
import { type RecordingFetch, recordingFetch } from "../src/recording-fetch.js";
import { RequestValidator } from "../src/request-validator.js";

interface Allowlist {
  /** `blocks`: how many ts blocks the section has; `only`: which of them (1-based) are not run, all when left out. */
  readmeBlocksNotRun: { heading: string; blocks: number; only?: number[]; reason: string }[];
  requests: { source: string; operation: string; reason: string }[];
}

const README = join(import.meta.dirname, "..", "..", "..", "packages", "client", "README.md");
const allowlist = JSON.parse(readFileSync(join(import.meta.dirname, "..", "request-allowlist.json"), "utf8")) as Allowlist;
const official = correctedOfficial(officialContract());
const validator = new RequestValidator(official);
const blocks = typescriptBlocks(README);

/** The official operation key (`"GET /leads/{id}"`) a request is for, by the generated operation index; `null` when the official contract lacks it. */
function officialOperation(method: string, path: string): string | null {
  const match = matchOperation(method.toUpperCase(), path);
  if (match.kind !== "operation") return null;
  const [verb, template] = match.key.split(" ") as [string, string];
  const paths = official["paths"] as Record<string, Record<string, unknown> | undefined>;
  return paths[template]?.[verb.toLowerCase()] === undefined ? null : match.key;
}
const isNotRun = (block: CodeBlock) =>
  allowlist.readmeBlocksNotRun.some((e) => e.heading === block.heading && (e.only ?? [block.index]).includes(block.index));
const silent = { log() {}, warn() {}, error() {}, info() {}, debug() {} };

let server: RunningMockServer;
let recorder: RecordingFetch;
const blockFailures: string[] = [];

const clientOptions = () => ({
  baseUrl: "http://leadping.readme",
  fetch: recorder.fetch,
  maxRetries: 0,
  apiKey: "sk_readme",
  sourceKey: "lp_src_readme",
});
/** A README placeholder such as `"sk_live_…"` cannot go in a header (fetch refuses the `…`): the fixture credential stands in. */
const sendable = (credential: client.LeadpingClientOptions["apiKey"], fixture: string) =>
  typeof credential === "string" && credential.includes("…") ? fixture : credential;
/** The README's `createLeadpingClient`, aimed at the recording fetch whatever base URL or fetch the example passes. */
const createLeadpingClient = (options: client.LeadpingClientOptions = {}) =>
  client.createLeadpingClient({
    ...clientOptions(),
    ...options,
    apiKey: sendable(options.apiKey, "sk_readme") ?? "sk_readme",
    sourceKey: sendable(options.sourceKey, "lp_src_readme") ?? "lp_src_readme",
    baseUrl: clientOptions().baseUrl,
    fetch: recorder.fetch,
    maxRetries: 0,
  });

async function organizationCall(method: string, path: string, body?: unknown): Promise<{ id: string }> {
  const headers = { authorization: "Bearer sk_fixture", "content-type": "application/json" };
  const response = await fetch(server.url + path, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  if (!response.ok) throw new Error(`fixture ${method} ${path} answered ${response.status}`);
  return (await response.json()) as { id: string };
}

/** A fresh lead behind `lead_01` for each block, since a block may delete it. */
async function freshLeadFor(block: CodeBlock): Promise<void> {
  const response = await fetch(`${server.url}/leads`, {
    method: "POST",
    headers: { authorization: "Bearer lp_src_fixture", "content-type": "application/json" },
    body: JSON.stringify({
      metadata: {},
      contact: { firstName: "Readme", lastName: `${block.heading} ${block.index}` },
      customer: {},
      tagIds: [],
      tagNames: [],
    }),
  });
  recorder.aliases.set("lead_01", ((await response.json()) as { id: string }).id);
}

beforeAll(async () => {
  server = await startMockServer({ sampleLeads: 5, seed: 11, strict: true, log: () => {} });
  recorder = recordingFetch(server.url);
  recorder.aliases.set("tag_hot", (await organizationCall("POST", "/tags", { name: "Hot fixture" })).id);
  for (const block of blocks) {
    if (isNotRun(block)) continue;
    recorder.source = `README "${block.heading}"`;
    await freshLeadFor(block);
    const lp = createLeadpingClient();
    await runBlock(block, {
      ...client,
      createLeadpingClient,
      lp,
      apiKey: "sk_readme",
      id: "lead_01",
      console: silent,
      process: { env: { LEADPING_API_KEY: "sk_readme", LEADPING_SOURCE_KEY: "lp_src_readme" } },
    }).catch((error: unknown) => blockFailures.push(`${recorder.source} #${block.index}: ${String(error)}`));
  }
  recorder.source = "playground tour";
  await runTour(
    createLeadpingClient(),
    () => [],
    () => {},
  );
});

afterAll(async () => {
  await server?.stop();
});

describe("what the client's examples send, against the official request schemas", () => {
  test("every README ts block runs to the end, or is listed as not run with its reason", () => {
    expect(blockFailures).toEqual([]);
    const unlisted = blocks.filter((b) => !isNotRun(b) && importsOf(b).some((m) => m !== "@leadping/client"));
    expect(unlisted.map((b) => `${b.heading} #${b.index} imports ${importsOf(b).join(", ")}`)).toEqual([]);
    for (const entry of allowlist.readmeBlocksNotRun) {
      expect(blocks.filter((b) => b.heading === entry.heading).length, `ts blocks under "${entry.heading}"`).toBe(entry.blocks);
    }
  });

  test("the README and the tour exercised the lead domain (the check sees real traffic)", () => {
    const operations = new Set(recorder.sent.map((r) => officialOperation(r.method, r.path)));
    expect(recorder.sent.filter((r) => r.source.startsWith("README")).length).toBeGreaterThan(30);
    expect(recorder.sent.filter((r) => r.source === "playground tour").length).toBeGreaterThan(10);
    for (const key of [
      "POST /leads",
      "PUT /leads/{id}",
      "POST /leads/intake",
      "GET /leads/intake",
      "PUT /leads/{leadId}/status",
      "POST /lead-statuses",
      "PUT /lead-statuses/{id}",
      "POST /tags",
      "PUT /tags/{id}",
      "POST /leads/{id}/tags",
      "PUT /leads/{id}/tags",
      "POST /leads/{id}/archive",
      "POST /leads/all/my",
      "POST /events/leads/{leadId}",
      "POST /lead-status-changes/all/my",
    ]) {
      expect(operations, key).toContain(key);
    }
  });

  test("every request matches an official operation, and its body and query validate (or are allowlisted)", () => {
    const used = new Set<number>();
    const failures = recorder.sent.flatMap((sent) => {
      const key = officialOperation(sent.method, sent.path);
      if (key === null) return [`${sent.source}: ${sent.method} ${sent.path} is no official operation`];
      const error = [validator.checkBody(key, sent.body), validator.checkQuery(key, sent.query)].filter((e) => e !== null).join("\n");
      if (error === "") return [];
      const allowed = allowlist.requests.findIndex((entry) => entry.source === sent.source && entry.operation === key);
      if (allowed >= 0) {
        used.add(allowed);
        return [];
      }
      return [`${sent.source}: ${key} (${sent.method} ${sent.path}?${sent.query}) sent ${JSON.stringify(sent.body)}\n${error}`];
    });
    expect(failures).toEqual([]);
    const stale = allowlist.requests.filter((_, i) => !used.has(i));
    expect(stale, "allowlist entries that matched no rejected request").toEqual([]);
  });

  test("the check can fail: a partial PUT /leads/{id} body and an unknown intake query parameter are rejected", () => {
    expect(validator.checkBody("PUT /leads/{id}", { tagNames: ["Hot"] })).toMatch(/metadata/);
    expect(validator.checkQuery("GET /leads/intake", new URLSearchParams("FirstName=Ada&Price=cheap"))).toMatch(/Price/);
    expect(validator.checkQuery("GET /leads/intake", new URLSearchParams("FirstName=Ada&Nickname=Countess"))).toMatch(/additional/);
    expect(validator.checkQuery("GET /leads/intake", new URLSearchParams("FirstName=Ada&Price=9.5&TagNames=Web"))).toBeNull();
    expect(officialOperation("GET", "/leads/intake")).toBe("GET /leads/intake");
    expect(officialOperation("GET", "/leads/lead_9")).toBe("GET /leads/{id}");
  });
});
