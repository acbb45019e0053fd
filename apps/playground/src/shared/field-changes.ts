// What changed between two versions of a resource, as a flat list of field
// paths (`contact.streetAddress.city`). Used by the tour's printout and by the
// page's exchange panel. Arrays are compared whole: a lead's tags are one value.

/** One field whose value differs between the two versions. */
export interface FieldChange {
  /** Dotted path of the field, such as `customer.birthDate`. */
  path: string;
  /** Value before the change; `undefined` when the field did not exist. */
  before: unknown;
  /** Value after the change; `undefined` when the field no longer exists. */
  after: unknown;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function flatten(value: unknown, prefix: string, into: Map<string, unknown>): void {
  if (isPlainObject(value)) {
    for (const [key, child] of Object.entries(value)) flatten(child, prefix ? `${prefix}.${key}` : key, into);
    return;
  }
  if (prefix) into.set(prefix, value);
}

/** Flattens a JSON value to `path → leaf value`; an empty object has no leaves. */
export function flattenFields(value: unknown): Map<string, unknown> {
  const fields = new Map<string, unknown>();
  flatten(value, "", fields);
  return fields;
}

/** Lists the fields that differ between `before` and `after`, in a stable (sorted) order. */
export function diffFields(before: unknown, after: unknown): FieldChange[] {
  const a = flattenFields(before);
  const b = flattenFields(after);
  const paths = [...new Set([...a.keys(), ...b.keys()])].sort();
  const changes: FieldChange[] = [];
  for (const path of paths) {
    const was = a.get(path);
    const now = b.get(path);
    // null and a missing field are the same to a reader of the API.
    if ((was ?? null) === null && (now ?? null) === null) continue;
    if (JSON.stringify(was) !== JSON.stringify(now)) changes.push({ path, before: was, after: now });
  }
  return changes;
}

function isNamed(value: unknown): value is { name: string } {
  return isPlainObject(value) && typeof value["name"] === "string";
}

/** Renders a field value compactly for one line of output; lists of named things (tags) by name. */
export function formatFieldValue(value: unknown, maxLength = 48): string {
  if (value === undefined) return "∅";
  const text =
    Array.isArray(value) && value.length > 0 && value.every(isNamed)
      ? `[${value.map((item) => item.name).join(", ")}]`
      : (JSON.stringify(value) ?? "∅");
  return text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text;
}

/** Renders one change as `path: before → after`. */
export function formatFieldChange(change: FieldChange): string {
  return `${change.path}: ${formatFieldValue(change.before)} → ${formatFieldValue(change.after)}`;
}
