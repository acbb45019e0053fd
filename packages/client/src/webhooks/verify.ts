// verifyWebhook: checks one Standard Webhooks delivery and returns its content.
//
// The HMAC (content `{id}.{timestamp}.{body}`, SHA-256, base64) is computed by
// the standardwebhooks package's `sign`. Its `verify` is not used because it reads
// `Date.now()` with a fixed 5-minute window and reports its reasons only as
// message strings; the window, the clock and typed reasons live here instead.
import type { LeadWebhookEvent } from "@leadping/types";
import { WebhookVerificationError } from "./errors.js";
import type { Webhook } from "standardwebhooks";
import { type WebhookSecrets, signersFor } from "./secrets.js";

/** Request headers in any common shape: a `Headers`, a plain object, or Node's `IncomingHttpHeaders`. */
export type WebhookHeaders = Headers | Readonly<Record<string, string | readonly string[] | undefined>>;

/** The raw request body exactly as received; re-serialized JSON does not verify. */
export type WebhookBody = string | Uint8Array | ArrayBuffer;

/** Options of `verifyWebhook`. */
export interface VerifyWebhookOptions {
  /** How far `webhook-timestamp` may be from now, either way, in seconds; NaN or negative means the default. @default 300 */
  toleranceSeconds?: number;
  /** The current time in milliseconds since the epoch (inject in tests); an answer that is not finite (NaN) is ignored and `Date.now` decides. @default Date.now */
  now?: () => number;
}

/** A delivery that passed verification. */
export interface VerifiedWebhook<Payload = LeadWebhookEvent | null> {
  /** `webhook-id`: the same on every retry of one delivery; deduplicate by it. */
  id: string;
  /** `webhook-timestamp` of this attempt. */
  timestamp: Date;
  /** The parsed JSON body, a lead event (`switch (payload.type)` narrows it), or `null` for an empty body. */
  payload: Payload;
}

const DEFAULT_TOLERANCE_SECONDS = 5 * 60;

/** What the headers of a delivery say, checked before its body is read. */
export interface CheckedWebhookHeaders {
  id: string;
  seconds: number;
  /** The base64 of every `v1` signature offered. */
  signatures: string[];
}

/** The tolerance a `toleranceSeconds` option means: NaN or negative means the default. */
export function toleranceOf(given: number | undefined): number {
  // `>= 0` also turns NaN (an unset env variable) into the default: compared with NaN, every timestamp would pass.
  return given !== undefined && given >= 0 ? given : DEFAULT_TOLERANCE_SECONDS;
}

/**
 * The clock a `now` option means. An injected clock that answers NaN or Infinity would make every
 * freshness comparison false and pass any timestamp, so the real clock decides instead.
 */
export function finiteClock(now: (() => number) | undefined): () => number {
  if (!now) return Date.now;
  return () => {
    const t = now();
    return Number.isFinite(t) ? t : Date.now();
  };
}

/** Digits only, no sign, no spaces, no leading zero, at most 15 digits. */
const TIMESTAMP = /^(?:0|[1-9]\d{0,14})$/;

/**
 * Checks the three headers and the timestamp's freshness: everything that can
 * be refused before reading the body (which may be large and needs no secret).
 */
export function checkWebhookHeaders(headers: WebhookHeaders, options: VerifyWebhookOptions = {}): CheckedWebhookHeaders {
  const id = requiredHeader(headers, "webhook-id");
  const timestampHeader = requiredHeader(headers, "webhook-timestamp");
  const signatureHeader = requiredHeader(headers, "webhook-signature");
  if (!TIMESTAMP.test(timestampHeader)) throw new WebhookVerificationError("malformed-timestamp");
  const seconds = Number(timestampHeader);
  const nowSeconds = Math.floor(finiteClock(options.now)() / 1000);
  const tolerance = toleranceOf(options.toleranceSeconds);
  if (nowSeconds - seconds > tolerance) throw new WebhookVerificationError("timestamp-too-old");
  if (seconds - nowSeconds > tolerance) throw new WebhookVerificationError("timestamp-in-future");
  const signatures = signatureHeader.split(" ").flatMap((entry) => (entry.startsWith("v1,") ? [entry.slice(3)] : []));
  return { id, seconds, signatures };
}

/** Checks the body against the signatures of already checked headers; returns the delivery. */
export function checkWebhookSignature(body: WebhookBody, checked: CheckedWebhookHeaders, signers: readonly Webhook[]): VerifiedWebhook {
  const { id, seconds, signatures } = checked;
  const timestamp = new Date(seconds * 1000);
  const text = bodyText(body);
  const expected = signers.map((signer) => signer.sign(id, timestamp, text).slice(3));
  // Every pair is compared, so the time taken does not reveal which secret matched.
  let matched = false;
  for (const mine of expected) for (const theirs of signatures) matched = constantTimeEqual(mine, theirs) || matched;
  if (!matched) throw new WebhookVerificationError("no-matching-signature");
  return { id, timestamp, payload: parsePayload(text) };
}

/**
 * Verifies a delivery from its raw body, headers and secret(s). Throws a
 * `WebhookVerificationError` saying why when it does not verify.
 */
export function verifyWebhook(
  body: WebhookBody,
  headers: WebhookHeaders,
  secrets: WebhookSecrets,
  options: VerifyWebhookOptions = {},
): VerifiedWebhook {
  const signers = signersFor(secrets);
  return checkWebhookSignature(body, checkWebhookHeaders(headers, options), signers);
}

function requiredHeader(headers: WebhookHeaders, name: string): string {
  const value = readHeader(headers, name);
  if (value === undefined || value.trim() === "") throw new WebhookVerificationError("missing-header", name);
  return value;
}

function readHeader(headers: WebhookHeaders, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  for (const key of Object.keys(headers)) {
    if (key.toLowerCase() !== name) continue;
    const value = headers[key];
    if (value !== undefined) return typeof value === "string" ? value : value.join(" ");
  }
  return undefined;
}

/**
 * The text whose UTF-8 encoding is exactly the given bytes. standardwebhooks signs text, so bytes
 * are decoded strictly: a BOM is kept (not stripped) and invalid UTF-8 is refused rather than
 * replaced with U+FFFD, otherwise the bytes would verify against another body's signature.
 */
function bodyText(body: WebhookBody): string {
  if (typeof body === "string") return body;
  try {
    return strictUtf8.decode(body);
  } catch {
    throw new WebhookVerificationError("malformed-payload");
  }
}

const strictUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** The body as JSON: typed after the contract's `webhooks` catalog (the signature proves the sender; the shape is not re-checked). */
function parsePayload(text: string): LeadWebhookEvent | null {
  if (text === "") return null;
  try {
    return JSON.parse(text) as LeadWebhookEvent;
  } catch {
    throw new WebhookVerificationError("malformed-payload");
  }
}

/** Compares two signatures without stopping at the first difference. */
function constantTimeEqual(a: string, b: string): boolean {
  let difference = a.length ^ b.length;
  for (let i = 0; i < a.length; i++) difference |= a.charCodeAt(i) ^ b.charCodeAt(i % Math.max(b.length, 1));
  return difference === 0;
}
