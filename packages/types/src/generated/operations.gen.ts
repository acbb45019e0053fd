// Generated from spec/ (bundled as packages/types/openapi.json) by packages/types/scripts/generate.mjs. Do not edit.
// Change spec/ and run `pnpm generate` instead.

/** What the client, the local API and the playground need to know about one operation. */
export interface OperationFacts {
  /** The contract's operationId. */
  readonly operationId: string;
  /** The credential its `security` asks for: the organization key, a lead source's credentials, or none. */
  readonly credentials: "organization" | "source" | "none";
  /** Not idempotent (`x-leadping-create`): never replayed once it may have reached the server. */
  readonly create: boolean;
  /** Names of its query parameters. */
  readonly query: readonly string[];
}

/** Every operation of the contract, keyed `"METHOD /path/{template}"`. */
export const operationTable = {
  "DELETE /lead-status-changes/{id}": { operationId: "LeadStatusChanges_Delete", credentials: "organization", create: false, query: [] },
  "DELETE /lead-statuses/{id}": { operationId: "LeadStatuses_Archive", credentials: "organization", create: false, query: [] },
  "DELETE /leads/{id}": { operationId: "Leads_Delete", credentials: "organization", create: false, query: [] },
  "DELETE /leads/{id}/tags/{tagId}": { operationId: "Leads_RemoveTag", credentials: "organization", create: false, query: [] },
  "DELETE /tags/{id}": { operationId: "Tags_Archive", credentials: "organization", create: false, query: [] },
  "GET /lead-status-changes/{id}": { operationId: "LeadStatusChanges_Get", credentials: "organization", create: false, query: [] },
  "GET /lead-statuses": { operationId: "LeadStatuses_GetAll", credentials: "organization", create: false, query: [] },
  "GET /leads/intake": { operationId: "Leads_CreateIntakeFromQuery", credentials: "source", create: true, query: ["Address1","Address2","BirthDate","City","DateOfBirth","DirectPostPrice","Email","ExternalId","FirstName","Gender","LandingPage","LastName","Phone","PhoneType","PostalCode","Price","Product","Referrer","SellerLeadId","SellerLeadIdentifier","State","SubId","TagIds","TagNames","TrustedFormUrl","UtmCampaign","UtmContent","UtmMedium","UtmSource","UtmTerm","Vertical","Zip"] },
  "GET /leads/{id}": { operationId: "Leads_GetForCurrentUser", credentials: "organization", create: false, query: [] },
  "GET /leads/{id}/workflow-status": { operationId: "Leads_GetWorkflowStatusForCurrentUser", credentials: "organization", create: false, query: [] },
  "GET /leads/{leadId}/status-history": { operationId: "LeadStatusChanges_GetByLeadId", credentials: "organization", create: false, query: [] },
  "GET /leads/{leadId}/status-history/export": { operationId: "LeadStatusChanges_ExportByLeadId", credentials: "organization", create: false, query: [] },
  "GET /tags": { operationId: "Tags_GetAllForCurrentOrganization", credentials: "organization", create: false, query: ["includeArchived"] },
  "POST /conversations/lead/{leadId}": { operationId: "Conversations_GetConversationsByLead", credentials: "organization", create: false, query: [] },
  "POST /events/calls/lead/{leadId}": { operationId: "CallEvents_GetByLeadId", credentials: "organization", create: false, query: [] },
  "POST /events/leads/{leadId}": { operationId: "Events_GetAllForLead", credentials: "organization", create: false, query: [] },
  "POST /events/sms/lead/{leadId}": { operationId: "SmsEvents_GetByLeadId", credentials: "organization", create: false, query: [] },
  "POST /lead-status-changes/all/my": { operationId: "LeadStatusChanges_GetAllForCurrentOrganization", credentials: "organization", create: false, query: [] },
  "POST /lead-statuses": { operationId: "LeadStatuses_Create", credentials: "organization", create: true, query: [] },
  "POST /leads": { operationId: "Leads_CreateExternal", credentials: "source", create: true, query: [] },
  "POST /leads/all/my": { operationId: "Leads_GetAllForCurrentUser", credentials: "organization", create: false, query: ["archiveFilter","tagIds","tagMatchAll","untagged"] },
  "POST /leads/intake": { operationId: "Leads_CreateIntake", credentials: "source", create: true, query: [] },
  "POST /leads/{id}/archive": { operationId: "Leads_Archive", credentials: "organization", create: false, query: [] },
  "POST /leads/{id}/tags": { operationId: "Leads_AddTags", credentials: "organization", create: false, query: [] },
  "POST /leads/{id}/unarchive": { operationId: "Leads_Unarchive", credentials: "organization", create: false, query: [] },
  "POST /tags": { operationId: "Tags_Create", credentials: "organization", create: true, query: [] },
  "PUT /lead-status-changes/{id}": { operationId: "LeadStatusChanges_Update", credentials: "organization", create: false, query: [] },
  "PUT /lead-statuses/{id}": { operationId: "LeadStatuses_Update", credentials: "organization", create: false, query: [] },
  "PUT /leads/{id}": { operationId: "Leads_Update", credentials: "organization", create: false, query: [] },
  "PUT /leads/{id}/tags": { operationId: "Leads_ReplaceTags", credentials: "organization", create: false, query: [] },
  "PUT /leads/{leadId}/status": { operationId: "LeadStatusChanges_SetCurrent", credentials: "organization", create: false, query: [] },
  "PUT /tags/{id}": { operationId: "Tags_Update", credentials: "organization", create: false, query: [] },
} as const satisfies Record<string, OperationFacts>;

/** One operation of the contract, such as `"PUT /leads/{id}"`. */
export type OperationKey = keyof typeof operationTable;

/** The credentials and create flag of one operation: what a client needs at run time. */
export type OperationPolicy = Pick<OperationFacts, "credentials" | "create">;

/** The operations whose policy is not the default (organization credentials, not a create). */
export type OperationWithPolicy = keyof typeof operationPolicies;

/**
 * Every operation whose policy differs from the default
 * `{ credentials: "organization", create: false }`: the same facts as
 * `operationTable`, projected so small that a browser bundle can carry them.
 */
export const operationPolicies = {
  "GET /leads/intake": { credentials: "source", create: true },
  "POST /lead-statuses": { credentials: "organization", create: true },
  "POST /leads": { credentials: "source", create: true },
  "POST /leads/intake": { credentials: "source", create: true },
  "POST /tags": { credentials: "organization", create: true },
} as const satisfies Partial<Record<OperationKey, OperationPolicy>>;

/** The default policy, for every operation not in `operationPolicies`. */
export const defaultOperationPolicy: OperationPolicy = { credentials: "organization", create: false };
