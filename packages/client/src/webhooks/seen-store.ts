// Deduplication of retried deliveries by `webhook-id`.

/**
 * Remembers which `webhook-id`s were handled. Share one store between the
 * instances of a service (Redis: `redisSeenWebhookStore` from `@leadping/redis`)
 * so a retry that reaches another instance is still recognised.
 */
export interface SeenWebhookStore {
  /** Records `id` and answers whether it was already recorded, in one atomic step (like Redis `SET NX`). */
  seen(id: string): boolean | Promise<boolean>;
  /** Forgets `id` because handling it failed, so Leadping's retry is handled again. */
  forget(id: string): void | Promise<void>;
}

/** Options of `createMemorySeenStore`. */
export interface MemorySeenStoreOptions {
  /** How many ids to remember; beyond it the oldest are forgotten, but never one younger than `retainSeconds`. @default 10000 */
  maxIds?: number;
  /**
   * How long an id is remembered whatever `maxIds` says, in seconds: at least twice the handler's
   * `toleranceSeconds`, so a captured delivery cannot be replayed while its timestamp is still fresh.
   * `createWebhookHandler` sets it for the store it creates. @default 600 (twice the default tolerance)
   */
  retainSeconds?: number;
  /** The clock in ms (inject in tests). @default Date.now */
  now?: () => number;
}

/**
 * A `SeenWebhookStore` in this process's memory: right for one instance, lost
 * on restart. Every id of the last `retainSeconds` is kept, so a flood of genuine
 * deliveries cannot push out an id an attacker wants to replay; only signed,
 * fresh deliveries are recorded, so its size is bounded by what Leadping sends.
 */
export function createMemorySeenStore(options: MemorySeenStoreOptions = {}): SeenWebhookStore {
  const maxIds = Math.max(1, options.maxIds ?? 10_000);
  const retainMs = Math.max(0, options.retainSeconds ?? 600) * 1000;
  const now = options.now ?? Date.now;
  // Insertion order is arrival order, so the first entry is the oldest.
  const ids = new Map<string, number>();
  return {
    seen(id) {
      const t = now();
      if (ids.has(id)) return true;
      ids.set(id, t);
      for (const [oldest, at] of ids) {
        if (ids.size <= maxIds || t - at < retainMs) break;
        ids.delete(oldest);
      }
      return false;
    },
    forget(id) {
      ids.delete(id);
    },
  };
}
