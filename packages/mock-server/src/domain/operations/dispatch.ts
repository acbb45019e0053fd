// Runs the handler of one operation on input the contract layer has validated.
import type { ValidatedInput } from "../../contract/read-request.js";
import type { LeadChangeRecorder } from "../lead-changes.js";
import type { LeadState } from "../store.js";
import type { HandlerResult, OperationContext, OperationHandler, OperationId } from "./context.js";
import { operationHandlers } from "./registry.js";

export interface DispatchEnvironment {
  state: LeadState;
  now: () => string;
  changed: LeadChangeRecorder;
}

/**
 * The one place where validated input meets the handler types: `input` passed the schemas of
 * `operationId` (ajv, compiled from the same contract `operations` is generated from), which is
 * what `OperationContext<Id>` describes; TypeScript cannot follow a run-time check that far.
 */
export function runOperation(
  operationId: OperationId,
  input: ValidatedInput,
  bodyBytes: number,
  env: DispatchEnvironment,
): HandlerResult<OperationId> {
  const handler = operationHandlers[operationId] as OperationHandler<OperationId>;
  const context = { ...input, bodyBytes, state: env.state, now: env.now, changed: env.changed } as OperationContext<OperationId>;
  return handler(context);
}
