// The handler registry is typed from the contract's `operations`: a missing handler, a handler of
// the wrong operation, or a body of the wrong shape does not compile.
import { describe, expectTypeOf, test } from "vitest";
import { type OperationContext, type OperationHandler, type OperationHandlers, created, ok } from "../../src/domain/operations/context.js";
import { operationHandlers } from "../../src/domain/operations/registry.js";

describe("operation handler types", () => {
  test("the registry holds one handler per operation of the contract", () => {
    expectTypeOf(operationHandlers).toEqualTypeOf<OperationHandlers>();
    const { Tags_Archive: _left, ...rest } = operationHandlers;
    // @ts-expect-error a registry without Tags_Archive is not a registry
    const missing: OperationHandlers = rest;
    void missing;
  });

  test("path, query and body are inferred from the operation", () => {
    expectTypeOf<OperationContext<"Leads_Update">["path"]>().toEqualTypeOf<{ id: string }>();
    expectTypeOf<OperationContext<"Leads_RemoveTag">["path"]>().toEqualTypeOf<{ id: string; tagId: string }>();
    expectTypeOf<OperationContext<"Tags_GetAllForCurrentOrganization">["query"]>().toHaveProperty("includeArchived");
    expectTypeOf<OperationContext<"Leads_Archive">["body"]>().toExtend<{ reason?: unknown } | undefined>();
    expectTypeOf<OperationContext<"Leads_Update">["body"]["contact"]>().not.toBeAny();
  });

  test("a handler must answer a status and body its operation declares", () => {
    const fine: OperationHandler<"Tags_Archive"> = () => ok(true);
    // @ts-expect-error Tags_Archive answers a boolean, not a string
    const wrongBody: OperationHandler<"Tags_Archive"> = () => ok("yes");
    // @ts-expect-error Tags_Archive declares 200, not 201
    const wrongStatus: OperationHandler<"Tags_Archive"> = () => created(true);
    // @ts-expect-error a lead path has `id`, not `leadId`
    const wrongParam: OperationHandler<"Leads_GetForCurrentUser"> = (ctx) => ok(ctx.path.leadId);
    // @ts-expect-error the tag list's handler cannot stand in for the lead list's
    const swapped: OperationHandlers["Leads_GetAllForCurrentUser"] = operationHandlers.Tags_GetAllForCurrentOrganization;
    void [fine, wrongBody, wrongStatus, wrongParam, swapped];
  });
});
