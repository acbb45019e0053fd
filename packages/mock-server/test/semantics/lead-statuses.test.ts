// The organization's lead status catalog (create, update, archive) and how it gates
// status changes, through @leadping/client over real HTTP on 127.0.0.1.
import { BadRequestError, NotFoundError } from "@leadping/client";
import { describe, expect, test } from "vitest";
import { call, clientFor, expectProblem, startInProcess, steppingClock, wholeLead } from "../helpers.js";

describe("lead status catalog", () => {
  test("a fresh local API lists the default catalog in sortOrder; a created status joins it after the last", async () => {
    const lp = clientFor(startInProcess({ clock: steppingClock() }));
    const catalog = await lp.leadStatuses.list();
    expect(catalog.map((s) => s.name)).toEqual([
      "New",
      "Contacted",
      "Follow up",
      "Qualified",
      "Sold",
      "Not interested",
      "Invalid",
      "Duplicate",
    ]);
    expect(catalog.map((s) => s.sortOrder)).toEqual([10, 20, 30, 40, 50, 60, 70, 80]);

    const created = await lp.leadStatuses.create({ name: "  Callback booked ", category: "Open" });
    expect(created).toMatchObject({
      name: "Callback booked",
      category: "Open",
      color: "#64748b",
      sortOrder: 90,
      isArchived: false,
      organizationId: expect.any(String),
    });
    expect((await lp.leadStatuses.list()).at(-1)).toEqual(created);
  });

  test("update changes what is sent, keeps what is null, and refuses a blank or taken name", async () => {
    const lp = clientFor(startInProcess({ clock: steppingClock() }));
    const status = await lp.leadStatuses.create({ name: "Won", color: "#10b981", category: "Converted", sortOrder: 5 });
    const updated = await lp.leadStatuses.update(status.id, { name: "Closed won", color: null, category: null, sortOrder: 95 });
    expect(updated).toMatchObject({ id: status.id, name: "Closed won", color: "#10b981", category: "Converted", sortOrder: 95 });
    expect(updated.modifiedAt).not.toBe(status.modifiedAt);
    await expect(lp.leadStatuses.update(status.id, { name: "   " })).rejects.toBeInstanceOf(BadRequestError);
    // Names compare like outcomes: "follow-up" is "Follow up".
    // A name in use is a validation failure (400 with errors.name): the contract declares no 409 here.
    const taken = { errors: { name: ["is already used by another lead status"] }, status: 400 };
    await expect(lp.leadStatuses.update(status.id, { name: "follow-up" })).rejects.toMatchObject(taken);
    await expect(lp.leadStatuses.create({ name: "CONTACTED" })).rejects.toMatchObject(taken);
    await expect(lp.leadStatuses.update("lst_nope", { name: "x" })).rejects.toBeInstanceOf(NotFoundError);
  });

  test("an archived status leaves the list and can no longer be set; archiving twice still answers true", async () => {
    const server = startInProcess({ clock: steppingClock() });
    const lp = clientFor(server);
    const lead = await lp.leads.create(wholeLead());
    const status = await lp.leadStatuses.create({ name: "Voicemail" });
    const set = await lp.leads.status.set(lead.id, { type: "disposition", outcome: "voicemail" });
    expect(await lp.leadStatuses.archive(status.id)).toBe(true);
    expect(await lp.leadStatuses.archive(status.id)).toBe(true);
    expect((await lp.leadStatuses.list()).map((s) => s.id)).not.toContain(status.id);
    expect(server.api.store.leadStatuses().find((s) => s.id === status.id)?.isArchived).toBe(true);

    for (const outcome of ["voicemail", status.id]) {
      const refused = await call(server, "PUT", `/leads/${lead.id}/status`, { body: JSON.stringify({ type: "disposition", outcome }) });
      expectProblem(refused, 400);
      expect(Object.keys(refused.json.errors)).toEqual(["outcome"]);
    }
    // Correcting a recorded change to an archived status is refused too.
    expectProblem(
      await call(server, "PUT", `/lead-status-changes/${set.id}`, {
        body: JSON.stringify({ type: "disposition", outcome: "voicemail" }),
      }),
      400,
    );
    await expect(lp.leadStatuses.archive("lst_nope")).rejects.toBeInstanceOf(NotFoundError);
  });

  test("an outcome that names no status is a 400 problem and records nothing", async () => {
    const server = startInProcess();
    const lp = clientFor(server);
    const lead = await lp.leads.create(wholeLead());
    const refused = await call(server, "PUT", `/leads/${lead.id}/status`, {
      body: JSON.stringify({ type: "disposition", outcome: "no_such_status" }),
    });
    expectProblem(refused, 400);
    expect(refused.json.errors.outcome[0]).toMatch(/lead-statuses/);
    expect(server.api.store.statusHistory(lead.id)).toEqual([]);
    expect((await lp.leads.get(lead.id)).currentLeadStatus?.outcome).toBe(server.api.store.lead(lead.id)!.currentLeadStatus?.outcome);
    // An outcome may name a status by id as well as by name.
    const [, contacted] = await lp.leadStatuses.list();
    expect((await lp.leads.status.set(lead.id, { type: "disposition", outcome: contacted!.id })).category).toBe("Open");
  });
});
