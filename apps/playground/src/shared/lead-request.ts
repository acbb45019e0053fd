// The PUT /leads/{id} body that writes a stored lead back unchanged. PUT
// replaces every writable field, so an edit starts from this body and changes
// only what it means to change (the page's editor and the tour both do).
import type { LeadRequest, LeadResponse, PhoneLookup } from "@leadping/types";

// The stored lookup, reduced to what the request schema accepts back.
function lookupRequest(lookup: PhoneLookup | null | undefined) {
  if (!lookup) return null;
  const location = lookup.location
    ? {
        location: lookup.location.location ?? null,
        state: lookup.location.state ?? null,
        countryCode: lookup.location.countryCode ?? null,
        timeZoneId: lookup.location.timeZoneId ?? null,
      }
    : null;
  return {
    number: lookup.number ?? null,
    isValid: lookup.isValid ?? false,
    location,
    id: lookup.id ?? null,
    createdAt: lookup.createdAt ?? null,
    modifiedAt: lookup.modifiedAt ?? null,
  };
}

/** The PUT body that writes `lead` back unchanged: what the editor starts from. */
export function leadRequestFromLead(lead: LeadResponse): LeadRequest {
  const { contact } = lead;
  const body: LeadRequest = {
    metadata: lead.metadata,
    contact: {
      firstName: contact.firstName ?? null,
      lastName: contact.lastName ?? null,
      streetAddress: contact.streetAddress ?? null,
      timeZoneId: contact.timeZoneId ?? null,
      phone: contact.phone
        ? { number: contact.phone.number ?? "", type: contact.phone.type ?? null, lookup: lookupRequest(contact.phone.lookup) }
        : null,
      email: contact.email ?? null,
    },
    customer: lead.customer,
    enabled: lead.enabled,
    tagIds: lead.tags.map((tag) => tag.id),
    tagNames: [],
    id: lead.id,
  };
  if (lead.adminEnablementOverride) body.adminEnablementOverride = lead.adminEnablementOverride;
  return body;
}
