// API reports (api-extractor) of each published package's public surface,
// committed under tools/release-check/api/. The test fails when a package's
// public API changes and its report was not updated with `pnpm api:update`.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Extractor, ExtractorConfig, ExtractorLogLevel } from "@microsoft/api-extractor";
import { listPublicPackages, toolsDir } from "./workspace.mjs";

/** Where the committed reports live. */
export const reportFolder = join(toolsDir, "api");

/** The one command that rewrites the reports. */
export const updateCommand = "pnpm api:update";

/**
 * @param {import("./workspace.mjs").WorkspacePackage} pkg
 * @param {{ update: boolean, tempFolder: string, folder?: string, entry?: string }} options `folder` @default reportFolder; `entry`, the declarations' base name in dist/ (a subpath such as "webhooks") @default "index"
 * @returns {{ name: string, reportFile: string, changed: boolean, problems: string[] }}
 */
export function reportPackage(pkg, { update, tempFolder, folder = reportFolder, entry = "index" }) {
  const reportFileName = pkg.name.replace("@leadping/", "leadping-") + (entry === "index" ? "" : `-${entry}`);
  const config = ExtractorConfig.prepare({
    configObject: {
      projectFolder: pkg.dir,
      // The ESM declarations; the CJS ones are generated from the same source.
      mainEntryPointFilePath: join(pkg.dir, "dist", `${entry}.d.mts`),
      compiler: {
        overrideTsconfig: {
          compilerOptions: {
            module: "esnext",
            moduleResolution: "bundler",
            target: "es2022",
            lib: ["es2022", "dom"],
            strict: true,
            skipLibCheck: true,
            types: [],
          },
          files: [join(pkg.dir, "dist", `${entry}.d.mts`)],
        },
      },
      apiReport: { enabled: true, reportFileName, reportFolder: folder, reportTempFolder: tempFolder, includeForgottenExports: true },
      docModel: { enabled: false },
      dtsRollup: { enabled: false },
      tsdocMetadata: { enabled: false },
      newlineKind: "lf",
      messages: {
        compilerMessageReporting: { default: { logLevel: ExtractorLogLevel.Warning } },
        // The report records these (e.g. missing release tags) instead of failing on them.
        extractorMessageReporting: { default: { logLevel: ExtractorLogLevel.None } },
        tsdocMessageReporting: { default: { logLevel: ExtractorLogLevel.None } },
      },
    },
    configObjectFullPath: join(pkg.dir, "api-extractor.json"),
    packageJsonFullPath: join(pkg.dir, "package.json"),
  });
  /** @type {string[]} */
  const problems = [];
  const result = Extractor.invoke(config, {
    localBuild: update,
    messageCallback: (message) => {
      // "console-*" messages narrate what happened to the report file; the result says the same.
      const narration = message.messageId.startsWith("console-");
      if (!narration && (message.logLevel === ExtractorLogLevel.Error || message.logLevel === ExtractorLogLevel.Warning)) {
        problems.push(message.formatMessageWithLocation(pkg.dir));
      }
      message.handled = true;
    },
  });
  if (!result.succeeded && !result.apiReportChanged) problems.push(`api-extractor failed for ${pkg.name}`);
  return {
    name: entry === "index" ? pkg.name : `${pkg.name}/${entry}`,
    reportFile: join(folder, `${reportFileName}.api.md`),
    changed: result.apiReportChanged,
    problems,
  };
}

/**
 * The declaration entries of a package's exports: "index" for ".", and the
 * base name of each other subpath's ESM declarations (`./webhooks` → "webhooks").
 * @param {import("./workspace.mjs").WorkspacePackage} pkg
 * @returns {string[]}
 */
export function declarationEntries(pkg) {
  const exports = /** @type {Record<string, { import?: { types?: string } } | string>} */ (pkg.manifest.exports ?? {});
  const entries = Object.values(exports).flatMap((target) => {
    const types = typeof target === "object" ? target.import?.types : undefined;
    const match = types ? /^\.\/dist\/([\w-]+)\.d\.mts$/.exec(types) : null;
    return match?.[1] ? [match[1]] : [];
  });
  return entries.includes("index") ? entries : ["index", ...entries];
}

/**
 * Compares (or, with `update`, rewrites) every package's report, one per exported entry.
 * @param {{ update: boolean }} options
 */
export function reportAllPackages({ update }) {
  const tempFolder = mkdtempSync(join(tmpdir(), "leadping-api-report-"));
  try {
    return listPublicPackages().flatMap((pkg) => declarationEntries(pkg).map((entry) => reportPackage(pkg, { update, tempFolder, entry })));
  } finally {
    rmSync(tempFolder, { recursive: true, force: true });
  }
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  const update = process.argv.includes("--update");
  let failed = false;
  for (const { name, reportFile, changed, problems } of reportAllPackages({ update })) {
    for (const problem of problems) console.error(`${name}: ${problem}`);
    failed ||= problems.length > 0 || (changed && !update);
    console.log(`${name}: ${changed ? (update ? "updated" : `CHANGED — run \`${updateCommand}\``) : "unchanged"} (${reportFile})`);
  }
  process.exitCode = failed ? 1 : 0;
}
