// Problem documents the playground server answers itself (413, 502, 403, 405, 500).
import type { ServerResponse } from "node:http";

/** Answers with an RFC 9457 problem details document. */
export function writeProblem(target: ServerResponse, status: number, title: string, detail: string): void {
  const body = JSON.stringify({ type: "about:blank", title, status, detail });
  target.writeHead(status, { "content-type": "application/problem+json", "content-length": Buffer.byteLength(body) });
  target.end(body);
}
