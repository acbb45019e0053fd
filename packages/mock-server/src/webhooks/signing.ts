// The headers of one delivery attempt, per delivery mode; each attempt gets a fresh timestamp and
// signature. The standardwebhooks package checks the secrets; the signature itself (Standard
// Webhooks v1: base64 HMAC-SHA256 of `id.timestamp.body`) is node:crypto's, because the package
// hashes in JavaScript (fast-sha256): about 200 µs for a lead event against 16 µs natively, which
// was most of a PUT's cost with a signed endpoint. Tests verify every signature with the package.
import { createHmac } from "node:crypto";
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

const keys = new Map<string, Buffer>();

/** The HMAC key of a `whsec_<base64>` secret, decoded once. */
function keyOf(secret: string): Buffer {
  let key = keys.get(secret);
  if (!key) {
    if (keys.size > 64) keys.clear();
    keys.set(secret, (key = Buffer.from(secret.slice("whsec_".length), "base64")));
  }
  return key;
}

/** The `v1,<base64>` signature of one attempt, as standardwebhooks' `Webhook.sign` makes it. */
function sign(secret: string, id: string, seconds: number, body: string): string {
  return `v1,${createHmac("sha256", keyOf(secret)).update(`${id}.${seconds}.${body}`).digest("base64")}`;
}

/** Headers for one attempt of delivery `id` with `body`, sent at `now`. */
export function deliveryHeaders(delivery: WebhookDeliveryMode, id: string, now: Date, body: string): Record<string, string> {
  const headers: Record<string, string> = { "content-type": "application/json", "user-agent": "leadping-mock-webhooks" };
  switch (delivery.mode) {
    case "signature": {
      const seconds = Math.floor(now.getTime() / 1000);
      headers["webhook-timestamp"] = String(seconds);
      headers["webhook-signature"] = delivery.secrets.map((secret) => sign(secret, id, seconds, body)).join(" ");
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
