// A credential never appears in a URL, an error message, toString or the JSON of an error.
import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { LeadpingError, createLeadpingClient } from "../../src/index.js";
import { hangingAnswer, json, scriptedFetch } from "../helpers/fake-fetch.js";
import type { Answer } from "../helpers/fake-fetch.js";
import { recordingClock } from "../helpers/clock.js";

const API_KEY = "sk_live_SECRET_4242";
const SOURCE_KEY = "lp_src_SECRET_7777";

function exposures(error: unknown): string[] {
  const e = error as Error;
  const headers = (e as { headers?: Headers }).headers;
  return [
    e.message,
    String(e),
    e.stack ?? "",
    JSON.stringify(e),
    JSON.stringify({ ...e }),
    (e as { body?: string }).body ?? "",
    inspect(e, { depth: 10 }),
    JSON.stringify(headers ? [...headers] : []),
  ];
}

const echo = (status: number) => (call: { headers: Record<string, string> }) =>
  new Response(`denied for ${call.headers.authorization ?? ""} ${call.headers["x-leadping-source-key"] ?? ""}`, { status });

const failures: [string, Answer, number?][] = [
  ["401 echoing the key as text", echo(401)],
  ["500 echoing the key as text", echo(500)],
  [
    "400 problem echoing the key",
    (call) =>
      new Response(JSON.stringify({ title: `bad ${call.headers.authorization}`, detail: call.headers["x-leadping-source-key"] }), {
        status: 400,
        headers: { "content-type": "application/problem+json" },
      }),
  ],
  [
    "401 echoing the key in WWW-Authenticate and other headers",
    (call) =>
      new Response("", {
        status: 401,
        headers: {
          "www-authenticate": `Bearer error="invalid_token", token="${call.headers.authorization ?? ""}"`,
          "x-debug-source": `${call.headers["x-leadping-source-key"] ?? ""};${call.headers["x-leadping-source-key"] ?? ""}`,
        },
      }),
  ],
  ["network error quoting the key", (call) => new TypeError(`fetch failed for ${call.headers.authorization}`)],
  ["timeout", hangingAnswer, 20],
];

describe.each([
  { mode: "no middleware (prepared request)", middleware: [] },
  { mode: "middleware", middleware: [{ onRequest: () => undefined }] },
])("credential redaction ($mode)", ({ middleware }) => {
  it.each(failures)("%s", async (_, answer, timeoutMs) => {
    for (const sourceId of [undefined, "src_1"]) {
      const fetch = scriptedFetch(answer);
      const lp = createLeadpingClient({
        apiKey: () => API_KEY,
        sourceKey: SOURCE_KEY,
        ...(sourceId ? { sourceId } : {}),
        baseUrl: "http://api.test",
        fetch,
        middleware,
        maxRetries: 1,
        timeoutMs: timeoutMs ?? 0,
        clock: recordingClock(),
      });
      for (const run of [() => lp.leads.get("lead_1"), () => lp.leads.createIntake({ firstName: "Ada" })]) {
        const error = await run().catch((e: unknown) => e);
        expect(error).toBeInstanceOf(LeadpingError);
        for (const text of exposures(error)) {
          expect(text).not.toContain(API_KEY);
          expect(text).not.toContain(SOURCE_KEY);
        }
      }
      for (const call of fetch.calls) {
        expect(call.url).not.toContain(API_KEY);
        expect(call.url).not.toContain(SOURCE_KEY);
      }
    }
  });
});

describe("a key that no header can carry", () => {
  // fetch rejects a header value with CR, LF or NUL with a message quoting the value,
  // which would put the key in `error.cause` and in console.log(error).
  it.each(["sk_live_SECRET\n4242", "sk_live_SECRET\r4242", "sk_live_SECRET\u00004242"])(
    "%j fails before sending, without quoting the key anywhere",
    async (key) => {
      let attempts = 0;
      const fetch = scriptedFetch(json({}));
      const lp = createLeadpingClient({
        apiKey: key,
        sourceKey: () => key,
        baseUrl: "http://api.test",
        fetch: (input, init) => (attempts++, fetch(input, init)),
        clock: recordingClock(),
      });
      for (const run of [() => lp.leads.get("lead_1"), () => lp.leads.createIntake({ firstName: "Ada" })]) {
        const error = await run().catch((e: unknown) => e);
        expect(error).toBeInstanceOf(LeadpingError);
        expect(inspect(error, { depth: 10 })).not.toContain("SECRET");
        for (let e: unknown = error; e; e = (e as Error).cause) {
          for (const text of exposures(e)) expect(text).not.toContain("SECRET");
        }
      }
      expect(attempts).toBe(0);
    },
  );
});

describe("lp.raw error responses", () => {
  const echoEverywhere = (call: { headers: Record<string, string> }) =>
    new Response(`denied for ${call.headers.authorization ?? ""}`, {
      status: 401,
      headers: { "www-authenticate": `Bearer token="${call.headers.authorization ?? ""}"`, "x-request-id": "req_1" },
    });

  it.each([
    { mode: "no middleware (prepared request)", middleware: [] },
    { mode: "middleware", middleware: [{ onRequest: () => undefined }] },
  ])("redact the body and every header value ($mode)", async ({ middleware }) => {
    const lp = createLeadpingClient({
      apiKey: API_KEY,
      baseUrl: "http://api.test",
      fetch: scriptedFetch(echoEverywhere),
      middleware,
      maxRetries: 0,
    });
    const { error, response } = await lp.raw.GET("/leads/{id}", { params: { path: { id: "lead_1" } } });
    expect(response.status).toBe(401);
    expect(error).toBe("denied for Bearer [redacted]");
    expect(response.headers.get("www-authenticate")).toBe('Bearer token="Bearer [redacted]"');
    // Headers that quote no credential are kept as they were.
    expect(response.headers.get("x-request-id")).toBe("req_1");
    expect(inspect(response, { depth: 10 })).not.toContain(API_KEY);
  });

  it("leave 2xx responses as the server sent them", async () => {
    const answer = () => new Response(JSON.stringify({ id: "lead_1", note: API_KEY }), { status: 200, headers: { "x-echo": API_KEY } });
    const lp = createLeadpingClient({ apiKey: API_KEY, baseUrl: "http://api.test", fetch: scriptedFetch(answer) });
    const { data, response } = await lp.raw.GET("/leads/{id}", { params: { path: { id: "lead_1" } } });
    expect(data).toMatchObject({ note: API_KEY });
    expect(response.headers.get("x-echo")).toBe(API_KEY);
  });
});
