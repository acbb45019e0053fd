// The lead editor: the PUT /leads/{id} fields as a form, saved with
// `lp.leads.update`. A failed save keeps every edit in place and puts the
// problem details next to the fields they name.
import { LeadpingApiError } from "@leadping/client";
import type { LeadResponse, TagResponse } from "@leadping/types";
import { diffFields, formatFieldValue } from "../shared/field-changes.js";
import type { Exchange } from "../shared/exchange-recorder.js";
import type { PlaygroundClient } from "./client.js";
import { h, replaceChildren } from "./dom.js";
import { describeError } from "./error-text.js";
import { exchangeDetail } from "./exchange-log.js";
import { placeFieldErrors } from "./field-errors.js";
import { LeadActivity } from "./lead-activity.js";
import { withChipColour } from "./tag-colour.js";
import {
  formValuesFromLead,
  leadFieldGroups,
  leadFieldPaths,
  leadRequestFromForm,
  parseTagNames,
  type FieldSpec,
  type LeadFormValues,
} from "./lead-form.js";

const tagFieldPaths = ["tagIds", "tagNames"];

function fieldId(path: string): string {
  return `field-${path.replace(/\./g, "-")}`;
}

function choiceInput(field: FieldSpec, value: string): HTMLSelectElement {
  const unknown = field.path === "enabled" ? "Organization default" : "Unknown";
  const select = h(
    "select",
    { id: fieldId(field.path), name: field.path },
    h("option", { value: "" }, unknown),
    h("option", { value: "true" }, "Yes"),
    h("option", { value: "false" }, "No"),
  );
  select.value = value;
  return select;
}

function textInput(field: FieldSpec, value: string): HTMLInputElement {
  // Always type="text": a date picker or an email input would stop a user from
  // sending the value the API should judge.
  return h("input", {
    type: "text",
    id: fieldId(field.path),
    name: field.path,
    value,
    placeholder: field.hint ?? "",
    autocomplete: "off",
    spellcheck: false,
  });
}

/** The editor panel. */
export class LeadEditor {
  readonly element: HTMLElement;
  private readonly title: HTMLElement;
  private readonly status: HTMLElement;
  private readonly problem: HTMLElement;
  private readonly form: HTMLFormElement;
  private readonly changes: HTMLElement;
  private readonly saveExchange: HTMLElement;
  private readonly activity: LeadActivity;
  private lead: LeadResponse | null = null;
  private savedValues: LeadFormValues = {};
  private tags: TagResponse[] = [];

  constructor(
    private readonly lp: PlaygroundClient,
    private readonly onSaved: (lead: LeadResponse) => void,
    private readonly findExchange: (method: string, path: string) => Exchange | undefined,
  ) {
    this.title = h("h2", {}, "Lead editor");
    this.status = h("span", { class: "muted", role: "status", "data-testid": "editor-status" }, "Pick a lead from the list.");
    this.problem = h("div", { class: "problem", role: "alert", "data-testid": "problem", hidden: true });
    this.form = h(
      "form",
      { class: "lead-form", novalidate: true, autocomplete: "off" },
      h("p", { class: "muted" }, "Select a lead: it is read with lp.leads.get, and saved with lp.leads.update (PUT /leads/{id})."),
    );
    this.form.addEventListener("submit", (event) => {
      event.preventDefault();
      void this.save();
    });
    this.form.addEventListener("input", (event) => this.markDirty(event.target));
    this.changes = h("div", { class: "changes", "data-testid": "changes" });
    this.saveExchange = h("div", { class: "save-exchange", "data-testid": "save-exchange" });
    this.activity = new LeadActivity(lp, (lead) => {
      this.show(lead);
      onSaved(lead);
      void this.activity.open(lead);
    });
    this.element = h(
      "section",
      { class: "panel editor", "aria-label": "Lead editor" },
      h("div", { class: "panel-head" }, this.title, this.status),
      this.problem,
      this.form,
      this.changes,
      this.saveExchange,
      this.activity.element,
    );
  }

  /** The organization's tags, offered as checkboxes. */
  setTags(tags: TagResponse[]): void {
    this.tags = tags;
  }

  /** Loads lead `id` into the form, dropping unsaved edits. */
  async open(id: string): Promise<void> {
    this.status.textContent = "Loading…";
    try {
      const lead = await this.lp.leads.get(id);
      this.show(lead);
      this.status.textContent = "Loaded.";
      void this.activity.open(lead);
      replaceChildren(this.changes);
      replaceChildren(this.saveExchange);
    } catch (error) {
      this.status.textContent = `Could not load the lead: ${describeError(error)}`;
    }
  }

  private show(lead: LeadResponse): void {
    this.lead = lead;
    this.savedValues = formValuesFromLead(lead);
    this.clearProblem();
    replaceChildren(
      this.title,
      "Lead ",
      h("code", { "data-testid": "lead-id" }, lead.id),
      lead.isArchived ? h("span", { class: "chip muted-chip" }, "archived") : null,
    );
    replaceChildren(
      this.form,
      ...leadFieldGroups.map((group) => this.renderGroup(group.title, group.fields)),
      this.renderTags(lead),
      this.renderActions(),
    );
  }

  private renderGroup(title: string, fields: FieldSpec[]): HTMLElement {
    return h(
      "fieldset",
      {},
      h("legend", {}, title),
      h(
        "div",
        { class: "grid" },
        ...fields.map((field) => {
          const value = this.savedValues[field.path] ?? "";
          return h(
            "div",
            { class: "field", "data-field": field.path },
            h("label", { for: fieldId(field.path) }, field.label),
            field.kind === "choice" ? choiceInput(field, value) : textInput(field, value),
          );
        }),
      ),
    );
  }

  private renderTags(lead: LeadResponse): HTMLElement {
    const onLead = new Set(lead.tags.map((tag) => tag.id));
    // Tags on the lead that the catalogue no longer lists (archived) stay choosable.
    const offered = [
      ...this.tags.filter((tag) => !tag.isArchived),
      ...lead.tags.filter((tag) => !this.tags.some((known) => known.id === tag.id && !known.isArchived)),
    ];
    return h(
      "fieldset",
      {},
      h("legend", {}, "Tags"),
      h(
        "div",
        { class: "field tag-choices", "data-field": "tagIds" },
        ...offered.map((tag) =>
          withChipColour(
            h(
              "label",
              { class: "tag-choice" },
              h("input", { type: "checkbox", name: "tagIds", value: tag.id, checked: onLead.has(tag.id) }),
              tag.name,
            ),
            tag.color,
          ),
        ),
      ),
      h(
        "div",
        { class: "field", "data-field": "tagNames" },
        h("label", { for: "field-tagNames" }, "New tags"),
        h("input", {
          type: "text",
          id: "field-tagNames",
          name: "tagNames",
          placeholder: "Comma-separated names; missing ones are created",
          value: "",
        }),
      ),
    );
  }

  private renderActions(): HTMLElement {
    return h(
      "div",
      { class: "actions" },
      h("button", { type: "submit", class: "primary", id: "save-lead" }, "Save · PUT /leads/{id}"),
      h("button", { type: "button", id: "revert-lead", onclick: () => this.lead && this.show(this.lead) }, "Revert"),
    );
  }

  private readValues(): LeadFormValues {
    const values: LeadFormValues = {};
    for (const path of leadFieldPaths) {
      const input = this.form.elements.namedItem(path);
      if (input instanceof HTMLInputElement || input instanceof HTMLSelectElement) values[path] = input.value;
    }
    return values;
  }

  private readTags(): { tagIds: string[]; tagNames: string[] } {
    const tagIds = [...this.form.querySelectorAll<HTMLInputElement>('input[name="tagIds"]:checked')].map((box) => box.value);
    const names = this.form.querySelector<HTMLInputElement>('input[name="tagNames"]');
    return { tagIds, tagNames: parseTagNames(names?.value ?? "") };
  }

  private markDirty(target: EventTarget | null): void {
    if (!(target instanceof HTMLInputElement || target instanceof HTMLSelectElement)) return;
    const field = target.closest<HTMLElement>(".field");
    const saved = this.savedValues[target.name];
    if (field && saved !== undefined) field.classList.toggle("dirty", target.value !== saved);
  }

  private async save(): Promise<void> {
    const lead = this.lead;
    if (!lead) return;
    const body = leadRequestFromForm(lead, this.readValues(), this.readTags());
    const button = this.form.querySelector<HTMLButtonElement>("#save-lead");
    if (button) button.disabled = true;
    this.status.textContent = "Saving…";
    try {
      const updated = await this.lp.leads.update(lead.id, body);
      this.show(updated);
      this.status.textContent = "Saved.";
      this.showChanges(lead, updated);
      this.onSaved(updated);
      void this.activity.refreshTimeline();
    } catch (error) {
      // Leave the form alone: the user's edits stay where they typed them.
      this.showProblem(error);
      this.status.textContent = "Not saved.";
    } finally {
      if (button) button.disabled = false;
      this.showSaveExchange(lead.id);
    }
  }

  private showSaveExchange(id: string): void {
    const exchange = this.findExchange("PUT", `/leads/${encodeURIComponent(id)}`);
    replaceChildren(this.saveExchange, exchange ? h("h3", {}, "The save, on the wire") : null, exchange ? exchangeDetail(exchange) : null);
  }

  private showChanges(before: LeadResponse, after: LeadResponse): void {
    const changes = diffFields(before, after);
    replaceChildren(
      this.changes,
      h("h3", {}, "What changed"),
      changes.length === 0
        ? h("p", { class: "muted" }, "Nothing.")
        : h(
            "ul",
            {},
            ...changes.map((change) =>
              h(
                "li",
                {},
                h("code", {}, change.path),
                " ",
                h("span", { class: "was" }, formatFieldValue(change.before)),
                " → ",
                h("span", { class: "now" }, formatFieldValue(change.after)),
              ),
            ),
          ),
    );
  }

  private clearProblem(): void {
    this.problem.hidden = true;
    replaceChildren(this.problem);
    for (const node of this.form.querySelectorAll(".field-error")) node.remove();
    for (const node of this.form.querySelectorAll(".field.invalid")) node.classList.remove("invalid");
    for (const node of this.form.querySelectorAll("[aria-invalid]")) node.removeAttribute("aria-invalid");
  }

  private showProblem(error: unknown): void {
    this.clearProblem();
    replaceChildren(this.changes);
    if (!(error instanceof LeadpingApiError)) {
      this.problem.hidden = false;
      replaceChildren(this.problem, h("strong", {}, describeError(error)));
      return;
    }
    const placed = placeFieldErrors(error.errors, [...leadFieldPaths, ...tagFieldPaths]);
    for (const [path, messages] of placed.byField) {
      const field = this.form.querySelector<HTMLElement>(`.field[data-field="${path}"]`);
      if (!field) continue;
      field.classList.add("invalid");
      field.querySelector("input:not([type=checkbox]), select")?.setAttribute("aria-invalid", "true");
      field.append(
        h("ul", { class: "field-error", "data-testid": `field-error-${path}` }, ...messages.map((message) => h("li", {}, message))),
      );
    }
    this.problem.hidden = false;
    replaceChildren(
      this.problem,
      h(
        "div",
        { class: "problem-head" },
        h("strong", { "data-testid": "problem-class" }, `${error.name} · ${error.status}`),
        error.title ? ` ${error.title}` : null,
      ),
      error.detail ? h("p", {}, error.detail) : null,
      placed.byField.size > 0 ? h("p", { class: "muted" }, `${placed.byField.size} field(s) marked below.`) : null,
      placed.unplaced.length > 0
        ? h("ul", {}, ...placed.unplaced.map(([key, messages]) => h("li", {}, h("code", {}, key), `: ${messages.join("; ")}`)))
        : null,
      h("p", { class: "muted small" }, error.traceId ? `traceId ${error.traceId}` : null, error.type ? ` · type ${error.type}` : null),
    );
    this.form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }
}
