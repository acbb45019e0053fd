// `createLeadpingClient`: wires options, the shared call context, the
// resources and the raw openapi-fetch client together.
import { createContext } from "./context.js";
import { resolveConfig } from "./options.js";
import type { LeadpingClientOptions } from "./options.js";
import { createRawClient } from "./raw.js";
import type { LeadpingRawClient } from "./raw.js";
import { createLeads } from "./resources/leads.js";
import type { LeadsResource } from "./resources/leads.js";
import { createLeadStatuses } from "./resources/lead-statuses.js";
import type { LeadStatusesResource } from "./resources/lead-statuses.js";
import { createStatusChanges } from "./resources/status-changes.js";
import type { StatusChangesResource } from "./resources/status-changes.js";
import { createTags } from "./resources/tags.js";
import type { TagsResource } from "./resources/tags.js";

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
