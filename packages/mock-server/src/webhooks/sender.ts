// Delivers lead events to the configured endpoints: one POST per event and
// endpoint, retried with exponential backoff on a non-2xx answer, a network
// error or a timeout. A retry keeps the `webhook-id` and is signed afresh.
import { setMaxListeners } from "node:events";
import type { MockClock } from "../options.js";
import { DeliveryLimit, type WebhookEndpointStats } from "./delivery-limit.js";
import type { LeadEvent } from "./events.js";
import type { MockWebhookOptions, WebhookEndpoint } from "./options.js";
import { checkDeliveryMode, deliveryHeaders } from "./signing.js";
import { postDelivery } from "./post.js";

/** One attempt to deliver one event to one endpoint, as recorded by the sender. */
export interface WebhookAttempt {
  /** The delivery's `webhook-id`, the same on every attempt. */
  id: string;
  /** The event type, such as `lead.updated`. */
  type: string;
  /** The endpoint's URL. */
  url: string;
  /** 1 for the first attempt. */
  attempt: number;
  /** When the attempt was sent, ISO 8601. */
  sentAt: string;
  /** The receiver's HTTP status, when it answered. */
  status?: number;
  /** Why the attempt failed without an answer (timeout, connection refused). */
  error?: string;
  /** `delivered` (2xx), `retrying` (another attempt follows) or `failed` (attempts used up). */
  outcome: "delivered" | "retrying" | "failed";
}

/** The sender as the mock API exposes it (`api.webhooks`). */
export interface MockWebhooks {
  /** Adds a receiver, or replaces the one with the same URL. Throws on a malformed secret. */
  addEndpoint(endpoint: WebhookEndpoint): void;
  /** Stops sending to `url`; deliveries already under way finish. */
  removeEndpoint(url: string): void;
  /** Every attempt so far, oldest first (the last 1000). */
  attempts(): WebhookAttempt[];
  /** Resolves once every delivery under way has been delivered or has failed for good. */
  settled(): Promise<void>;
  /** Abandons every delivery under way, retries and their timers included (the API is going away). */
  close(): void;
  /** Per endpoint: attempts open, deliveries held and deliveries dropped because too many were held. */
  stats(): WebhookEndpointStats[];
}

const MAX_RECORDED_ATTEMPTS = 1000;

export class WebhookSender implements MockWebhooks {
  private endpoints: WebhookEndpoint[] = [];
  private readonly recorded: WebhookAttempt[] = [];
  private readonly underWay = new Set<Promise<void>>();
  private readonly stopped = new AbortController();
  private readonly maxAttempts: number;
  private readonly retryDelayMs: number;
  private readonly timeoutMs: number;
  /** The configured fetch; `undefined` sends with `postDelivery` (node:http, keep-alive). */
  private readonly send: ((input: string, init: RequestInit) => Promise<Response>) | undefined;
  private readonly limit: DeliveryLimit;
  /** Resolves once the current turn of the event loop is over; shared by every delivery published in it. */
  private turnOver: Promise<void> | null = null;

  constructor(
    options: MockWebhookOptions,
    private readonly clock: MockClock,
  ) {
    this.maxAttempts = Math.max(1, options.maxAttempts ?? 5);
    this.retryDelayMs = Math.max(0, options.retryDelayMs ?? 1000);
    this.timeoutMs = Math.max(1, options.timeoutMs ?? 10_000);
    this.send = options.fetch;
    this.limit = new DeliveryLimit(options.maxInFlightPerEndpoint ?? 8, options.maxPendingPerEndpoint ?? 1000);
    // Every open attempt and every retry wait listens for the stop (bounded by the per-endpoint
    // limits), so more than Node's default of 10 listeners is expected, not a leak.
    setMaxListeners(0, this.stopped.signal);
    for (const endpoint of options.endpoints ?? []) this.addEndpoint(endpoint);
  }

  addEndpoint(endpoint: WebhookEndpoint): void {
    checkDeliveryMode(endpoint.delivery ?? { mode: "none" });
    new URL(endpoint.url);
    this.endpoints = [...this.endpoints.filter((e) => e.url !== endpoint.url), structuredClone(endpoint)];
  }

  removeEndpoint(url: string): void {
    this.endpoints = this.endpoints.filter((e) => e.url !== url);
  }

  stats(): WebhookEndpointStats[] {
    return this.limit.stats();
  }

  attempts(): WebhookAttempt[] {
    return this.recorded.map((a) => ({ ...a }));
  }

  async settled(): Promise<void> {
    while (this.underWay.size > 0) await Promise.allSettled([...this.underWay]);
  }

  /** True when some endpoint would receive an event; lets the core skip observing. */
  get active(): boolean {
    return this.endpoints.length > 0;
  }

  /** Starts delivering `event` to every endpoint that wants it; does not wait. */
  publish(event: LeadEvent): void {
    const body = JSON.stringify(event);
    for (const endpoint of this.endpoints) {
      if (endpoint.events && !endpoint.events.includes(event.type)) continue;
      if (!this.limit.admit(endpoint.url)) continue;
      const id = `msg_${crypto.randomUUID().replaceAll("-", "")}`;
      const delivery = this.deliver(endpoint, event.type, id, body).finally(() => this.limit.finish(endpoint.url));
      this.underWay.add(delivery);
      void delivery.finally(() => this.underWay.delete(delivery));
    }
  }

  /** Abandons every delivery under way (the server is stopping). */
  close(): void {
    this.stopped.abort(new Error("the mock server stopped"));
    this.limit.close(new Error("the mock server stopped"));
  }

  /**
   * Waits until the current turn of the event loop is over, so the answer to the request that
   * made the change is written before its deliveries are signed and sent; one timer per turn
   * serves every delivery published in it.
   */
  private afterThisTurn(): Promise<void> {
    return (this.turnOver ??= new Promise((resolve) =>
      setImmediate(() => {
        this.turnOver = null;
        resolve();
      }),
    ));
  }

  private async deliver(endpoint: WebhookEndpoint, type: string, id: string, body: string): Promise<void> {
    await this.afterThisTurn();
    for (let attempt = 1; attempt <= this.maxAttempts && !this.stopped.signal.aborted; attempt++) {
      // Signed once it has a slot, so time spent waiting in line does not age the timestamp.
      const release = await this.limit.slot(endpoint.url).catch(() => null);
      if (!release) return;
      const sentAt = this.clock.now();
      const headers = deliveryHeaders(endpoint.delivery ?? { mode: "none" }, id, sentAt, body);
      const result = await this.attempt(endpoint.url, headers, body).finally(release);
      const delivered = result.status !== undefined && result.status >= 200 && result.status < 300;
      const outcome = delivered ? "delivered" : attempt < this.maxAttempts ? "retrying" : "failed";
      this.record({ id, type, url: endpoint.url, attempt, sentAt: sentAt.toISOString(), ...result, outcome });
      if (outcome !== "retrying") return;
      try {
        await this.clock.sleep(this.retryDelayMs * 2 ** (attempt - 1), this.stopped.signal);
      } catch {
        return;
      }
    }
  }

  private async attempt(url: string, headers: Record<string, string>, body: string): Promise<{ status?: number; error?: string }> {
    try {
      if (!this.send) return await postDelivery(url, headers, body, this.timeoutMs, this.stopped.signal);
      const signal = AbortSignal.any([this.stopped.signal, AbortSignal.timeout(this.timeoutMs)]);
      const response = await this.send(url, { method: "POST", headers, body, signal, redirect: "manual" });
      // Read the answer so the connection can be reused; its content does not matter.
      await response.arrayBuffer().catch(() => undefined);
      return { status: response.status };
    } catch (error) {
      const timedOut = error instanceof Error && error.name === "TimeoutError";
      return { error: timedOut ? `no answer within ${this.timeoutMs} ms` : describeFailure(error) };
    }
  }

  private record(attempt: WebhookAttempt): void {
    this.recorded.push(attempt);
    if (this.recorded.length > MAX_RECORDED_ATTEMPTS) this.recorded.shift();
  }
}

/** A network failure in a few words: the (cause's) code when there is one, never headers or secrets. */
function describeFailure(error: unknown): string {
  if (!(error instanceof Error)) return "delivery failed";
  if ("code" in error && typeof error.code === "string" && !("cause" in error && error.cause)) return `fetch failed (${error.code})`;
  const cause: unknown = error.cause;
  const code = typeof cause === "object" && cause !== null && "code" in cause && typeof cause.code === "string" ? cause.code : undefined;
  return code ? `${error.message} (${code})` : error.message;
}
