// Lead status operations: set the current status, read the history and its export.
import type { LeadStatusChangeRequest, LeadStatusChangeResponse } from "@leadping/types";
import { recordLeadEvent } from "../timeline.js";
import { changeFields, leadNameOf, syncCurrentStatus } from "../status-history.js";
import { type OperationHandler, invalid, notFound, ok } from "./context.js";
import { leadMissing } from "./leads.js";

export const setLeadStatus: OperationHandler = (ctx) => {
  const leadId = ctx.params["leadId"]!;
  const stored = ctx.state.leadsById.get(leadId);
  if (!stored) return notFound(leadMissing(leadId));
  const now = ctx.now();
  const built = changeFields(ctx.state, ctx.body as LeadStatusChangeRequest, now);
  if ("errors" in built) return invalid("The status does not exist.", built.errors);
  const history = ctx.state.historyByLead.get(leadId) ?? [];
  const previous = history[history.length - 1];
  const change: LeadStatusChangeResponse = {
    id: ctx.state.newId("lsc"),
    leadId,
    leadName: leadNameOf(stored),
    oldLeadStatusChangeId: previous?.id ?? null,
    oldLeadStatusChangeType: previous?.type ?? null,
    oldLeadStatusChangeOutcome: previous?.outcome ?? null,
    newLeadStatusChangeId: null,
    createdAt: now,
    ...built.fields,
  };
  if (previous) previous.newLeadStatusChangeId = change.id;
  // The oldest change beyond the bound is dropped; the change after it still names it in `oldLeadStatusChangeId`.
  ctx.state.append(ctx.state.historyByLead, leadId, change, ctx.state.limits.maxStatusChangesPerLead);
  syncCurrentStatus(ctx.state, stored, now);
  recordLeadEvent(
    ctx.state,
    leadId,
    "status_changed",
    `Status set to ${stored.lead.currentLeadStatus?.displayName ?? change.outcome}.`,
    now,
    { type: "leadStatusChange", id: change.id },
  );
  return ok(change);
};

export const getLeadStatusHistory: OperationHandler = (ctx) => {
  const leadId = ctx.params["leadId"]!;
  if (!ctx.state.leadsById.has(leadId)) return notFound(leadMissing(leadId));
  return ok(ctx.state.historyByLead.get(leadId) ?? []);
};

const EXPORT_COLUMNS = [
  "leadId",
  "leadStatusChangeId",
  "type",
  "outcome",
  "category",
  "oldLeadStatusChangeId",
  "oldLeadStatusChangeType",
  "oldLeadStatusChangeOutcome",
  "newLeadStatusChangeId",
  "changeSource",
  "changedByUserId",
  "changedByAutomationId",
  "changedAt",
  "reason",
  "followUpStatus",
  "callbackAt",
  "taskDueAt",
  "appointmentStartAt",
  "appointmentEndAt",
  "assignedToUserId",
  "sourceId",
  "relatedCallEventId",
  "isMissedCallFollowUp",
  "notes",
  "createdAt",
  "updatedAt",
] as const;

export const exportLeadStatusHistory: OperationHandler = (ctx) => {
  const leadId = ctx.params["leadId"]!;
  if (!ctx.state.leadsById.has(leadId)) return notFound(leadMissing(leadId));
  const rows = (ctx.state.historyByLead.get(leadId) ?? []).map(
    ({ id, leadName: _name, appointmentNotes: _notes, timestamp: _at, ...change }) => ({ ...change, leadStatusChangeId: id }),
  );
  const cell = (value: unknown) => {
    const text = typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? String(value) : "";
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const csv = [EXPORT_COLUMNS.join(","), ...rows.map((row) => EXPORT_COLUMNS.map((c) => cell(row[c])).join(","))].join("\r\n") + "\r\n";
  return ok({ fileName: `lead-${leadId}-status-history.csv`, contentType: "text/csv", csv, rows });
};
