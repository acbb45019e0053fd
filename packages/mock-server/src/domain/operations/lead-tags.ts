// Lead tag operations: add, replace, remove.
import type { LeadTagsRequest } from "@leadping/types";
import { recordLeadEvent } from "../timeline.js";
import { resolveTags } from "../tag-resolution.js";
import { type HandlerContext, type HandlerResult, type OperationHandler, notFound, ok } from "./context.js";
import { leadMissing, tagFailure } from "./leads.js";

function changeTags(ctx: HandlerContext, combine: (current: string[], requested: string[]) => string[]): HandlerResult {
  const id = ctx.params["id"]!;
  const stored = ctx.state.leadsById.get(id);
  if (!stored) return notFound(leadMissing(id));
  const body = ctx.body as LeadTagsRequest;
  const now = ctx.now();
  const resolved = resolveTags(
    ctx.state,
    { tagIds: body.tagIds, tagNames: body.tagNames, createMissing: body.createMissing === true },
    stored.tagIds,
    now,
  );
  if (!("ids" in resolved)) return tagFailure(resolved)!;
  const next = combine(stored.tagIds, resolved.ids);
  if (!sameList(next, stored.tagIds)) {
    stored.tagIds = next;
    stored.lead = { ...stored.lead, modifiedAt: now };
    const names = ctx.state.tagSummaries(next).map((t) => t.name);
    recordLeadEvent(ctx.state, id, "tagged", names.length > 0 ? `Tags set to ${names.join(", ")}.` : "All tags removed.", now);
  }
  return ok(ctx.state.render(stored));
}

export const addLeadTags: OperationHandler = (ctx) =>
  changeTags(ctx, (current, requested) => [...current, ...requested.filter((id) => !current.includes(id))]);

export const replaceLeadTags: OperationHandler = (ctx) => changeTags(ctx, (_current, requested) => requested);

export const removeLeadTag: OperationHandler = (ctx) => {
  const id = ctx.params["id"]!;
  const stored = ctx.state.leadsById.get(id);
  if (!stored) return notFound(leadMissing(id));
  const tagId = ctx.params["tagId"]!;
  // Removing a tag the lead does not carry changes nothing.
  if (stored.tagIds.includes(tagId)) {
    stored.tagIds = stored.tagIds.filter((t) => t !== tagId);
    const now = ctx.now();
    stored.lead = { ...stored.lead, modifiedAt: now };
    recordLeadEvent(ctx.state, id, "untagged", `Tag ${ctx.state.tagsById.get(tagId)?.name ?? tagId} removed.`, now);
  }
  return ok(ctx.state.render(stored));
};

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}
