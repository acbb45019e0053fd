// Remembered date formats: as exact as ajv-formats' full checks, cheaper on repeats.
import { describe, expect, test, vi } from "vitest";
import { rememberValid } from "../../src/contract/formats.js";
import { SchemaCompiler } from "../../src/contract/validation.js";
import { loadBundledSpec } from "../../src/contract/spec.js";

describe("remembered formats", () => {
  test("a remembered pass skips the check; a failure is checked again every time", () => {
    const check = vi.fn((value: string) => value.startsWith("ok"));
    const format = rememberValid(check);
    const validate = format.validate as (value: string) => boolean;
    expect([validate("ok-1"), validate("ok-1"), validate("bad"), validate("bad")]).toEqual([true, true, false, false]);
    expect(check.mock.calls.map(([value]) => value)).toEqual(["ok-1", "bad", "bad"]);
  });

  test("the memory starts over at its capacity instead of growing", () => {
    const check = vi.fn((_value: string) => true);
    const validate = rememberValid(check, 2).validate as (value: string) => boolean;
    for (const value of ["a", "b", "c", "a"]) validate(value);
    // "c" filled the memory past 2 and cleared it, so "a" is checked a second time.
    expect(check.mock.calls.map(([value]) => value)).toEqual(["a", "b", "c", "a"]);
  });

  test("date-time stays exact: an impossible calendar day fails even after valid timestamps were remembered", () => {
    const compiler = new SchemaCompiler(loadBundledSpec());
    const check = compiler.response({ type: "string", format: "date-time" });
    expect(check("2026-02-28T10:00:00Z")).toBeNull();
    expect(check("2026-02-28T10:00:00Z")).toBeNull();
    expect(check("2026-02-30T10:00:00Z")).not.toBeNull();
    expect(check("2024-02-29T10:00:00Z")).toBeNull();
    expect(check("2026-02-29T10:00:00Z")).not.toBeNull();
    expect(compiler.response({ type: "string", format: "date" })("2026-13-01")).not.toBeNull();
  });
});
