// The lead list finds leads by their stable ids, as Leadping asks senders to do before
// resending a create that may have reached the server: exact-match `filters` on
// `externalId` and `sellerLeadId` (the lead's metadata), from POST /leads and intake alike.
import { BadRequestError } from "@leadping/client";
import { describe, expect, test } from "vitest";
import { clientFor, startStrict, wholeLead } from "../helpers.js";

describe("filters on externalId and sellerLeadId", () => {
  test("each finds exactly the leads carrying that id; together they must both hold", async () => {
    const lp = clientFor(await startStrict({ sampleLeads: 5 }));
    const both = await lp.leads.create(wholeLead({ metadata: { externalId: "crm-1", sellerLeadId: "s-1" } }));
    const external = await lp.leads.create(wholeLead({ metadata: { externalId: "crm-2" } }));
    const intake = await lp.leads.createIntake({ firstName: "Grace", sellerLeadIdentifier: "s-2" });
    const ids = async (filters: { field: string; value: string }[]) =>
      (await lp.leads.list({ filters, archiveFilter: "all" })).items.map((r) => r.id);
    expect(await ids([{ field: "externalId", value: "crm-1" }])).toEqual([both.id]);
    expect(await ids([{ field: "externalId", value: "crm-2" }])).toEqual([external.id]);
    expect(await ids([{ field: "sellerLeadId", value: "s-2" }])).toEqual([intake.id]);
    expect(
      await ids([
        { field: "externalId", value: "crm-1" },
        { field: "sellerLeadId", value: "s-1" },
      ]),
    ).toEqual([both.id]);
    expect(
      await ids([
        { field: "externalId", value: "crm-2" },
        { field: "sellerLeadId", value: "s-1" },
      ]),
    ).toEqual([]);
    expect(await ids([{ field: "externalId", value: "nobody" }])).toEqual([]);
  });

  test("an archived lead is still found with archiveFilter all, and other unknown fields are still refused", async () => {
    const lp = clientFor(await startStrict());
    const lead = await lp.leads.create(wholeLead({ metadata: { externalId: "crm-9" } }));
    await lp.leads.archive(lead.id);
    expect((await lp.leads.list({ filters: [{ field: "externalId", value: "crm-9" }] })).items).toEqual([]);
    expect(
      (await lp.leads.list({ filters: [{ field: "externalId", value: "crm-9" }], archiveFilter: "all" })).items.map((r) => r.id),
    ).toEqual([lead.id]);
    await expect(lp.leads.list({ filters: [{ field: "utmSource", value: "x" }] })).rejects.toBeInstanceOf(BadRequestError);
  });
});
