// Places the field messages of a problem details document (`errors`) next to
// the editor's inputs. APIs spell field paths in several ways — `customer.birthDate`,
// `/customer/birthDate`, `$.customer.birthDate`, `body.customer.birthDate`,
// `Customer.BirthDate` — so keys are normalized before matching.

/** Field messages sorted into those the form can show in place and the rest. */
export interface PlacedFieldErrors {
  /** Messages by the form's own field path. */
  byField: Map<string, string[]>;
  /** Messages whose path matches no input, by the key the API used. */
  unplaced: [key: string, messages: string[]][];
}

/** Normalizes an error key to dotted, lower-case form: `/contact/phone/number` → `contact.phone.number`. */
export function normalizeFieldKey(key: string): string {
  return key
    .trim()
    .replace(/^\$\.?/, "")
    .replace(/\[(\w+)\]/g, ".$1")
    .replace(/\//g, ".")
    .replace(/^\.+|\.+$/g, "")
    .replace(/^(body|request)\./i, "")
    .toLowerCase();
}

/** Sorts `errors` into messages for the known `fieldPaths` and the rest. */
export function placeFieldErrors(errors: Record<string, string[]> | null | undefined, fieldPaths: readonly string[]): PlacedFieldErrors {
  const byNormalized = new Map(fieldPaths.map((path) => [path.toLowerCase(), path]));
  const placed: PlacedFieldErrors = { byField: new Map(), unplaced: [] };
  for (const [key, messages] of Object.entries(errors ?? {})) {
    const list = Array.isArray(messages) ? messages.map(String) : [String(messages)];
    const field = byNormalized.get(normalizeFieldKey(key));
    if (field === undefined) {
      placed.unplaced.push([key, list]);
    } else {
      placed.byField.set(field, [...(placed.byField.get(field) ?? []), ...list]);
    }
  }
  return placed;
}
