// Setting a lead's status and reading its history, through @leadping/client over real HTTP.
import { BadRequestError, NotFoundError } from "@leadping/client";
import { describe, expect, test } from "vitest";
import { clientFor, startInProcess, steppingClock, wholeLead } from "../helpers.js";

describe("lead status", () => {
  test("setting a status updates currentDisposition and appends to the history, oldest first", async () => {
    const lp = clientFor(startInProcess({ clock: steppingClock() }));
    const lead = await lp.leads.create(wholeLead({ contact: { firstName: "Ada", lastName: "Lovelace" } }));
    expect(await lp.leads.status.history(lead.id)).toEqual([]);

    const first = await lp.leads.status.set(lead.id, {
      type: "disposition",
      outcome: "contacted",
      category: "Open",
      notes: "Left a voicemail.",
    });
    expect(first).toMatchObject({
      leadId: lead.id,
      leadName: "Ada Lovelace",
      outcome: "contacted",
      category: "Open",
      oldLeadStatusChangeId: null,
      changeSource: "API",
      notes: "Left a voicemail.",
    });
    const second = await lp.leads.status.set(lead.id, {
      type: "follow-up",
      outcome: "follow_up",
      changeSource: "Automation",
      changedByAutomationId: "auto_9",
      timestamp: "2026-05-01T10:00:00Z",
      callbackAt: "2026-05-02T10:00:00Z",
    });
    expect(second).toMatchObject({
      oldLeadStatusChangeId: first.id,
      changedByAutomationId: "auto_9",
      changedByUserId: null,
      timestamp: "2026-05-01T10:00:00Z",
    });

    const after = await lp.leads.get(lead.id);
    expect(after.currentDisposition).toEqual({
      id: second.id,
      outcome: "follow_up",
      displayName: "Follow up",
      changedAt: "2026-05-01T10:00:00Z",
      changedByUserId: null,
      changedByAutomationId: "auto_9",
    });
    expect(after.modifiedAt).not.toBeNull();
    expect((await lp.leads.status.history(lead.id)).map((c) => c.id)).toEqual([first.id, second.id]);
    const row = (await lp.leads.list({ search: "lovelace" })).items[0]!;
    expect(row.status).toBe("Follow up");
  });

  test("type and outcome are required and non-empty; unknown leads answer 404", async () => {
    const lp = clientFor(startInProcess());
    const lead = await lp.leads.create(wholeLead());
    const error = (await lp.leads.status
      .set(lead.id, { type: "", category: "Bogus" } as never)
      .catch((e: unknown) => e)) as BadRequestError;
    expect(error).toBeInstanceOf(BadRequestError);
    expect(Object.keys(error.errors ?? {}).sort()).toEqual(["category", "outcome", "type"]);
    await expect(lp.leads.status.set("lead_nope", { type: "disposition", outcome: "x" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(lp.leads.status.history("lead_nope")).rejects.toBeInstanceOf(NotFoundError);
  });
});
