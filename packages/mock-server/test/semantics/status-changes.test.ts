// Recorded status changes: the per-lead history and its CSV export, the organization-wide
// paged list, reading, correcting and deleting one. Real HTTP on 127.0.0.1.
import { NotFoundError } from "@leadping/client";
import { describe, expect, test } from "vitest";
import { call, clientFor, startInProcess, steppingClock, wholeLead } from "../helpers.js";

async function leadWithChanges(outcomes: string[]) {
  const server = startInProcess({ clock: steppingClock() });
  const lp = clientFor(server);
  const lead = await lp.leads.create(wholeLead({ contact: { firstName: "Ada", lastName: "Lovelace" } }));
  const changes = [];
  for (const outcome of outcomes)
    changes.push(await lp.leads.status.set(lead.id, { type: "disposition", outcome, notes: `Now ${outcome}, "quoted", too` }));
  return { server, lp, lead, changes };
}

describe("status changes", () => {
  test("each change links to the one it replaced, and the history lists them oldest first", async () => {
    const { lp, lead, changes } = await leadWithChanges(["contacted", "follow_up", "qualified"]);
    const history = await lp.leads.status.history(lead.id);
    expect(history.map((c) => c.id)).toEqual(changes.map((c) => c.id));
    expect(history.map((c) => c.oldLeadStatusChangeId)).toEqual([null, changes[0]!.id, changes[1]!.id]);
    expect(history.map((c) => c.newLeadStatusChangeId)).toEqual([changes[1]!.id, changes[2]!.id, null]);
    expect(await lp.statusChanges.get(changes[1]!.id)).toEqual(history[1]);
    await expect(lp.statusChanges.get("lsc_nope")).rejects.toBeInstanceOf(NotFoundError);
  });

  test("the export is one CSV row per change, quoted where needed, with the same rows as JSON", async () => {
    const { lp, lead, changes } = await leadWithChanges(["contacted", "sold"]);
    const exported = await lp.leads.status.export(lead.id);
    expect(exported).toMatchObject({ fileName: `lead-${lead.id}-status-history.csv`, contentType: "text/csv" });
    const lines = exported.csv!.trimEnd().split("\r\n");
    expect(lines[0]!.split(",").slice(0, 4)).toEqual(["leadId", "leadStatusChangeId", "type", "outcome"]);
    expect(lines).toHaveLength(3);
    expect(lines[2]).toContain(`${lead.id},${changes[1]!.id},disposition,sold,`);
    expect(lines[2]).toContain('"Now sold, ""quoted"", too"');
    expect(exported.rows?.map((r) => r.leadStatusChangeId)).toEqual(changes.map((c) => c.id));
    await expect(lp.leads.status.export("lead_nope")).rejects.toBeInstanceOf(NotFoundError);
  });

  test("correcting a change replaces what was recorded, keeps who and when, and the lead's status follows the latest", async () => {
    const { lp, lead, changes } = await leadWithChanges(["contacted", "follow_up"]);
    const corrected = await lp.statusChanges.update(changes[1]!.id, {
      type: "disposition",
      outcome: "qualified",
      notes: "Spoke at length.",
    });
    expect(corrected).toMatchObject({
      id: changes[1]!.id,
      outcome: "qualified",
      notes: "Spoke at length.",
      changedAt: changes[1]!.changedAt,
      changedByUserId: changes[1]!.changedByUserId,
      timestamp: changes[1]!.timestamp,
      oldLeadStatusChangeId: changes[0]!.id,
    });
    // The stepping clock has moved on since: the correction kept the original moment, and so did the lead.
    expect(corrected.timestamp).not.toBe(corrected.updatedAt);
    expect((await lp.leads.get(lead.id)).currentLeadStatus?.changedAt).toBe(changes[1]!.changedAt);
    expect((await lp.leads.get(lead.id)).currentLeadStatus).toMatchObject({
      id: changes[1]!.id,
      outcome: "qualified",
      displayName: "Qualified",
    });
    // Correcting an older change leaves the current status alone.
    await lp.statusChanges.update(changes[0]!.id, { type: "disposition", outcome: "invalid" });
    expect((await lp.leads.get(lead.id)).currentLeadStatus?.outcome).toBe("qualified");
    await expect(lp.statusChanges.update("lsc_nope", { type: "disposition", outcome: "sold" })).rejects.toBeInstanceOf(NotFoundError);
  });

  test("deleting the latest change makes the previous one current; deleting the last one leaves the lead New", async () => {
    const { server, lp, lead, changes } = await leadWithChanges(["contacted", "follow_up", "qualified"]);
    await lp.statusChanges.delete(changes[2]!.id);
    expect((await lp.leads.get(lead.id)).currentLeadStatus).toMatchObject({
      id: changes[1]!.id,
      outcome: "follow_up",
      displayName: "Follow up",
    });
    expect((await lp.leads.get(lead.id)).currentDisposition?.id).toBe(changes[1]!.id);
    // Deleting from the middle relinks the neighbours.
    await lp.statusChanges.delete(changes[0]!.id);
    expect((await lp.leads.status.history(lead.id)).map((c) => [c.id, c.oldLeadStatusChangeId, c.newLeadStatusChangeId])).toEqual([
      [changes[1]!.id, null, null],
    ]);
    await lp.statusChanges.delete(changes[1]!.id);
    expect((await lp.leads.get(lead.id)).currentLeadStatus?.displayName).toBe("New");
    expect((await call(server, "DELETE", `/lead-status-changes/${changes[1]!.id}`)).status).toBe(404);
  });

  test("the organization-wide list pages newest first with continuationToken, across leads", async () => {
    const server = startInProcess({ clock: steppingClock() });
    const lp = clientFor(server);
    const ids: string[] = [];
    for (const name of ["Ada", "Grace"]) {
      const lead = await lp.leads.create(wholeLead({ contact: { firstName: name } }));
      for (const outcome of ["contacted", "follow_up", "sold"])
        ids.push((await lp.leads.status.set(lead.id, { type: "disposition", outcome })).id);
    }
    const first = await lp.statusChanges.list({ pageSize: 4, includeCount: true });
    expect(first.totalCount).toBe(6);
    expect(first.items.map((c) => c.id)).toEqual(ids.slice(2).reverse());
    expect(first.continuationToken).toEqual(expect.any(String));
    const second = await lp.statusChanges.list({ pageSize: 4, continuationToken: first.continuationToken! });
    expect(second.items.map((c) => c.id)).toEqual(ids.slice(0, 2).reverse());
    expect(second.continuationToken).toBeNull();
    const all: string[] = [];
    for await (const change of lp.statusChanges.listAll({ pageSize: 2 })) all.push(change.id);
    expect(all).toEqual([...ids].reverse());
    const grace = await lp.statusChanges.list({ filters: [{ field: "leadName", value: "Grace" }] });
    expect(grace.items).toHaveLength(3);
    const bogus = await call(server, "POST", "/lead-status-changes/all/my", {
      body: JSON.stringify({ continuationToken: "not-a-token" }),
    });
    expect(bogus.status).toBe(400);
  });
});
