import { describe, expect, it } from "vitest";
import { tagColour } from "../../src/web/tag-colour.js";

describe("tagColour", () => {
  it("accepts hex colours of 3, 4, 6 and 8 digits", () => {
    for (const colour of ["#abc", "#ABCD", "#3b82f6", "#3b82f6cc"]) expect(tagColour(colour)).toBe(colour);
  });

  it("refuses everything else: CSS text, names, functions, urls", () => {
    for (const colour of [
      "red",
      "#12",
      "#12345",
      "#1234567",
      "#3b82f6;position:fixed",
      "rgb(0,0,0)",
      "url(https://evil.example)",
      " #abc",
      "#abc\n",
      "",
      null,
      undefined,
    ])
      expect(tagColour(colour)).toBeNull();
  });
});
