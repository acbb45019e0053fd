// verifyWebhook: each way a delivery can be wrong has its own reason.
import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { WebhookVerificationError, verifyWebhook } from "../../src/webhooks/index.js";
import { NOW_MS, ROTATED_SECRET, SECRET, signedHeaders } from "./signing.js";

const body = JSON.stringify({ type: "lead.updated", timestamp: "2026-01-15T12:00:00.000Z", data: { id: "lead_1", enabled: true } });
const now = () => NOW_MS;

function refusal(run: () => unknown): WebhookVerificationError {
  try {
    run();
  } catch (error) {
    if (error instanceof WebhookVerificationError) return error;
    throw error;
  }
  throw new Error("expected the delivery to be refused");
}

describe("verifyWebhook", () => {
  it("returns id, timestamp and the parsed payload of a genuine delivery", () => {
    const delivery = verifyWebhook(body, signedHeaders(body, { id: "msg_a" }), SECRET, { now });
    expect(delivery).toEqual({ id: "msg_a", timestamp: new Date(Math.floor(NOW_MS / 1000) * 1000), payload: JSON.parse(body) });
  });

  it("accepts the body as bytes and the headers as a Headers object or Node's header arrays", () => {
    const headers = signedHeaders(body);
    expect(verifyWebhook(new TextEncoder().encode(body), new Headers(headers), SECRET, { now }).id).toBe("msg_2xYq9v");
    expect(
      verifyWebhook(
        new TextEncoder().encode(body).buffer,
        { ...headers, "Webhook-Id": headers["webhook-id"], "webhook-id": undefined },
        SECRET,
        { now },
      ).id,
    ).toBe("msg_2xYq9v");
  });

  it("refuses a tampered body", () => {
    const tampered = body.replace('"enabled":true', '"enabled":false');
    expect(refusal(() => verifyWebhook(tampered, signedHeaders(body), SECRET, { now })).reason).toBe("no-matching-signature");
  });

  it("refuses a delivery signed with another secret", () => {
    expect(refusal(() => verifyWebhook(body, signedHeaders(body, { secrets: [ROTATED_SECRET] }), SECRET, { now })).reason).toBe(
      "no-matching-signature",
    );
  });

  it("refuses a stale timestamp and a future one, with a configurable tolerance", () => {
    const seconds = Math.floor(NOW_MS / 1000);
    const stale = signedHeaders(body, { timestampSeconds: seconds - 301 });
    const future = signedHeaders(body, { timestampSeconds: seconds + 301 });
    expect(refusal(() => verifyWebhook(body, stale, SECRET, { now })).reason).toBe("timestamp-too-old");
    expect(refusal(() => verifyWebhook(body, future, SECRET, { now })).reason).toBe("timestamp-in-future");
    expect(verifyWebhook(body, stale, SECRET, { now, toleranceSeconds: 600 }).id).toBe("msg_2xYq9v");
    expect(
      refusal(() => verifyWebhook(body, signedHeaders(body, { timestampSeconds: seconds - 11 }), SECRET, { now, toleranceSeconds: 10 }))
        .reason,
    ).toBe("timestamp-too-old");
  });

  it("does not accept a signature moved to another id or timestamp", () => {
    const headers = signedHeaders(body, { id: "msg_a" });
    expect(refusal(() => verifyWebhook(body, { ...headers, "webhook-id": "msg_b" }, SECRET, { now })).reason).toBe("no-matching-signature");
    const later = String(Number(headers["webhook-timestamp"]) + 1);
    expect(refusal(() => verifyWebhook(body, { ...headers, "webhook-timestamp": later }, SECRET, { now })).reason).toBe(
      "no-matching-signature",
    );
  });

  it("names the missing header", () => {
    for (const name of ["webhook-id", "webhook-timestamp", "webhook-signature"]) {
      const headers: Record<string, string> = { ...signedHeaders(body) };
      delete headers[name];
      const error = refusal(() => verifyWebhook(body, headers, SECRET, { now }));
      expect([error.reason, error.header]).toEqual(["missing-header", name]);
    }
  });

  it("refuses a timestamp that is not Unix seconds", () => {
    for (const timestamp of ["hello", "2026-01-15T12:00:00Z", "-5", "1.5"]) {
      expect(refusal(() => verifyWebhook(body, { ...signedHeaders(body), "webhook-timestamp": timestamp }, SECRET, { now })).reason).toBe(
        "malformed-timestamp",
      );
    }
  });

  it("refuses malformed secrets without quoting them", () => {
    const short = `whsec_${btoa("x".repeat(23))}`;
    const long = `whsec_${btoa("x".repeat(65))}`;
    for (const secret of ["whsec_not base64!", short, long, "", []]) {
      const error = refusal(() => verifyWebhook(body, signedHeaders(body), secret, { now }));
      expect(error.reason).toBe("malformed-secret");
      if (typeof secret === "string" && secret !== "") expect(error.message).not.toContain(secret.slice(6));
    }
  });

  it("refuses a correctly signed body that is not JSON", () => {
    expect(refusal(() => verifyWebhook("not json", signedHeaders("not json"), SECRET, { now })).reason).toBe("malformed-payload");
  });
});

describe("key rotation", () => {
  it("accepts a delivery carrying the old and the new signature, with either secret configured", () => {
    const headers = signedHeaders(body, { secrets: [SECRET, ROTATED_SECRET] });
    expect(headers["webhook-signature"]!.split(" ")).toHaveLength(2);
    expect(verifyWebhook(body, headers, SECRET, { now }).id).toBe("msg_2xYq9v");
    expect(verifyWebhook(body, headers, ROTATED_SECRET, { now }).id).toBe("msg_2xYq9v");
  });

  it("accepts deliveries signed by either secret while both are configured, and not by a third", () => {
    const both = [SECRET, ROTATED_SECRET];
    expect(verifyWebhook(body, signedHeaders(body, { secrets: [SECRET] }), both, { now }).id).toBe("msg_2xYq9v");
    expect(verifyWebhook(body, signedHeaders(body, { secrets: [ROTATED_SECRET] }), both, { now }).id).toBe("msg_2xYq9v");
    const third = `whsec_${btoa("a third key, 32 bytes long......")}`;
    expect(refusal(() => verifyWebhook(body, signedHeaders(body, { secrets: [third] }), both, { now })).reason).toBe(
      "no-matching-signature",
    );
  });
});

describe("verifyWebhook toleranceSeconds", () => {
  const hourOld = signedHeaders(body, { timestampSeconds: Math.floor(NOW_MS / 1000) - 3600 });

  it("treats a NaN tolerance (an unset env variable) as the default 300 s instead of disabling the timestamp check", () => {
    expect(refusal(() => verifyWebhook(body, hourOld, SECRET, { now, toleranceSeconds: Number.NaN })).reason).toBe("timestamp-too-old");
    const inTolerance = signedHeaders(body, { timestampSeconds: Math.floor(NOW_MS / 1000) - 200 });
    expect(verifyWebhook(body, inTolerance, SECRET, { now, toleranceSeconds: Number.NaN }).id).toBe("msg_2xYq9v");
  });

  it("treats a negative tolerance as the default, and 0 as an exact match", () => {
    const inDefault = signedHeaders(body, { timestampSeconds: Math.floor(NOW_MS / 1000) - 200 });
    expect(verifyWebhook(body, inDefault, SECRET, { now, toleranceSeconds: -1 }).id).toBe("msg_2xYq9v");
    expect(refusal(() => verifyWebhook(body, hourOld, SECRET, { now, toleranceSeconds: -1 })).reason).toBe("timestamp-too-old");
    expect(refusal(() => verifyWebhook(body, inDefault, SECRET, { now, toleranceSeconds: 0 })).reason).toBe("timestamp-too-old");
  });
});

describe("verifyWebhook on hostile input (issue 21)", () => {
  /** The Standard Webhooks signature over the raw bytes, computed independently with node:crypto. */
  function rawSignature(id: string, seconds: number, bytes: Uint8Array, secret = SECRET): string {
    const key = Buffer.from(secret.slice("whsec_".length), "base64");
    const content = Buffer.concat([Buffer.from(`${id}.${seconds}.`), bytes]);
    return `v1,${createHmac("sha256", key).update(content).digest("base64")}`;
  }
  const seconds = Math.floor(NOW_MS / 1000);
  const headersFor = (signature: string) => ({
    "webhook-id": "msg_raw",
    "webhook-timestamp": String(seconds),
    "webhook-signature": signature,
  });

  it("verifies the bytes given, not their decoded text: a BOM is part of what was signed", () => {
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(body)]);
    // Signed over the text without the BOM (what TextDecoder's default would hand the signer): refused.
    const textSignature = signedHeaders(body, { id: "msg_raw" })["webhook-signature"]!;
    expect(refusal(() => verifyWebhook(withBom, headersFor(textSignature), SECRET, { now })).reason).toBe("no-matching-signature");
    // Signed over the very bytes: the signature matches (the BOM then makes it invalid JSON).
    expect(refusal(() => verifyWebhook(withBom, headersFor(rawSignature("msg_raw", seconds, withBom)), SECRET, { now })).reason).toBe(
      "malformed-payload",
    );
    // The same bytes without a BOM verify exactly as the text does.
    const plain = new TextEncoder().encode(body);
    expect(verifyWebhook(plain, headersFor(rawSignature("msg_raw", seconds, plain)), SECRET, { now }).payload).toEqual(JSON.parse(body));
  });

  it("never accepts bytes that are not UTF-8, even with the signature of their decoded text", () => {
    const invalid = new Uint8Array([
      ...new TextEncoder().encode('{"type":"lead.created","note":"'),
      0xff,
      0xfe,
      ...new TextEncoder().encode('"}'),
    ]);
    const decoded = new TextDecoder().decode(invalid); // U+FFFD in place of the invalid bytes
    expect(JSON.parse(decoded)).toBeTruthy();
    const textSignature = signedHeaders(decoded, { id: "msg_raw" })["webhook-signature"]!;
    expect(refusal(() => verifyWebhook(invalid, headersFor(textSignature), SECRET, { now })).reason).toBe("malformed-payload");
    expect(
      refusal(() => verifyWebhook(invalid.buffer, headersFor(rawSignature("msg_raw", seconds, invalid)), SECRET, { now })).reason,
    ).toBe("malformed-payload");
  });

  it("keeps checking freshness when the injected clock answers NaN: the real clock decides", () => {
    const nan = () => Number.NaN;
    // NOW_MS is in January 2026; by the real clock that timestamp is long stale.
    expect(refusal(() => verifyWebhook(body, signedHeaders(body), SECRET, { now: nan })).reason).toBe("timestamp-too-old");
    const fresh = signedHeaders(body, { timestampSeconds: Math.floor(Date.now() / 1000) });
    expect(verifyWebhook(body, fresh, SECRET, { now: nan }).id).toBe("msg_2xYq9v");
    expect(refusal(() => verifyWebhook(body, signedHeaders(body), SECRET, { now: () => Number.POSITIVE_INFINITY })).reason).toBe(
      "timestamp-too-old",
    );
  });

  it("accepts timestamps written with digits only: no surrounding spaces, sign or leading zero", () => {
    const headers = signedHeaders(body);
    const timestamp = headers["webhook-timestamp"]!;
    for (const variant of [` ${timestamp}`, `${timestamp} `, `\t${timestamp}`, `0${timestamp}`, `00${timestamp}`, `+${timestamp}`]) {
      expect(
        refusal(() => verifyWebhook(body, { ...headers, "webhook-timestamp": variant }, SECRET, { now })).reason,
        JSON.stringify(variant),
      ).toBe("malformed-timestamp");
    }
    expect(verifyWebhook(body, headers, SECRET, { now }).id).toBe("msg_2xYq9v");
  });
});
