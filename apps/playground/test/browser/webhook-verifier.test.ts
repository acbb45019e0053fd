// @leadping/client/webhooks running in Chromium: the published subpath bundled
// for the browser (standardwebhooks inside), checked against the Standard
// Webhooks signing vector and against tampered, stale and rotated deliveries.
import type * as Webhooks from "@leadping/client/webhooks";
import { build } from "esbuild";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../support/chromium.js";
import { packageRoot } from "../support/paths.js";

// The known-answer vector of standard-webhooks/standard-webhooks (libraries/javascript/src/webhook.test.ts,
// vendored in packages/client/test/webhooks/vectors).
const vector = {
  secret: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
  id: "msg_p5jXN8AQM9LWM0D4loKWxJek",
  timestamp: 1614265330,
  payload: '{"test": 2432232314}',
  signature: "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
};
const rotated = "whsec_C2FVsBQIhrscChlQIMV+b5sSYspob7oD";

let browser: Browser;
let page: Page;

beforeAll(async () => {
  const bundle = await build({
    stdin: { contents: 'export * from "@leadping/client/webhooks";', resolveDir: packageRoot, loader: "js" },
    bundle: true,
    write: false,
    format: "iife",
    globalName: "LeadpingWebhooks",
    platform: "browser",
    target: "es2022",
    logLevel: "silent",
  });
  browser = await launchChromium();
  page = await browser.newPage();
  await page.setContent("<!doctype html><title>verifier</title>");
  await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
});

afterAll(async () => {
  await browser?.close();
});

describe("the webhook verifier in Chromium", () => {
  it("runs with Chromium's own globals (no Node polyfills)", async () => {
    expect(
      await page.evaluate(() => [
        typeof (globalThis as { process?: unknown }).process,
        typeof (globalThis as { LeadpingWebhooks?: unknown }).LeadpingWebhooks,
      ]),
    ).toEqual(["undefined", "object"]);
  });

  it("verifies the Standard Webhooks vector and names why broken deliveries fail", async () => {
    const results = await page.evaluate(
      ({ vector, rotated }) => {
        const lib = (globalThis as unknown as { LeadpingWebhooks: typeof Webhooks }).LeadpingWebhooks;
        const headers = { "webhook-id": vector.id, "webhook-timestamp": String(vector.timestamp), "webhook-signature": vector.signature };
        const at = () => vector.timestamp * 1000;
        const reason = (run: () => unknown) => {
          try {
            run();
            return "verified";
          } catch (error) {
            return error instanceof lib.WebhookVerificationError ? error.reason : `unexpected ${String(error)}`;
          }
        };
        return {
          genuine: lib.verifyWebhook(vector.payload, new Headers(headers), vector.secret, { now: at }).payload,
          rotation: reason(() =>
            lib.verifyWebhook(new TextEncoder().encode(vector.payload), headers, [rotated, vector.secret], { now: at }),
          ),
          tampered: reason(() => lib.verifyWebhook(vector.payload.replace("2", "3"), headers, vector.secret, { now: at })),
          wrongSecret: reason(() => lib.verifyWebhook(vector.payload, headers, rotated, { now: at })),
          stale: reason(() => lib.verifyWebhook(vector.payload, headers, vector.secret, { now: () => at() + 301_000 })),
          future: reason(() => lib.verifyWebhook(vector.payload, headers, vector.secret, { now: () => at() - 301_000 })),
          missing: reason(() => lib.verifyWebhook(vector.payload, { "webhook-id": vector.id }, vector.secret, { now: at })),
        };
      },
      { vector, rotated },
    );
    expect(results).toEqual({
      genuine: { test: 2432232314 },
      rotation: "verified",
      tampered: "no-matching-signature",
      wrongSecret: "no-matching-signature",
      stale: "timestamp-too-old",
      future: "timestamp-in-future",
      missing: "missing-header",
    });
  });

  it("the Request → Response handler answers 204 once and deduplicates the retry", async () => {
    const statuses = await page.evaluate(async (vector) => {
      const lib = (globalThis as unknown as { LeadpingWebhooks: typeof Webhooks }).LeadpingWebhooks;
      let calls = 0;
      const handler = lib.createWebhookHandler({
        secret: vector.secret,
        now: () => vector.timestamp * 1000,
        onDelivery: () => void calls++,
      });
      const send = () =>
        handler(
          new Request("https://receiver.test/hook", {
            method: "POST",
            headers: { "webhook-id": vector.id, "webhook-timestamp": String(vector.timestamp), "webhook-signature": vector.signature },
            body: vector.payload,
          }),
        );
      const first = await send();
      const retry = await send();
      return [first.status, retry.status, calls];
    }, vector);
    expect(statuses).toEqual([204, 204, 1]);
  });
});
