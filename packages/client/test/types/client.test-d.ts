// What must and must not compile against the public API.
import type { LeadPage, LeadResponse, LeadStatusChangeResponse, LeadTableRow, TagResponse } from "@leadping/types";
import { assertType, describe, expectTypeOf, it } from "vitest";
import {
  AuthenticationError,
  LeadpingApiError,
  LeadpingConnectionError,
  LeadpingError,
  LeadpingTimeoutError,
  RateLimitError,
  createLeadpingClient,
} from "../../src/index.js";
import type { LeadpingClient, LeadListParams, LeadpingPromise } from "../../src/index.js";
import { wholeLead } from "../helpers/fixtures.js";

declare const lp: LeadpingClient;

describe("resource methods", () => {
  it("return the contract's response types", () => {
    expectTypeOf(lp.leads.update("id", wholeLead())).toEqualTypeOf<LeadpingPromise<LeadResponse>>();
    expectTypeOf(lp.leads.get("id")).toEqualTypeOf<LeadpingPromise<LeadResponse>>();
    expectTypeOf(lp.leads.delete("id")).toEqualTypeOf<LeadpingPromise<void>>();
    expectTypeOf(lp.leads.list()).toEqualTypeOf<LeadpingPromise<LeadPage>>();
    expectTypeOf(lp.leads.status.history("id")).toEqualTypeOf<LeadpingPromise<LeadStatusChangeResponse[]>>();
    expectTypeOf(lp.tags.list()).toEqualTypeOf<LeadpingPromise<TagResponse[]>>();
    expectTypeOf(lp.tags.archive("t")).toEqualTypeOf<LeadpingPromise<boolean>>();
  });

  it("listAll yields typed list rows", async () => {
    for await (const row of lp.leads.listAll({ pageSize: 50, tagIds: ["hot"] })) {
      expectTypeOf(row).toEqualTypeOf<LeadTableRow>();
      expectTypeOf(row.id).toBeString();
    }
  });

  it("reject wrong bodies", () => {
    // @ts-expect-error enabled is boolean | null
    void lp.leads.update("id", wholeLead({ enabled: "yes" }));
    // @ts-expect-error unknown field on a lead
    void lp.leads.create(wholeLead({ nickname: "x" }));
    // @ts-expect-error outcome and type are required
    void lp.leads.status.set("id", { notes: "n" });
    // @ts-expect-error LeadTagsRequest requires tagIds, tagNames and createMissing
    void lp.leads.tags.add("id", { tagIds: ["a"] });
    // @ts-expect-error archiveFilter is an enum
    void lp.leads.list({ archiveFilter: "deleted" });
    // @ts-expect-error pageSize is a number
    void lp.leads.listAll({ pageSize: "10" });
    // @ts-expect-error unknown list parameter
    void lp.leads.list({ sortBy: "name" });
  });

  it("require path parameters", () => {
    // @ts-expect-error the lead id is missing
    void lp.leads.get();
    // @ts-expect-error the tag id is missing
    void lp.leads.tags.remove("lead_1");
    // @ts-expect-error the body is missing
    void lp.leads.update("lead_1");
    // @ts-expect-error ids are strings
    void lp.leads.get(42);
  });

  it("take the per-call options last", () => {
    void lp.leads.get("id", { signal: AbortSignal.timeout(1), timeoutMs: 5, maxRetries: 0, headers: { "x-a": "b" } });
    void lp.leads.archive("id", undefined, { maxRetries: 1 });
    // @ts-expect-error unknown call option
    void lp.leads.get("id", { retries: 3 });
  });
});

describe("lp.raw", () => {
  it("is openapi-fetch typed with the contract", async () => {
    const { data } = await lp.raw.GET("/leads/{id}", { params: { path: { id: "x" } } });
    expectTypeOf(data).toEqualTypeOf<LeadResponse | undefined>();
    // @ts-expect-error the path parameter is missing
    void lp.raw.GET("/leads/{id}", {});
    // @ts-expect-error unknown path
    void lp.raw.GET("/leads/{id}/nope", { params: { path: { id: "x" } } });
    // @ts-expect-error wrong body
    void lp.raw.PUT("/tags/{id}", { params: { path: { id: "x" } }, body: { name: 1 } });
  });
});

describe("options", () => {
  it("accept credentials as strings or (async) functions", () => {
    createLeadpingClient({ apiKey: "sk", sourceKey: () => Promise.resolve("k"), sourceId: "s" });
    createLeadpingClient({ apiKey: () => "sk", fetch: (input, init) => fetch(input, init) });
    // @ts-expect-error apiKey is a string or a function
    createLeadpingClient({ apiKey: 42 });
    // @ts-expect-error maxRetries is a number
    createLeadpingClient({ maxRetries: "2" });
  });

  it("list params are one flat object of body fields and query parameters", () => {
    assertType<LeadListParams>({ pageSize: 10, search: "x", filters: [{ field: "f", value: 1 }], tagIds: ["t"], untagged: true });
  });
});

describe("errors narrow with instanceof", () => {
  it("narrows to each class's fields", () => {
    const error: unknown = null;
    if (error instanceof RateLimitError) {
      expectTypeOf(error.retryAfterMs).toEqualTypeOf<number | undefined>();
      expectTypeOf(error.status).toBeNumber();
    }
    if (error instanceof LeadpingApiError) {
      expectTypeOf(error.headers).toEqualTypeOf<Headers>();
      expectTypeOf(error.traceId).toEqualTypeOf<string | undefined>();
      expectTypeOf(error.errors).toEqualTypeOf<Record<string, string[]> | undefined>();
    }
    if (error instanceof AuthenticationError) expectTypeOf(error).toExtend<LeadpingApiError>();
    if (error instanceof LeadpingTimeoutError) expectTypeOf(error).toExtend<LeadpingConnectionError>();
    if (error instanceof LeadpingConnectionError) {
      expectTypeOf(error.path).toBeString();
      // @ts-expect-error connection errors have no status
      void error.status;
    }
    if (error instanceof LeadpingError) expectTypeOf(error).toExtend<Error>();
  });
});
