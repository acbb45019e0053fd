// The contract's operations as the client sees them: the generated table of
// facts (credentials, create) and the types of each operation's inputs and
// result, inferred from `paths` so a resource mapped to the wrong operation
// does not compile.
import { defaultOperationPolicy, operationPolicies } from "@leadping/types";
import type { OperationKey, OperationPolicy, paths } from "@leadping/types";

export type { OperationKey };

type MethodOf<K extends string> = K extends `${infer M} ${string}` ? Lowercase<M> : never;
type PathOf<K extends string> = K extends `${string} ${infer P}` ? P & keyof paths : never;

/** The openapi-typescript operation object behind `"METHOD /path"`. */
export type OperationOf<K extends OperationKey> = paths[PathOf<K>][MethodOf<K> & keyof paths[PathOf<K>]];

type ParametersOf<K extends OperationKey> = OperationOf<K> extends { parameters: infer P } ? P : never;
/** Path parameters of an operation (`never` when it has none). */
export type PathParams<K extends OperationKey> = ParametersOf<K> extends { path: infer P } ? P : never;
/** Query parameters of an operation (`never` when it has none). */
export type QueryParams<K extends OperationKey> = ParametersOf<K> extends { query?: infer Q } ? Exclude<Q, undefined> : never;
/** The JSON request body of an operation (`never` when it takes none). */
export type RequestBody<K extends OperationKey> = [NonNullable<BodyField<K>>] extends [never]
  ? never
  : NonNullable<BodyField<K>> extends { content: { "application/json": infer B } }
    ? B | (undefined extends BodyField<K> ? undefined : never)
    : never;
type BodyField<K extends OperationKey> = OperationOf<K> extends { requestBody?: infer RB } ? RB : never;

type SuccessStatus = 200 | 201 | 202 | 203 | 204 | 206;
type ResponsesOf<K extends OperationKey> = OperationOf<K> extends { responses: infer R } ? R : never;
type JsonOf<R> = R extends { content: { "application/json": infer B } } ? B : undefined;
/** The parsed 2xx body of an operation (`undefined` for 204). */
export type OperationResult<K extends OperationKey> = JsonOf<ResponsesOf<K>[Extract<keyof ResponsesOf<K>, SuccessStatus>]>;

/** What a resource passes for one call: exactly the path parameters, query and body its operation takes. */
export type CallInput<K extends OperationKey> = ([PathParams<K>] extends [never] ? { path?: never } : { path: PathParams<K> }) &
  ([QueryParams<K>] extends [never] ? { query?: never } : { query?: QueryParams<K> }) &
  ([RequestBody<K>] extends [never] ? { body?: never } : { body: RequestBody<K> });

/** An operation's method, path template (such as `/leads/{id}`, which names the call in logs and spans) and policy. */
export interface OperationFacts {
  method: string;
  path: string;
  policy: OperationPolicy;
}

/**
 * The facts of `"METHOD /path/{template}"`; its credentials and create flag come
 * from the generated operation table: the schema path decides, never the final URL.
 */
export function factsOf(operation: string): OperationFacts {
  const space = operation.indexOf(" ");
  const policy = (operationPolicies as Partial<Record<string, OperationPolicy>>)[operation] ?? defaultOperationPolicy;
  return { method: operation.slice(0, space), path: operation.slice(space + 1), policy };
}
