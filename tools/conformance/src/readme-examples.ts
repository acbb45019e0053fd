// The client README's TypeScript examples, read from the README itself and run as written,
// so what is checked cannot drift from what the README shows.
import { readFileSync } from "node:fs";
import ts from "typescript";

/** One ```ts (or ```typescript) block of a markdown file and the heading it stands under. */
export interface CodeBlock {
  heading: string;
  /** 1-based position among the ts blocks under the same heading. */
  index: number;
  code: string;
  /** 1-based line of the opening fence in the markdown file; the code starts on the next line. */
  line: number;
  /** `ts`, `tsx` or `typescript`, as the info string names it. */
  language: string;
  /** The words after the language in the info string, e.g. `["fragment=client", "compile-only"]`. */
  attributes: string[];
}

const OPENING_FENCE = /^```(tsx?|typescript)(?:\s+(.*))?$/;

export function typescriptBlocks(markdownPath: string): CodeBlock[] {
  const blocks: CodeBlock[] = [];
  let heading = "";
  let otherFence = false;
  let current: { line: number; language: string; attributes: string[]; lines: string[] } | null = null;
  readFileSync(markdownPath, "utf8")
    .split("\n")
    .forEach((text, lineIndex) => {
      if (current !== null) {
        if (text.startsWith("```")) {
          const index = blocks.filter((b) => b.heading === heading).length + 1;
          blocks.push({
            heading,
            index,
            code: current.lines.join("\n"),
            line: current.line,
            language: current.language,
            attributes: current.attributes,
          });
          current = null;
        } else current.lines.push(text);
        return;
      }
      if (otherFence) {
        if (text.startsWith("```")) otherFence = false;
        return;
      }
      const fence = OPENING_FENCE.exec(text.trimEnd());
      // A `#` line inside another fence (a shell comment) is not a heading.
      if (!fence && text.startsWith("```")) otherFence = true;
      else if (fence)
        current = { line: lineIndex + 1, language: fence[1]!, attributes: (fence[2] ?? "").split(/\s+/).filter(Boolean), lines: [] };
      else if (/^#{1,6} /.test(text)) heading = text.replace(/^#+ /, "");
    });
  return blocks;
}

const IMPORT = /^import\s[\s\S]*?from\s+"([^"]+)";?[ \t]*$/gm;

/** The modules a block imports. */
export function importsOf(block: CodeBlock): string[] {
  return [...block.code.matchAll(IMPORT)].map((m) => m[1]!);
}

/**
 * Runs a block as the body of an async function. Its imports are dropped: `globals` provides
 * every name the README's examples take from earlier blocks or from `@leadping/client`.
 * Each block has its own scope, so a block that declares its own `lp` shadows the one given.
 */
export async function runBlock(block: CodeBlock, globals: Record<string, unknown>): Promise<void> {
  const source = `async function readmeBlock() {\n${block.code.replace(IMPORT, "")}\n}`;
  const { outputText } = ts.transpileModule(source, { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext } });
  const names = Object.keys(globals);
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- running the README's own code is the point; it comes from this repository.
  const run = new Function(...names, `${outputText}\nreturn readmeBlock();`) as (...args: unknown[]) => Promise<void>;
  await run(...names.map((name) => globals[name]));
}
