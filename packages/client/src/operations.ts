// Operations are named `"METHOD /path/{template}"`, which is also how errors
// quote them. Retry safety is per operation: the three creates are not
// idempotent, and the two lead creates are intake (source credentials).
import type { paths } from "@leadping/types";
import type { TransportOperation } from "./transport.js";

export type HttpMethod = "GET" | "PUT" | "POST" | "DELETE";

/** One operation of the contract, such as `"PUT /leads/{id}"`. */
export type OperationKey = `${HttpMethod} ${keyof paths}`;

const leadCreate: TransportOperation = { create: true, intake: true };
const policies: Record<string, TransportOperation> = {
  "POST /leads": leadCreate,
  "POST /leads/intake": leadCreate,
  "POST /tags": { create: true, intake: false },
};
const ordinary: TransportOperation = { create: false, intake: false };

/**
 * The policy of an operation, such as `"POST /leads"`. Only parameterless
 * paths are creates or intake, so the raw client can match a concrete request
 * path exactly and no id can be mistaken for one.
 */
export function policyFor(operation: string): TransportOperation {
  return policies[operation] ?? ordinary;
}
