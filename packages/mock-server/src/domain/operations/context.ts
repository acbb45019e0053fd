// What an operation handler receives and returns.
import type { LeadState } from "../store.js";
import type { FieldErrors } from "../../contract/validation.js";

export interface HandlerContext {
  /** Decoded path parameters. */
  params: Record<string, string>;
  /** Query parameters, coerced to their schema types and defaulted. */
  query: Record<string, unknown>;
  /** The validated JSON body (`undefined` when there was none). */
  body: unknown;
  /** Bytes of the raw request body (0 without one). */
  bodyBytes: number;
  state: LeadState;
  /** The current time as an ISO 8601 string. */
  now(): string;
}

export type HandlerResult =
  | { status: number; body?: unknown }
  | {
      problem: "not-found" | "validation" | "bad-request" | "conflict" | "store-full" | "payload-too-large";
      detail: string;
      errors?: FieldErrors;
    };

/** An operation implementation, keyed by operationId in the registry. */
export type OperationHandler = (ctx: HandlerContext) => HandlerResult;

export function ok(body: unknown, status = 200): HandlerResult {
  return { status, body };
}

export function notFound(detail: string): HandlerResult {
  return { problem: "not-found", detail };
}

export function conflict(detail: string, errors: FieldErrors): HandlerResult {
  return { problem: "conflict", detail, errors };
}

/** The store is at one of its limits (see `MockLimits`); nothing was stored. */
export function storeFull(detail: string): HandlerResult {
  return { problem: "store-full", detail };
}

/** The body is larger than the store keeps (see `MockLimits.maxLeadBytes`); nothing was stored. */
export function tooLarge(detail: string): HandlerResult {
  return { problem: "payload-too-large", detail };
}

export function invalid(detail: string, errors: FieldErrors): HandlerResult {
  return { problem: "validation", detail, errors };
}
