import { describe, expect, it } from "vitest";
import { leadRequestFromLead } from "../../src/shared/lead-request.js";
import { formValuesFromLead, leadFieldPaths, leadRequestFromForm, parseTagNames } from "../../src/web/lead-form.js";
import { storedLead } from "../support/leads.js";

const keepTags = { tagIds: ["tag_hot"], tagNames: [] };

describe("leadRequestFromLead", () => {
  it("keeps every writable field so a PUT of it changes nothing", () => {
    const lead = storedLead();
    const body = leadRequestFromLead(lead);
    expect(body.metadata).toEqual(lead.metadata);
    expect(body.customer).toEqual(lead.customer);
    expect(body.adminEnablementOverride).toEqual(lead.adminEnablementOverride);
    expect(body.contact?.streetAddress).toEqual(lead.contact.streetAddress);
    expect(body.tagIds).toEqual(["tag_hot"]);
    expect(body.id).toBe("lead_01");
    // Server-derived data is not sent back; the lookup loses only what the request schema lacks.
    expect(body.contact).not.toHaveProperty("coordinate");
    expect(body.contact?.phone?.lookup?.location).toEqual({
      location: "Austin, TX",
      state: "TX",
      countryCode: "US",
      timeZoneId: "America/Chicago",
    });
  });
});

describe("the editor's form", () => {
  it("shows a lead's values, choices as true/false/empty", () => {
    const values = formValuesFromLead(storedLead());
    expect(Object.keys(values).sort()).toEqual([...leadFieldPaths].sort());
    expect(values["contact.streetAddress.city"]).toBe("Austin");
    expect(values["customer.isHomeowner"]).toBe("true");
    expect(values["customer.hasBankruptcy"]).toBe("");
    expect(values["customer.weight"]).toBe("");
  });

  it("shows numbers as text and sends number fields as numbers, anything else as typed", () => {
    const lead = storedLead();
    lead.customer.income = 85000;
    const values = formValuesFromLead(lead);
    expect(values["customer.income"]).toBe("85000");
    const body = leadRequestFromForm(lead, { ...values, "customer.income": " 92000.5 ", "customer.creditScore": "about 700" }, keepTags);
    expect(body.customer?.income).toBe(92000.5);
    expect(body.customer?.creditScore).toBe("about 700");
  });

  it("round-trips an untouched form to the unchanged body", () => {
    const lead = storedLead();
    expect(leadRequestFromForm(lead, formValuesFromLead(lead), keepTags)).toEqual(leadRequestFromLead(lead));
  });

  it("overlays edits, sends bad values as typed, and keeps fields the form does not show", () => {
    const lead = storedLead();
    const values = {
      ...formValuesFromLead(lead),
      "customer.birthDate": " 10/12/1985 ",
      "contact.streetAddress.city": "",
      enabled: "",
      "customer.hasBankruptcy": "false",
    };
    const body = leadRequestFromForm(lead, values, { tagIds: [], tagNames: ["New"] });
    expect(body.customer?.birthDate).toBe("10/12/1985");
    expect(body.customer?.hasBankruptcy).toBe(false);
    expect(body.contact?.streetAddress?.city).toBeNull();
    expect(body.contact?.streetAddress?.region).toBe("Travis");
    expect(body.enabled).toBeNull();
    expect(body.metadata).toEqual(lead.metadata);
    expect(body).toMatchObject({ tagIds: [], tagNames: ["New"] });
  });

  it("drops the phone without a number and the address without any line", () => {
    const lead = storedLead();
    const values = formValuesFromLead(lead);
    for (const path of leadFieldPaths)
      if (path.startsWith("contact.phone.") || path.startsWith("contact.streetAddress.")) values[path] = "";
    const bare = storedLead({ contact: { ...lead.contact, streetAddress: { line1: "x", city: "y" } } });
    const body = leadRequestFromForm(bare, values, keepTags);
    expect(body.contact?.phone).toBeNull();
    expect(body.contact?.streetAddress).toBeNull();
  });

  it("adds a phone to a lead that had none", () => {
    const lead = storedLead({ contact: { firstName: "Bo", phone: null } });
    const values = { ...formValuesFromLead(lead), "contact.phone.number": "+15125550100" };
    expect(leadRequestFromForm(lead, values, keepTags).contact?.phone).toEqual({ number: "+15125550100" });
  });

  it("parses new tag names", () => {
    expect(parseTagNames(" Hot, ,warm,hot , Spring campaign")).toEqual(["Hot", "warm", "Spring campaign"]);
  });
});
