// What bounds one attempt in time: the caller's signal and the per-attempt
// timeout, combined into one signal for fetch, and the wait for rate budget
// before an attempt, bounded the same way.
import { LeadpingTimeoutError } from "./errors.js";
import type { RequestTarget } from "./errors.js";
import type { RetryClock } from "./options.js";
import type { RateBudget, RatePartition } from "./rate-budget.js";

/** The abort signal of one attempt (or one rate wait) and how to tear it down. */
export interface AttemptGuard {
  readonly signal: AbortSignal;
  /** True once the timeout (not the caller) aborted the attempt. */
  timedOut: boolean;
  /** Stops the timer and detaches from the caller's signal; call when the attempt ends. */
  clear(): void;
}

/**
 * Combines the caller's signal with a per-attempt timeout (`0` or more than
 * setTimeout can hold: none). Hand-rolled instead of `AbortSignal.any` +
 * `AbortSignal.timeout`: cheaper per request and works on runtimes that lack either.
 */
export function guardAttempt(callerSignal: AbortSignal | undefined, timeoutMs: number): AttemptGuard {
  const controller = new AbortController();
  const onCallerAbort = () => controller.abort(callerSignal!.reason);
  // An abort event fires only once: a signal aborted before now would never reach the listener.
  if (callerSignal?.aborted) onCallerAbort();
  else callerSignal?.addEventListener("abort", onCallerAbort);
  const timer =
    timeoutMs > 0 && timeoutMs < 2 ** 31
      ? setTimeout(() => {
          guard.timedOut = true;
          controller.abort();
        }, timeoutMs)
      : undefined;
  const guard: AttemptGuard = {
    signal: controller.signal,
    timedOut: false,
    clear() {
      clearTimeout(timer);
      callerSignal?.removeEventListener("abort", onCallerAbort);
    },
  };
  return guard;
}

/** `value`, or a rejection with `signal`'s reason once it aborts first. */
function unlessAborted<T>(value: T | Promise<T>, signal: AbortSignal | undefined): T | Promise<T> {
  if (!(value instanceof Promise) || !signal) return value;
  return new Promise<T>((resolve, reject) => {
    // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- the signal's reason, as fetch rejects with
    const onAbort = () => reject(signal.reason);
    if (signal.aborted) onAbort();
    signal.addEventListener("abort", onAbort);
    value.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}

/**
 * Waits until `budget` grants one request in `partition`. The wait before one
 * attempt is bounded by the attempt's `timeoutMs` (`0`: unbounded) and the
 * caller's signal, whether the budget sleeps or its store is slow to answer;
 * a wait that would outlast the timeout fails at once. Resolves to the ms waited.
 */
export async function waitForBudget(
  clock: RetryClock,
  budget: RateBudget,
  partition: RatePartition,
  target: RequestTarget,
  timeoutMs: number,
  signal: AbortSignal | undefined,
): Promise<number> {
  const start = clock.now();
  const deadline = timeoutMs > 0 ? start + timeoutMs : Infinity;
  const beyond = (waitMs?: number) =>
    new LeadpingTimeoutError(
      `${target.method} ${target.path} ${waitMs === undefined ? "waited" : `would wait ${waitMs} ms`} for the ${partition} rate budget, beyond its ${timeoutMs} ms timeout.`,
      target,
    );
  const guard = timeoutMs > 0 || signal ? guardAttempt(signal, timeoutMs) : undefined;
  try {
    for (;;) {
      const waitMs = await unlessAborted(budget.take(partition, { signal: guard?.signal }), guard?.signal);
      if (!(waitMs > 0)) return clock.now() - start;
      if (clock.now() + waitMs > deadline) throw beyond(waitMs);
      await clock.sleep(waitMs, guard?.signal);
    }
  } catch (error) {
    throw guard?.timedOut && !signal?.aborted ? beyond() : error;
  } finally {
    guard?.clear();
  }
}
