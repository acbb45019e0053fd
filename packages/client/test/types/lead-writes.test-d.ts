// Issue 20: a lead body is whole, `modify` takes a deep-partial patch or a function, and
// the creates take the exactly-once option.
import type { LeadRequest, LeadResponse } from "@leadping/types";
import { describe, expectTypeOf, it } from "vitest";
import { createLeadpingClient, toLeadRequest } from "../../src/index.js";
import type { LeadCreateError, LeadModifyConflictError, LeadPatch } from "../../src/index.js";

const lp = createLeadpingClient({ apiKey: "sk_test", sourceKey: "lp_src_test" });
declare const lead: LeadResponse;

describe("lead writes", () => {
  it("a partial PUT or POST body does not compile", () => {
    // @ts-expect-error metadata, customer, tagIds and tagNames are missing: PUT would clear them
    void lp.leads.update("lead_01", { contact: { email: "ada@example.com" } });
    // @ts-expect-error tagNames is missing
    void lp.leads.create({ metadata: {}, contact: {}, customer: {}, tagIds: [] });
    void lp.leads.update("lead_01", { metadata: {}, contact: { email: "ada@example.com" }, customer: {}, tagIds: [], tagNames: [] });
  });

  it("toLeadRequest turns a stored lead into a whole body", () => {
    expectTypeOf(toLeadRequest(lead)).toEqualTypeOf<LeadRequest>();
    void lp.leads.update(lead.id, { ...toLeadRequest(lead), enabled: false });
  });

  it("modify takes a deep-partial patch or a function returning a whole request", () => {
    expectTypeOf(lp.leads.modify("lead_01", { contact: { email: "a@example.com" } })).resolves.toEqualTypeOf<LeadResponse>();
    void lp.leads.modify("lead_01", { metadata: { utmCampaign: null }, customer: { income: 85000 } });
    void lp.leads.modify("lead_01", (current) => ({ ...current, tagNames: ["Hot"] }), { maxAttempts: 3 });
    // @ts-expect-error a patch's fields keep their types
    void lp.leads.modify("lead_01", { contact: { email: 42 } });
    // @ts-expect-error a function must return a whole request
    void lp.leads.modify("lead_01", () => ({ contact: {} }));
    expectTypeOf<{ contact: { firstName: string } }>().toExtend<LeadPatch>();
  });

  it("creates take exactlyOnce; their errors say whether the lead may exist", () => {
    void lp.leads.create(
      { metadata: { externalId: "crm-1" }, contact: {}, customer: {}, tagIds: [], tagNames: [] },
      { exactlyOnce: false },
    );
    void lp.leads.createIntake({ sellerLeadId: "s-1" }, { exactlyOnce: true, maxRetries: 3 });
    expectTypeOf<LeadCreateError["leadMayExist"]>().toEqualTypeOf<boolean>();
    expectTypeOf<LeadModifyConflictError["attempts"]>().toEqualTypeOf<number>();
  });
});
