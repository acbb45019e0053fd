// Turns the contract's paths into flat operation descriptors: method, path template,
// parameters, body and responses from the spec; who may call it and whether it is a
// create from the operation table generated into @leadping/types, the one table the
// client, the local API and the playground all read.
import { type OperationFacts, operationTable } from "@leadping/types";
import { type JsonSchema, type OpenApiDocument, type OpenApiOperation, type OpenApiParameter, resolveRef } from "./spec.js";

const HTTP_METHODS = ["get", "put", "post", "delete", "patch", "head", "options", "trace"] as const;

/** Which credentials an operation accepts, as the operation table lists them. */
export type CredentialKind = "organization" | "source";

/** The generated table, widened to look operations up by a key read from a spec. */
const facts: Readonly<Partial<Record<string, OperationFacts>>> = operationTable;

export interface ParameterDescriptor {
  name: string;
  required: boolean;
  schema: JsonSchema;
}

export interface ResponseDescriptor {
  /** Media type → schema; empty for bodiless responses such as 204. */
  content: Record<string, JsonSchema | undefined>;
  /** Names of the headers the response declares, lower-cased. */
  headers: string[];
}

export interface OperationDescriptor {
  operationId: string;
  method: string;
  pathTemplate: string;
  pathParams: ParameterDescriptor[];
  queryParams: ParameterDescriptor[];
  requestBody: { required: boolean; schema: JsonSchema } | null;
  responses: Map<number, ResponseDescriptor>;
  /** The operation's row of the generated operation table. */
  facts: OperationFacts;
  /** `null` when the operation takes no credentials. */
  credential: CredentialKind | null;
}

/** Lists every operation of the contract. */
export function describeOperations(spec: OpenApiDocument): OperationDescriptor[] {
  const out: OperationDescriptor[] = [];
  for (const [pathTemplate, item] of Object.entries(spec.paths)) {
    const shared = (item.parameters ?? []).map((p) => resolveRef<OpenApiParameter>(spec, p));
    for (const method of HTTP_METHODS) {
      const op = item[method] as OpenApiOperation | undefined;
      if (!op) continue;
      const params = mergeParameters(
        shared,
        (op.parameters ?? []).map((p) => resolveRef<OpenApiParameter>(spec, p)),
      );
      const row = factsOf(method.toUpperCase(), pathTemplate, op.operationId);
      const bodyMedia = op.requestBody?.content?.["application/json"];
      out.push({
        operationId: row.operationId,
        method: method.toUpperCase(),
        pathTemplate,
        pathParams: params.filter((p) => p.in === "path").map(toDescriptor),
        queryParams: params.filter((p) => p.in === "query").map(toDescriptor),
        requestBody: bodyMedia?.schema ? { required: op.requestBody?.required === true, schema: bodyMedia.schema } : null,
        responses: describeResponses(spec, op),
        facts: row,
        credential: row.credentials === "none" ? null : row.credentials,
      });
    }
  }
  return out;
}

function mergeParameters(shared: OpenApiParameter[], own: OpenApiParameter[]): OpenApiParameter[] {
  const key = (p: OpenApiParameter) => `${p.in}:${p.name}`;
  const byKey = new Map(shared.map((p) => [key(p), p]));
  for (const p of own) byKey.set(key(p), p);
  return [...byKey.values()];
}

function toDescriptor(p: OpenApiParameter): ParameterDescriptor {
  return { name: p.name, required: p.required === true || p.in === "path", schema: p.schema ?? {} };
}

function describeResponses(spec: OpenApiDocument, op: OpenApiOperation): Map<number, ResponseDescriptor> {
  const map = new Map<number, ResponseDescriptor>();
  for (const [status, raw] of Object.entries(op.responses ?? {})) {
    const response = resolveRef(spec, raw);
    const content: Record<string, JsonSchema | undefined> = {};
    for (const [mediaType, media] of Object.entries(response.content ?? {})) content[mediaType] = media.schema;
    map.set(Number(status), { content, headers: Object.keys(response.headers ?? {}).map((h) => h.toLowerCase()) });
  }
  return map;
}

/**
 * The table row of one operation. The table is generated from the same bundled contract,
 * so a miss means the served spec and the table drifted apart: refuse to start rather than
 * guess the operation's credentials.
 */
function factsOf(method: string, pathTemplate: string, operationId: string | undefined): OperationFacts {
  const key = `${method} ${pathTemplate}`;
  const row = facts[key];
  if (!row)
    throw new Error(
      `${key} is not in the operation table of @leadping/types; the local API serves only operations the table lists (change spec/, then run pnpm generate)`,
    );
  if (operationId !== undefined && operationId !== row.operationId) {
    throw new Error(
      `${key} has operationId ${operationId} in the served spec but ${row.operationId} in the operation table of @leadping/types`,
    );
  }
  return row;
}
