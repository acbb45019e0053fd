// The lead status catalog: list, add, update, archive.
import { statusNameTaken } from "../status-catalog.js";
import { MOCK_ORGANIZATION_ID, type LeadStatusResponse } from "../store.js";
import { type OperationHandler, created, invalid, notFound, ok, storeFull } from "./context.js";

function statusMissing(id: string): string {
  return `No lead status has the id ${JSON.stringify(id)}.`;
}

export const listLeadStatuses: OperationHandler<"LeadStatuses_GetAll"> = (ctx) => ok(ctx.state.leadStatuses().filter((s) => !s.isArchived));

export const createLeadStatus: OperationHandler<"LeadStatuses_Create"> = (ctx) => {
  const { body } = ctx;
  const name = body.name?.trim() ?? "";
  if (name === "") return invalid("A lead status needs a name.", { name: ["is required"] });
  const { maxLeadStatuses } = ctx.state.limits;
  if (ctx.state.leadStatusesById.size >= maxLeadStatuses) return storeFull(`The local API keeps at most ${maxLeadStatuses} lead statuses.`);
  if (statusNameTaken(ctx.state, name, null))
    return invalid("A lead status with this name exists.", { name: ["is already used by another lead status"] });
  const highest = Math.max(0, ...[...ctx.state.leadStatusesById.values()].map((s) => s.sortOrder ?? 0));
  const status: LeadStatusResponse = {
    id: ctx.state.newId("lst"),
    organizationId: MOCK_ORGANIZATION_ID,
    name,
    color: body.color ?? "#64748b",
    category: body.category ?? "Open",
    sortOrder: body.sortOrder ?? highest + 10,
    isArchived: false,
    modifiedAt: ctx.now(),
  };
  ctx.state.leadStatusesById.set(status.id, status);
  return created(status);
};

export const updateLeadStatus: OperationHandler<"LeadStatuses_Update"> = (ctx) => {
  const { id } = ctx.path;
  const status = ctx.state.leadStatusesById.get(id);
  if (!status) return notFound(statusMissing(id));
  const { body } = ctx;
  if (body.name != null) {
    const name = body.name.trim();
    if (name === "") return invalid("A lead status needs a name.", { name: ["must not be blank"] });
    if (statusNameTaken(ctx.state, name, id))
      return invalid("A lead status with this name exists.", { name: ["is already used by another lead status"] });
    status.name = name;
  }
  // Fields sent as null (or left out) keep their value.
  if (body.color != null) status.color = body.color;
  if (body.category != null) status.category = body.category;
  if (body.sortOrder != null) status.sortOrder = body.sortOrder;
  status.modifiedAt = ctx.now();
  return ok(status);
};

export const archiveLeadStatus: OperationHandler<"LeadStatuses_Archive"> = (ctx) => {
  const { id } = ctx.path;
  const status = ctx.state.leadStatusesById.get(id);
  if (!status) return notFound(statusMissing(id));
  if (!status.isArchived) {
    status.isArchived = true;
    status.modifiedAt = ctx.now();
  }
  return ok(true);
};
