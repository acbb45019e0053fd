import { describe, expect, it } from "vitest";
import {
  BASE_DELAY_MS,
  MAX_DELAY_MS,
  MAX_RETRY_AFTER_MS,
  backoffDelay,
  isRetryableFailure,
  isRetryableStatus,
  neverSent,
  parseRetryAfter,
  retryDelay,
} from "../../src/retry.js";
import { json, networkError, problem, scriptedFetch } from "../helpers/fake-fetch.js";
import { recordingClock } from "../helpers/clock.js";
import { createLeadpingClient } from "../../src/index.js";

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
  it("reads the three HTTP-date formats of RFC 9110", () => {
    expect(parseRetryAfter("Sun, 01 Mar 2026 12:00:07 GMT", now)).toBe(7000); // IMF-fixdate
    expect(parseRetryAfter("Sunday, 01-Mar-26 12:00:07 GMT", now)).toBe(7000); // RFC 850
    expect(parseRetryAfter("Sun Mar  1 12:00:07 2026", now)).toBe(7000); // asctime
    expect(parseRetryAfter("Sun Mar  1 12:00:60 2026", now)).toBe(59_000); // a leap second reads as :59
    // RFC 850's two-digit year is the past century when it would be more than 50 years ahead: 1994, not 2094.
    expect(parseRetryAfter("Sunday, 06-Nov-94 08:49:37 GMT", now)).toBe(0);
    expect(parseRetryAfter("Monday, 02-Mar-26 12:00:00 GMT", now)).toBe(MAX_RETRY_AFTER_MS);
  });
  it.each([
    "1 Jan",
    "Jan 1",
    "2026-03-01T12:00:07Z",
    "Sun, 01 Mar 2026 12:00:07",
    "Sun, 01 Mar 2026 12:00:07 +0000",
    "Sun, 1 Mar 2026 12:00:07 GMT",
    "Sun, 31 Feb 2026 12:00:07 GMT",
    "Sun, 01 Mar 2026 25:00:07 GMT",
    "Xyz, 01 Mar 2026 12:00:07 GMT",
    "Sun, 01 Foo 2026 12:00:07 GMT",
    "Sun, 01 Mar 2026 12:00:07 GMT trailing",
    "3 seconds",
    "Sun, 01 Mar 2026 12:00:07 gmt",
    "Sun, 01 Mar 2026 12:61:07 GMT",
    "Sunday, 01 Mar 2026 12:00:07 GMT",
    "Sun, 01-Mar-26 12:00:07 GMT",
  ])("rejects the loose date %j instead of retrying at once", (value) => {
    expect(parseRetryAfter(value, now)).toBeUndefined();
  });
  it("caps what it reports at MAX_RETRY_AFTER_MS, the same cap as the wait", () => {
    expect(parseRetryAfter("999999999", now)).toBe(MAX_RETRY_AFTER_MS);
    expect(parseRetryAfter("Fri, 31 Dec 9999 23:59:59 GMT", now)).toBe(MAX_RETRY_AFTER_MS);
    expect(parseRetryAfter(String(MAX_RETRY_AFTER_MS / 1000 - 1), now)).toBe(MAX_RETRY_AFTER_MS - 1000);
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

describe("retryBackoff", () => {
  it("defaults to full jitter from 500 ms, capped at 8 s", () => {
    expect([0, 1, 2, 3, 4, 5].map((attempt) => backoffDelay(attempt, () => 0.999999))).toEqual([499, 999, 1999, 3999, 7999, 7999]);
  });

  it("takes a base, a maximum and the jitter kind from the client options", async () => {
    for (const [retryBackoff, expected] of [
      [{ baseDelayMs: 100, maxDelayMs: 250, jitter: "none" }, [100, 200, 250]],
      [{ baseDelayMs: 100, jitter: "equal" }, [75, 150, 300]],
      [{ maxDelayMs: 600 }, [250, 300, 300]],
    ] as const) {
      const clock = recordingClock();
      const fetch = scriptedFetch(problem(503), problem(503), problem(503), json({ id: "lead_1" }));
      const lp = createLeadpingClient({
        apiKey: "sk",
        baseUrl: "http://api.test",
        fetch,
        clock,
        random: () => 0.5,
        maxRetries: 3,
        retryBackoff,
      });
      await lp.leads.get("lead_1");
      expect(clock.sleeps).toEqual(expected);
    }
  });
});
