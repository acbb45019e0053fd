// Who is calling: the SDK's name and version, injected from package.json at
// build time (tsdown and vitest `define`), never kept by hand.
declare const __LEADPING_CLIENT_VERSION__: string | undefined;

/** The published version of @leadping/client. */
export const clientVersion: string = typeof __LEADPING_CLIENT_VERSION__ === "string" ? __LEADPING_CLIENT_VERSION__ : "0.0.0-dev";

/**
 * `X-Leadping-Client` on every request, plus `User-Agent` in server runtimes
 * (Node, Bun, Deno). Browsers do not let scripts set `User-Agent` (Chrome drops
 * it), and a header the page may not set would only add noise to CORS preflights.
 */
export function identificationHeaders(): Record<string, string> {
  const headers: Record<string, string> = { "x-leadping-client": `@leadping/client/${clientVersion}` };
  const versions = (globalThis as { process?: { versions?: Record<string, string | undefined> } }).process?.versions;
  if (versions?.node) {
    const runtime = versions.bun ? `bun/${versions.bun}` : versions.deno ? `deno/${versions.deno}` : `node/${versions.node}`;
    // "@" and "/" are not token characters (RFC 9110), so the product token names the package without them.
    headers["user-agent"] = `leadping-client/${clientVersion} ${runtime}`;
  }
  return headers;
}
