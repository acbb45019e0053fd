// Records a lead's timeline as it changes: created, updated, status changed, archived, tagged.
import { type EventTableRow, type LeadState, MOCK_USER_ID } from "./store.js";

export type LeadEventKind = "created" | "updated" | "status_changed" | "archived" | "unarchived" | "tagged" | "untagged";

const TIMELINE: Record<LeadEventKind, NonNullable<EventTableRow["timelineType"]>> = {
  created: "LeadCreated",
  updated: "LeadUpdated",
  status_changed: "LeadStatusChange",
  archived: "LeadUpdated",
  unarchived: "LeadUpdated",
  tagged: "LeadUpdated",
  untagged: "LeadUpdated",
};

/** Appends one event to the lead's timeline. `related` names the record it is about when that is not the lead. */
export function recordLeadEvent(
  state: LeadState,
  leadId: string,
  kind: LeadEventKind,
  summary: string,
  at: string,
  related: { type: string; id: string } = { type: "lead", id: leadId },
): void {
  const event: EventTableRow = {
    id: state.newId("evt"),
    eventType: `lead.${kind}`,
    eventCategory: "lead",
    timelineType: TIMELINE[kind],
    timelineCategory: "lead",
    conversationId: null,
    leadId,
    relatedEntityType: related.type,
    relatedEntityId: related.id,
    summary,
    media: [],
    direction: null,
    status: "Completed",
    statusReason: null,
    trafficType: "RealLead",
    wasManuallyOverridden: false,
    retryCount: 0,
    createdAt: at,
    createdBy: MOCK_USER_ID,
    actorUserId: MOCK_USER_ID,
    actorDisplayName: "Mock user",
    actorEmail: null,
  };
  state.append(state.eventsByLead, leadId, event, state.limits.maxEventsPerLead);
}
