// Which credential goes on which request: the organization key as a bearer
// token, or, on lead intake, the source key (bearer) or source id/key pair.
import { LeadpingError } from "./errors.js";
import type { ClientConfig } from "./options.js";

/**
 * The current value of `apiKey` or `sourceKey`. Functions are called on every
 * attempt so rotated keys take effect at once; every value seen is remembered
 * for redaction (bounded, so endlessly rotating tokens cannot grow the set).
 */
async function credential(config: ClientConfig, name: "apiKey" | "sourceKey"): Promise<string> {
  const option = config[name];
  const value = typeof option === "function" ? await option() : option;
  if (!value) throw new LeadpingError(`This operation needs the ${name} option.`);
  if (!config.secrets.has(value)) {
    if (config.secrets.size > 7) config.secrets.clear();
    config.secrets.add(value);
  }
  return value;
}

/** Authentication headers (lower-cased names) for one attempt. */
export async function authHeaders(config: ClientConfig, intake: boolean): Promise<Record<string, string>> {
  if (!intake) return { authorization: `Bearer ${await credential(config, "apiKey")}` };
  const key = await credential(config, "sourceKey");
  return config.sourceId === undefined
    ? { authorization: `Bearer ${key}` }
    : { "x-leadping-source-id": config.sourceId, "x-leadping-source-key": key };
}

/** Replaces every known credential in `text`, so errors can quote server text safely. */
export function redact(config: ClientConfig, text: string): string {
  for (const secret of config.secrets) text = text.split(secret).join("[redacted]");
  return text;
}
