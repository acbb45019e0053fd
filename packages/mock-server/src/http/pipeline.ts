// The one request pipeline both transports share: route, refuse, authenticate,
// inject faults, parse and validate, run the operation, check the reply.
import { Authenticator } from "./auth.js";
import { CorsPolicy } from "./cors.js";
import type { MockRequest, MockResponse } from "./exchange.js";
import { FaultInjector, type FaultRule } from "./faults.js";
import type { HandlerContext } from "../domain/operations/context.js";
import { operationHandlers } from "../domain/operations/registry.js";
import { type MockLimits, resolveLimits } from "../limits.js";
import { type MockApiOptions, systemClock } from "../options.js";
import { type CompiledOperation, bundledSpec, compileContract } from "../contract/compile.js";
import { type Reply, problemKindForStatus, problemReply } from "./problem.js";
import { RateLimit, ratePartition } from "./rate-limit.js";
import { readJsonBody } from "../contract/json-body.js";
import type { ResponseChecker } from "../contract/response-check.js";
import { matchOperation } from "@leadping/types";
import { seedSampleData } from "../seed/sample-leads.js";
import { LeadState } from "../domain/store.js";
import { WebhookSender, observeLeadEvent } from "../webhooks/index.js";

/** The transport-neutral mock: state plus `handle(request) → response`. */
export class MockCore {
  readonly state: LeadState;
  readonly faults: FaultInjector;
  /** Sends lead events to the configured webhook endpoints. */
  readonly webhooks: WebhookSender;
  private readonly compiled: ReadonlyMap<string, CompiledOperation>;
  private readonly auth: Authenticator;
  private readonly checker: ResponseChecker | null;
  private readonly clock;
  private readonly log: (message: string) => void;
  private readonly seed: number;
  private readonly sampleLeads: number;
  private readonly latencyMs: number;
  private readonly cors: CorsPolicy;
  private readonly limits: Readonly<Required<MockLimits>>;
  private readonly rateLimit: RateLimit | null;

  constructor(options: MockApiOptions = {}) {
    const contract = compileContract(options.spec ?? bundledSpec());
    this.compiled = contract.operations;
    this.checker = options.strict ? contract.responseChecker() : null;
    this.auth = new Authenticator(options.auth);
    this.seed = options.seed ?? 42;
    this.sampleLeads = options.sampleLeads ?? 0;
    this.latencyMs = options.latencyMs ?? 0;
    this.cors = new CorsPolicy(options.cors ?? true, options.corsOrigins);
    this.limits = resolveLimits(options.limits);
    this.rateLimit = options.rateLimit ? new RateLimit(options.rateLimit) : null;
    this.clock = options.clock ?? systemClock;
    this.log = options.log ?? ((message) => console.error(message));
    this.faults = new FaultInjector(options.faults ?? [], this.seed);
    this.state = new LeadState(this.seed, this.limits);
    this.webhooks = new WebhookSender(options.webhooks ?? {}, this.clock);
    this.reset();
  }

  /** Back to the seeded starting state: sample data regenerated, fault sequence restarted. */
  reset(): void {
    this.state.clear();
    seedSampleData(this.state, this.sampleLeads, this.seed);
    this.faults.set(this.faults.list());
    this.rateLimit?.reset();
  }

  /** Replaces the fault rules. */
  setFaults(rules: readonly FaultRule[]): void {
    this.faults.set(rules);
  }

  /** Answers one request. Rejects only when `request.signal()` aborts during injected latency. */
  async handle(request: MockRequest): Promise<MockResponse> {
    const origin = this.cors.verdict(request);
    if (origin === "refused") {
      const detail =
        "Browser pages may call the local API only from an allowed origin (the loopback origins unless corsOrigins says otherwise).";
      return this.finish(null, problemReply("forbidden", { detail, instance: request.pathname }), request);
    }
    const preflight = origin === "allowed" ? this.cors.preflight(request) : null;
    if (preflight) return preflight;
    // Health check, outside the contract: the official lead-domain document has no `GET /`.
    if (request.method === "GET" && request.pathname === "/") {
      const headers = { "content-type": "application/json", ...(origin === "allowed" ? this.cors.responseHeaders(request) : {}) };
      return { kind: "response", status: 200, headers, body: '{"status":"ok"}' };
    }
    const { operation, reply } = await this.dispatch(request);
    if (reply === "drop") return { kind: "drop" };
    if (origin === "allowed") Object.assign(reply.headers, this.cors.responseHeaders(request));
    return this.finish(operation, reply, request);
  }

  private async dispatch(request: MockRequest): Promise<{ operation: CompiledOperation | null; reply: Reply | "drop" }> {
    const instance = request.pathname;
    const route = matchOperation(request.method, request.pathname);
    if (route.kind === "not-found")
      return { operation: null, reply: problemReply("not-found", { detail: `No resource at ${instance}.`, instance }) };
    if (route.kind === "bad-path") {
      return {
        operation: null,
        reply: problemReply("bad-request", {
          detail: "The path is not validly percent-encoded.",
          instance,
          errors: { path: ["is not validly percent-encoded"] },
        }),
      };
    }
    if (route.kind === "method-not-allowed") {
      const allow = route.allow.join(", ");
      return {
        operation: null,
        reply: problemReply("method-not-allowed", {
          detail: `${request.method} is not allowed here; use ${allow}.`,
          instance,
          headers: { allow },
        }),
      };
    }
    const operation = this.compiled.get(route.key)!;
    const reply = await this.answer(operation, route.params, request);
    return { operation, reply };
  }

  private async answer(op: CompiledOperation, params: Record<string, string>, request: MockRequest): Promise<Reply | "drop"> {
    const instance = request.pathname;
    if (request.bodyTooLarge) return problemReply("payload-too-large", { detail: "Request bodies are limited to 1 MiB.", instance });
    const denied = this.auth.check(op.credential, request.header);
    if (this.rateLimit) {
      const { credential } = op;
      const partition = ratePartition({
        credential,
        authorization: request.header("authorization"),
        authenticated: !denied,
        sourceHeaders: request.header("x-leadping-source-id") !== undefined || request.header("x-leadping-source-key") !== undefined,
        ip: request.remoteAddress ?? "local",
      });
      const limited = await this.rateLimit.take(partition);
      if (limited)
        return problemReply("rate-limited", {
          detail: "Rate limit exceeded: requests over the limit are not queued; retry later.",
          instance,
          headers: limited.headers,
        });
    }
    if (denied) {
      const headers: Record<string, string> = denied.status === 401 ? { "www-authenticate": denied.challenge } : {};
      return problemReply(denied.status === 401 ? "unauthorized" : "forbidden", { detail: denied.detail, instance, headers });
    }
    const fault = this.faults.decide(op.index);
    const latency = this.latencyMs + fault.latencyMs;
    if (latency > 0) await this.clock.sleep(latency, request.signal?.());
    if (fault.terminal?.kind === "drop") return "drop";
    if (fault.terminal?.kind === "rate-limit") {
      const headers = { "retry-after": String(fault.terminal.retryAfterSeconds ?? 1) };
      return problemReply("rate-limited", { detail: "Injected rate limit: retry after the Retry-After delay.", instance, headers });
    }
    if (fault.terminal?.kind === "server-error") {
      const status = fault.terminal.status ?? 500;
      const headers: Record<string, string> =
        fault.terminal.retryAfterSeconds !== undefined ? { "retry-after": String(fault.terminal.retryAfterSeconds) } : {};
      return problemReply(problemKindForStatus(status), { detail: `Injected ${status} failure.`, instance, headers, status });
    }

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
      const parsed = readJsonBody(request, op.body.required, op.body.check, this.limits.maxJsonDepth);
      if (parsed.kind === "problem")
        return problemReply(parsed.problem, { detail: parsed.detail, instance, ...(parsed.errors ? { errors: parsed.errors } : {}) });
      body = parsed.value;
    }

    const handler = operationHandlers[op.index.operationId];
    if (!handler) return problemReply("not-implemented", { detail: `${op.index.operationId} has no mock implementation.`, instance });
    const bodyBytes = request.body?.byteLength ?? 0;
    const context: HandlerContext = { params, query, body, bodyBytes, state: this.state, now: () => this.clock.now().toISOString() };
    try {
      const leadEvent = this.webhooks.active ? observeLeadEvent(op.index.operationId, context) : null;
      const result = handler(context);
      const event = leadEvent?.(result);
      if (event) this.webhooks.publish(event);
      if ("problem" in result) {
        const reply = problemReply(result.problem, {
          detail: result.detail,
          instance,
          ...(result.errors ? { errors: result.errors } : {}),
        });
        // A store limit is the mock's own protocol-level refusal, not one the operation declares.
        return { ...reply, fromHandler: !storeLimitProblems.has(result.problem) };
      }
      if (result.body === undefined) return { status: result.status, headers: {}, fromHandler: true };
      return { status: result.status, headers: { "content-type": "application/json" }, payload: result.body, fromHandler: true };
    } catch (error) {
      this.log(
        `[leadping-mock] ${op.index.operationId} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
      return problemReply("server-error", { detail: "The mock failed while handling the request.", instance });
    }
  }

  private finish(operation: CompiledOperation | null, reply: Reply, request: MockRequest): MockResponse {
    if (this.checker) {
      const violation = this.checker.violation(operation, reply);
      if (violation) {
        const where = operation ? `${operation.index.key} (${operation.index.operationId})` : `${request.method} ${request.pathname}`;
        const message = `[leadping-mock] strict mode: the ${reply.status} reply to ${where} violates the contract: ${violation}`;
        this.log(message);
        reply = problemReply("spec-violation", { detail: message, instance: request.pathname });
      }
    }
    const body = reply.payload === undefined ? null : JSON.stringify(reply.payload);
    return { kind: "response", status: reply.status, headers: reply.headers, body };
  }
}

const storeLimitProblems = new Set<string>(["store-full", "payload-too-large"]);
