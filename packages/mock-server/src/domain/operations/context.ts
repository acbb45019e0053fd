// What an operation handler receives and returns, typed from the operation in `operations`
// of @leadping/types: its path and query parameters, its body and, per success status, its
// response body. The registry is a mapped type over the operations, so a missing or
// mistyped handler does not compile.
import type { PathOperationId, operations } from "@leadping/types";
import type { FieldErrors } from "../../contract/validation.js";
import type { LeadChangeRecorder } from "../lead-changes.js";
import type { LeadState } from "../store.js";

/** Every operationId of the contract's paths (webhooks are operations too, but nobody calls them). */
export type OperationId = PathOperationId;

type Parameters<Id extends OperationId> = operations[Id]["parameters"];
type Present<T> = [T] extends [undefined] ? Record<string, never> : NonNullable<T>;

/** The decoded path parameters of an operation. */
export type PathOf<Id extends OperationId> = Present<Parameters<Id>["path"]>;
/** The query parameters of an operation, coerced to their schema types (defaults filled in). */
export type QueryOf<Id extends OperationId> = Present<Parameters<Id>["query"]>;
/** The validated JSON body (`undefined` when the operation takes none, or an optional one was left out). */
export type BodyOf<Id extends OperationId> = operations[Id] extends { requestBody: { content: { "application/json": infer B } } }
  ? B
  : operations[Id] extends { requestBody?: { content: { "application/json": infer B } } }
    ? B | undefined
    : undefined;

type Responses<Id extends OperationId> = operations[Id]["responses"];
type SuccessStatus<Id extends OperationId> = Extract<keyof Responses<Id>, 200 | 201 | 204>;
type JsonOf<R> = R extends { content: { "application/json": infer B } } ? B : undefined;

/** A success the operation declares: a status and its body (none for 204). */
export type SuccessOf<Id extends OperationId> = {
  [S in SuccessStatus<Id>]: JsonOf<Responses<Id>[S]> extends undefined ? { status: S } : { status: S; body: JsonOf<Responses<Id>[S]> };
}[SuccessStatus<Id>];

/** A refusal, answered as a problem document. */
export interface Refusal {
  problem: "not-found" | "validation" | "bad-request" | "store-full" | "payload-too-large";
  detail: string;
  errors?: FieldErrors;
}

export type HandlerResult<Id extends OperationId> = SuccessOf<Id> | Refusal;

export interface OperationContext<Id extends OperationId> {
  path: PathOf<Id>;
  query: QueryOf<Id>;
  body: BodyOf<Id>;
  /** Bytes of the raw request body (0 without one). */
  bodyBytes: number;
  state: LeadState;
  /** The current time as an ISO 8601 string. */
  now(): string;
  /** Records one change of a lead: the timeline and the webhook sender both hear of it. */
  changed: LeadChangeRecorder;
}

/** The implementation of one operation. */
export type OperationHandler<Id extends OperationId> = (ctx: OperationContext<Id>) => HandlerResult<Id>;

/** One handler per operation of the contract. */
export type OperationHandlers = { readonly [Id in OperationId]: OperationHandler<Id> };

export function ok<B>(body: B): { status: 200; body: B } {
  return { status: 200, body };
}

export function created<B>(body: B): { status: 201; body: B } {
  return { status: 201, body };
}

export const noContent = { status: 204 } as const;

export function notFound(detail: string): Refusal {
  return { problem: "not-found", detail };
}

/** The store is at one of its limits (see `MockLimits`); nothing was stored. */
export function storeFull(detail: string): Refusal {
  return { problem: "store-full", detail };
}

/** The body is larger than the store keeps (see `MockLimits.maxLeadBytes`); nothing was stored. */
export function tooLarge(detail: string): Refusal {
  return { problem: "payload-too-large", detail };
}

/** A validation failure; also how a name already in use is refused (the contract declares 400, not 409). */
export function invalid(detail: string, errors: FieldErrors): Refusal {
  return { problem: "validation", detail, errors };
}

export function isRefusal<Id extends OperationId>(result: HandlerResult<Id>): result is Refusal {
  return "problem" in result;
}
