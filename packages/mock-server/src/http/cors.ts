// Which browser pages may drive the mock. A mock on a developer's machine holds
// their test data and accepts any token, so by default only pages served from
// the loopback names (any port) get a CORS grant; a request whose Origin is not
// allowed is refused outright, so even a `no-cors` write from another site
// changes nothing. Callers that are not browsers send no Origin and pass.
import type { MockRequest, MockResponse } from "./exchange.js";
import { loopbackHostNames } from "./host-allow-list.js";

// The same names the Host check answers (a URL's hostname keeps IPv6 in brackets, as Host does).
const LOOPBACK_HOSTS: ReadonlySet<string> = new Set(loopbackHostNames);

/** Request headers a page may send: the ones the API reads. */
const ALLOWED_REQUEST_HEADERS =
  "Authorization, Content-Type, Accept, X-Leadping-Source-Id, X-Leadping-Source-Key, Idempotency-Key, X-Request-Id";
const EXPOSED_HEADERS = "Retry-After, WWW-Authenticate, Allow";

export type OriginVerdict = "no-origin" | "allowed" | "refused";

export class CorsPolicy {
  private readonly origins: Set<string> | null;
  private readonly anyOrigin: boolean;

  /** `origins` left out means the loopback origins; `["*"]` allows every origin. */
  constructor(
    private readonly grant: boolean,
    origins: readonly string[] | undefined,
  ) {
    this.anyOrigin = origins?.includes("*") ?? false;
    this.origins = origins === undefined ? null : new Set(origins.map(normalizeOrigin).filter((o) => o !== null));
  }

  verdict(request: MockRequest): OriginVerdict {
    const origin = request.header("origin");
    if (origin === undefined) return "no-origin";
    if (this.anyOrigin) return "allowed";
    const normalized = normalizeOrigin(origin);
    if (normalized === null) return "refused";
    if (this.origins === null) return LOOPBACK_HOSTS.has(new URL(normalized).hostname) ? "allowed" : "refused";
    return this.origins.has(normalized) ? "allowed" : "refused";
  }

  /** The answer to an allowed preflight, or `null` when the request is not one (or CORS is off). */
  preflight(request: MockRequest): MockResponse | null {
    if (!this.grant || request.method !== "OPTIONS" || !request.header("access-control-request-method")) return null;
    const headers = {
      ...this.responseHeaders(request),
      "access-control-allow-methods": "GET, POST, PUT, PATCH, DELETE",
      "access-control-allow-headers": ALLOWED_REQUEST_HEADERS,
      "access-control-max-age": "600",
    };
    return { kind: "response", status: 204, headers, body: null };
  }

  /** Headers granting an allowed origin access to the response (none when CORS is off). */
  responseHeaders(request: MockRequest): Record<string, string> {
    const origin = request.header("origin");
    if (!this.grant || origin === undefined) return {};
    return { "access-control-allow-origin": origin, "access-control-expose-headers": EXPOSED_HEADERS, vary: "Origin" };
  }
}

/** `scheme://host[:port]` of an http(s) origin, or `null` (for `null`, paths, other schemes). */
function normalizeOrigin(origin: string): string | null {
  try {
    const url = new URL(origin);
    if ((url.protocol !== "http:" && url.protocol !== "https:") || url.origin !== origin.toLowerCase().replace(/\/$/, "")) return null;
    return url.origin;
  } catch {
    return null;
  }
}
