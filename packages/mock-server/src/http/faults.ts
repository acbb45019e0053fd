// Faults on demand: per-route latency, 429s, 5xxs and dropped connections,
// decided by a seeded generator so a run can be replayed.
import type { IndexedOperation } from "@leadping/types";
import { SeededRandom, deriveSeed } from "../seed/prng.js";
import { type Reply, problemKindForStatus, problemReply } from "./problem.js";

interface FaultRuleBase {
  /**
   * Which requests the rule applies to: `"*"`, an operationId (`"Leads_Update"`), a path
   * template (`"/leads/{id}"`) or a method and template (`"PUT /leads/{id}"`). @default "*"
   */
  route?: string;
  /** Fraction of matching requests affected, 0 to 1. @default 1 */
  rate?: number;
  /** Stop after affecting this many requests. @default unlimited */
  times?: number;
}

/** Adds `latencyMs` before the request is handled. */
export interface LatencyFault extends FaultRuleBase {
  kind: "latency";
  /** Milliseconds to wait. */
  latencyMs: number;
}

/** Answers 429 with `Retry-After`. */
export interface RateLimitFault extends FaultRuleBase {
  kind: "rate-limit";
  /** Value of the `Retry-After` header, in seconds. @default 1 */
  retryAfterSeconds?: number;
}

/** Answers a 5xx problem. */
export interface ServerErrorFault extends FaultRuleBase {
  kind: "server-error";
  /** The status to answer. @default 500 */
  status?: 500 | 502 | 503 | 504;
  /** `Retry-After` seconds to send with it (503 usually carries one). @default none */
  retryAfterSeconds?: number;
}

/** Destroys the connection without an answer (over fetch: rejects like a network failure). */
export interface DropFault extends FaultRuleBase {
  kind: "drop";
}

/** One fault-injection rule. */
export type FaultRule = LatencyFault | RateLimitFault | ServerErrorFault | DropFault;

/** What the faults decided for one request. */
export interface FaultDecision {
  latencyMs: number;
  terminal: RateLimitFault | ServerErrorFault | DropFault | null;
}

const NO_FAULT: FaultDecision = { latencyMs: 0, terminal: null };

/** Applies fault rules to requests, in order, with a seeded generator. */
export class FaultInjector {
  private rules: { rule: FaultRule; used: number }[] = [];
  private random: SeededRandom;

  constructor(
    rules: readonly FaultRule[],
    private readonly seed: number,
  ) {
    this.random = new SeededRandom(deriveSeed(seed, "faults"));
    this.set(rules);
  }

  /** Replaces the rules and restarts the seeded sequence. */
  set(rules: readonly FaultRule[]): void {
    for (const rule of rules) validateRule(rule);
    this.rules = rules.map((rule) => ({ rule, used: 0 }));
    this.random = new SeededRandom(deriveSeed(this.seed, "faults"));
  }

  /** The rules in force. */
  list(): FaultRule[] {
    return this.rules.map((r) => r.rule);
  }

  decide(operation: IndexedOperation): FaultDecision {
    if (this.rules.length === 0) return NO_FAULT;
    let latencyMs = 0;
    for (const entry of this.rules) {
      const { rule } = entry;
      if (!routeMatches(rule.route ?? "*", operation)) continue;
      if (rule.times !== undefined && entry.used >= rule.times) continue;
      if (!this.random.chance(rule.rate ?? 1)) continue;
      entry.used++;
      if (rule.kind === "latency") latencyMs += rule.latencyMs;
      else return { latencyMs, terminal: rule };
    }
    return latencyMs === 0 ? NO_FAULT : { latencyMs, terminal: null };
  }
}

function routeMatches(route: string, operation: IndexedOperation): boolean {
  return route === "*" || route === operation.operationId || route === operation.path || route === operation.key;
}

function validateRule(rule: FaultRule): void {
  const rate = rule.rate ?? 1;
  if (!(rate >= 0 && rate <= 1)) throw new RangeError(`Fault rule rate must be within 0..1, got ${rate}`);
  if (rule.kind === "latency" && !(rule.latencyMs >= 0)) throw new RangeError("Latency fault needs latencyMs >= 0");
  // The contract's Retry-After is an integer >= 0; a rule must not make the mock break it.
  if (
    (rule.kind === "rate-limit" || rule.kind === "server-error") &&
    rule.retryAfterSeconds !== undefined &&
    !(Number.isInteger(rule.retryAfterSeconds) && rule.retryAfterSeconds >= 0)
  ) {
    throw new RangeError(`Fault rule retryAfterSeconds must be a whole number >= 0, got ${rule.retryAfterSeconds}`);
  }
  if (rule.kind === "server-error" && rule.status !== undefined && ![500, 502, 503, 504].includes(rule.status)) {
    throw new RangeError(`Server-error fault status must be 500, 502, 503 or 504, got ${String(rule.status)}`);
  }
  if (!["latency", "rate-limit", "server-error", "drop"].includes(rule.kind)) {
    throw new RangeError(`Unknown fault kind ${String((rule as { kind: unknown }).kind)}`);
  }
}

/**
 * Applies the faults `decide` chose for a request: waits out the latency (base plus injected),
 * then answers the terminal fault if there is one; `null` lets the request through.
 */
export async function injectedFault(
  decision: FaultDecision,
  baseLatencyMs: number,
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>,
  request: { pathname: string; signal?: () => AbortSignal },
): Promise<Reply | "drop" | null> {
  const latency = baseLatencyMs + decision.latencyMs;
  if (latency > 0) await sleep(latency, request.signal?.());
  const fault = decision.terminal;
  if (!fault) return null;
  const instance = request.pathname;
  if (fault.kind === "drop") return "drop";
  if (fault.kind === "rate-limit") {
    const headers = { "retry-after": String(fault.retryAfterSeconds ?? 1) };
    return problemReply("rate-limited", { detail: "Injected rate limit: retry after the Retry-After delay.", instance, headers });
  }
  const status = fault.status ?? 500;
  const headers: Record<string, string> = fault.retryAfterSeconds !== undefined ? { "retry-after": String(fault.retryAfterSeconds) } : {};
  return problemReply(problemKindForStatus(status), { detail: `Injected ${status} failure.`, instance, headers, status });
}
