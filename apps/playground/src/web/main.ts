// Entry of the page: asks the playground server which API sits behind /api,
// then wires the lead list, the editor and the exchanges panel together.
import "./style.css";
import type { TagResponse } from "@leadping/types";
import { createPlaygroundClient } from "./client.js";
import { h } from "./dom.js";
import { describeError } from "./error-text.js";
import { ExchangeLog } from "./exchange-log.js";
import { LeadEditor } from "./lead-editor.js";
import { LeadTable } from "./lead-table.js";
import { WebhookInboxPanel } from "./webhook-inbox.js";

interface PlaygroundInfo {
  api: "local" | "remote";
  description: string;
  apiBasePath: string;
}

async function loadInfo(): Promise<PlaygroundInfo> {
  const response = await fetch("/_playground/info");
  if (!response.ok) throw new Error(`/_playground/info answered ${response.status}`);
  return (await response.json()) as PlaygroundInfo;
}

async function start(root: HTMLElement): Promise<void> {
  const info = await loadInfo();
  const exchanges = new ExchangeLog();
  // Only the embedded local API sends webhooks to this server.
  const inbox = info.api === "local" ? new WebhookInboxPanel() : null;
  const lp = createPlaygroundClient(info.apiBasePath, (exchange) => {
    exchanges.record(exchange);
    if (exchange.method !== "GET") inbox?.refresh();
  });

  const editor = new LeadEditor(
    lp,
    () => {
      void table.refresh();
      void loadTags();
    },
    (method, path) => exchanges.latest(method, path),
  );
  const table: LeadTable = new LeadTable(lp, (id) => {
    table.select(id);
    void editor.open(id);
  });
  async function loadTags(): Promise<void> {
    let tags: TagResponse[] = [];
    try {
      tags = await lp.tags.list();
    } catch (error) {
      console.warn(`Could not load tags: ${describeError(error)}`);
    }
    table.setTags(tags);
    editor.setTags(tags);
  }

  root.replaceChildren(
    h(
      "header",
      { class: "topbar" },
      h("h1", {}, "Leadping ", h("span", { class: "accent" }, "playground")),
      h(
        "span",
        { class: `badge badge-${info.api}`, "data-testid": "api-badge", title: info.description },
        info.api === "local" ? "local API" : "live API",
      ),
      h("span", { class: "muted" }, info.description),
    ),
    h(
      "main",
      { class: "layout" },
      h("div", { class: "column" }, table.element, exchanges.element, inbox?.element),
      h("div", { class: "column" }, editor.element),
    ),
  );
  inbox?.refresh();
  await loadTags();
  await table.restart();
}

const root = document.getElementById("app");
if (root) {
  start(root).catch((error: unknown) => {
    root.textContent = `The playground could not start: ${describeError(error)}`;
  });
}
