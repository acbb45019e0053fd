// Maps request bodies onto the stored lead shape, and leads onto list rows.
import { coordinateWithNumbers, metadataWithNumbers, profileWithNumbers, toNumber } from "./numbers.js";
import { MOCK_ORGANIZATION_ID } from "./store.js";
import type {
  LeadContact,
  LeadContactRequest,
  LeadRequest,
  LeadResponse,
  LeadTableRow,
  Phone,
  PhoneRequest,
  StreetAddress,
} from "@leadping/types";

/** The lead's writable part, as `LeadRequest` sets it (tags are resolved separately). */
export type WritableLeadFields = Pick<LeadResponse, "metadata" | "contact" | "customer" | "enabled" | "adminEnablementOverride">;

/** Disposition of a lead no one has classified yet. */
export const INITIAL_DISPOSITION: NonNullable<LeadResponse["currentDisposition"]> = {
  id: null,
  outcome: null,
  displayName: "New",
  changedAt: null,
  changedByUserId: null,
  changedByAutomationId: null,
};

type ServerOwnedFields =
  | "isArchived"
  | "archivedAt"
  | "archivedByUserId"
  | "archiveReason"
  | "archiveNote"
  | "currentDisposition"
  | "currentLeadStatus"
  | "processingStatus"
  | "processingStatusReason"
  | "processingStatusChangedAt"
  | "deletedAt"
  | "deletedByUserId"
  | "phoneIdentity";

/** The server-owned fields of a lead that was just created: active, never archived, unclassified, processed. */
export function newLeadState(): Pick<LeadResponse, ServerOwnedFields> {
  return {
    isArchived: false,
    archivedAt: null,
    archivedByUserId: null,
    archiveReason: null,
    archiveNote: null,
    currentDisposition: { ...INITIAL_DISPOSITION },
    currentLeadStatus: { ...INITIAL_STATUS },
    // The local API runs no phone validation or enrichment: a lead is ready at once.
    processingStatus: "Ready",
    processingStatusReason: null,
    processingStatusChangedAt: null,
    deletedAt: null,
    deletedByUserId: null,
    phoneIdentity: null,
  };
}

/** Current status of a lead no one has classified yet. */
export const INITIAL_STATUS: NonNullable<LeadResponse["currentLeadStatus"]> = {
  id: null,
  category: "Open",
  outcome: null,
  displayName: "New",
  changedAt: null,
  changedByUserId: null,
  changedByAutomationId: null,
  source: null,
};

/**
 * The writable fields a `LeadRequest` sets. Fields left out are cleared, as `PUT` promises;
 * `enabled: null` means the organization default (enabled). A coordinate sent is kept, one sent as
 * `null` is cleared; left out, the geocoded coordinate survives while the street address stays the same. `body` must be freshly
 * parsed: its objects are taken over, not copied.
 */
export function writableFieldsFrom(body: LeadRequest, previous: LeadResponse["contact"] | undefined, nowIso: string): WritableLeadFields {
  const fields: WritableLeadFields = {
    metadata: metadataWithNumbers(body.metadata ?? {}),
    contact: contactFrom(body.contact ?? {}, previous, nowIso),
    customer: profileWithNumbers(body.customer ?? {}),
    enabled: body.enabled ?? true,
  };
  if (body.adminEnablementOverride) fields.adminEnablementOverride = body.adminEnablementOverride;
  return fields;
}

function sameAddress(a: StreetAddress | null | undefined, b: StreetAddress | null): boolean {
  if (!a || !b) return !a && !b;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) if ((a[key as keyof StreetAddress] ?? null) !== (b[key as keyof StreetAddress] ?? null)) return false;
  return true;
}

function contactFrom(contact: LeadContactRequest, previous: LeadContact | undefined, nowIso: string): LeadContact {
  const streetAddress = contact.streetAddress ?? null;
  const keepCoordinate = previous !== undefined && previous.coordinate != null && sameAddress(previous.streetAddress, streetAddress);
  // Sent: replaces. Sent as null: clears (PUT replaces). Left out: a geocoded coordinate survives an unchanged address.
  const coordinate =
    contact.coordinate != null
      ? coordinateWithNumbers(contact.coordinate)
      : contact.coordinate === undefined && keepCoordinate
        ? (previous.coordinate ?? null)
        : null;
  return {
    firstName: contact.firstName ?? null,
    lastName: contact.lastName ?? null,
    streetAddress,
    coordinate,
    timeZoneId: contact.timeZoneId ?? null,
    phone: contact.phone ? phoneFrom(contact.phone, nowIso) : null,
    email: contact.email ?? null,
    avatarUrl: contact.avatarUrl ?? null,
  };
}

function phoneFrom(phone: PhoneRequest, nowIso: string): Phone {
  const out: Phone = { phoneIdentityId: phone.phoneIdentityId ?? null, type: phone.type ?? null, lookup: null };
  if (phone.number !== undefined) out.number = phone.number;
  const lookup = phone.lookup;
  if (lookup) {
    out.lookup = {
      number: lookup.number ?? null,
      isValid: lookup.isValid ?? false,
      location: lookup.location ? { ...lookup.location, coordinate: null } : null,
      id: lookup.id ?? `lookup_${nowIso.replace(/\D/g, "")}`,
      createdAt: lookup.createdAt ?? nowIso,
      modifiedAt: lookup.modifiedAt ?? null,
    };
  }
  return out;
}

/** The compact list row of a lead. */
export function tableRowFrom(lead: LeadResponse): LeadTableRow {
  return {
    id: lead.id,
    firstName: lead.contact.firstName ?? null,
    lastName: lead.contact.lastName ?? null,
    phone: lead.contact.phone?.number ?? null,
    email: lead.contact.email ?? null,
    createdAt: lead.createdAt,
    updatedAt: lead.modifiedAt ?? lead.createdAt,
    status: lead.currentDisposition?.displayName ?? null,
    statusTone: toneOf(lead.currentLeadStatus?.category ?? null),
    enabled: lead.enabled,
    archivedAt: lead.archivedAt ?? null,
    archivedByUserId: lead.archivedByUserId ?? null,
    archiveReason: lead.archiveReason ?? null,
    isArchived: lead.isArchived,
    currentDisposition: lead.currentDisposition ?? INITIAL_DISPOSITION,
    currentLeadStatus: lead.currentLeadStatus ?? INITIAL_STATUS,
    processingStatus: lead.processingStatus ?? null,
    processingStatusReason: lead.processingStatusReason ?? null,
    processingStatusChangedAt: lead.processingStatusChangedAt ?? null,
    price: toNumber(lead.metadata.price) ?? null,
    organization: { id: MOCK_ORGANIZATION_ID, name: "Mock organization" },
    source: null,
    tags: lead.tags,
  };
}

/** The badge colour tone of a status category. */
function toneOf(category: string | null): string {
  switch (category) {
    case "Qualified":
    case "Converted":
      return "positive";
    case "Lost":
    case "Invalid":
    case "Duplicate":
      return "negative";
    default:
      return "neutral";
  }
}
