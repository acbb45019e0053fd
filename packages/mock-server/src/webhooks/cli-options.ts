// The CLI's webhook flags → sender options. Secrets and tokens are never echoed.
import type { MockWebhookOptions, WebhookDeliveryMode } from "./options.js";

/** What the CLI parsed: repeatable flags arrive as lists. */
export interface WebhookFlags {
  urls: string[];
  secrets: string[];
  bearer: string | undefined;
  header: string | undefined;
  attempts: number | undefined;
  retryDelayMs: number | undefined;
}

export const WEBHOOK_USAGE = `  --webhook <url>           Send lead events to this endpoint (repeatable)
  --webhook-secret <whsec>  Sign deliveries (Standard Webhooks); twice during key rotation
  --webhook-bearer <token>  Send Authorization: Bearer <token> instead of signing
  --webhook-header <n:v>    Send a static custom header instead of signing
  --webhook-attempts <n>    Attempts per delivery, first included    [default: 5]
  --webhook-retry-delay <ms> First retry delay, doubling per retry    [default: 1000]
  (LEADPING_MOCK_WEBHOOK_SECRET, comma-separated, may hold the secrets instead of the flag)`;

/** Builds the sender options; throws a message naming the flag at fault. */
export function webhookOptionsFromFlags(flags: WebhookFlags): MockWebhookOptions {
  const modes = [flags.secrets.length > 0, flags.bearer !== undefined, flags.header !== undefined].filter(Boolean).length;
  if (modes > 1) throw new Error("choose one of --webhook-secret, --webhook-bearer and --webhook-header");
  if (modes > 0 && flags.urls.length === 0) throw new Error("--webhook-secret, --webhook-bearer and --webhook-header need --webhook <url>");
  const delivery = deliveryMode(flags);
  return {
    endpoints: flags.urls.map((url) => ({ url, delivery })),
    ...(flags.attempts !== undefined ? { maxAttempts: flags.attempts } : {}),
    ...(flags.retryDelayMs !== undefined ? { retryDelayMs: flags.retryDelayMs } : {}),
  };
}

/** One line for the startup banner: where events go and how, without credentials. */
export function describeWebhooks(options: MockWebhookOptions): string | undefined {
  const endpoints = options.endpoints ?? [];
  if (endpoints.length === 0) return undefined;
  const mode = endpoints[0]!.delivery ?? { mode: "none" };
  const how =
    mode.mode === "signature"
      ? `signed with ${mode.secrets.length} secret${mode.secrets.length > 1 ? "s" : ""}`
      : mode.mode === "header"
        ? `header ${mode.name}`
        : mode.mode;
  return `Sending lead events to ${endpoints.map((e) => e.url).join(", ")} (${how})`;
}

function deliveryMode(flags: WebhookFlags): WebhookDeliveryMode {
  if (flags.secrets.length > 0) return { mode: "signature", secrets: flags.secrets };
  if (flags.bearer !== undefined) return { mode: "bearer", token: flags.bearer };
  if (flags.header !== undefined) {
    const colon = flags.header.indexOf(":");
    if (colon <= 0) throw new Error("--webhook-header must look like Name:value");
    return { mode: "header", name: flags.header.slice(0, colon).trim(), value: flags.header.slice(colon + 1).trim() };
  }
  return { mode: "none" };
}
