// The browser build's redirect rule (dist/index.browser.mjs, picked by the
// "browser" export condition). A page's fetch with `redirect: "manual"` hides
// where a redirect leads (an opaque redirect, status 0), so there is nothing
// the client could check or follow: every redirect fails. Node, Deno, Bun and
// workers get redirects.ts, which follows them under the origin rules.
import { LeadpingRedirectError } from "./errors.js";
import type { RequestTarget } from "./errors.js";
import type { Hop, SendHop } from "./redirects.js";

/** Sends `hop`; a redirect (opaque, or a 3xx with Location from a fetch that shows one) fails with LeadpingRedirectError. */
export async function fetchFollowing(sendHop: SendHop, target: RequestTarget, hop: Hop, signal: AbortSignal | null): Promise<Response> {
  const response = await sendHop(hop, signal);
  const { status } = response;
  if (response.type === "opaqueredirect" || (status > 299 && status < 400 && response.headers.has("location"))) {
    response.body?.cancel().catch(() => undefined);
    throw new LeadpingRedirectError(
      `${target.method} ${target.path} was redirected, and a browser hides where to; set baseUrl to the URL the API redirects to.`,
      target,
      status,
    );
  }
  return response;
}
