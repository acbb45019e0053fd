// Reads a JSON request body: media type, UTF-8, JSON syntax, then the contract's schema.
import type { MockRequest } from "../http/exchange.js";
import { tooDeepAt } from "./json-depth.js";
import type { FieldErrors, SchemaCheck } from "./validation.js";

export type BodyResult =
  | { kind: "ok"; value: unknown }
  | { kind: "problem"; problem: "validation" | "malformed-json" | "unsupported-media-type"; detail: string; errors?: FieldErrors };

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** True for `application/json` and `application/<anything>+json`, parameters allowed. */
export function isJsonMediaType(contentType: string | undefined): boolean {
  if (!contentType) return false;
  const type = contentType.split(";")[0]!.trim().toLowerCase();
  return type === "application/json" || (type.startsWith("application/") && type.endsWith("+json"));
}

/** Parses and checks the body; one nested deeper than `maxJsonDepth` is refused before the schema walks it. */
export function readJsonBody(request: MockRequest, required: boolean, check: SchemaCheck, maxJsonDepth: number): BodyResult {
  if (request.body === null || request.body.byteLength === 0) {
    if (!required) return { kind: "ok", value: undefined };
    return {
      kind: "problem",
      problem: "validation",
      detail: "This operation needs a JSON request body.",
      errors: { body: ["is required"] },
    };
  }
  if (!isJsonMediaType(request.header("content-type"))) {
    return { kind: "problem", problem: "unsupported-media-type", detail: "Send the body as application/json." };
  }
  let value: unknown;
  try {
    value = JSON.parse(utf8.decode(request.body));
  } catch (error) {
    const reason = error instanceof SyntaxError ? error.message : "the body is not valid UTF-8";
    return { kind: "problem", problem: "malformed-json", detail: `The body could not be parsed: ${reason}` };
  }
  const tooDeep = tooDeepAt(value, maxJsonDepth);
  if (tooDeep !== null) {
    return {
      kind: "problem",
      problem: "validation",
      detail: `The body nests deeper than ${maxJsonDepth} levels.`,
      errors: { [tooDeep]: [`is nested deeper than ${maxJsonDepth} levels`] },
    };
  }
  const errors = check(value);
  if (errors) return { kind: "problem", problem: "validation", detail: "The request body does not match the contract.", errors };
  return { kind: "ok", value };
}
