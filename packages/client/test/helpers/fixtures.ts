// Minimal valid bodies of the contract's responses.
import type { LeadPage, LeadRequest, LeadResponse, LeadStatusChangeResponse, LeadTableRow, TagResponse } from "@leadping/types";

export function lead(id = "lead_1"): LeadResponse {
  return { id, createdAt: "2026-03-01T15:04:05Z" } as unknown as LeadResponse;
}

export function row(id: string): LeadTableRow {
  return { id, createdAt: "2026-03-01T15:04:05Z", updatedAt: "2026-03-01T15:04:05Z", enabled: true, isArchived: false, tags: [] };
}

export function page(ids: string[], continuationToken: string | null): LeadPage {
  return { items: ids.map(row), pageSize: ids.length, continuationToken };
}

export function tag(id = "tag_hot"): TagResponse {
  return { id, name: "Hot", normalizedName: "hot", isArchived: false, createdAt: "2026-02-01T10:00:00Z" };
}

export function statusChange(leadId = "lead_1"): LeadStatusChangeResponse {
  return { leadId, outcome: "contacted", type: "disposition" } as unknown as LeadStatusChangeResponse;
}

/** A whole lead body (the contract requires metadata, contact, customer, tagIds and tagNames) with `fields` on top. */
export function wholeLead(fields: Partial<LeadRequest> = {}): LeadRequest {
  return { metadata: {}, contact: {}, customer: {}, tagIds: [], tagNames: [], ...fields };
}
