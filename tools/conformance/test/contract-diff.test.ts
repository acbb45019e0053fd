// Parts 3 and 4 of the conformance check: no official operation is missing from ours,
// and every difference the spec differ finds between the official contract (base) and
// ours (head) is explained by an entry of allowlist.json.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type Change, type Json, diffSpecs } from "@leadping/spec-diff";
import { describe, expect, test } from "vitest";
import { officialContract, operationsOf, ourContract } from "../src/documents.js";

interface AllowEntry {
  id: string;
  rules: string[];
  pointer: string;
  reason: string;
}

const allowlist = (JSON.parse(readFileSync(join(import.meta.dirname, "..", "allowlist.json"), "utf8")) as { entries: AllowEntry[] })
  .entries;
const official = officialContract();
const ours = ourContract();

function explain(change: Change): AllowEntry | undefined {
  return allowlist.find((e) => e.rules.includes(change.rule) && new RegExp(e.pointer).test(change.pointer));
}

describe("our contract against the official one", () => {
  test("no official operation is missing, and each keeps its operationId", () => {
    const ourOperations = operationsOf(ours);
    const problems = [...operationsOf(official)].flatMap(([key, operationId]) =>
      !ourOperations.has(key)
        ? [`${key} (${operationId}) is missing`]
        : ourOperations.get(key) !== operationId
          ? [`${key} is ${ourOperations.get(key)}, not ${operationId}`]
          : [],
    );
    expect(problems).toEqual([]);
    expect(ourOperations.size).toBe(32);
  });

  const changes = diffSpecs(official, ours);

  test("every difference is explained in allowlist.json", () => {
    const unexplained = changes.filter((c) => !explain(c)).map((c) => `${c.rule} ${c.direction ?? ""} ${c.pointer}: ${c.message}`);
    expect(unexplained).toEqual([]);
  });

  test("every allowlist entry still explains something, with a reason", () => {
    const stale = allowlist.filter((e) => !changes.some((c) => explain(c) === e)).map((e) => e.id);
    expect(stale).toEqual([]);
    for (const e of allowlist) expect(e.reason.length, e.id).toBeGreaterThan(40);
  });

  test("an unexplained difference fails (the check can fail)", () => {
    const tampered = structuredClone(ours) as { paths: Record<string, Record<string, { operationId?: string }>> };
    tampered.paths["/leads/{id}"]!["get"]!.operationId = "Leads_Get";
    delete tampered.paths["/lead-statuses"];
    const extra = diffSpecs(official as Json, tampered as unknown as Json).filter((c) => !explain(c));
    expect(extra.length).toBeGreaterThan(0);
  });
});
