// Strict mode: checks every reply against the contract before it is sent.
import type { OperationDescriptor } from "./operations.js";
import type { Reply } from "./problem.js";
import type { OpenApiDocument } from "./spec.js";
import type { SchemaCheck, SchemaCompiler } from "./validation.js";

/**
 * Replies made before the operation's handler ran (routing, size, media type, request
 * validation, injected faults) are protocol-level: the contract cannot list them for every
 * operation, so they need only be ProblemDetails with an error status. Replies from the
 * handler must use a status, media type and schema the operation declares.
 */
/** Validates replies against the response schemas of their operation. */
export class ResponseChecker {
  private readonly problemCheck: SchemaCheck;
  private readonly byOperation = new Map<OperationDescriptor, Map<number, Map<string, SchemaCheck | null>>>();

  constructor(spec: OpenApiDocument, operations: readonly OperationDescriptor[], compiler: SchemaCompiler) {
    const problemSchema = spec.components?.schemas?.["ProblemDetails"];
    if (!problemSchema) throw new Error("The contract defines no ProblemDetails schema");
    this.problemCheck = compiler.response({ $ref: "#/components/schemas/ProblemDetails" });
    for (const op of operations) {
      const statuses = new Map<number, Map<string, SchemaCheck | null>>();
      for (const [status, response] of op.responses) {
        const media = new Map<string, SchemaCheck | null>();
        for (const [type, schema] of Object.entries(response.content)) media.set(type, schema ? compiler.response(schema) : null);
        statuses.set(status, media);
      }
      this.byOperation.set(op, statuses);
    }
  }

  /** A description of what is wrong with the reply, or `null` when it conforms. */
  violation(operation: OperationDescriptor | null, reply: Reply): string | null {
    const mediaType = (reply.headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase();
    const declared = operation ? this.byOperation.get(operation)?.get(reply.status) : undefined;
    if (!operation || !declared) {
      if (operation && reply.fromHandler) return `status ${reply.status} is not declared for ${operation.operationId}`;
      if (reply.status < 400) return `status ${reply.status} is not declared`;
      if (mediaType !== "application/problem+json") return `content type ${mediaType || "(none)"} is not application/problem+json`;
      return describe(this.problemCheck(reply.payload));
    }
    const declaredResponse = operation.responses.get(reply.status)!;
    for (const header of declaredResponse.headers) {
      if (reply.headers[header] === undefined) return `header ${header} is declared for status ${reply.status} but missing`;
    }
    if (declared.size === 0) return reply.payload === undefined ? null : `status ${reply.status} declares no body but one was sent`;
    if (!declared.has(mediaType)) return `content type ${mediaType || "(none)"} is not declared for status ${reply.status}`;
    const check = declared.get(mediaType);
    return check ? describe(check(reply.payload)) : null;
  }
}

function describe(errors: Record<string, string[]> | null): string | null {
  if (!errors) return null;
  return Object.entries(errors)
    .map(([field, messages]) => `${field}: ${messages.join("; ")}`)
    .join(", ");
}
