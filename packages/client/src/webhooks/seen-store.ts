// Deduplication of retried deliveries by `webhook-id`.

/**
 * Remembers which `webhook-id`s were handled. Share one store between the
 * instances of a service (Redis, a database table) so a retry that reaches
 * another instance is still recognised; see "Receiving webhooks" in the README.
 */
export interface SeenWebhookStore {
  /** Records `id` and answers whether it was already recorded, in one atomic step (like Redis `SET NX`). */
  seen(id: string): boolean | Promise<boolean>;
  /** Forgets `id` because handling it failed, so Leadping's retry is handled again. */
  forget(id: string): void | Promise<void>;
}

/** Options of `createMemorySeenStore`. */
export interface MemorySeenStoreOptions {
  /** How many ids to remember; the oldest are forgotten first. @default 10000 */
  maxIds?: number;
}

/** A `SeenWebhookStore` in this process's memory: right for one instance, lost on restart. */
export function createMemorySeenStore(options: MemorySeenStoreOptions = {}): SeenWebhookStore {
  const maxIds = Math.max(1, options.maxIds ?? 10_000);
  const ids = new Set<string>();
  return {
    seen(id) {
      if (ids.has(id)) return true;
      ids.add(id);
      // A Set iterates in insertion order, so the first entry is the oldest.
      if (ids.size > maxIds) ids.delete(ids.values().next().value!);
      return false;
    },
    forget(id) {
      ids.delete(id);
    },
  };
}
