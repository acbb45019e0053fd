// Prelude of `fragment=client` blocks: the names the client README's sections take from its
// quick start (`lp`, `apiKey`, the client's exports) and the app objects they talk to.
import { createLeadpingClient } from "@leadping/client";

export {
  AuthenticationError,
  BadRequestError,
  createLeadpingClient,
  LeadpingAbortError,
  LeadpingApiError,
  LeadpingConnectionError,
  LeadpingTimeoutError,
  RateLimitError,
} from "@leadping/client";

export const apiKey = process.env.LEADPING_API_KEY!;
// The Resources section creates leads too, which takes the lead source's key.
export const lp = createLeadpingClient({ apiKey, sourceKey: process.env.LEADPING_SOURCE_KEY! });
export const id = "lead_01";

/** Your secret manager. */
export const secrets = { get: (_name: string) => Promise.resolve({ value: apiKey }) };
/** Your metrics. */
export const metrics = { count: (_name: string): void => undefined };
/** Your logger. */
export const logger = { warn: (message: string): void => console.warn(message) };
