// Lead operations: create (structured and intake), get, replace, archive, unarchive, delete.
import type { LeadArchiveRequest, LeadIntakeRequest, LeadRequest, LeadResponse } from "@leadping/types";
import { intakeFromQuery, leadRequestFromIntake } from "../intake-mapping.js";
import { recordLeadEvent } from "../timeline.js";
import { newLeadState, writableFieldsFrom } from "../lead-mapping.js";
import { MOCK_USER_ID } from "../store.js";
import { resolveTags } from "../tag-resolution.js";
import { type HandlerContext, type HandlerResult, type OperationHandler, invalid, notFound, ok, storeFull, tooLarge } from "./context.js";

/** Refuses a lead body the store would not keep: checked before anything (tags included) is stored. */
function refusedLeadBody(ctx: HandlerContext, creates: boolean): HandlerResult | null {
  const { maxLeadBytes } = ctx.state.limits;
  // Re-serialising costs a few µs per write, so only bodies that might be too big are measured:
  // the stored JSON is at most ~5× the raw body (a number such as 9E20 is the worst case), so a raw
  // body under an eighth of the limit cannot exceed it. The depth is bounded already (request-body.ts).
  if (ctx.bodyBytes * 8 > maxLeadBytes && Buffer.byteLength(JSON.stringify(ctx.body ?? null)) > maxLeadBytes)
    return tooLarge(`The local API stores leads of at most ${maxLeadBytes} bytes of JSON.`);
  const full = creates ? ctx.state.leadRoomProblem(1) : null;
  return full === null ? null : storeFull(full);
}

/** The answer when tags could not be resolved, or `null` when they were. */
export function tagFailure(tags: ReturnType<typeof resolveTags>): HandlerResult | null {
  if ("errors" in tags) return invalid("Some tags could not be resolved.", tags.errors);
  if ("storeFull" in tags) return storeFull(tags.storeFull);
  return null;
}

function createLead(ctx: HandlerContext, body: LeadRequest): HandlerResult {
  const refused = refusedLeadBody(ctx, true);
  if (refused) return refused;
  const now = ctx.now();
  // The lead request's tagNames are created when missing, as the contract describes.
  const tags = resolveTags(ctx.state, { tagIds: body.tagIds, tagNames: body.tagNames, createMissing: true }, [], now);
  if (!("ids" in tags)) return tagFailure(tags)!;
  const lead: Omit<LeadResponse, "tags"> = {
    id: ctx.state.newId("lead"),
    createdAt: now,
    modifiedAt: null,
    ...writableFieldsFrom(body, undefined, now),
    ...newLeadState(),
  };
  const stored = ctx.state.insertLead(lead, tags.ids);
  recordLeadEvent(ctx.state, lead.id, "created", "Lead created.", now);
  return ok(ctx.state.render(stored), 201);
}

export const createExternalLead: OperationHandler = (ctx) => createLead(ctx, ctx.body as LeadRequest);

export const createIntakeLead: OperationHandler = (ctx) => createLead(ctx, leadRequestFromIntake(ctx.body as LeadIntakeRequest));

/** GET /leads/intake: the same intake, its fields in the query string (credentials only in headers). */
export const createIntakeLeadFromQuery: OperationHandler = (ctx) => createLead(ctx, leadRequestFromIntake(intakeFromQuery(ctx.query)));

export const getLead: OperationHandler = (ctx) => {
  const stored = ctx.state.leadsById.get(ctx.params["id"]!);
  return stored ? ok(ctx.state.render(stored)) : notFound(leadMissing(ctx.params["id"]!));
};

export const updateLead: OperationHandler = (ctx) => {
  const id = ctx.params["id"]!;
  const body = ctx.body as LeadRequest;
  const stored = ctx.state.leadsById.get(id);
  if (!stored) return notFound(leadMissing(id));
  if (body.id != null && body.id !== id) return invalid("The body describes another lead.", { id: ["must match the lead id in the path"] });
  const refused = refusedLeadBody(ctx, false);
  if (refused) return refused;
  const now = ctx.now();
  const tags = resolveTags(ctx.state, { tagIds: body.tagIds, tagNames: body.tagNames, createMissing: true }, stored.tagIds, now);
  if (!("ids" in tags)) return tagFailure(tags)!;
  const { adminEnablementOverride: _dropped, ...rest } = stored.lead;
  stored.lead = { ...rest, ...writableFieldsFrom(body, stored.lead.contact, now), modifiedAt: now };
  stored.tagIds = tags.ids;
  recordLeadEvent(ctx.state, id, "updated", "Lead updated.", now);
  return ok(ctx.state.render(stored));
};

export const deleteLead: OperationHandler = (ctx) => {
  const id = ctx.params["id"]!;
  if (!ctx.state.leadsById.delete(id)) return notFound(leadMissing(id));
  ctx.state.forgetLead(id);
  return { status: 204 };
};

export const archiveLead: OperationHandler = (ctx) => {
  const id = ctx.params["id"]!;
  const stored = ctx.state.leadsById.get(id);
  if (!stored) return notFound(leadMissing(id));
  const body = (ctx.body ?? {}) as LeadArchiveRequest;
  const now = ctx.now();
  stored.lead = {
    ...stored.lead,
    isArchived: true,
    // Archiving an archived lead keeps the first archive time.
    archivedAt: stored.lead.archivedAt ?? now,
    archivedByUserId: MOCK_USER_ID,
    archiveReason: body.reason ?? 0,
    archiveNote: body.note ?? null,
    modifiedAt: now,
  };
  recordLeadEvent(ctx.state, id, "archived", "Lead archived.", now);
  return ok(ctx.state.render(stored));
};

export const unarchiveLead: OperationHandler = (ctx) => {
  const id = ctx.params["id"]!;
  const stored = ctx.state.leadsById.get(id);
  if (!stored) return notFound(leadMissing(id));
  stored.lead = {
    ...stored.lead,
    isArchived: false,
    archivedAt: null,
    archivedByUserId: null,
    archiveReason: null,
    archiveNote: null,
    modifiedAt: ctx.now(),
  };
  recordLeadEvent(ctx.state, id, "unarchived", "Lead restored from the archive.", stored.lead.modifiedAt ?? ctx.now());
  return ok(ctx.state.render(stored));
};

export function leadMissing(id: string): string {
  return `No lead has the id ${JSON.stringify(id)}.`;
}
