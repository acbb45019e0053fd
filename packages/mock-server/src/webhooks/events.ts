// The webhook payload of a lead change. Leadping publishes no event catalog: this shape is
// the local API's own; the event names come from the one list in domain/lead-changes.ts.
import type { LeadResponse } from "@leadping/types";
import type { LeadChange, LeadChangeKind } from "../domain/lead-changes.js";

/** The lead events the local API sends. */
export type LeadEventType = `lead.${LeadChangeKind}`;

/** The JSON body of every delivery: `data` is the lead after the change (before it, for `lead.deleted`). */
export interface LeadEvent {
  type: LeadEventType;
  /** When the change happened, ISO 8601. */
  timestamp: string;
  data: LeadResponse;
}

/** The webhook for one change; `render` gives the lead as the API returns it. */
export function leadEventOf(change: LeadChange, render: (lead: LeadChange["lead"]) => LeadResponse): LeadEvent {
  // `render` builds a fresh object, and the sender serializes it at once: no copy needed.
  return { type: `lead.${change.kind}`, timestamp: change.at, data: render(change.lead) };
}
