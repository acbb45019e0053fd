// Redirects are followed by the client itself, against two real servers on
// 127.0.0.1: `api` (the baseUrl's origin) and `elsewhere` (another port, so
// another origin). Credentials and custom headers go only to the api's
// origin; a body is never resent to another origin.
import { afterEach, describe, expect, it } from "vitest";
import { LeadpingRedirectError, createLeadpingClient } from "../../src/index.js";
import type { LeadpingClientOptions, Middleware } from "../../src/index.js";
import { lead, wholeLead } from "../helpers/fixtures.js";
import { sendJson, startServer } from "../helpers/server.js";
import type { TestServer } from "../helpers/server.js";

const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

/** A server that redirects `/from…` to `location(server)` with `status`, and answers everything else with a lead. */
async function redirecting(status: number, location: (self: TestServer) => string): Promise<TestServer> {
  const server: TestServer = await startServer((req, res) => {
    if (req.url.startsWith("/from")) {
      res.writeHead(status, { location: location(server), "content-type": "text/plain" });
      res.end(`Redirecting with ${status}`);
      return;
    }
    sendJson(res, req.method === "POST" ? 201 : 200, lead(`${req.method} ${req.url}`));
  });
  servers.push(server);
  return server;
}

async function answering(): Promise<TestServer> {
  const server = await startServer((req, res) => sendJson(res, 200, lead(`${req.method} ${req.url}`)));
  servers.push(server);
  return server;
}

const credentialHeaders = ["authorization", "x-leadping-source-id", "x-leadping-source-key", "x-app", "x-per-call"];

function client(server: TestServer, options: LeadpingClientOptions = {}) {
  return createLeadpingClient({
    apiKey: "sk_org_SECRET",
    sourceKey: "lp_src_SECRET",
    baseUrl: `${server.url}/from`,
    headers: { "x-app": "shop" },
    maxRetries: 0,
    timeoutMs: 5000,
    ...options,
  });
}

const withMiddleware: Middleware = { onRequest: () => undefined };
const ALL = [301, 302, 303, 307, 308] as const;

describe.each([
  { mode: "resources", middleware: [] as Middleware[] },
  { mode: "resources with middleware", middleware: [withMiddleware] },
])("same origin ($mode)", ({ middleware }) => {
  it.each(ALL)("%i on GET: followed with the credentials", async (status) => {
    const api = await redirecting(status, () => "/moved/lead_1");
    const lp = client(api, { middleware });
    await expect(lp.leads.get("lead_1", { headers: { "x-per-call": "1" } })).resolves.toEqual(lead("GET /moved/lead_1"));
    const [first, second] = api.requests;
    expect(first!.url).toBe("/from/leads/lead_1");
    expect(second!.headers.authorization).toBe("Bearer sk_org_SECRET");
    expect(second!.headers["x-app"]).toBe("shop");
    expect(second!.headers["x-per-call"]).toBe("1");
  });

  it.each([301, 302, 303])("%i on POST: followed as a GET without the body", async (status) => {
    const api = await redirecting(status, (self) => `${self.url}/moved/archive`);
    const lp = client(api, { middleware });
    await expect(lp.leads.archive("lead_1", { reason: 3, note: "dup" })).resolves.toEqual(lead("GET /moved/archive"));
    const second = api.requests[1]!;
    expect(second.method).toBe("GET");
    expect(second.body).toBe("");
    expect(second.headers["content-type"]).toBeUndefined();
    expect(second.headers.authorization).toBe("Bearer sk_org_SECRET");
  });

  it.each([307, 308])("%i on PUT and POST: resends the method and the body", async (status) => {
    const api = await redirecting(status, () => "/moved/again");
    const lp = client(api, { middleware });
    await expect(lp.leads.update("lead_1", wholeLead({ enabled: false }))).resolves.toEqual(lead("PUT /moved/again"));
    await expect(lp.leads.createIntake({ firstName: "Ada" })).resolves.toEqual(lead("POST /moved/again"));
    const resent = api.requests.filter((r) => r.url === "/moved/again");
    expect(resent.map((r) => [r.method, JSON.parse(r.body)])).toEqual([
      ["PUT", wholeLead({ enabled: false })],
      ["POST", { firstName: "Ada" }],
    ]);
    expect(resent[0]!.headers.authorization).toBe("Bearer sk_org_SECRET");
    expect(resent[1]!.headers.authorization).toBe("Bearer lp_src_SECRET");
  });
});

describe.each([
  { mode: "lp.raw", middleware: [] as Middleware[] },
  { mode: "lp.raw with middleware", middleware: [withMiddleware] },
])("$mode", ({ middleware }) => {
  it.each([307, 308])("%i with a body is followed (no detached ArrayBuffer)", async (status) => {
    const api = await redirecting(status, () => "/moved/raw");
    const lp = client(api, { middleware });
    const { data, error } = await lp.raw.PUT("/leads/{id}", { params: { path: { id: "lead_1" } }, body: wholeLead({ enabled: true }) });
    expect(error).toBeUndefined();
    expect(data).toEqual(lead("PUT /moved/raw"));
    expect(JSON.parse(api.requests[1]!.body)).toEqual(wholeLead({ enabled: true }));
  });
});

describe("another origin", () => {
  it.each(ALL)("%i on GET: followed without credentials or custom headers", async (status) => {
    const elsewhere = await answering();
    const api = await redirecting(status, () => `${elsewhere.url}/mirror/lead_1`);
    const lp = client(api);
    await expect(lp.leads.get("lead_1", { headers: { "x-per-call": "1" } })).resolves.toEqual(lead("GET /mirror/lead_1"));
    const received = elsewhere.requests[0]!;
    for (const name of credentialHeaders) expect(received.headers[name]).toBeUndefined();
    expect(received.headers.accept).toBe("application/json");
  });

  it.each([301, 302, 303])("%i on intake POST with a source id/key pair: a GET that carries neither", async (status) => {
    const elsewhere = await answering();
    const api = await redirecting(status, () => `${elsewhere.url}/thanks`);
    const lp = client(api, { sourceId: "src_42" });
    await expect(lp.leads.createIntake({ firstName: "Ada", email: "ada@example.com" })).resolves.toEqual(lead("GET /thanks"));
    expect(api.requests[0]!.headers["x-leadping-source-key"]).toBe("lp_src_SECRET");
    const received = elsewhere.requests[0]!;
    expect(received.method).toBe("GET");
    expect(received.body).toBe("");
    for (const name of credentialHeaders) expect(received.headers[name]).toBeUndefined();
  });

  it.each([307, 308])("%i with a lead body is refused: the body never leaves the api's origin", async (status) => {
    const elsewhere = await answering();
    const api = await redirecting(status, () => `${elsewhere.url}/collect`);
    const lp = client(api, { sourceId: "src_42" });
    const error = await lp.leads.createIntake({ firstName: "Ada", email: "ada@example.com" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LeadpingRedirectError);
    expect(error).toMatchObject({ method: "POST", path: "/from/leads/intake", status });
    expect((error as Error).message).toContain(new URL(elsewhere.url).origin);
    expect(elsewhere.requests).toEqual([]);
  });

  it.each([307, 308])("%i on GET (no body) is followed without credentials", async (status) => {
    const elsewhere = await answering();
    const api = await redirecting(status, () => `${elsewhere.url}/mirror`);
    await expect(client(api).tags.list()).resolves.toEqual(lead("GET /mirror"));
    expect(elsewhere.requests[0]!.headers.authorization).toBeUndefined();
  });

  it("credentials are not restored when a later hop comes back to the api's origin", async () => {
    const apiOrigin = { url: "" };
    const elsewhere = await redirecting(302, () => `${apiOrigin.url}/back`);
    const api = await redirecting(302, () => `${elsewhere.url}/from-api`);
    apiOrigin.url = api.url;
    await expect(client(api).leads.get("lead_1")).resolves.toEqual(lead("GET /back"));
    const back = api.requests.find((r) => r.url === "/back")!;
    for (const name of credentialHeaders) expect(back.headers[name]).toBeUndefined();
  });
});

describe("limits", () => {
  it("a redirect loop stops after 10 hops with LeadpingRedirectError", async () => {
    const api = await redirecting(302, () => "/from/loop");
    const error = await client(api)
      .leads.get("lead_1")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LeadpingRedirectError);
    expect((error as Error).message).toMatch(/more than 10 redirects/);
    expect(api.requests).toHaveLength(11);
  });

  it.each(["ftp://127.0.0.1/x", "javascript:alert(1)", "data:text/plain,hi"])("a Location of %s is refused", async (location) => {
    const api = await redirecting(302, () => location);
    await expect(client(api).leads.get("lead_1")).rejects.toBeInstanceOf(LeadpingRedirectError);
    expect(api.requests).toHaveLength(1);
  });

  it("a 3xx without Location is returned as is (an API error, not followed)", async () => {
    const server = await startServer((_req, res) => {
      res.writeHead(302);
      res.end();
    });
    servers.push(server);
    await expect(client(server).leads.get("lead_1")).rejects.toMatchObject({ status: 302 });
    expect(server.requests).toHaveLength(1);
  });
});
