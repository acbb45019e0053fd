// Which operation of the contract a concrete request path is, so the gateway
// picks credentials from the generated operation table instead of a hand list.
// Literal segments beat parameters: `GET /leads/intake` is intake, not a lead id.
import { operationTable } from "@leadping/types";
import type { OperationFacts, OperationKey } from "@leadping/types";

interface Template {
  key: OperationKey;
  method: string;
  segments: string[];
  literals: number;
}

const templates: Template[] = Object.keys(operationTable).map((key) => {
  const [method, path] = key.split(" ") as [string, string];
  const segments = path.split("/").slice(1);
  return { key: key as OperationKey, method, segments, literals: segments.filter((s) => !s.startsWith("{")).length };
});

function matches(template: Template, method: string, segments: string[]): boolean {
  if (template.method !== method || template.segments.length !== segments.length) return false;
  return template.segments.every((s, i) => s.startsWith("{") || s === segments[i]);
}

/** The facts of the operation `method` + `path` (no query) calls, or `undefined` when it calls none. */
export function operationFor(method: string, path: string): OperationFacts | undefined {
  const segments = path.split("/").slice(1);
  let best: Template | undefined;
  for (const template of templates) {
    if (matches(template, method, segments) && (!best || template.literals > best.literals)) best = template;
  }
  return best && operationTable[best.key];
}
