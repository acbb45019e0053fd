// The PUT /leads/{id} body that writes a stored lead back unchanged. PUT replaces
// every writable field, so a change starts from this body and alters only what it
// means to alter (`lp.leads.modify` does; callers who build their own PUT can too).
import type { LeadRequest, LeadResponse, Phone, PhoneRequest } from "@leadping/types";

/**
 * The whole `LeadRequest` of a stored lead: metadata, contact, customer, enablement
 * and tags as they are, so `lp.leads.update(lead.id, toLeadRequest(lead))` changes nothing.
 * Tags go by id (`tagNames` is empty); fields the response has and the request lacks
 * (archive state, status, timestamps) are not writable through PUT and are left out.
 */
export function toLeadRequest(lead: LeadResponse): LeadRequest {
  const { metadata, contact, customer, enabled, adminEnablementOverride, tags, id } = lead;
  return {
    metadata: structuredClone(metadata),
    contact: structuredClone(contact.phone === undefined ? contact : { ...contact, phone: phoneRequest(contact.phone) }),
    customer: structuredClone(customer),
    enabled,
    ...(adminEnablementOverride ? { adminEnablementOverride: structuredClone(adminEnablementOverride) } : {}),
    tagIds: tags.map((tag) => tag.id),
    tagNames: [],
    id,
  };
}

/** A stored phone as a request phone (a stored number may be null; a request leaves it out instead). */
function phoneRequest(phone: Phone | null): PhoneRequest | null {
  if (!phone) return null;
  const { number, ...rest } = phone;
  return typeof number === "string" ? { ...rest, number } : rest;
}
