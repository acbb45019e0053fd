// The contract compiled for serving: operations, router, request validators and, for
// strict mode, response validators. Compiled once per spec object and shared by every
// mock built from it, so starting another server is cheap.
import { type OperationDescriptor, describeOperations } from "./operations.js";
import { ParameterReader } from "./parameters.js";
import { ResponseChecker } from "./response-check.js";
import { Router } from "./router.js";
import { type OpenApiDocument, loadBundledSpec } from "./spec.js";
import { type SchemaCheck, SchemaCompiler } from "./validation.js";

export interface CompiledOperation {
  descriptor: OperationDescriptor;
  bodyCheck: SchemaCheck | null;
  pathParams: ParameterReader;
  queryParams: ParameterReader;
}

export interface CompiledContract {
  router: Router;
  operations: Map<OperationDescriptor, CompiledOperation>;
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
  const descriptors = describeOperations(spec);
  const compiler = new SchemaCompiler(spec);
  const operations = new Map<OperationDescriptor, CompiledOperation>();
  for (const descriptor of descriptors) {
    operations.set(descriptor, {
      descriptor,
      bodyCheck: descriptor.requestBody ? compiler.request(descriptor.requestBody.schema, "body") : null,
      pathParams: new ParameterReader(descriptor.pathParams, compiler),
      queryParams: new ParameterReader(descriptor.queryParams, compiler),
    });
  }
  let checker: ResponseChecker | undefined;
  const contract: CompiledContract = {
    router: new Router(descriptors),
    operations,
    responseChecker: () => (checker ??= new ResponseChecker(spec, descriptors, compiler)),
  };
  cache.set(spec, contract);
  return contract;
}
