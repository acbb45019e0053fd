// The lead editor's model, free of DOM: which fields the form shows, how a
// lead becomes form values, and how form values become the full body of
// `PUT /leads/{id}`. The PUT replaces every writable field, so the body starts
// from the stored lead and the form only overlays what it shows.
import type { LeadRequest, LeadResponse } from "@leadping/types";
import { leadRequestFromLead } from "../shared/lead-request.js";

/** `text`: free text, empty means null. `choice`: yes / no / unknown (null). */
export type FieldKind = "text" | "number" | "choice";

/** One input of the editor, addressed by its path in the request body. */
export interface FieldSpec {
  path: string;
  label: string;
  kind: FieldKind;
  hint?: string;
}

/** A titled group of inputs. */
export interface FieldGroup {
  title: string;
  fields: FieldSpec[];
}

const text = (path: string, label: string, hint?: string): FieldSpec =>
  hint ? { path, label, kind: "text", hint } : { path, label, kind: "text" };
const choice = (path: string, label: string): FieldSpec => ({ path, label, kind: "choice" });
// A number in the official contract (the seed page showed a string): sent as a number when it reads as one.
const numeric = (path: string, label: string): FieldSpec => ({ path, label, kind: "number" });

/** The editor's layout: every field of the PUT body the page lets a user change. */
export const leadFieldGroups: FieldGroup[] = [
  {
    title: "Contact",
    fields: [
      text("contact.firstName", "First name"),
      text("contact.lastName", "Last name"),
      text("contact.email", "Email"),
      text("contact.timeZoneId", "Time zone", "IANA name, e.g. America/Chicago"),
    ],
  },
  {
    title: "Phone",
    fields: [
      text("contact.phone.number", "Number", "E.164, e.g. +15125550142"),
      text("contact.phone.type", "Line type", "mobile, landline, …"),
    ],
  },
  {
    title: "Address",
    fields: [
      text("contact.streetAddress.line1", "Line 1"),
      text("contact.streetAddress.line2", "Line 2"),
      text("contact.streetAddress.city", "City"),
      text("contact.streetAddress.state", "State"),
      text("contact.streetAddress.postalCode", "Postal code"),
      text("contact.streetAddress.country", "Country"),
    ],
  },
  {
    title: "Customer profile",
    fields: [
      text("customer.birthDate", "Birth date", "YYYY-MM-DD"),
      numeric("customer.height", "Height"),
      numeric("customer.weight", "Weight"),
      numeric("customer.income", "Income"),
      numeric("customer.creditScore", "Credit score"),
      numeric("customer.monthsAtResidence", "Months at residence"),
      numeric("customer.numberOfDependents", "Dependents"),
      choice("customer.isHomeowner", "Homeowner"),
      choice("customer.hasBankruptcy", "Bankruptcy"),
      choice("customer.hasMedicalCondition", "Medical condition"),
    ],
  },
  {
    title: "Automation",
    fields: [choice("enabled", "Enabled")],
  },
];

/** Every field path the editor shows. */
export const leadFieldPaths: string[] = leadFieldGroups.flatMap((group) => group.fields.map((field) => field.path));

/** Form values by field path; choices are "true", "false" or "" (unknown). */
export type LeadFormValues = Record<string, string>;

function valueAt(root: unknown, path: string): unknown {
  let node: unknown = root;
  for (const key of path.split(".")) {
    if (typeof node !== "object" || node === null) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

function setAt(root: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split(".");
  let node = root;
  for (const key of keys.slice(0, -1)) {
    const next = node[key];
    if (typeof next !== "object" || next === null) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[keys[keys.length - 1] as string] = value;
}

/** Form values showing `lead`. */
export function formValuesFromLead(lead: LeadResponse): LeadFormValues {
  const values: LeadFormValues = {};
  for (const group of leadFieldGroups) {
    for (const field of group.fields) {
      const value = valueAt(lead, field.path);
      // Numbers (income, height, price...) come back as numbers now, numeric strings from older data.
      values[field.path] = typeof value === "boolean" || typeof value === "number" ? String(value) : typeof value === "string" ? value : "";
    }
  }
  return values;
}

/** The lead's tags as the editor edits them: existing tag ids plus new names. */
export interface TagSelection {
  tagIds: string[];
  tagNames: string[];
}

/** Splits a comma-separated list of new tag names, dropping blanks and repeats. */
export function parseTagNames(input: string): string[] {
  const seen = new Set<string>();
  const names: string[] = [];
  for (const raw of input.split(",")) {
    const name = raw.trim();
    if (name && !seen.has(name.toLowerCase())) {
      seen.add(name.toLowerCase());
      names.push(name);
    }
  }
  return names;
}

/** A number field's text as a number when it is one; anything else goes as typed, for the API to judge. */
function typed(field: FieldSpec, text: string): string | number {
  const number = field.kind === "number" && /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : Number.NaN;
  return Number.isFinite(number) ? number : text;
}

/** The PUT body for `lead` with the form's values and tags laid over it. */
export function leadRequestFromForm(lead: LeadResponse, values: LeadFormValues, tags: TagSelection): LeadRequest {
  const request = structuredClone(leadRequestFromLead(lead));
  // Edited by field path below; `request` keeps its type, so what is returned is still a whole LeadRequest.
  const body = request as unknown as Record<string, unknown>;
  for (const group of leadFieldGroups) {
    for (const field of group.fields) {
      const raw = values[field.path] ?? "";
      // Text is sent as typed (only trimmed); validating it is the API's job, so a bad value reaches it.
      const value = field.kind === "choice" ? (raw === "" ? null : raw === "true") : raw.trim() === "" ? null : typed(field, raw.trim());
      if (value === null && valueAt(body, field.path) === undefined) continue;
      setAt(body, field.path, value);
    }
  }
  const contact = body["contact"] as Record<string, unknown>;
  const phone = contact["phone"] as Record<string, unknown> | null | undefined;
  // A phone needs a number: without one the lead has no phone.
  if (phone && (phone["number"] ?? null) === null) contact["phone"] = null;
  const address = contact["streetAddress"] as Record<string, unknown> | null | undefined;
  if (address && Object.values(address).every((part) => part === null || part === undefined)) contact["streetAddress"] = null;
  body["tagIds"] = [...tags.tagIds];
  body["tagNames"] = [...tags.tagNames];
  return request;
}
