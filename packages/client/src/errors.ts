// The error classes every call throws, and the mapping of a failed answer to
// one of them. Names are set as string literals (not `new.target.name`) so
// they survive minifying bundlers; fields are `declare`d and assigned in
// constructors so bundles stay small.
import type { ProblemDetails } from "@leadping/types";
import { redactError } from "./redact.js";
import type { Redact } from "./redact.js";
import { parseRetryAfter } from "./retry.js";

/** Base class of every error a Leadping call rejects with. */
export class LeadpingError extends Error {
  override name = "LeadpingError";
}

/** Where a failed request was going: kept on every request error. */
export interface RequestTarget {
  /** HTTP method, such as `PUT`. */
  method: string;
  /** Requested path without base URL or query, such as `/leads/lead_1`. */
  path: string;
}

/** The API answered with a status outside 2xx. */
export class LeadpingApiError extends LeadpingError {
  override name = "LeadpingApiError";
  /** HTTP status of the response. */
  declare readonly status: number;
  /** The RFC 9457 problem document, when the body was one; `undefined` for text/HTML/empty bodies. */
  declare readonly problem: ProblemDetails | undefined;
  /** URI reference identifying the kind of problem. */
  declare readonly type: string | undefined;
  /** Short summary of the kind of problem. */
  declare readonly title: string | undefined;
  /** Explanation of this occurrence. */
  declare readonly detail: string | undefined;
  /** URI reference identifying this occurrence. */
  declare readonly instance: string | undefined;
  /** Identifier to quote to Leadping support. */
  declare readonly traceId: string | undefined;
  /** Validation messages by field path. */
  declare readonly errors: Record<string, string[]> | undefined;
  /** The raw response body as text (credentials redacted). */
  declare readonly body: string;
  /** Response headers (credentials redacted from every value). */
  declare readonly headers: Headers;
  declare readonly method: string;
  declare readonly path: string;

  constructor(status: number, message: string, body: string, problem: ProblemDetails | undefined, headers: Headers, target: RequestTarget) {
    super(message);
    Object.assign(this, { status, body, problem, headers, method: target.method, path: target.path });
    for (const field of ["type", "title", "detail", "instance", "traceId", "errors"] as const) {
      (this as Record<string, unknown>)[field] = problem?.[field] ?? undefined;
    }
  }
}

/** 400: the request is malformed or a field failed validation (see `errors`). */
export class BadRequestError extends LeadpingApiError {
  override name = "BadRequestError";
}
/** 401: the credentials are missing, malformed or not accepted. */
export class AuthenticationError extends LeadpingApiError {
  override name = "AuthenticationError";
}
/** 403: the credentials are valid but not allowed to do this. */
export class PermissionDeniedError extends LeadpingApiError {
  override name = "PermissionDeniedError";
}
/** 404: the resource does not exist or is not visible to the caller. */
export class NotFoundError extends LeadpingApiError {
  override name = "NotFoundError";
}
/** 409: the request conflicts with the resource's current state. */
export class ConflictError extends LeadpingApiError {
  override name = "ConflictError";
}
/** 422: the request was understood but cannot be processed. */
export class UnprocessableEntityError extends LeadpingApiError {
  override name = "UnprocessableEntityError";
}
/** 429: rate limited; `retryAfterMs` says how long the server asked to wait. */
export class RateLimitError extends LeadpingApiError {
  override name = "RateLimitError";
  /** The server's `Retry-After` in milliseconds, capped at 60 s like the wait before a retry, when it sent one. */
  declare retryAfterMs: number | undefined;
}
/** 5xx: the server failed. */
export class InternalServerError extends LeadpingApiError {
  override name = "InternalServerError";
}

/** The request did not produce a response: refused, reset, DNS failure, … The message names the system error code and the host; `cause` has the details. */
export class LeadpingConnectionError extends LeadpingError {
  override name = "LeadpingConnectionError";
  declare readonly method: string;
  declare readonly path: string;
  /** The system error code, such as `ECONNREFUSED`, when the runtime gave one. */
  declare readonly code: string | undefined;
  constructor(message: string, target: RequestTarget, cause?: unknown, code?: string) {
    super(message, { cause });
    Object.assign(this, { method: target.method, path: target.path, code });
  }
}

/**
 * The caller's signal aborted the call (before it was sent, while it waited, or mid-request); `cause` is the signal's reason.
 * Named `AbortError` like fetch's own abort, so `error.name === "AbortError"` checks keep working.
 */
export class LeadpingAbortError extends LeadpingError {
  override name = "AbortError";
  declare readonly method: string;
  declare readonly path: string;
  constructor(target: RequestTarget, cause: unknown) {
    super(`${target.method} ${target.path} was aborted by its signal.`, { cause });
    Object.assign(this, { method: target.method, path: target.path });
  }
}

/** A paginated list misbehaved: a page repeated a continuation token, or was empty yet named a next page. Iteration stops. */
export class LeadpingPaginationError extends LeadpingError {
  override name = "LeadpingPaginationError";
}

/** An attempt took longer than `timeoutMs`. */
export class LeadpingTimeoutError extends LeadpingConnectionError {
  override name = "LeadpingTimeoutError";
}

/** A response body was larger than `maxResponseBytes`: the client stopped reading and hung up. Not retried. */
export class LeadpingResponseTooLargeError extends LeadpingError {
  override name = "LeadpingResponseTooLargeError";
  /** HTTP status of the response whose body was too large. */
  declare readonly status: number;
  /** The limit in bytes that the body exceeded. */
  declare readonly maxResponseBytes: number;
  /** HTTP method of the request, such as `GET`. */
  declare readonly method: string;
  /** Requested path without query, such as `/leads/lead_1`. */
  declare readonly path: string;
  constructor(target: RequestTarget, status: number, maxResponseBytes: number) {
    super(`${target.method} ${target.path} answered ${status} with a body of more than ${maxResponseBytes} bytes (maxResponseBytes).`);
    Object.assign(this, { status, maxResponseBytes, method: target.method, path: target.path });
  }
}

/** A redirect the client refused to follow: a body to another origin, a loop, a non-http(s) Location, or a browser's opaque redirect. */
export class LeadpingRedirectError extends LeadpingError {
  override name = "LeadpingRedirectError";
  /** HTTP status of the refused redirect (`0` for a browser's opaque redirect). */
  declare readonly status: number;
  /** HTTP method of the request, such as `GET`. */
  declare readonly method: string;
  /** Requested path without query, such as `/leads/lead_1`. */
  declare readonly path: string;
  constructor(message: string, target: RequestTarget, status: number) {
    super(message);
    Object.assign(this, { status, method: target.method, path: target.path });
  }
}

const byStatus: Record<number, typeof LeadpingApiError> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  422: UnprocessableEntityError,
  429: RateLimitError,
};

/** Reason phrases for statuses a server may send without one (HTTP/2 has none). */
const reasons: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  409: "Conflict",
  422: "Unprocessable Content",
  429: "Too Many Requests",
  500: "Internal Server Error",
  502: "Bad Gateway",
  503: "Service Unavailable",
  504: "Gateway Timeout",
};

/**
 * The typed error for a non-2xx answer whose (already redacted) body is
 * `text`: "404 Not Found: No lead has the id lead_9. (GET /leads/lead_9)".
 */
export function apiError(
  response: Pick<Response, "status" | "statusText" | "headers">,
  text: string,
  target: RequestTarget,
  now: number,
): LeadpingApiError {
  const { status } = response;
  let parsed: unknown;
  try {
    parsed = text === "" ? undefined : JSON.parse(text);
  } catch {
    // A non-JSON error body (text, HTML) is kept as `body` only.
  }
  const problem = parsed && typeof parsed === "object" && !Array.isArray(parsed) ? (parsed as ProblemDetails) : undefined;
  const reason = response.statusText || reasons[status] || "";
  const summary = problem?.detail ?? problem?.title;
  const message = `${status}${reason ? ` ${reason}` : ""}${summary ? `: ${summary}` : ""} (${target.method} ${target.path})`;
  const ErrorClass = byStatus[status] ?? (status >= 500 ? InternalServerError : LeadpingApiError);
  const error = new ErrorClass(status, message, text, problem, response.headers, target);
  if (error instanceof RateLimitError) error.retryAfterMs = parseRetryAfter(response.headers.get("retry-after"), now);
  return error;
}

/**
 * The typed error for a call whose last attempt got no response: a timeout
 * (`timedOutAfterMs` set), or a connection failure whose message names the
 * system error code (or the innermost message, redacted) and the host.
 */
export function connectionError(
  error: unknown,
  target: RequestTarget,
  url: string,
  timedOutAfterMs: number | undefined,
  redact: Redact,
): LeadpingConnectionError {
  const call = `${target.method} ${target.path}`;
  const cause = redactError(error, redact);
  if (timedOutAfterMs !== undefined) return new LeadpingTimeoutError(`${call} timed out after ${timedOutAfterMs} ms.`, target, cause);
  let code: string | undefined;
  let innermost = String(error);
  // The first system error code (`ECONNREFUSED`, `UND_ERR_SOCKET`, …) in the cause chain, else its innermost message.
  for (let e = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    innermost = e.message;
    const found = (e as { code?: unknown }).code;
    if (!code && typeof found === "string" && found) code = found;
  }
  let host = "the API";
  try {
    host = new URL(url).host;
  } catch {
    // Not a URL: the message names no host.
  }
  return new LeadpingConnectionError(`${call} to ${host} failed: ${code ?? redact(innermost)}.`, target, cause, code);
}
