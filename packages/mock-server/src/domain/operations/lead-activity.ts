// A lead's timeline, calls, SMS messages, conversations and automation runs.
import type { RequestDataOptions } from "@leadping/types";
import { newestFirst, pageOf } from "../lists/paging.js";
import type { LeadState } from "../store.js";
import { type OperationHandler, notFound, ok } from "./context.js";
import { leadMissing } from "./leads.js";

/** Pages a per-lead list newest first; 404 when the lead does not exist. */
function leadList<T extends object>(
  ctx: { path: { leadId: string }; body: RequestDataOptions; state: LeadState },
  pick: (state: LeadState) => Map<string, T[]>,
) {
  const { leadId } = ctx.path;
  if (!ctx.state.leadsById.has(leadId)) return notFound(leadMissing(leadId));
  return pageOf(newestFirst(pick(ctx.state).get(leadId) ?? []), ctx.body);
}

export const listLeadEvents: OperationHandler<"Events_GetAllForLead"> = (ctx) => leadList(ctx, (state) => state.eventsByLead);
export const listLeadCalls: OperationHandler<"CallEvents_GetByLeadId"> = (ctx) => leadList(ctx, (state) => state.callsByLead);
export const listLeadSms: OperationHandler<"SmsEvents_GetByLeadId"> = (ctx) => leadList(ctx, (state) => state.smsByLead);
export const listLeadConversations: OperationHandler<"Conversations_GetConversationsByLead"> = (ctx) =>
  leadList(ctx, (state) => state.conversationsByLead);

/** The local API runs no automations: every lead has an empty list of runs. */
export const getLeadWorkflowStatus: OperationHandler<"Leads_GetWorkflowStatusForCurrentUser"> = (ctx) => {
  const { id } = ctx.path;
  if (!ctx.state.leadsById.has(id)) return notFound(leadMissing(id));
  return ok({ leadId: id, runs: [] });
};
