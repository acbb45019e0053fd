// `lp.leads.status`: set a lead's current status, read and export its history.
import type { LeadStatusChangeExportResponse, LeadStatusChangeRequest, LeadStatusChangeResponse } from "@leadping/types";
import { call } from "../call.js";
import type { ClientContext } from "../context.js";
import type { RequestOptions } from "../options.js";
import type { LeadpingPromise } from "../call.js";

export interface LeadStatusResource {
  /** `PUT /leads/{leadId}/status`: records a status change and makes it current. */
  set(leadId: string, body: LeadStatusChangeRequest, options?: RequestOptions): LeadpingPromise<LeadStatusChangeResponse>;
  /** `GET /leads/{leadId}/status-history`: every status change of the lead. */
  history(leadId: string, options?: RequestOptions): LeadpingPromise<LeadStatusChangeResponse[]>;
  /** `GET /leads/{leadId}/status-history/export`: the lead's status history as export rows. */
  export(leadId: string, options?: RequestOptions): LeadpingPromise<LeadStatusChangeExportResponse>;
}

export function createLeadStatus(context: ClientContext): LeadStatusResource {
  return {
    set: (leadId, body, options) => call(context, "PUT /leads/{leadId}/status", { path: { leadId }, body }, options),
    history: (leadId, options) => call(context, "GET /leads/{leadId}/status-history", { path: { leadId } }, options),
    export: (leadId, options) => call(context, "GET /leads/{leadId}/status-history/export", { path: { leadId } }, options),
  };
}
