// One writer of the two-process modify test (modify-processes.test.ts), run with node:
//   node modify-worker.mjs <baseUrl> <leadId> <writer> <calls> [modify|naive]
// Writer "a" adds one key per call to metadata.sourceMetadata; writer "b" adds one tag
// name per call. `naive` is the comparison: read, change, PUT, without modify's re-read check.
// Prints one JSON line: what each call returned, for the parent to check.
import { LeadModifyConflictError, createLeadpingClient, toLeadRequest } from "@leadping/client";

const [baseUrl, leadId, writer, calls, mode = "modify"] = process.argv.slice(2);
const lp = createLeadpingClient({ baseUrl, apiKey: "sk_test_org", maxRetries: 2, timeoutMs: 30_000 });
const results = [];
for (let i = 0; i < Number(calls); i++) {
  const mark = `${writer}-${String(i).padStart(2, "0")}`;
  const change =
    writer === "a"
      ? (current) => ({
          ...current,
          metadata: { ...current.metadata, sourceMetadata: { ...current.metadata.sourceMetadata, [mark]: "1" } },
        })
      : (current) => ({ ...current, tagNames: [mark] });
  try {
    const lead =
      mode === "naive"
        ? await lp.leads.get(leadId).then((read) => lp.leads.update(leadId, change(toLeadRequest(read))))
        : await lp.leads.modify(leadId, change, { maxAttempts: 10 });
    const carried =
      writer === "a" ? Object.keys(lead.metadata.sourceMetadata ?? {}).includes(mark) : lead.tags.some((t) => t.name === mark);
    results.push({ mark, ok: true, carried, modifiedAt: lead.modifiedAt });
  } catch (error) {
    results.push({ mark, ok: false, conflict: error instanceof LeadModifyConflictError, error: String(error) });
  }
}
process.stdout.write(`${JSON.stringify(results)}\n`);
