// Maps the flat intake record (JSON body or GET query) onto a `LeadRequest`, as Leadping does on intake.
import type { LeadIntakeRequest, LeadProfile, LeadRequest } from "@leadping/types";

const GENDERS: Record<string, NonNullable<LeadProfile["gender"]>> = {
  m: "M",
  male: "M",
  f: "F",
  female: "F",
  nonbinary: "NonBinary",
  "non-binary": "NonBinary",
  prefernottosay: "PreferNotToSay",
  other: "Other",
};

/** Free-text gender from a lead seller, normalized to the profile's values (`null` when unrecognized). */
export function genderFrom(value: string | null | undefined): NonNullable<LeadProfile["gender"]> | null {
  if (value == null) return null;
  return (
    GENDERS[
      value
        .trim()
        .toLowerCase()
        .replace(/[\s_]+/g, "")
    ] ?? null
  );
}

export function leadRequestFromIntake(intake: LeadIntakeRequest): LeadRequest {
  // `zip`, `dateOfBirth` and `sellerLeadIdentifier` are aliases the intake accepts; the canonical field wins.
  const postalCode = intake.postalCode ?? intake.zip ?? null;
  const hasAddress = [intake.address1, intake.address2, intake.city, intake.state, postalCode].some((v) => v != null);
  const request: LeadRequest = {
    contact: {
      firstName: intake.firstName ?? null,
      lastName: intake.lastName ?? null,
      email: intake.email ?? null,
      phone: intake.phone != null ? { number: intake.phone, type: intake.phoneType ?? null } : null,
      streetAddress: hasAddress
        ? {
            line1: intake.address1 ?? null,
            line2: intake.address2 ?? null,
            city: intake.city ?? null,
            state: intake.state ?? null,
            postalCode,
          }
        : null,
    },
    customer: { birthDate: intake.birthDate ?? intake.dateOfBirth ?? null, gender: genderFrom(intake.gender) },
    metadata: {
      subId: intake.subId ?? null,
      sellerLeadId: intake.sellerLeadId ?? intake.sellerLeadIdentifier ?? null,
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
    tagIds: intake.tagIds ?? [],
    tagNames: intake.tagNames ?? [],
  };
  return request;
}

/** The GET /leads/intake query (PascalCase names, already coerced) as an intake record. */
export function intakeFromQuery(query: Record<string, unknown>): LeadIntakeRequest {
  const text = (name: string): string | null => {
    const value = query[name];
    return typeof value === "string" ? value : null;
  };
  const list = (name: string): string[] | undefined => {
    const value = query[name];
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : undefined;
  };
  const intake: LeadIntakeRequest = {
    firstName: text("FirstName"),
    lastName: text("LastName"),
    email: text("Email"),
    phone: text("Phone"),
    phoneType: text("PhoneType"),
    dateOfBirth: text("DateOfBirth"),
    birthDate: text("BirthDate"),
    address1: text("Address1"),
    address2: text("Address2"),
    city: text("City"),
    state: text("State"),
    zip: text("Zip"),
    postalCode: text("PostalCode"),
    gender: text("Gender"),
    subId: text("SubId"),
    sellerLeadId: text("SellerLeadId"),
    sellerLeadIdentifier: text("SellerLeadIdentifier"),
    directPostPrice: text("DirectPostPrice"),
    price: text("Price"),
    utmSource: text("UtmSource"),
    utmMedium: text("UtmMedium"),
    utmCampaign: text("UtmCampaign"),
    utmTerm: text("UtmTerm"),
    utmContent: text("UtmContent"),
    product: text("Product"),
    vertical: text("Vertical"),
    referrer: text("Referrer"),
    landingPage: text("LandingPage"),
    trustedFormUrl: text("TrustedFormUrl"),
    externalId: text("ExternalId"),
  };
  const tagIds = list("TagIds");
  const tagNames = list("TagNames");
  if (tagIds) intake.tagIds = tagIds;
  if (tagNames) intake.tagNames = tagNames;
  return intake;
}
