// One recorded status change (read, correct, delete) and the organization-wide list of them.
import type { LeadStatusChangeRequest, LeadStatusChangeResponse, RequestDataOptions } from "@leadping/types";
import { recordLeadEvent } from "../timeline.js";
import { changeFields, findStatusChange, syncCurrentStatus } from "../status-history.js";
import { type OperationHandler, invalid, notFound, ok } from "./context.js";
import { pageOf } from "../paging.js";

function changeMissing(id: string): string {
  return `No status change has the id ${JSON.stringify(id)}.`;
}

export const getStatusChange: OperationHandler = (ctx) => {
  const found = findStatusChange(ctx.state, ctx.params["id"]!);
  return found ? ok(found.change) : notFound(changeMissing(ctx.params["id"]!));
};

export const updateStatusChange: OperationHandler = (ctx) => {
  const found = findStatusChange(ctx.state, ctx.params["id"]!);
  if (!found) return notFound(changeMissing(ctx.params["id"]!));
  const now = ctx.now();
  const built = changeFields(ctx.state, ctx.body as LeadStatusChangeRequest, now);
  if ("errors" in built) return invalid("The status does not exist.", built.errors);
  // A correction keeps who recorded the change and when (unless it sends its own timestamp); it replaces what was recorded.
  const { changedByUserId, changedAt, timestamp, ...corrected } = built.fields;
  Object.assign(found.change, corrected, {
    changedByUserId: found.change.changedByUserId ?? changedByUserId,
    changedAt: found.change.changedAt ?? changedAt,
    timestamp: (ctx.body as LeadStatusChangeRequest).timestamp ?? found.change.timestamp ?? timestamp,
  });
  if (found.history[found.history.length - 1] === found.change) syncCurrentStatus(ctx.state, found.stored, now);
  recordLeadEvent(ctx.state, found.stored.lead.id, "updated", "A status change was corrected.", now, {
    type: "leadStatusChange",
    id: found.change.id,
  });
  return ok(found.change);
};

export const deleteStatusChange: OperationHandler = (ctx) => {
  const found = findStatusChange(ctx.state, ctx.params["id"]!);
  if (!found) return notFound(changeMissing(ctx.params["id"]!));
  const { change, history, stored } = found;
  const index = history.indexOf(change);
  history.splice(index, 1);
  // Relink the neighbours so the chain of superseded changes stays whole.
  const before = history[index - 1];
  const after = history[index];
  if (before) before.newLeadStatusChangeId = after?.id ?? null;
  if (after)
    Object.assign(after, {
      oldLeadStatusChangeId: before?.id ?? null,
      oldLeadStatusChangeType: before?.type ?? null,
      oldLeadStatusChangeOutcome: before?.outcome ?? null,
    });
  const now = ctx.now();
  syncCurrentStatus(ctx.state, stored, now);
  recordLeadEvent(ctx.state, stored.lead.id, "updated", "A status change was deleted.", now, { type: "leadStatusChange", id: change.id });
  return { status: 204 };
};

export const listOrganizationStatusChanges: OperationHandler = (ctx) => {
  const all: LeadStatusChangeResponse[] = [];
  for (const history of ctx.state.historyByLead.values()) all.push(...history);
  // Newest first, as the lists of the real API are.
  all.sort((a, b) => (a.timestamp < b.timestamp ? 1 : a.timestamp > b.timestamp ? -1 : a.id < b.id ? 1 : -1));
  return pageOf(all, ctx.body as RequestDataOptions);
};
