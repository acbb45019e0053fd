// Every TypeScript block of every README, as a file a consumer project compiles: a complete
// program as written, or a fragment completed by the prelude its info string names.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { type CodeBlock, typescriptBlocks } from "../../conformance/src/readme-examples.js";

export const repoRoot = join(import.meta.dirname, "..", "..", "..");
export const preludesDir = join(import.meta.dirname, "..", "preludes");

/** The READMEs users read: the root one and each package's, app's and tool's. */
export function readmeFiles(root = repoRoot): string[] {
  const files = [join(root, "README.md")];
  for (const group of ["packages", "apps", "tools"]) {
    const groupDir = join(root, group);
    if (!existsSync(groupDir)) continue;
    for (const entry of readdirSync(groupDir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const readme = join(groupDir, entry.name, "README.md");
      if (entry.isDirectory() && existsSync(readme)) files.push(readme);
    }
  }
  return files.filter((file) => existsSync(file));
}

/** One README block made into a source file of the consumer. */
export interface ExampleFile {
  /** README path relative to the repository root, e.g. `packages/client/README.md`. */
  readme: string;
  block: CodeBlock;
  /** Name of the prelude that completes a fragment (`fragment=<name>`), if any. */
  prelude: string | undefined;
  /** Run against the local API after compiling, unless marked `compile-only` or meant for a browser. */
  runnable: boolean;
  /** `browser`: runs in Chromium (bundled), not in Node. */
  browser: boolean;
  /** Path inside the consumer, e.g. `blocks/packages-client-readme-l18.ts`. */
  path: string;
  /** The file's text: one header line (the prelude's import, or a comment), then the block verbatim. */
  source: string;
}

const KNOWN_ATTRIBUTES = /^(fragment=[a-z0-9-]+|excerpt=[A-Za-z0-9_./-]+|compile-only|browser)$/;

/** Names a block declares or imports at its top level. */
export function topLevelNames(code: string, fileName = "block.tsx"): Set<string> {
  const file = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, false, ts.ScriptKind.TSX);
  const names = new Set<string>();
  const addBinding = (name: ts.BindingName) => {
    if (ts.isIdentifier(name)) names.add(name.text);
    else for (const element of name.elements) if (!ts.isOmittedExpression(element)) addBinding(element.name);
  };
  for (const statement of file.statements) {
    if (ts.isImportDeclaration(statement) && statement.importClause) {
      const clause = statement.importClause;
      if (clause.name) names.add(clause.name.text);
      const bindings = clause.namedBindings;
      if (bindings && ts.isNamespaceImport(bindings)) names.add(bindings.name.text);
      if (bindings && ts.isNamedImports(bindings)) for (const element of bindings.elements) names.add(element.name.text);
    } else if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) addBinding(declaration.name);
    } else if (
      (ts.isFunctionDeclaration(statement) ||
        ts.isClassDeclaration(statement) ||
        ts.isInterfaceDeclaration(statement) ||
        ts.isTypeAliasDeclaration(statement) ||
        ts.isEnumDeclaration(statement)) &&
      statement.name
    ) {
      names.add(statement.name.text);
    }
  }
  return names;
}

/** Every identifier a block mentions. */
function identifiersIn(code: string): Set<string> {
  const file = ts.createSourceFile("block.tsx", code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const names = new Set<string>();
  const visit = (node: ts.Node) => {
    if (ts.isIdentifier(node)) names.add(node.text);
    ts.forEachChild(node, visit);
  };
  visit(file);
  return names;
}

/** What a prelude exports, read from its source. */
export function preludeExports(name: string): string[] {
  const path = join(preludesDir, `${name}.ts`);
  if (!existsSync(path)) return [];
  const file = ts.createSourceFile(path, readFileSync(path, "utf8"), ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const exported = (statement: ts.Statement) =>
    ts.canHaveModifiers(statement) && (ts.getModifiers(statement) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
  const names: string[] = [];
  for (const statement of file.statements) {
    if (ts.isExportDeclaration(statement) && statement.exportClause && ts.isNamedExports(statement.exportClause)) {
      for (const element of statement.exportClause.elements) names.push(element.name.text);
    } else if (exported(statement)) {
      for (const declared of topLevelNames(statement.getText(file), path)) names.push(declared);
    }
  }
  return names;
}

/**
 * The consumer files for every TypeScript block of `readmes`. Problems that are the README's
 * (an unknown info-string word, a prelude that does not exist) are returned, each naming the
 * README file and the block's line.
 */
export function exampleFiles(readmes: string[], root = repoRoot): { files: ExampleFile[]; problems: string[] } {
  const files: ExampleFile[] = [];
  const problems: string[] = [];
  for (const readmePath of readmes) {
    const readme = relative(root, readmePath);
    for (const block of typescriptBlocks(readmePath)) {
      const where = `${readme}:${block.line} (block under "${block.heading}")`;
      const unknown = block.attributes.filter((word) => !KNOWN_ATTRIBUTES.test(word));
      if (unknown.length > 0) problems.push(`${where}: unknown info-string word(s) ${unknown.join(", ")}`);
      const excerpt = block.attributes.find((word) => word.startsWith("excerpt="))?.slice("excerpt=".length);
      if (excerpt !== undefined) {
        problems.push(...excerptProblems(block, join(root, excerpt), where));
        continue;
      }
      const prelude = block.attributes.find((word) => word.startsWith("fragment="))?.slice("fragment=".length);
      let header = "// A complete program, as written in the README.";
      if (prelude !== undefined) {
        const exported = preludeExports(prelude);
        if (exported.length === 0)
          problems.push(`${where}: fragment=${prelude}, but preludes/${prelude}.ts does not exist or exports nothing`);
        const declared = topLevelNames(block.code);
        const used = identifiersIn(block.code);
        const wanted = exported.filter((name) => used.has(name) && !declared.has(name));
        header = wanted.length > 0 ? `import { ${wanted.join(", ")} } from "../preludes/${prelude}.js";` : "// (prelude: nothing needed)";
      }
      const slug = `${readme.replace(/\.md$/i, "").replace(/[^A-Za-z0-9]+/g, "-")}-l${block.line}`.toLowerCase();
      const browser = block.attributes.includes("browser");
      const extension = block.language === "tsx" ? "tsx" : "ts";
      files.push({
        readme,
        block,
        prelude,
        browser,
        runnable: !browser && !block.attributes.includes("compile-only"),
        path: `blocks/${slug}.${extension}`,
        // `export {}` keeps every block a module of its own (top-level await, no clashes between blocks).
        source: `${header}\n${block.code}\nexport {};\n`,
      });
    }
  }
  return { files, problems };
}

/**
 * An `excerpt=<path>` block shows lines of this repository's own source (for contributors), which
 * no consumer could compile; instead each of its code lines must still be a line of that file.
 */
function excerptProblems(block: CodeBlock, sourcePath: string, where: string): string[] {
  if (!existsSync(sourcePath)) return [`${where}: excerpt=${relative(repoRoot, sourcePath)} does not exist`];
  const sourceLines = new Set(
    readFileSync(sourcePath, "utf8")
      .split("\n")
      .map((line) => line.trim()),
  );
  return block.code
    .split("\n")
    .map((line, offset) => ({ text: line.trim(), line: block.line + 1 + offset }))
    .filter(({ text }) => text !== "" && !text.startsWith("//") && !sourceLines.has(text))
    .map(({ text, line }) => `${where.replace(/:\d+ /, `:${line} `)}: not a line of ${relative(repoRoot, sourcePath)}: ${text}`);
}

/**
 * Rewrites tsc's `blocks/x.ts(12,5): error TS…` lines into `README.md:LINE:COL (block under "…")`,
 * so a failure points at the README line to fix. Lines of other files pass through unchanged.
 */
export function mapDiagnostics(output: string, files: ExampleFile[]): string[] {
  const byPath = new Map(files.map((file) => [file.path, file]));
  const diagnostics: string[] = [];
  // An indented line elaborates the diagnostic above it: one string per diagnostic.
  for (const line of output.split("\n").filter((text) => text.trim() !== "")) {
    if (/^\s/.test(line) && diagnostics.length > 0) diagnostics[diagnostics.length - 1] += `\n${line}`;
    else diagnostics.push(line);
  }
  return diagnostics.map((line) => {
    const match = /^(blocks\/[^(]+)\((\d+),(\d+)\): ([\s\S]*)$/.exec(line);
    const file = match ? byPath.get(match[1]!) : undefined;
    if (!match || !file) return line;
    const fileLine = Number(match[2]);
    // File line 1 is the header; file line 2 is the README line after the opening fence.
    const where =
      fileLine === 1
        ? `${file.readme}:${file.block.line} (prelude of fragment=${file.prelude})`
        : `${file.readme}:${file.block.line + fileLine - 1}:${match[3]}`;
    return `${where} (block under "${file.block.heading}"): ${match[4]}`;
  });
}
