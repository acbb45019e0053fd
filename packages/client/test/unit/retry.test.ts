import { describe, expect, it } from "vitest";
import {
  BASE_DELAY_MS,
  MAX_DELAY_MS,
  backoffDelay,
  isRetryableFailure,
  isRetryableStatus,
  neverSent,
  parseRetryAfter,
  retryDelay,
} from "../../src/retry.js";
import { networkError } from "../helpers/fake-fetch.js";

const now = Date.parse("2026-03-01T12:00:00Z");
const create = { create: true };
const idempotent = { create: false };

describe("parseRetryAfter", () => {
  it("reads delta seconds", () => {
    expect(parseRetryAfter("3", now)).toBe(3000);
    expect(parseRetryAfter(" 0 ", now)).toBe(0);
    expect(parseRetryAfter("1.5", now)).toBe(1500);
  });
  it("reads an HTTP date relative to the clock", () => {
    expect(parseRetryAfter(new Date(now + 7000).toUTCString(), now)).toBe(7000);
    expect(parseRetryAfter(new Date(now - 7000).toUTCString(), now)).toBe(0);
  });
  it("ignores absent and unparsable values", () => {
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(parseRetryAfter("", now)).toBeUndefined();
    expect(parseRetryAfter("soon", now)).toBeUndefined();
    expect(parseRetryAfter("-5", now)).toBeUndefined();
  });
});

describe("backoff", () => {
  it("is full jitter under an exponential cap", () => {
    for (let attempt = 0; attempt < 8; attempt++) {
      const cap = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** attempt);
      expect(backoffDelay(attempt, () => 0)).toBe(0);
      expect(backoffDelay(attempt, () => 0.5)).toBe(Math.floor(cap / 2));
      expect(backoffDelay(attempt, () => 0.999999)).toBe(cap - 1);
    }
    expect(backoffDelay(10, () => 0.999999)).toBe(MAX_DELAY_MS - 1);
  });
  it("prefers Retry-After and caps it at 60 s", () => {
    expect(retryDelay(0, 2000, () => 0.9)).toBe(2000);
    expect(retryDelay(0, 3_600_000, () => 0.9)).toBe(60_000);
    expect(retryDelay(1, undefined, () => 0.5)).toBe(500);
  });
});

describe("retry safety per operation", () => {
  it("retries idempotent operations on 408/429/5xx only", () => {
    for (const status of [408, 429, 500, 502, 503, 504]) expect(isRetryableStatus(idempotent, status)).toBe(true);
    for (const status of [400, 401, 403, 404, 409, 422, 501, 505]) expect(isRetryableStatus(idempotent, status)).toBe(false);
  });
  it("retries creates on 429 only", () => {
    expect(isRetryableStatus(create, 429)).toBe(true);
    for (const status of [408, 500, 502, 503, 504]) expect(isRetryableStatus(create, status)).toBe(false);
  });
  it("retries creates only after failures that provably never sent the request", () => {
    expect(isRetryableFailure(create, networkError("ECONNREFUSED"))).toBe(true);
    expect(isRetryableFailure(create, networkError("ENOTFOUND"))).toBe(true);
    expect(isRetryableFailure(create, networkError("ECONNRESET"))).toBe(false);
    expect(isRetryableFailure(create, new TypeError("Failed to fetch"))).toBe(false);
    expect(isRetryableFailure(idempotent, networkError("ECONNRESET"))).toBe(true);
  });
  it("sees through AggregateError (happy eyeballs) only when every attempt was refused", () => {
    const refused = Object.assign(new Error("refused"), { code: "ECONNREFUSED" });
    const reset = Object.assign(new Error("reset"), { code: "ECONNRESET" });
    expect(neverSent(new TypeError("fetch failed", { cause: new AggregateError([refused, refused]) }))).toBe(true);
    expect(neverSent(new TypeError("fetch failed", { cause: new AggregateError([refused, reset]) }))).toBe(false);
  });
});
