// The one request pipeline both transports share, as a sequence of jobs: the CORS gate and
// health check, routing by the generated operation index, admission (size, credentials, rate
// limit), injected faults, reading the request as the contract declares it, running the
// operation, and the reply (strict mode checks it against the contract).
import { matchOperation } from "@leadping/types";
import { type CompiledOperation, bundledSpec, compileContract } from "../contract/compile.js";
import { readValidatedInput } from "../contract/read-request.js";
import { oversizedRecord } from "../contract/record-size.js";
import type { ResponseChecker } from "../contract/response-check.js";
import { LeadChangeStream } from "../domain/lead-changes.js";
import { isRefusal } from "../domain/operations/context.js";
import { runOperation } from "../domain/operations/dispatch.js";
import { LeadState } from "../domain/store.js";
import { recordTimelineEvent } from "../domain/timeline.js";
import { type MockLimits, resolveLimits } from "../limits.js";
import { type MockApiOptions, type MockClock, systemClock } from "../options.js";
import { seedSampleData } from "../seed/sample-leads.js";
import { WebhookSender, leadEventOf } from "../webhooks/index.js";
import { admissionRefusal } from "./admission.js";
import { Authenticator } from "./auth.js";
import { CorsPolicy } from "./cors.js";
import type { MockRequest, MockResponse } from "./exchange.js";
import { FaultInjector, type FaultRule, injectedFault } from "./faults.js";
import { type Reply, problemReply } from "./problem.js";
import { RateLimit } from "./rate-limit.js";

/** The transport-neutral mock: state plus `handle(request) → response`. */
export class MockCore {
  readonly state: LeadState;
  readonly faults: FaultInjector;
  /** Sends lead changes to the configured webhook endpoints. */
  readonly webhooks: WebhookSender;
  /** Every lead change; the timeline and the webhook sender subscribe. */
  readonly changes = new LeadChangeStream();
  private readonly operations: ReadonlyMap<string, CompiledOperation>;
  private readonly auth: Authenticator;
  private readonly checker: ResponseChecker | null;
  private readonly clock: MockClock;
  private readonly log: (message: string) => void;
  private readonly seed: number;
  private readonly sampleLeads: number;
  private readonly latencyMs: number;
  private readonly cors: CorsPolicy;
  private readonly limits: Readonly<Required<MockLimits>>;
  private readonly rateLimit: RateLimit | null;

  constructor(options: MockApiOptions = {}) {
    const contract = compileContract(options.spec ?? bundledSpec());
    this.operations = contract.operations;
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
    this.changes.subscribe((change) => recordTimelineEvent(this.state, { ...change, leadId: change.lead.lead.id }));
    this.changes.subscribe((change) => {
      if (this.webhooks.active) this.webhooks.publish(leadEventOf(change, (lead) => this.state.render(lead)));
    });
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
    const { operation, reply } = await this.route(request);
    if (reply === "drop") return { kind: "drop" };
    if (origin === "allowed") Object.assign(reply.headers, this.cors.responseHeaders(request));
    return this.finish(operation, reply, request);
  }

  /** Matches the request to its operation and answers it, or says why there is none. */
  private async route(request: MockRequest): Promise<{ operation: CompiledOperation | null; reply: Reply | "drop" }> {
    const instance = request.pathname;
    const route = matchOperation(request.method, request.pathname);
    switch (route.kind) {
      case "operation": {
        const operation = this.operations.get(route.key);
        if (!operation) break;
        return { operation, reply: await this.answer(operation, route.params, request) };
      }
      case "bad-path":
        return {
          operation: null,
          reply: problemReply("bad-request", {
            detail: "The path is not validly percent-encoded.",
            instance,
            errors: { path: ["is not validly percent-encoded"] },
          }),
        };
      case "method-not-allowed": {
        const allow = route.allow.join(", ");
        const detail = `${request.method} is not allowed here; use ${allow}.`;
        return { operation: null, reply: problemReply("method-not-allowed", { detail, instance, headers: { allow } }) };
      }
    }
    return { operation: null, reply: problemReply("not-found", { detail: `No resource at ${instance}.`, instance }) };
  }

  /** Admission, faults, contract, operation: each job may answer instead of the next. */
  private async answer(op: CompiledOperation, params: Record<string, string>, request: MockRequest): Promise<Reply | "drop"> {
    const refused = await admissionRefusal(op, request, this.auth, this.rateLimit);
    if (refused) return refused;
    const fault = await injectedFault(this.faults.decide(op.index), this.latencyMs, (ms, signal) => this.clock.sleep(ms, signal), request);
    if (fault) return fault;
    const input = readValidatedInput(op, params, request, this.limits.maxJsonDepth);
    if ("status" in input) return input;
    const oversized = oversizedRecord(op.index.operationId, input.body, request.body?.byteLength ?? 0, this.limits.maxRecordBytes);
    if (oversized) return problemReply("validation", { ...oversized, instance: request.pathname });
    return this.run(op, input, request);
  }

  private run(op: CompiledOperation, input: Exclude<ReturnType<typeof readValidatedInput>, Reply>, request: MockRequest): Reply {
    const instance = request.pathname;
    try {
      const now = () => this.clock.now().toISOString();
      const result = runOperation(op.index.operationId, input, request.body?.byteLength ?? 0, {
        state: this.state,
        now,
        changed: this.changes.record,
      });
      if (isRefusal(result)) {
        const reply = problemReply(result.problem, {
          detail: result.detail,
          instance,
          ...(result.errors ? { errors: result.errors } : {}),
        });
        // A store limit is the mock's own protocol-level refusal, not one the operation declares.
        return { ...reply, fromHandler: !storeLimitProblems.has(result.problem) };
      }
      const success: { status: number; body?: unknown } = result;
      if (success.body === undefined) return { status: success.status, headers: {}, fromHandler: true };
      return { status: success.status, headers: { "content-type": "application/json" }, payload: success.body, fromHandler: true };
    } catch (error) {
      const reason = error instanceof Error ? (error.stack ?? error.message) : String(error);
      this.log(`[leadping-mock] ${op.index.operationId} failed: ${reason}`);
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
