// Bounds on what the mock keeps, so no client can grow it without end: every
// write is checked against them before anything is stored.

/** Limits of the mock's store and of the JSON it accepts. */
export interface MockLimits {
  /** Most leads kept at once; creating one more answers 409 (`store-full`). @default 10000 */
  maxLeads?: number;
  /** Most tags kept at once (archived ones count); creating one more answers 409 (`store-full`). @default 10000 */
  maxTags?: number;
  /** Most lead statuses in the catalog (archived ones count); creating one more answers 409 (`store-full`). @default 1000 */
  maxLeadStatuses?: number;
  /** Largest lead body stored, in bytes of its JSON; a larger create or replace answers 413. @default 32768 */
  maxLeadBytes?: number;
  /** Largest tag, lead status, status change or archive context stored, in bytes of the request's JSON; a larger one answers 400 naming its largest field. @default 4096 */
  maxRecordBytes?: number;
  /** Deepest nesting of objects and arrays in a request body (the body itself is level 1); deeper answers 400. @default 32 */
  maxJsonDepth?: number;
  /** Most events kept on one lead's timeline; recording one more drops that lead's oldest event. @default 200 */
  maxEventsPerLead?: number;
  /** Most status changes kept in one lead's history; setting one more drops that lead's oldest change. @default 100 */
  maxStatusChangesPerLead?: number;
}

export const DEFAULT_LIMITS: Readonly<Required<MockLimits>> = {
  maxLeads: 10_000,
  maxTags: 10_000,
  maxLeadStatuses: 1_000,
  maxLeadBytes: 32 * 1024,
  maxRecordBytes: 4 * 1024,
  maxJsonDepth: 32,
  maxEventsPerLead: 200,
  maxStatusChangesPerLead: 100,
};

/** The limits with defaults filled in; a limit that is not a positive integer is an error. */
export function resolveLimits(limits: MockLimits = {}): Readonly<Required<MockLimits>> {
  const resolved = { ...DEFAULT_LIMITS, ...limits };
  for (const [name, value] of Object.entries(resolved)) {
    if (!Number.isInteger(value) || value < 1) throw new RangeError(`limits.${name} must be a positive integer, got ${String(value)}`);
  }
  return resolved;
}
