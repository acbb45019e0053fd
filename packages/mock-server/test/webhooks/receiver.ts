// A real webhook receiver on 127.0.0.1 that records every delivery and answers
// as each test scripts it: a status, or "hang" (never answers, to provoke a timeout).
import { createServer, type IncomingHttpHeaders, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach } from "vitest";

export interface ReceivedDelivery {
  headers: IncomingHttpHeaders;
  body: string;
}

export interface Receiver {
  url: string;
  received: ReceivedDelivery[];
}

const open: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((close) => close()));
});

/** Starts a receiver; `answer(n)` decides the reply to the n-th delivery (0-based). @default 204 each */
export async function startReceiver(
  answer: (index: number, delivery: ReceivedDelivery) => number | "hang" | Promise<number> = () => 204,
): Promise<Receiver> {
  const received: ReceivedDelivery[] = [];
  const hanging: ServerResponse[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const delivery = { headers: req.headers, body: Buffer.concat(chunks).toString("utf8") };
      received.push(delivery);
      void Promise.resolve(answer(received.length - 1, delivery)).then((status) => {
        if (status === "hang") return void hanging.push(res);
        res.writeHead(status).end();
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  open.push(
    () =>
      new Promise<void>((resolve) => {
        for (const res of hanging) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  );
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/leadping`, received };
}

/** A clock whose sleeps move time forward instantly, so retries get later timestamps without waiting. */
export function jumpingClock(start = Date.parse("2026-04-01T00:00:00Z")) {
  let t = start;
  const sleeps: number[] = [];
  return {
    sleeps,
    nowMs: () => t,
    now: () => new Date(t),
    sleep: (ms: number) => {
      sleeps.push(ms);
      t += ms;
      return Promise.resolve();
    },
  };
}
