// Starts a test's own HTTP server on an ephemeral port of 127.0.0.1 and
// registers its shutdown with the test's cleanups.
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";

/** Listens on 127.0.0.1:0; resolves with the server's base URL. */
export async function listenOnLoopback(server: Server, cleanups: (() => Promise<void>)[]): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  cleanups.push(
    () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  );
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}
