import { describe, expectTypeOf, test } from "vitest";
import type { LeadPage, LeadRequest, LeadResponse, LeadTableRow, operations, paths } from "../src/index.js";

type UpdateOp = operations["Leads_Update"];

describe("LeadRequest", () => {
  test("accepts the seed's fields, including null on nullable ones", () => {
    const body: LeadRequest = {
      contact: { firstName: null, email: "a@example.com", streetAddress: null, phone: { number: "+1555", type: null } },
      customer: { height: "66", weight: 130, birthDate: null, isHomeowner: null },
      enabled: null,
      id: null,
      tagIds: ["t1"],
    };
    expectTypeOf(body).toExtend<LeadRequest>();
  });

  test("rejects wrong field types", () => {
    // @ts-expect-error height is a number or a numeric string, not a boolean
    const height: LeadRequest = { customer: { height: true } };
    // @ts-expect-error enabled is boolean | null
    const enabled: LeadRequest = { enabled: "yes" };
    // @ts-expect-error tagIds is string[]
    const tags: LeadRequest = { tagIds: [1] };
    // @ts-expect-error a coordinate needs both latitude and longitude
    const coordinate: LeadRequest = { contact: { coordinate: { latitude: 1 } } };
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
