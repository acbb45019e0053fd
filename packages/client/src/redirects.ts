// Redirects are followed here, not by fetch: fetch would forward custom
// headers (X-Leadping-Source-Id/Key, the caller's own) and, on 307/308, the
// lead body to whatever origin a Location names, stripping only Authorization.
// Rules (fetch spec, plus the origin rule): 303, and 301/302 after a POST,
// become a GET without body; 307/308 resend method and body. Headers and
// credentials go only to the origin of the first URL; once a hop leaves it,
// only `Accept` is sent for the rest of the chain, and a body is never resent
// to another origin (LeadpingRedirectError instead).
import { LeadpingRedirectError } from "./errors.js";
import type { RequestTarget } from "./errors.js";

/** Most redirects one attempt follows. */
export const MAX_REDIRECTS = 10;

/** Headers that describe a body, dropped when a redirect turns the request into a GET. */
const BODY_HEADERS = ["content-type", "content-length", "content-encoding", "content-language", "content-location"];
const ignore = () => undefined;

function isRedirect(status: number): boolean {
  return status === 301 || status === 302 || status === 303 || status === 307 || status === 308;
}

/** One attempt's request and everything that may change from hop to hop. */
export interface Hop {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: BodyInit | null;
}

/** Sends one hop with `redirect: "manual"` (the call's fetch, in the form the call asked for). */
export type SendHop = (hop: Hop, signal: AbortSignal | null) => Promise<Response>;

/** Sends `hop`, following up to MAX_REDIRECTS redirects; resolves with the first response that is not one. */
export async function fetchFollowing(sendHop: SendHop, target: RequestTarget, hop: Hop, signal: AbortSignal | null): Promise<Response> {
  let { url, method, headers, body } = hop;
  // Parsed only when a redirect comes: most calls never need it.
  let origin: string | undefined;
  for (let hops = 0; ; hops++) {
    // The first hop is sent as given; a redirect makes the next one.
    const response = await sendHop(hops === 0 ? hop : { url, method, headers, body }, signal);
    const { status } = response;
    const location = isRedirect(status) ? response.headers.get("location") : null;
    if (location === null) {
      // A browser hides where a redirect leads ("manual" gives status 0): the client cannot check the origin.
      if (status === 0 && response.type === "opaqueredirect") {
        throw new LeadpingRedirectError(
          `${target.method} ${target.path} was redirected, and a browser hides where to; set baseUrl to the URL the API redirects to.`,
          target,
          0,
        );
      }
      return response;
    }
    response.body?.cancel().catch(ignore);
    const refuse = (why: string) =>
      new LeadpingRedirectError(`${target.method} ${target.path} got a ${status} redirect that was not followed: ${why}.`, target, status);
    if (hops >= MAX_REDIRECTS) throw refuse(`more than ${MAX_REDIRECTS} redirects`);
    let next: URL;
    try {
      next = new URL(location, url);
    } catch {
      throw refuse("its Location is not a URL");
    }
    if (next.protocol !== "http:" && next.protocol !== "https:") throw refuse(`its Location is not http(s) but ${next.protocol}`);
    if ((status === 303 && method !== "GET" && method !== "HEAD") || (status <= 302 && method === "POST")) {
      method = "GET";
      body = null;
      headers = { ...headers };
      for (const name of BODY_HEADERS) delete headers[name];
    }
    origin ??= new URL(hop.url).origin;
    if (next.origin !== origin) {
      if (body !== null) throw refuse(`the request body is never resent to another origin (${next.origin})`);
      headers = headers.accept === undefined ? {} : { accept: headers.accept };
    }
    url = next.href;
  }
}
