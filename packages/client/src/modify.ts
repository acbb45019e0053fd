// `lp.leads.modify(id, change)`: read-modify-write of a whole lead. The API has
// no conditional PUT, so this narrows the lost-update window instead of closing
// it: it re-reads the lead just before writing and starts over when the lead
// changed since `change` saw it. A write that lands between that last read and
// the PUT is still overwritten; tag and status operations change one thing atomically.
import type { LeadRequest, LeadResponse } from "@leadping/types";
import { call } from "./call.js";
import type { ClientContext } from "./context.js";
import { LeadpingError } from "./errors.js";
import { toLeadRequest } from "./lead-request.js";
import type { RequestOptions } from "./options.js";

/** A patch of a lead: objects merge key by key, arrays and other values replace, `null` sets null, `undefined` leaves as is. */
export type LeadPatch = DeepPartial<LeadRequest>;
type DeepPartial<T> = T extends readonly unknown[] ? T : T extends object ? { [K in keyof T]?: DeepPartial<T[K]> | undefined } : T;

/** What `modify` applies: a patch, or a function from the current whole request (and the lead it came from) to the new one. */
export type LeadChange = LeadPatch | ((current: LeadRequest, lead: LeadResponse) => LeadRequest | Promise<LeadRequest>);

/** Options of `lp.leads.modify`: the per-call options of each read and write, and how often to start over. */
export interface ModifyOptions extends RequestOptions {
  /** Rounds of read, apply, check before giving up with `LeadModifyConflictError`. @default 5 */
  maxAttempts?: number;
}

/** `lp.leads.modify` saw the lead change under it on every attempt and wrote nothing. */
export class LeadModifyConflictError extends LeadpingError {
  override name = "LeadModifyConflictError";
  /** The lead that kept changing. */
  declare readonly leadId: string;
  /** How many rounds were tried. */
  declare readonly attempts: number;
  constructor(leadId: string, attempts: number) {
    super(`Lead ${leadId} changed during each of ${attempts} attempts to modify it; nothing was written.`);
    Object.assign(this, { leadId, attempts });
  }
}

/** Reads lead `id`, applies `change` to its whole request, and PUTs it unless the lead changed meanwhile (then starts over). */
export async function modifyLead(
  context: ClientContext,
  id: string,
  change: LeadChange,
  options: ModifyOptions = {},
): Promise<LeadResponse> {
  const { maxAttempts = 5, ...callOptions } = options;
  const get = () => call(context, "GET /leads/{id}", { path: { id } }, callOptions);
  let lead = await get();
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    const body =
      typeof change === "function" ? await change(toLeadRequest(lead), lead) : applyPatch<LeadRequest>(toLeadRequest(lead), change);
    // The last look before writing: a change since `lead` was read would be overwritten by this PUT.
    const latest = await get();
    if (versionOf(latest) === versionOf(lead)) return call(context, "PUT /leads/{id}", { path: { id }, body }, callOptions);
    lead = latest;
  }
  throw new LeadModifyConflictError(id, maxAttempts);
}

/** `modifiedAt` alone can miss two writes within one clock tick, so the writable content counts too. */
function versionOf(lead: LeadResponse): string {
  return `${lead.modifiedAt ?? lead.createdAt}\n${stableJson(toLeadRequest(lead))}`;
}

function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v,
  );
}

/** `patch` laid over `base` (see `LeadPatch`). */
export function applyPatch<T>(base: T, patch: DeepPartial<T>): T {
  if (!isPlainObject(base) || !isPlainObject(patch)) return (patch === undefined ? base : patch) as T;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    out[key] = isPlainObject(value) && isPlainObject(out[key]) ? applyPatch(out[key], value) : structuredClone(value);
  }
  return out as T;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
