// The API behind the playground's /api/*: either the embedded local API, called
// in-process with no socket, or a real Leadping API reached server-side with
// the organization key, so the key never reaches the browser.
import { createMockApi } from "@leadping/mock-server";
import type { ApiTarget, LocalApiTarget, RemoteApiTarget } from "../shared/api-target.js";
import type { FetchLike } from "../shared/exchange-recorder.js";
import { redactCredentials } from "./upstream-redaction.js";
import type { WebhookInbox } from "./webhook-inbox.js";
import { matchOperation, operationTable } from "@leadping/types";

/** Answers one API request; `apiPath` is the path and query below /api. */
export type ApiGateway = (request: Request, apiPath: string) => Promise<Response>;

// The browser holds no credential: the gateway decides what to send. The local
// API accepts any non-empty token.
const localToken = "playground-local";

// Request headers worth passing on; everything else (cookies, the browser's
// own Authorization, Origin, …) stays at the gateway.
const forwardedRequestHeaders = ["accept", "content-type", "idempotency-key", "x-request-id"];

async function outgoingRequest(request: Request, url: string, credentials: Record<string, string>): Promise<Request> {
  const headers = new Headers(credentials);
  for (const name of forwardedRequestHeaders) {
    const value = request.headers.get(name);
    if (value !== null) headers.set(name, value);
  }
  const body = request.method === "GET" || request.method === "HEAD" ? null : await request.arrayBuffer();
  return new Request(url, {
    method: request.method,
    headers,
    body: body && body.byteLength > 0 ? body : null,
    redirect: "manual",
    signal: request.signal,
  });
}

// The operation's credentials come from the generated operation table: intake
// operations take the lead source's credentials, every other one the
// organization key.
function credentialsFor(target: RemoteApiTarget, method: string, apiPath: string): Record<string, string> {
  const match = matchOperation(method, apiPath.split("?")[0]!);
  const source = match.kind === "operation" && operationTable[match.key].credentials === "source";
  if (!source || !target.sourceKey) return { authorization: `Bearer ${target.apiKey}` };
  if (target.sourceId) return { "x-leadping-source-id": target.sourceId, "x-leadping-source-key": target.sourceKey };
  return { authorization: `Bearer ${target.sourceKey}` };
}

function localGateway(target: LocalApiTarget, inbox: WebhookInbox | undefined): ApiGateway {
  const api = createMockApi({ seed: target.seed, sampleLeads: target.sampleLeads, strict: target.strict });
  inbox?.connect(api.webhooks);
  return async (request, apiPath) =>
    api.fetch(await outgoingRequest(request, `http://leadping.mock${apiPath}`, { authorization: `Bearer ${localToken}` }));
}

function remoteGateway(target: RemoteApiTarget, send: FetchLike): ApiGateway {
  const secrets = [target.apiKey, ...(target.sourceKey ? [target.sourceKey] : [])];
  return async (request, apiPath) => {
    const answer = await send(
      await outgoingRequest(request, `${target.baseUrl}${apiPath}`, credentialsFor(target, request.method, apiPath)),
    );
    return redactCredentials(answer, secrets);
  };
}

/** Options of {@link createApiGateway}. */
export interface ApiGatewayOptions {
  /** Fetch used to reach a remote API. @default globalThis.fetch */
  fetch?: FetchLike;
  /** Receives the local API's webhook deliveries. @default none */
  inbox?: WebhookInbox | undefined;
}

/** Creates the gateway for `target`; a local target starts its in-memory API now. */
export function createApiGateway(target: ApiTarget, options: ApiGatewayOptions = {}): ApiGateway {
  if (target.kind === "local") return localGateway(target, options.inbox);
  return remoteGateway(target, options.fetch ?? ((input, init) => globalThis.fetch(input, init)));
}
