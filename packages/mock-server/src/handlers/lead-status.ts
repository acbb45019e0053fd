// Lead status operations: set the current disposition, read the history.
import type { LeadStatusChangeRequest, LeadStatusChangeResponse } from "@leadping/types";
import { displayNameForOutcome } from "../lead-mapping.js";
import { MOCK_USER_ID } from "../store.js";
import { type OperationHandler, notFound, ok } from "./context.js";
import { leadMissing } from "./leads.js";

export const setLeadStatus: OperationHandler = (ctx) => {
  const leadId = ctx.params["leadId"]!;
  const stored = ctx.state.leadsById.get(leadId);
  if (!stored) return notFound(leadMissing(leadId));
  const body = ctx.body as LeadStatusChangeRequest;
  const now = ctx.now();
  const byAutomation = body.changedByAutomationId != null;
  const { firstName, lastName } = stored.lead.contact;
  const leadName = [firstName, lastName].filter((s) => s != null && s !== "").join(" ") || null;
  const change: LeadStatusChangeResponse = {
    id: ctx.state.newId("lsc"),
    leadId,
    leadName,
    type: body.type,
    outcome: body.outcome,
    category: body.category ?? null,
    oldLeadStatusChangeId: stored.lead.currentDisposition?.id ?? null,
    notes: body.notes ?? null,
    reason: body.reason ?? null,
    changedByUserId: byAutomation ? null : MOCK_USER_ID,
    changedByAutomationId: body.changedByAutomationId ?? null,
    changedAt: now,
    changeSource: body.changeSource ?? "API",
    timestamp: body.timestamp ?? now,
    createdAt: now,
    updatedAt: null,
    callbackAt: body.callbackAt ?? null,
    assignedToUserId: body.assignedToUserId ?? null,
  };
  const history = ctx.state.historyByLead.get(leadId) ?? [];
  history.push(change);
  ctx.state.historyByLead.set(leadId, history);
  stored.lead = {
    ...stored.lead,
    currentDisposition: {
      id: change.id,
      outcome: change.outcome,
      displayName: displayNameForOutcome(change.outcome),
      changedAt: change.timestamp,
      changedByUserId: change.changedByUserId ?? null,
      changedByAutomationId: change.changedByAutomationId ?? null,
    },
    modifiedAt: now,
  };
  return ok(change);
};

export const getLeadStatusHistory: OperationHandler = (ctx) => {
  const leadId = ctx.params["leadId"]!;
  if (!ctx.state.leadsById.has(leadId)) return notFound(leadMissing(leadId));
  return ok(ctx.state.historyByLead.get(leadId) ?? []);
};
