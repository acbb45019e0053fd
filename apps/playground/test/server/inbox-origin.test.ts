// The webhook inbox (/_playground/webhooks) takes the local API's deliveries,
// which carry no Origin. A page on any site can POST there too (a form or
// fetch with mode: "no-cors"), and 60 such posts used to push every real
// delivery out of the 50-entry inbox. Real servers on 127.0.0.1.
import { request as httpRequest, type OutgoingHttpHeaders } from "node:http";
import { createLeadpingClient } from "@leadping/client";
import { afterEach, describe, expect, it } from "vitest";
import { startPlaygroundServer, type PlaygroundServer } from "../../src/server/playground-server.js";
import type { InboxEntry } from "../../src/shared/inbox-entry.js";
import { webRoot } from "../support/paths.js";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()?.();
});

async function localPlayground(): Promise<PlaygroundServer> {
  const server = await startPlaygroundServer({ target: { kind: "local", seed: 7, sampleLeads: 1, strict: true }, webRoot, port: 0 });
  cleanups.push(() => server.stop());
  return server;
}

function post(server: PlaygroundServer, headers: OutgoingHttpHeaders, body: string): Promise<number> {
  const { hostname, port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const request = httpRequest({ host: hostname, port, method: "POST", path: "/_playground/webhooks", headers }, (response) => {
      response.resume();
      response.on("end", () => resolve(response.statusCode ?? 0));
    });
    request.on("error", reject);
    request.end(body);
  });
}

const inbox = async (server: PlaygroundServer) => (await (await fetch(`${server.url}/_playground/inbox`)).json()) as InboxEntry[];

describe("the webhook inbox refuses what browsers send", () => {
  it("a POST carrying an Origin (another site, or the playground's own page) is refused and never reaches the inbox", async () => {
    const server = await localPlayground();
    const forged = JSON.stringify({ type: "lead.created", data: { id: "lead_forged" } });
    const pages: OutgoingHttpHeaders[] = [
      { origin: "https://evil.example", "content-type": "text/plain" },
      { origin: server.url, "content-type": "application/json" },
      { origin: "null", "content-type": "application/json" },
      { "sec-fetch-site": "cross-site", "content-type": "text/plain" },
    ];
    for (let i = 0; i < 60; i++) expect(await post(server, pages[i % pages.length]!, forged)).toBe(403);
    expect(await inbox(server)).toEqual([]);
  });

  it("the local API's own deliveries still arrive and verify", async () => {
    const server = await localPlayground();
    const lp = createLeadpingClient({ baseUrl: `${server.url}/api`, apiKey: "set-by-server", sourceKey: "set-by-server" });
    const lead = await lp.leads.create({ metadata: {}, customer: {}, tagIds: [], tagNames: [], contact: { firstName: "Inbox" } });
    await expect
      .poll(async () => (await inbox(server)).map((e) => `${e.verdict} ${e.eventType} ${e.leadId}`))
      .toContain(`verified lead.created ${lead.id}`);
    // A delivery without Origin and with a wrong signature is still seen (as rejected): the check is about browsers only.
    expect(await post(server, { "content-type": "application/json" }, "{}")).toBe(400);
  });
});
