// Public options of the mock's webhook sender.
import type { LeadEventType } from "./events.js";

/**
 * How deliveries to one endpoint are authenticated: Leadping's four delivery
 * modes. Only `signature` signs (Standard Webhooks); give two secrets during key
 * rotation and every delivery carries both signatures.
 */
export type WebhookDeliveryMode =
  | { mode: "signature"; secrets: string[] }
  | { mode: "bearer"; token: string }
  | { mode: "header"; name: string; value: string }
  | { mode: "none" };

/** One receiver of lead events. */
export interface WebhookEndpoint {
  /** Where deliveries are POSTed. */
  url: string;
  /** How deliveries are authenticated. @default { mode: "none" } */
  delivery?: WebhookDeliveryMode;
  /** The event types sent to this endpoint. @default every lead event */
  events?: LeadEventType[];
}

/** Options of the webhook sender (`webhooks` in `createMockApi` / `startMockServer`). */
export interface MockWebhookOptions {
  /** Receivers of lead events; more can be added at run time with `api.webhooks.addEndpoint`. @default [] */
  endpoints?: WebhookEndpoint[];
  /** Attempts per delivery, the first one included. @default 5 */
  maxAttempts?: number;
  /** Wait before the first retry in milliseconds; it doubles for each further retry. @default 1000 */
  retryDelayMs?: number;
  /** How long one attempt may take before it counts as failed, in milliseconds. @default 10000 */
  timeoutMs?: number;
  /** Most attempts open at once to one endpoint; further deliveries wait their turn. @default 8 */
  maxInFlightPerEndpoint?: number;
  /** Most deliveries one endpoint holds (open, waiting or between retries); an event beyond that is dropped and counted in `api.webhooks.stats()`. @default 1000 */
  maxPendingPerEndpoint?: number;
  /** The fetch used to deliver. @default globalThis.fetch */
  fetch?: (input: string, init: RequestInit) => Promise<Response>;
}
