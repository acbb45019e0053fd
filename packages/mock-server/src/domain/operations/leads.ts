// Lead operations: create (structured and intake), get, replace, archive, unarchive, delete.
import type { LeadRequest, LeadResponse } from "@leadping/types";
import { intakeFromQuery, leadRequestFromIntake } from "../intake-mapping.js";
import { newLeadState, writableFieldsFrom } from "../lead-mapping.js";
import { MOCK_USER_ID } from "../store.js";
import { resolveTags } from "../tag-resolution.js";
import {
  type OperationContext,
  type OperationHandler,
  type OperationId,
  type Refusal,
  created,
  invalid,
  noContent,
  notFound,
  ok,
  storeFull,
  tooLarge,
} from "./context.js";

/** Refuses a lead body the store would not keep: checked before anything (tags included) is stored. */
function refusedLeadBody(ctx: OperationContext<OperationId>, creates: boolean): Refusal | null {
  const { maxLeadBytes } = ctx.state.limits;
  // Re-serialising costs a few µs per write, so only bodies that might be too big are measured:
  // the stored JSON is at most ~5× the raw body (a number such as 9E20 is the worst case), so a raw
  // body under an eighth of the limit cannot exceed it. The depth is bounded already (json-body.ts).
  if (ctx.bodyBytes * 8 > maxLeadBytes && Buffer.byteLength(JSON.stringify(ctx.body ?? null)) > maxLeadBytes)
    return tooLarge(`The local API stores leads of at most ${maxLeadBytes} bytes of JSON.`);
  const full = creates ? ctx.state.leadRoomProblem(1) : null;
  return full === null ? null : storeFull(full);
}

/** The refusal when tags could not be resolved, or the ids when they were. */
export function tagIdsOrRefusal(tags: ReturnType<typeof resolveTags>): string[] | Refusal {
  if ("errors" in tags) return invalid("Some tags could not be resolved.", tags.errors);
  if ("storeFull" in tags) return storeFull(tags.storeFull);
  return tags.ids;
}

type CreateId = "Leads_CreateExternal" | "Leads_CreateIntake" | "Leads_CreateIntakeFromQuery";

function createLead(ctx: OperationContext<CreateId>, body: LeadRequest): { status: 201; body: LeadResponse } | Refusal {
  const refused = refusedLeadBody(ctx, true);
  if (refused) return refused;
  const now = ctx.now();
  // The lead request's tagNames are created when missing, as the contract describes.
  const tagIds = tagIdsOrRefusal(resolveTags(ctx.state, { tagIds: body.tagIds, tagNames: body.tagNames, createMissing: true }, [], now));
  if (!Array.isArray(tagIds)) return tagIds;
  const lead: Omit<LeadResponse, "tags"> = {
    id: ctx.state.newId("lead"),
    createdAt: now,
    modifiedAt: null,
    ...writableFieldsFrom(body, undefined, now),
    ...newLeadState(),
  };
  const stored = ctx.state.insertLead(lead, tagIds);
  ctx.changed({ kind: "created", lead: stored, at: now, summary: "Lead created." });
  return created(ctx.state.render(stored));
}

export const createExternalLead: OperationHandler<"Leads_CreateExternal"> = (ctx) => createLead(ctx, ctx.body);

export const createIntakeLead: OperationHandler<"Leads_CreateIntake"> = (ctx) => createLead(ctx, leadRequestFromIntake(ctx.body));

/** GET /leads/intake: the same intake, its fields in the query string (credentials only in headers). */
export const createIntakeLeadFromQuery: OperationHandler<"Leads_CreateIntakeFromQuery"> = (ctx) =>
  createLead(ctx, leadRequestFromIntake(intakeFromQuery(ctx.query)));

export const getLead: OperationHandler<"Leads_GetForCurrentUser"> = (ctx) => {
  const stored = ctx.state.leadsById.get(ctx.path.id);
  return stored ? ok(ctx.state.render(stored)) : notFound(leadMissing(ctx.path.id));
};

export const updateLead: OperationHandler<"Leads_Update"> = (ctx) => {
  const { id } = ctx.path;
  const body = ctx.body;
  const stored = ctx.state.leadsById.get(id);
  if (!stored) return notFound(leadMissing(id));
  if (body.id != null && body.id !== id) return invalid("The body describes another lead.", { id: ["must match the lead id in the path"] });
  const refused = refusedLeadBody(ctx, false);
  if (refused) return refused;
  const now = ctx.now();
  const tagIds = tagIdsOrRefusal(
    resolveTags(ctx.state, { tagIds: body.tagIds, tagNames: body.tagNames, createMissing: true }, stored.tagIds, now),
  );
  if (!Array.isArray(tagIds)) return tagIds;
  const { adminEnablementOverride: _dropped, ...rest } = stored.lead;
  ctx.state.updateLead(stored, { ...rest, ...writableFieldsFrom(body, stored.lead.contact, now), modifiedAt: now }, tagIds);
  ctx.changed({ kind: "updated", lead: stored, at: now, summary: "Lead updated." });
  return ok(ctx.state.render(stored));
};

export const deleteLead: OperationHandler<"Leads_Delete"> = (ctx) => {
  const { id } = ctx.path;
  const stored = ctx.state.leadsById.get(id);
  if (!stored) return notFound(leadMissing(id));
  // Told before it goes, so the webhook carries the lead as it was.
  ctx.changed({ kind: "deleted", lead: stored, at: ctx.now(), summary: "Lead deleted." });
  ctx.state.deleteLead(stored);
  return noContent;
};

const unarchived = { isArchived: false, archivedAt: null, archivedByUserId: null, archiveReason: null, archiveNote: null } as const;

export const archiveLead: OperationHandler<"Leads_Archive"> = (ctx) => {
  const stored = ctx.state.leadsById.get(ctx.path.id);
  if (!stored) return notFound(leadMissing(ctx.path.id));
  const now = ctx.now();
  ctx.state.updateLead(stored, {
    ...stored.lead,
    isArchived: true,
    // Archiving an archived lead keeps the first archive time.
    archivedAt: stored.lead.archivedAt ?? now,
    archivedByUserId: MOCK_USER_ID,
    archiveReason: ctx.body?.reason ?? 0,
    archiveNote: ctx.body?.note ?? null,
    modifiedAt: now,
  });
  ctx.changed({ kind: "archived", lead: stored, at: now, summary: "Lead archived." });
  return ok(ctx.state.render(stored));
};

export const unarchiveLead: OperationHandler<"Leads_Unarchive"> = (ctx) => {
  const stored = ctx.state.leadsById.get(ctx.path.id);
  if (!stored) return notFound(leadMissing(ctx.path.id));
  const now = ctx.now();
  ctx.state.updateLead(stored, { ...stored.lead, ...unarchived, modifiedAt: now });
  ctx.changed({ kind: "unarchived", lead: stored, at: now, summary: "Lead restored from the archive." });
  return ok(ctx.state.render(stored));
};

export function leadMissing(id: string): string {
  return `No lead has the id ${JSON.stringify(id)}.`;
}
