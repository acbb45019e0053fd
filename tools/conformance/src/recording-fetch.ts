// A fetch that records what the client sends, then forwards it to a real server.
// The README's examples use placeholder ids (`lead_01`, `tag_hot`); `aliases` maps them to
// records that exist on the server. What is recorded is what the example sent, before mapping.

/** One request as the client sent it. */
export interface SentRequest {
  method: string;
  /** The path below the client's base URL, such as `/leads/lead_01/status`. */
  path: string;
  query: URLSearchParams;
  /** The parsed JSON body, or `undefined` when none was sent. */
  body: unknown;
  /** Where it came from, such as `README "Resources"` or `playground tour`. */
  source: string;
}

export interface RecordingFetch {
  fetch: typeof fetch;
  sent: SentRequest[];
  /** Placeholder → real id, applied to the forwarded path and body. */
  aliases: Map<string, string>;
  /** Labels the requests recorded from now on. */
  source: string;
}

export function recordingFetch(target: string): RecordingFetch {
  const recorder: RecordingFetch = {
    sent: [],
    aliases: new Map(),
    source: "",
    fetch: async (input, init) => {
      const request = new Request(input, init);
      const url = new URL(request.url);
      const text = request.body === null ? "" : await request.text();
      const body: unknown = text === "" ? undefined : JSON.parse(text);
      recorder.sent.push({ method: request.method, path: url.pathname, query: url.searchParams, body, source: recorder.source });
      let path = url.pathname + url.search;
      let forwarded = text;
      for (const [placeholder, real] of recorder.aliases) {
        path = path.replaceAll(placeholder, real);
        forwarded = forwarded.replaceAll(`"${placeholder}"`, `"${real}"`);
      }
      return fetch(target + path, {
        method: request.method,
        headers: request.headers,
        signal: request.signal,
        ...(text === "" ? {} : { body: forwarded }),
      });
    },
  };
  return recorder;
}
