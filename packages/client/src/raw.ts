// `lp.raw`: openapi-fetch's typed client over every path of the contract,
// sending through the same retried transport as the resources.
import createClient from "openapi-fetch";
import type { Client, Middleware } from "openapi-fetch";
import type { paths } from "@leadping/types";
import type { ClientConfig, RequestOptions } from "./options.js";
import { policyFor } from "./operations.js";
import { fillPath } from "./paths.js";
import { send } from "./transport.js";
import type { TransportOperation } from "./transport.js";

/** openapi-fetch's client typed with the Leadping contract. */
export type LeadpingRawClient = Client<paths>;

const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);

/**
 * Sends a Request built by openapi-fetch through the transport. The body is
 * read once into memory so every retry can resend it, and handed to fetch as
 * `(url, init)`, which skips Node's stream re-piping of Request bodies.
 */
export async function sendRequest(
  config: ClientConfig,
  request: Request,
  call: RequestOptions | undefined,
  // Resource calls pass their operation's policy: a middleware may have rewritten the URL.
  policy?: TransportOperation,
): Promise<Response> {
  const { method, url } = request;
  const path = new URL(url).pathname;
  const { response, body } = await send(
    config,
    policy ?? policyFor(`${method} ${path.slice(config.basePath.length)}`),
    { url, method, path, headers: Object.fromEntries(request.headers), body: request.body ? await request.arrayBuffer() : undefined },
    call ?? { signal: request.signal },
    (res) => res.arrayBuffer(),
  );
  // The delivered response is a valid init: its status, statusText and headers carry over.
  return new Response(NULL_BODY_STATUSES.has(response.status) ? null : body, response);
}

export function createRawClient(config: ClientConfig, middleware: Middleware[]): LeadpingRawClient {
  const client = createClient<paths>({
    baseUrl: config.baseUrl,
    headers: config.headers,
    fetch: (request) => sendRequest(config, request, undefined),
    pathSerializer: fillPath,
  });
  client.use(...middleware);
  return client;
}
