// Which credential goes on which request: the organization key as a bearer
// token, or, on lead intake, the source key (bearer) or source id/key pair.
import type { OperationPolicy } from "@leadping/types";
import { LeadpingError } from "./errors.js";
import type { ClientConfig } from "./options.js";

const noCredentials: Record<string, string> = {};

/** How many credentials are remembered for redaction: enough for the keys of every call in flight in most apps. */
const REMEMBERED_CREDENTIALS = 64;

/**
 * Authentication headers (lower-cased names) for one attempt. Key functions
 * are called on every attempt so rotated keys take effect at once; string keys
 * resolve synchronously, so the common case costs no extra promise per request.
 */
export function authHeaders(
  config: ClientConfig,
  credentials: OperationPolicy["credentials"],
): Record<string, string> | Promise<Record<string, string>> {
  if (credentials === "none") return noCredentials;
  const intake = credentials === "source";
  const name = intake ? "sourceKey" : "apiKey";
  const option = config[name];
  const headersFor = (key: string | undefined): Record<string, string> => {
    // A line break or NUL would make fetch reject the header with an error quoting the key (in `cause`).
    if (!key || /[\0\n\r]/.test(key)) throw new LeadpingError(`This operation needs the ${name} option (non-empty, no line breaks).`);
    // Remembered for redaction; bounded, so endlessly rotating tokens cannot grow the set. A Set iterates in
    // insertion order, so the oldest goes first; a call's own key is also redacted from its own errors (`credentialOf`).
    if (!config.secrets.has(key)) {
      if (config.secrets.size >= REMEMBERED_CREDENTIALS) config.secrets.delete(config.secrets.values().next().value!);
      config.secrets.add(key);
    }
    return intake && config.sourceId !== undefined
      ? { "x-leadping-source-id": config.sourceId, "x-leadping-source-key": key }
      : { authorization: `Bearer ${key}` };
  };
  return typeof option === "function" ? Promise.resolve(option()).then(headersFor) : headersFor(option);
}

/** The credential in one attempt's auth headers (from `authHeaders`), if any. */
export function credentialOf(auth: Record<string, string>): string | undefined {
  return auth["x-leadping-source-key"] ?? auth.authorization?.slice("Bearer ".length);
}

/**
 * Replaces every known credential in `text`, and `own` (the credential the
 * attempt sent, which a burst of rotated keys may have pushed out of the
 * remembered set), so errors can quote server text safely.
 */
export function redact(config: ClientConfig, text: string, own?: string): string {
  for (const secret of config.secrets) text = text.split(secret).join("[redacted]");
  return own ? text.split(own).join("[redacted]") : text;
}

/** `headers` with every known credential and `own` redacted from every value (the same object when none appears). */
export function redactHeaders(config: ClientConfig, headers: Headers, own?: string): Headers {
  const redacted = new Headers();
  let changed = false;
  headers.forEach((value, name) => {
    const safe = redact(config, value, own);
    changed ||= safe !== value;
    redacted.append(name, safe);
  });
  return changed ? redacted : headers;
}

/**
 * `error` itself when no credential appears in its message, stack or causes;
 * otherwise a copy with them redacted, so `util.inspect` of a wrapping error
 * (which prints the `cause` chain) cannot show a key.
 */
export function redactError(config: ClientConfig, error: unknown, own?: string, depth = 0): unknown {
  if (!(error instanceof Error) || depth > 4) return error;
  const cause = redactError(config, error.cause, own, depth + 1);
  const text = `${error.message}\n${error.stack}`;
  if (cause === error.cause && redact(config, text, own) === text) return error;
  const copy = Object.assign(new Error(redact(config, error.message, own), { cause }), {
    name: error.name,
    stack: redact(config, error.stack ?? "", own),
  });
  const { code } = error as { code?: unknown };
  return code === undefined ? copy : Object.assign(copy, { code });
}
