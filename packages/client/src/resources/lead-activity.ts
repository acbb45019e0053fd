// What happened around one lead, each a cursor-paged list: its event
// timeline, call events, SMS events and conversations. The local API records
// events as leads change; calls, SMS and conversations are seeded there.
import type {
  CallEventPage,
  CallEventTableRow,
  ConversationPage,
  ConversationResponse,
  EventTableRow,
  LeadEventPage,
  SmsEventPage,
  SmsEventTableRow,
} from "@leadping/types";
import { call } from "../call.js";
import type { ClientContext } from "../context.js";
import type { RequestOptions } from "../options.js";
import type { LeadpingPromise } from "../call.js";
import { followPages } from "../pagination.js";
import type { PageParams, PagedRows } from "../pagination.js";

/** One cursor-paged list per lead. */
export interface LeadPagedList<Page, Row> {
  /** One page for the lead; `params` pages, sorts, searches and filters. */
  list(leadId: string, params?: PageParams, options?: RequestOptions): LeadpingPromise<Page>;
  /** Every row for the lead, page after page. */
  listAll(leadId: string, params?: PageParams, options?: RequestOptions): PagedRows<Row>;
}

/** `POST /events/leads/{leadId}`: the lead's timeline (created, updated, status changed, archived, tagged, …). */
export type LeadEventsResource = LeadPagedList<LeadEventPage, EventTableRow>;
/** `POST /events/calls/lead/{leadId}`: the lead's call events. */
export type CallEventsResource = LeadPagedList<CallEventPage, CallEventTableRow>;
/** `POST /events/sms/lead/{leadId}`: the lead's SMS events. */
export type SmsEventsResource = LeadPagedList<SmsEventPage, SmsEventTableRow>;
/** `POST /conversations/lead/{leadId}`: the lead's conversations. */
export type ConversationsResource = LeadPagedList<ConversationPage, ConversationResponse>;

function withListAll<Page extends { items: Row[]; continuationToken: string | null }, Row>(
  list: LeadPagedList<Page, Row>["list"],
): LeadPagedList<Page, Row> {
  return { list, listAll: (leadId, params, options) => followPages(params, (page) => list(leadId, page, options)) };
}

/** `lp.leads.events`, `callEvents`, `smsEvents` and `conversations`. */
export function createLeadActivity(context: ClientContext): {
  events: LeadEventsResource;
  callEvents: CallEventsResource;
  smsEvents: SmsEventsResource;
  conversations: ConversationsResource;
} {
  return {
    events: withListAll((leadId, body = {}, options) => call(context, "POST /events/leads/{leadId}", { path: { leadId }, body }, options)),
    callEvents: withListAll((leadId, body = {}, options) =>
      call(context, "POST /events/calls/lead/{leadId}", { path: { leadId }, body }, options),
    ),
    smsEvents: withListAll((leadId, body = {}, options) =>
      call(context, "POST /events/sms/lead/{leadId}", { path: { leadId }, body }, options),
    ),
    conversations: withListAll((leadId, body = {}, options) =>
      call(context, "POST /conversations/lead/{leadId}", { path: { leadId }, body }, options),
    ),
  };
}
