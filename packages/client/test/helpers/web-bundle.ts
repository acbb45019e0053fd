// Bundles a client entry the way an edge worker or a page would load it: one
// script for a neutral platform (no Node built-ins resolved), with the list of
// modules that went into it.
import { build } from "esbuild";

export async function bundleForWeb(entry: string, globalName: string): Promise<{ code: string; inputs: string[] }> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: "iife",
    globalName,
    platform: "neutral",
    mainFields: ["module", "main"],
    target: "es2022",
    metafile: true,
    logLevel: "silent",
  });
  return { code: result.outputFiles[0]!.text, inputs: Object.keys(result.metafile.inputs) };
}
