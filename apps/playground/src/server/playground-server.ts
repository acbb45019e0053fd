// One node:http server for the whole playground: the built page at /, the
// Leadping API at /api/* and /_playground/info (see playgroundHandler.ts).
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { ApiTarget } from "../shared/api-target.js";
import type { FetchLike } from "../shared/exchange-recorder.js";
import { apiMountPath, createPlaygroundHandler } from "./playground-handler.js";
import { createWebhookInbox, inboxPath } from "./webhook-inbox.js";

export { apiMountPath } from "./playground-handler.js";

/** Options of {@link startPlaygroundServer}. */
export interface PlaygroundServerOptions {
  /** Which API /api talks to. */
  target: ApiTarget;
  /** Directory of the built page (Vite's output). */
  webRoot: string;
  /** Interface to listen on. @default "127.0.0.1" */
  host?: string;
  /** Port to listen on; 0 picks a free one. @default 0 */
  port?: number;
  /** Fetch used to reach a remote API. @default globalThis.fetch */
  fetch?: FetchLike | undefined;
  /** Receives one line per API request (method, path, status, duration). @default no logging */
  log?: ((line: string) => void) | undefined;
  /** Host names served besides the loopback names and `host`; requests for any other Host get 403. @default [] */
  allowedHosts?: readonly string[] | undefined;
}

const wildcardHosts = new Set(["0.0.0.0", "::", "[::]"]);

/** A running playground server. */
export interface PlaygroundServer {
  /** Origin of the page, such as `http://127.0.0.1:5173`. */
  url: string;
  /** Base URL of the API as the browser sees it: `${url}/api`. */
  apiBaseUrl: string;
  /** Stops listening and closes open connections. */
  stop(): Promise<void>;
}

/** Starts the playground server; resolves once it is listening. */
export async function startPlaygroundServer(options: PlaygroundServerOptions): Promise<PlaygroundServer> {
  const listenHost = options.host ?? "127.0.0.1";
  // Listening on one address serves it by that name too; on every address, only the names given.
  const allowedHosts = [
    ...(options.allowedHosts ?? []),
    ...(wildcardHosts.has(listenHost) ? [] : [listenHost.includes(":") ? `[${listenHost}]` : listenHost]),
  ];
  // The embedded local API sends its lead events to this server's inbox, over HTTP.
  const inbox = options.target.kind === "local" ? createWebhookInbox() : undefined;
  const handler = createPlaygroundHandler({
    target: options.target,
    webRoot: options.webRoot,
    fetch: options.fetch,
    log: options.log,
    allowedHosts,
    inbox,
  });
  const server = createServer(handler);
  server.keepAliveTimeout = 5_000;

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, listenHost, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const host = address.family === "IPv6" ? `[${address.address}]` : address.address;
  const url = `http://${host}:${address.port}`;
  // On every address, deliveries go to loopback: a wildcard address is not a host name this server answers.
  const inboxHost = wildcardHosts.has(address.address) ? (address.family === "IPv6" ? "[::1]" : "127.0.0.1") : host;
  inbox?.listenAt(`http://${inboxHost}:${address.port}${inboxPath}`);
  return {
    url,
    apiBaseUrl: `${url}${apiMountPath}`,
    stop: () =>
      new Promise<void>((resolve, reject) => {
        // Pending webhook retries would otherwise keep the process alive on their timers.
        inbox?.close();
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
