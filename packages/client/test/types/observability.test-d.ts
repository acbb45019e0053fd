// The observability options accept the real things: console, a pino logger,
// an OpenTelemetry Tracer; withResponse is typed from the call's result.
import type { Tracer } from "@opentelemetry/api";
import type { LeadResponse } from "@leadping/types";
import type { Logger as PinoLogger } from "pino";
import { describe, expectTypeOf, it } from "vitest";
import type { CallResponse, LeadpingClient, LeadpingClientOptions } from "../../src/index.js";
import { otelTracing } from "../../src/tracing/index.js";

declare const lp: LeadpingClient;

describe("observability options", () => {
  it("take console, pino and an OpenTelemetry Tracer", () => {
    expectTypeOf(console).toExtend<NonNullable<LeadpingClientOptions["logger"]>>();
    expectTypeOf<PinoLogger>().toExtend<NonNullable<LeadpingClientOptions["logger"]>>();
    expectTypeOf<Tracer>().toExtend<Parameters<typeof otelTracing>[0]>();
    expectTypeOf(otelTracing).returns.toExtend<NonNullable<LeadpingClientOptions["tracing"]>>();
  });

  it("reject a log level that does not exist", () => {
    const known: LeadpingClientOptions = { logger: console, logLevel: "debug" };
    // @ts-expect-error: "verbose" is not a level
    const unknown: LeadpingClientOptions = { logger: console, logLevel: "verbose" };
    expectTypeOf(known).toEqualTypeOf(unknown);
  });

  it("type withResponse from the operation", async () => {
    const { data, response, traceId } = await lp.leads.get("id").withResponse();
    expectTypeOf(data).toEqualTypeOf<LeadResponse>();
    expectTypeOf(response).toEqualTypeOf<CallResponse>();
    expectTypeOf(traceId).toEqualTypeOf<string | undefined>();
  });
});
