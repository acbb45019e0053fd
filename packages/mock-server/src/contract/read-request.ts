// Reads a routed request as its operation declares it: path and query parameters coerced and
// validated, the JSON body parsed and validated. What comes back conforms to the contract.
import type { MockRequest } from "../http/exchange.js";
import { type Reply, problemReply } from "../http/problem.js";
import type { CompiledOperation } from "./compile.js";
import { readJsonBody } from "./json-body.js";

/** The request's parameters and body, checked against the contract. */
export interface ValidatedInput {
  path: Record<string, unknown>;
  query: Record<string, unknown>;
  body: unknown;
}

export function readValidatedInput(
  op: CompiledOperation,
  params: Record<string, string>,
  request: MockRequest,
  maxJsonDepth: number,
): ValidatedInput | Reply {
  const instance = request.pathname;
  const path = op.pathParams.read((name) => (params[name] === undefined ? [] : [params[name]]));
  if ("errors" in path) return problemReply("validation", { detail: "A path parameter is invalid.", instance, errors: path.errors });
  let query: Record<string, unknown> = {};
  if (!op.queryParams.isEmpty) {
    const search = new URLSearchParams(request.search);
    const read = op.queryParams.read((name) => search.getAll(name));
    if ("errors" in read) return problemReply("validation", { detail: "A query parameter is invalid.", instance, errors: read.errors });
    query = read.values;
  }
  let body: unknown = undefined;
  if (op.body) {
    const parsed = readJsonBody(request, op.body.required, op.body.check, maxJsonDepth);
    if (parsed.kind === "problem")
      return problemReply(parsed.problem, { detail: parsed.detail, instance, ...(parsed.errors ? { errors: parsed.errors } : {}) });
    body = parsed.value;
  }
  return { path: path.values, query, body };
}
