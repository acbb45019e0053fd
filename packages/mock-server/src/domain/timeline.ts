// A lead's timeline: one event per lead change, as the change stream reports them.
import type { LeadChange, LeadChangeKind } from "./lead-changes.js";
import { type EventTableRow, type LeadState, MOCK_USER_ID } from "./store.js";

const TIMELINE: Record<LeadChangeKind, NonNullable<EventTableRow["timelineType"]>> = {
  created: "LeadCreated",
  updated: "LeadUpdated",
  status_changed: "LeadStatusChange",
  archived: "LeadUpdated",
  unarchived: "LeadUpdated",
  tags_changed: "LeadUpdated",
  deleted: "LeadUpdated",
};

/** Appends the change to its lead's timeline (a deleted lead's timeline goes with it). */
export function recordTimelineEvent(state: LeadState, change: Omit<LeadChange, "lead"> & { leadId: string }): void {
  if (change.kind === "deleted") return;
  const { leadId } = change;
  const related = change.related ?? { type: "lead", id: leadId };
  const event: EventTableRow = {
    id: state.newId("evt"),
    eventType: `lead.${change.kind}`,
    eventCategory: "lead",
    timelineType: TIMELINE[change.kind],
    timelineCategory: "lead",
    conversationId: null,
    leadId,
    relatedEntityType: related.type,
    relatedEntityId: related.id,
    summary: change.summary,
    media: [],
    direction: null,
    status: "Completed",
    statusReason: null,
    trafficType: "RealLead",
    wasManuallyOverridden: false,
    retryCount: 0,
    createdAt: change.at,
    createdBy: MOCK_USER_ID,
    actorUserId: MOCK_USER_ID,
    actorDisplayName: "Mock user",
    actorEmail: null,
  };
  state.append(state.eventsByLead, leadId, event, state.limits.maxEventsPerLead);
}
