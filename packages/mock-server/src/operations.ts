// Turns the contract's paths into flat operation descriptors: method, path
// template, parameters, body, responses and who may call it.
import { type JsonSchema, type OpenApiDocument, type OpenApiOperation, type OpenApiParameter, resolveRef } from "./spec.js";

const HTTP_METHODS = ["get", "put", "post", "delete", "patch", "head", "options", "trace"] as const;

/** Which credentials an operation accepts, derived from its `security` requirements. */
export type CredentialKind = "organization" | "source";

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
  /** Alternatives, each a set of scheme names that must all be satisfied. Empty = no auth. */
  security: string[][];
  credential: CredentialKind | null;
}

/** Lists every operation of the contract. */
export function describeOperations(spec: OpenApiDocument): OperationDescriptor[] {
  const schemes = spec.components?.securitySchemes ?? {};
  const out: OperationDescriptor[] = [];
  for (const [pathTemplate, item] of Object.entries(spec.paths)) {
    const shared = (item.parameters ?? []).map((p) => resolveRef<OpenApiParameter>(spec, p));
    for (const method of HTTP_METHODS) {
      const op = item[method] as OpenApiOperation | undefined;
      if (!op) continue;
      const params = mergeParameters(shared, (op.parameters ?? []).map((p) => resolveRef<OpenApiParameter>(spec, p)));
      const security = (op.security ?? spec.security ?? []).map((alt) => Object.keys(alt));
      const bodyMedia = op.requestBody?.content?.["application/json"];
      out.push({
        operationId: op.operationId ?? `${method.toUpperCase()} ${pathTemplate}`,
        method: method.toUpperCase(),
        pathTemplate,
        pathParams: params.filter((p) => p.in === "path").map(toDescriptor),
        queryParams: params.filter((p) => p.in === "query").map(toDescriptor),
        requestBody: bodyMedia?.schema ? { required: op.requestBody?.required === true, schema: bodyMedia.schema } : null,
        responses: describeResponses(spec, op),
        security,
        credential: credentialKind(security, schemes),
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
 * Organization operations accept a plain bearer token; intake operations accept only
 * source credentials (a source bearer key or the source id/key header pair). The spec
 * tells them apart by scheme: any alternative naming an apiKey header scheme, or a bearer
 * scheme other than the organization one, marks the operation as a source (intake) route.
 */
function credentialKind(
  security: string[][],
  schemes: NonNullable<NonNullable<OpenApiDocument["components"]>["securitySchemes"]>,
): CredentialKind | null {
  if (security.length === 0 || security.every((alt) => alt.length === 0)) return null;
  const names = security.flat();
  const usesApiKeyHeaders = names.some((n) => schemes[n]?.type === "apiKey");
  const usesOrganizationBearer = names.includes(ORGANIZATION_SCHEME);
  return usesApiKeyHeaders || !usesOrganizationBearer ? "source" : "organization";
}

/** Name of the organization bearer scheme in the contract's `securitySchemes`. */
export const ORGANIZATION_SCHEME = "Bearer";
