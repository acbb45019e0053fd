// operationId → implementation. Every operation of the contract needs an entry.
import type { OperationHandler } from "./context.js";
import { addLeadTags, removeLeadTag, replaceLeadTags } from "./lead-tags.js";
import { getLeadStatusHistory, setLeadStatus } from "./lead-status.js";
import { archiveLead, createExternalLead, createIntakeLead, deleteLead, getLead, unarchiveLead, updateLead } from "./leads.js";
import { listLeads } from "./list-leads.js";
import { archiveTag, createTag, listTags, updateTag } from "./tags.js";

export const operationHandlers: Readonly<Record<string, OperationHandler>> = {
  Leads_CreateExternal: createExternalLead,
  Leads_CreateIntake: createIntakeLead,
  Leads_GetAllForCurrentUser: listLeads,
  Leads_GetForCurrentUser: getLead,
  Leads_Update: updateLead,
  Leads_Delete: deleteLead,
  Leads_Archive: archiveLead,
  Leads_Unarchive: unarchiveLead,
  Leads_AddTags: addLeadTags,
  Leads_ReplaceTags: replaceLeadTags,
  Leads_RemoveTag: removeLeadTag,
  LeadStatusChanges_SetCurrent: setLeadStatus,
  LeadStatusChanges_GetByLeadId: getLeadStatusHistory,
  Tags_GetAllForCurrentOrganization: listTags,
  Tags_Create: createTag,
  Tags_Update: updateTag,
  Tags_Archive: archiveTag,
};
