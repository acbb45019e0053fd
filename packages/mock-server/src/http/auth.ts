// Checks credentials the way the real API does: an organization bearer token on
// organization routes, source credentials on intake routes.
import type { MockAuthOptions } from "../options.js";
import type { CredentialKind } from "../contract/compile.js";

/** Why a request was refused, without ever echoing the credential. */
export type AuthFailure = { status: 401; detail: string; challenge: string } | { status: 403; detail: string };

/** The challenge the real API sends with every 401 (Leadping's public docs), pointing at its OAuth resource metadata. */
export const BEARER_CHALLENGE = 'Bearer resource_metadata="https://api.leadping.ai/.well-known/oauth-protected-resource"';

/** Decides whether a request's credentials satisfy its operation. */
export class Authenticator {
  private readonly bearerTokens: Set<string> | null;
  private readonly sourceKeys: Set<string> | null;
  private readonly sources: Map<string, string> | null;

  constructor(options: MockAuthOptions = {}) {
    this.bearerTokens = options.bearerTokens ? new Set(options.bearerTokens) : null;
    this.sourceKeys = options.sourceKeys ? new Set(options.sourceKeys) : null;
    this.sources = options.sources ? new Map(options.sources.map((s) => [s.id, s.key])) : null;
  }

  /** `null` when the request may proceed. */
  check(kind: CredentialKind | null, header: (name: string) => string | undefined): AuthFailure | null {
    if (kind === null) return null;
    const bearer = parseBearer(header("authorization"));
    return kind === "organization" ? this.checkOrganization(bearer) : this.checkSource(bearer, header);
  }

  private checkOrganization(bearer: string | null | undefined): AuthFailure | null {
    if (bearer === undefined)
      return unauthorized("This operation needs an organization API key or access token in `Authorization: Bearer ...`.");
    if (bearer === null) return unauthorized("The `Authorization` header must be `Bearer <token>`.", "invalid_request");
    if (accepts(this.bearerTokens, bearer, this.sourceKeys)) return null;
    if (this.sourceKeys?.has(bearer)) return { status: 403, detail: "A lead source key may only be used on lead intake operations." };
    return unauthorized("The bearer token is not accepted.", "invalid_token");
  }

  private checkSource(bearer: string | null | undefined, header: (name: string) => string | undefined): AuthFailure | null {
    const sourceId = header("x-leadping-source-id");
    const sourceKey = header("x-leadping-source-key");
    if (sourceId !== undefined || sourceKey !== undefined) {
      if (!sourceId || !sourceKey) {
        return unauthorized(
          "Send both `X-Leadping-Source-Id` and `X-Leadping-Source-Key`, or a source key as a bearer token.",
          "invalid_request",
        );
      }
      const expected = this.sources?.get(sourceId);
      if (this.sources === null || expected === sourceKey) return null;
      return unauthorized("The lead source id and key are not accepted.", "invalid_token");
    }
    if (bearer === undefined) {
      return unauthorized(
        "Lead intake needs a lead source key in `Authorization: Bearer ...` or the `X-Leadping-Source-Id`/`X-Leadping-Source-Key` headers.",
      );
    }
    if (bearer === null) return unauthorized("The `Authorization` header must be `Bearer <token>`.", "invalid_request");
    if (accepts(this.sourceKeys, bearer, this.bearerTokens)) return null;
    if (this.bearerTokens?.has(bearer))
      return { status: 403, detail: "Lead intake accepts lead source credentials only, not organization keys." };
    return unauthorized("The lead source key is not accepted.", "invalid_token");
  }
}

/** A list left out accepts any non-empty token, except one explicitly listed for the other kind of route. */
function accepts(allowed: Set<string> | null, token: string, otherKind: Set<string> | null): boolean {
  return allowed === null ? token.length > 0 && !otherKind?.has(token) : allowed.has(token);
}

/** `undefined` when absent, `null` when present but not a usable bearer token. */
function parseBearer(value: string | undefined): string | null | undefined {
  if (value === undefined) return undefined;
  const match = /^Bearer +(\S+) *$/i.exec(value);
  return match ? match[1]! : null;
}

/** `error` says what was wrong in the problem body only: the challenge stays exactly the real API's. */
function unauthorized(detail: string, error?: string): AuthFailure {
  return { status: 401, detail: error ? `${detail} (${error})` : detail, challenge: BEARER_CHALLENGE };
}
