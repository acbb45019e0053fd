// The mock's webhook sender: lead events → Standard Webhooks deliveries.
export { WebhookSender } from "./sender.js";
export type { MockWebhooks, WebhookAttempt } from "./sender.js";
export type { WebhookEndpointStats } from "./delivery-limit.js";
export { leadEventOf } from "./events.js";
export type { LeadEvent, LeadEventType } from "./events.js";
export type { MockWebhookOptions, WebhookDeliveryMode, WebhookEndpoint } from "./options.js";
