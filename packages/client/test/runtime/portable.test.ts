// The client runs on any fetch runtime: its bundle resolves without Node
// built-ins and works in a sandbox that only has web-standard globals.
import { fileURLToPath } from "node:url";
import { createContext, runInContext } from "node:vm";
import { bundleForWeb } from "../helpers/web-bundle.js";
import { describe, expect, it } from "vitest";
import type { createLeadpingClient } from "../../src/index.js";
import { wholeLead } from "../helpers/fixtures.js";

const entry = fileURLToPath(new URL("../../src/index.ts", import.meta.url));

describe("runtime portability", () => {
  it("bundles for a neutral platform with no node: imports", async () => {
    const { inputs } = await bundleForWeb(entry, "Leadping");
    expect(inputs.some((i) => i.includes("src/request.ts"))).toBe(true);
    expect(inputs.filter((i) => i.startsWith("node:"))).toEqual([]);
  });

  it("works in a sandbox with only web globals (like an edge worker)", async () => {
    const { code } = await bundleForWeb(entry, "Leadping");
    const seen: { url: string; auth: string | null }[] = [];
    const webGlobals = {
      fetch: (input: string, init: RequestInit) => {
        seen.push({ url: input, auth: new Headers(init.headers).get("authorization") });
        return Promise.resolve(new Response(JSON.stringify({ id: "lead_1" }), { status: 200 }));
      },
      Request,
      Response,
      Headers,
      URL,
      URLSearchParams,
      AbortController,
      AbortSignal,
      DOMException,
      FormData,
      setTimeout,
      clearTimeout,
      TextEncoder,
      TextDecoder,
      console,
    };
    const sandbox = createContext({ ...webGlobals });
    runInContext(`${code}; globalThis.Leadping = Leadping;`, sandbox);
    const lp = (sandbox.Leadping as { createLeadpingClient: typeof createLeadpingClient }).createLeadpingClient({
      apiKey: "sk_edge",
      baseUrl: "https://edge.test",
    });
    await expect(lp.leads.update("lead_1", wholeLead({ enabled: true }))).resolves.toEqual({ id: "lead_1" });
    expect(seen).toEqual([{ url: "https://edge.test/leads/lead_1", auth: "Bearer sk_edge" }]);
    expect("process" in sandbox).toBe(false);
  });
});
