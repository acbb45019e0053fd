// Issue 20: `lp.leads.modify` writes a whole lead and never silently drops a change
// that landed before its last read. A concurrent writer is simulated deterministically
// from inside `change`, which runs between modify's first read and its check.
import { LeadModifyConflictError, createLeadpingClient, toLeadRequest } from "@leadping/client";
import { describe, expect, test } from "vitest";
import { ORG_TOKEN, SOURCE_KEY, clientFor, startStrict, wholeLead } from "../helpers.js";

async function seeded() {
  const server = await startStrict();
  const lp = clientFor(server);
  const lead = await lp.leads.create(
    wholeLead({
      metadata: { utmSource: "google", externalId: "crm-1" },
      contact: { firstName: "Ada", lastName: "Lovelace", email: "ada@example.com", phone: { number: "+15125550142", type: "mobile" } },
      customer: { income: 85000, birthDate: "1815-12-10" },
      tagNames: ["Hot", "Spring"],
    }),
  );
  return { server, lp, lead };
}

describe("toLeadRequest", () => {
  test("writing a lead's own request back changes none of its fields", async () => {
    const { lp, lead } = await seeded();
    const after = await lp.leads.update(lead.id, toLeadRequest(lead));
    const { modifiedAt: _a, ...before } = lead;
    const { modifiedAt: _b, ...rest } = after;
    expect(rest).toEqual(before);
  });
});

describe("lp.leads.modify", () => {
  test("a deep-partial patch changes what it names and keeps everything else", async () => {
    const { lp, lead } = await seeded();
    const after = await lp.leads.modify(lead.id, { contact: { email: "augusta@example.com" }, metadata: { utmCampaign: "spring" } });
    expect(after.contact).toMatchObject({
      firstName: "Ada",
      lastName: "Lovelace",
      email: "augusta@example.com",
      phone: { number: "+15125550142" },
    });
    expect(after.metadata).toMatchObject({ utmSource: "google", utmCampaign: "spring", externalId: "crm-1" });
    expect(after.customer).toMatchObject({ income: 85000, birthDate: "1815-12-10" });
    expect(after.tags.map((t) => t.name).sort()).toEqual(["Hot", "Spring"]);
  });

  test("a function of the current lead gets the whole request and may replace arrays", async () => {
    const { lp, lead } = await seeded();
    const after = await lp.leads.modify(lead.id, (current) => ({ ...current, tagIds: [], tagNames: ["Cold"] }));
    expect(after.tags.map((t) => t.name)).toEqual(["Cold"]);
    expect(after.contact.firstName).toBe("Ada");
  });

  test("a change that landed after the read is seen: modify reads again, re-applies, and both changes survive", async () => {
    const { server, lp, lead } = await seeded();
    const other = createLeadpingClient({ baseUrl: server.url, apiKey: ORG_TOKEN, sourceKey: SOURCE_KEY, maxRetries: 0 });
    const seen: (string | null | undefined)[] = [];
    const after = await lp.leads.modify(lead.id, async (current) => {
      seen.push(current.metadata.utmCampaign ?? null);
      // Another writer, between modify's read and its check.
      if (seen.length === 1) await other.leads.modify(lead.id, { metadata: { utmCampaign: "from-the-other-writer" } });
      return { ...current, contact: { ...current.contact, firstName: "Augusta" } };
    });
    expect(seen).toEqual([null, "from-the-other-writer"]);
    expect(after.contact.firstName).toBe("Augusta");
    expect(after.metadata.utmCampaign).toBe("from-the-other-writer");
  });

  test("a lead that changes on every attempt ends in LeadModifyConflictError, and modify writes nothing", async () => {
    const { server, lp, lead } = await seeded();
    const other = createLeadpingClient({ baseUrl: server.url, apiKey: ORG_TOKEN, sourceKey: SOURCE_KEY, maxRetries: 0 });
    let calls = 0;
    const error = await lp.leads
      .modify(
        lead.id,
        async (current) => {
          calls++;
          await other.leads.modify(lead.id, { metadata: { utmTerm: `busy-${calls}` } });
          return { ...current, contact: { ...current.contact, firstName: "Never written" } };
        },
        { maxAttempts: 3 },
      )
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LeadModifyConflictError);
    expect(error).toMatchObject({ leadId: lead.id, attempts: 3 });
    expect(calls).toBe(3);
    const stored = await lp.leads.get(lead.id);
    expect(stored.contact.firstName).toBe("Ada");
    expect(stored.metadata.utmTerm).toBe("busy-3");
  });

  test("a patch the API refuses surfaces as its typed error and changes nothing", async () => {
    const { lp, lead } = await seeded();
    await expect(lp.leads.modify(lead.id, { contact: { email: "not-an-email" } })).rejects.toMatchObject({
      name: "BadRequestError",
      errors: { "contact.email": [expect.any(String)] },
    });
    expect((await lp.leads.get(lead.id)).contact.email).toBe("ada@example.com");
  });
});
