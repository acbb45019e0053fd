// What every call of one client shares: the resolved configuration, the
// openapi-fetch client that builds requests and runs middleware, and which
// middleware is registered (so calls without any skip building a real Request).
import createClient from "openapi-fetch";
import type { Client, Middleware } from "openapi-fetch";
import type { paths } from "@leadping/types";
import type { ClientConfig } from "./options.js";
import { fillPath } from "./paths.js";

export interface ClientContext {
  config: ClientConfig;
  openapi: Client<paths>;
  /** Middleware registered on the client, resource calls and `lp.raw` alike. */
  middleware: Set<Middleware>;
}

export function createContext(config: ClientConfig, middleware: readonly Middleware[]): ClientContext {
  const openapi = createClient<paths>({ baseUrl: config.baseUrl, headers: config.headers, pathSerializer: fillPath });
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
