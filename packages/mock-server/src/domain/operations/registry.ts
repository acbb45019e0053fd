// operationId → implementation. Every operation of the contract needs an entry.
import type { OperationHandler } from "./context.js";
import { getLeadWorkflowStatus, listLeadCalls, listLeadConversations, listLeadEvents, listLeadSms } from "./lead-activity.js";
import { archiveLeadStatus, createLeadStatus, listLeadStatuses, updateLeadStatus } from "./lead-statuses.js";
import { addLeadTags, removeLeadTag, replaceLeadTags } from "./lead-tags.js";
import { exportLeadStatusHistory, getLeadStatusHistory, setLeadStatus } from "./status-changes.js";
import {
  archiveLead,
  createExternalLead,
  createIntakeLead,
  createIntakeLeadFromQuery,
  deleteLead,
  getLead,
  unarchiveLead,
  updateLead,
} from "./leads.js";
import { deleteStatusChange, getStatusChange, listOrganizationStatusChanges, updateStatusChange } from "./status-change-records.js";
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
  Leads_CreateIntakeFromQuery: createIntakeLeadFromQuery,
  Leads_GetWorkflowStatusForCurrentUser: getLeadWorkflowStatus,
  LeadStatusChanges_ExportByLeadId: exportLeadStatusHistory,
  LeadStatusChanges_Get: getStatusChange,
  LeadStatusChanges_Update: updateStatusChange,
  LeadStatusChanges_Delete: deleteStatusChange,
  LeadStatusChanges_GetAllForCurrentOrganization: listOrganizationStatusChanges,
  LeadStatuses_GetAll: listLeadStatuses,
  LeadStatuses_Create: createLeadStatus,
  LeadStatuses_Update: updateLeadStatus,
  LeadStatuses_Archive: archiveLeadStatus,
  Events_GetAllForLead: listLeadEvents,
  CallEvents_GetByLeadId: listLeadCalls,
  SmsEvents_GetByLeadId: listLeadSms,
  Conversations_GetConversationsByLead: listLeadConversations,
};
