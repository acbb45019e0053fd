// `lp.leads`: create, read, change, archive and list leads.
import type {
  LeadArchiveRequest,
  LeadIntakeRequest,
  LeadPage,
  LeadRequest,
  LeadResponse,
  LeadTableRow,
} from "@leadping/types";
import { call } from "../call.js";
import type { ClientContext } from "../context.js";
import type { RequestOptions } from "../options.js";
import { paginate, splitListParams } from "../pagination.js";
import type { LeadListParams } from "../pagination.js";
import { createLeadStatus } from "./lead-status.js";
import type { LeadStatusResource } from "./lead-status.js";
import { createLeadTags } from "./lead-tags.js";
import type { LeadTagsResource } from "./lead-tags.js";

export interface LeadsResource {
  /** `POST /leads` with the source credentials. Retried only on 429 and never-sent failures. */
  create(body: LeadRequest, options?: RequestOptions): Promise<LeadResponse>;
  /** `POST /leads/intake`: a flat lead record, with the source credentials. Retried like `create`. */
  createIntake(body: LeadIntakeRequest, options?: RequestOptions): Promise<LeadResponse>;
  /** `GET /leads/{id}`. */
  get(id: string, options?: RequestOptions): Promise<LeadResponse>;
  /** `PUT /leads/{id}`: replaces the lead's writable fields. */
  update(id: string, body: LeadRequest, options?: RequestOptions): Promise<LeadResponse>;
  /** `DELETE /leads/{id}`. */
  delete(id: string, options?: RequestOptions): Promise<void>;
  /** `POST /leads/{id}/archive`, optionally with a reason and note. */
  archive(id: string, body?: LeadArchiveRequest, options?: RequestOptions): Promise<LeadResponse>;
  /** `POST /leads/{id}/unarchive`. */
  unarchive(id: string, options?: RequestOptions): Promise<LeadResponse>;
  /** `POST /leads/all/my`: one page of leads. */
  list(params?: LeadListParams, options?: RequestOptions): Promise<LeadPage>;
  /** Every lead matching `params`, page after page, following `continuationToken` until it is null. */
  listAll(params?: LeadListParams, options?: RequestOptions): AsyncGenerator<LeadTableRow, void, undefined>;
  /** `lp.leads.tags`: the tags on one lead. */
  tags: LeadTagsResource;
  /** `lp.leads.status`: a lead's status and its history. */
  status: LeadStatusResource;
}

export function createLeads(context: ClientContext): LeadsResource {
  const list = (params: LeadListParams = {}, options?: RequestOptions) =>
    call(context, "POST /leads/all/my", splitListParams(params), options);
  return {
    create: (body, options) => call(context, "POST /leads", { body }, options),
    createIntake: (body, options) => call(context, "POST /leads/intake", { body }, options),
    get: (id, options) => call(context, "GET /leads/{id}", { path: { id } }, options),
    update: (id, body, options) => call(context, "PUT /leads/{id}", { path: { id }, body }, options),
    delete: (id, options) => call(context, "DELETE /leads/{id}", { path: { id } }, options),
    archive: (id, body, options) => call(context, "POST /leads/{id}/archive", { path: { id }, body: body ?? {} }, options),
    unarchive: (id, options) => call(context, "POST /leads/{id}/unarchive", { path: { id } }, options),
    list,
    listAll: (params = {}, options) =>
      paginate(params.continuationToken, (continuationToken) => list({ ...params, continuationToken: continuationToken ?? null }, options)),
    tags: createLeadTags(context),
    status: createLeadStatus(context),
  };
}
