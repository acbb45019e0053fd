// The paged lead list: search, tag filter, archive filter, and a pager that
// follows the API's continuation tokens (kept per page, so "Previous" works).
import type { LeadTableRow, TagResponse } from "@leadping/types";
import type { PlaygroundClient } from "./client.js";
import { h, replaceChildren } from "./dom.js";
import { describeError } from "./error-text.js";
import { withChipColour } from "./tag-colour.js";

const pageSize = 10;
const searchDelayMs = 250;

/** Value of the tag filter that asks for leads without any tag. */
const untaggedFilter = "__untagged__";

function displayName(row: LeadTableRow): string {
  const name = [row.firstName, row.lastName].filter(Boolean).join(" ");
  return name || "(no name)";
}

function tagChips(row: LeadTableRow): HTMLElement {
  return h("span", { class: "chips" }, ...row.tags.map((tag) => withChipColour(h("span", { class: "chip" }, tag.name), tag.color)));
}

function shortDate(value: string | null | undefined): string {
  return value ? value.slice(0, 10) : "—";
}

/** The lead list panel. */
export class LeadTable {
  readonly element: HTMLElement;
  private readonly search: HTMLInputElement;
  private readonly tagFilter: HTMLSelectElement;
  private readonly archiveFilter: HTMLSelectElement;
  private readonly body: HTMLTableSectionElement;
  private readonly pager: HTMLElement;
  private readonly status: HTMLElement;
  /** Continuation token of each page seen so far; page 0 starts at null. */
  private pageTokens: (string | null)[] = [null];
  private page = 0;
  private nextToken: string | null = null;
  private totalCount: number | null = null;
  private selectedId: string | null = null;
  private loadSequence = 0;
  private searchTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly lp: PlaygroundClient,
    private readonly onSelect: (id: string) => void,
  ) {
    this.search = h("input", {
      type: "search",
      id: "lead-search",
      placeholder: "Search name, email, phone",
      "aria-label": "Search leads",
      autocomplete: "off",
    });
    this.search.addEventListener("input", () => {
      clearTimeout(this.searchTimer);
      this.searchTimer = setTimeout(() => void this.restart(), searchDelayMs);
    });
    this.tagFilter = h(
      "select",
      { id: "tag-filter", "aria-label": "Filter by tag", onchange: () => void this.restart() },
      h("option", { value: "" }, "All tags"),
    );
    this.archiveFilter = h(
      "select",
      { id: "archive-filter", "aria-label": "Archive state", onchange: () => void this.restart() },
      h("option", { value: "active" }, "Active"),
      h("option", { value: "archived" }, "Archived"),
      h("option", { value: "all" }, "All"),
    );
    this.body = h("tbody", {});
    this.pager = h("div", { class: "pager" });
    this.status = h("p", { class: "muted", role: "status", "data-testid": "table-status" });
    this.element = h(
      "section",
      { class: "panel leads", "aria-label": "Leads" },
      h("div", { class: "panel-head" }, h("h2", {}, "Leads"), this.status),
      h("div", { class: "filters" }, this.search, this.tagFilter, this.archiveFilter),
      h(
        "div",
        { class: "table-wrap" },
        h(
          "table",
          { class: "lead-table", "data-testid": "lead-table" },
          h(
            "thead",
            {},
            h(
              "tr",
              {},
              h("th", {}, "Name"),
              h("th", {}, "Email"),
              h("th", {}, "Phone"),
              h("th", {}, "Status"),
              h("th", {}, "Tags"),
              h("th", {}, "Updated"),
            ),
          ),
          this.body,
        ),
      ),
      this.pager,
    );
  }

  /** Offers `tags` in the tag filter, keeping the current choice. */
  setTags(tags: TagResponse[]): void {
    const current = this.tagFilter.value;
    replaceChildren(
      this.tagFilter,
      h("option", { value: "" }, "All tags"),
      h("option", { value: untaggedFilter }, "Untagged"),
      ...tags.map((tag) => h("option", { value: tag.id }, tag.name)),
    );
    this.tagFilter.value = [...this.tagFilter.options].some((option) => option.value === current) ? current : "";
  }

  /** Marks the lead being edited. */
  select(id: string | null): void {
    this.selectedId = id;
    for (const row of this.body.querySelectorAll("tr")) row.classList.toggle("selected", row.dataset["leadId"] === id);
  }

  /** Goes back to the first page with the current filters. */
  restart(): Promise<void> {
    this.pageTokens = [null];
    this.page = 0;
    return this.load();
  }

  /** Reloads the page being shown (after an edit). */
  refresh(): Promise<void> {
    return this.load();
  }

  private async load(): Promise<void> {
    const sequence = ++this.loadSequence;
    this.status.textContent = "Loading…";
    const tag = this.tagFilter.value;
    try {
      const result = await this.lp.leads.list({
        pageSize,
        includeCount: true,
        continuationToken: this.pageTokens[this.page] ?? null,
        search: this.search.value.trim() || null,
        archiveFilter: this.archiveFilter.value as "active" | "archived" | "all",
        ...(tag === untaggedFilter ? { untagged: true } : tag ? { tagIds: [tag] } : {}),
      });
      if (sequence !== this.loadSequence) return; // a newer query won
      this.nextToken = result.continuationToken ?? null;
      this.totalCount = result.totalCount ?? null;
      this.renderRows(result.items);
    } catch (error) {
      if (sequence !== this.loadSequence) return;
      this.status.textContent = `Could not load leads: ${describeError(error)}`;
    }
  }

  private renderRows(rows: LeadTableRow[]): void {
    replaceChildren(
      this.body,
      ...rows.map((row) =>
        h(
          "tr",
          {
            "data-lead-id": row.id,
            class: [row.id === this.selectedId ? "selected" : "", row.isArchived ? "archived" : ""].join(" ").trim(),
            tabindex: 0,
            onclick: () => this.onSelect(row.id),
            onkeydown: (event) => {
              if ((event as KeyboardEvent).key === "Enter") this.onSelect(row.id);
            },
          },
          h("td", { class: "name" }, displayName(row)),
          h("td", { class: "email", title: row.email ?? "" }, row.email ?? "—"),
          h("td", { class: "mono" }, row.phone ?? "—"),
          h("td", {}, row.status ?? row.currentDisposition?.displayName ?? "—"),
          h("td", { class: "tags" }, tagChips(row)),
          h("td", { class: "mono" }, shortDate(row.updatedAt ?? row.createdAt)),
        ),
      ),
    );
    if (rows.length === 0) this.body.append(h("tr", {}, h("td", { colspan: 6, class: "muted empty" }, "No leads match.")));
    const first = this.page * pageSize + (rows.length > 0 ? 1 : 0);
    const last = this.page * pageSize + rows.length;
    this.status.textContent = this.totalCount === null ? `Rows ${first}–${last}` : `Rows ${first}–${last} of ${this.totalCount}`;
    replaceChildren(
      this.pager,
      h("button", { type: "button", id: "page-prev", disabled: this.page === 0, onclick: () => this.goTo(this.page - 1) }, "← Previous"),
      h("span", { class: "muted", "data-testid": "page-number" }, `Page ${this.page + 1}`),
      h(
        "button",
        { type: "button", id: "page-next", disabled: this.nextToken === null, onclick: () => this.goTo(this.page + 1) },
        "Next →",
      ),
    );
  }

  private goTo(page: number): void {
    if (page > this.page) this.pageTokens[page] = this.nextToken;
    this.page = page;
    void this.load();
  }
}
