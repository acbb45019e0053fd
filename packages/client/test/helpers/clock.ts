// A retry clock that records every requested wait and returns at once.
import type { RetryClock } from "../../src/index.js";

export function recordingClock(now = Date.parse("2026-03-01T12:00:00Z")): RetryClock & { sleeps: number[] } {
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
    sleep: (ms, signal) => {
      sleeps.push(ms);
      return signal?.aborted ? Promise.reject(signal.reason as Error) : Promise.resolve();
    },
  };
}
