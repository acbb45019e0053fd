// createWebhookHandler: a framework-neutral receiver (`Request` → `Response`)
// that verifies, deduplicates by `webhook-id`, and only then calls your function.
import { WebhookVerificationError, statusForRejection } from "./errors.js";
import { signersFor, type WebhookSecrets } from "./secrets.js";
import { createMemorySeenStore, type SeenWebhookStore } from "./seen-store.js";
import { type VerifiedWebhook, verifyWebhook } from "./verify.js";

/** What happened to one request; handed to `onOutcome`. */
export type WebhookOutcome =
  /** Verified, new, and your function accepted it (answered 204). */
  | { kind: "accepted"; delivery: VerifiedWebhook }
  /** Verified but its `webhook-id` was already handled (answered 204 without calling your function). */
  | { kind: "duplicate"; delivery: VerifiedWebhook }
  /**
   * Refused before your function was called (answered 400, 401, 405 for a method other than POST, or 409
   * while an earlier attempt of the same `webhook-id` is still being processed in this process, so Leadping retries later).
   */
  | { kind: "rejected"; error: WebhookVerificationError | undefined; status: number }
  /** Your function threw (answered 500; the id is forgotten so the retry is handled). */
  | { kind: "failed"; delivery: VerifiedWebhook; error: unknown };

/** Options of `createWebhookHandler`. */
export interface WebhookHandlerOptions {
  /** The endpoint's secret (`whsec_…`), or several during key rotation. Checked when the handler is created. */
  secret: WebhookSecrets;
  /** Your processing. Resolve to accept the delivery; throw to have Leadping retry it. */
  onDelivery: (delivery: VerifiedWebhook, request: Request) => void | Promise<void>;
  /** Where handled `webhook-id`s are remembered. @default createMemorySeenStore() */
  store?: SeenWebhookStore;
  /** How far `webhook-timestamp` may be from now, either way, in seconds; NaN or negative means the default. @default 300 */
  toleranceSeconds?: number;
  /** The current time in milliseconds since the epoch (inject in tests). @default Date.now */
  now?: () => number;
  /** Observes every outcome (for logs, metrics or an inbox); must not throw. @default none */
  onOutcome?: (outcome: WebhookOutcome) => void;
}

/** Creates a `Request` → `Response` webhook endpoint for any fetch-style server (Node, Deno, Bun, workers). */
export function createWebhookHandler(options: WebhookHandlerOptions): (request: Request) => Promise<Response> {
  // A malformed secret is a setup error: fail at startup, not on the first delivery.
  signersFor(options.secret);
  const store = options.store ?? createMemorySeenStore();
  const verifyOptions = {
    ...(options.toleranceSeconds !== undefined ? { toleranceSeconds: options.toleranceSeconds } : {}),
    ...(options.now ? { now: options.now } : {}),
  };
  // Ids whose onDelivery is running here: the store records an id before processing ends, so a
  // retry arriving meanwhile must not be told 204 (the first attempt may still fail).
  const inFlight = new Set<string>();
  const report = (outcome: WebhookOutcome, response: Response): Response => {
    options.onOutcome?.(outcome);
    return response;
  };

  return async (request) => {
    if (request.method !== "POST") {
      return report({ kind: "rejected", error: undefined, status: 405 }, new Response(null, { status: 405, headers: { allow: "POST" } }));
    }
    const body = new Uint8Array(await request.arrayBuffer());
    let delivery: VerifiedWebhook;
    try {
      delivery = verifyWebhook(body, request.headers, options.secret, verifyOptions);
    } catch (error) {
      if (!(error instanceof WebhookVerificationError)) throw error;
      const status = statusForRejection(error.reason);
      return report({ kind: "rejected", error, status }, Response.json({ error: error.reason }, { status }));
    }
    const { id } = delivery;
    if (inFlight.has(id)) return report({ kind: "rejected", error: undefined, status: 409 }, new Response(null, { status: 409 }));
    // Marked before the store is asked: a retry arriving during an async `seen` is in flight too.
    inFlight.add(id);
    try {
      if (await store.seen(id)) return report({ kind: "duplicate", delivery }, new Response(null, { status: 204 }));
      try {
        await options.onDelivery(delivery, request);
      } catch (error) {
        await store.forget(id);
        return report({ kind: "failed", delivery, error }, new Response(null, { status: 500 }));
      }
      return report({ kind: "accepted", delivery }, new Response(null, { status: 204 }));
    } finally {
      inFlight.delete(id);
    }
  };
}
