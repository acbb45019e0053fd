// Public entry of @leadping/mock-server.
export { createMockApi } from "./fetch-handler.js";
export type { FetchLike, MockApi } from "./fetch-handler.js";
export { startMockServer } from "./node-server.js";
export type { MockServerOptions, RunningMockServer } from "./node-server.js";
export type { MockApiOptions, MockAuthOptions, MockClock } from "./options.js";
export type { MockLimits } from "./limits.js";
export type { MockRateLimitOptions } from "./rate-limit.js";
export type { DropFault, FaultRule, LatencyFault, RateLimitFault, ServerErrorFault } from "./faults.js";
export type { MockStore } from "./store.js";
export type { OpenApiDocument } from "./spec.js";
export { MAX_BODY_BYTES } from "./exchange.js";
export { createHostAllowList, hostNameOf, loopbackHostNames } from "./host-allow-list.js";
export type {
  LeadEvent,
  LeadEventType,
  MockWebhookOptions,
  MockWebhooks,
  WebhookAttempt,
  WebhookDeliveryMode,
  WebhookEndpoint,
  WebhookEndpointStats,
} from "./webhooks/index.js";
