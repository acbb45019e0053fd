// The "Webhook inbox" panel: lead events the embedded local API delivered to the
// playground server, each verified there with @leadping/client/webhooks and
// shown as verified, duplicate or rejected, next to the API exchanges.
import type { InboxEntry } from "../shared/inbox-entry.js";
import { h, replaceChildren } from "./dom.js";

const verdictClass: Record<InboxEntry["verdict"], string> = {
  verified: "status status-ok",
  duplicate: "status status-warn",
  rejected: "status status-fail",
};

function isInboxEntry(value: unknown): value is InboxEntry {
  return (
    typeof value === "object" && value !== null && "verdict" in value && typeof value.verdict === "string" && value.verdict in verdictClass
  );
}

/** The inbox panel; call `refresh` after the page changed a lead (deliveries follow within moments). */
export class WebhookInboxPanel {
  readonly element: HTMLElement;
  private readonly list: HTMLElement;
  private refreshing: Promise<void> | null = null;

  constructor() {
    this.list = h("ol", { class: "exchange-list inbox-list", "data-testid": "inbox-list" });
    this.element = h(
      "section",
      { class: "panel inbox", "aria-label": "Webhook inbox" },
      h("h2", {}, "Webhook inbox"),
      h("p", { class: "muted" }, "Lead events the local API sent to this server, verified with @leadping/client/webhooks."),
      this.list,
    );
  }

  /** Reloads the inbox a few times, since deliveries arrive just after the change. */
  refresh(): void {
    this.refreshing ??= (async () => {
      for (const delay of [150, 500, 1500]) {
        await new Promise((resolve) => setTimeout(resolve, delay));
        await this.load();
      }
    })().finally(() => (this.refreshing = null));
  }

  private async load(): Promise<void> {
    // Under `pnpm dev` (Vite) there is no inbox route: the panel then stays empty.
    const response = await fetch("/_playground/inbox", { cache: "no-store" }).catch(() => null);
    if (!response?.ok || !response.headers.get("content-type")?.includes("json")) return;
    const body: unknown = await response.json().catch(() => null);
    const entries = Array.isArray(body) ? body.filter(isInboxEntry) : [];
    replaceChildren(
      this.list,
      ...entries.map((entry) =>
        h(
          "li",
          { "data-testid": "inbox-entry", "data-verdict": entry.verdict },
          h(
            "div",
            { class: "inbox-row" },
            h("span", { class: verdictClass[entry.verdict] }, entry.verdict),
            h("span", { class: "path" }, entry.eventType ?? entry.reason ?? "—"),
            h("span", { class: "path", title: entry.webhookId ?? "" }, entry.leadId ?? ""),
            h("span", { class: "ms" }, entry.receivedAt.slice(11, 19)),
          ),
        ),
      ),
    );
  }
}
