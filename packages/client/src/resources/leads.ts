// `lp.leads`: create, read, change, archive and list leads.
import type {
  AutomationWorkflowStatusResponse,
  LeadArchiveRequest,
  LeadIntakeQuery,
  LeadIntakeRequest,
  LeadPage,
  LeadRequest,
  LeadResponse,
  LeadTableRow,
} from "@leadping/types";
import { call } from "../call.js";
import type { ClientContext } from "../context.js";
import type { RequestOptions } from "../options.js";
import type { LeadpingPromise } from "../call.js";
import { createOnce, identityOfIntake, identityOfIntakeQuery, identityOfLead } from "../create-once.js";
import type { CreateOptions } from "../create-once.js";
import { modifyLead } from "../modify.js";
import type { LeadChange, ModifyOptions } from "../modify.js";
import { paginate, splitListParams } from "../pagination.js";
import type { LeadListParams, PagedRows } from "../pagination.js";
import { createLeadActivity } from "./lead-activity.js";
import type { CallEventsResource, ConversationsResource, LeadEventsResource, SmsEventsResource } from "./lead-activity.js";
import { createLeadStatus } from "./lead-status.js";
import type { LeadStatusResource } from "./lead-status.js";
import { createLeadTags } from "./lead-tags.js";
import type { LeadTagsResource } from "./lead-tags.js";

export interface LeadsResource {
  /**
   * `POST /leads` with the source credentials. Retried only on 429 and never-sent failures; with a
   * `metadata.externalId` or `sellerLeadId`, a failure that may have reached the server is followed by a
   * lookup and the lead found is returned (see `CreateOptions.exactlyOnce`).
   */
  create(body: LeadRequest, options?: CreateOptions): LeadpingPromise<LeadResponse>;
  /** `POST /leads/intake`: a flat lead record, with the source credentials. Retried like `create`, exactly once by `externalId`/`sellerLeadId` too. */
  createIntake(body: LeadIntakeRequest, options?: CreateOptions): LeadpingPromise<LeadResponse>;
  /**
   * `GET /leads/intake`: a lead sent as query parameters, for senders that can only make GET
   * requests. The source credentials go in headers, never in the query string. Retried like `create`.
   */
  createIntakeFromQuery(query: LeadIntakeQuery, options?: CreateOptions): LeadpingPromise<LeadResponse>;
  /** `GET /leads/{id}`. */
  get(id: string, options?: RequestOptions): LeadpingPromise<LeadResponse>;
  /**
   * Reads the lead, applies `change` (a patch, or a function of the whole current request) and PUTs the whole
   * record, starting over when the lead changed since it was read (`LeadModifyConflictError` after
   * `maxAttempts`). A write landing between the last read and the PUT is still overwritten.
   */
  modify(id: string, change: LeadChange, options?: ModifyOptions): Promise<LeadResponse>;
  /** `PUT /leads/{id}`: replaces every writable field with `body` (start from `toLeadRequest(lead)`, or use `modify`). */
  update(id: string, body: LeadRequest, options?: RequestOptions): LeadpingPromise<LeadResponse>;
  /** `DELETE /leads/{id}`. */
  delete(id: string, options?: RequestOptions): LeadpingPromise<void>;
  /** `POST /leads/{id}/archive`, optionally with a reason and note. */
  archive(id: string, body?: LeadArchiveRequest, options?: RequestOptions): LeadpingPromise<LeadResponse>;
  /** `POST /leads/{id}/unarchive`. */
  unarchive(id: string, options?: RequestOptions): LeadpingPromise<LeadResponse>;
  /** `GET /leads/{id}/workflow-status`: the lead's automation workflow runs. */
  workflowStatus(id: string, options?: RequestOptions): LeadpingPromise<AutomationWorkflowStatusResponse>;
  /** `POST /leads/all/my`: one page of leads. */
  list(params?: LeadListParams, options?: RequestOptions): LeadpingPromise<LeadPage>;
  /** Every lead matching `params`, page after page, following `continuationToken` until it is null. */
  listAll(params?: LeadListParams, options?: RequestOptions): PagedRows<LeadTableRow>;
  /** `lp.leads.tags`: the tags on one lead. */
  tags: LeadTagsResource;
  /** `lp.leads.status`: a lead's status and its history. */
  status: LeadStatusResource;
  /** `lp.leads.events`: a lead's event timeline. */
  events: LeadEventsResource;
  /** `lp.leads.callEvents`: a lead's call events. */
  callEvents: CallEventsResource;
  /** `lp.leads.smsEvents`: a lead's SMS events. */
  smsEvents: SmsEventsResource;
  /** `lp.leads.conversations`: a lead's conversations. */
  conversations: ConversationsResource;
}

export function createLeads(context: ClientContext): LeadsResource {
  const list = (params: LeadListParams = {}, options?: RequestOptions) =>
    call(context, "POST /leads/all/my", splitListParams(params), options);
  return {
    create: (body, options) => createOnce(context, (o) => call(context, "POST /leads", { body }, o), identityOfLead(body), options),
    createIntake: (body, options) =>
      createOnce(context, (o) => call(context, "POST /leads/intake", { body }, o), identityOfIntake(body), options),
    createIntakeFromQuery: (query, options) =>
      createOnce(context, (o) => call(context, "GET /leads/intake", { query }, o), identityOfIntakeQuery(query), options),
    get: (id, options) => call(context, "GET /leads/{id}", { path: { id } }, options),
    modify: (id, change, options) => modifyLead(context, id, change, options),
    update: (id, body, options) => call(context, "PUT /leads/{id}", { path: { id }, body }, options),
    delete: (id, options) => call(context, "DELETE /leads/{id}", { path: { id } }, options),
    archive: (id, body, options) => call(context, "POST /leads/{id}/archive", { path: { id }, body: body ?? {} }, options),
    unarchive: (id, options) => call(context, "POST /leads/{id}/unarchive", { path: { id } }, options),
    workflowStatus: (id, options) => call(context, "GET /leads/{id}/workflow-status", { path: { id } }, options),
    list,
    listAll: (params = {}, options) =>
      paginate(params.continuationToken, (continuationToken) => list({ ...params, continuationToken: continuationToken ?? null }, options)),
    tags: createLeadTags(context),
    status: createLeadStatus(context),
    ...createLeadActivity(context),
  };
}
