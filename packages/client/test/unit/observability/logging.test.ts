// The logger option: which events are written at which level, with which
// fields, redacted, filtered by logLevel; console- and pino-shaped loggers.
import { Writable } from "node:stream";
import { pino } from "pino";
import { describe, expect, it } from "vitest";
import { InternalServerError, NotFoundError, createLeadpingClient } from "../../../src/index.js";
import type { LeadpingClientOptions } from "../../../src/index.js";
import { recordingClock } from "../../helpers/clock.js";
import { json, networkError, problem, scriptedFetch } from "../../helpers/fake-fetch.js";
import type { Answer } from "../../helpers/fake-fetch.js";
import { lead, wholeLead } from "../../helpers/fixtures.js";
import { recordingLogger } from "../../helpers/logger.js";

const SECRET = "sk_live_very_secret";

function setup(answers: Answer[], options: LeadpingClientOptions = {}) {
  const logger = recordingLogger();
  const lp = createLeadpingClient({
    apiKey: SECRET,
    baseUrl: "http://api.test",
    fetch: scriptedFetch(...answers),
    clock: recordingClock(),
    random: () => 0.5,
    logger,
    logLevel: "debug",
    ...options,
  });
  return { logger, lp };
}

describe("events", () => {
  it("log each attempt, the retry between them, with method, path template, status, attempt and duration", async () => {
    const { logger, lp } = setup([problem(503), json(lead())]);
    await lp.leads.update("lead_1", wholeLead());
    expect(logger.calls.map(([level, fields]) => [level, fields])).toEqual([
      ["debug", { event: "attempt", method: "PUT", path: "/leads/{id}", attempt: 1, status: 503, durationMs: 0 }],
      ["warn", { event: "retry", method: "PUT", path: "/leads/{id}", attempt: 1, status: 503, waitMs: 250 }],
      ["debug", { event: "attempt", method: "PUT", path: "/leads/{id}", attempt: 2, status: 200, durationMs: 0 }],
    ]);
    expect(logger.calls[1]![2]).toBe("leadping PUT /leads/{id} attempt 1 → 503: retry");
  });

  it("log a failed call with the server's traceId: warn for 4xx, error for 5xx", async () => {
    const notFound = setup([problem(404, { traceId: "00-aaaa-bbbb-01" })]);
    await expect(notFound.lp.leads.get("lead_1")).rejects.toBeInstanceOf(NotFoundError);
    expect(notFound.logger.calls.at(-1)).toEqual([
      "warn",
      { event: "failure", method: "GET", path: "/leads/{id}", attempt: 1, status: 404, durationMs: 0, problemTraceId: "00-aaaa-bbbb-01" },
      "leadping GET /leads/{id} attempt 1 → 404: failure",
    ]);
    const down = setup([problem(500)], { maxRetries: 0 });
    await expect(down.lp.leads.get("lead_1")).rejects.toBeInstanceOf(InternalServerError);
    expect(down.logger.calls.at(-1)?.[0]).toBe("error");
  });

  it("log a connection failure with its cause, credentials redacted", async () => {
    const reset = Object.assign(networkError("ECONNRESET"), { message: `fetch failed for Bearer ${SECRET}` });
    const { logger, lp } = setup([reset], { maxRetries: 1 });
    await expect(lp.leads.get("lead_1")).rejects.toThrow();
    const events = logger.calls.map(([, fields]) => fields as Record<string, unknown>);
    expect(events.map((e) => e.event)).toEqual(["attempt", "retry", "attempt", "failure"]);
    expect(events[3]).toMatchObject({
      attempt: 2,
      error: "TypeError: fetch failed for Bearer [redacted] (connect ECONNRESET 127.0.0.1:1)",
    });
    expect(JSON.stringify(logger.calls)).not.toContain(SECRET);
  });

  it("log a call the caller aborted at info", async () => {
    const controller = new AbortController();
    const { logger, lp } = setup([
      () => {
        controller.abort();
        return Promise.reject(new DOMException("aborted", "AbortError"));
      },
    ]);
    await expect(lp.leads.get("lead_1", { signal: controller.signal })).rejects.toThrow();
    expect(logger.calls.at(-1)?.[0]).toBe("info");
    expect(logger.calls.at(-1)?.[1]).toMatchObject({ event: "failure", aborted: true });
  });

  it("never put the concrete path, query or headers in a log line", async () => {
    const { logger, lp } = setup([json({ items: [], pageSize: 0, continuationToken: null })]);
    await lp.leads.list({ search: "jane@example.com", tagIds: ["tag_secret"] });
    const logged = JSON.stringify(logger.calls);
    expect(logged).toContain("/leads/all/my");
    expect(logged).not.toMatch(/jane|tag_secret|authorization|Bearer/i);
  });
});

describe("levels", () => {
  it("write nothing below logLevel (info by default)", async () => {
    const logger = recordingLogger();
    const fetch = scriptedFetch(problem(503), json(lead()));
    const lp = createLeadpingClient({
      apiKey: SECRET,
      baseUrl: "http://api.test",
      fetch,
      clock: recordingClock(),
      random: () => 0.5,
      logger,
    });
    await lp.leads.update("lead_1", wholeLead());
    expect(logger.calls.map(([level, fields]) => [level, (fields as { event: string }).event])).toEqual([["warn", "retry"]]);
  });

  it("write nothing at 'off'", async () => {
    const { logger, lp } = setup([problem(503), problem(404)], { logLevel: "off" });
    await lp.leads.update("lead_1", wholeLead()).catch(() => undefined);
    expect(logger.calls).toEqual([]);
  });

  it("keep the call's outcome when the logger throws", async () => {
    const broken = {
      debug: () => {},
      info: () => {},
      error: () => {},
      warn: () => {
        throw new Error("disk full");
      },
    };
    const { lp } = setup([problem(503), json(lead("lead_1"))], { logger: broken });
    await expect(lp.leads.update("lead_1", wholeLead())).resolves.toMatchObject({ id: "lead_1" });
  });
});

describe("pino", () => {
  it("receive the fields as the merging object and the message as msg", async () => {
    const lines: string[] = [];
    const sink = new Writable({ write: (chunk: Buffer, _encoding, done) => (lines.push(chunk.toString()), done()) });
    const { lp } = setup([problem(503), json(lead())], { logger: pino({ level: "debug" }, sink) });
    await lp.leads.update("lead_1", wholeLead());
    const records = lines.map((line) => JSON.parse(line));
    expect(records.map((r) => [r.level, r.event, r.attempt, r.status])).toEqual([
      [20, "attempt", 1, 503],
      [40, "retry", 1, 503],
      [20, "attempt", 2, 200],
    ]);
    expect(records[1]).toMatchObject({
      method: "PUT",
      path: "/leads/{id}",
      waitMs: 250,
      msg: "leadping PUT /leads/{id} attempt 1 → 503: retry",
    });
  });
});
