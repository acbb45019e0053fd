// The inbox panel in Chromium: a lead change in the embedded local API is
// delivered to the playground server over HTTP, verified there, and shown next
// to the API exchanges; a forged delivery shows as rejected.
import { join } from "node:path";
import { createLeadpingClient } from "@leadping/client";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startPlaygroundServer, type PlaygroundServer } from "../../src/server/playground-server.js";
import { launchChromium } from "../support/chromium.js";
import { requireBuilt, webRoot } from "../support/paths.js";

let server: PlaygroundServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  requireBuilt(join(webRoot, "index.html"));
  server = await startPlaygroundServer({ target: { kind: "local", seed: 7, sampleLeads: 3, strict: true }, webRoot, port: 0 });
  browser = await launchChromium();
  page = await browser.newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const entries = () => page.locator('[data-testid="inbox-entry"]');

describe("the webhook inbox panel", () => {
  it("shows a lead change as a verified delivery, and a forged one as rejected", async () => {
    const lp = createLeadpingClient({ baseUrl: server.apiBaseUrl, apiKey: "browser-test", maxRetries: 0 });
    const [lead] = (await lp.leads.list({ pageSize: 1 })).items;
    await lp.leads.archive(lead!.id, {});
    const forged = await fetch(`${server.url}/_playground/webhooks`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "webhook-id": "msg_forged",
        "webhook-timestamp": String(Math.floor(Date.now() / 1000)),
        "webhook-signature": "v1,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc=",
      },
      body: JSON.stringify({ type: "lead.deleted", data: { id: lead!.id } }),
    });
    expect(forged.status).toBe(401);

    await page.goto(server.url);
    await expect.poll(() => entries().count(), { timeout: 10_000 }).toBe(2);
    await expect
      .poll(() => entries().evaluateAll((items) => items.map((item) => [item.getAttribute("data-verdict"), item.textContent])))
      // The delivery runs in the background, so it may arrive before or after the forged one.
      .toEqual(
        expect.arrayContaining([
          ["rejected", expect.stringContaining("no-matching-signature")],
          ["verified", expect.stringContaining("lead.archived")],
        ]),
      );
    await expect.poll(() => page.locator('[data-testid="inbox-entry"][data-verdict="verified"]').textContent()).toContain(lead!.id);
  });
});
