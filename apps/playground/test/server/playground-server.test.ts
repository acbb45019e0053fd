// The playground server over real HTTP on 127.0.0.1: the page, the embedded
// API under /api, and the server-side proxy to a real API that keeps the key
// away from the browser.
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import { join } from "node:path";
import { AuthenticationError, createLeadpingClient } from "@leadping/client";
import { startMockServer } from "@leadping/mock-server";
import { afterEach, describe, expect, it } from "vitest";
import { startPlaygroundServer, type PlaygroundServer } from "../../src/server/playground-server.js";
import type { InboxEntry } from "../../src/shared/inbox-entry.js";
import { listenOnLoopback } from "../support/loopback.js";
import { requireBuilt, webRoot } from "../support/paths.js";

const local = { kind: "local", seed: 42, sampleLeads: 12, strict: true } as const;
const secretKey = "sk_live_playground_secret_1234";
const cleanups: (() => Promise<void>)[] = [];

async function playground(options: Partial<Parameters<typeof startPlaygroundServer>[0]> = {}): Promise<PlaygroundServer> {
  const server = await startPlaygroundServer({ target: local, webRoot, port: 0, ...options });
  cleanups.push(() => server.stop());
  return server;
}

interface Recorded {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A stand-in for a real API that records what reaches it and answers a lead list. */
async function recordingUpstream(): Promise<{ url: string; requests: Recorded[] }> {
  const requests: Recorded[] = [];
  const server: Server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString()));
    request.on("end", () => {
      requests.push({ method: request.method ?? "", url: request.url ?? "", headers: request.headers, body });
      response.writeHead(200, { "content-type": "application/json" });
      response.end(JSON.stringify({ items: [], pageSize: 5, totalCount: 0, continuationToken: null }));
    });
  });
  return { url: await listenOnLoopback(server, cleanups), requests };
}

afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()?.();
});

describe("the page", () => {
  it("serves the built page, its assets, and index.html for unknown paths", async () => {
    requireBuilt(join(webRoot, "index.html"));
    const server = await playground();
    const index = await fetch(server.url);
    expect(index.status).toBe(200);
    expect(index.headers.get("content-type")).toContain("text/html");
    const html = await index.text();
    expect(html).toContain('<div id="app">');
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeDefined();
    const asset = await fetch(`${server.url}${script}`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get("content-type")).toContain("text/javascript");
    expect(await (await fetch(`${server.url}/some/deep/link`)).text()).toBe(html);
  });

  it("answers 405 to writes outside /api and says which API is behind /api", async () => {
    const server = await playground();
    const post = await fetch(server.url, { method: "POST", body: "x" });
    expect(post.status).toBe(405);
    expect(post.headers.get("content-type")).toBe("application/problem+json");
    const info = await (await fetch(`${server.url}/_playground/info`)).json();
    expect(info).toEqual({
      api: "local",
      description: "local API (embedded @leadping/mock-server, seed 42, 12 sample leads)",
      apiBasePath: "/api",
    });
  });
});

describe("the embedded API under /api", () => {
  it("serves the seeded leads to @leadping/client over HTTP", async () => {
    const server = await playground();
    const lp = createLeadpingClient({ baseUrl: server.apiBaseUrl, apiKey: "anything", maxRetries: 0 });
    const rows = [];
    for await (const row of lp.leads.listAll({ pageSize: 5, archiveFilter: "all" })) rows.push(row);
    expect(rows).toHaveLength(12);
    const lead = await lp.leads.get(rows[3]!.id);
    expect(lead.id).toBe(rows[3]!.id);
  });

  it("passes the API's problem details through unchanged", async () => {
    const server = await playground();
    const response = await fetch(`${server.apiBaseUrl}/leads/all/my`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{not json",
    });
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toContain("application/problem+json");
    expect((await response.json()).status).toBe(400);
    expect((await fetch(`${server.apiBaseUrl}/no-such-route`)).status).toBe(404);
  });

  it("answers 413 to a body over 2 MiB", async () => {
    const server = await playground();
    const response = await fetch(`${server.apiBaseUrl}/leads/all/my`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "x".repeat(3 * 1024 * 1024),
    });
    expect(response.status).toBe(413);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
  });
});

describe("a real API behind /api (LEADPING_API_KEY)", () => {
  it("sends the server's key, never the browser's credentials or cookies, and keeps the base path", async () => {
    const upstream = await recordingUpstream();
    const server = await playground({ target: { kind: "remote", baseUrl: `${upstream.url}/v2`, apiKey: secretKey } });
    const response = await fetch(`${server.apiBaseUrl}/leads/all/my?archiveFilter=all`, {
      method: "POST",
      headers: {
        authorization: "Bearer from-the-browser",
        cookie: "session=abc",
        "content-type": "application/json",
        "x-request-id": "req-1",
      },
      body: JSON.stringify({ pageSize: 5 }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ items: [], continuationToken: null });
    expect(upstream.requests).toHaveLength(1);
    const [seen] = upstream.requests as [Recorded];
    expect(seen).toMatchObject({ method: "POST", url: "/v2/leads/all/my?archiveFilter=all", body: JSON.stringify({ pageSize: 5 }) });
    expect(seen.headers["authorization"]).toBe(`Bearer ${secretKey}`);
    expect(seen.headers["cookie"]).toBeUndefined();
    expect(seen.headers["x-request-id"]).toBe("req-1");
    const info = await (await fetch(`${server.url}/_playground/info`)).text();
    expect(info).not.toContain(secretKey);
    expect(JSON.parse(info)).toMatchObject({ api: "remote", description: `Leadping API at ${upstream.url}/v2` });
  });

  it("sends the source credentials on intake routes when configured", async () => {
    const upstream = await recordingUpstream();
    const server = await playground({
      target: { kind: "remote", baseUrl: upstream.url, apiKey: secretKey, sourceKey: "lp_src_1", sourceId: "src_1" },
    });
    await fetch(`${server.apiBaseUrl}/leads`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
    await fetch(`${server.apiBaseUrl}/leads/lead_1`);
    const [intake, read] = upstream.requests as [Recorded, Recorded];
    expect(intake.headers).toMatchObject({ "x-leadping-source-id": "src_1", "x-leadping-source-key": "lp_src_1" });
    expect(intake.headers["authorization"]).toBeUndefined();
    expect(read.headers["authorization"]).toBe(`Bearer ${secretKey}`);
  });

  it("works end to end against an API that accepts only that key", async () => {
    const api = await startMockServer({
      port: 0,
      host: "127.0.0.1",
      seed: 7,
      sampleLeads: 3,
      strict: true,
      auth: { bearerTokens: [secretKey] },
    });
    cleanups.push(() => api.stop());
    const direct = createLeadpingClient({ baseUrl: api.url, apiKey: "wrong", maxRetries: 0 });
    await expect(direct.leads.list()).rejects.toBeInstanceOf(AuthenticationError);

    const server = await playground({ target: { kind: "remote", baseUrl: api.url, apiKey: secretKey } });
    const viaPlayground = createLeadpingClient({ baseUrl: server.apiBaseUrl, apiKey: "browser-placeholder", maxRetries: 0 });
    const page = await viaPlayground.leads.list({ archiveFilter: "all", includeCount: true });
    expect(page.totalCount).toBe(3);
  });

  it("answers 502 problem details, without the key, when the API is unreachable", async () => {
    const upstream = await recordingUpstream();
    const deadUrl = upstream.url;
    await cleanups.pop()?.(); // stop the upstream: its port now refuses connections
    const server = await playground({ target: { kind: "remote", baseUrl: deadUrl, apiKey: secretKey } });
    const response = await fetch(`${server.apiBaseUrl}/leads/lead_1`);
    expect(response.status).toBe(502);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    const body = await response.text();
    expect(body).not.toContain(secretKey);
    expect(JSON.parse(body).title).toBe("The Leadping API could not be reached");
  });
});

describe("the webhook inbox behind the server", () => {
  it("receives the embedded API's deliveries when listening on every address", async () => {
    const server = await playground({ host: "0.0.0.0" });
    const port = new URL(server.url).port;
    // The server's URL names the wildcard address; clients reach it on loopback.
    const lp = createLeadpingClient({ baseUrl: `http://127.0.0.1:${port}/api`, apiKey: "set-by-server", sourceKey: "set-by-server" });
    const lead = await lp.leads.create({ metadata: {}, customer: {}, tagIds: [], tagNames: [], contact: { firstName: "Inbox" } });
    await expect
      .poll(async () => {
        const entries = (await (await fetch(`http://127.0.0.1:${port}/_playground/inbox`)).json()) as InboxEntry[];
        return entries.map((entry) => `${entry.verdict} ${entry.eventType} ${entry.leadId}`);
      })
      .toContain(`verified lead.created ${lead.id}`);
  });
});
