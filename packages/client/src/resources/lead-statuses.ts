// `lp.leadStatuses`: the organization's catalog of lead statuses, whose ids
// `lp.leads.status.set` takes.
import type { LeadStatusRequest, LeadStatusResponse } from "@leadping/types";
import { call } from "../call.js";
import type { ClientContext } from "../context.js";
import type { RequestOptions } from "../options.js";
import type { LeadpingPromise } from "../call.js";

export interface LeadStatusesResource {
  /** `GET /lead-statuses`: every status of the catalog. */
  list(options?: RequestOptions): LeadpingPromise<LeadStatusResponse[]>;
  /** `POST /lead-statuses`. Retried only on 429 and never-sent failures. */
  create(body: LeadStatusRequest, options?: RequestOptions): LeadpingPromise<LeadStatusResponse>;
  /** `PUT /lead-statuses/{id}`. */
  update(id: string, body: LeadStatusRequest, options?: RequestOptions): LeadpingPromise<LeadStatusResponse>;
  /** `DELETE /lead-statuses/{id}`: archives the status; resolves with whether it is now archived. */
  archive(id: string, options?: RequestOptions): LeadpingPromise<boolean>;
}

export function createLeadStatuses(context: ClientContext): LeadStatusesResource {
  return {
    list: (options) => call(context, "GET /lead-statuses", {}, options),
    create: (body, options) => call(context, "POST /lead-statuses", { body }, options),
    update: (id, body, options) => call(context, "PUT /lead-statuses/{id}", { path: { id }, body }, options),
    archive: (id, options) => call(context, "DELETE /lead-statuses/{id}", { path: { id } }, options),
  };
}
