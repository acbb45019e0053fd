// Exactly-once creates against a scripted server on 127.0.0.1: which failures lead to a
// lookup before resending, what the lookup sends, and what a call that gives up says.
import type { ServerResponse } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { BadRequestError, InternalServerError, LeadCreateError, LeadpingConnectionError, createLeadpingClient } from "../../src/index.js";
import type { LeadpingClientOptions } from "../../src/index.js";
import { recordingClock } from "../helpers/clock.js";
import { lead, page, wholeLead } from "../helpers/fixtures.js";
import { sendJson, sendProblem, startServer } from "../helpers/server.js";
import type { Handler, ReceivedRequest, TestServer } from "../helpers/server.js";

const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function setup(handler: Handler, options: LeadpingClientOptions = {}, withApiKey = true) {
  const server = await startServer(handler);
  servers.push(server);
  const lp = createLeadpingClient({
    ...(withApiKey ? { apiKey: "sk_org" } : {}),
    sourceKey: "lp_src",
    baseUrl: server.url,
    clock: recordingClock(),
    maxRetries: 2,
    ...options,
  });
  return { server, lp };
}

const withId = wholeLead({ metadata: { externalId: "crm-1" } });
const posts = (server: TestServer) => server.requests.filter((r) => r.method === "POST" && r.url === "/leads");
const lookups = (server: TestServer) => server.requests.filter((r) => r.url.startsWith("/leads/all/my"));
const bareFailure = (_req: ReceivedRequest, res: ServerResponse) => {
  res.writeHead(502, { "content-type": "text/html" });
  res.end("<h1>Bad gateway</h1>");
};

describe("exactly-once creates", () => {
  it("a 5xx without a problem body is looked up, and the lead found resolves the call without a resend", async () => {
    const { server, lp } = await setup((req, res) => {
      if (req.url === "/leads") return bareFailure(req, res);
      if (req.url.startsWith("/leads/all/my")) return sendJson(res, 200, page(["lead_found"], null));
      return sendJson(res, 200, lead("lead_found"));
    });
    await expect(lp.leads.create(withId)).resolves.toEqual(lead("lead_found"));
    expect(posts(server)).toHaveLength(1);
    expect(JSON.parse(lookups(server)[0]!.body)).toMatchObject({ filters: [{ field: "externalId", value: "crm-1" }] });
    expect(lookups(server)[0]!.url).toContain("archiveFilter=all");
    expect(lookups(server)[0]!.headers.authorization).toBe("Bearer sk_org");
  });

  it("a lead not found is sent again, up to maxRetries, then the call says whether the lead may exist", async () => {
    const { server, lp } = await setup((req, res) => {
      if (req.url === "/leads/intake") return void res.destroy();
      return sendJson(res, 200, page([], null));
    });
    const error = await lp.leads.createIntake({ sellerLeadId: "s-1" }).catch((e: unknown) => e);
    expect(server.requests.filter((r) => r.url === "/leads/intake")).toHaveLength(3);
    expect(lookups(server)).toHaveLength(3);
    expect(error).toBeInstanceOf(LeadCreateError);
    // A reset after sending and no lead found afterwards: not created.
    expect(error).toMatchObject({ leadMayExist: false, attempts: 3, identity: { sellerLeadId: "s-1" } });
  });

  it("a reset after sending, then a lookup that cannot run, rejects saying the lead may exist", async () => {
    const { server, lp } = await setup((_req, res) => void res.destroy(), {}, false);
    const error = await lp.leads.create(withId).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LeadCreateError);
    expect(error).toMatchObject({ leadMayExist: true, attempts: 1 });
    expect((error as LeadCreateError).cause).toBeInstanceOf(LeadpingConnectionError);
    expect(posts(server)).toHaveLength(1);
  });

  it("a lead found whose read then fails rejects saying it exists", async () => {
    const { lp } = await setup((req, res) => {
      if (req.url === "/leads") return bareFailure(req, res);
      if (req.url.startsWith("/leads/all/my")) return sendJson(res, 200, page(["lead_found"], null));
      return sendProblem(res, 403);
    });
    const error = await lp.leads.create(withId).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LeadCreateError);
    expect(error).toMatchObject({ leadMayExist: true, attempts: 1 });
    expect((error as Error).message).toContain("lead_found");
  });

  it("a 5xx problem is the server saying it failed: surfaced as is, no lookup", async () => {
    const { server, lp } = await setup((_req, res) => sendProblem(res, 500, { title: "Internal error" }));
    await expect(lp.leads.create(withId)).rejects.toBeInstanceOf(InternalServerError);
    expect(lookups(server)).toHaveLength(0);
  });

  it("without an id, or with exactlyOnce off, the failure surfaces and nothing is looked up", async () => {
    const { server, lp } = await setup(bareFailure);
    await expect(lp.leads.create(wholeLead())).rejects.toBeInstanceOf(InternalServerError);
    await expect(lp.leads.create(withId, { exactlyOnce: false })).rejects.toBeInstanceOf(InternalServerError);
    expect(lookups(server)).toHaveLength(0);
    expect(posts(server)).toHaveLength(2);
  });

  it("a caller without types sending no metadata gets the API's 400, not a TypeError", async () => {
    const { server, lp } = await setup((_req, res) => sendProblem(res, 400));
    await expect(lp.leads.create({ contact: { firstName: "Ada" } } as never)).rejects.toBeInstanceOf(BadRequestError);
    await expect(lp.leads.createIntake(undefined as never)).rejects.toBeInstanceOf(BadRequestError);
    expect(lookups(server)).toHaveLength(0);
  });

  it("withResponse still works on an exactly-once create", async () => {
    const { lp } = await setup((_req, res) => sendJson(res, 201, lead("lead_new")));
    const { data, response } = await lp.leads.create(withId).withResponse();
    expect(data).toEqual(lead("lead_new"));
    expect(response.status).toBe(201);
  });
});
