// The committed API reports match each package's public surface.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { reportFolder, reportPackage, updateCommand } from "../src/api-report.mjs";
import { listPublicPackages } from "../src/workspace.mjs";

const scratch = mkdtempSync(join(tmpdir(), "leadping-api-report-test-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe.each(listPublicPackages())("$name API report", (pkg) => {
  it(`is up to date (after a deliberate API change: ${updateCommand}, then commit tools/release-check/api/)`, () => {
    const tempFolder = mkdtempSync(join(scratch, "temp-"));
    const { changed, problems, reportFile } = reportPackage(pkg, { update: false, tempFolder });
    expect(problems).toEqual([]);
    expect(changed, `${reportFile} is out of date: run \`${updateCommand}\` and commit the diff`).toBe(false);
  });
});

describe("API report check", () => {
  it("flags a report that no longer matches the package", () => {
    const [types] = listPublicPackages();
    const folder = mkdtempSync(join(scratch, "reports-"));
    cpSync(reportFolder, folder, { recursive: true });
    const file = join(folder, "leadping-types.api.md");
    writeFileSync(file, readFileSync(file, "utf8").replace("export type LeadRequest", "export type LeadRequestRenamed"));
    const { changed } = reportPackage(types!, { update: false, tempFolder: mkdtempSync(join(scratch, "temp-")), folder });
    expect(changed).toBe(true);
  });
});
