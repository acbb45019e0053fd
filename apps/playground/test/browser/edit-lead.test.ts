// The page in real headless Chromium against the playground server on an
// ephemeral port: search, edit and save a lead, see it persisted after a
// reload and through the API, and see a validation error placed next to its
// field with the user's edits kept.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { createLeadpingClient, type LeadpingClient } from "@leadping/client";
import type { LeadTableRow } from "@leadping/types";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startPlaygroundServer, type PlaygroundServer } from "../../src/server/playground-server.js";
import { launchChromium } from "../support/chromium.js";
import { requireBuilt, testResults, webRoot } from "../support/paths.js";

let server: PlaygroundServer;
let browser: Browser;
let page: Page;
let lp: LeadpingClient;
const pageErrors: string[] = [];

async function searchAndOpen(row: LeadTableRow): Promise<void> {
  await page.fill("#lead-search", row.email ?? "");
  const line = page.locator(`tr[data-lead-id="${row.id}"]`);
  await line.waitFor();
  await expect.poll(() => page.locator("tbody tr[data-lead-id]").count()).toBe(1);
  await line.click();
  await page.locator('[data-testid="lead-id"]', { hasText: row.id }).waitFor();
}

function field(path: string) {
  return page.locator(`.field[data-field="${path}"]`);
}

beforeAll(async () => {
  requireBuilt(join(webRoot, "index.html"));
  server = await startPlaygroundServer({ target: { kind: "local", seed: 42, sampleLeads: 40, strict: true }, webRoot, port: 0 });
  lp = createLeadpingClient({ baseUrl: server.apiBaseUrl, apiKey: "browser-test", maxRetries: 0 });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1440, height: 1100 } });
  page.on("pageerror", (error) => pageErrors.push(error.message));
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("the playground page in Chromium", () => {
  it("lists the seeded leads a page at a time", async () => {
    const active = (await lp.leads.list({ pageSize: 1, includeCount: true })).totalCount;
    expect(active).toBeGreaterThan(20);
    await page.goto(server.url);
    await expect.poll(() => page.locator("tbody tr[data-lead-id]").count()).toBe(10);
    await expect.poll(() => page.locator('[data-testid="table-status"]').textContent()).toBe(`Rows 1–10 of ${active}`);
    await page.click("#page-next");
    await expect.poll(() => page.locator('[data-testid="page-number"]').textContent()).toBe("Page 2");
    await expect.poll(() => page.locator('[data-testid="table-status"]').textContent()).toBe(`Rows 11–20 of ${active}`);
    // The rows of page 2 are the API's second page, in the API's order.
    const secondPage = (await lp.leads.list({ pageSize: 20 })).items.slice(10).map((row) => row.id);
    await expect
      .poll(() => page.locator("tbody tr[data-lead-id]").evaluateAll((rows) => rows.map((row) => row.getAttribute("data-lead-id"))))
      .toEqual(secondPage);
    mkdirSync(testResults, { recursive: true });
    await page.screenshot({ path: join(testResults, "playground-list.png") });
    await expect.poll(() => page.locator('[data-testid="api-badge"]').textContent()).toBe("local API");
  });

  it("searches, edits and saves a lead, and the change persists", async () => {
    // A lead from the third page, found through the API, not the page.
    const rows = (await lp.leads.list({ pageSize: 40 })).items;
    const target = rows.find((row, index) => index >= 20 && row.email);
    expect(target, "a seeded lead with an email on page 3").toBeDefined();
    const row = target as LeadTableRow;
    await searchAndOpen(row);

    await field("contact.streetAddress.city").locator("input").fill("Testville");
    await field("customer.income").locator("input").fill("123456");
    await field("customer.isHomeowner").locator("select").selectOption("true");
    await page.fill("#field-tagNames", "Browser test");
    await page.click("#save-lead");
    await expect.poll(() => page.locator('[data-testid="editor-status"]').textContent()).toBe("Saved.");

    // The editor shows the PUT and its answer.
    const detail = page.locator('[data-testid="save-exchange"] [data-testid="exchange-detail"]');
    await expect.poll(() => detail.locator(".exchange-line").first().textContent()).toBe(`PUT /leads/${row.id}`);
    expect(await detail.locator('[data-testid="exchange-status"]').textContent()).toBe("200");
    const sent = JSON.parse((await detail.locator('[data-testid="exchange-request-body"]').textContent()) ?? "{}");
    expect(sent.contact.streetAddress.city).toBe("Testville");
    expect(sent.tagNames).toEqual(["Browser test"]);
    const answered = JSON.parse((await detail.locator('[data-testid="exchange-response-body"]').textContent()) ?? "{}");
    expect(answered.contact.streetAddress.city).toBe("Testville");
    expect(await page.locator('[data-testid="changes"]').textContent()).toContain("contact.streetAddress.city");

    // After a reload, the page reads the change back from the API.
    await page.reload();
    await expect.poll(() => page.locator("tbody tr[data-lead-id]").count()).toBe(10);
    await searchAndOpen(row);
    expect(await field("contact.streetAddress.city").locator("input").inputValue()).toBe("Testville");
    expect(await field("customer.income").locator("input").inputValue()).toBe("123456");
    expect(await field("customer.isHomeowner").locator("select").inputValue()).toBe("true");
    await expect.poll(() => page.locator(`tr[data-lead-id="${row.id}"] .chip`).allTextContents()).toContain("Browser test");

    // And so does a service using the client over HTTP.
    const stored = await lp.leads.get(row.id);
    expect(stored.contact.streetAddress?.city).toBe("Testville");
    // Sent as a number (the field reads as one), stored and answered as a number, as the real API does.
    expect(stored.customer.income).toBe(123456);
    expect(stored.customer.isHomeowner).toBe(true);
    expect(stored.tags.map((tag) => tag.name)).toContain("Browser test");
  });

  it("shows a validation error next to its field and keeps the user's edits", async () => {
    const leadId = (await page.locator('[data-testid="lead-id"]').textContent()) ?? "";
    const before = await lp.leads.get(leadId);
    await field("contact.lastName").locator("input").fill("Unsaved-Edit");
    await field("customer.birthDate").locator("input").fill("10/12/1985");
    await page.click("#save-lead");

    const problem = page.locator('[data-testid="problem"]');
    await problem.waitFor();
    expect(await problem.locator('[data-testid="problem-class"]').textContent()).toBe("BadRequestError · 400");
    const message = field("customer.birthDate").locator(".field-error");
    await message.waitFor();
    expect((await message.textContent())?.length).toBeGreaterThan(0);
    expect(await field("customer.birthDate").locator("input").getAttribute("aria-invalid")).toBe("true");
    // Only the bad field is marked.
    expect(await page.locator(".field.invalid").count()).toBe(1);
    // The edits are still in the form.
    expect(await field("customer.birthDate").locator("input").inputValue()).toBe("10/12/1985");
    expect(await field("contact.lastName").locator("input").inputValue()).toBe("Unsaved-Edit");
    expect(await page.locator('[data-testid="editor-status"]').textContent()).toBe("Not saved.");
    expect(await page.locator('[data-testid="save-exchange"] [data-testid="exchange-status"]').textContent()).toBe("400");

    await page.screenshot({ path: join(testResults, "playground.png"), fullPage: true });

    // Nothing reached the store.
    const after = await lp.leads.get(leadId);
    expect(after.contact.lastName).toBe(before.contact.lastName);
    expect(after.customer.birthDate).toBe(before.customer.birthDate);
    expect(pageErrors).toEqual([]);
  });

  it("sets a lead's status from the catalog and shows it in the event history", async () => {
    const leadId = (await page.locator('[data-testid="lead-id"]').textContent()) ?? "";
    const catalog = (await lp.leadStatuses.list()).map((status) => status.name);
    // The choices are the API's catalog, in its order.
    await expect.poll(() => page.locator("#lead-status option").allTextContents()).toEqual(catalog);
    await page.selectOption("#lead-status", "Qualified");
    await page.click("#set-status");
    await expect.poll(() => page.locator('[data-testid="status-note"]').textContent()).toBe("Status set to Qualified.");
    await expect.poll(() => page.locator('[data-testid="current-status"]').textContent()).toBe("Now: Qualified");
    await expect
      .poll(() => page.locator('[data-testid="timeline"] li').first().getAttribute("data-event-type"))
      .toBe("lead.status_changed");
    // The API recorded the same change.
    const history = await lp.leads.status.history(leadId);
    expect(history.at(-1)?.outcome ?? history[0]?.outcome).toBe("Qualified");
    expect(pageErrors).toEqual([]);
  });
});
