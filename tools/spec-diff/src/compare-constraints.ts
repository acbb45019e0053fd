// Compares the validation keywords of two shapes: bounds (both spellings of the exclusive ones), pattern,
// multipleOf, uniqueItems and dependentRequired. A tighter keyword narrows, a looser one widens; the caller's
// direction decides which of the two breaks clients.
import { boundKeywords, boundOf, sameBound, tighter, type Bound } from "./bounds.js";
import { childPointer, isObject } from "./pointer.js";
import type { Shape } from "./schema-shape.js";
import type { JsonObject } from "./types.js";

/** Reports one constraint change: `narrowed` when the new schema admits fewer values. */
export type ConstraintReport = (narrowed: boolean, pointer: string, message: string) => void;

const upperCounts = ["maxLength", "maxItems", "maxProperties"] as const;
const lowerCounts = ["minLength", "minItems", "minProperties"] as const;

/** The keywords compareConstraints looks at with values it understands; the rest stay unexplained. */
export function comparedConstraintKeywords(node: JsonObject): string[] {
  const out: string[] = [];
  for (const k of [...upperCounts, ...lowerCounts, "multipleOf"]) if (typeof node[k] === "number") out.push(k);
  for (const side of ["upper", "lower"] as const) {
    const [inclusiveKey, exclusiveKey] = boundKeywords[side];
    if (typeof node[inclusiveKey] === "number") out.push(inclusiveKey);
    if (typeof node[exclusiveKey] === "number" || typeof node[exclusiveKey] === "boolean") out.push(exclusiveKey);
  }
  if (typeof node.pattern === "string") out.push("pattern");
  if (typeof node.uniqueItems === "boolean") out.push("uniqueItems");
  if (isObject(node.dependentRequired)) out.push("dependentRequired");
  return out;
}

const show = (v: unknown): string => (v === undefined ? "none" : JSON.stringify(v));
const showBound = (b: Bound | undefined, side: "upper" | "lower"): string =>
  b === undefined ? "none" : `${side === "upper" ? (b.exclusive ? "<" : "≤") : b.exclusive ? ">" : "≥"} ${b.value}`;

export function compareConstraints(base: Shape, head: Shape, report: ConstraintReport): void {
  const num = (s: Shape, k: string): number | undefined => (typeof s.node[k] === "number" ? s.node[k] : undefined);
  const at = (k: string, removed: boolean): string => (removed ? childPointer(base.where(k), k) : childPointer(head.where(k), k));
  const counts = (keys: readonly string[], narrower: (before: number, after: number) => boolean): void => {
    for (const k of keys) {
      const [b, h] = [num(base, k), num(head, k)];
      if (b === h) continue;
      report(
        h !== undefined && (b === undefined || narrower(b, h)),
        at(k, h === undefined),
        `${k} ${b === undefined ? "added" : h === undefined ? "removed" : "changed"}: ${show(b)} → ${show(h)}`,
      );
    }
  };
  counts(upperCounts, (b, h) => h < b);
  counts(lowerCounts, (b, h) => h > b);
  for (const side of ["upper", "lower"] as const) {
    const [b, h] = [boundOf(base.node, side), boundOf(head.node, side)];
    if (sameBound(b, h)) continue;
    const exclusiveKey = boundKeywords[side][1];
    // Point at the keyword that carries the new bound, or at the 3.0 boolean flag when only it flipped.
    const flagOnly = b !== undefined && h !== undefined && b.value === h.value && b.keyword === h.keyword;
    const keyword = flagOnly ? exclusiveKey : (h ?? b)!.keyword;
    report(
      tighter(side, b, h),
      at(keyword, h === undefined || !(keyword in head.node)),
      `${side === "upper" ? "upper" : "lower"} bound changed: ${showBound(b, side)} → ${showBound(h, side)}`,
    );
  }
  const [bp, hp] = [base.node.pattern, head.node.pattern];
  // A changed pattern may reject values the old one accepted: count it as narrowing.
  if (bp !== hp)
    report(
      hp !== undefined,
      at("pattern", hp === undefined),
      `pattern ${bp === undefined ? "added" : hp === undefined ? "removed" : "changed"}: ${show(bp)} → ${show(hp)}`,
    );
  const [bm, hm] = [num(base, "multipleOf"), num(head, "multipleOf")];
  // A new multiple narrows unless it divides the old one (multipleOf 10 → 5 widens).
  if (bm !== hm)
    report(
      hm !== undefined && (bm === undefined || !Number.isInteger(bm / hm)),
      at("multipleOf", hm === undefined),
      `multipleOf ${show(bm)} → ${show(hm)}`,
    );
  const [bu, hu] = [base.node.uniqueItems === true, head.node.uniqueItems === true];
  if (bu !== hu) report(hu, at("uniqueItems", false), `uniqueItems ${bu} → ${hu}`);
  compareDependentRequired(base, head, report);
}

function compareDependentRequired(base: Shape, head: Shape, report: ConstraintReport): void {
  const of = (s: Shape): Map<string, Set<string>> => {
    const raw = s.node.dependentRequired;
    const out = new Map<string, Set<string>>();
    if (isObject(raw))
      for (const [k, v] of Object.entries(raw))
        out.set(k, new Set(Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : []));
    return out;
  };
  const [b, h] = [of(base), of(head)];
  for (const name of new Set([...b.keys(), ...h.keys()])) {
    const before = b.get(name) ?? new Set<string>();
    const after = h.get(name) ?? new Set<string>();
    const added = [...after].filter((x) => !before.has(x));
    const removed = [...before].filter((x) => !after.has(x));
    const pointer = h.has(name)
      ? childPointer(head.where("dependentRequired"), "dependentRequired", name)
      : childPointer(base.where("dependentRequired"), "dependentRequired", name);
    if (added.length > 0) report(true, pointer, `with \`${name}\`, now also required: ${added.join(", ")}`);
    if (removed.length > 0) report(false, pointer, `with \`${name}\`, no longer required: ${removed.join(", ")}`);
  }
}
