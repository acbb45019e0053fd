// Maps request bodies onto the stored lead shape, and leads onto list rows.
import type {
  LeadContact,
  LeadContactRequest,
  LeadIntakeRequest,
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

/** The server-owned fields of a lead that was just created: active, never archived, unclassified. */
export function newLeadState(): Pick<LeadResponse, "isArchived" | "archivedAt" | "archivedByUserId" | "archiveReason" | "archiveNote" | "currentDisposition"> {
  return {
    isArchived: false,
    archivedAt: null,
    archivedByUserId: null,
    archiveReason: null,
    archiveNote: null,
    currentDisposition: { ...INITIAL_DISPOSITION },
  };
}

/**
 * The writable fields a `LeadRequest` sets. Fields left out are cleared, as `PUT` promises;
 * `enabled: null` means the organization default (enabled). The geocoded coordinate is not
 * writable: it survives while the street address stays the same. `body` must be freshly
 * parsed: its objects are taken over, not copied.
 */
export function writableFieldsFrom(body: LeadRequest, previous: LeadResponse["contact"] | undefined, nowIso: string): WritableLeadFields {
  const fields: WritableLeadFields = {
    metadata: body.metadata ?? {},
    contact: contactFrom(body.contact ?? {}, previous, nowIso),
    customer: body.customer ?? {},
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
  return {
    firstName: contact.firstName ?? null,
    lastName: contact.lastName ?? null,
    streetAddress,
    coordinate: keepCoordinate ? (previous.coordinate ?? null) : null,
    timeZoneId: contact.timeZoneId ?? null,
    phone: contact.phone ? phoneFrom(contact.phone, nowIso) : null,
    email: contact.email ?? null,
  };
}

function phoneFrom(phone: PhoneRequest, nowIso: string): Phone {
  const out: Phone = { type: phone.type ?? null, lookup: null };
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

/** Maps the flat intake record onto a `LeadRequest`, as Leadping does on intake. */
export function leadRequestFromIntake(intake: LeadIntakeRequest): LeadRequest {
  const hasAddress = [intake.address1, intake.address2, intake.city, intake.state, intake.postalCode].some((v) => v != null);
  const request: LeadRequest = {
    contact: {
      firstName: intake.firstName ?? null,
      lastName: intake.lastName ?? null,
      email: intake.email ?? null,
      phone: intake.phone != null ? { number: intake.phone, type: intake.phoneType ?? null } : null,
      streetAddress: hasAddress
        ? { line1: intake.address1 ?? null, line2: intake.address2 ?? null, city: intake.city ?? null, state: intake.state ?? null, postalCode: intake.postalCode ?? null }
        : null,
    },
    customer: { birthDate: intake.birthDate ?? null },
    metadata: {
      subId: intake.subId ?? null,
      sellerLeadId: intake.sellerLeadId ?? null,
      price: intake.price ?? null,
      directPostPrice: intake.directPostPrice ?? null,
      utmSource: intake.utmSource ?? null,
      utmMedium: intake.utmMedium ?? null,
      utmCampaign: intake.utmCampaign ?? null,
      utmTerm: intake.utmTerm ?? null,
      utmContent: intake.utmContent ?? null,
      product: intake.product ?? null,
      vertical: intake.vertical ?? null,
      referrer: intake.referrer ?? null,
      landingPage: intake.landingPage ?? null,
      trustedFormUrl: intake.trustedFormUrl ?? null,
      externalId: intake.externalId ?? null,
      sourceMetadata: intake.sourceMetadata ?? null,
      origin: "intake",
    },
  };
  if (intake.tagIds) request.tagIds = intake.tagIds;
  if (intake.tagNames) request.tagNames = intake.tagNames;
  return request;
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
    updatedAt: lead.modifiedAt,
    status: lead.currentDisposition?.displayName ?? null,
    enabled: lead.enabled,
    archivedAt: lead.archivedAt ?? null,
    archiveReason: lead.archiveReason ?? null,
    isArchived: lead.isArchived,
    currentDisposition: lead.currentDisposition ?? INITIAL_DISPOSITION,
    price: lead.metadata.price ?? null,
    tags: lead.tags,
  };
}

/** `follow_up` → `Follow up`: the label shown for an outcome. */
export function displayNameForOutcome(outcome: string): string {
  const words = outcome.replace(/[_-]+/g, " ").trim();
  return words ? words[0]!.toUpperCase() + words.slice(1) : outcome;
}
