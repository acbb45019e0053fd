// Public entry of @leadping/types: the generated contract types plus named
// aliases for the schemas services use most. Hand-written; the types it
// re-exports come from ./generated/openapi.gen.ts.
import type { components, operations, paths, webhooks } from "./generated/openapi.gen.js";

export type { components, operations, paths, webhooks, $defs } from "./generated/openapi.gen.js";
export { defaultOperationPolicy, operationPolicies, operationTable } from "./generated/operations.gen.js";
export type { OperationFacts, OperationKey, OperationPolicy, OperationWithPolicy } from "./generated/operations.gen.js";
export { matchOperation, operationIndex, operationRoutes } from "./generated/operation-index.gen.js";
export type {
  IndexedOperation,
  IndexedParameter,
  IndexedResponse,
  OperationMatch,
  OperationRoute,
  PathOperationId,
} from "./generated/operation-index.gen.js";

// The schemas services use most, each under its contract name (declared by the generator with the
// schema's description, so TypeScript's messages name them: `LeadRequest`, not its expansion).
export type {
  LeadRequest,
  LeadResponse,
  LeadIntakeRequest,
  LeadMetadata,
  LeadContact,
  LeadContactRequest,
  LeadProfile,
  StreetAddress,
  Coordinate,
  Phone,
  PhoneRequest,
  PhoneLookup,
  PhoneNumberLocation,
  AdminEnablementOverride,
  CurrentDisposition,
  ProblemDetails,
  RequestDataOptions,
  OrderByOption,
  ExactMatchFilter,
  RangeFilter,
  LeadTableRow,
  PagedResultOfLeadTableRow,
  LeadArchiveRequest,
  LeadArchiveReason,
  LeadTagsRequest,
  LeadStatusChangeRequest,
  LeadStatusChangeResponse,
  LeadStatusCategory,
  LeadStatusChangeSource,
  LeadStatusResponse,
  LeadStatusRequest,
  LeadStatusChangeExportResponse,
  LeadStatusChangeExportRow,
  AutomationWorkflowStatusResponse,
  EventTableRow,
  CallEventTableRow,
  SmsEventTableRow,
  ConversationResponse,
  TagRequest,
  TagResponse,
  TagSummary,
} from "./generated/openapi.gen.js";

type Schemas = components["schemas"];

/** One page of the lead list. */
export type LeadPage = Schemas["PagedResultOfLeadTableRow"];
/** Query parameters of `POST /leads/all/my`. */
export type LeadListQuery = NonNullable<operations["Leads_GetAllForCurrentUser"]["parameters"]["query"]>;

/** One page of the organization's status changes. */
export type LeadStatusChangePage = Schemas["PagedResultOfLeadStatusChangeResponse"];
/** A page of a lead's timeline events. */
export type LeadEventPage = Schemas["PagedResultOfEventTableRow"];
/** A page of a lead's call events. */
export type CallEventPage = Schemas["PagedResultOfCallEventTableRow"];
/** A page of a lead's SMS events. */
export type SmsEventPage = Schemas["PagedResultOfSmsEventTableRow"];
/** A page of a lead's conversations. */
export type ConversationPage = Schemas["PagedResultOfConversationResponse"];
/** Query parameters of `GET /leads/intake`: a lead sent as query parameters (source credentials go in headers). */
export type LeadIntakeQuery = NonNullable<operations["Leads_CreateIntakeFromQuery"]["parameters"]["query"]>;

/** Every operationId of the contract. */
export type OperationId = keyof operations;
/** Every path template of the contract. */
export type ApiPath = keyof paths;

/** The kinds of lead event webhook endpoints receive (`lead.created`, `lead.updated`, …). */
export type LeadEventType = Schemas["LeadEventType"];
/** Each lead event by its `type`: the request body of the contract's `webhooks` entry of that name. */
export type LeadWebhookEventMap = {
  [E in keyof webhooks]: NonNullable<webhooks[E]["post"]["requestBody"]>["content"]["application/json"];
};
/** One lead event delivered by webhook: a union told apart by `type`, so `switch (event.type)` narrows it. */
export type LeadWebhookEvent = LeadWebhookEventMap[keyof LeadWebhookEventMap];
