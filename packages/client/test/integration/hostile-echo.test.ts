// A hostile server on 127.0.0.1 echoes the key it was sent in every place and
// every encoding it could: headers, status text, body, problem fields, raw,
// JSON-escaped (`\/`, `\uXXXX`), percent-encoded and base64. Nothing that
// leaves the client may hold the key in any form that decodes back to it.
import { inspect } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LeadpingApiError, LeadpingError, createLeadpingClient } from "../../src/index.js";
import type { LeadpingLogEvent } from "../../src/index.js";
import { recordingLogger } from "../helpers/logger.js";
import { startServer } from "../helpers/server.js";
import type { TestServer } from "../helpers/server.js";

// `/` and `+` are what JSON and percent encoders escape; long enough for every base64 alignment.
const KEY = "sk_live/Ab+Cd=Ef_1234567890";

/** Every form a server might echo `key` in. */
function forms(key: string): Record<string, string> {
  const unicode = [...key].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0").toUpperCase()}`).join("");
  return {
    raw: key,
    "json slash": key.replace(/\//g, "\\/"),
    "json unicode (.NET)": key.replace(/\+/g, "\\u002B").replace(/\//g, "\\u002f"),
    "json unicode, every char": unicode,
    percent: encodeURIComponent(key),
    "percent, lower-case hex": encodeURIComponent(key).replace(/%[0-9A-F]{2}/g, (escape) => escape.toLowerCase()),
    base64: Buffer.from(key).toString("base64"),
    "base64url, unpadded": Buffer.from(key).toString("base64url"),
    "base64 of Basic user:key": Buffer.from(`user:${key}`).toString("base64"),
  };
}

/** What a decoder would make of `text`: checked so no form survives as something that decodes to the key. */
function decodings(text: string): string[] {
  const out = [text];
  try {
    out.push(JSON.parse(`"${text.replace(/"/g, '\\"')}"`) as string);
  } catch {
    // Not a JSON string body: the raw text is checked.
  }
  try {
    out.push(decodeURIComponent(text));
  } catch {
    // Not percent-encoded.
  }
  for (const word of text.match(/[A-Za-z0-9+/_=-]{12,}/g) ?? []) out.push(Buffer.from(word, "base64").toString("latin1"));
  return out;
}

function expectClean(texts: string[]): void {
  for (const text of texts) for (const decoded of decodings(text)) expect(decoded).not.toContain(KEY);
}

let server: TestServer;
let form = "raw";

beforeAll(async () => {
  server = await startServer((request, res) => {
    const key = (request.headers.authorization ?? "").replace(/^Bearer /, "");
    const echo = forms(key)[form]!;
    // A JSON body written by hand so the escaped form reaches the wire as is.
    const body = `{"title":"bad key ${echo}","detail":"you sent ${echo}","status":401,"traceId":"t-${echo}","errors":{"${echo}":["${echo}"]}}`;
    res.writeHead(401, `Denied ${echo}`, {
      "content-type": "application/problem+json",
      "www-authenticate": `Bearer realm="${echo}"`,
      "x-echo": echo,
    });
    res.end(body);
  });
});
afterAll(() => server.close());

describe.each(Object.keys(forms(KEY)))("a server echoing the key %s", (name) => {
  it("leaks it nowhere: typed error, its fields, causes, inspect, JSON, logs, lp.raw", async () => {
    form = name;
    const logger = recordingLogger();
    for (const middleware of [[], [{ onRequest: () => undefined }]]) {
      const lp = createLeadpingClient({ apiKey: () => KEY, baseUrl: server.url, logger, logLevel: "debug", middleware });
      const error = (await lp.leads.get("lead_1").catch((e: unknown) => e)) as LeadpingApiError;
      expect(error).toBeInstanceOf(LeadpingApiError);
      expect(error.status).toBe(401);
      expectClean([
        error.message,
        String(error),
        error.stack ?? "",
        error.body,
        JSON.stringify(error),
        JSON.stringify(error.problem),
        JSON.stringify(error.errors),
        String(error.detail),
        String(error.title),
        String(error.traceId),
        inspect(error, { depth: 10 }),
        JSON.stringify([...error.headers]),
      ]);

      const raw = await lp.raw.GET("/leads/{id}", { params: { path: { id: "lead_1" } } });
      expect(raw.response.status).toBe(401);
      expectClean([
        JSON.stringify(raw.error),
        raw.response.statusText,
        JSON.stringify([...raw.response.headers]),
        inspect(raw, { depth: 10 }),
      ]);
    }
    expect(logger.calls.length).toBeGreaterThan(0);
    expectClean(logger.calls.map(([, fields, message]) => `${JSON.stringify(fields as LeadpingLogEvent)} ${String(message)}`));
  });
});

describe("a per-call baseUrl on lp.raw", () => {
  it("is validated like the client's, and the key is never sent to an invalid one", async () => {
    let sent = 0;
    const lp = createLeadpingClient({
      apiKey: KEY,
      baseUrl: server.url,
      fetch: () => {
        sent++;
        return Promise.resolve(new Response("{}"));
      },
    });
    for (const baseUrl of [`http://user:${KEY}@127.0.0.1:1`, "ftp://127.0.0.1", "http://127.0.0.1:1/?q=1", "not a url"]) {
      const error = await lp.raw.GET("/tags", { baseUrl }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(LeadpingError);
      expect((error as Error).message).toMatch(/^baseUrl /);
      expectClean([(error as Error).message, inspect(error, { depth: 10 })]);
    }
    expect(sent).toBe(0);
  });
});
