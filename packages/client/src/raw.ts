// `lp.raw`: openapi-fetch's typed client over every path of the contract,
// sending through the same retried transport as the resources. Credentials
// and retry policy come from the called schema path, never from the final URL.
import type { Client, Middleware } from "openapi-fetch";
import type { paths } from "@leadping/types";
import { ejectMiddleware, useMiddleware } from "./context.js";
import type { ClientContext } from "./context.js";
import { PreparedRequest, exchangeBytes } from "./exchange.js";
import { policyOf } from "./operations.js";

/** openapi-fetch's client typed with the Leadping contract. */
export type LeadpingRawClient = Client<paths>;

type RawInit = { middleware?: Middleware[] } & Record<string, unknown>;
type LooseRequest = (method: string, path: string, init: RawInit) => Promise<unknown>;

export function createRawClient(context: ClientContext): LeadpingRawClient {
  const request = context.openapi.request as LooseRequest;
  const send = (method: string, schemaPath: string, init: RawInit = {}) => {
    const facts = { ...policyOf(`${method} ${schemaPath}`), template: schemaPath };
    const viaMiddleware = context.middleware.size > 0 || (init.middleware?.length ?? 0) > 0;
    return request(method, schemaPath, {
      ...init,
      Request: viaMiddleware ? globalThis.Request : PreparedRequest,
      fetch: (sent: Request | PreparedRequest) =>
        exchangeBytes(context.config, facts, sent, sent.signal ? { signal: sent.signal } : undefined),
    });
  };
  const raw: Record<string, unknown> = {
    request: (name: string, schemaPath: string, init?: RawInit) => send(name.toUpperCase(), schemaPath, init),
    use: (...middleware: Middleware[]) => useMiddleware(context, middleware),
    eject: (...middleware: Middleware[]) => ejectMiddleware(context, middleware),
  };
  for (const name of ["GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE"]) {
    raw[name] = (schemaPath: string, init?: RawInit) => send(name, schemaPath, init);
  }
  // The same methods as openapi-fetch's client, each forwarding to it; only the signatures are loosened above.
  return raw as unknown as LeadpingRawClient;
}
