// Which Leadping API the playground talks to: the embedded local API (the
// default, no credentials) or a real one when LEADPING_API_KEY is set.

/** The real Leadping API, used when only LEADPING_API_KEY is given. */
export const defaultRemoteBaseUrl = "https://api.leadping.ai";

/** The embedded local API from @leadping/mock-server. */
export interface LocalApiTarget {
  kind: "local";
  /** Seed of the sample data. @default 42 */
  seed: number;
  /** Sample leads created at start. @default 40 */
  sampleLeads: number;
  /** Validate every response of the local API against the spec (a violation answers 500). @default true */
  strict: boolean;
}

/** A real Leadping API reached with an organization API key. */
export interface RemoteApiTarget {
  kind: "remote";
  /** Base URL of the API. @default "https://api.leadping.ai" */
  baseUrl: string;
  /** Organization API key; never printed, logged or sent to the browser. */
  apiKey: string;
  /** Lead source key for creating leads (LEADPING_SOURCE_KEY). @default undefined */
  sourceKey?: string;
  /** Lead source id sent with the source key (LEADPING_SOURCE_ID). @default undefined */
  sourceId?: string;
}

export type ApiTarget = LocalApiTarget | RemoteApiTarget;

type Env = Record<string, string | undefined>;

function nonNegativeInteger(env: Env, name: string, fallback: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  if (!/^\d+$/.test(raw)) throw new Error(`${name} must be a non-negative integer, got ${JSON.stringify(raw)}`);
  return Number(raw);
}

/** Reads the API target from the environment (LEADPING_API_KEY, LEADPING_BASE_URL, …). */
export function resolveApiTarget(env: Env): ApiTarget {
  const apiKey = env["LEADPING_API_KEY"]?.trim();
  if (!apiKey) {
    return {
      kind: "local",
      seed: nonNegativeInteger(env, "LEADPING_SEED", 42),
      sampleLeads: nonNegativeInteger(env, "LEADPING_SAMPLE_LEADS", 40),
      strict: env["LEADPING_MOCK_STRICT"]?.trim() !== "0",
    };
  }
  const rawBaseUrl = env["LEADPING_BASE_URL"]?.trim() || defaultRemoteBaseUrl;
  let baseUrl: URL;
  try {
    baseUrl = new URL(rawBaseUrl);
  } catch {
    throw new Error(`LEADPING_BASE_URL is not a URL: ${JSON.stringify(rawBaseUrl)}`);
  }
  if (baseUrl.protocol !== "https:" && baseUrl.protocol !== "http:") {
    throw new Error(`LEADPING_BASE_URL must be http(s), got ${baseUrl.protocol}`);
  }
  if (baseUrl.username || baseUrl.password) throw new Error("LEADPING_BASE_URL must not carry credentials");
  const target: RemoteApiTarget = { kind: "remote", baseUrl: baseUrl.href.replace(/\/+$/, ""), apiKey };
  const sourceKey = env["LEADPING_SOURCE_KEY"]?.trim();
  const sourceId = env["LEADPING_SOURCE_ID"]?.trim();
  if (sourceKey) target.sourceKey = sourceKey;
  if (sourceId) target.sourceId = sourceId;
  return target;
}

/** One line saying which API is in use, without any credential. */
export function describeApiTarget(target: ApiTarget): string {
  return target.kind === "local"
    ? `local API (embedded @leadping/mock-server, seed ${target.seed}, ${target.sampleLeads} sample leads)`
    : `Leadping API at ${target.baseUrl}`;
}
