// Numeric bounds in both spellings: OpenAPI 3.0's boolean `exclusiveMaximum: true` beside `maximum`, and
// OpenAPI 3.1's (JSON Schema 2020-12) numeric `exclusiveMaximum: 5`. Both normalize to (value, exclusive),
// so rewriting one spelling as the other is no change and flipping the 3.0 boolean is one.
import type { JsonObject } from "./types.js";

export interface Bound {
  value: number;
  exclusive: boolean;
  /** The keyword that carries the value (`maximum` or `exclusiveMaximum`). */
  keyword: string;
}

export type BoundSide = "upper" | "lower";

const keywords = { upper: ["maximum", "exclusiveMaximum"], lower: ["minimum", "exclusiveMinimum"] } as const;

/** The effective bound of a node, or undefined when unbounded on that side. */
export function boundOf(node: JsonObject, side: BoundSide): Bound | undefined {
  const [inclusiveKey, exclusiveKey] = keywords[side];
  const inclusive = node[inclusiveKey];
  const exclusive = node[exclusiveKey];
  const candidates: Bound[] = [];
  if (typeof inclusive === "number") candidates.push({ value: inclusive, exclusive: exclusive === true, keyword: inclusiveKey });
  if (typeof exclusive === "number") candidates.push({ value: exclusive, exclusive: true, keyword: exclusiveKey });
  // Both present (3.1): the tighter one decides.
  return candidates.reduce<Bound | undefined>((best, b) => (best === undefined || tighter(side, best, b) ? b : best), undefined);
}

/** Whether `next` admits fewer values than `previous` (undefined = unbounded). */
export function tighter(side: BoundSide, previous: Bound | undefined, next: Bound | undefined): boolean {
  if (next === undefined) return false;
  if (previous === undefined) return true;
  if (next.value !== previous.value) return side === "upper" ? next.value < previous.value : next.value > previous.value;
  return next.exclusive && !previous.exclusive;
}

export const sameBound = (a: Bound | undefined, b: Bound | undefined): boolean => a?.value === b?.value && a?.exclusive === b?.exclusive;

export const boundKeywords = keywords;
