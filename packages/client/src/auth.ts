// Which credential goes on which request: the organization key as a bearer
// token, or, on lead intake, the source key (bearer) or source id/key pair.
import { LeadpingError } from "./errors.js";
import type { ClientConfig } from "./options.js";

/**
 * The current value of `apiKey` or `sourceKey`. Functions are called on every
 * attempt so rotated keys take effect at once. Synchronous for string keys, so
 * the common case costs no extra promise per request.
 */
function credential(config: ClientConfig, name: "apiKey" | "sourceKey"): string | Promise<string> {
  const option = config[name];
  return typeof option === "function" ? Promise.resolve(option()).then((value) => checked(config, name, value)) : checked(config, name, option);
}

/** Rejects missing values and remembers each one for redaction (bounded, so endlessly rotating tokens cannot grow the set). */
function checked(config: ClientConfig, name: string, value: string | undefined): string {
  if (!value) throw new LeadpingError(`This operation needs the ${name} option.`);
  if (!config.secrets.has(value)) {
    if (config.secrets.size > 7) config.secrets.clear();
    config.secrets.add(value);
  }
  return value;
}

function headersFor(config: ClientConfig, intake: boolean, key: string): Record<string, string> {
  return intake && config.sourceId !== undefined
    ? { "x-leadping-source-id": config.sourceId, "x-leadping-source-key": key }
    : { authorization: `Bearer ${key}` };
}

/** Authentication headers (lower-cased names) for one attempt; a promise only when a key function is involved. */
export function authHeaders(config: ClientConfig, intake: boolean): Record<string, string> | Promise<Record<string, string>> {
  const key = credential(config, intake ? "sourceKey" : "apiKey");
  return typeof key === "string" ? headersFor(config, intake, key) : key.then((value) => headersFor(config, intake, value));
}

/** Replaces every known credential in `text`, so errors can quote server text safely. */
export function redact(config: ClientConfig, text: string): string {
  for (const secret of config.secrets) text = text.split(secret).join("[redacted]");
  return text;
}
