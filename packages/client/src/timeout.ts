// One attempt's abort signal: fires when the per-attempt timeout elapses or
// when the caller's signal aborts, and remembers which of the two it was.

/** The abort signal of one attempt and how to tear it down. */
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
 * `AbortSignal.timeout`: cheaper per request and works on runtimes that lack
 * either. An abort event fires at most once, so the listener needs no `once`.
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
