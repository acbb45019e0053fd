// Which credential goes on which request: the organization key as a bearer
// token, or, on lead intake, the source key (bearer) or source id/key pair.
import { LeadpingError } from "./errors.js";
import type { ClientConfig, Credential } from "./options.js";

function remember(config: ClientConfig, secret: string): string {
  // Every value seen is redacted from errors; bounded so endlessly rotating tokens cannot grow it.
  if (!config.secrets.has(secret)) {
    if (config.secrets.size > 7) config.secrets.clear();
    config.secrets.add(secret);
  }
  return secret;
}

async function resolveCredential(config: ClientConfig, credential: Credential, name: string): Promise<string> {
  const value = typeof credential === "function" ? await credential() : credential;
  if (typeof value !== "string" || value === "") throw new LeadpingError(`The ${name} option resolved to an empty value.`);
  return remember(config, value);
}

/**
 * Authentication headers (lower-cased names) for one attempt. Functions are
 * called every time so rotated keys take effect on the next request.
 */
export async function authHeaders(config: ClientConfig, intake: boolean): Promise<Record<string, string>> {
  if (intake) {
    if (config.sourceKey === undefined) {
      throw new LeadpingError("Lead intake needs the sourceKey option.");
    }
    const key = await resolveCredential(config, config.sourceKey, "sourceKey");
    return config.sourceId === undefined
      ? { authorization: `Bearer ${key}` }
      : { "x-leadping-source-id": config.sourceId, "x-leadping-source-key": key };
  }
  if (config.apiKey === undefined) throw new LeadpingError("This operation needs the apiKey option.");
  return { authorization: `Bearer ${await resolveCredential(config, config.apiKey, "apiKey")}` };
}

/** Replaces every known credential in `text`, so errors can quote server text safely. */
export function redact(config: ClientConfig, text: string): string {
  for (const secret of config.secrets) text = text.split(secret).join("[redacted]");
  return text;
}
