// Strict mode: checks every reply against the contract before it is sent.
import type { Reply } from "../http/problem.js";
import type { CompiledOperation } from "./compile.js";
import { type OpenApiDocument, type OpenApiOperation, type OpenApiResponse, resolveRef } from "./spec.js";
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
  private readonly byOperation = new Map<CompiledOperation, Map<number, { media: Map<string, SchemaCheck>; headers: readonly string[] }>>();

  constructor(spec: OpenApiDocument, operations: readonly CompiledOperation[], compiler: SchemaCompiler) {
    const problemSchema = spec.components?.schemas?.["ProblemDetails"];
    if (!problemSchema) throw new Error("The contract defines no ProblemDetails schema");
    this.problemCheck = compiler.response({ $ref: "#/components/schemas/ProblemDetails" });
    for (const op of operations) {
      const statuses = new Map<number, { media: Map<string, SchemaCheck>; headers: readonly string[] }>();
      // The served spec's responses (a test may serve a stricter spec than the bundled one the index was generated from).
      const served = spec.paths[op.index.path]?.[op.index.method.toLowerCase()] as OpenApiOperation | undefined;
      for (const [status, raw] of Object.entries(served?.responses ?? {})) {
        const response = resolveRef<OpenApiResponse>(spec, raw);
        const media = new Map<string, SchemaCheck>();
        for (const [type, { schema }] of Object.entries(response.content ?? {})) if (schema) media.set(type, compiler.response(schema));
        statuses.set(Number(status), { media, headers: Object.keys(response.headers ?? {}).map((h) => h.toLowerCase()) });
      }
      this.byOperation.set(op, statuses);
    }
  }

  /** A description of what is wrong with the reply, or `null` when it conforms. */
  violation(operation: CompiledOperation | null, reply: Reply): string | null {
    const mediaType = (reply.headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase();
    const declared = operation ? this.byOperation.get(operation)?.get(reply.status) : undefined;
    if (!operation || !declared) {
      if (operation && reply.fromHandler) return `status ${reply.status} is not declared for ${operation.index.operationId}`;
      if (reply.status < 400) return `status ${reply.status} is not declared`;
      if (mediaType !== "application/problem+json") return `content type ${mediaType || "(none)"} is not application/problem+json`;
      return describe(this.problemCheck(reply.payload));
    }
    for (const header of declared.headers) {
      if (reply.headers[header] === undefined) return `header ${header} is declared for status ${reply.status} but missing`;
    }
    if (declared.media.size === 0) return reply.payload === undefined ? null : `status ${reply.status} declares no body but one was sent`;
    const check = declared.media.get(mediaType);
    if (!check) return `content type ${mediaType || "(none)"} is not declared for status ${reply.status}`;
    return describe(check(reply.payload));
  }
}

function describe(errors: Record<string, string[]> | null): string | null {
  if (!errors) return null;
  return Object.entries(errors)
    .map(([field, messages]) => `${field}: ${messages.join("; ")}`)
    .join(", ");
}
