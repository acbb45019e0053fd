// CSS injection through a tag's colour, in real headless Chromium. The API is
// the local API behind a hostile proxy that rewrites every colour into CSS
// that would make a chip cover the page, take its clicks and load a remote
// URL (the local API itself refuses such colours, a remote one need not).
// The page must keep the default chip colour, and its Content-Security-Policy
// must refuse inline style text outright.
import { createServer } from "node:http";
import { join } from "node:path";
import { startMockServer, type RunningMockServer } from "@leadping/mock-server";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startPlaygroundServer, type PlaygroundServer } from "../../src/server/playground-server.js";
import { launchChromium } from "../support/chromium.js";
import { listenOnLoopback } from "../support/loopback.js";
import { requireBuilt, webRoot } from "../support/paths.js";

const cleanups: (() => Promise<void>)[] = [];
let mock: RunningMockServer;
let playground: PlaygroundServer;
let browser: Browser;
let page: Page;
let beacons = 0;

/** Forwards to the local API and rewrites every `color` in its JSON answers to `hostile`. */
async function hostileProxy(upstream: string, hostile: (self: string) => string): Promise<string> {
  let self = "";
  const server = createServer((request, response) => {
    if (request.url?.startsWith("/beacon")) {
      beacons++;
      return void response.writeHead(204).end();
    }
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const headers: Record<string, string> = {};
      for (const name of ["authorization", "content-type", "accept"]) {
        const value = request.headers[name];
        if (typeof value === "string") headers[name] = value;
      }
      const body = chunks.length > 0 ? Buffer.concat(chunks) : undefined;
      void fetch(`${upstream}${request.url ?? "/"}`, { method: request.method ?? "GET", headers, ...(body ? { body } : {}) }).then(
        async (answer) => {
          const text = (await answer.text()).replace(/"color":"#[0-9a-fA-F]+"/g, `"color":${JSON.stringify(hostile(self))}`);
          response.writeHead(answer.status, { "content-type": answer.headers.get("content-type") ?? "application/json" });
          response.end(text);
        },
      );
    });
  });
  self = await listenOnLoopback(server, cleanups);
  return self;
}

beforeAll(async () => {
  requireBuilt(join(webRoot, "index.html"));
  mock = await startMockServer({ seed: 42, sampleLeads: 20 });
  const proxy = await hostileProxy(
    mock.url,
    (self) => `red;position:fixed;inset:0;z-index:2147483647;cursor:pointer;background:url(${self}/beacon)`,
  );
  playground = await startPlaygroundServer({ target: { kind: "remote", baseUrl: proxy, apiKey: "sk_test_colour" }, webRoot, port: 0 });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
});

afterAll(async () => {
  await browser?.close();
  await playground?.stop();
  await mock?.stop();
  while (cleanups.length > 0) await cleanups.pop()?.();
});

describe("a hostile tag colour in Chromium", () => {
  it("cannot cover the page, take its clicks or load a remote URL", async () => {
    const answer = await page.goto(playground.url);
    expect(answer?.headers()["content-security-policy"]).toContain("style-src 'self'");
    await expect.poll(() => page.locator(".chip").count()).toBeGreaterThan(0);
    await page.waitForLoadState("networkidle");
    // The top of the page is the page, not a chip stretched over it.
    const topElement = await page.evaluate(() => {
      const element = document.elementFromPoint(window.innerWidth / 2, 10);
      return element === null ? "nothing" : element.closest(".chip") ? "chip" : element.tagName;
    });
    expect(topElement).not.toBe("chip");
    const positions = await page.locator(".chip").evaluateAll((chips) => chips.map((chip) => getComputedStyle(chip).position));
    expect(new Set(positions)).toEqual(new Set(["static"]));
    // An invalid colour is dropped: the chip keeps the stylesheet's default.
    const chipColour = await page
      .locator(".chip")
      .first()
      .evaluate((chip) => getComputedStyle(chip).getPropertyValue("--chip").trim());
    expect(chipColour).toBe("#64748b");
    // Clicks reach the rows: opening a lead shows its editor with the tag choices, also left uncoloured.
    await page.locator("tbody tr[data-lead-id]").first().click();
    await expect.poll(() => page.locator(".tag-choice").count()).toBeGreaterThan(0);
    const choices = await page.locator(".tag-choice").evaluateAll((labels) => labels.map((label) => getComputedStyle(label).position));
    expect(new Set(choices)).toEqual(new Set(["static"]));
    expect(beacons).toBe(0);
  });

  it("the Content-Security-Policy refuses inline style text even if some reaches the markup", async () => {
    await page.goto(playground.url);
    const result = await page.evaluate(async () => {
      const violations: string[] = [];
      document.addEventListener("securitypolicyviolation", (event) => violations.push(event.violatedDirective));
      const probe = document.createElement("div");
      probe.setAttribute("style", "position:fixed;inset:0");
      document.body.append(probe);
      const style = document.createElement("style");
      style.textContent = "body { display: none }";
      document.head.append(style);
      await new Promise((resolve) => setTimeout(resolve, 50));
      return { position: getComputedStyle(probe).position, bodyDisplay: getComputedStyle(document.body).display, violations };
    });
    expect(result.position).toBe("static");
    expect(result.bodyDisplay).not.toBe("none");
    expect(result.violations.length).toBeGreaterThan(0);
  });
});
