// A console-shaped logger that records each call as [level, ...args].
import type { Logger } from "../../src/index.js";

export type LogCall = [level: "debug" | "info" | "warn" | "error", ...args: unknown[]];

export function recordingLogger(): Logger & { calls: LogCall[] } {
  const calls: LogCall[] = [];
  return {
    calls,
    debug: (...args) => calls.push(["debug", ...args]),
    info: (...args) => calls.push(["info", ...args]),
    warn: (...args) => calls.push(["warn", ...args]),
    error: (...args) => calls.push(["error", ...args]),
  };
}
