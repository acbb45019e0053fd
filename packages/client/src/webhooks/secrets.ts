// Webhook secrets: `whsec_` + base64 of the HMAC key (24–64 bytes). Several
// are configured during key rotation; any one of them may have signed.
import { Webhook } from "standardwebhooks";
import { WebhookVerificationError } from "./errors.js";

/** One secret, or several during rotation (old and new both verify). */
export type WebhookSecrets = string | readonly string[];

const PREFIX = "whsec_";
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/**
 * Checks every secret and prepares a signer for each. Throws a
 * `WebhookVerificationError` with reason `malformed-secret` (never quoting the secret).
 */
export function signersFor(secrets: WebhookSecrets): Webhook[] {
  const list = typeof secrets === "string" ? [secrets] : secrets;
  if (list.length === 0) throw new WebhookVerificationError("malformed-secret");
  return list.map((secret) => {
    const encoded = secret.startsWith(PREFIX) ? secret.slice(PREFIX.length) : secret;
    if (!BASE64.test(encoded)) throw new WebhookVerificationError("malformed-secret");
    // Each 4 base64 characters carry 3 bytes, minus the padding.
    const bytes = (encoded.length / 4) * 3 - (encoded.endsWith("==") ? 2 : encoded.endsWith("=") ? 1 : 0);
    if (bytes < 24 || bytes > 64) throw new WebhookVerificationError("malformed-secret");
    return new Webhook(encoded);
  });
}
