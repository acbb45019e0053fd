// Which operations are lead events, and the payload the mock sends for them.
// Leadping publishes no event catalog: the contract's `webhooks` (spec/webhooks)
// is the SDK's, and these types come from it.
import type { LeadEventType as ContractLeadEventType, LeadWebhookEvent } from "@leadping/types";
import type { HandlerContext, HandlerResult } from "../handlers/context.js";

/** The lead events the local API sends: the contract's `LeadEventType`. */
export type LeadEventType = ContractLeadEventType;

/** The JSON body of every delivery, as the contract's `webhooks` declare it: `data` is the lead after the change (before it, for `lead.deleted`). */
export type LeadEvent = LeadWebhookEvent;

/** operationId → event, and the path parameter naming the lead (absent for creates). */
const eventsByOperation: Readonly<Record<string, { type: LeadEventType; leadParam?: string }>> = {
  Leads_CreateExternal: { type: "lead.created" },
  Leads_CreateIntake: { type: "lead.created" },
  Leads_CreateIntakeFromQuery: { type: "lead.created" },
  Leads_Update: { type: "lead.updated", leadParam: "id" },
  Leads_Delete: { type: "lead.deleted", leadParam: "id" },
  Leads_Archive: { type: "lead.archived", leadParam: "id" },
  Leads_Unarchive: { type: "lead.unarchived", leadParam: "id" },
  Leads_AddTags: { type: "lead.tags_changed", leadParam: "id" },
  Leads_ReplaceTags: { type: "lead.tags_changed", leadParam: "id" },
  Leads_RemoveTag: { type: "lead.tags_changed", leadParam: "id" },
  LeadStatusChanges_SetCurrent: { type: "lead.status_changed", leadParam: "leadId" },
};

/**
 * Called before an operation's handler runs; the returned function, given the
 * handler's result, says which lead event (if any) the operation caused.
 */
export function observeLeadEvent(operationId: string, ctx: HandlerContext): (result: HandlerResult) => LeadEvent | null {
  const entry = eventsByOperation[operationId];
  if (!entry) return () => null;
  const leadId = entry.leadParam ? ctx.params[entry.leadParam] : undefined;
  const before = leadId === undefined ? undefined : ctx.state.leadsById.get(leadId);
  const rendered = before && ctx.state.render(before);
  const tagsBefore = before ? [...before.tagIds] : [];
  return (result) => {
    if ("problem" in result || result.status >= 300) return null;
    if (entry.type === "lead.deleted") return rendered ? { type: entry.type, timestamp: ctx.now(), data: structuredClone(rendered) } : null;
    const id = leadId ?? createdLeadId(result.body);
    const after = id === undefined ? undefined : ctx.state.leadsById.get(id);
    if (!after) return null;
    // Adding tags the lead already has, or removing one it lacks, changes nothing.
    if (entry.type === "lead.tags_changed" && sameList(tagsBefore, after.tagIds)) return null;
    return { type: entry.type, timestamp: ctx.now(), data: structuredClone(ctx.state.render(after)) };
  };
}

function createdLeadId(body: unknown): string | undefined {
  return typeof body === "object" && body !== null && "id" in body && typeof body.id === "string" ? body.id : undefined;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}
