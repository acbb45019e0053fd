// Status changes: build one from a request, and keep the lead's current status in step with its history.
import type { LeadStatusChangeRequest, LeadStatusChangeResponse } from "@leadping/types";
import { INITIAL_DISPOSITION, INITIAL_STATUS } from "./lead-mapping.js";
import { statusForOutcome } from "./status-catalog.js";
import { type LeadState, MOCK_USER_ID, type StoredLead } from "./store.js";
import type { FieldErrors } from "../contract/validation.js";

/** The request's fields of a status change, checked against the catalog; `errors` when the outcome is unknown. */
export function changeFields(
  state: LeadState,
  body: LeadStatusChangeRequest,
  now: string,
):
  | {
      fields: Omit<
        LeadStatusChangeResponse,
        | "id"
        | "leadId"
        | "leadName"
        | "createdAt"
        | "oldLeadStatusChangeId"
        | "oldLeadStatusChangeType"
        | "oldLeadStatusChangeOutcome"
        | "newLeadStatusChangeId"
      >;
    }
  | { errors: FieldErrors } {
  const status = statusForOutcome(state, body.outcome);
  if (!status) return { errors: { outcome: [`is not an active lead status; GET /lead-statuses lists them`] } };
  const byAutomation = body.changedByAutomationId != null;
  return {
    fields: {
      type: body.type,
      outcome: body.outcome,
      category: body.category ?? status.category ?? null,
      notes: body.notes ?? "",
      reason: body.reason ?? null,
      changedByUserId: byAutomation ? null : MOCK_USER_ID,
      changedByAutomationId: body.changedByAutomationId ?? null,
      changedAt: now,
      changeSource: body.changeSource ?? "API",
      timestamp: body.timestamp ?? now,
      updatedAt: now,
      followUpStatus: body.followUpStatus ?? null,
      callbackAt: body.callbackAt ?? null,
      taskDueAt: body.taskDueAt ?? null,
      appointmentStartAt: body.appointmentStartAt ?? null,
      appointmentEndAt: body.appointmentEndAt ?? null,
      appointmentNotes: body.appointmentNotes ?? null,
      assignedToUserId: body.assignedToUserId ?? null,
      relatedCallEventId: body.relatedCallEventId ?? null,
      isMissedCallFollowUp: body.isMissedCallFollowUp ?? false,
      sourceId: body.sourceId ?? null,
    },
  };
}

export function leadNameOf(stored: StoredLead): string | null {
  const { firstName, lastName } = stored.lead.contact;
  return [firstName, lastName].filter((s) => s != null && s !== "").join(" ") || null;
}

/** Makes the latest change of the lead's history its current status (or "New" when none is left). */
export function syncCurrentStatus(state: LeadState, stored: StoredLead, now: string): void {
  const history = state.historyByLead.get(stored.lead.id) ?? [];
  const last = history[history.length - 1];
  const status = last ? statusForOutcome(state, last.outcome) : undefined;
  const displayName = status?.name ?? last?.outcome ?? "New";
  const disposition = last && {
    id: last.id,
    outcome: last.outcome,
    displayName,
    changedAt: last.timestamp,
    changedByUserId: last.changedByUserId ?? null,
    changedByAutomationId: last.changedByAutomationId ?? null,
  };
  state.updateLead(stored, {
    ...stored.lead,
    currentDisposition: disposition ?? { ...INITIAL_DISPOSITION },
    currentLeadStatus:
      last && disposition ? { ...disposition, category: last.category ?? null, source: last.changeSource ?? null } : { ...INITIAL_STATUS },
    modifiedAt: now,
  });
}

/** A status change by id, with its lead's history and the lead. */
export function findStatusChange(
  state: LeadState,
  id: string,
): { change: LeadStatusChangeResponse; history: LeadStatusChangeResponse[]; stored: StoredLead } | undefined {
  const change = state.statusChanges.get(id);
  const stored = change && state.leadsById.get(change.leadId);
  const history = change && state.historyByLead.get(change.leadId);
  return change && stored && history ? { change, history, stored } : undefined;
}
