// One client's state, made once by `createLeadpingClient`: its resolved
// options, the openapi-fetch client every call goes through, and the
// middleware registered on it. Read by every call, written only by `use`/`eject`.
import createClient, { createQuerySerializer } from "openapi-fetch";
import type { Client, Middleware } from "openapi-fetch";
import type { paths } from "@leadping/types";
import type { ClientConfig } from "./options.js";
import { fillPath } from "./paths.js";

/** One client: its options, the openapi-fetch client that builds requests, and its registered middleware. */
export interface ClientContext {
  readonly config: ClientConfig;
  readonly openapi: Client<paths>;
  /** Middleware registered on the client; calls without any skip building a real Request and Response. */
  readonly middleware: Set<Middleware>;
}

export function createContext(config: ClientConfig, middleware: readonly Middleware[]): ClientContext {
  const openapi = createClient<paths>({
    baseUrl: config.baseUrl,
    headers: config.headers,
    pathSerializer: fillPath,
    // Made once: openapi-fetch would otherwise build the default serializer on every call.
    querySerializer: createQuerySerializer(),
    ...config.requestInit,
  });
  const context: ClientContext = { config, openapi, middleware: new Set() };
  useMiddleware(context, middleware);
  return context;
}

/** Registers middleware for every later call. */
export function useMiddleware(context: ClientContext, middleware: readonly Middleware[]): void {
  context.openapi.use(...middleware);
  for (const m of middleware) if (m) context.middleware.add(m);
}

/** Unregisters middleware. */
export function ejectMiddleware(context: ClientContext, middleware: readonly Middleware[]): void {
  context.openapi.eject(...middleware);
  for (const m of middleware) context.middleware.delete(m);
}
