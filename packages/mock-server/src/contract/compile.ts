// The contract compiled for serving: per operation of the generated operation index
// (@leadping/types), who may call it and its request validators; for strict mode, the
// response validators. Compiled once per spec object and shared by every mock built from
// it, so starting another server is cheap.
import { type IndexedOperation, type OperationFacts, type OperationKey, operationIndex, operationTable } from "@leadping/types";
import { ParameterReader } from "./parameters.js";
import { ResponseChecker } from "./response-check.js";
import { type JsonSchema, type OpenApiDocument, HTTP_METHODS, loadBundledSpec, schemaAt } from "./spec.js";
import { type SchemaCheck, SchemaCompiler } from "./validation.js";

/** Which credentials an operation accepts, as the operation table lists them. */
export type CredentialKind = "organization" | "source";

export interface CompiledOperation {
  /** Where the operation sits in the contract: key, operationId, method, path and pointers. */
  index: IndexedOperation;
  /** `null` when the operation takes no credentials. */
  credential: CredentialKind | null;
  body: { required: boolean; check: SchemaCheck } | null;
  pathParams: ParameterReader;
  queryParams: ParameterReader;
}

export interface CompiledContract {
  operations: ReadonlyMap<OperationKey, CompiledOperation>;
  /** Response validators, compiled on first use (strict mode only). */
  responseChecker(): ResponseChecker;
}

const cache = new WeakMap<OpenApiDocument, CompiledContract>();
let bundled: OpenApiDocument | undefined;

/** The bundled contract, read from disk once per process. Not to be mutated. */
export function bundledSpec(): OpenApiDocument {
  return (bundled ??= loadBundledSpec());
}

export function compileContract(spec: OpenApiDocument): CompiledContract {
  const hit = cache.get(spec);
  if (hit) return hit;
  checkAgainstIndex(spec);
  const compiler = new SchemaCompiler(spec);
  const operations = new Map<OperationKey, CompiledOperation>();
  for (const index of Object.values<IndexedOperation>(operationIndex)) {
    const params = (list: IndexedOperation["pathParams"]) =>
      list.map((p) => ({ name: p.name, required: p.required, schema: schemaAt(spec, p.schema) }));
    const facts: OperationFacts = operationTable[index.key];
    operations.set(index.key, {
      index,
      credential: facts.credentials === "none" ? null : facts.credentials,
      body: index.body ? { required: index.body.required, check: compiler.request(schemaAt(spec, index.body.schema), "body") } : null,
      pathParams: new ParameterReader(params(index.pathParams), compiler),
      queryParams: new ParameterReader(params(index.queryParams), compiler),
    });
  }
  let checker: ResponseChecker | undefined;
  const contract: CompiledContract = {
    operations,
    responseChecker: () => (checker ??= new ResponseChecker(spec, [...operations.values()], compiler)),
  };
  cache.set(spec, contract);
  return contract;
}

/**
 * The index is generated from the bundled contract; a served spec whose operations differ
 * from it would route to operations it does not have: refuse to start rather than guess.
 */
function checkAgainstIndex(spec: OpenApiDocument): void {
  const indexed: Readonly<Partial<Record<string, IndexedOperation>>> = operationIndex;
  let served = 0;
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const method of HTTP_METHODS) {
      const op = item[method] as { operationId?: string } | undefined;
      if (!op) continue;
      served++;
      const key = `${method.toUpperCase()} ${path}`;
      const row = indexed[key];
      if (!row)
        throw new Error(
          `${key} is not in the operation index of @leadping/types; the local API serves only operations the index lists (change spec/, then run pnpm generate)`,
        );
      if (op.operationId !== undefined && op.operationId !== row.operationId)
        throw new Error(
          `${key} has operationId ${op.operationId} in the served spec but ${row.operationId} in the operation index of @leadping/types`,
        );
    }
  }
  if (served !== Object.keys(indexed).length)
    throw new Error("The served spec lacks operations the operation index of @leadping/types lists");
}

export type { JsonSchema };
