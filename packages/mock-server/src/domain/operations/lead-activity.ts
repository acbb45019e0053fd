// A lead's timeline, calls, SMS messages, conversations and automation runs.
import type { RequestDataOptions } from "@leadping/types";
import type { LeadState } from "../store.js";
import { type HandlerContext, type HandlerResult, type OperationHandler, notFound, ok } from "./context.js";
import { leadMissing } from "./leads.js";
import { pageOf } from "../paging.js";

/** Pages a per-lead list newest first; 404 when the lead does not exist. */
function leadList<T extends object>(pick: (state: LeadState) => Map<string, T[]>): OperationHandler {
  return (ctx: HandlerContext): HandlerResult => {
    const leadId = ctx.params["leadId"]!;
    if (!ctx.state.leadsById.has(leadId)) return notFound(leadMissing(leadId));
    const rows = [...(pick(ctx.state).get(leadId) ?? [])].reverse();
    return pageOf(rows, ctx.body as RequestDataOptions);
  };
}

export const listLeadEvents = leadList((state) => state.eventsByLead);
export const listLeadCalls = leadList((state) => state.callsByLead);
export const listLeadSms = leadList((state) => state.smsByLead);
export const listLeadConversations = leadList((state) => state.conversationsByLead);

/** The local API runs no automations: every lead has an empty list of runs. */
export const getLeadWorkflowStatus: OperationHandler = (ctx) => {
  const id = ctx.params["id"]!;
  if (!ctx.state.leadsById.has(id)) return notFound(leadMissing(id));
  return ok({ leadId: id, runs: [] });
};
