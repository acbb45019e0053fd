// Removes the credentials one call sent from anything that leaves the client.
// A server may echo a key as sent, JSON-escaped (`\/` as PHP writes it,
// `\u002B` as .NET does), percent-encoded, or base64-encoded (Basic auth, JWT
// payloads); the pattern matches every mix of those forms, case-insensitively,
// so nothing that `JSON.parse` or `decodeURIComponent` would turn back into
// the key survives.

/** Replaces each credential of one call in `text` with `[redacted]`. */
export type Redact = (text: string) => string;

const REDACTED = "[redacted]";
const hex = (n: number, width: number) => n.toString(16).padStart(width, "0");
const escapeRegExp = (text: string) => text.replace(/[\\^$.*+?()[\]{}|/-]/g, "\\$&");

/** One character of the key in any of the escaped forms. */
function charPattern(char: string): string {
  const forms = [escapeRegExp(char)];
  for (let i = 0; i < char.length; i++) forms.push(`\\\\u${hex(char.charCodeAt(i), 4)}`);
  if (char === "/" || char === '"' || char === "\\") forms.push(`\\\\${escapeRegExp(char)}`);
  forms.push([...new TextEncoder().encode(char)].map((byte) => `%${hex(byte, 2)}`).join(""));
  return `(?:${forms.join("|")})`;
}

/**
 * The base64 text of `bytes` wherever they sit in a longer base64 string: for
 * each of the three alignments, the characters that depend on `bytes` alone.
 */
function base64Cores(bytes: Uint8Array): string[] {
  const cores: string[] = [];
  for (let offset = 0; offset < 3; offset++) {
    const padded = new Uint8Array(offset + bytes.length);
    padded.set(bytes, offset);
    const encoded = btoa(String.fromCharCode(...padded));
    const core = encoded.slice(Math.ceil((8 * offset) / 6), Math.floor((8 * padded.length) / 6));
    // Too short a core would redact unrelated base64 text.
    if (core.length >= 8) cores.push(core, core.replace(/\+/g, "-").replace(/\//g, "_"));
  }
  return cores;
}

/** A redactor for `secrets`; the identity when there are none. */
export function redactorFor(secrets: Iterable<string>): Redact {
  const alternatives: string[] = [];
  for (const secret of secrets) {
    if (!secret) continue;
    alternatives.push([...secret].map(charPattern).join(""));
    for (const core of base64Cores(new TextEncoder().encode(secret))) alternatives.push(escapeRegExp(core));
  }
  if (alternatives.length === 0) return (text) => text;
  // Longest first, so a key that contains another is replaced whole.
  const pattern = new RegExp(alternatives.sort((a, b) => b.length - a.length).join("|"), "gi");
  return (text) => text.replace(pattern, REDACTED);
}

/** `headers` with `redact` applied to every value (the same object when nothing changed). */
export function redactHeaders(headers: Headers, redact: Redact): Headers {
  const redacted = new Headers();
  let changed = false;
  headers.forEach((value, name) => {
    const safe = redact(value);
    changed ||= safe !== value;
    redacted.append(name, safe);
  });
  return changed ? redacted : headers;
}

/**
 * `error` itself when `redact` changes nothing in its message, stack or
 * causes; otherwise a copy (name, message, stack, `code` and cause chain)
 * with them redacted, so `util.inspect` of a wrapping error cannot show a key.
 */
export function redactError(error: unknown, redact: Redact, depth = 0): unknown {
  if (!(error instanceof Error) || depth > 4) return typeof error === "string" ? redact(error) : error;
  const cause = redactError(error.cause, redact, depth + 1);
  const text = `${error.message}\n${error.stack}`;
  if (cause === error.cause && redact(text) === text) return error;
  const copy = Object.assign(new Error(redact(error.message), { cause }), { name: error.name, stack: redact(error.stack ?? "") });
  const { code } = error as { code?: unknown };
  return code === undefined ? copy : Object.assign(copy, { code });
}
