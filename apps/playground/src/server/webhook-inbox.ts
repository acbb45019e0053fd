// The playground's webhook receiver: the embedded local API sends it lead events
// over HTTP, it verifies each with @leadping/client/webhooks and keeps the
// newest for the inbox panel as verified, duplicate or rejected.
import { createWebhookHandler, type WebhookOutcome } from "@leadping/client/webhooks";
import type { MockWebhooks } from "@leadping/mock-server";
import type { InboxEntry } from "../shared/inbox-entry.js";

/** Where the receiver is mounted on the playground server. */
export const inboxPath = "/_playground/webhooks";

const maxEntries = 50;

/** The receiver plus what it has seen. */
export interface WebhookInbox {
  /** Handles one delivery (`POST /_playground/webhooks`). */
  receive(request: Request): Promise<Response>;
  /** The newest deliveries first. */
  entries(): InboxEntry[];
  /** Lets the local API deliver here once the server listens. */
  connect(webhooks: MockWebhooks): void;
  /** Registers `url` (this server's inbox) as an endpoint of the connected local API. */
  listenAt(url: string): void;
  /** Stops the connected local API's deliveries and retries (the server is stopping). */
  close(): void;
}

/** A random secret for this process; it never leaves the server. */
function newSecret(): string {
  const key = crypto.getRandomValues(new Uint8Array(32));
  return `whsec_${btoa(String.fromCharCode(...key))}`;
}

function entryFor(outcome: WebhookOutcome, receivedAt: string): InboxEntry {
  if (outcome.kind === "rejected")
    return {
      verdict: "rejected",
      webhookId: null,
      eventType: null,
      leadId: null,
      reason: outcome.error?.reason ?? `status ${outcome.status}`,
      receivedAt,
    };
  const payload = outcome.delivery.payload;
  const event = typeof payload === "object" && payload !== null ? payload : {};
  const eventType = "type" in event && typeof event.type === "string" ? event.type : null;
  const data = "data" in event && typeof event.data === "object" && event.data !== null ? event.data : {};
  const leadId = "id" in data && typeof data.id === "string" ? data.id : null;
  const verdict = outcome.kind === "duplicate" ? "duplicate" : "verified";
  return {
    verdict,
    webhookId: outcome.delivery.id,
    eventType,
    leadId,
    reason: outcome.kind === "failed" ? "handler failed" : null,
    receivedAt,
  };
}

/** Creates the inbox with a fresh secret. */
export function createWebhookInbox(): WebhookInbox {
  const secret = newSecret();
  const entries: InboxEntry[] = [];
  let webhooks: MockWebhooks | undefined;
  const receive = createWebhookHandler({
    secret,
    // Showing the delivery is all the playground does with it.
    onDelivery: () => undefined,
    onOutcome: (outcome) => {
      entries.unshift(entryFor(outcome, new Date().toISOString()));
      entries.length = Math.min(entries.length, maxEntries);
    },
  });
  return {
    receive,
    entries: () => entries.map((entry) => ({ ...entry })),
    connect: (target) => void (webhooks = target),
    listenAt: (url) => webhooks?.addEndpoint({ url, delivery: { mode: "signature", secrets: [secret] } }),
    close: () => webhooks?.close(),
  };
}
