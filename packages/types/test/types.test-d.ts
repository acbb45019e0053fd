import { describe, expectTypeOf, test } from "vitest";
import type {
  LeadEventType,
  LeadPage,
  LeadRequest,
  LeadResponse,
  LeadTableRow,
  LeadWebhookEvent,
  operations,
  paths,
} from "../src/index.js";

type UpdateOp = operations["Leads_Update"];

describe("LeadRequest", () => {
  // The five groups the official contract requires; empty, so each test below changes one thing.
  const whole = { metadata: {}, contact: {}, customer: {}, tagIds: [], tagNames: [] } satisfies LeadRequest;

  test("accepts the seed's fields, including null on nullable ones", () => {
    const body: LeadRequest = {
      metadata: { externalId: "crm-1", sellerLeadId: null },
      contact: { firstName: null, email: "a@example.com", streetAddress: null, phone: { number: "+1555", type: null } },
      customer: { height: "66", weight: 130, birthDate: null, isHomeowner: null },
      enabled: null,
      id: null,
      tagIds: ["t1"],
      tagNames: [],
    };
    expectTypeOf(body).toExtend<LeadRequest>();
  });

  test("a partial body does not compile: PUT would clear what it leaves out", () => {
    // @ts-expect-error metadata, customer, tagIds and tagNames are required
    const contactOnly: LeadRequest = { contact: { email: "a@example.com" } };
    const { tagNames: _tagNames, ...withoutTagNames } = whole;
    // @ts-expect-error tagNames is required
    const noTagNames: LeadRequest = withoutTagNames;
    const { metadata: _metadata, ...withoutMetadata } = whole;
    // @ts-expect-error metadata is required
    const noMetadata: LeadRequest = withoutMetadata;
    expectTypeOf<keyof LeadRequest & ("metadata" | "contact" | "customer" | "tagIds" | "tagNames")>().toEqualTypeOf<
      "metadata" | "contact" | "customer" | "tagIds" | "tagNames"
    >();
    expectTypeOf<Pick<LeadRequest, "metadata" | "contact" | "customer" | "tagIds" | "tagNames">>().toEqualTypeOf<
      Required<Pick<LeadRequest, "metadata" | "contact" | "customer" | "tagIds" | "tagNames">>
    >();
    void [contactOnly, noTagNames, noMetadata];
  });

  test("rejects wrong field types", () => {
    // @ts-expect-error height is a number or a numeric string, not a boolean
    const height: LeadRequest = { ...whole, customer: { height: true } };
    // @ts-expect-error enabled is boolean | null
    const enabled: LeadRequest = { ...whole, enabled: "yes" };
    // @ts-expect-error tagIds is string[]
    const tags: LeadRequest = { ...whole, tagIds: [1] };
    // @ts-expect-error a coordinate needs both latitude and longitude
    const coordinate: LeadRequest = { ...whole, contact: { coordinate: { latitude: 1 } } };
    void [height, enabled, tags, coordinate];
  });
});

describe("PUT /leads/{id}", () => {
  test("the id path parameter is required", () => {
    expectTypeOf<UpdateOp["parameters"]["path"]>().toEqualTypeOf<{ id: string }>();
    // @ts-expect-error id is required
    const missing: UpdateOp["parameters"]["path"] = {};
    void missing;
  });

  test("the 200 body is the lead response", () => {
    expectTypeOf<UpdateOp["responses"][200]["content"]["application/json"]>().toEqualTypeOf<LeadResponse>();
    expectTypeOf<paths["/leads/{id}"]["put"]>().toEqualTypeOf<UpdateOp>();
  });

  test("the request body is the lead request", () => {
    expectTypeOf<NonNullable<UpdateOp["requestBody"]>["content"]["application/json"]>().toEqualTypeOf<LeadRequest>();
  });
});

describe("LeadResponse", () => {
  test("carries the seed's response-only fields with their nullability", () => {
    expectTypeOf<LeadResponse["id"]>().toEqualTypeOf<string>();
    expectTypeOf<LeadResponse["enabled"]>().toEqualTypeOf<boolean>();
    expectTypeOf<LeadResponse["modifiedAt"]>().toEqualTypeOf<string | null>();
    expectTypeOf<NonNullable<LeadResponse["archivedAt"]>>().toEqualTypeOf<string>();
    expectTypeOf<LeadResponse["archiveReason"]>().toEqualTypeOf<unknown>();
    // The seed shows a decimal string, the official contract a number: both are promised.
    expectTypeOf<LeadResponse["metadata"]["price"]>().toEqualTypeOf<number | string | null | undefined>();
    expectTypeOf<LeadResponse["customer"]["height"]>().toEqualTypeOf<number | string | null | undefined>();
    expectTypeOf<NonNullable<LeadResponse["contact"]["coordinate"]>["latitude"]>().toEqualTypeOf<number | string>();
    expectTypeOf<LeadResponse["metadata"]["businessId"]>().toEqualTypeOf<string | null | undefined>();
    expectTypeOf<NonNullable<LeadResponse["currentDisposition"]>["displayName"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<LeadResponse["tags"][number]["name"]>().toEqualTypeOf<string>();
  });
});

describe("the lead list", () => {
  test("a page has rows and a nullable continuation token", () => {
    expectTypeOf<LeadPage["items"]>().toEqualTypeOf<LeadTableRow[]>();
    expectTypeOf<LeadPage["continuationToken"]>().toEqualTypeOf<string | null>();
  });

  test("a row's updatedAt is always set, its price a number or a numeric string", () => {
    expectTypeOf<LeadTableRow["updatedAt"]>().toEqualTypeOf<string>();
    expectTypeOf<LeadTableRow["price"]>().toEqualTypeOf<number | string | null | undefined>();
  });
});

describe("webhooks", () => {
  test("every lead event is a member of the union, told apart by type", () => {
    expectTypeOf<LeadWebhookEvent["type"]>().toEqualTypeOf<LeadEventType>();
    expectTypeOf<Extract<LeadWebhookEvent, { type: "lead.deleted" }>["data"]>().toEqualTypeOf<LeadResponse>();
    expectTypeOf<Extract<LeadWebhookEvent, { type: "lead.created" }>["timestamp"]>().toEqualTypeOf<string>();
    // @ts-expect-error no such event in the catalog
    const unknown: LeadWebhookEvent["type"] = "lead.exploded";
    void unknown;
  });
});
