// Which Host names a local server answers. A page on evil.example whose name
// the attacker re-points at 127.0.0.1 (DNS rebinding) is same-origin with the
// server in the browser's eyes, so CORS and Origin checks never see it; only
// the Host header still says evil.example. A server bound to loopback that
// answers only loopback names (and those it is told) cannot be read that way.
// The playground uses the same list for its own server.
import type { IncomingMessage, ServerResponse } from "node:http";
import { problemReply } from "./problem.js";

/** The loopback host names, as a Host header carries them (IPv6 in brackets). */
export const loopbackHostNames: readonly string[] = ["localhost", "127.0.0.1", "[::1]"];

/** The host name of a Host header, lower-cased and without the port; `null` when it is not one. */
export function hostNameOf(hostHeader: string | undefined): string | null {
  if (!hostHeader || /[\s/?#@\\]/.test(hostHeader)) return null;
  try {
    return new URL(`http://${hostHeader}`).hostname;
  } catch {
    return null;
  }
}

/**
 * A check of Host headers against the loopback names plus `extraHosts` (host
 * names, optionally with a port, which is ignored). `true` when the Host names
 * one of them.
 */
export function createHostAllowList(extraHosts: readonly string[] = []): (hostHeader: string | undefined) => boolean {
  const allowed = new Set([...loopbackHostNames, ...extraHosts.map(hostNameOf).filter((host) => host !== null)]);
  // A client sends the same few Host headers again and again: remember the last verdicts rather
  // than parse a URL per request (a bounded memo, so odd headers cannot grow it).
  const verdicts = new Map<string, boolean>();
  return (hostHeader) => {
    if (hostHeader === undefined) return false;
    let verdict = verdicts.get(hostHeader);
    if (verdict === undefined) {
      const host = hostNameOf(hostHeader);
      verdict = host !== null && allowed.has(host);
      if (verdicts.size >= 64) verdicts.clear();
      verdicts.set(hostHeader, verdict);
    }
    return verdict;
  };
}

/** Whether `bindHost` (an address or name a server listens on) is a loopback one. */
export function isLoopbackBind(bindHost: string): boolean {
  const host = bindHost.replace(/^\[|\]$/g, "").toLowerCase();
  return host === "localhost" || host === "::1" || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

/**
 * The Host check of `startMockServer`: bound to loopback, only the loopback
 * names, the bound address and `allowedHosts`; bound elsewhere, no check unless
 * `allowedHosts` is given (then the same list). `["*"]` turns the check off.
 */
export function mockServerHostCheck(
  bindHost: string,
  allowedHosts: readonly string[] | undefined,
): (hostHeader: string | undefined) => boolean {
  if (allowedHosts?.includes("*") || (allowedHosts === undefined && !isLoopbackBind(bindHost))) return () => true;
  const bound = bindHost.includes(":") && !bindHost.startsWith("[") ? `[${bindHost}]` : bindHost;
  return createHostAllowList([...(allowedHosts ?? []), bound]);
}

/** Answers a request whose Host is not allowed: 403 problem, body left unread, connection closed. */
export function refuseHost(request: IncomingMessage, response: ServerResponse): void {
  const detail =
    "The local API answers only the host names it serves (the loopback names unless allowedHosts / --allowed-host adds others).";
  const reply = problemReply("forbidden", { detail, instance: (request.url ?? "/").split("?")[0]! });
  const body = JSON.stringify(reply.payload);
  response.writeHead(403, { ...reply.headers, "content-length": Buffer.byteLength(body), connection: "close" });
  response.end(body);
}
