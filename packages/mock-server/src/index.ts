// Public entry of @leadping/mock-server.
export { createMockApi } from "./http/fetch-handler.js";
export type { FetchLike, MockApi } from "./http/fetch-handler.js";
export { startMockServer } from "./http/node-server.js";
export type { MockServerOptions, RunningMockServer } from "./http/node-server.js";
export type { MockApiOptions, MockAuthOptions, MockClock } from "./options.js";
export type { MockLimits } from "./limits.js";
export type { MockRateLimitOptions } from "./http/rate-limit.js";
export type { DropFault, FaultRule, LatencyFault, RateLimitFault, ServerErrorFault } from "./http/faults.js";
export type { MockStore } from "./domain/store.js";
export type { OpenApiDocument } from "./contract/spec.js";
export { MAX_BODY_BYTES } from "./http/exchange.js";
export { HARD_BODY_CAP_BYTES, RequestBodyTooLargeError, readNodeBody, toFetchRequest, writeFetchResponse } from "./http/node-adapter.js";
export type { NodeBody } from "./http/node-adapter.js";
export { createHostAllowList, hostNameOf, loopbackHostNames } from "./http/host-allow-list.js";
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
