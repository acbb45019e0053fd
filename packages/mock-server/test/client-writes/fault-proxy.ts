// A proxy on 127.0.0.1 in front of the local API that breaks lead creates the two
// ways that leave a sender unsure whether its lead exists: it forwards the create
// and drops the answer (the lead exists, the sender sees a reset), or it resets the
// connection before forwarding (no lead). Other requests pass through untouched.
// Decisions come from a seeded generator, so a run is reproducible.
import { request as httpRequest, createServer } from "node:http";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { SeededRandom } from "../../src/seed/prng.js";

export interface FaultProxyOptions {
  /** The local API's base URL. */
  upstream: string;
  seed: number;
  /** Share of creates forwarded whose answer is dropped. */
  dropAnswer: number;
  /** Share of creates reset before forwarding. */
  resetBefore: number;
}

export interface FaultProxy {
  url: string;
  counts: { creates: number; droppedAnswers: number; resets: number; passed: number };
  close(): Promise<void>;
}

const CREATES = new Set(["POST /leads", "POST /leads/intake", "GET /leads/intake"]);

export async function startFaultProxy(options: FaultProxyOptions): Promise<FaultProxy> {
  const random = new SeededRandom(options.seed);
  const counts = { creates: 0, droppedAnswers: 0, resets: 0, passed: 0 };
  const upstream = new URL(options.upstream);

  const forward = (req: IncomingMessage, body: Buffer): Promise<{ status: number; headers: IncomingMessage["headers"]; body: Buffer }> =>
    new Promise((resolve, reject) => {
      const out = httpRequest(
        {
          host: upstream.hostname,
          port: upstream.port,
          method: req.method,
          path: req.url,
          headers: { ...req.headers, host: upstream.host },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (chunk: Buffer) => chunks.push(chunk));
          res.on("end", () => resolve({ status: res.statusCode ?? 502, headers: res.headers, body: Buffer.concat(chunks) }));
          res.on("error", reject);
        },
      );
      out.on("error", reject);
      out.end(body);
    });

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const operation = `${req.method} ${new URL(req.url ?? "/", "http://proxy").pathname}`;
      const roll = CREATES.has(operation) ? random.next() : 1;
      if (CREATES.has(operation)) counts.creates++;
      if (roll >= options.dropAnswer && roll < options.dropAnswer + options.resetBefore) {
        counts.resets++;
        req.socket.resetAndDestroy();
        return;
      }
      void forward(req, Buffer.concat(chunks)).then(
        (answer) => {
          if (roll < options.dropAnswer) {
            // The upstream acted and answered; the sender never hears it.
            counts.droppedAnswers++;
            req.socket.resetAndDestroy();
            return;
          }
          if (CREATES.has(operation)) counts.passed++;
          const { "transfer-encoding": _chunked, connection: _connection, ...headers } = answer.headers;
          res.writeHead(answer.status, { ...headers, "content-length": answer.body.length });
          res.end(answer.body);
        },
        () => req.socket.destroy(),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    counts,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
