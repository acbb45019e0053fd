// Matches a method and pathname against the contract's path templates.
import type { OperationDescriptor } from "./operations.js";

interface CompiledTemplate {
  segments: (string | { param: string })[];
  literalCount: number;
  byMethod: Map<string, OperationDescriptor>;
}

export type RouteMatch =
  | { kind: "found"; operation: OperationDescriptor; params: Record<string, string> }
  | { kind: "not-found" }
  | { kind: "bad-path" }
  | { kind: "method-not-allowed"; allow: string[] };

/** A router over the contract's path templates; literal segments beat parameters. */
export class Router {
  private readonly bySegmentCount = new Map<number, CompiledTemplate[]>();

  constructor(operations: readonly OperationDescriptor[]) {
    const byTemplate = new Map<string, CompiledTemplate>();
    for (const op of operations) {
      let compiled = byTemplate.get(op.pathTemplate);
      if (!compiled) {
        const segments = op.pathTemplate
          .split("/")
          .slice(1)
          .map((s) => (s.startsWith("{") && s.endsWith("}") ? { param: s.slice(1, -1) } : s));
        compiled = { segments, literalCount: segments.filter((s) => typeof s === "string").length, byMethod: new Map() };
        byTemplate.set(op.pathTemplate, compiled);
        const list = this.bySegmentCount.get(segments.length) ?? [];
        list.push(compiled);
        this.bySegmentCount.set(segments.length, list);
      }
      compiled.byMethod.set(op.method, op);
    }
    // Most specific first, so `/leads/intake` wins over `/leads/{id}`.
    for (const list of this.bySegmentCount.values()) list.sort((a, b) => b.literalCount - a.literalCount);
  }

  match(method: string, pathname: string): RouteMatch {
    if (!pathname.startsWith("/")) return { kind: "not-found" };
    const raw = pathname.split("/").slice(1);
    const candidates = this.bySegmentCount.get(raw.length);
    if (!candidates) return { kind: "not-found" };
    const allow = new Set<string>();
    let decodeFailed = false;
    for (const template of candidates) {
      const params = matchSegments(template, raw);
      if (params === null) continue;
      if (params === DECODE_FAILED) {
        decodeFailed = true;
        continue;
      }
      const operation = template.byMethod.get(method);
      if (operation) return { kind: "found", operation, params };
      for (const m of template.byMethod.keys()) allow.add(m);
    }
    if (allow.size > 0) return { kind: "method-not-allowed", allow: [...allow].sort() };
    return decodeFailed ? { kind: "bad-path" } : { kind: "not-found" };
  }
}

const DECODE_FAILED = Symbol("decode-failed");

function matchSegments(template: CompiledTemplate, raw: string[]): Record<string, string> | null | typeof DECODE_FAILED {
  const params: Record<string, string> = {};
  for (let i = 0; i < raw.length; i++) {
    const expected = template.segments[i]!;
    const actual = raw[i]!;
    if (typeof expected === "string") {
      if (expected !== actual) return null;
      continue;
    }
    if (actual.length === 0) return null;
    try {
      params[expected.param] = actual.includes("%") ? decodeURIComponent(actual) : actual;
    } catch {
      return DECODE_FAILED;
    }
  }
  return params;
}
