// Who may talk to the playground. In remote mode /api spends the server's key,
// so two kinds of page must not reach it:
// - DNS rebinding: a page from evil.example whose name now resolves to
//   127.0.0.1 is same-origin with us in the browser's eyes; only the Host
//   header tells it apart, so we serve only host names we know.
// - CSRF: another origin's page (even another port on localhost) can send
//   requests without CORS (`mode: "no-cors"`); browsers label them with Origin
//   and Sec-Fetch-Site, so /api takes only requests from its own origin.
// Callers that are not browsers (the tour, the client in node) send neither
// header and are let through: they hold no one else's ambient authority.
import type { IncomingHttpHeaders } from "node:http";
import { createHostAllowList } from "@leadping/mock-server";

/** Why a request was refused, for a 403 problem document. */
export interface Refusal {
  title: string;
  detail: string;
}

/** Decides whether a request's Host names this playground: the local API's loopback allow-list plus `extraHosts`. */
export function createHostCheck(extraHosts: readonly string[] = []): (headers: IncomingHttpHeaders) => Refusal | null {
  const allowed = createHostAllowList(extraHosts);
  return (headers) =>
    allowed(headers.host)
      ? null
      : {
          title: "Host not allowed",
          detail: "The playground answers only on the host names it serves (the loopback names and PLAYGROUND_ALLOWED_HOSTS).",
        };
}

const sameOriginFetchSites = new Set(["same-origin", "none"]);

/** Refuses an /api request a browser sent on behalf of another origin. Assumes the Host was checked. */
export function crossOriginRefusal(headers: IncomingHttpHeaders): Refusal | null {
  const fetchSite = headers["sec-fetch-site"];
  if (fetchSite !== undefined && !sameOriginFetchSites.has(fetchSite)) {
    return { title: "Cross-origin request refused", detail: "The playground's API answers only its own page." };
  }
  const origin = headers.origin;
  if (origin !== undefined && !sameOrigin(origin, headers.host)) {
    return { title: "Cross-origin request refused", detail: "The playground's API answers only its own page." };
  }
  return null;
}

function sameOrigin(origin: string, hostHeader: string | undefined): boolean {
  try {
    const page = new URL(origin);
    const self = new URL(`http://${hostHeader ?? ""}`);
    // https too: behind a TLS-terminating proxy the page is https, the Host the same.
    return (page.protocol === "http:" || page.protocol === "https:") && page.host === self.host;
  } catch {
    return false;
  }
}

/**
 * A GET that creates (`GET /leads/intake`) is what an `<img>` tag on any page
 * can send with no Origin, and browsers send no Fetch Metadata to plain-http
 * hosts other than localhost. So unlike other requests, it needs positive
 * proof that the playground's own page sent it.
 */
export function unprovenCreatingGet(headers: IncomingHttpHeaders): Refusal | null {
  const proven = headers["sec-fetch-site"] === "same-origin" || (headers.origin !== undefined && sameOrigin(headers.origin, headers.host));
  return proven
    ? null
    : {
        title: "Creating GET refused",
        detail: "A GET that creates a lead is answered only for the playground's own page (Sec-Fetch-Site: same-origin or its Origin).",
      };
}

/**
 * The webhook inbox takes deliveries from the local API, which sends neither
 * `Origin` nor Fetch Metadata; a browser sends `Origin` on every POST, so a
 * page on any site (or another local port) could flood the 50-entry inbox.
 */
export function browserSentDelivery(headers: IncomingHttpHeaders): Refusal | null {
  return headers.origin !== undefined || headers["sec-fetch-site"] !== undefined
    ? {
        title: "Delivery from a browser refused",
        detail: "The webhook inbox takes deliveries from the local API only, which sends no Origin.",
      }
    : null;
}
