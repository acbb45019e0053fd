// Lead tag operations: add, replace, remove.
import type { LeadTagsRequest } from "@leadping/types";
import type { StoredLead } from "../store.js";
import { resolveTags } from "../tag-resolution.js";
import { type OperationContext, type OperationHandler, notFound, ok } from "./context.js";
import { leadMissing, tagIdsOrRefusal } from "./leads.js";

/** Sets the lead's tags; a change (and only a change) is recorded. */
function setTags(
  ctx: OperationContext<"Leads_AddTags" | "Leads_ReplaceTags" | "Leads_RemoveTag">,
  stored: StoredLead,
  next: string[],
  summary: string,
) {
  if (sameList(next, stored.tagIds)) return;
  const now = ctx.now();
  ctx.state.updateLead(stored, { ...stored.lead, modifiedAt: now }, next);
  ctx.changed({ kind: "tags_changed", lead: stored, at: now, summary });
}

function tagNamesSummary(ctx: OperationContext<"Leads_AddTags" | "Leads_ReplaceTags">, ids: readonly string[]): string {
  const names = ctx.state.tagSummaries(ids).map((t) => t.name);
  return names.length > 0 ? `Tags set to ${names.join(", ")}.` : "All tags removed.";
}

function changeTags(
  ctx: OperationContext<"Leads_AddTags" | "Leads_ReplaceTags"> & { body: LeadTagsRequest },
  combine: (current: string[], requested: string[]) => string[],
) {
  const { id } = ctx.path;
  const stored = ctx.state.leadsById.get(id);
  if (!stored) return notFound(leadMissing(id));
  const { body } = ctx;
  const selection = { tagIds: body.tagIds, tagNames: body.tagNames, createMissing: body.createMissing === true };
  const resolved = tagIdsOrRefusal(resolveTags(ctx.state, selection, stored.tagIds, ctx.now()));
  if (!Array.isArray(resolved)) return resolved;
  const next = combine(stored.tagIds, resolved);
  setTags(ctx, stored, next, tagNamesSummary(ctx, next));
  return ok(ctx.state.render(stored));
}

export const addLeadTags: OperationHandler<"Leads_AddTags"> = (ctx) =>
  changeTags(ctx, (current, requested) => [...current, ...requested.filter((id) => !current.includes(id))]);

export const replaceLeadTags: OperationHandler<"Leads_ReplaceTags"> = (ctx) => changeTags(ctx, (_current, requested) => requested);

export const removeLeadTag: OperationHandler<"Leads_RemoveTag"> = (ctx) => {
  const { id, tagId } = ctx.path;
  const stored = ctx.state.leadsById.get(id);
  if (!stored) return notFound(leadMissing(id));
  // Removing a tag the lead does not carry changes nothing.
  const next = stored.tagIds.filter((t) => t !== tagId);
  setTags(ctx, stored, next, `Tag ${ctx.state.tagsById.get(tagId)?.name ?? tagId} removed.`);
  return ok(ctx.state.render(stored));
};

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}
