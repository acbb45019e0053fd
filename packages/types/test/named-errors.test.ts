// What tsc prints for a wrong value: the contract's schema name, not the schema's whole shape.
// Compiles a small program against src/index.ts with the TypeScript compiler API and reads the
// diagnostics, as a consumer's editor would show them.
import { join } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const entry = join(import.meta.dirname, "..", "src", "index.ts");
const probe = join(import.meta.dirname, "named-errors-probe.ts");

function diagnosticsOf(source: string): string[] {
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    skipLibCheck: true,
    types: [],
  };
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, languageVersion, ...rest) =>
    fileName === probe ? ts.createSourceFile(fileName, source, languageVersion) : getSourceFile(fileName, languageVersion, ...rest);
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (fileName) => fileName === probe || fileExists(fileName);
  const program = ts.createProgram([probe], options, host);
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
}

describe("type errors name the schema", () => {
  it("a wrong lead body is 'not assignable to parameter of type LeadRequest'", () => {
    const [message, ...others] = diagnosticsOf(`
      import type { LeadRequest, components } from ${JSON.stringify(entry.replace(/\.ts$/, ".js"))};
      declare function update(body: LeadRequest): void;
      declare function updateRaw(body: components["schemas"]["LeadRequest"]): void;
      const body = { contact: { firstName: 1 } };
      update(body);
      updateRaw(body);
    `);
    expect(message?.split("\n")[0]).toMatch(/is not assignable to parameter of type 'LeadRequest'\.$/);
    expect(others.map((text) => text.split("\n")[0])).toEqual([expect.stringMatching(/parameter of type 'LeadRequest'\.$/)]);
    expect([message, ...others].join("\n")).not.toMatch(/adminEnablementOverride\?:/);
  }, 120_000);

  it("a nested schema is named too (LeadContactRequest inside LeadRequest)", () => {
    const messages = diagnosticsOf(`
      import type { LeadRequest } from ${JSON.stringify(entry.replace(/\.ts$/, ".js"))};
      declare function update(body: LeadRequest): void;
      const body = { contact: "Ada Lovelace", metadata: {}, customer: {}, tagIds: [], tagNames: [] };
      update(body);
    `);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/parameter of type 'LeadRequest'/);
    expect(messages[0]).toMatch(/'LeadContactRequest'/);
  }, 120_000);
});
