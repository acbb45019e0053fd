// Measures how deeply a parsed JSON value nests, without recursion: a body
// nested thousands of levels deep must be refused, not overflow the stack of
// whatever walks it later (schema checks, JSON.stringify, structuredClone).

/**
 * Where `value` nests deeper than `maxDepth` containers (the value itself is level 1):
 * the top-level property it happens under (`"body"` when that is the root), or `null`.
 */
export function tooDeepAt(value: unknown, maxDepth: number): string | null {
  const pending: { node: unknown; depth: number; field: string }[] = [{ node: value, depth: 1, field: "body" }];
  for (let item = pending.pop(); item !== undefined; item = pending.pop()) {
    const { node, depth, field } = item;
    if (node === null || typeof node !== "object") continue;
    if (depth > maxDepth) return field;
    // Plain loops, no entry arrays: this runs on every request body.
    if (Array.isArray(node)) {
      for (let index = 0; index < node.length; index++) {
        const child: unknown = node[index];
        if (child !== null && typeof child === "object")
          pending.push({ node: child, depth: depth + 1, field: depth === 1 ? String(index) : field });
      }
    } else {
      for (const key in node) {
        if (!Object.prototype.hasOwnProperty.call(node, key)) continue;
        const child: unknown = (node as Record<string, unknown>)[key];
        if (child !== null && typeof child === "object") pending.push({ node: child, depth: depth + 1, field: depth === 1 ? key : field });
      }
    }
  }
  return null;
}
