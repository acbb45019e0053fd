// The Standard Webhooks test vectors (vendored, see vectors/README.md) through verifyWebhook.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { WebhookVerificationError, verifyWebhook } from "../../src/webhooks/index.js";

interface Vectors {
  secret: string;
  signing: { name: string; secret: string; id: string; timestamp: number; payload: string; signature: string }[];
  decoySignatures: string[];
  invalidSignatures: string[];
  emptySecrets: string[];
}
const vectors: Vectors = JSON.parse(readFileSync(new URL("./vectors/standard-webhooks.json", import.meta.url), "utf8"));

function reasonOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof WebhookVerificationError) return error.reason;
    throw error;
  }
  return "verified";
}

describe("Standard Webhooks test vectors", () => {
  for (const vector of vectors.signing) {
    const headers = { "webhook-id": vector.id, "webhook-timestamp": String(vector.timestamp), "webhook-signature": vector.signature };
    const at = () => vector.timestamp * 1000;

    it(`${vector.name}: the published signature verifies`, () => {
      const delivery = verifyWebhook(vector.payload, headers, vector.secret, { now: at });
      expect(delivery).toEqual({ id: vector.id, timestamp: new Date(vector.timestamp * 1000), payload: JSON.parse(vector.payload) });
    });

    it(`${vector.name}: verifies with the secret's whsec_ prefix and without it`, () => {
      expect(reasonOf(() => verifyWebhook(vector.payload, headers, vectors.secret, { now: at }))).toBe("verified");
      expect(reasonOf(() => verifyWebhook(vector.payload, headers, `whsec_${vectors.secret}`, { now: at }))).toBe("verified");
    });

    it(`${vector.name}: decoy v1 and unknown v2 signatures around the right one are skipped`, () => {
      const [decoy1, decoy2] = vectors.decoySignatures;
      const signature = [decoy1, decoy2, vector.signature, decoy1].join(" ");
      expect(
        reasonOf(() => verifyWebhook(vector.payload, { ...headers, "webhook-signature": signature }, vector.secret, { now: at })),
      ).toBe("verified");
      expect(
        reasonOf(() =>
          verifyWebhook(vector.payload, { ...headers, "webhook-signature": vectors.decoySignatures.join(" ") }, vector.secret, { now: at }),
        ),
      ).toBe("no-matching-signature");
    });

    for (const broken of vectors.invalidSignatures) {
      it(`${vector.name}: the invalid signature ${JSON.stringify(broken)} is refused`, () => {
        expect(reasonOf(() => verifyWebhook(vector.payload, { ...headers, "webhook-signature": broken }, vector.secret, { now: at }))).toBe(
          "no-matching-signature",
        );
      });
    }

    it(`${vector.name}: one second past the 5-minute window either way is refused`, () => {
      const fiveMinutes = 5 * 60 * 1000;
      expect(reasonOf(() => verifyWebhook(vector.payload, headers, vector.secret, { now: () => at() + fiveMinutes }))).toBe("verified");
      expect(reasonOf(() => verifyWebhook(vector.payload, headers, vector.secret, { now: () => at() + fiveMinutes + 1000 }))).toBe(
        "timestamp-too-old",
      );
      expect(reasonOf(() => verifyWebhook(vector.payload, headers, vector.secret, { now: () => at() - fiveMinutes - 1000 }))).toBe(
        "timestamp-in-future",
      );
    });
  }

  for (const secret of vectors.emptySecrets) {
    it(`the empty secret ${JSON.stringify(secret)} is refused as malformed`, () => {
      const [vector] = vectors.signing;
      const headers = { "webhook-id": vector!.id, "webhook-timestamp": String(vector!.timestamp), "webhook-signature": vector!.signature };
      expect(reasonOf(() => verifyWebhook(vector!.payload, headers, secret, { now: () => vector!.timestamp * 1000 }))).toBe(
        "malformed-secret",
      );
    });
  }
});
