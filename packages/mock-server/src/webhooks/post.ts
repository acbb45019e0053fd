// The default way deliveries are sent: a POST over node:http(s) on keep-alive connections. Much
// cheaper per delivery than the global fetch (undici), which made a local API with webhooks on
// spend most of each write on its own outgoing request.
import { Agent as HttpAgent, type IncomingMessage, request as httpRequest } from "node:http";
import { Agent as HttpsAgent, request as httpsRequest } from "node:https";

const agents = { http: new HttpAgent({ keepAlive: true, maxSockets: 16 }), https: new HttpsAgent({ keepAlive: true, maxSockets: 16 }) };

/** Thrown when the endpoint does not answer within the timeout. */
export class DeliveryTimeoutError extends Error {
  override name = "TimeoutError";
}

/**
 * POSTs `body` and resolves with the answer's status once its body has been read; rejects on a
 * network error, on `signal`, or with `DeliveryTimeoutError` when the connection stays silent for
 * `timeoutMs` (a socket timer: `AbortSignal.timeout` per delivery cost more than the POST).
 */
export function postDelivery(
  url: string,
  headers: Record<string, string>,
  body: string,
  timeoutMs: number,
  signal: AbortSignal,
): Promise<{ status: number }> {
  return new Promise((resolve, reject) => {
    const target = new URL(url);
    const secure = target.protocol === "https:";
    const send = secure ? httpsRequest : httpRequest;
    const req = send(
      target,
      {
        method: "POST",
        headers: { ...headers, "content-length": Buffer.byteLength(body) },
        agent: secure ? agents.https : agents.http,
        signal,
      },
      (res: IncomingMessage) => {
        // Read the answer so the connection can be reused; its content does not matter.
        res.resume();
        res.once("end", () => resolve({ status: res.statusCode ?? 0 }));
        res.once("error", reject);
      },
    );
    req.setTimeout(timeoutMs, () => req.destroy(new DeliveryTimeoutError(`no answer within ${timeoutMs} ms`)));
    req.once("error", reject);
    req.end(body);
  });
}
