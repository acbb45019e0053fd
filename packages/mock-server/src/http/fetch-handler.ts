// createMockApi: the mock as an in-process fetch function (Request → Response, no socket).
import { Readable } from "node:stream";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import { MockCore } from "./pipeline.js";
import { MAX_BODY_BYTES } from "./exchange.js";
import { readNodeBody } from "./node-adapter.js";
import type { FaultRule } from "./faults.js";
import type { MockApiOptions } from "../options.js";
import type { MockStore } from "../domain/store.js";
import type { MockWebhooks } from "../webhooks/index.js";

/** A fetch-compatible function. */
export type FetchLike = (input: Request | string | URL, init?: RequestInit) => Promise<Response>;

/** The in-process mock API. */
export interface MockApi {
  /** Answers like the HTTP server would; hand it to the client as its `fetch` (any base URL). */
  fetch: FetchLike;
  /** Restores the seeded starting state (sample data, fault sequence). */
  reset(): void;
  /** Read access to leads, tags and status histories, for assertions. */
  store: MockStore;
  /** Replaces the fault rules at run time. */
  setFaults(rules: FaultRule[]): void;
  /** Webhook endpoints and the record of delivery attempts. */
  webhooks: MockWebhooks;
}

/** Creates the mock API in this process; no socket is opened. */
export function createMockApi(options: MockApiOptions = {}): MockApi {
  return mockApiFor(new MockCore(options));
}

/** Wraps an existing core (the HTTP server shares its core with its `api`). */
export function mockApiFor(core: MockCore): MockApi {
  const fetch: FetchLike = async (input, init) => {
    const request = input instanceof Request && init === undefined ? input : new Request(input, init);
    const url = new URL(request.url);
    // The one size-limited body reader; the global ReadableStream is the node:stream/web one.
    const read = request.body
      ? await readNodeBody(Readable.fromWeb(request.body as NodeReadableStream<Uint8Array>), MAX_BODY_BYTES)
      : { body: null, tooLarge: false };
    const response = await core.handle({
      method: request.method,
      pathname: url.pathname,
      search: url.search.slice(1),
      header: (name) => request.headers.get(name) ?? undefined,
      body: read.body,
      bodyTooLarge: read.tooLarge,
      signal: () => request.signal,
    });
    if (response.kind === "drop") {
      // What fetch does when the peer resets the connection.
      throw new TypeError("fetch failed", {
        cause: Object.assign(new Error("other side closed (injected fault)"), { code: "UND_ERR_SOCKET" }),
      });
    }
    return new Response(response.body, { status: response.status, headers: response.headers });
  };
  return {
    fetch,
    reset: () => core.reset(),
    store: core.state,
    setFaults: (rules) => core.setFaults(rules),
    webhooks: core.webhooks,
  };
}
