// The webhook verifier runs on any runtime with web-standard globals: the
// standardwebhooks package is plain JavaScript (fast-sha256, @stablelib/base64),
// so no Web Crypto fallback is needed. Chromium: apps/playground/test/browser.
import { fileURLToPath } from "node:url";
import { createContext, runInContext } from "node:vm";
import { bundleForWeb } from "../helpers/web-bundle.js";
import { describe, expect, it } from "vitest";
import type * as webhooks from "../../src/webhooks/index.js";
import { NOW_MS, SECRET, signedHeaders } from "./signing.js";

const entry = fileURLToPath(new URL("../../src/webhooks/index.ts", import.meta.url));

describe("webhook verifier portability", () => {
  it("bundles for a neutral platform with standardwebhooks inside and no node: imports", async () => {
    const { inputs } = await bundleForWeb(entry, "LeadpingWebhooks");
    expect(inputs.some((i) => i.includes("standardwebhooks"))).toBe(true);
    expect(inputs.filter((i) => i.startsWith("node:"))).toEqual([]);
  });

  it("verifies and rejects in a sandbox with only web globals (like an edge worker)", async () => {
    const { code } = await bundleForWeb(entry, "LeadpingWebhooks");
    const sandbox = createContext({
      Request,
      Response,
      Headers,
      URL,
      TextEncoder,
      TextDecoder,
      DataView,
      Uint8Array,
      ArrayBuffer,
      JSON,
      Date,
      Math,
      atob,
      btoa,
    });
    runInContext(`${code}; globalThis.LeadpingWebhooks = LeadpingWebhooks;`, sandbox);
    const lib = sandbox["LeadpingWebhooks"] as typeof webhooks;
    const body = '{"type":"lead.created","data":{"id":"lead_1"}}';
    const handler = lib.createWebhookHandler({ secret: SECRET, now: () => NOW_MS, onDelivery: () => undefined });
    const accepted = await handler(new Request("https://edge.test/hook", { method: "POST", headers: signedHeaders(body), body }));
    const rejected = await handler(
      new Request("https://edge.test/hook", { method: "POST", headers: signedHeaders(body), body: `${body} ` }),
    );
    expect([accepted.status, rejected.status]).toEqual([204, 401]);
    expect("process" in sandbox).toBe(false);
  });
});
