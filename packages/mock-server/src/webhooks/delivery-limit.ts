// Bounds on what one webhook endpoint can hold. Every lead change starts a
// delivery, so a receiver that never answers would otherwise collect one open
// socket per change (1,500 updates held 1,500 sockets, and under a 1,024
// descriptor limit the API's own clients were reset). Per endpoint: at most
// `maxInFlight` attempts are open at once, the rest wait in order; at most
// `maxPending` deliveries are held at all (open, waiting or between retries),
// and an event beyond that is dropped and counted.

/** What one endpoint holds, and what it had to drop. */
export interface WebhookEndpointStats {
  /** The endpoint's URL. */
  url: string;
  /** Attempts open right now (at most `maxInFlightPerEndpoint`). */
  inFlight: number;
  /** Deliveries held: open, waiting for a slot or between retries (at most `maxPendingPerEndpoint`). */
  pending: number;
  /** Deliveries never sent because `maxPendingPerEndpoint` were already held. */
  dropped: number;
}

interface EndpointLoad {
  inFlight: number;
  pending: number;
  dropped: number;
  waiting: { wake: () => void; abandon: (reason: Error) => void }[];
}

export class DeliveryLimit {
  private readonly loads = new Map<string, EndpointLoad>();
  private closed: Error | null = null;

  constructor(
    private readonly maxInFlight: number,
    private readonly maxPending: number,
  ) {
    for (const [name, value] of [
      ["maxInFlightPerEndpoint", maxInFlight],
      ["maxPendingPerEndpoint", maxPending],
    ] as const)
      if (!Number.isInteger(value) || value < 1) throw new RangeError(`webhooks.${name} must be a positive integer, got ${String(value)}`);
  }

  /** Takes on one delivery to `url`; `false` (and counted as dropped) when the endpoint already holds `maxPending`. */
  admit(url: string): boolean {
    const load = this.load(url);
    if (load.pending >= this.maxPending) {
      load.dropped++;
      return false;
    }
    load.pending++;
    return true;
  }

  /** A delivery admitted to `url` is over (delivered, failed for good or abandoned). */
  finish(url: string): void {
    this.load(url).pending--;
  }

  /** Waits for one of `url`'s attempt slots; call the returned function when the attempt is over. Rejects once closed. */
  async slot(url: string): Promise<() => void> {
    if (this.closed) throw this.closed;
    const load = this.load(url);
    if (load.inFlight >= this.maxInFlight) {
      // One listener for all waiters (close), not one abort listener each.
      await new Promise<void>((wake, abandon) => load.waiting.push({ wake, abandon }));
    } else {
      load.inFlight++;
    }
    let released = false;
    return () => {
      if (released) return;
      released = true;
      // The slot passes straight to the next waiter, so inFlight stays the same.
      const next = load.waiting.shift();
      if (next) next.wake();
      else load.inFlight--;
    };
  }

  /** Rejects every waiting attempt and every later one (the API is going away). */
  close(reason: Error): void {
    this.closed = reason;
    for (const load of this.loads.values()) for (const waiter of load.waiting.splice(0)) waiter.abandon(reason);
  }

  /** One row per endpoint that was ever delivered to. */
  stats(): WebhookEndpointStats[] {
    return [...this.loads].map(([url, { inFlight, pending, dropped }]) => ({ url, inFlight, pending, dropped }));
  }

  private load(url: string): EndpointLoad {
    let load = this.loads.get(url);
    if (!load) this.loads.set(url, (load = { inFlight: 0, pending: 0, dropped: 0, waiting: [] }));
    return load;
  }
}
