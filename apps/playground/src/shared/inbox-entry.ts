// One webhook delivery as the playground's inbox shows it (server → page).

/** What the playground's receiver made of one delivery. */
export interface InboxEntry {
  /** `verified` (new and accepted), `duplicate` (a retry of a handled webhook-id) or `rejected` (failed verification). */
  verdict: "verified" | "duplicate" | "rejected";
  /** The delivery's `webhook-id`, when it verified. */
  webhookId: string | null;
  /** The event type from the payload, such as `lead.updated`. */
  eventType: string | null;
  /** The lead the event is about. */
  leadId: string | null;
  /** Why it was rejected (a `WebhookVerificationReason`), or null. */
  reason: string | null;
  /** When the playground received it, ISO 8601. */
  receivedAt: string;
}
