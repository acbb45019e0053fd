// Organization tag operations: list, create, update, archive.
import type { TagRequest } from "@leadping/types";
import { sortTags } from "../store.js";
import { type HandlerContext, type OperationHandler, conflict, invalid, notFound, ok, storeFull } from "./context.js";

export const listTags: OperationHandler = (ctx) => {
  const includeArchived = ctx.query["includeArchived"] === true;
  return ok(sortTags([...ctx.state.tagsById.values()].filter((t) => includeArchived || !t.isArchived)));
};

export const createTag: OperationHandler = (ctx) => {
  const body = ctx.body as TagRequest;
  if (body.name == null || body.name.trim() === "") return invalid("A tag needs a name.", { name: ["is required"] });
  if (nameTaken(ctx, body.name, null)) return conflict("A tag with this name exists.", { name: ["is already used by another tag"] });
  const full = ctx.state.tagRoomProblem(1);
  if (full !== null) return storeFull(full);
  return ok(ctx.state.insertTag(body.name, body.color ?? null, ctx.now(), body.description ?? null), 201);
};

export const updateTag: OperationHandler = (ctx) => {
  const id = ctx.params["id"]!;
  const tag = ctx.state.tagsById.get(id);
  if (!tag) return notFound(tagMissing(id));
  const body = ctx.body as TagRequest;
  if (body.id != null && body.id !== id) return invalid("The body describes another tag.", { id: ["must match the tag id in the path"] });
  if (body.name != null) {
    if (body.name.trim() === "") return invalid("A tag needs a name.", { name: ["must not be blank"] });
    if (nameTaken(ctx, body.name, id)) return conflict("A tag with this name exists.", { name: ["is already used by another tag"] });
    ctx.state.renameTag(tag, body.name);
  }
  // A name left out keeps the name; a colour sent (even null) replaces the colour.
  if (body.color !== undefined) tag.color = body.color;
  if (body.description !== undefined) tag.description = body.description;
  tag.modifiedAt = ctx.now();
  return ok(tag);
};

export const archiveTag: OperationHandler = (ctx) => {
  const id = ctx.params["id"]!;
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

function nameTaken(ctx: HandlerContext, name: string, exceptId: string | null): boolean {
  const existing = ctx.state.findTagByName(name);
  return existing !== undefined && existing.id !== exceptId;
}

function tagMissing(id: string): string {
  return `No tag has the id ${JSON.stringify(id)}.`;
}
