// Remote mode sends the organization key (and the source key) upstream from the
// server. An upstream answer can quote them back — a 401 whose detail repeats
// the key it refused, a debugging header, a proxy's error page — and the
// gateway would pass that to the browser, which must never see them. Every
// occurrence in the answer's headers and body is replaced before it leaves.

/** What replaces a credential in an upstream answer. */
export const redactedMarker = "[redacted]";

// Statuses whose Response may not carry a body.
const nullBodyStatuses = new Set([101, 204, 205, 304]);

/** The forms a credential can take in an answer: as sent, and percent-encoded (quoted in a URL). */
function needlesFor(secrets: readonly string[]): string[] {
  const forms = secrets.filter((secret) => secret.length > 0).flatMap((secret) => [secret, encodeURIComponent(secret)]);
  // Longest first, so a key that contains another is replaced whole.
  return [...new Set(forms)].sort((a, b) => b.length - a.length);
}

function redactText(text: string, needles: readonly string[]): string {
  return needles.reduce((out, needle) => out.split(needle).join(redactedMarker), text);
}

function redactBytes(bytes: Buffer, needles: readonly string[]): Buffer {
  let out = bytes;
  const marker = Buffer.from(redactedMarker);
  for (const needle of needles.map((n) => Buffer.from(n))) {
    if (out.indexOf(needle) < 0) continue;
    const parts: Buffer[] = [];
    let from = 0;
    for (let at = out.indexOf(needle); at >= 0; at = out.indexOf(needle, from)) {
      parts.push(out.subarray(from, at), marker);
      from = at + needle.length;
    }
    parts.push(out.subarray(from));
    out = Buffer.concat(parts);
  }
  return out;
}

/** `response` with every occurrence of `secrets` in its header values and body replaced by {@link redactedMarker}. */
export async function redactCredentials(response: Response, secrets: readonly string[]): Promise<Response> {
  const needles = needlesFor(secrets);
  const headers = new Headers();
  response.headers.forEach((value, name) => {
    if (name !== "set-cookie") headers.append(name, redactText(value, needles));
  });
  for (const cookie of response.headers.getSetCookie()) headers.append("set-cookie", redactText(cookie, needles));
  // The bytes, not decoded text: the body may be binary or not UTF-8, and must stay as it was elsewhere.
  const body = redactBytes(Buffer.from(await response.arrayBuffer()), needles);
  return new Response(nullBodyStatuses.has(response.status) || body.length === 0 ? null : new Uint8Array(body), {
    status: response.status,
    statusText: response.statusText,
    headers,
  });
}
