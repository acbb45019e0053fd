// Exact-match filters on a lead's stable ids, `externalId` and `sellerLeadId`
// (its metadata): how a sender finds the lead a create may have made before
// sending it again (leadping-facts.md, "Intake and duplicates"). Kept apart from
// the list's row filters, which only see the fields of a list row.
import type { LeadResponse, RequestDataOptions } from "@leadping/types";

/** Filter fields matched against the lead's metadata rather than its list row. */
export const IDENTITY_FILTER_FIELDS: ReadonlySet<string> = new Set(["externalId", "sellerLeadId"]);

type Filter = NonNullable<RequestDataOptions["filters"]>[number];

/** Whether `filter` is one of the identity filters. */
export function isIdentityFilter(filter: Filter): boolean {
  return IDENTITY_FILTER_FIELDS.has(filter.field);
}

/** Whether `lead` passes every identity filter in `filters` (other filters are not its business). */
export function matchesIdentityFilters(lead: Pick<LeadResponse, "metadata">, filters: readonly Filter[] | null | undefined): boolean {
  for (const filter of filters ?? []) {
    if (!isIdentityFilter(filter)) continue;
    const field = filter.field as "externalId" | "sellerLeadId";
    if ((lead.metadata[field] ?? null) !== (filter.value ?? null)) return false;
  }
  return true;
}
