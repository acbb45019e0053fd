// Resolves `tagIds` and `tagNames` of a request against the organization's tags.
import { type LeadState, normalizeTagName } from "./store.js";
import type { FieldErrors } from "../contract/validation.js";

export interface TagSelection {
  tagIds?: string[] | undefined;
  tagNames?: string[] | undefined;
  /** Create tags for names no tag matches (otherwise such names are errors). */
  createMissing: boolean;
}

/**
 * The tag ids a request names, in request order without duplicates, or field errors.
 * Archived tags may stay on a lead that already carries them but are not newly assigned.
 * Errors and the tag limit are checked before anything is created, so a rejected request creates no tag.
 */
export function resolveTags(
  state: LeadState,
  selection: TagSelection,
  alreadyOnLead: readonly string[],
  nowIso: string,
): { ids: string[] } | { errors: FieldErrors } | { storeFull: string } {
  const errors: FieldErrors = {};
  const ids: string[] = [];
  const toCreate: { index: number; name: string }[] = [];
  const keep = (id: string) => {
    if (!ids.includes(id)) ids.push(id);
  };

  (selection.tagIds ?? []).forEach((id, index) => {
    const tag = state.tagsById.get(id);
    if (!tag) errors[`tagIds[${index}]`] = [`no tag has the id ${JSON.stringify(id)}`];
    else if (tag.isArchived && !alreadyOnLead.includes(id)) errors[`tagIds[${index}]`] = ["the tag is archived"];
    else keep(id);
  });

  (selection.tagNames ?? []).forEach((name, index) => {
    if (name.trim().length === 0) {
      errors[`tagNames[${index}]`] = ["must not be blank"];
      return;
    }
    if (name.trim().length > 100) {
      errors[`tagNames[${index}]`] = ["must be at most 100 characters"];
      return;
    }
    const tag = state.findTagByName(name);
    if (tag && tag.isArchived && !alreadyOnLead.includes(tag.id)) errors[`tagNames[${index}]`] = ["the tag is archived"];
    else if (tag) keep(tag.id);
    else if (selection.createMissing) toCreate.push({ index, name });
    else errors[`tagNames[${index}]`] = [`no tag is named ${JSON.stringify(name)}; send createMissing: true to create it`];
  });

  if (Object.keys(errors).length > 0) return { errors };
  const full = state.tagRoomProblem(new Set(toCreate.map(({ name }) => normalizeTagName(name))).size);
  if (full !== null) return { storeFull: full };
  for (const { name } of toCreate) keep((state.findTagByName(name) ?? state.insertTag(name, null, nowIso)).id);
  return { ids };
}
