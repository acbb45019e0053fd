// Remote mode: the server holds the organization key and the source key. An
// upstream answer that quotes them (a 401 repeating the refused key, a debug
// header, a cookie) must reach the browser with them replaced. A fake upstream
// on 127.0.0.1 plays the hostile or careless API.
import { createServer } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { redactCredentials } from "../../src/server/upstream-redaction.js";
import { startPlaygroundServer, type PlaygroundServer } from "../../src/server/playground-server.js";
import { listenOnLoopback } from "../support/loopback.js";
import { webRoot } from "../support/paths.js";

const apiKey = "sk_live_quoted_back_1234";
const sourceKey = "lp_src_quoted/key+9";
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()?.();
});

/** An upstream that refuses every call with a 401 quoting the credentials it received. */
async function echoingUpstream(): Promise<string> {
  const server = createServer((request, response) => {
    request.resume();
    const sent = request.headers.authorization ?? "";
    const key = sent.replace(/^Bearer /, "");
    response.writeHead(401, {
      "content-type": "application/problem+json",
      "www-authenticate": `Bearer realm="leadping", error="invalid_token", error_description="key ${key} is revoked"`,
      "x-debug-authorization": sent,
      "x-debug-url": `https://api.example/?key=${encodeURIComponent(key)}`,
      "set-cookie": [`last_key=${key}; Path=/`, "theme=dark; Path=/"],
    });
    response.end(JSON.stringify({ status: 401, title: "Unauthorized", detail: `The key ${key} is not valid.`, echo: sent }));
  });
  return listenOnLoopback(server, cleanups);
}

async function remotePlayground(upstream: string): Promise<PlaygroundServer> {
  const server = await startPlaygroundServer({
    target: { kind: "remote", baseUrl: upstream, apiKey, sourceKey },
    webRoot,
    port: 0,
  });
  cleanups.push(() => server.stop());
  return server;
}

describe("remote mode redacts the server's credentials from upstream answers", () => {
  it("a 401 quoting the organization key reaches the browser with the key replaced in body and headers", async () => {
    const server = await remotePlayground(await echoingUpstream());
    const response = await fetch(`${server.apiBaseUrl}/leads/lead_1`);
    expect(response.status).toBe(401);
    const body = await response.text();
    const headers = JSON.stringify([...response.headers]);
    expect(body).not.toContain(apiKey);
    expect(headers).not.toContain(apiKey);
    expect(headers).not.toContain(encodeURIComponent(apiKey));
    expect(JSON.parse(body)).toMatchObject({ detail: "The key [redacted] is not valid.", echo: "Bearer [redacted]" });
    expect(response.headers.get("www-authenticate")).toContain("key [redacted] is revoked");
    expect(response.headers.getSetCookie()).toEqual(["last_key=[redacted]; Path=/", "theme=dark; Path=/"]);
  });

  it("the source key of an intake call is redacted too, also percent-encoded", async () => {
    const server = await remotePlayground(await echoingUpstream());
    const response = await fetch(`${server.apiBaseUrl}/leads`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{}",
    });
    const text = `${await response.text()} ${JSON.stringify([...response.headers])}`;
    expect(text).not.toContain(sourceKey);
    expect(text).not.toContain(encodeURIComponent(sourceKey));
    expect(response.headers.get("x-debug-url")).toBe("https://api.example/?key=[redacted]");
  });

  it("leaves answers without credentials byte for byte, binary ones included", async () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0x00, 0x41, 0xc3]);
    const redacted = await redactCredentials(new Response(bytes, { status: 200, headers: { "x-a": "b" } }), [apiKey]);
    expect(new Uint8Array(await redacted.arrayBuffer())).toEqual(bytes);
    expect(redacted.headers.get("x-a")).toBe("b");
    const empty = await redactCredentials(new Response(null, { status: 204 }), [apiKey]);
    expect(empty.status).toBe(204);
  });
});
