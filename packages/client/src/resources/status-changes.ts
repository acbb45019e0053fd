// `lp.statusChanges`: every recorded status change of the organization's
// leads, across leads; one lead's history is `lp.leads.status.history`.
import type { LeadStatusChangePage, LeadStatusChangeRequest, LeadStatusChangeResponse } from "@leadping/types";
import { call } from "../call.js";
import type { ClientContext } from "../context.js";
import type { RequestOptions } from "../options.js";
import type { LeadpingPromise } from "../call.js";
import { followPages } from "../pagination.js";
import type { PageParams, PagedRows } from "../pagination.js";

export interface StatusChangesResource {
  /** `POST /lead-status-changes/all/my`: one page of the organization's status changes. */
  list(params?: PageParams, options?: RequestOptions): LeadpingPromise<LeadStatusChangePage>;
  /** Every status change matching `params`, page after page. */
  listAll(params?: PageParams, options?: RequestOptions): PagedRows<LeadStatusChangeResponse>;
  /** `GET /lead-status-changes/{id}`. */
  get(id: string, options?: RequestOptions): LeadpingPromise<LeadStatusChangeResponse>;
  /** `PUT /lead-status-changes/{id}`: corrects a recorded change. */
  update(id: string, body: LeadStatusChangeRequest, options?: RequestOptions): LeadpingPromise<LeadStatusChangeResponse>;
  /** `DELETE /lead-status-changes/{id}`. */
  delete(id: string, options?: RequestOptions): LeadpingPromise<void>;
}

export function createStatusChanges(context: ClientContext): StatusChangesResource {
  const list = (body: PageParams = {}, options?: RequestOptions) => call(context, "POST /lead-status-changes/all/my", { body }, options);
  return {
    list,
    listAll: (params, options) => followPages(params, (page) => list(page, options)),
    get: (id, options) => call(context, "GET /lead-status-changes/{id}", { path: { id } }, options),
    update: (id, body, options) => call(context, "PUT /lead-status-changes/{id}", { path: { id }, body }, options),
    delete: (id, options) => call(context, "DELETE /lead-status-changes/{id}", { path: { id } }, options),
  };
}
