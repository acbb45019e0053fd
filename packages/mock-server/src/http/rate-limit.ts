// Leadping's rate limits, when asked for: a fixed budget per partition
// (organization, organization intake, user, IP), excess refused with 429 and
// never queued. Counting is rate-limiter-flexible's in-memory limiter.
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import type { CredentialKind } from "../contract/compile.js";
import { RatePartitions } from "./rate-partitions.js";

/** How the mock limits requests (Leadping: 300 per 60 s in each partition). */
export interface MockRateLimitOptions {
  /** Requests allowed per window in each partition. @default 300 */
  limit?: number;
  /** Length of the window in ms; a partition's window starts with its first request. @default 60000 */
  windowMs?: number;
  /** Send `Retry-After` (whole seconds until the partition's window ends) on a 429; Leadping declares it but does not guarantee it. @default true */
  retryAfter?: boolean;
  /** Most partitions counted at once; a new one beyond it forgets the least recently used (which then starts a fresh window). @default 10000 */
  maxPartitions?: number;
}

/** A refused request: the headers its 429 carries. */
export interface RateLimited {
  headers: Record<string, string>;
}

/** The request facts a partition is chosen from. */
export interface PartitionInput {
  /** The credential kind of the operation (from the operation table); `null` for public operations. */
  credential: CredentialKind | null;
  /** The `Authorization` header, if any. */
  authorization: string | undefined;
  /** Whether the request's credentials were accepted. */
  authenticated: boolean;
  /** Whether it sent the source id/key header pair (which then authenticated it, not the bearer). */
  sourceHeaders: boolean;
  /** The caller's address. */
  ip: string;
}

/**
 * The partition a request counts against, as Leadping documents it: an accepted
 * organization key (`sk_…`) counts against its organization, another accepted
 * bearer token against its user, an accepted `Bearer` source key on intake
 * against its organization's intake partition; everything else (public
 * operations, the source id/key header pair, refused credentials) against the
 * caller's IP. The mock knows no organizations, so each key stands for its own.
 */
export function ratePartition(input: PartitionInput): string {
  const bearer = /^Bearer +(\S+) *$/i.exec(input.authorization ?? "")?.[1];
  // With the header pair present, a bearer beside it was never checked: it must not pick the partition.
  if (input.authenticated && bearer !== undefined && !input.sourceHeaders) {
    if (input.credential === "organization") return bearer.startsWith("sk_") ? `organization:${bearer}` : `user:${bearer}`;
    if (input.credential === "source") return `intake:${bearer}`;
  }
  return `ip:${input.ip}`;
}

/** Parses `300/60s`, `60/2s`, `100/500ms` or `10/1m` into a limit and window. */
export function parseRateLimit(text: string): { limit: number; windowMs: number } {
  const match = /^(\d+)\/(\d+(?:\.\d+)?)(ms|s|m)$/.exec(text.trim());
  const limit = Number(match?.[1]);
  const windowMs = Number(match?.[2]) * (match?.[3] === "ms" ? 1 : match?.[3] === "m" ? 60_000 : 1000);
  if (!match || !(limit >= 1) || !(windowMs >= 1)) {
    throw new Error(`--rate-limit must look like 300/60s (requests/window in ms, s or m), got ${JSON.stringify(text)}`);
  }
  return { limit, windowMs };
}

/** Counts requests per partition and refuses those over the limit. */
export class RateLimit {
  private limiter: RateLimiterMemory;
  private readonly retryAfter: boolean;
  /** The partitions counted, bounded in number and in bytes per key. */
  readonly partitions: RatePartitions;

  constructor(private readonly options: MockRateLimitOptions) {
    this.retryAfter = options.retryAfter ?? true;
    this.partitions = new RatePartitions(options.maxPartitions ?? 10_000);
    this.limiter = this.newLimiter();
  }

  /** Counts one request in `partition`; `null` when it may proceed. */
  async take(partition: string): Promise<RateLimited | null> {
    const { key, evicted } = this.partitions.use(partition);
    for (const gone of evicted) await this.limiter.delete(gone);
    try {
      await this.limiter.consume(key);
      return null;
    } catch (refusal) {
      if (!(refusal instanceof RateLimiterRes)) throw refusal;
      const seconds = Math.max(1, Math.ceil(refusal.msBeforeNext / 1000));
      return { headers: this.retryAfter ? { "retry-after": String(seconds) } : {} };
    }
  }

  /** Forgets every count. */
  reset(): void {
    this.limiter = this.newLimiter();
    this.partitions.clear();
  }

  private newLimiter(): RateLimiterMemory {
    const windowMs = this.options.windowMs ?? 60_000;
    return new RateLimiterMemory({ points: this.options.limit ?? 300, duration: windowMs / 1000 });
  }
}
