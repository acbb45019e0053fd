// `lp.leads.tags`: add, replace and remove the tags on one lead.
import type { LeadResponse, LeadTagsRequest } from "@leadping/types";
import { call } from "../call.js";
import type { ClientContext } from "../context.js";
import type { RequestOptions } from "../options.js";
import type { LeadpingPromise } from "../call.js";

export interface LeadTagsResource {
  /** `POST /leads/{id}/tags`: adds tags to the lead. */
  add(id: string, body: LeadTagsRequest, options?: RequestOptions): LeadpingPromise<LeadResponse>;
  /** `PUT /leads/{id}/tags`: replaces the lead's tag set. */
  replace(id: string, body: LeadTagsRequest, options?: RequestOptions): LeadpingPromise<LeadResponse>;
  /** `DELETE /leads/{id}/tags/{tagId}`: takes one tag off the lead. */
  remove(id: string, tagId: string, options?: RequestOptions): LeadpingPromise<LeadResponse>;
}

export function createLeadTags(context: ClientContext): LeadTagsResource {
  return {
    add: (id, body, options) => call(context, "POST /leads/{id}/tags", { path: { id }, body }, options),
    replace: (id, body, options) => call(context, "PUT /leads/{id}/tags", { path: { id }, body }, options),
    remove: (id, tagId, options) => call(context, "DELETE /leads/{id}/tags/{tagId}", { path: { id, tagId } }, options),
  };
}
