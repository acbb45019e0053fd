// Records every HTTP exchange the client makes by wrapping the `fetch` it is
// given — the client's public `fetch` option, nothing private. Retries show up
// as separate exchanges, which is what a reader wants to see.

/** A fetch-compatible function, as `createLeadpingClient({ fetch })` accepts. */
export type FetchLike = (input: Request | string | URL, init?: RequestInit) => Promise<Response>;

/** One request and its response (or the failure that replaced it). */
export interface Exchange {
  /** HTTP method, upper-case. */
  method: string;
  /** Path and query, relative to the API base (`/leads/lead_01`). */
  path: string;
  /** Request headers with credentials redacted. */
  requestHeaders: Record<string, string>;
  /** Request body as sent, or `null` without one. */
  requestBody: string | null;
  /** Response status, or `null` when no response arrived. */
  status: number | null;
  /** Response headers. */
  responseHeaders: Record<string, string>;
  /** Response body text, or `null` without one. */
  responseBody: string | null;
  /** Milliseconds from sending to the full response body. */
  durationMs: number;
  /** Message of the failure when no response arrived. */
  failure: string | null;
}

const redactedHeaders = new Set(["authorization", "x-leadping-source-key", "cookie", "proxy-authorization"]);

function headerRecord(headers: Headers): Record<string, string> {
  const record: Record<string, string> = {};
  headers.forEach((value, name) => {
    record[name] = redactedHeaders.has(name.toLowerCase()) ? "[redacted]" : value;
  });
  return record;
}

function pathRelativeTo(url: string, basePath: string): string {
  const parsed = new URL(url);
  const path = parsed.pathname.startsWith(basePath) ? parsed.pathname.slice(basePath.length) || "/" : parsed.pathname;
  return `${path}${parsed.search}`;
}

/** Options of {@link recordExchanges}. */
export interface RecordExchangesOptions {
  /** The fetch that really sends the requests. @default globalThis.fetch */
  fetch?: FetchLike;
  /** Path prefix of the API base URL, stripped from recorded paths (`/api`). @default "" */
  basePath?: string;
  /** Called once per finished exchange. */
  onExchange: (exchange: Exchange) => void;
  /** Clock in milliseconds, injectable for tests. @default performance.now */
  now?: () => number;
}

/** Wraps a fetch so that every exchange through it is reported to `onExchange`. */
export function recordExchanges(options: RecordExchangesOptions): FetchLike {
  const send = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const basePath = (options.basePath ?? "").replace(/\/+$/, "");
  const now = options.now ?? (() => performance.now());
  return async (input, init) => {
    const request = new Request(input, init);
    const requestBody = request.body ? await request.clone().text() : null;
    const started = now();
    const base = {
      method: request.method.toUpperCase(),
      path: pathRelativeTo(request.url, basePath),
      requestHeaders: headerRecord(request.headers),
      requestBody,
    };
    let response: Response;
    try {
      response = await send(request);
    } catch (error) {
      options.onExchange({
        ...base,
        status: null,
        responseHeaders: {},
        responseBody: null,
        durationMs: now() - started,
        failure: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
      });
      throw error;
    }
    // Read a copy so the caller still gets an unread body; the duration
    // includes the body, as a user of the API experiences it.
    const responseBody = response.body ? await response.clone().text() : null;
    options.onExchange({
      ...base,
      status: response.status,
      responseHeaders: headerRecord(response.headers),
      responseBody: responseBody === "" ? null : responseBody,
      durationMs: now() - started,
      failure: null,
    });
    return response;
  };
}
