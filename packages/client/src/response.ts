// Turns a delivered response into the resource method's result: the parsed
// 2xx body, or the typed error for any other status.
import type { ProblemDetails } from "@leadping/types";
import { redact } from "./auth.js";
import { LeadpingError, RateLimitError, apiErrorClass } from "./errors.js";
import type { LeadpingApiError, RequestTarget } from "./errors.js";
import type { ClientConfig } from "./options.js";
import { parseRetryAfter } from "./retry.js";

/** Parses a 2xx body; empty bodies (204) give `undefined`, invalid JSON a clear error naming the operation. */
export function parseSuccess(operation: string, target: RequestTarget, status: number, text: string): unknown {
  if (text === "") return undefined;
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw invalidJsonError(operation, target, status, cause);
  }
}

/** The error for a 2xx body that is not valid JSON. */
export function invalidJsonError(operation: string, target: RequestTarget, status: number, cause: unknown): LeadpingError {
  return new LeadpingError(`${operation} answered ${status} with invalid JSON (${target.path}).`, { cause });
}

/** Builds the typed error for a non-2xx response; server text is redacted of credentials. */
export function apiError(config: ClientConfig, target: RequestTarget, response: Response, text: string): LeadpingApiError {
  const body = redact(config, text);
  let problem: ProblemDetails | undefined;
  try {
    const parsed: unknown = JSON.parse(body);
    if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) problem = parsed as ProblemDetails;
  } catch {
    // text, HTML or empty: kept as `body` only
  }
  const summary = `${problem?.title ?? (response.statusText || "HTTP error")}${problem?.detail ? `: ${problem.detail}` : ""}`;
  const message = redact(config, `${target.method} ${target.path} → ${response.status} ${summary}`);
  const error = new (apiErrorClass(response.status))(response.status, message, body, problem, response.headers, target);
  if (error instanceof RateLimitError) {
    error.retryAfterMs = parseRetryAfter(response.headers.get("retry-after"), config.clock.now());
  }
  return error;
}
