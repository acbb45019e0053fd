// Turns a delivered response into the resource method's result: the parsed
// 2xx body, or the typed error for any other status.
import type { ProblemDetails } from "@leadping/types";
import { redact, redactHeaders } from "./auth.js";
import { LeadpingError, RateLimitError, apiErrorClass } from "./errors.js";
import type { RequestTarget } from "./errors.js";
import type { ClientConfig } from "./options.js";
import { parseRetryAfter } from "./retry.js";

/**
 * The parsed body of a 2xx response (`undefined` when empty, as for 204; a
 * clear error naming the operation when not JSON), or throws the typed error
 * for any other status, with server text redacted of credentials.
 */
export function callResult(
  config: ClientConfig,
  operation: string,
  target: RequestTarget,
  response: Pick<Response, "ok" | "status" | "statusText" | "headers">,
  text: string,
): unknown {
  const { ok, status } = response;
  if (!ok) text = redact(config, text);
  let parsed: unknown;
  try {
    parsed = text === "" ? undefined : JSON.parse(text);
  } catch (cause) {
    // A non-JSON error body (text, HTML) is kept as `body` only.
    if (ok) throw new LeadpingError(`${operation} answered ${status} with invalid JSON (${target.path}).`, { cause });
  }
  if (ok) return parsed;
  const problem = parsed && typeof parsed === "object" && !Array.isArray(parsed) ? (parsed as ProblemDetails) : undefined;
  const summary = `${problem?.title ?? (response.statusText || "HTTP error")}${problem?.detail ? `: ${problem.detail}` : ""}`;
  const message = redact(config, `${target.method} ${target.path} → ${status} ${summary}`);
  const error = new (apiErrorClass(status))(status, message, text, problem, redactHeaders(config, response.headers), target);
  if (error instanceof RateLimitError) error.retryAfterMs = parseRetryAfter(response.headers.get("retry-after"), config.clock.now());
  throw error;
}
