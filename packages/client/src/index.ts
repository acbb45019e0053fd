// Public entry of @leadping/client.
export { createLeadpingClient } from "./client.js";
export type { LeadpingClient, LeadpingRawClient } from "./client.js";
export type { Credential, FetchInit, FetchLike, LeadpingClientOptions, RequestOptions, RetryClock } from "./options.js";
export type { RetryBackoff } from "./retry.js";
export type { LeadpingLogEvent, LogLevel, Logger } from "./logging.js";
export type { AttemptOutcome, AttemptTracing, TracedAttempt } from "./attempt-tracing.js";
export type { CallResponse, LeadpingPromise, WithResponse } from "./call.js";
export { clientVersion } from "./version.js";
export { LEADPING_RATE_LIMIT, guardedWindowMs, inProcessRateBudget } from "./rate-budget.js";
export type { RateBudget, RateBudgetOptions, RatePartition } from "./rate-budget.js";
export type { LeadsResource } from "./resources/leads.js";
export type { LeadTagsResource } from "./resources/lead-tags.js";
export type { LeadStatusResource } from "./resources/lead-status.js";
export type { LeadStatusesResource } from "./resources/lead-statuses.js";
export type { StatusChangesResource } from "./resources/status-changes.js";
export type {
  CallEventsResource,
  ConversationsResource,
  LeadEventsResource,
  LeadPagedList,
  SmsEventsResource,
} from "./resources/lead-activity.js";
export type { TagListParams, TagsResource } from "./resources/tags.js";
export type { LeadListParams, PageParams, PagedRows } from "./pagination.js";
export type { Middleware } from "openapi-fetch";
export {
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  LeadpingAbortError,
  LeadpingApiError,
  LeadpingConnectionError,
  LeadpingError,
  LeadpingPaginationError,
  LeadpingRedirectError,
  LeadpingResponseTooLargeError,
  LeadpingTimeoutError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
} from "./errors.js";
export type { RequestTarget } from "./errors.js";
export { toLeadRequest } from "./lead-request.js";
export { LeadModifyConflictError } from "./modify.js";
export type { LeadChange, LeadPatch, ModifyOptions } from "./modify.js";
export { LeadCreateError } from "./create-once.js";
export type { CreateOptions, LeadIdentity } from "./create-once.js";
