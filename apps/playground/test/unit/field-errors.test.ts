import { describe, expect, it } from "vitest";
import { normalizeFieldKey, placeFieldErrors } from "../../src/web/field-errors.js";
import { leadFieldPaths } from "../../src/web/lead-form.js";

describe("normalizeFieldKey", () => {
  it.each([
    ["customer.birthDate", "customer.birthdate"],
    ["/customer/birthDate", "customer.birthdate"],
    ["$.customer.birthDate", "customer.birthdate"],
    ["body.contact.phone.number", "contact.phone.number"],
    ["Contact.StreetAddress.City", "contact.streetaddress.city"],
    ["tagNames[0]", "tagnames.0"],
  ])("%s → %s", (key, normalized) => {
    expect(normalizeFieldKey(key)).toBe(normalized);
  });
});

describe("placeFieldErrors", () => {
  it("puts messages on the form's fields and keeps the rest apart", () => {
    const placed = placeFieldErrors(
      { "/customer/birthDate": ["must be a date"], "Customer.BirthDate": ["really"], "metadata.price": ["bad price"] },
      leadFieldPaths,
    );
    expect([...placed.byField]).toEqual([["customer.birthDate", ["must be a date", "really"]]]);
    expect(placed.unplaced).toEqual([["metadata.price", ["bad price"]]]);
  });

  it("accepts a problem without field errors", () => {
    expect(placeFieldErrors(undefined, leadFieldPaths)).toEqual({ byField: new Map(), unplaced: [] });
  });
});
