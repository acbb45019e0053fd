// The headers of one delivery attempt, per delivery mode. Signatures come from
// the standardwebhooks package; each attempt gets a fresh timestamp and signature.
import { Webhook } from "standardwebhooks";
import type { WebhookDeliveryMode } from "./options.js";

/** Checks a delivery mode when an endpoint is added, so a bad secret fails at setup. */
export function checkDeliveryMode(delivery: WebhookDeliveryMode): void {
  if (delivery.mode !== "signature") return;
  if (delivery.secrets.length === 0) throw new Error("a signature endpoint needs at least one secret (whsec_…)");
  for (const secret of delivery.secrets) {
    if (!/^whsec_[A-Za-z0-9+/]+={0,2}$/.test(secret)) throw new Error("webhook secrets must look like whsec_<base64>");
    new Webhook(secret);
  }
}

const signers = new Map<string, Webhook>();

/** One signer per secret: decoding the secret is most of what building one costs. */
function signerFor(secret: string): Webhook {
  let signer = signers.get(secret);
  if (!signer) {
    if (signers.size > 64) signers.clear();
    signers.set(secret, (signer = new Webhook(secret)));
  }
  return signer;
}

/** Headers for one attempt of delivery `id` with `body`, sent at `now`. */
export function deliveryHeaders(delivery: WebhookDeliveryMode, id: string, now: Date, body: string): Record<string, string> {
  const headers: Record<string, string> = { "content-type": "application/json", "user-agent": "leadping-mock-webhooks" };
  switch (delivery.mode) {
    case "signature": {
      const timestamp = new Date(Math.floor(now.getTime() / 1000) * 1000);
      headers["webhook-timestamp"] = String(timestamp.getTime() / 1000);
      headers["webhook-signature"] = delivery.secrets.map((secret) => signerFor(secret).sign(id, timestamp, body)).join(" ");
      break;
    }
    case "bearer":
      headers["authorization"] = `Bearer ${delivery.token}`;
      break;
    case "header":
      headers[delivery.name.toLowerCase()] = delivery.value;
      break;
    case "none":
      break;
  }
  // Every mode identifies the delivery, so any receiver can deduplicate retries.
  headers["webhook-id"] = id;
  return headers;
}
