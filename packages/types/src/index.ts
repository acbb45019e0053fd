// Public entry of @leadping/types: the generated contract types plus named
// aliases for the schemas services use most. Hand-written; the types it
// re-exports come from ./generated/openapi.gen.ts.
import type { components, operations, paths, webhooks } from "./generated/openapi.gen.js";

export type { components, operations, paths, webhooks, $defs } from "./generated/openapi.gen.js";
export { defaultOperationPolicy, operationPolicies, operationTable } from "./generated/operations.gen.js";
export type { OperationFacts, OperationKey, OperationPolicy, OperationWithPolicy } from "./generated/operations.gen.js";

type Schemas = components["schemas"];

/** Writable fields of a lead: the body of `POST /leads` and `PUT /leads/{id}`. */
export type LeadRequest = Schemas["LeadRequest"];
/** A lead as Leadping stores it. */
export type LeadResponse = Schemas["LeadResponse"];
/** Flat lead record accepted by `POST /leads/intake`. */
export type LeadIntakeRequest = Schemas["LeadIntakeRequest"];
export type LeadMetadata = Schemas["LeadMetadata"];
export type LeadContact = Schemas["LeadContact"];
export type LeadContactRequest = Schemas["LeadContactRequest"];
export type LeadProfile = Schemas["LeadProfile"];
export type StreetAddress = Schemas["StreetAddress"];
export type Coordinate = Schemas["Coordinate"];
export type Phone = Schemas["Phone"];
export type PhoneRequest = Schemas["PhoneRequest"];
export type PhoneLookup = Schemas["PhoneLookup"];
export type PhoneNumberLocation = Schemas["PhoneNumberLocation"];
export type AdminEnablementOverride = Schemas["AdminEnablementOverride"];
export type CurrentDisposition = Schemas["CurrentDisposition"];
/** RFC 9457 problem details returned with every 4xx/5xx. */
export type ProblemDetails = Schemas["ProblemDetails"];

/** Paging, sorting, search and filter options of `POST /leads/all/my`. */
export type RequestDataOptions = Schemas["RequestDataOptions"];
export type OrderByOption = Schemas["OrderByOption"];
export type ExactMatchFilter = Schemas["ExactMatchFilter"];
export type RangeFilter = Schemas["RangeFilter"];
/** One row of the lead list. */
export type LeadTableRow = Schemas["LeadTableRow"];
/** One page of the lead list. */
export type LeadPage = Schemas["PagedResultOfLeadTableRow"];
export type PagedResultOfLeadTableRow = Schemas["PagedResultOfLeadTableRow"];
/** Query parameters of `POST /leads/all/my`. */
export type LeadListQuery = NonNullable<operations["Leads_GetAllForCurrentUser"]["parameters"]["query"]>;

export type LeadArchiveRequest = Schemas["LeadArchiveRequest"];
export type LeadArchiveReason = Schemas["LeadArchiveReason"];
export type LeadTagsRequest = Schemas["LeadTagsRequest"];
export type LeadStatusChangeRequest = Schemas["LeadStatusChangeRequest"];
export type LeadStatusChangeResponse = Schemas["LeadStatusChangeResponse"];
export type LeadStatusCategory = Schemas["LeadStatusCategory"];
export type LeadStatusChangeSource = Schemas["LeadStatusChangeSource"];

/** A status of the organization's lead status catalog. */
export type LeadStatusResponse = Schemas["LeadStatusResponse"];
/** The body of `POST /lead-statuses` and `PUT /lead-statuses/{id}`. */
export type LeadStatusRequest = Schemas["LeadStatusRequest"];
/** A lead's status history as an export (`GET /leads/{leadId}/status-history/export`). */
export type LeadStatusChangeExportResponse = Schemas["LeadStatusChangeExportResponse"];
export type LeadStatusChangeExportRow = Schemas["LeadStatusChangeExportRow"];
/** One page of the organization's status changes. */
export type LeadStatusChangePage = Schemas["PagedResultOfLeadStatusChangeResponse"];
/** A lead's automation workflow status (`GET /leads/{id}/workflow-status`). */
export type AutomationWorkflowStatusResponse = Schemas["AutomationWorkflowStatusResponse"];
/** One event of a lead's timeline, and a page of them. */
export type EventTableRow = Schemas["EventTableRow"];
export type LeadEventPage = Schemas["PagedResultOfEventTableRow"];
/** One call event of a lead, and a page of them. */
export type CallEventTableRow = Schemas["CallEventTableRow"];
export type CallEventPage = Schemas["PagedResultOfCallEventTableRow"];
/** One SMS event of a lead, and a page of them. */
export type SmsEventTableRow = Schemas["SmsEventTableRow"];
export type SmsEventPage = Schemas["PagedResultOfSmsEventTableRow"];
/** One conversation of a lead, and a page of them. */
export type ConversationResponse = Schemas["ConversationResponse"];
export type ConversationPage = Schemas["PagedResultOfConversationResponse"];
/** Query parameters of `GET /leads/intake`: a lead sent as query parameters (source credentials go in headers). */
export type LeadIntakeQuery = NonNullable<operations["Leads_CreateIntakeFromQuery"]["parameters"]["query"]>;

export type TagRequest = Schemas["TagRequest"];
export type TagResponse = Schemas["TagResponse"];
export type TagSummary = Schemas["TagSummary"];

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
