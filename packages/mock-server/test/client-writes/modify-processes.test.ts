// Issue 20, concurrency: two processes each run 50 `modify` calls on the same lead over
// HTTP, writer "a" adding a key to metadata.sourceMetadata per call and writer "b" a tag
// per call. The API has no conditional PUT, so a write that lands between one writer's
// last read and its PUT is overwritten: the test prints how many changes survived and
// asserts only what modify guarantees.
import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, test } from "vitest";
import { clientFor, startStrict, wholeLead } from "../helpers.js";

const run = promisify(execFile);
const CALLS = 50;

interface CallResult {
  mark: string;
  ok: boolean;
  carried?: boolean;
  conflict?: boolean;
  error?: string;
}

async function writer(baseUrl: string, leadId: string, name: "a" | "b", mode: "modify" | "naive" = "modify"): Promise<CallResult[]> {
  const worker = join(import.meta.dirname, "modify-worker.mjs");
  const { stdout } = await run(process.execPath, [worker, baseUrl, leadId, name, String(CALLS), mode], {
    cwd: import.meta.dirname,
  });
  return JSON.parse(stdout) as CallResult[];
}

describe("two processes modifying one lead", () => {
  test("the lead stays whole, every call succeeds or fails typed, and each writer's last change is in what it got back", async () => {
    const server = await startStrict();
    const lp = clientFor(server);
    const lead = await lp.leads.create(
      wholeLead({
        contact: { firstName: "Ada", lastName: "Lovelace", email: "ada@example.com" },
        customer: { income: 85000 },
        metadata: { utmSource: "google" },
      }),
    );
    const [a, b] = await Promise.all([writer(server.url, lead.id, "a"), writer(server.url, lead.id, "b")]);
    const final = await lp.leads.get(lead.id);
    const keys = new Set(Object.keys(final.metadata.sourceMetadata ?? {}));
    const tags = new Set(final.tags.map((t) => t.name));
    const survivedA = a.filter((r) => r.ok && keys.has(r.mark)).length;
    const survivedB = b.filter((r) => r.ok && tags.has(r.mark)).length;
    const conflicts = [...a, ...b].filter((r) => r.conflict).length;
    console.log(
      `modify × 2 processes: ${survivedA + survivedB} of ${2 * CALLS} changes survived (a: ${survivedA}/${CALLS}, b: ${survivedB}/${CALLS}); ` +
        `${a.filter((r) => r.ok).length + b.filter((r) => r.ok).length} calls wrote, ${conflicts} gave up with LeadModifyConflictError`,
    );
    // Every call either wrote or gave up with the typed conflict error: nothing else went wrong.
    for (const r of [...a, ...b]) expect(r.ok || r.conflict, r.error).toBe(true);
    // Each successful call's own PUT answer carries its own change.
    for (const r of [...a, ...b].filter((x) => x.ok)) expect(r.carried, r.mark).toBe(true);
    // The lead stays whole: the fields nobody modified are intact.
    expect(final.contact).toMatchObject({ firstName: "Ada", lastName: "Lovelace", email: "ada@example.com" });
    expect(final.customer).toMatchObject({ income: 85000 });
    expect(final.metadata.utmSource).toBe("google");
    // The last write overall came from one of the two; its own last change is in the final state.
    const lastA = [...a].reverse().find((r) => r.ok)!;
    const lastB = [...b].reverse().find((r) => r.ok)!;
    expect(keys.has(lastA.mark) || tags.has(lastB.mark)).toBe(true);
    // Nothing appears that nobody wrote.
    for (const key of keys) expect(a.some((r) => r.mark === key)).toBe(true);

    // For comparison, the same two writers on a second lead with a plain read, change and PUT (no re-read check).
    const plain = await lp.leads.create(wholeLead({ contact: { firstName: "Grace" } }));
    const [na, nb] = await Promise.all([writer(server.url, plain.id, "a", "naive"), writer(server.url, plain.id, "b", "naive")]);
    const plainFinal = await lp.leads.get(plain.id);
    const plainKeys = new Set(Object.keys(plainFinal.metadata.sourceMetadata ?? {}));
    const plainTags = new Set(plainFinal.tags.map((t) => t.name));
    const naiveSurvived = na.filter((r) => plainKeys.has(r.mark)).length + nb.filter((r) => plainTags.has(r.mark)).length;
    console.log(`plain read-then-PUT × 2 processes, same run: ${naiveSurvived} of ${2 * CALLS} changes survived`);
  });
});
