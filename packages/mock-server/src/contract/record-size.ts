// A byte bound on every record the store keeps besides leads (which have
// `maxLeadBytes`): tags, lead statuses, status changes and a lead's archive
// context. Their free-text fields (a status change's notes, a tag's
// description) have no natural size for the contract to declare, and each
// accepted about 1 MiB: 3 leads × 100 status changes of 900 KiB held 283 MiB.
// The request body of an operation that stores it must fit in
// `maxRecordBytes` of JSON; a larger one answers 400 naming its largest field.
import type { FieldErrors } from "./validation.js";

/** Operations whose body is stored as (part of) a record, and what that record is called. */
const RECORD_OPERATIONS: Readonly<Record<string, string>> = {
  Tags_Create: "a tag",
  Tags_Update: "a tag",
  LeadStatuses_Create: "a lead status",
  LeadStatuses_Update: "a lead status",
  LeadStatusChanges_SetCurrent: "a status change",
  LeadStatusChanges_Update: "a status change",
  Leads_Archive: "a lead's archive context",
};

/** Why `body` is too large for the record `operationId` stores, or `null` when it fits (or stores none). */
export function oversizedRecord(
  operationId: string,
  body: unknown,
  bodyBytes: number,
  maxRecordBytes: number,
): { detail: string; errors: FieldErrors } | null {
  const record = RECORD_OPERATIONS[operationId];
  // Re-serialised only when the raw body could be too large (as for leads, the stored JSON is at most ~5× the raw).
  if (record === undefined || bodyBytes * 8 <= maxRecordBytes) return null;
  const bytes = jsonBytes(body);
  if (bytes <= maxRecordBytes) return null;
  const fields = typeof body === "object" && body !== null ? Object.entries(body) : [];
  const [largest] = fields.map(([name, value]) => [name, jsonBytes(value)] as const).sort((a, b) => b[1] - a[1]);
  const field = largest?.[0] ?? "body";
  return {
    detail: `The local API stores ${record} in at most ${maxRecordBytes} bytes of JSON; this one has ${bytes}, most of it in \`${field}\`.`,
    errors: { [field]: [`is too long: ${record} is stored in at most ${maxRecordBytes} bytes of JSON (limits.maxRecordBytes)`] },
  };
}

function jsonBytes(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value) ?? "");
}
