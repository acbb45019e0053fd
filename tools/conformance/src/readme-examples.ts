// The client README's TypeScript examples, read from the README itself and run as written,
// so what is checked cannot drift from what the README shows.
import { readFileSync } from "node:fs";
import ts from "typescript";

/** One ```ts block of a markdown file and the heading it stands under. */
export interface CodeBlock {
  heading: string;
  /** 1-based position among the ts blocks under the same heading. */
  index: number;
  code: string;
}

export function typescriptBlocks(markdownPath: string): CodeBlock[] {
  const blocks: CodeBlock[] = [];
  let heading = "";
  let current: string[] | null = null;
  for (const line of readFileSync(markdownPath, "utf8").split("\n")) {
    if (current !== null) {
      if (line.startsWith("```")) {
        blocks.push({ heading, index: blocks.filter((b) => b.heading === heading).length + 1, code: current.join("\n") });
        current = null;
      } else current.push(line);
    } else if (line.startsWith("```ts")) current = [];
    else if (/^#{1,6} /.test(line)) heading = line.replace(/^#+ /, "");
  }
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
