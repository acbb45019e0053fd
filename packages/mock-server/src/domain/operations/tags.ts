// Organization tag operations: list, create, update, archive.
import { sortTags } from "../store.js";
import type { LeadState } from "../store.js";
import { type OperationHandler, created, invalid, notFound, ok, storeFull } from "./context.js";

export const listTags: OperationHandler<"Tags_GetAllForCurrentOrganization"> = (ctx) => {
  const includeArchived = ctx.query.includeArchived === true;
  return ok(sortTags([...ctx.state.tagsById.values()].filter((t) => includeArchived || !t.isArchived)));
};

export const createTag: OperationHandler<"Tags_Create"> = (ctx) => {
  const { body } = ctx;
  if (body.name == null || body.name.trim() === "") return invalid("A tag needs a name.", { name: ["is required"] });
  if (nameTaken(ctx.state, body.name, null)) return invalid("A tag with this name exists.", { name: ["is already used by another tag"] });
  const full = ctx.state.tagRoomProblem(1);
  if (full !== null) return storeFull(full);
  return created(ctx.state.insertTag(body.name, body.color ?? null, ctx.now(), body.description ?? null));
};

export const updateTag: OperationHandler<"Tags_Update"> = (ctx) => {
  const { id } = ctx.path;
  const tag = ctx.state.tagsById.get(id);
  if (!tag) return notFound(tagMissing(id));
  const { body } = ctx;
  if (body.id != null && body.id !== id) return invalid("The body describes another tag.", { id: ["must match the tag id in the path"] });
  if (body.name != null) {
    if (body.name.trim() === "") return invalid("A tag needs a name.", { name: ["must not be blank"] });
    if (nameTaken(ctx.state, body.name, id)) return invalid("A tag with this name exists.", { name: ["is already used by another tag"] });
    ctx.state.renameTag(tag, body.name);
  }
  // A name left out keeps the name; a colour sent (even null) replaces the colour.
  if (body.color !== undefined) tag.color = body.color;
  if (body.description !== undefined) tag.description = body.description;
  tag.modifiedAt = ctx.now();
  return ok(tag);
};

export const archiveTag: OperationHandler<"Tags_Archive"> = (ctx) => {
  const { id } = ctx.path;
  const tag = ctx.state.tagsById.get(id);
  if (!tag) return notFound(tagMissing(id));
  if (!tag.isArchived) {
    const now = ctx.now();
    tag.isArchived = true;
    tag.archivedAt = now;
    tag.modifiedAt = now;
  }
  return ok(true);
};

function nameTaken(state: LeadState, name: string, exceptId: string | null): boolean {
  const existing = state.findTagByName(name);
  return existing !== undefined && existing.id !== exceptId;
}

function tagMissing(id: string): string {
  return `No tag has the id ${JSON.stringify(id)}.`;
}
