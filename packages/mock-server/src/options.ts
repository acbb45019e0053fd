// Public options of the mock API and its servers.
import type { FaultRule } from "./http/faults.js";
import type { MockLimits } from "./limits.js";
import type { MockRateLimitOptions } from "./http/rate-limit.js";
import type { OpenApiDocument } from "./contract/spec.js";
import type { MockWebhookOptions } from "./webhooks/options.js";

/** Which credentials the mock accepts. A list left out accepts any non-empty value except a credential listed for the other kind of route. */
export interface MockAuthOptions {
  /** Organization bearer tokens accepted on organization routes. @default any non-empty token */
  bearerTokens?: string[];
  /** Source keys accepted as `Authorization: Bearer <key>` on intake routes. @default any non-empty key */
  sourceKeys?: string[];
  /** Source id/key pairs accepted as `X-Leadping-Source-Id` + `X-Leadping-Source-Key` on intake routes. @default any non-empty pair */
  sources?: { id: string; key: string }[];
}

/** Time as the mock sees it; inject one in tests to avoid depending on the wall clock. */
export interface MockClock {
  /** The current time. */
  now(): Date;
  /** Resolves after `ms` milliseconds, or rejects when `signal` aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

/** Options of `createMockApi` (and, via `startMockServer`, of the HTTP server). */
export interface MockApiOptions {
  /** Seed for sample data, generated ids and fault decisions. @default 42 */
  seed?: number;
  /** How many sample leads to create at start and on `reset()`. @default 0 */
  sampleLeads?: number;
  /** Also validate every response against the contract; a violation answers 500 and is logged. @default false */
  strict?: boolean;
  /** Latency added to every request, in milliseconds. @default 0 */
  latencyMs?: number;
  /** Accepted credentials. @default any non-empty bearer token or source credentials */
  auth?: MockAuthOptions;
  /** Faults to inject per route. @default [] */
  faults?: FaultRule[];
  /** Answer CORS preflights and grant allowed origins (see `corsOrigins`) access to responses. @default true */
  cors?: boolean;
  /** Browser origins allowed to call the mock, such as `"https://app.example.com"`; `["*"]` allows any. Requests from other origins get 403. @default the loopback origins: http(s)://localhost, 127.0.0.1 and [::1] on any port */
  corsOrigins?: string[];
  /** Bounds on the store and on request bodies. @default 10,000 leads, 10,000 tags, 32 KiB per lead, JSON depth 32, 200 events and 100 status changes per lead */
  limits?: MockLimits;
  /** The clock used for timestamps and latency. @default the system clock */
  clock?: MockClock;
  /** Where contract violations and internal errors are reported. @default console.error */
  log?: (message: string) => void;
  /** Enforce Leadping's rate limits per partition (organization, intake, user, IP), answering 429 over the limit. @default undefined (no limit) */
  rateLimit?: MockRateLimitOptions;
  /** The OpenAPI document to serve. @default the bundled `@leadping/types/openapi.json` */
  spec?: OpenApiDocument;
  /** Webhook endpoints that receive lead events, and how deliveries are retried. @default no endpoints */
  webhooks?: MockWebhookOptions;
}

/** The system clock. */
export const systemClock: MockClock = {
  now: () => new Date(),
  sleep: (ms, signal) =>
    new Promise<void>((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason as Error);
      const timer = setTimeout(() => {
        signal?.removeEventListener("abort", onAbort);
        resolve();
      }, ms);
      const onAbort = () => {
        clearTimeout(timer);
        reject(signal?.reason as Error);
      };
      signal?.addEventListener("abort", onAbort, { once: true });
    }),
};
