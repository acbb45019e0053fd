// operationId → implementation. The type is a mapped type over the contract's operations:
// a missing handler, or one of another operation's type, does not compile.
import type { OperationHandlers } from "./context.js";
import { getLeadWorkflowStatus, listLeadCalls, listLeadConversations, listLeadEvents, listLeadSms } from "./lead-activity.js";
import { archiveLeadStatus, createLeadStatus, listLeadStatuses, updateLeadStatus } from "./lead-statuses.js";
import { addLeadTags, removeLeadTag, replaceLeadTags } from "./lead-tags.js";
import {
  deleteStatusChange,
  exportLeadStatusHistory,
  getLeadStatusHistory,
  getStatusChange,
  listOrganizationStatusChanges,
  setLeadStatus,
  updateStatusChange,
} from "./status-changes.js";
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
import { listLeads } from "./lead-list.js";
import { archiveTag, createTag, listTags, updateTag } from "./tags.js";

export const operationHandlers: OperationHandlers = {
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
