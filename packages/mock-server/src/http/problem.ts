// RFC 9457 problem details, the body of every error the mock sends.
import { randomBytes } from "node:crypto";
import type { FieldErrors } from "../contract/validation.js";

const PROBLEM_BASE = "https://leadping.ai/problems/";
/** Media type of every error body. */
export const PROBLEM_CONTENT_TYPE = "application/problem+json";

/** The kinds of problem the mock reports, each with its status and title. */
export const PROBLEMS = {
  validation: { status: 400, title: "One or more validation errors occurred." },
  "malformed-json": { status: 400, title: "The request body is not valid JSON." },
  "bad-request": { status: 400, title: "The request is malformed." },
  unauthorized: { status: 401, title: "Authentication is required." },
  forbidden: { status: 403, title: "The credentials may not perform this operation." },
  "not-found": { status: 404, title: "The resource was not found." },
  "method-not-allowed": { status: 405, title: "The method is not allowed on this resource." },
  "store-full": { status: 409, title: "The local API's store is full." },
  "payload-too-large": { status: 413, title: "The request body is too large." },
  "headers-too-large": { status: 431, title: "Request header fields too large." },
  "unsupported-media-type": { status: 415, title: "The request body must be JSON." },
  "rate-limited": { status: 429, title: "Too many requests." },
  "server-error": { status: 500, title: "An unexpected error occurred." },
  "spec-violation": { status: 500, title: "The mock produced a response that violates the contract." },
  "not-implemented": { status: 501, title: "The mock does not implement this operation." },
  "bad-gateway": { status: 502, title: "Bad gateway." },
  unavailable: { status: 503, title: "The service is temporarily unavailable." },
  "gateway-timeout": { status: 504, title: "Gateway timeout." },
} as const;

export type ProblemKind = keyof typeof PROBLEMS;

export interface ProblemOptions {
  detail: string;
  /** The request's path; `null` when no request was parsed. */
  instance: string | null;
  errors?: FieldErrors;
  headers?: Record<string, string>;
  /** Overrides the kind's usual status (fault injection picks 500/502/503/504). */
  status?: number;
}

/** The problem kind whose status is `status`, for injected 5xx. */
export function problemKindForStatus(status: number): ProblemKind {
  const found = (Object.keys(PROBLEMS) as ProblemKind[]).find((k) => PROBLEMS[k].status === status);
  return found ?? "server-error";
}

/** A W3C traceparent-shaped id, like the real API's `traceId`. */
export function newTraceId(): string {
  const bytes = randomBytes(24).toString("hex");
  return `00-${bytes.slice(0, 32)}-${bytes.slice(32, 48)}-01`;
}

/** A response before serialization: strict mode validates `payload` against the contract. */
export interface Reply {
  status: number;
  headers: Record<string, string>;
  /** The JSON value to send; `undefined` for no body. */
  payload?: unknown;
  /** Set when the operation's handler produced the reply, so its status must be one the contract declares. */
  fromHandler?: boolean;
}

/** Builds the problem document and its reply. */
export function problemReply(kind: ProblemKind, options: ProblemOptions): Reply {
  const { status: usual, title } = PROBLEMS[kind];
  const status = options.status ?? usual;
  const body: Record<string, unknown> = {
    type: PROBLEM_BASE + kind,
    title,
    status,
    detail: options.detail,
    instance: options.instance,
    traceId: newTraceId(),
  };
  if (options.errors) body["errors"] = options.errors;
  return { status, headers: { "content-type": PROBLEM_CONTENT_TYPE, ...options.headers }, payload: body };
}
