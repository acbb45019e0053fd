// The page's Leadping client: @leadping/client exactly as a service uses it,
// pointed at the playground server's /api (same origin). The server adds the
// credentials, so the browser holds none; every exchange is recorded for the
// exchanges panel through the client's public `fetch` option.
import { createLeadpingClient, type LeadpingClient } from "@leadping/client";
import { recordExchanges, type Exchange } from "../shared/exchange-recorder.js";

/** The client type the page's components use. */
export type PlaygroundClient = LeadpingClient;

/** Creates the page's client for the API mounted at `apiBasePath` of this origin. */
export function createPlaygroundClient(apiBasePath: string, onExchange: (exchange: Exchange) => void): PlaygroundClient {
  return createLeadpingClient({
    baseUrl: new URL(apiBasePath, window.location.origin).href.replace(/\/+$/, ""),
    // A placeholder: the playground server replaces it with the real key (or
    // the local API's token) on its side.
    apiKey: "set-by-playground-server",
    maxRetries: 1,
    timeoutMs: 15_000,
    fetch: recordExchanges({ basePath: apiBasePath, onExchange }),
  });
}
