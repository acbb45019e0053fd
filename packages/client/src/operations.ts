// Every operation of the contract the resources call, with its retry and auth
// policy. Retry safety is per operation: the three creates are not idempotent.
import type { paths } from "@leadping/types";
import type { TransportOperation } from "./transport.js";

export type HttpMethod = "GET" | "PUT" | "POST" | "DELETE";

/** One operation of the contract. */
export interface Operation extends TransportOperation {
  /** The contract's operationId, quoted in errors. */
  id: string;
  method: HttpMethod;
  path: keyof paths;
}

function operation(id: string, method: HttpMethod, path: keyof paths, create = false, intake = false): Operation {
  return { id, method, path, create, intake };
}

export const createLead = operation("Leads_CreateExternal", "POST", "/leads", true, true);
export const createLeadIntake = operation("Leads_CreateIntake", "POST", "/leads/intake", true, true);
export const getLead = operation("Leads_GetForCurrentUser", "GET", "/leads/{id}");
export const updateLead = operation("Leads_Update", "PUT", "/leads/{id}");
export const deleteLead = operation("Leads_Delete", "DELETE", "/leads/{id}");
export const archiveLead = operation("Leads_Archive", "POST", "/leads/{id}/archive");
export const unarchiveLead = operation("Leads_Unarchive", "POST", "/leads/{id}/unarchive");
export const listLeads = operation("Leads_GetAllForCurrentUser", "POST", "/leads/all/my");
export const addLeadTags = operation("Leads_AddTags", "POST", "/leads/{id}/tags");
export const replaceLeadTags = operation("Leads_ReplaceTags", "PUT", "/leads/{id}/tags");
export const removeLeadTag = operation("Leads_RemoveTag", "DELETE", "/leads/{id}/tags/{tagId}");
export const setLeadStatus = operation("LeadStatusChanges_SetCurrent", "PUT", "/leads/{leadId}/status");
export const getLeadStatusHistory = operation("LeadStatusChanges_GetByLeadId", "GET", "/leads/{leadId}/status-history");
export const listTags = operation("Tags_GetAllForCurrentOrganization", "GET", "/tags");
export const createTag = operation("Tags_Create", "POST", "/tags", true);
export const updateTag = operation("Tags_Update", "PUT", "/tags/{id}");
export const archiveTag = operation("Tags_Archive", "DELETE", "/tags/{id}");

const staticOperations = [createLead, createLeadIntake, listLeads, listTags, createTag];
const ordinary: TransportOperation = { create: false, intake: false };

/**
 * The policy for a request seen by the raw client, from its method and its
 * path below the base URL. Only parameterless paths can be creates or intake,
 * so an exact match is enough and no id can be mistaken for one.
 */
export function policyFor(method: string, path: string): TransportOperation {
  return staticOperations.find((op) => op.method === method && op.path === path) ?? ordinary;
}
