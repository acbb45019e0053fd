// The scripted tour behind `pnpm demo`: one lead's life through the client's
// public API. Each step reports the HTTP exchanges it made and what changed.
import { NotFoundError, type LeadpingClient } from "@leadping/client";
import type { LeadRequest } from "@leadping/types";
import type { Exchange } from "../shared/exchange-recorder.js";
import { diffFields, type FieldChange } from "../shared/field-changes.js";
import { leadRequestFromLead } from "../shared/lead-request.js";

/** What one step did: a sentence, the exchanges it made and the fields it changed. */
export interface StepReport {
  name: string;
  summary: string;
  exchanges: Exchange[];
  changes: FieldChange[];
}

/** Receives each step's report as soon as the step is done. */
export type StepListener = (report: StepReport, index: number, total: number) => void;

/** The tour's steps, in order. */
export const tourStepNames = [
  "create",
  "get",
  "update",
  "tag",
  "status catalog",
  "set status",
  "status history",
  "list every page",
  "archive",
  "unarchive",
  "event history",
  "delete",
] as const;

/** The lead the tour creates; deterministic so runs are comparable. */
export function tourLead(): LeadRequest {
  return {
    metadata: { externalId: "playground-tour", utmSource: "playground", product: "auto", vertical: "insurance" },
    contact: {
      firstName: "Ada",
      lastName: "Lovelace",
      email: "ada.tour@example.com",
      timeZoneId: "America/Chicago",
      phone: { number: "+15125550142", type: "mobile" },
      streetAddress: { line1: "12 Analytical Way", city: "Austin", state: "TX", postalCode: "78701", country: "US" },
    },
    customer: { birthDate: "1985-12-10", income: 85000, isHomeowner: true },
    enabled: true,
    // Leadping requires both lists on every lead body, even empty.
    tagIds: [],
    tagNames: [],
  };
}

/** Runs the tour with `lp`; `drainExchanges` returns (and forgets) the exchanges made since its last call. */
export async function runTour(lp: LeadpingClient, drainExchanges: () => Exchange[], onStep: StepListener): Promise<StepReport[]> {
  const reports: StepReport[] = [];
  const total = tourStepNames.length;
  const report = (
    name: (typeof tourStepNames)[number],
    summary: string | ((exchanges: Exchange[]) => string),
    changes: FieldChange[] = [],
  ) => {
    const exchanges = drainExchanges();
    const step: StepReport = { name, summary: typeof summary === "string" ? summary : summary(exchanges), exchanges, changes };
    reports.push(step);
    onStep(step, reports.length, total);
  };
  drainExchanges();

  const created = await lp.leads.create(tourLead());
  report("create", `lp.leads.create → lead ${created.id}`, diffFields(undefined, created));

  const fetched = await lp.leads.get(created.id);
  const drift = diffFields(created, fetched);
  report(
    "get",
    drift.length === 0 ? "lp.leads.get → same lead as create returned" : "lp.leads.get → lead differs from create's answer",
    drift,
  );

  const body = leadRequestFromLead(fetched);
  body.contact = { ...body.contact, phone: { number: "+15125550199", type: "landline" } };
  body.contact.streetAddress = { ...(body.contact.streetAddress ?? {}), city: "Round Rock", postalCode: "78664" };
  body.customer = { ...body.customer, income: 92000, numberOfDependents: 2 };
  const updated = await lp.leads.update(created.id, body);
  report("update", "lp.leads.update (PUT /leads/{id}) replaces the writable fields", diffFields(fetched, updated));

  const tagged = await lp.leads.tags.add(created.id, { tagIds: [], tagNames: ["Playground tour", "Hot"], createMissing: true });
  report("tag", `lp.leads.tags.add → ${tagged.tags.map((tag) => tag.name).join(", ")}`, diffFields(updated, tagged));

  const catalog = await lp.leadStatuses.list();
  const contacted = catalog.find((status) => status.name === "Contacted") ?? catalog[0];
  if (!contacted?.name) throw new Error("the lead status catalog is empty");
  report("status catalog", `lp.leadStatuses.list → ${catalog.length} statuses: ${catalog.map((status) => status.name).join(", ")}`);

  const change = await lp.leads.status.set(created.id, {
    type: "disposition",
    outcome: contacted.name,
    category: contacted.category ?? null,
    notes: "Left a voicemail.",
    changeSource: "API",
  });
  const afterStatus = await lp.leads.get(created.id);
  report(
    "set status",
    `lp.leads.status.set → ${change.outcome} (change ${change.id ?? "?"}), then lp.leads.get`,
    diffFields(tagged, afterStatus),
  );

  const history = await lp.leads.status.history(created.id);
  const exported = await lp.leads.status.export(created.id);
  report(
    "status history",
    `lp.leads.status.history → ${history.length} change(s); lp.leads.status.export → ${exported.rows?.length ?? 0} row(s)`,
  );

  let rows = 0;
  let found = false;
  for await (const row of lp.leads.listAll({ pageSize: 10, includeCount: true })) {
    rows += 1;
    if (row.id === created.id) found = true;
  }
  if (!found) throw new Error(`listAll never yielded the tour's lead ${created.id}`);
  report("list every page", (pages) => `lp.leads.listAll → ${rows} active leads over ${pages.length} pages, the tour's lead among them`);

  const archived = await lp.leads.archive(created.id, { reason: 2, note: "Archived by the playground tour." });
  report("archive", "lp.leads.archive", diffFields(afterStatus, archived));

  const unarchived = await lp.leads.unarchive(created.id);
  report("unarchive", "lp.leads.unarchive", diffFields(archived, unarchived));

  const events: string[] = [];
  for await (const event of lp.leads.events.listAll(created.id, { pageSize: 50 })) events.push(event.eventType ?? "?");
  report("event history", `lp.leads.events.listAll → ${events.length} events: ${events.join(", ")}`);

  await lp.leads.delete(created.id);
  const readableAfterDelete = await lp.leads.get(created.id).then(
    () => true,
    (error: unknown) => {
      if (error instanceof NotFoundError) return false;
      throw error;
    },
  );
  if (readableAfterDelete) throw new Error(`lead ${created.id} is still readable after delete`);
  report("delete", "lp.leads.delete, then lp.leads.get answers NotFoundError (404)");
  return reports;
}
