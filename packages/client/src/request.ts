// One call, from openapi-fetch to `fetch` and back, for resource methods and
// `lp.raw` alike. openapi-fetch builds the request (URL, path, query, body),
// runs middleware and parses the answer; its `fetch` is this call's
// `transport`, which sends with credentials, a per-attempt timeout, the rate
// budget, redirects under the origin rule and retries by the operation's
// policy. Everything of one call lives in `makeRequest`'s scope; what leaves
// it (the response, every error, every log line and span) is redacted of the
// credentials the call sent, once, at the point where it leaves.
import type { Middleware } from "openapi-fetch";
import { guardAttempt, waitForBudget } from "./attempt-guard.js";
import { endSpan, startSpan, traceIdOf } from "./attempt-tracing.js";
import { authHeaders } from "./auth.js";
import { validateBaseUrl } from "./base-url.js";
import { readBodyBytes, readBodyText } from "./body-limit.js";
import { LeadpingAbortError, LeadpingError, connectionError } from "./errors.js";
import type { RequestTarget } from "./errors.js";
import { describeError, logEvent, problemTraceIdOf } from "./logging.js";
import type { LeadpingLogEvent, LoggedLevel } from "./logging.js";
import type { OperationFacts } from "./operations.js";
import type { ClientContext } from "./context.js";
import type { ClientConfig } from "./options.js";
import { pathOf } from "./paths.js";
import { redactError, redactHeaders, redactorFor } from "./redact.js";
import type { Redact } from "./redact.js";
import { fetchFollowing } from "./redirects.js";
import type { SendHop } from "./redirects.js";
import { isRetryableFailure, isRetryableStatus, parseRetryAfter, rateLimitedDelay, retryDelay } from "./retry.js";

/**
 * What openapi-fetch builds when no middleware will look at it: the parts of
 * a Request the transport reads, without a body stream to pipe and read back.
 * A detail of the one path, not a second one: middleware always gets real ones.
 */
class PreparedRequest {
  declare readonly url: string;
  declare readonly method: string;
  declare readonly headers: Headers;
  declare readonly body: BodyInit | null;
  constructor(url: string, init: RequestInit) {
    Object.assign(this, { url, method: init.method, headers: init.headers, body: init.body ?? null });
  }
}

/** The status line and headers of a response: what resource calls read (a real Response when middleware is registered). */
export type CallResponse = Pick<Response, "ok" | "status" | "statusText" | "headers">;

/** What one call ended with: openapi-fetch's `{ data, error, response }` plus what the transport knows. */
export interface CallOutcome {
  data?: unknown;
  error?: unknown;
  response: CallResponse;
  /** The final body as text (redacted unless 2xx), when `response` is the one the transport delivered; `text` mode only. */
  text: string | undefined;
  /** Method and path the call sent (after middleware). */
  target: RequestTarget;
  /** The W3C trace id the last attempt sent in `traceparent`, if any. */
  traceId: string | undefined;
}

/** The transport's own options, not given to openapi-fetch. */
const TRANSPORT_OPTIONS = new Set(["fetch", "Request", "maxRetries", "timeoutMs", "maxResponseBytes"]);
/** Keys of a call's init that openapi-fetch or the transport own; the rest are RequestInit fields for `fetch`, passed as given. */
const NOT_FOR_FETCH = new Set([
  ...TRANSPORT_OPTIONS,
  ..."params body headers parseAs querySerializer bodySerializer pathSerializer method middleware redirect signal window baseUrl".split(
    " ",
  ),
]);
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);

/**
 * Runs one call of an operation through openapi-fetch and the retried
 * transport. `init` is openapi-fetch's per-call init plus the transport's
 * per-call options (`signal`, `timeoutMs`, `maxRetries`, `maxResponseBytes`)
 * and RequestInit fields for fetch. `text`: resource calls, whose body the
 * caller parses; otherwise openapi-fetch parses as `init.parseAs` says.
 * Rejects only with LeadpingError subclasses.
 */
export async function makeRequest(
  context: ClientContext,
  { method, path: schemaPath, policy }: OperationFacts,
  init: Record<string, unknown>,
  text: boolean,
): Promise<CallOutcome> {
  const { config } = context;
  const signal = init.signal as AbortSignal | undefined;
  const maxRetries = (init.maxRetries as number | undefined) ?? config.maxRetries;
  // `>= 0` also turns NaN (an unset env variable) into "not given" instead of "no timeout".
  const timeoutMs = ((init.timeoutMs as number | undefined) ?? Number.NaN) >= 0 ? (init.timeoutMs as number) : config.timeoutMs;
  const limit = (init.maxResponseBytes as number | undefined) ?? config.maxResponseBytes;
  const fetchImpl = (init.fetch as ClientConfig["fetch"] | undefined) ?? config.fetch;
  const RequestClass = init.Request as typeof Request | undefined;
  const light = !RequestClass && context.middleware.size === 0 && !(init.middleware as Middleware[] | undefined)?.length;
  // RequestInit fields for fetch: the client's defaults, then the call's own.
  let fetchInit = config.requestInit;
  const forOpenapi: Record<string, unknown> = { Request: RequestClass ?? (light ? PreparedRequest : globalThis.Request), fetch: transport };
  for (const key in init) {
    if (!TRANSPORT_OPTIONS.has(key)) forOpenapi[key] = init[key];
    if (!NOT_FOR_FETCH.has(key)) {
      if (fetchInit === config.requestInit) fetchInit = { ...fetchInit };
      fetchInit[key] = init[key];
    }
  }
  // A per-call base URL is checked like the client's, before any credential is sent to it.
  if (init.baseUrl) forOpenapi.baseUrl = validateBaseUrl(init.baseUrl as string);
  // One hop to fetch: `fetch(url, init)`, or `fetch(request)` when the call brought its own Request class.
  const sendHop: SendHop = ({ url, method, headers, body }, hopSignal) => {
    const requestInit: RequestInit = { ...fetchInit, method, headers, body, signal: hopSignal, redirect: "manual" };
    return RequestClass ? fetchImpl(new RequestClass(url, requestInit)) : fetchImpl(url, requestInit);
  };

  // Everything below is this call's own state.
  const used = new Set<string>();
  let redactor: Redact | undefined;
  const redact: Redact = (value) => (used.size === 0 ? value : (redactor ??= redactorFor(used))(value));
  let target: RequestTarget = { method, path: schemaPath };
  let traceId: string | undefined;
  let delivered: { response: CallResponse; text: string | undefined } | undefined;
  let failure: { timedOut: boolean; url: string } | undefined;
  // Clock reads only feed log fields.
  const callStart = config.log ? config.clock.now() : 0;
  const log = (level: LoggedLevel, event: LeadpingLogEvent["event"], attempt: number, fields: Partial<LeadpingLogEvent>) => {
    if (config.log) logEvent(config.log, level, { event, method, path: schemaPath, attempt: attempt + 1, traceId, ...fields });
  };

  async function transport(request: Request | PreparedRequest): Promise<Response | CallResponse> {
    const { url } = request;
    target = { method: request.method, path: pathOf(url, config.baseUrl, config.basePath) };
    const headers: Record<string, string> = {};
    request.headers.forEach((value, name) => (headers[name] = value));
    // A real Request (middleware is registered) carries its body as a stream: read it once so every retry can resend it.
    const body = request instanceof PreparedRequest ? request.body : request.body ? new Uint8Array(await request.arrayBuffer()) : null;
    for (let attempt = 0; ; attempt++) {
      signal?.throwIfAborted();
      if (config.rateBudget && policy.credentials !== "none") {
        const partition = policy.credentials === "source" ? "intake" : "organization";
        const waitedMs = await waitForBudget(config.clock, config.rateBudget, partition, target, timeoutMs, signal);
        if (waitedMs > 0) log("info", "rate-wait", attempt, { waitMs: waitedMs, partition });
      }
      let auth = authHeaders(config, policy.credentials);
      if (auth instanceof Promise) auth = await auth;
      // An abort while the budget or key function ran fires no event on the attempt's signal, created below.
      signal?.throwIfAborted();
      const attemptStart = config.log ? config.clock.now() : 0;
      const span = config.tracing ? startSpan(config.tracing, target.method, schemaPath, url, attempt) : undefined;
      const sent = { ...config.identification, ...auth, ...span?.headers, ...headers };
      // Every credential this call sent, including one the caller put in its own headers.
      const credential = sent["x-leadping-source-key"] ?? sent.authorization?.replace(/^Bearer\s+/i, "");
      if (credential && !used.has(credential)) {
        used.add(credential);
        redactor = undefined;
      }
      traceId = traceIdOf(sent.traceparent);
      // No timeout and no caller signal: nothing to abort, so fetch gets no signal at all.
      const guard = timeoutMs > 0 || signal ? guardAttempt(signal, timeoutMs) : undefined;
      let retryAfterMs: number | undefined;
      let lastStatus: number | undefined;
      try {
        const hop = { url, method: target.method, headers: sent, body };
        const response = await fetchFollowing(sendHop, target, hop, guard?.signal ?? null);
        const { ok, status } = response;
        // The body is read inside the attempt: a hang or reset mid-body is a failed attempt too.
        let bodyText: string | undefined;
        let bytes: Uint8Array<ArrayBuffer> | undefined;
        if (text || !ok) bodyText = await readBodyText(response, limit, target);
        else bytes = await readBodyBytes(response, limit, target);
        guard?.clear();
        // `!(a < b)`, not `a >= b`: a NaN maxRetries (an unset env variable) must mean no retries, not endless ones.
        const final = ok || !(attempt < maxRetries) || !isRetryableStatus(policy, status);
        if (!ok) bodyText = redact(bodyText!);
        if (span) endSpan(span, { status });
        if (config.log) {
          const problemTraceId = ok ? undefined : problemTraceIdOf(bodyText!);
          log("debug", "attempt", attempt, { status, durationMs: config.clock.now() - attemptStart, problemTraceId });
          if (final && !ok)
            log(status < 500 ? "warn" : "error", "failure", attempt, {
              status,
              durationMs: config.clock.now() - callStart,
              problemTraceId,
            });
        }
        if (final) {
          // An error answer may echo a credential in any header or its status text: the boundary redacts those too.
          const statusText = ok ? response.statusText : redact(response.statusText);
          const finalHeaders = ok ? response.headers : redactHeaders(response.headers, redact);
          const out: Response | CallResponse =
            light && text
              ? { ok, status, statusText, headers: finalHeaders, text: () => Promise.resolve(bodyText!) }
              : new Response(NULL_BODY_STATUSES.has(status) ? null : (bodyText ?? bytes!), { status, statusText, headers: finalHeaders });
          delivered = { response: out, text: bodyText };
          return out;
        }
        lastStatus = status;
        retryAfterMs = parseRetryAfter(response.headers.get("retry-after"), config.clock.now());
        if (retryAfterMs === undefined && status === 429) retryAfterMs = rateLimitedDelay(attempt, config.random);
      } catch (error) {
        guard?.clear();
        const aborted = signal?.aborted === true;
        const timedOut = guard?.timedOut === true;
        // Thrown on purpose within the attempt (body too large, refused redirect): final, not a connection failure.
        const refused = error instanceof LeadpingError;
        const final = aborted || refused || !(attempt < maxRetries) || !isRetryableFailure(policy, error);
        const safe = refused ? error : redactError(error, redact);
        endSpan(span, { error: safe, timedOut, aborted });
        if (config.log) {
          const described = timedOut ? `timed out after ${timeoutMs} ms` : describeError(safe);
          log("debug", "attempt", attempt, {
            error: described,
            timedOut: timedOut || undefined,
            durationMs: config.clock.now() - attemptStart,
          });
          if (final) {
            const fields = {
              error: described,
              aborted: aborted || undefined,
              timedOut: timedOut || undefined,
              durationMs: config.clock.now() - callStart,
            };
            log(aborted ? "info" : "error", "failure", attempt, fields);
          }
        }
        if (final) {
          if (!aborted && !refused) failure = { timedOut, url };
          // What fetch threw reaches `onError` middleware (redacted when it quotes a credential); `makeRequest` types it.
          throw safe;
        }
      }
      const delayMs = retryDelay(attempt, retryAfterMs, config.random, config.backoff);
      log("warn", "retry", attempt, { status: lastStatus, waitMs: delayMs });
      await config.clock.sleep(delayMs, signal);
    }
  }

  try {
    const { data, error, response } = (await (context.openapi.request as LooseRequest)(method, schemaPath, forOpenapi)) as Omit<
      CallOutcome,
      "text" | "target" | "traceId"
    >;
    return { data, error, response, text: response === delivered?.response ? delivered.text : undefined, target, traceId };
  } catch (error) {
    if (signal?.aborted) throw new LeadpingAbortError(target, signal.reason);
    if (failure) throw connectionError(error, target, failure.url, failure.timedOut ? timeoutMs : undefined, redact);
    if (error instanceof LeadpingError) throw error;
    // openapi-fetch parsing a 2xx that is not JSON: its SyntaxError quotes the body, so it is not kept.
    if (error instanceof SyntaxError && delivered?.response.ok) {
      throw new LeadpingError(`${method} ${schemaPath} answered ${delivered.response.status} with invalid JSON (${target.path}).`);
    }
    // Thrown by middleware, a serializer or openapi-fetch itself.
    throw new LeadpingError(`${target.method} ${target.path} failed: ${redact(error instanceof Error ? error.message : String(error))}`, {
      cause: redactError(error, redact),
    });
  }
}

type LooseRequest = (method: string, path: string, init: Record<string, unknown>) => Promise<unknown>;
