// The one stream of lead changes. A handler records each change once; the timeline and the
// webhook sender subscribe, so whatever appears in a lead's timeline is delivered as a webhook
// and the other way round, whichever operation made the change.
import type { StoredLead } from "./store.js";

/** Every kind of lead change, in one place: the timeline's `eventType` and the webhook `type` are `lead.<kind>`. */
export const LEAD_CHANGE_KINDS = ["created", "updated", "status_changed", "archived", "unarchived", "tags_changed", "deleted"] as const;

/** One kind of lead change, such as `tags_changed`. */
export type LeadChangeKind = (typeof LEAD_CHANGE_KINDS)[number];

/** One change of one lead. */
export interface LeadChange {
  kind: LeadChangeKind;
  /** The lead after the change (before it, for `deleted`). */
  lead: StoredLead;
  /** When it happened, ISO 8601. */
  at: string;
  /** One line for the timeline, such as "Tags set to Hot, Web.". */
  summary: string;
  /** The record the change is about when that is not the lead itself, such as a status change. */
  related?: { type: string; id: string };
}

export type LeadChangeListener = (change: LeadChange) => void;
export type LeadChangeRecorder = (change: LeadChange) => void;

/** Hands each recorded change to every subscriber, in subscription order. */
export class LeadChangeStream {
  private readonly listeners: LeadChangeListener[] = [];

  subscribe(listener: LeadChangeListener): void {
    this.listeners.push(listener);
  }

  readonly record: LeadChangeRecorder = (change) => {
    for (const listener of this.listeners) listener(change);
  };
}
