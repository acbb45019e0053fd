// The client's browser bundle stays within its committed gzip budget.
import { describe, expect, it } from "vitest";
import { measureClientSize, overBudget, readSizeBudget } from "../src/size-budget.mjs";

describe("@leadping/client size budget", () => {
  it("bundles within budget (minified, gzip)", async () => {
    const measurements = await measureClientSize();
    // A near-empty bundle would mean the client was not bundled at all.
    for (const { gzipBytes } of measurements) expect(gzipBytes).toBeGreaterThan(1000);
    expect(overBudget(measurements, readSizeBudget())).toEqual([]);
  });

  it("reports a scenario that exceeds its budget", () => {
    const messages = overBudget(
      [
        { scenario: "update-lead", gzipBytes: 101 },
        { scenario: "everything", gzipBytes: 100 },
      ],
      { "update-lead": 100, everything: 100 },
    );
    expect(messages).toEqual(["update-lead: 101 B gzip > budget 100 B (tools/release-check/size-budget.json)"]);
  });
});
