// A fetch double for unit tests: answers from a script and records every call.
import type { FetchLike } from "../../src/index.js";

export interface RecordedCall {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: string | undefined;
  signal: AbortSignal | undefined;
}

export type Answer = Response | Error | ((call: RecordedCall) => Response | Error | Promise<Response>);

/** A fetch that replies with `answers` in order (the last one repeats) and records each call. */
export function scriptedFetch(...answers: Answer[]): FetchLike & { calls: RecordedCall[] } {
  const calls: RecordedCall[] = [];
  const fetchDouble = async (input: Request | string | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    const call: RecordedCall = {
      url: request.url,
      method: request.method,
      headers: Object.fromEntries(request.headers),
      body: request.body ? await request.text() : undefined,
      signal: init?.signal ?? undefined,
    };
    calls.push(call);
    const answer = answers[Math.min(calls.length - 1, answers.length - 1)];
    const result = typeof answer === "function" ? await answer(call) : answer;
    if (result instanceof Error) throw result;
    return result!.clone();
  };
  return Object.assign(fetchDouble, { calls });
}

/** A JSON response. */
export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", ...headers } });
}

/** An RFC 9457 problem response. */
export function problem(status: number, fields: Record<string, unknown> = {}, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify({ status, title: `Problem ${status}`, ...fields }), {
    status,
    headers: { "content-type": "application/problem+json", ...headers },
  });
}

/** A fetch failure shaped like undici's: TypeError("fetch failed") with a coded cause. */
export function networkError(code: string): TypeError {
  return new TypeError("fetch failed", { cause: Object.assign(new Error(`connect ${code} 127.0.0.1:1`), { code }) });
}

/** A fetch that never settles until its signal aborts, like a hung server. */
export function hangingAnswer(call: RecordedCall): Promise<Response> {
  return new Promise((_, reject) => {
    const signal = call.signal;
    if (signal?.aborted) reject(signal.reason as Error); // the timer may fire before we get here on a loaded machine
    signal?.addEventListener("abort", () => reject(signal.reason as Error), { once: true });
  });
}
