// The vocabulary of a contract diff: what changed, where, and what it costs clients.
import type { RuleId } from "./rules.js";

/** How a change affects existing clients. */
export type Severity = "breaking" | "warning" | "non-breaking";

/** The smallest semver bump of the `@leadping/*` group a change needs. */
export type Bump = "major" | "minor" | "patch";

/** Which way data flows through the schema a change sits in. */
export type Direction = "request" | "response";

/** One classified change between two versions of the contract. */
export interface Change {
  /** The rule that classified the change (see rules.ts). */
  rule: RuleId;
  severity: Severity;
  bump: Bump;
  /** JSON pointer of the changed node (in the new document when added, in the old one when removed). */
  pointer: string;
  /** Set for changes inside request or response schemas: the same edit is judged once per direction. */
  direction?: Direction;
  message: string;
  /** Operations whose request or response reach the change, e.g. `PUT /leads/{id}`. */
  operations: string[];
}

/** A JSON value as found in an OpenAPI document. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };
