// The operation key types a call: a resource mapped to the wrong operation,
// declared with the wrong result, or given the wrong inputs does not compile.
import type { LeadRequest, LeadResponse, LeadStatusChangeResponse, TagResponse } from "@leadping/types";
import { describe, expectTypeOf, it } from "vitest";
import { call } from "../../src/call.js";
import type { ClientContext } from "../../src/context.js";
import type { CallInput, OperationResult, RequestBody } from "../../src/operations.js";
import type { RequestOptions } from "../../src/options.js";
import type { LeadpingPromise } from "../../src/call.js";

declare const context: ClientContext;

describe("call", () => {
  it("infers the result from the operation", () => {
    expectTypeOf(call(context, "GET /leads/{id}", { path: { id: "a" } })).toEqualTypeOf<LeadpingPromise<LeadResponse>>();
    expectTypeOf(call(context, "GET /tags", {})).toEqualTypeOf<LeadpingPromise<TagResponse[]>>();
    expectTypeOf(call(context, "GET /leads/{leadId}/status-history", { path: { leadId: "a" } })).toEqualTypeOf<
      LeadpingPromise<LeadStatusChangeResponse[]>
    >();
    expectTypeOf<OperationResult<"DELETE /leads/{id}">>().toEqualTypeOf<undefined>();
    expectTypeOf<RequestBody<"PUT /leads/{id}">>().toEqualTypeOf<LeadRequest>();
  });

  it("a resource method mapped to the wrong operation does not compile", () => {
    // Declared like a resource method: get a lead by id.
    type GetLead = (id: string, options?: RequestOptions) => Promise<LeadResponse>;
    const right: GetLead = (id, options) => call(context, "GET /leads/{id}", { path: { id } }, options);
    // @ts-expect-error GET /tags answers TagResponse[], not a lead
    const wrongOperation: GetLead = (_id, options) => call(context, "GET /tags", {}, options);
    // @ts-expect-error PUT /tags/{id} answers a TagResponse
    const wrongTarget: GetLead = (id, options) => call(context, "PUT /tags/{id}", { path: { id }, body: { name: "x" } }, options);
    void [right, wrongOperation, wrongTarget];
  });

  it("a result declared with the wrong type does not compile", () => {
    // @ts-expect-error GET /leads/{id} answers a LeadResponse, not a TagResponse
    const tag: Promise<TagResponse> = call(context, "GET /leads/{id}", { path: { id: "a" } });
    void tag;
  });

  it("refuses keys that are not operations of the contract", () => {
    // @ts-expect-error the lead list is POST, not DELETE
    void call(context, "DELETE /leads/all/my", {});
    // @ts-expect-error no such path
    void call(context, "GET /leads/{id}/nope", { path: { id: "a" } });
  });

  it("refuses wrong inputs", () => {
    // @ts-expect-error the path parameter is id, not leadId
    void call(context, "GET /leads/{id}", { path: { leadId: "a" } });
    // @ts-expect-error a missing path parameter
    void call(context, "GET /leads/{id}", {});
    // @ts-expect-error tagIds are strings
    void call(context, "PUT /leads/{id}", { path: { id: "a" }, body: { tagIds: [1] } });
    // @ts-expect-error GET /leads/{id} takes no body
    void call(context, "GET /leads/{id}", { path: { id: "a" }, body: {} });
    // @ts-expect-error includeArchived is a boolean
    void call(context, "GET /tags", { query: { includeArchived: "yes" } });
    expectTypeOf<CallInput<"GET /tags">>().toEqualTypeOf<{ path?: never } & { query?: { includeArchived?: boolean } } & { body?: never }>();
  });
});
