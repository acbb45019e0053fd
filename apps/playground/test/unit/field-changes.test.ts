import { describe, expect, it } from "vitest";
import { diffFields, flattenFields, formatFieldChange, formatFieldValue } from "../../src/shared/field-changes.js";

describe("diffFields", () => {
  it("lists changed, added and removed leaves by dotted path, sorted", () => {
    const before = { contact: { firstName: "Ada", streetAddress: { city: "Austin" } }, enabled: true, gone: 1 };
    const after = { contact: { firstName: "Ada", streetAddress: { city: "Round Rock" }, email: "a@example.com" }, enabled: false };
    expect(diffFields(before, after)).toEqual([
      { path: "contact.email", before: undefined, after: "a@example.com" },
      { path: "contact.streetAddress.city", before: "Austin", after: "Round Rock" },
      { path: "enabled", before: true, after: false },
      { path: "gone", before: 1, after: undefined },
    ]);
  });

  it("treats null and a missing field as the same", () => {
    expect(diffFields({ a: null, b: { c: null } }, { b: {} })).toEqual([]);
  });

  it("compares arrays whole", () => {
    const tags = [{ id: "t1", name: "Hot" }];
    expect(diffFields({ tags }, { tags: structuredClone(tags) })).toEqual([]);
    expect(diffFields({ tags }, { tags: [...tags, { id: "t2", name: "Cold" }] }).map((change) => change.path)).toEqual(["tags"]);
  });

  it("sees everything as added when there was nothing before", () => {
    expect(diffFields(undefined, { id: "lead_1", contact: { email: "x@example.com" } }).map((change) => change.path)).toEqual([
      "contact.email",
      "id",
    ]);
  });
});

describe("formatting", () => {
  it("keeps values on one short line", () => {
    expect(formatFieldValue(undefined)).toBe("∅");
    expect(formatFieldValue("x".repeat(100), 10)).toBe(`"${"x".repeat(8)}…`);
    expect(formatFieldChange({ path: "a.b", before: 1, after: 2 })).toBe("a.b: 1 → 2");
    expect(
      formatFieldValue([
        { id: "t1", name: "Hot" },
        { id: "t2", name: "Spring campaign" },
      ]),
    ).toBe("[Hot, Spring campaign]");
    expect(formatFieldValue([])).toBe("[]");
  });

  it("flattens to leaves; an empty object has none", () => {
    expect([...flattenFields({ a: {}, b: { c: 1, d: [1] } })]).toEqual([
      ["b.c", 1],
      ["b.d", [1]],
    ]);
  });
});
