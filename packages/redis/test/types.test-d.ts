// Type tests, checked by `tsc` (the package's typecheck): the `redis` options
// take an ioredis client and nothing else, and the Node webhook handler plugs
// into node:http and Express 5 without casts.
import { createServer } from "node:http";
import { createLeadpingClient } from "@leadping/client";
import { createNodeWebhookHandler } from "@leadping/client/webhooks";
import express from "express";
import { Redis } from "ioredis";
import { expectTypeOf, test } from "vitest";
import { type RateBudgetTakeOptions, type RedisFallback, redisRateBudget, redisSeenWebhookStore } from "../src/index.js";

test("redis is an ioredis client", () => {
  const redis = new Redis({ lazyConnect: true });
  createLeadpingClient({ apiKey: "sk_types", rateBudget: redisRateBudget({ redis }) });
  // @ts-expect-error any object used to compile (the option was typed `object`)
  redisRateBudget({ redis: {} });
  // @ts-expect-error a URL is not a client
  redisSeenWebhookStore({ redis: "redis://127.0.0.1:6379" });
  expectTypeOf<Parameters<ReturnType<typeof redisRateBudget>["take"]>[1]>().toEqualTypeOf<RateBudgetTakeOptions | undefined>();
  expectTypeOf<RedisFallback["reason"]>().toEqualTypeOf<"not-ready" | "closed" | "stalled" | "error">();
  redis.disconnect();
});

test("createNodeWebhookHandler is a node:http and an Express 5 handler", () => {
  const redis = new Redis({ lazyConnect: true });
  const handler = createNodeWebhookHandler({
    secret: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
    store: redisSeenWebhookStore({ redis }),
    onDelivery: () => undefined,
  });
  createServer((req, res) => void handler(req, res));
  express().post("/webhooks", handler);
  redis.disconnect();
});
