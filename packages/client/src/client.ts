// `createLeadpingClient`: resolves the options, creates the openapi-fetch
// client every call goes through, and hangs the resources and `lp.raw` on it.
import type { Client, Middleware } from "openapi-fetch";
import type { paths } from "@leadping/types";
import { factsOf } from "./operations.js";
import { resolveConfig } from "./options.js";
import type { LeadpingClientOptions } from "./options.js";
import { createContext, ejectMiddleware, useMiddleware } from "./context.js";
import { makeRequest } from "./request.js";
import type { ClientContext } from "./context.js";
import { createLeads } from "./resources/leads.js";
import type { LeadsResource } from "./resources/leads.js";
import { createLeadStatuses } from "./resources/lead-statuses.js";
import type { LeadStatusesResource } from "./resources/lead-statuses.js";
import { createStatusChanges } from "./resources/status-changes.js";
import type { StatusChangesResource } from "./resources/status-changes.js";
import { createTags } from "./resources/tags.js";
import type { TagsResource } from "./resources/tags.js";

/** openapi-fetch's client typed with the Leadping contract. */
export type LeadpingRawClient = Client<paths>;

/** A Leadping API client. */
export interface LeadpingClient {
  /** Leads, their tags and their status. */
  leads: LeadsResource;
  /** The organization's tags. */
  tags: TagsResource;
  /** The organization's lead status catalog. */
  leadStatuses: LeadStatusesResource;
  /** Every recorded lead status change of the organization. */
  statusChanges: StatusChangesResource;
  /** openapi-fetch's typed client over every path, with the same auth, retries and timeouts; returns `{ data, error, response }`. */
  raw: LeadpingRawClient;
}

/** Creates a client; see `LeadpingClientOptions` for every option and its default. */
export function createLeadpingClient(options: LeadpingClientOptions = {}): LeadpingClient {
  const context = createContext(resolveConfig(options), options.middleware ?? []);
  return {
    leads: createLeads(context),
    tags: createTags(context),
    leadStatuses: createLeadStatuses(context),
    statusChanges: createStatusChanges(context),
    raw: createRawClient(context),
  };
}

/** `lp.raw`: the same path as the resources; credentials and retry policy come from the called schema path, never the final URL. */
function createRawClient(context: ClientContext): LeadpingRawClient {
  const send = async (method: string, schemaPath: string, init: Record<string, unknown> = {}) => {
    const { data, error, response } = await makeRequest(context, factsOf(`${method} ${schemaPath}`), init, false);
    return response.ok ? { data, response } : { error, response };
  };
  const raw: Record<string, unknown> = {
    request: (method: string, schemaPath: string, init?: Record<string, unknown>) => send(method.toUpperCase(), schemaPath, init),
    use: (...middleware: Middleware[]) => useMiddleware(context, middleware),
    eject: (...middleware: Middleware[]) => ejectMiddleware(context, middleware),
  };
  for (const method of ["GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE"]) {
    raw[method] = (schemaPath: string, init?: Record<string, unknown>) => send(method, schemaPath, init);
  }
  // The same methods as openapi-fetch's client; only the signatures are loosened above.
  return raw as unknown as LeadpingRawClient;
}
