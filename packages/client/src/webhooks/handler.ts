// createWebhookHandler: a framework-neutral receiver (`Request` → `Response`)
// that checks the headers, reads the body under a limit, verifies, deduplicates
// by `webhook-id`, and only then calls your function.
import { DEFAULT_MAX_BODY_BYTES, readLimitedBody } from "./body.js";
import { WebhookVerificationError, statusForRejection } from "./errors.js";
import { signersFor, type WebhookSecrets } from "./secrets.js";
import { createMemorySeenStore, type SeenWebhookStore } from "./seen-store.js";
import { type VerifiedWebhook, checkWebhookHeaders, checkWebhookSignature, finiteClock, toleranceOf } from "./verify.js";

/** What happened to one request; handed to `onOutcome`. */
export type WebhookOutcome =
  /** Verified, new, and your function accepted it (answered 204). */
  | { kind: "accepted"; delivery: VerifiedWebhook }
  /** Verified but its `webhook-id` was already handled (answered 204 without calling your function). */
  | { kind: "duplicate"; delivery: VerifiedWebhook }
  /**
   * Refused before your function was called: 400, 401, 405 for a method other than POST, 413 for a body over
   * `maxBodyBytes`, or 409 while an earlier attempt of the same `webhook-id` is still being processed in this
   * process, so Leadping retries later. `error` is undefined for 405, 409 and a body that could not be read.
   */
  | { kind: "rejected"; error: WebhookVerificationError | undefined; status: number }
  /**
   * Answered 500: your function threw (`error`), or the store failed (`error` is the store's). The id is
   * forgotten so the retry is handled; if the store's `forget` failed too, this process still handles the retry.
   */
  | { kind: "failed"; delivery: VerifiedWebhook; error: unknown };

/** Options of `createWebhookHandler`. */
export interface WebhookHandlerOptions {
  /** The endpoint's secret (`whsec_…`), or several during key rotation. Checked when the handler is created. */
  secret: WebhookSecrets;
  /** Your processing. Resolve to accept the delivery; throw to have Leadping retry it. */
  onDelivery: (delivery: VerifiedWebhook, request: Request) => void | Promise<void>;
  /** Where handled `webhook-id`s are remembered. @default createMemorySeenStore({ retainSeconds: 2 × toleranceSeconds }) */
  store?: SeenWebhookStore;
  /** How far `webhook-timestamp` may be from now, either way, in seconds; NaN or negative means the default. @default 300 */
  toleranceSeconds?: number;
  /** The largest body accepted, in bytes; a longer one is refused with 413 while it streams, before it is buffered. @default 1048576 (1 MiB) */
  maxBodyBytes?: number;
  /** The current time in milliseconds since the epoch (inject in tests); an answer that is not finite is ignored. @default Date.now */
  now?: () => number;
  /** Observes every outcome (for logs, metrics or an inbox); must not throw. @default none */
  onOutcome?: (outcome: WebhookOutcome) => void;
}

/** Ids whose `forget` failed that this process still handles again; bounded, oldest dropped first. */
const MAX_UNFORGOTTEN = 10_000;

/** Creates a `Request` → `Response` webhook endpoint for any fetch-style server (Node, Deno, Bun, workers). */
export function createWebhookHandler(options: WebhookHandlerOptions): (request: Request) => Promise<Response> {
  // A malformed secret is a setup error: fail at startup, not on the first delivery.
  const signers = signersFor(options.secret);
  const tolerance = toleranceOf(options.toleranceSeconds);
  const maxBodyBytes = options.maxBodyBytes !== undefined && options.maxBodyBytes >= 0 ? options.maxBodyBytes : DEFAULT_MAX_BODY_BYTES;
  const now = finiteClock(options.now);
  const verifyOptions = { toleranceSeconds: tolerance, now };
  // Ids are kept for twice the tolerance: a delivery is fresh from `tolerance` before its timestamp to
  // `tolerance` after, so a replay inside that span always finds its id.
  const store = options.store ?? createMemorySeenStore({ retainSeconds: 2 * tolerance, now });
  // Ids whose onDelivery is running here: the store records an id before processing ends, so a
  // retry arriving meanwhile must not be told 204 (the first attempt may still fail).
  const inFlight = new Set<string>();
  // Ids that failed and that the store could not forget: the store still says "seen", but they were never processed.
  const unforgotten = new Set<string>();
  const report = (outcome: WebhookOutcome, response: Response): Response => {
    options.onOutcome?.(outcome);
    return response;
  };
  const refuse = (error: WebhookVerificationError): Response => {
    const status = statusForRejection(error.reason);
    return report({ kind: "rejected", error, status }, Response.json({ error: error.reason }, { status }));
  };

  return async (request) => {
    if (request.method !== "POST") {
      return report({ kind: "rejected", error: undefined, status: 405 }, new Response(null, { status: 405, headers: { allow: "POST" } }));
    }
    let delivery: VerifiedWebhook;
    try {
      // Headers and freshness first: a request without them is refused before its body is read.
      const checked = checkWebhookHeaders(request.headers, verifyOptions);
      delivery = checkWebhookSignature(await readLimitedBody(request, maxBodyBytes), checked, signers);
    } catch (error) {
      if (error instanceof WebhookVerificationError) return refuse(error);
      // The body stream failed (the sender went away): nothing to verify.
      return report({ kind: "rejected", error: undefined, status: 400 }, new Response(null, { status: 400 }));
    }
    const { id } = delivery;
    if (inFlight.has(id)) return report({ kind: "rejected", error: undefined, status: 409 }, new Response(null, { status: 409 }));
    // Marked before the store is asked: a retry arriving during an async `seen` is in flight too.
    inFlight.add(id);
    try {
      let duplicate: boolean;
      try {
        duplicate = (await store.seen(id)) && !unforgotten.has(id);
      } catch (error) {
        return report({ kind: "failed", delivery, error }, new Response(null, { status: 500 }));
      }
      if (duplicate) return report({ kind: "duplicate", delivery }, new Response(null, { status: 204 }));
      try {
        await options.onDelivery(delivery, request);
      } catch (error) {
        await forget(id);
        return report({ kind: "failed", delivery, error }, new Response(null, { status: 500 }));
      }
      unforgotten.delete(id);
      return report({ kind: "accepted", delivery }, new Response(null, { status: 204 }));
    } finally {
      inFlight.delete(id);
    }
  };

  async function forget(id: string): Promise<void> {
    try {
      await store.forget(id);
      unforgotten.delete(id);
    } catch {
      unforgotten.add(id);
      if (unforgotten.size > MAX_UNFORGOTTEN) unforgotten.delete(unforgotten.values().next().value!);
    }
  }
}
