// A complete stored lead, the shape `GET /leads/{id}` answers with.
import type { LeadResponse } from "@leadping/types";

export function storedLead(overrides: Partial<LeadResponse> = {}): LeadResponse {
  return {
    id: "lead_01",
    createdAt: "2026-03-01T15:04:05Z",
    modifiedAt: null,
    metadata: { externalId: "crm-4411", utmSource: "google", isImported: false, smsOptedOut: false },
    contact: {
      firstName: "Ada",
      lastName: "Lovelace",
      email: "ada@example.com",
      timeZoneId: "America/Chicago",
      streetAddress: {
        line1: "12 Analytical Way",
        line2: null,
        city: "Austin",
        state: "TX",
        province: null,
        region: "Travis",
        postalCode: "78701",
        country: "US",
        additionalInfo: null,
      },
      coordinate: { latitude: 30.2672, longitude: -97.7431 },
      phone: {
        number: "+15125550142",
        type: "mobile",
        lookup: {
          number: "+15125550142",
          isValid: true,
          location: {
            location: "Austin, TX",
            state: "TX",
            countryCode: "US",
            coordinate: { latitude: "1", longitude: "2" },
            timeZoneId: "America/Chicago",
          },
          id: "lookup_1",
          createdAt: "2026-03-01T15:04:06Z",
          modifiedAt: null,
        },
      },
    },
    customer: { birthDate: "1985-12-10", income: 85000, isHomeowner: true, hasBankruptcy: null },
    enabled: true,
    adminEnablementOverride: { enabled: true, reason: "vip", updatedByUserId: "user_1", updatedAt: null },
    isArchived: false,
    tags: [{ id: "tag_hot", name: "Hot", normalizedName: "hot", color: "#ef4444" }],
    ...overrides,
  };
}
