// The editor's activity part: change the lead's status to one of the
// organization's catalog (`lp.leadStatuses.list`, `lp.leads.status.set`), and
// the lead's event timeline (`lp.leads.events.list`), newest first.
import type { EventTableRow, LeadResponse, LeadStatusResponse } from "@leadping/types";
import type { PlaygroundClient } from "./client.js";
import { h, replaceChildren } from "./dom.js";
import { describeError } from "./error-text.js";

/** How many events the timeline shows. */
const TIMELINE_SIZE = 20;

export class LeadActivity {
  readonly element: HTMLElement;
  private readonly statusForm: HTMLFormElement;
  private readonly statusNote: HTMLElement;
  private readonly timeline: HTMLElement;
  private catalog: Promise<LeadStatusResponse[]> | null = null;
  private lead: LeadResponse | null = null;

  constructor(
    private readonly lp: PlaygroundClient,
    private readonly onStatusSet: (lead: LeadResponse) => void,
  ) {
    this.statusForm = h("form", { class: "status-form", "data-testid": "status-form" });
    this.statusForm.addEventListener("submit", (event) => {
      event.preventDefault();
      void this.setStatus();
    });
    this.statusNote = h("span", { class: "muted", role: "status", "data-testid": "status-note" });
    this.timeline = h("ol", { class: "timeline", "data-testid": "timeline" });
    this.element = h(
      "div",
      { class: "lead-activity" },
      h("h3", {}, "Status"),
      this.statusForm,
      this.statusNote,
      h("h3", {}, "Event history"),
      this.timeline,
    );
  }

  /** Shows `lead`'s status choices and timeline. */
  async open(lead: LeadResponse): Promise<void> {
    // A note about this lead's last status change stays; another lead starts clean.
    if (this.lead?.id !== lead.id) replaceChildren(this.statusNote);
    this.lead = lead;
    try {
      this.renderStatus(lead, await this.statuses());
    } catch (error) {
      replaceChildren(this.statusForm, h("p", { class: "muted" }, `No status catalog: ${describeError(error)}`));
    }
    await this.refreshTimeline();
  }

  /** Reloads the timeline of the open lead (after a save, say). */
  async refreshTimeline(): Promise<void> {
    const lead = this.lead;
    if (!lead) return;
    try {
      const page = await this.lp.leads.events.list(lead.id, { pageSize: TIMELINE_SIZE });
      replaceChildren(this.timeline, ...page.items.map(eventItem));
      if (page.items.length === 0) replaceChildren(this.timeline, h("li", { class: "muted" }, "No events yet."));
    } catch (error) {
      replaceChildren(this.timeline, h("li", { class: "muted" }, `Could not load events: ${describeError(error)}`));
    }
  }

  private statuses(): Promise<LeadStatusResponse[]> {
    this.catalog ??= this.lp.leadStatuses.list().then((all) => all.filter((status) => !status.isArchived && status.name));
    this.catalog.catch(() => (this.catalog = null));
    return this.catalog;
  }

  private renderStatus(lead: LeadResponse, statuses: LeadStatusResponse[]): void {
    const current = lead.currentDisposition?.outcome ?? null;
    const select = h("select", { id: "lead-status", name: "leadStatus", "aria-label": "Lead status" });
    for (const status of statuses) select.append(h("option", { value: status.name ?? "", selected: status.name === current }, status.name));
    replaceChildren(
      this.statusForm,
      h("span", { "data-testid": "current-status" }, current ? `Now: ${current}` : "No status yet"),
      select,
      h("button", { type: "submit", id: "set-status" }, "Set · PUT /leads/{leadId}/status"),
    );
  }

  private async setStatus(): Promise<void> {
    const lead = this.lead;
    const select = this.statusForm.querySelector<HTMLSelectElement>("#lead-status");
    if (!lead || !select) return;
    const status = (await this.statuses()).find((candidate) => candidate.name === select.value);
    this.statusNote.textContent = "Setting…";
    try {
      const change = await this.lp.leads.status.set(lead.id, {
        type: "disposition",
        outcome: select.value,
        category: status?.category ?? null,
        changeSource: "User",
      });
      this.statusNote.textContent = `Status set to ${change.outcome}.`;
      this.onStatusSet(await this.lp.leads.get(lead.id));
    } catch (error) {
      this.statusNote.textContent = `Not set: ${describeError(error)}`;
    }
  }
}

function eventItem(event: EventTableRow): HTMLElement {
  return h(
    "li",
    { "data-event-type": event.eventType ?? "" },
    h("code", {}, event.eventType ?? "event"),
    " ",
    h("time", { class: "muted" }, event.createdAt ?? ""),
    event.description ? ` — ${event.description}` : null,
  );
}
