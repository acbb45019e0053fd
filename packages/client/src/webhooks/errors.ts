// Why a webhook delivery was refused. The reason is a stable code; the message
// never contains the secret, a signature or the body.

/** Why `verifyWebhook` refused a delivery. */
export type WebhookVerificationReason =
  /** A `webhook-id`, `webhook-timestamp` or `webhook-signature` header is absent or empty. */
  | "missing-header"
  /** `webhook-timestamp` is not a whole number of Unix seconds written with digits only (no spaces, sign or leading zero). */
  | "malformed-timestamp"
  /** A configured secret is not `whsec_` + base64 of a 24–64 byte key (a setup error on the receiver's side). */
  | "malformed-secret"
  /** No `v1` signature in `webhook-signature` matches any configured secret. */
  | "no-matching-signature"
  /** `webhook-timestamp` is older than the tolerance. */
  | "timestamp-too-old"
  /** `webhook-timestamp` is further in the future than the tolerance. */
  | "timestamp-in-future"
  /** The body is not JSON: bytes that are not UTF-8 (refused before the signature, which is computed over text), or a signed body that does not parse. */
  | "malformed-payload"
  /** The body is longer than the receiver's `maxBodyBytes` (by its `Content-Length`, or counted while reading). */
  | "body-too-large";

const messages: Record<WebhookVerificationReason, string> = {
  "missing-header": "a required webhook header is missing",
  "malformed-timestamp": "webhook-timestamp is not a Unix time in seconds (digits only)",
  "malformed-secret": "a webhook secret is malformed: expected whsec_ followed by base64 of 24 to 64 bytes",
  "no-matching-signature": "no webhook signature matches the configured secrets",
  "timestamp-too-old": "webhook-timestamp is too old",
  "timestamp-in-future": "webhook-timestamp is too far in the future",
  "malformed-payload": "the webhook body is not valid UTF-8 JSON",
  "body-too-large": "the webhook body is larger than the receiver accepts",
};

/** A webhook delivery failed verification; `reason` says why. */
export class WebhookVerificationError extends Error {
  override name = "WebhookVerificationError";
  /** Why the delivery was refused. */
  declare readonly reason: WebhookVerificationReason;
  /** The missing header's name, for `missing-header`. */
  declare readonly header: string | undefined;

  constructor(reason: WebhookVerificationReason, header?: string) {
    super(
      header === undefined
        ? `Webhook verification failed: ${messages[reason]}`
        : `Webhook verification failed: ${messages[reason]} (${header})`,
    );
    this.reason = reason;
    this.header = header;
  }
}

/**
 * The HTTP status a receiver answers for a refused delivery: 401 when the
 * delivery is not authentic or not fresh, 400 when it is not a well-formed
 * Standard Webhooks request, 413 when its body is over the limit. A malformed
 * secret is the receiver's own fault: 500.
 */
export function statusForRejection(reason: WebhookVerificationReason): 400 | 401 | 413 | 500 {
  switch (reason) {
    case "no-matching-signature":
    case "timestamp-too-old":
    case "timestamp-in-future":
      return 401;
    case "body-too-large":
      return 413;
    case "malformed-secret":
      return 500;
    default:
      return 400;
  }
}
