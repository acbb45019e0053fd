// TypeDoc plugin: openapi-typescript writes the spec's descriptions as
// `@description` tags; show them as the summary of the documented item. Also
// names each module after its package ("@leadping/client", not "client/src").
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Converter, ReflectionKind } from "typedoc";
import { repoRoot } from "./workspace.mjs";

/** @param {string} moduleName e.g. "client/src" */
function packageNameOf(moduleName) {
  const match = /^([\w-]+)\/src$/.exec(moduleName);
  if (!match) return undefined;
  try {
    return /** @type {{ name: string }} */ (JSON.parse(readFileSync(join(repoRoot, "packages", String(match[1]), "package.json"), "utf8")))
      .name;
  } catch {
    return undefined;
  }
}

/** @param {import("typedoc").Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    for (const module of context.project.getChildrenByKind(ReflectionKind.Module)) {
      module.name = packageNameOf(module.name) ?? module.name;
    }
    for (const reflection of context.project.getReflectionsByKind(ReflectionKind.All)) {
      const comments = [reflection.comment];
      if ("signatures" in reflection && Array.isArray(reflection.signatures)) {
        comments.push(...reflection.signatures.map((/** @type {import("typedoc").SignatureReflection} */ s) => s.comment));
      }
      for (const comment of comments) {
        const description = comment?.getTag("@description");
        if (!comment || !description) continue;
        comment.summary =
          comment.summary.length > 0 ? [...comment.summary, { kind: "text", text: "\n\n" }, ...description.content] : description.content;
        comment.removeTags("@description");
      }
    }
  });
}
