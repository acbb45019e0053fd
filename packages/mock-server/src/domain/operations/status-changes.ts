// Status changes of leads: set the current status, read a lead's history and its export, and
// read, correct, delete and list recorded changes across the organization.
import type { LeadStatusChangeResponse } from "@leadping/types";
import { pageOf } from "../lists/paging.js";
import { changeFields, findStatusChange, leadNameOf, syncCurrentStatus } from "../status-history.js";
import { type OperationHandler, invalid, noContent, notFound, ok } from "./context.js";
import { leadMissing } from "./leads.js";
import { csvCell } from "../csv-cell.js";

export const setLeadStatus: OperationHandler<"LeadStatusChanges_SetCurrent"> = (ctx) => {
  const { leadId } = ctx.path;
  const stored = ctx.state.leadsById.get(leadId);
  if (!stored) return notFound(leadMissing(leadId));
  const now = ctx.now();
  const built = changeFields(ctx.state, ctx.body, now);
  if ("errors" in built) return invalid("The status does not exist.", built.errors);
  const previous = ctx.state.historyByLead.get(leadId)?.at(-1);
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
  ctx.state.appendStatusChange(change);
  syncCurrentStatus(ctx.state, stored, now);
  const summary = `Status set to ${stored.lead.currentLeadStatus?.displayName ?? change.outcome}.`;
  ctx.changed({ kind: "status_changed", lead: stored, at: now, summary, related: { type: "leadStatusChange", id: change.id } });
  return ok(change);
};

export const getLeadStatusHistory: OperationHandler<"LeadStatusChanges_GetByLeadId"> = (ctx) => {
  const { leadId } = ctx.path;
  if (!ctx.state.leadsById.has(leadId)) return notFound(leadMissing(leadId));
  return ok(ctx.state.historyByLead.get(leadId) ?? []);
};

function changeMissing(id: string): string {
  return `No status change has the id ${JSON.stringify(id)}.`;
}

export const getStatusChange: OperationHandler<"LeadStatusChanges_Get"> = (ctx) => {
  const found = findStatusChange(ctx.state, ctx.path.id);
  return found ? ok(found.change) : notFound(changeMissing(ctx.path.id));
};

export const updateStatusChange: OperationHandler<"LeadStatusChanges_Update"> = (ctx) => {
  const found = findStatusChange(ctx.state, ctx.path.id);
  if (!found) return notFound(changeMissing(ctx.path.id));
  const now = ctx.now();
  const built = changeFields(ctx.state, ctx.body, now);
  if ("errors" in built) return invalid("The status does not exist.", built.errors);
  // A correction keeps who recorded the change and when (unless it sends its own timestamp); it replaces what was recorded.
  const { changedByUserId, changedAt, timestamp, ...corrected } = built.fields;
  ctx.state.correctStatusChange(found.change, {
    ...corrected,
    changedByUserId: found.change.changedByUserId ?? changedByUserId ?? null,
    changedAt: found.change.changedAt ?? changedAt ?? null,
    timestamp: ctx.body.timestamp ?? found.change.timestamp ?? timestamp,
  });
  if (found.history[found.history.length - 1] === found.change) syncCurrentStatus(ctx.state, found.stored, now);
  const related = { type: "leadStatusChange", id: found.change.id };
  ctx.changed({ kind: "status_changed", lead: found.stored, at: now, summary: "A status change was corrected.", related });
  return ok(found.change);
};

export const deleteStatusChange: OperationHandler<"LeadStatusChanges_Delete"> = (ctx) => {
  const found = findStatusChange(ctx.state, ctx.path.id);
  if (!found) return notFound(changeMissing(ctx.path.id));
  const { change, stored } = found;
  ctx.state.removeStatusChange(change);
  const now = ctx.now();
  syncCurrentStatus(ctx.state, stored, now);
  const related = { type: "leadStatusChange", id: change.id };
  ctx.changed({ kind: "status_changed", lead: stored, at: now, summary: "A status change was deleted.", related });
  return noContent;
};

export const listOrganizationStatusChanges: OperationHandler<"LeadStatusChanges_GetAllForCurrentOrganization"> = (ctx) =>
  pageOf(ctx.state.statusChanges.newestFirst(), ctx.body);

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

export const exportLeadStatusHistory: OperationHandler<"LeadStatusChanges_ExportByLeadId"> = (ctx) => {
  const { leadId } = ctx.path;
  if (!ctx.state.leadsById.has(leadId)) return notFound(leadMissing(leadId));
  const rows = (ctx.state.historyByLead.get(leadId) ?? []).map(
    ({ id, leadName: _name, appointmentNotes: _notes, timestamp: _at, ...change }) => ({ ...change, leadStatusChangeId: id }),
  );
  const csv = [EXPORT_COLUMNS.join(","), ...rows.map((row) => EXPORT_COLUMNS.map((c) => csvCell(row[c])).join(","))].join("\r\n") + "\r\n";
  return ok({ fileName: `lead-${leadId}-status-history.csv`, contentType: "text/csv", csv, rows });
};
