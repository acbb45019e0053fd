// Public entry of @leadping/client/webhooks: receiving Leadping's signed deliveries.
// Its own subpath so that bundles making only API calls do not carry it.
export { verifyWebhook } from "./verify.js";
export type { VerifiedWebhook, VerifyWebhookOptions, WebhookBody, WebhookHeaders } from "./verify.js";
export { WebhookVerificationError } from "./errors.js";
export type { WebhookVerificationReason } from "./errors.js";
export type { WebhookSecrets } from "./secrets.js";
export { createWebhookHandler } from "./handler.js";
export type { WebhookHandlerOptions, WebhookOutcome } from "./handler.js";
export { createMemorySeenStore } from "./seen-store.js";
export type { MemorySeenStoreOptions, SeenWebhookStore } from "./seen-store.js";
export { createNodeWebhookHandler } from "./node.js";
export type { NodeWebhookRequest, NodeWebhookResponse } from "./node.js";
export type { LeadEventType, LeadWebhookEvent, LeadWebhookEventMap } from "@leadping/types";
