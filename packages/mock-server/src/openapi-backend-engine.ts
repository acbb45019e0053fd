// PROTOTYPE (issue 9 evaluation, not for merge as is): routing, request validation and
// response checking by openapi-backend instead of router.ts, parameters.ts and the
// descriptors' $ref handling. Selected with LEADPING_MOCK_ENGINE=openapi-backend so the
// bench can run it next to the hand-written router in the same run.
import { Ajv2020 } from "ajv/dist/2020.js";
import { addContractFormats } from "./formats.js";
import { OpenAPIBackend, type Operation, ValidationContext } from "openapi-backend";
import type { OperationDescriptor } from "./operations.js";
import type { OpenApiDocument } from "./spec.js";
import { type FieldErrors, toFieldErrors } from "./validation.js";

export type EngineMatch =
  | { kind: "found"; operation: OperationDescriptor; backendOperation: Operation; params: Record<string, string> }
  | { kind: "not-found" }
  | { kind: "method-not-allowed"; allow: string[] };

export class OpenApiBackendEngine {
  private readonly api: OpenAPIBackend;
  private readonly byOperationId: Map<string, OperationDescriptor>;

  constructor(spec: OpenApiDocument, descriptors: readonly OperationDescriptor[]) {
    this.byOperationId = new Map(descriptors.map((d) => [d.operationId, d]));
    // quick: dereference synchronously and compile validators on first use (init() stays synchronous).
    this.api = new OpenAPIBackend({
      definition: structuredClone(spec) as never,
      quick: true,
      validate: true,
      coerceTypes: true,
      customizeAjv: (_ajv, _opts, context) => {
        const ajv = new Ajv2020({ allErrors: true, strict: false, useDefaults: context !== ValidationContext.Response, coerceTypes: context === ValidationContext.Params });
        addContractFormats(ajv);
        return ajv;
      },
    });
    void this.api.init();
    // Best case for the library: its router rebuilds the operation list (lodash chains) on
    // every getOperations() call, several times per request; serve a list built once.
    const operations = this.api.router.getOperations();
    this.api.router.getOperations = () => operations;
    this.backendById = new Map(operations.map((o) => [o.operationId ?? "", o]));
  }

  private readonly backendById: Map<string, Operation>;

  match(method: string, pathname: string): EngineMatch {
    const request = { method, path: pathname, headers: {} };
    const backendOperation = this.api.router.matchOperation(request);
    if (!backendOperation) {
      try {
        this.api.router.matchOperation(request, true);
      } catch (error) {
        if (error instanceof Error && error.message.startsWith("405")) return { kind: "method-not-allowed", allow: [] };
      }
      return { kind: "not-found" };
    }
    const operation = this.byOperationId.get(backendOperation.operationId ?? "");
    if (!operation) return { kind: "not-found" };
    return { kind: "found", operation, backendOperation, params: {} };
  }

  /** Path and query values (coerced, defaulted) or field errors; `body` is the parsed JSON body. */
  validate(
    match: Extract<EngineMatch, { kind: "found" }>,
    pathname: string,
    search: string,
    contentType: string | undefined,
    body: unknown,
  ): { params: Record<string, string>; query: Record<string, unknown> } | { errors: FieldErrors; where: "body" | "parameters" } {
    const headers: Record<string, string> = contentType ? { "content-type": contentType } : {};
    const result = this.api.validator.validateRequest({ method: match.operation.method, path: pathname, query: search, headers, body: body as never }, match.backendOperation);
    if (result.errors) {
      const inBody = result.errors.some((e) => e.instancePath.startsWith("/requestBody") || e.params["missingProperty"] === "requestBody");
      const errors = result.errors.map((e) => ({ ...e, instancePath: e.instancePath.replace(/^\/(requestBody|path|query)/, "") }));
      return { errors: toFieldErrors(errors, inBody ? "body" : "parameters"), where: inBody ? "body" : "parameters" };
    }
    const coerced = result.coerced as { params?: Record<string, string>; query?: Record<string, unknown> };
    return { params: coerced.params ?? {}, query: coerced.query ?? {} };
  }

  /** Strict mode: `null` when the payload matches the operation's schema for this status. */
  responseViolation(operation: OperationDescriptor, status: number, payload: unknown): string | null {
    const result = this.api.validator.validateResponse(payload, this.backendById.get(operation.operationId)!, status);
    if (!result.errors) return null;
    return Object.entries(toFieldErrors(result.errors, "body"))
      .map(([field, messages]) => `${field}: ${messages.join("; ")}`)
      .join(", ");
  }
}
