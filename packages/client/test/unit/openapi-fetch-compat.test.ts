// lp.raw promises openapi-fetch's behaviour (see the README's "Differences
// from openapi-fetch" for the exceptions). Each test is one documented
// openapi-fetch behaviour, written from its documentation.
import { describe, expect, it } from "vitest";
import { LeadpingConnectionError, createLeadpingClient } from "../../src/index.js";
import type { FetchLike, Middleware } from "../../src/index.js";
import { lead } from "../helpers/fixtures.js";

const baseUrl = "http://api.test";

interface Seen {
  input: Request | string | URL;
  init: (RequestInit & Record<string, unknown>) | undefined;
  url: string;
  headers: Headers;
}

/** A fetch that records exactly what it was called with (both call forms) and answers with `answer`. */
function capturingFetch(answer: () => Response | Promise<Response> = () => Response.json(lead())) {
  const seen: Seen[] = [];
  const fetch: FetchLike = async (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    const headers = new Headers(input instanceof Request ? input.headers : init?.headers);
    seen.push({ input, init: init as Seen["init"], url, headers });
    return answer();
  };
  return { fetch, seen };
}

describe("serialization (openapi-fetch's defaults)", () => {
  it("query arrays as form/explode, objects as deepObject-free form, JSON bodies with Content-Type", async () => {
    const { fetch, seen } = capturingFetch(() => Response.json({ items: [], continuationToken: null }));
    const lp = createLeadpingClient({ apiKey: "sk", baseUrl, fetch });
    await lp.raw.POST("/leads/all/my", { params: { query: { tagIds: ["a", "b"], archiveFilter: "all" } }, body: { pageSize: 5 } });
    expect(seen[0]!.url).toBe("http://api.test/leads/all/my?tagIds=a&tagIds=b&archiveFilter=all");
    expect(seen[0]!.headers.get("content-type")).toBe("application/json");
    expect(seen[0]!.init!.body).toBe('{"pageSize":5}');
  });

  it("a path parameter is percent-encoded into its segment", async () => {
    const { fetch, seen } = capturingFetch();
    const lp = createLeadpingClient({ apiKey: "sk", baseUrl, fetch });
    await lp.raw.GET("/leads/{id}", { params: { path: { id: "a b/c?d" } } });
    expect(seen[0]!.url).toBe("http://api.test/leads/a%20b%2Fc%3Fd");
  });
});

describe("parseAs", () => {
  it.each([
    ["text", (data: unknown) => Promise.resolve(data)],
    ["blob", (data: unknown) => (data as Blob).text()],
    ["arrayBuffer", (data: unknown) => Promise.resolve(new TextDecoder().decode(data as ArrayBuffer))],
    ["stream", (data: unknown) => new Response(data as ReadableStream).text()],
  ] as const)("%s", async (parseAs, textOf) => {
    const { fetch } = capturingFetch(() => new Response(JSON.stringify(lead()), { status: 200 }));
    const lp = createLeadpingClient({ apiKey: "sk", baseUrl, fetch });
    const { data } = await lp.raw.GET("/leads/{id}", { params: { path: { id: "lead_1" } }, parseAs });
    expect(await textOf(data)).toBe(JSON.stringify(lead()));
  });
});

describe("middleware", () => {
  it("runs onRequest in order and onResponse in reverse, with schemaPath, params, options and one id per call", async () => {
    const order: string[] = [];
    const ids = new Set<string>();
    const named = (name: string): Middleware => ({
      onRequest({ request, schemaPath, params, options, id }) {
        order.push(`${name} request ${request.method} ${schemaPath} ${JSON.stringify(params)} ${options.parseAs}`);
        ids.add(id);
      },
      onResponse({ response, id }) {
        order.push(`${name} response ${response.status}`);
        ids.add(id);
      },
    });
    const { fetch } = capturingFetch();
    const lp = createLeadpingClient({ apiKey: "sk", baseUrl, fetch, middleware: [named("a")] });
    lp.raw.use(named("b"));
    await lp.raw.GET("/leads/{id}", { params: { path: { id: "x" } }, middleware: [named("c")] });
    expect(order).toEqual([
      'a request GET /leads/{id} {"path":{"id":"x"}} json',
      'b request GET /leads/{id} {"path":{"id":"x"}} json',
      'c request GET /leads/{id} {"path":{"id":"x"}} json',
      "c response 200",
      "b response 200",
      "a response 200",
    ]);
    expect(ids.size).toBe(1);
  });

  it("onError receives what fetch threw; the call still rejects with LeadpingConnectionError", async () => {
    const thrown = new TypeError("fetch failed", { cause: Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" }) });
    const errors: unknown[] = [];
    const lp = createLeadpingClient({
      apiKey: "sk",
      baseUrl,
      maxRetries: 0,
      fetch: () => Promise.reject(thrown),
      middleware: [{ onError: ({ error }) => void errors.push(error) }],
    });
    const error = await lp.raw.GET("/tags").catch((e: unknown) => e);
    expect(errors).toEqual([thrown]);
    expect(errors[0]).toBe(thrown);
    expect(error).toBeInstanceOf(LeadpingConnectionError);
    expect((error as Error).message).toBe("GET /tags to api.test failed: ECONNREFUSED.");
  });

  it("onError can answer with a Response instead", async () => {
    const lp = createLeadpingClient({
      apiKey: "sk",
      baseUrl,
      maxRetries: 0,
      fetch: () => Promise.reject(new TypeError("fetch failed")),
      middleware: [{ onError: () => Response.json([{ id: "tag_offline", name: "Offline" }]) }],
    });
    const { data } = await lp.raw.GET("/tags");
    expect(data).toEqual([{ id: "tag_offline", name: "Offline" }]);
  });
});

describe("per-call baseUrl", () => {
  it("sends this call to that base URL", async () => {
    const { fetch, seen } = capturingFetch(() => Response.json([]));
    const lp = createLeadpingClient({ apiKey: "sk", baseUrl, fetch });
    await lp.raw.GET("/tags", { baseUrl: "http://other.test/v2/" });
    expect(seen[0]!.url).toBe("http://other.test/v2/tags");
  });
});

describe("HEAD and 204", () => {
  it("resolve with data undefined and the response", async () => {
    const { fetch } = capturingFetch(() => new Response(null, { status: 204 }));
    const lp = createLeadpingClient({ apiKey: "sk", baseUrl, fetch });
    const deleted = await lp.raw.DELETE("/leads/{id}", { params: { path: { id: "x" } } });
    expect(deleted.data).toBeUndefined();
    expect(deleted.response.status).toBe(204);
    const head = await lp.raw.HEAD("/tags" as never, {} as never);
    expect((head as { data: unknown }).data).toBeUndefined();
  });
});

describe("RequestInit pass-through", () => {
  const fields = {
    credentials: "include",
    cache: "no-store",
    mode: "cors",
    priority: "high",
    keepalive: true,
    integrity: "sha256-abc",
    referrer: "about:client",
    referrerPolicy: "no-referrer",
  } as const;

  it("per call on lp.raw and on resource calls, unknown properties (Next.js `next`) too", async () => {
    const { fetch, seen } = capturingFetch();
    const lp = createLeadpingClient({ apiKey: "sk", baseUrl, fetch });
    const next = { revalidate: 60, tags: ["lead"] };
    await lp.raw.GET("/leads/{id}", { params: { path: { id: "a" } }, ...fields, next } as never);
    await lp.leads.get("a", { ...fields, next } as never);
    for (const { init } of seen) {
      expect(init).toMatchObject({ ...fields, next, method: "GET", redirect: "manual" });
    }
  });

  it("as a client default (requestInit), under each call's own fields", async () => {
    const { fetch, seen } = capturingFetch();
    const lp = createLeadpingClient({ apiKey: "sk", baseUrl, fetch, requestInit: { cache: "no-store", next: { revalidate: 5 } } });
    await lp.leads.get("a");
    await lp.leads.get("a", { cache: "force-cache" });
    expect(seen[0]!.init).toMatchObject({ cache: "no-store", next: { revalidate: 5 } });
    expect(seen[1]!.init).toMatchObject({ cache: "force-cache", next: { revalidate: 5 } });
  });

  it("never lets a call take over what the transport owns: redirect, signal, credential headers", async () => {
    const { fetch, seen } = capturingFetch();
    const lp = createLeadpingClient({ apiKey: "sk", baseUrl, fetch, timeoutMs: 1000, requestInit: { redirect: "follow" } });
    await lp.raw.GET("/leads/{id}", { params: { path: { id: "a" } }, redirect: "follow" });
    expect(seen[0]!.init!.redirect).toBe("manual");
    expect(seen[0]!.init!.signal).toBeInstanceOf(AbortSignal);
    expect(seen[0]!.headers.get("authorization")).toBe("Bearer sk");
  });
});

describe("a custom Request class", () => {
  class TracedRequest extends Request {
    readonly traced = true;
  }

  it("reaches middleware, and fetch gets an instance of it (fetch(request) form)", async () => {
    const { fetch, seen } = capturingFetch();
    const requests: Request[] = [];
    const lp = createLeadpingClient({
      apiKey: "sk",
      baseUrl,
      fetch,
      middleware: [{ onRequest: ({ request }) => void requests.push(request) }],
    });
    await lp.raw.GET("/leads/{id}", { params: { path: { id: "a" } }, Request: TracedRequest });
    expect(requests[0]).toBeInstanceOf(TracedRequest);
    expect(seen[0]!.input).toBeInstanceOf(TracedRequest);
    expect(seen[0]!.init).toBeUndefined();
    expect(seen[0]!.headers.get("authorization")).toBe("Bearer sk");
    expect((seen[0]!.input as Request).redirect).toBe("manual");
  });
});
