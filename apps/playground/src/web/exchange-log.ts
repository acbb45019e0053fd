// The "API exchanges" panel: every request the page's client made, newest
// first, with the selected one's request and response shown in full.
import type { Exchange } from "../shared/exchange-recorder.js";
import { h, prettyJson, replaceChildren } from "./dom.js";

const maxEntries = 30;

function statusClass(status: number | null): string {
  if (status === null || status >= 500) return "status status-fail";
  if (status >= 400) return "status status-warn";
  return "status status-ok";
}

function headerLines(headers: Record<string, string>): string {
  return Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}`)
    .join("\n");
}

/** Request and response of one exchange, side by side. */
export function exchangeDetail(exchange: Exchange): HTMLElement {
  return h(
    "div",
    { class: "exchange-detail", "data-testid": "exchange-detail" },
    h(
      "div",
      { class: "exchange-half" },
      h("h4", {}, "Request"),
      h("code", { class: "exchange-line" }, `${exchange.method} ${exchange.path}`),
      h("pre", { class: "headers" }, headerLines(exchange.requestHeaders)),
      h("pre", { class: "json", "data-testid": "exchange-request-body" }, prettyJson(exchange.requestBody)),
    ),
    h(
      "div",
      { class: "exchange-half" },
      h("h4", {}, "Response"),
      h(
        "code",
        { class: "exchange-line" },
        h("span", { class: statusClass(exchange.status), "data-testid": "exchange-status" }, exchange.status ?? "no response"),
        ` in ${exchange.durationMs.toFixed(1)} ms`,
      ),
      h("pre", { class: "headers" }, exchange.failure ?? headerLines(exchange.responseHeaders)),
      h("pre", { class: "json", "data-testid": "exchange-response-body" }, prettyJson(exchange.responseBody)),
    ),
  );
}

/** The exchanges panel; feed it with `record`. */
export class ExchangeLog {
  readonly element: HTMLElement;
  private readonly list: HTMLElement;
  private readonly detail: HTMLElement;
  private readonly exchanges: Exchange[] = [];
  private selected: Exchange | null = null;

  constructor() {
    this.list = h("ol", { class: "exchange-list", "data-testid": "exchange-list" });
    this.detail = h("div", {}, h("p", { class: "muted" }, "Requests the page sends appear here."));
    this.element = h(
      "section",
      { class: "panel exchanges", "aria-label": "API exchanges" },
      h("h2", {}, "API exchanges"),
      this.list,
      this.detail,
    );
  }

  /** The newest exchange with this method and path (query ignored). */
  latest(method: string, path: string): Exchange | undefined {
    return this.exchanges.find((exchange) => exchange.method === method && exchange.path.split("?")[0] === path);
  }

  /** Adds an exchange and shows it. */
  record(exchange: Exchange): void {
    this.exchanges.unshift(exchange);
    this.exchanges.length = Math.min(this.exchanges.length, maxEntries);
    this.selected = exchange;
    this.render();
  }

  private render(): void {
    replaceChildren(
      this.list,
      ...this.exchanges.map((exchange) =>
        h(
          "li",
          { class: exchange === this.selected ? "selected" : "" },
          h(
            "button",
            {
              type: "button",
              onclick: () => {
                this.selected = exchange;
                this.render();
              },
            },
            h("span", { class: "method" }, exchange.method),
            h("span", { class: "path" }, exchange.path),
            h("span", { class: statusClass(exchange.status) }, exchange.status ?? "—"),
            h("span", { class: "ms" }, `${exchange.durationMs.toFixed(0)} ms`),
          ),
        ),
      ),
    );
    replaceChildren(this.detail, this.selected ? exchangeDetail(this.selected) : null);
  }
}
