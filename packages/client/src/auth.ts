// Which credential goes on which request: the organization key as a bearer
// token, or, on lead intake, the source key (bearer) or source id/key pair.
import type { OperationPolicy } from "@leadping/types";
import { LeadpingError } from "./errors.js";
import type { Credential } from "./options.js";

const noCredentials: Record<string, string> = {};

/** The credential options `authHeaders` reads. */
export interface CredentialOptions {
  apiKey?: Credential | undefined;
  sourceKey?: Credential | undefined;
  sourceId?: string | undefined;
}

/**
 * Authentication headers (lower-cased names) for one attempt. Key functions
 * are called on every attempt so rotated keys take effect at once; string keys
 * resolve synchronously, so the common case costs no extra promise per request.
 */
export function authHeaders(
  options: CredentialOptions,
  credentials: OperationPolicy["credentials"],
): Record<string, string> | Promise<Record<string, string>> {
  if (credentials === "none") return noCredentials;
  const intake = credentials === "source";
  const name = intake ? "sourceKey" : "apiKey";
  const option = options[name];
  const headersFor = (key: string | undefined): Record<string, string> => {
    // A line break or NUL would make fetch reject the header with an error quoting the key (in `cause`).
    if (!key || /[\0\n\r]/.test(key)) throw new LeadpingError(`This operation needs the ${name} option (non-empty, no line breaks).`);
    return intake && options.sourceId !== undefined
      ? { "x-leadping-source-id": options.sourceId, "x-leadping-source-key": key }
      : { authorization: `Bearer ${key}` };
  };
  return typeof option === "function" ? Promise.resolve(option()).then(headersFor) : headersFor(option);
}
