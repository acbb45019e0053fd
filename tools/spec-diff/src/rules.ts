// Every classification rule of the differ, with its severity and the bump it requires.
// The table is the single place that decides what "breaking" means; the walkers only pick a rule.
import type { Bump, Severity } from "./types.js";

interface RuleSpec {
  severity: Severity;
  bump: Bump;
  summary: string;
}

const breaking = (summary: string): RuleSpec => ({ severity: "breaking", bump: "major", summary });
const warning = (summary: string): RuleSpec => ({ severity: "warning", bump: "minor", summary });
const addition = (summary: string): RuleSpec => ({ severity: "non-breaking", bump: "minor", summary });
const docs = (summary: string): RuleSpec => ({ severity: "non-breaking", bump: "patch", summary });

export const rules = {
  // Operations and paths
  "operation-removed": breaking("an operation (path + method) was removed or its path renamed"),
  "operation-id-changed": breaking("an operationId was renamed or removed"),
  "operation-added": addition("a new operation"),
  "operation-deprecated": addition("an operation was marked deprecated"),
  "security-requirement-added": breaking("an operation now needs credentials it did not need before"),
  "security-requirement-removed": addition("an operation accepts fewer credentials than before"),
  "security-scheme-added": addition("a new security scheme"),
  "security-scheme-changed": breaking("a security scheme was removed or changed how credentials are sent"),
  "server-removed": breaking("a server URL was removed (clients using it as their base URL break)"),
  "server-added": addition("a new server URL"),
  "webhook-removed": breaking("a webhook (event sent to clients) was removed"),
  "webhook-added": addition("a new webhook"),
  // Parameters
  "parameter-removed": breaking("a parameter was removed or renamed"),
  "parameter-became-required": breaking("an optional parameter became required"),
  "parameter-added-required": breaking("a new required parameter"),
  "parameter-added": addition("a new optional parameter"),
  "parameter-became-optional": addition("a required parameter became optional"),
  "parameter-serialization-changed": breaking("a parameter's style or explode changed"),
  // Request bodies
  "request-body-added-required": breaking("a required request body was added"),
  "request-body-became-required": breaking("an optional request body became required"),
  "request-body-removed": breaking("the request body was removed"),
  "request-body-added": addition("an optional request body was added"),
  "request-body-became-optional": addition("a required request body became optional"),
  "request-media-type-removed": breaking("a request content type is no longer accepted"),
  "request-media-type-added": addition("a new request content type is accepted"),
  "request-property-added-required": breaking("a new required request field"),
  "request-property-became-required": breaking("an optional request field became required"),
  "request-property-removed": breaking("a request field was removed (typed clients that send it no longer compile)"),
  "request-property-added": addition("a new optional request field"),
  "request-property-became-optional": addition("a required request field became optional"),
  "request-type-narrowed": breaking("a request field accepts fewer types"),
  "request-type-widened": addition("a request field accepts more types"),
  "request-nullable-removed": breaking("a nullable request field became non-nullable"),
  "request-nullable-added": addition("a request field became nullable"),
  "request-enum-value-removed": breaking("a request enum value was removed"),
  "request-enum-added": breaking("a request field was restricted to an enum"),
  "request-enum-value-added": addition("a request enum value was added"),
  "request-enum-removed": addition("a request field is no longer restricted to an enum"),
  "request-constraint-narrowed": breaking("a request constraint was tightened (maxLength lowered, minimum raised, pattern added, ...)"),
  "request-constraint-widened": addition("a request constraint was relaxed"),
  "request-format-added": breaking("a request field gained a format"),
  "request-format-removed": addition("a request field lost its format (accepts more)"),
  // Responses
  "success-status-changed": breaking("an operation's success status codes changed"),
  "error-response-added": addition("a new error response"),
  "error-response-removed": addition("an error response is no longer documented"),
  "response-media-type-removed": breaking("a success response content type was removed"),
  "response-media-type-added": addition("a new response content type"),
  "response-body-removed": breaking("a success response no longer has a body"),
  "response-header-removed": breaking("a response header was removed"),
  "response-header-added": addition("a new response header"),
  "response-header-became-optional": breaking("a required response header became optional (clients reading it may get nothing)"),
  "response-header-became-required": addition("an optional response header is now always sent"),
  "response-property-removed": breaking("a response field was removed"),
  "response-property-became-optional": breaking("a required response field became optional (typed clients read `T | undefined`)"),
  "response-property-added": addition("a new response field"),
  "response-property-became-required": addition("an optional response field is now always present"),
  "response-type-widened": breaking("a response field can hold more types than typed clients read"),
  "response-type-narrowed": addition("a response field holds fewer types"),
  "response-nullable-added": breaking("a non-nullable response field became nullable"),
  "response-nullable-removed": addition("a nullable response field is never null now"),
  "response-enum-value-added": warning("a new response enum value: clients without a fallback for unknown values break"),
  "response-enum-removed": breaking("a response field is no longer restricted to an enum"),
  "response-enum-value-removed": addition("a response enum value is no longer sent"),
  "response-enum-added": addition("a response field was restricted to an enum"),
  "response-constraint-widened": breaking(
    "a response constraint was relaxed (minLength lowered, maxLength raised or removed, ...): clients validating responses reject the new values",
  ),
  "response-constraint-narrowed": addition("a response constraint was tightened"),
  "response-format-added": addition("a response field gained a format"),
  "response-format-removed": breaking("a response field lost its format"),
  // Both directions
  "type-changed": breaking("a field's type changed"),
  "format-changed": breaking("a field's format changed"),
  "const-changed": breaking("a field's constant value changed (a different literal for every client)"),
  "constraint-changed": breaking("a `not` or `if` subschema changed: it can narrow and widen at once"),
  "default-changed": warning("a default value changed: clients that omit the field get a different behaviour"),
  "schema-removed": breaking("a named schema was removed or renamed (typed clients import it from @leadping/types)"),
  "schema-added": addition("a new named schema"),
  "type-test-failed": breaking("a type test of the last release no longer compiles against the new types"),
  // Everything else
  "doc-changed": docs("a description, summary, example or other documentation changed"),
  "request-unclassified-change": breaking(
    "a change on the request side that no rule explains: breaking until a rule says otherwise (fail-safe)",
  ),
  "other-change": warning("a change outside requests that no rule explains: review it"),
} as const satisfies Record<string, RuleSpec>;

export type RuleId = keyof typeof rules;

/** Rank of a bump, so bumps can be compared (`none` < patch < minor < major). */
export const bumpRank = { none: 0, patch: 1, minor: 2, major: 3 } as const;

/** The larger of two bumps. */
export function maxBump<A extends keyof typeof bumpRank, B extends keyof typeof bumpRank>(a: A, b: B): A | B {
  return bumpRank[a] >= bumpRank[b] ? a : b;
}
