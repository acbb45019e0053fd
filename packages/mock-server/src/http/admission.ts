// Whether a routed request may reach its operation: the body size, the credentials and the
// rate limit, in that order (a refused credential still counts against the limit).
import type { CompiledOperation } from "../contract/compile.js";
import type { Authenticator } from "./auth.js";
import type { MockRequest } from "./exchange.js";
import { type Reply, problemReply } from "./problem.js";
import { type RateLimit, ratePartition } from "./rate-limit.js";

/** The refusal, or `null` when the request is admitted. */
export async function admissionRefusal(
  op: CompiledOperation,
  request: MockRequest,
  auth: Authenticator,
  rateLimit: RateLimit | null,
): Promise<Reply | null> {
  const instance = request.pathname;
  if (request.bodyTooLarge) return problemReply("payload-too-large", { detail: "Request bodies are limited to 1 MiB.", instance });
  const denied = auth.check(op.credential, request.header);
  if (rateLimit) {
    const partition = ratePartition({
      credential: op.credential,
      authorization: request.header("authorization"),
      authenticated: !denied,
      sourceHeaders: request.header("x-leadping-source-id") !== undefined || request.header("x-leadping-source-key") !== undefined,
      ip: request.remoteAddress ?? "local",
    });
    const limited = await rateLimit.take(partition);
    if (limited)
      return problemReply("rate-limited", {
        detail: "Rate limit exceeded: requests over the limit are not queued; retry later.",
        instance,
        headers: limited.headers,
      });
  }
  if (!denied) return null;
  const headers: Record<string, string> = denied.status === 401 ? { "www-authenticate": denied.challenge } : {};
  return problemReply(denied.status === 401 ? "unauthorized" : "forbidden", { detail: denied.detail, instance, headers });
}
