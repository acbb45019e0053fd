// The webhook payload of a lead change, as the contract's `webhooks` (spec/webhooks) declare
// it; the event names come from the one list in domain/lead-changes.ts, which must match them.
import type { LeadEventType as ContractLeadEventType, LeadResponse, LeadWebhookEvent } from "@leadping/types";
import type { LeadChange, LeadChangeKind } from "../domain/lead-changes.js";

/** The lead events the local API sends: the contract's `LeadEventType`. */
export type LeadEventType = ContractLeadEventType;

/** The JSON body of every delivery: `data` is the lead after the change (before it, for `lead.deleted`). */
export type LeadEvent = LeadWebhookEvent;

// Compile-time check that the change kinds and the contract's event types are the same set.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const kindsMatchContract: Same<`lead.${LeadChangeKind}`, ContractLeadEventType> = true;
void kindsMatchContract;

/** The webhook for one change; `render` gives the lead as the API returns it. */
export function leadEventOf(change: LeadChange, render: (lead: LeadChange["lead"]) => LeadResponse): LeadEvent {
  // `render` builds a fresh object, and the sender serializes it at once: no copy needed.
  return { type: `lead.${change.kind}`, timestamp: change.at, data: render(change.lead) };
}
