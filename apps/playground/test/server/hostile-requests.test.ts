// The playground server in remote mode (LEADPING_API_KEY set) under requests a
// hostile page can make: DNS rebinding (a foreign Host), cross-site writes
// (CSRF), CORS preflights. Raw node:http requests, because fetch would not let
// us set Host; a fake upstream on 127.0.0.1 records whether the key left.
import { createServer, request as httpRequest, type IncomingHttpHeaders, type OutgoingHttpHeaders } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { startPlaygroundServer, type PlaygroundServer, type PlaygroundServerOptions } from "../../src/server/playground-server.js";
import { listenOnLoopback } from "../support/loopback.js";
import { webRoot } from "../support/paths.js";

const secretKey = "sk_live_rebinding_secret_5678";
const cleanups: (() => Promise<void>)[] = [];

afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()?.();
});

interface Upstream {
  url: string;
  /** Authorization header of every request that reached the upstream. */
  keysSeen: (string | undefined)[];
}

/** A fake Leadping API that records the key and answers with permissive CORS headers. */
async function recordingUpstream(): Promise<Upstream> {
  const keysSeen: (string | undefined)[] = [];
  const server = createServer((request, response) => {
    request.resume();
    request.on("end", () => {
      keysSeen.push(request.headers.authorization);
      response.writeHead(200, {
        "content-type": "application/json",
        "access-control-allow-origin": "*",
        "access-control-allow-credentials": "true",
        "access-control-allow-headers": "authorization",
        "access-control-expose-headers": "x-secret",
      });
      response.end(JSON.stringify({ id: "lead_1" }));
    });
  });
  return { url: await listenOnLoopback(server, cleanups), keysSeen };
}

async function remotePlayground(upstream: Upstream, options: Partial<PlaygroundServerOptions> = {}): Promise<PlaygroundServer> {
  const server = await startPlaygroundServer({
    target: { kind: "remote", baseUrl: upstream.url, apiKey: secretKey },
    webRoot,
    port: 0,
    ...options,
  });
  cleanups.push(() => server.stop());
  return server;
}

interface RawAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/** One request with exactly these headers (Host included), as a browser or an attacker would send it. */
function raw(server: PlaygroundServer, method: string, path: string, headers: OutgoingHttpHeaders, body?: string): Promise<RawAnswer> {
  const { hostname, port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const request = httpRequest({ host: hostname, port, method, path, headers, setHost: false }, (response) => {
      let text = "";
      response.on("data", (chunk: Buffer) => (text += chunk.toString()));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: text }));
    });
    request.on("error", reject);
    request.end(body);
  });
}

const hostOf = (server: PlaygroundServer) => new URL(server.url).host;

describe("DNS rebinding: the Host header", () => {
  it("refuses a host name it does not serve, before the key reaches the API", async () => {
    const upstream = await recordingUpstream();
    const server = await remotePlayground(upstream);
    for (const host of ["evil.example:5173", "evil.example", "127.0.0.1.evil.example", "localhost.evil.example:80"]) {
      const answer = await raw(server, "GET", "/api/leads/lead_1", { host });
      expect(answer.status, host).toBe(403);
      expect(answer.headers["content-type"]).toBe("application/problem+json");
      expect(answer.body).not.toContain(secretKey);
    }
    const post = await raw(
      server,
      "POST",
      "/api/leads/lead_1/archive",
      { host: "evil.example:5173", "content-type": "application/json" },
      "{}",
    );
    expect(post.status).toBe(403);
    expect((await raw(server, "GET", "/", { host: "evil.example:5173" })).status).toBe(403);
    expect(upstream.keysSeen).toEqual([]);
  });

  it("serves the loopback names on any port, and host names it is told to", async () => {
    const upstream = await recordingUpstream();
    const server = await remotePlayground(upstream, { allowedHosts: ["playground.test"] });
    const { port } = new URL(server.url);
    for (const host of [
      `127.0.0.1:${port}`,
      `localhost:${port}`,
      `LOCALHOST:${port}`,
      `[::1]:${port}`,
      "localhost",
      `playground.test:${port}`,
    ]) {
      expect((await raw(server, "GET", "/api/leads/lead_1", { host })).status, host).toBe(200);
    }
    expect(upstream.keysSeen).toEqual(Array(6).fill(`Bearer ${secretKey}`));
  });
});

describe("CSRF: requests from another origin", () => {
  it("refuses a cross-origin write, with or without CORS mode, and never sends the key", async () => {
    const upstream = await recordingUpstream();
    const server = await remotePlayground(upstream);
    const host = hostOf(server);
    const crossOrigin: OutgoingHttpHeaders[] = [
      // fetch(…, { method: "POST", mode: "no-cors" }) from another page.
      { host, origin: "http://evil.example", "sec-fetch-site": "cross-site", "sec-fetch-mode": "no-cors", "content-type": "text/plain" },
      // Another local page on another port: same site, other origin.
      { host, origin: "http://127.0.0.1:9999", "sec-fetch-site": "same-site", "content-type": "application/json" },
      { host, origin: "null", "content-type": "application/json" },
      // A browser that sends only Fetch Metadata.
      { host, "sec-fetch-site": "cross-site", "content-type": "application/json" },
    ];
    for (const headers of crossOrigin) {
      const answer = await raw(server, "POST", "/api/leads/lead_1/archive", headers, "{}");
      expect(answer.status, JSON.stringify(headers)).toBe(403);
      expect(answer.headers["access-control-allow-origin"]).toBeUndefined();
    }
    expect((await raw(server, "DELETE", "/api/leads/lead_1", { host, origin: "http://evil.example" })).status).toBe(403);
    // A cross-site read cannot see the answer, but must not spend the key either.
    expect(
      (await raw(server, "GET", "/api/leads/lead_1", { host, "sec-fetch-site": "cross-site", "sec-fetch-mode": "no-cors" })).status,
    ).toBe(403);
    expect(upstream.keysSeen).toEqual([]);
  });

  it("accepts writes from its own page and from callers that are not browsers", async () => {
    const upstream = await recordingUpstream();
    const server = await remotePlayground(upstream);
    const host = hostOf(server);
    const ownPage = { host, origin: server.url, "sec-fetch-site": "same-origin", "content-type": "application/json" };
    expect((await raw(server, "POST", "/api/leads/lead_1/archive", ownPage, "{}")).status).toBe(200);
    const { port } = new URL(server.url);
    const viaLocalhost = {
      host: `localhost:${port}`,
      origin: `http://localhost:${port}`,
      "sec-fetch-site": "same-origin",
      "content-type": "application/json",
    };
    expect((await raw(server, "PUT", "/api/leads/lead_1", viaLocalhost, "{}")).status).toBe(200);
    expect((await raw(server, "POST", "/api/leads/lead_1/archive", { host, "content-type": "application/json" }, "{}")).status).toBe(200);
    expect(upstream.keysSeen).toEqual(Array(3).fill(`Bearer ${secretKey}`));
  });

  it("answers a creating GET (GET /leads/intake) only with proof of its own page: an <img> on another site sends none", async () => {
    const upstream = await recordingUpstream();
    const server = await remotePlayground(upstream, {
      target: { kind: "remote", baseUrl: upstream.url, apiKey: secretKey, sourceKey: "lp_src_9" },
    });
    const host = hostOf(server);
    // What <img src="http://playground/api/leads/intake?FirstName=x"> sends to a plain-http host: no Origin, no Fetch Metadata.
    expect((await raw(server, "GET", "/api/leads/intake?FirstName=Eve", { host })).status).toBe(403);
    expect(upstream.keysSeen).toEqual([]);
    expect((await raw(server, "GET", "/api/leads/intake?FirstName=Ada", { host, "sec-fetch-site": "same-origin" })).status).toBe(200);
    expect(upstream.keysSeen).toEqual(["Bearer lp_src_9"]);
  });

  it("strips the API's CORS headers, so no other origin is granted access", async () => {
    const upstream = await recordingUpstream();
    const server = await remotePlayground(upstream);
    const answer = await raw(server, "GET", "/api/leads/lead_1", { host: hostOf(server) });
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toEqual({ id: "lead_1" });
    expect(Object.keys(answer.headers).filter((name) => name.startsWith("access-control-"))).toEqual([]);
  });
});

describe("CORS preflights", () => {
  it("answers OPTIONS itself without granting another origin, and never forwards it", async () => {
    const upstream = await recordingUpstream();
    const server = await remotePlayground(upstream);
    const host = hostOf(server);
    const preflight = await raw(server, "OPTIONS", "/api/leads/lead_1/archive", {
      host,
      origin: "http://evil.example",
      "access-control-request-method": "POST",
      "access-control-request-headers": "content-type",
    });
    expect(preflight.status).toBe(403);
    expect(preflight.headers["access-control-allow-origin"]).toBeUndefined();
    const ownOptions = await raw(server, "OPTIONS", "/api/leads/lead_1", { host });
    expect(ownOptions.status).toBe(204);
    expect(ownOptions.headers["allow"]).toContain("POST");
    expect(ownOptions.headers["access-control-allow-origin"]).toBeUndefined();
    expect(upstream.keysSeen).toEqual([]);
  });
});
