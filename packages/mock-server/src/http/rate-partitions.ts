// Which rate-limit partitions the mock remembers. Each distinct token opens a
// partition, so a client sending fresh tokens would grow the limiter without
// end (20,000 tokens of 8 KiB held 186 MiB). Two bounds: a partition is known
// by a fixed-size digest of its name, never the token itself, and at most
// `maxPartitions` are kept, the least recently used forgotten first (it starts
// a fresh window if it comes back, as it would after its window ended).
import { createHash } from "node:crypto";

/** The partitions in use, least recently used first. */
export class RatePartitions {
  private readonly recent = new Map<string, true>();

  constructor(private readonly maxPartitions: number) {
    if (!Number.isInteger(maxPartitions) || maxPartitions < 1)
      throw new RangeError(`rateLimit.maxPartitions must be a positive integer, got ${String(maxPartitions)}`);
  }

  /** How many partitions are remembered. */
  get size(): number {
    return this.recent.size;
  }

  /**
   * Marks `partition` as just used. Returns its key for the limiter (43
   * characters whatever the token's length) and the keys it pushed out.
   */
  use(partition: string): { key: string; evicted: string[] } {
    const key = createHash("sha256").update(partition).digest("base64url");
    const evicted: string[] = [];
    if (this.recent.delete(key)) {
      this.recent.set(key, true);
      return { key, evicted };
    }
    for (const oldest of this.recent.keys()) {
      if (this.recent.size < this.maxPartitions) break;
      this.recent.delete(oldest);
      evicted.push(oldest);
    }
    this.recent.set(key, true);
    return { key, evicted };
  }

  /** Forgets every partition. */
  clear(): void {
    this.recent.clear();
  }
}
