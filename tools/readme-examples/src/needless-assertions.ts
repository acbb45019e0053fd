// A `!` on a value that can never be null or undefined compiles, but teaches readers that the
// field may be missing (`won.id!` on a required `id`). Found with the consumer's own type checker,
// the way typescript-eslint's no-unnecessary-type-assertion finds it.
import { join } from "node:path";
import ts from "typescript";
import type { ExampleFile } from "./readme-blocks.js";

/** `README.md:LINE:COL (block under "…"): needless "!"…` for every `x!` whose `x` is never null or undefined. */
export function needlessNonNullAssertions(consumerDir: string, files: ExampleFile[]): string[] {
  const configPath = join(consumerDir, "tsconfig.json");
  const config = ts.getParsedCommandLineOfConfigFile(configPath, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
  if (!config) throw new Error(`cannot read ${configPath}`);
  const program = ts.createProgram({ rootNames: config.fileNames, options: { ...config.options, noEmit: true } });
  const checker = program.getTypeChecker();
  const findings: string[] = [];
  for (const file of files) {
    const source = program.getSourceFile(join(consumerDir, file.path));
    if (!source) continue;
    const visit = (node: ts.Node) => {
      if (ts.isNonNullExpression(node)) {
        const type = checker.getTypeAtLocation(node.expression);
        const parts = type.isUnion() ? type.types : [type];
        const nullable = parts.some(
          (part) => part.flags & (ts.TypeFlags.Null | ts.TypeFlags.Undefined | ts.TypeFlags.Void | ts.TypeFlags.Any | ts.TypeFlags.Unknown),
        );
        if (!nullable) {
          const { line, character } = source.getLineAndCharacterOfPosition(node.getStart(source));
          const where = `${file.readme}:${file.block.line + line}:${character + 1}`;
          findings.push(
            `${where} (block under "${file.block.heading}"): needless "!" on ${node.expression.getText(source)}: ${checker.typeToString(type)} is never null or undefined`,
          );
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return findings;
}
