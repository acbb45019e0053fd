// `baseUrl` is checked once, when the client is made: every request URL is the
// base URL plus a path, so a query, a fragment or credentials in it would
// corrupt every call ("?tenant=1" → "/v1?tenant=1/leads/x", "#f" → a delete
// of "/v1") or leak a password into error messages.
import { LeadpingError } from "./errors.js";

/**
 * The validated base URL, normalized (lower-case scheme and host, no default
 * port, no trailing slash). Throws a LeadpingError that never quotes the input,
 * which may carry a password.
 */
export function validateBaseUrl(raw: string): string {
  let url: URL | undefined;
  try {
    url = new URL(raw);
  } catch {
    // Not rethrown as `cause`: URL errors quote the input.
  }
  const problem = !url
    ? "must be an absolute URL"
    : !/^https?:$/.test(url.protocol)
      ? "must be http: or https:"
      : url.username || url.password
        ? "must not contain a username or password"
        : /[?#]/.test(raw)
          ? "must not contain a query (?) or fragment (#)"
          : "";
  if (problem) throw new LeadpingError(`baseUrl ${problem}.`);
  return `${url!.origin}${url!.pathname}`.replace(/\/+$/, "");
}
