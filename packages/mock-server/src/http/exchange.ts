// The transport-neutral request and response the core works on. The node:http
// server and the fetch handler both translate to and from these shapes.

/** A request as the core sees it, whichever transport carried it. */
export interface MockRequest {
  method: string;
  /** Raw (still percent-encoded) pathname, without the query string. */
  pathname: string;
  /** Raw query string without the leading `?`; empty when there is none. */
  search: string;
  /** Case-insensitive header lookup; several values are joined with `, `. */
  header: (name: string) => string | undefined;
  /** The body bytes; `null` when the request had none. */
  body: Uint8Array | null;
  /** True when the body exceeded the size limit (its bytes are then not kept). */
  bodyTooLarge: boolean;
  /** The caller's IP address, for per-IP rate limiting; `undefined` in process. */
  remoteAddress?: string | undefined;
  /** Aborted when the caller goes away (socket closed, fetch aborted); asked for only when the core waits. */
  signal?: () => AbortSignal;
}

/** What the core answers: a response, or an instruction to drop the connection. */
export type MockResponse = { kind: "response"; status: number; headers: Record<string, string>; body: string | null } | { kind: "drop" };

/** Largest request body the mock accepts: 1 MiB. */
export const MAX_BODY_BYTES = 1024 * 1024;
