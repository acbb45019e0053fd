// Lead lifecycle through @leadping/client over real HTTP: create, get, replace, archive, unarchive, delete.
import { BadRequestError, NotFoundError } from "@leadping/client";
import { describe, expect, test } from "vitest";
import { clientFor, startInProcess, steppingClock, wholeLead } from "../helpers.js";

describe("lead lifecycle", () => {
  test("create assigns id and createdAt and starts active, untagged, 'New'", async () => {
    const clock = steppingClock();
    const lp = clientFor(startInProcess({ clock }));
    const lead = await lp.leads.create(
      wholeLead({ contact: { firstName: "Ada", lastName: "Lovelace", email: "ada@example.com" }, enabled: null }),
    );
    expect(lead.id).toMatch(/^lead_[0-9a-z]{12}$/);
    expect(Date.parse(lead.createdAt)).toBeGreaterThanOrEqual(Date.parse("2026-04-01T00:00:00Z"));
    expect(lead).toMatchObject({
      modifiedAt: null,
      isArchived: false,
      archivedAt: null,
      enabled: true,
      tags: [],
      currentDisposition: { displayName: "New", id: null },
    });
    expect(lead.contact).toMatchObject({ firstName: "Ada", lastName: "Lovelace", email: "ada@example.com", phone: null });
    expect(await lp.leads.get(lead.id)).toEqual(lead);
  });

  test("two creates with the same body make two leads", async () => {
    const server = startInProcess();
    const lp = clientFor(server);
    const a = await lp.leads.create(wholeLead({ contact: { firstName: "Twin" } }));
    const b = await lp.leads.create(wholeLead({ contact: { firstName: "Twin" } }));
    expect(a.id).not.toBe(b.id);
    expect(server.api.store.leads().map((l) => l.id)).toEqual([a.id, b.id]);
  });

  test("intake maps the flat record onto contact, profile and metadata and creates missing tag names", async () => {
    const server = startInProcess();
    const lp = clientFor(server, { sourceId: "src_1", sourceKey: "secret" });
    const lead = await lp.leads.createIntake({
      firstName: "Grace",
      lastName: "Hopper",
      email: "grace@example.com",
      phone: "+15125550199",
      phoneType: "mobile",
      birthDate: "1990-04-01",
      postalCode: "78702",
      utmSource: "facebook",
      price: "8.00",
      tagNames: ["Web form"],
    });
    expect(lead.contact).toMatchObject({
      firstName: "Grace",
      phone: { number: "+15125550199", type: "mobile" },
      streetAddress: { postalCode: "78702" },
    });
    expect(lead.customer.birthDate).toBe("1990-04-01");
    // Sent as a decimal string, answered as a number, as the real API does.
    expect(lead.metadata).toMatchObject({ utmSource: "facebook", price: 8 });
    expect(lead.tags.map((t) => t.name)).toEqual(["Web form"]);
    expect(server.api.store.tags().map((t) => t.normalizedName)).toEqual(["web form"]);
  });

  test("intake keeps the aliases zip, dateOfBirth, gender and sellerLeadIdentifier", async () => {
    const lp = clientFor(startInProcess(), { sourceId: "src_1", sourceKey: "secret" });
    const lead = await lp.leads.createIntake({
      firstName: "Grace",
      zip: "78702",
      dateOfBirth: "1990-04-01",
      gender: "female",
      sellerLeadIdentifier: "s-9",
      directPostPrice: 3.5,
    });
    expect(lead.contact.streetAddress).toMatchObject({ postalCode: "78702" });
    expect(lead.customer).toMatchObject({ birthDate: "1990-04-01", gender: "F" });
    expect(lead.metadata).toMatchObject({ sellerLeadId: "s-9", directPostPrice: 3.5 });
  });

  test("PUT replaces the writable fields, clears the ones left out and bumps modifiedAt", async () => {
    const lp = clientFor(startInProcess({ clock: steppingClock() }));
    const created = await lp.leads.create(
      wholeLead({
        contact: { firstName: "Ada", email: "ada@example.com", phone: { number: "+15125550142", type: "mobile" } },
        customer: { income: "85000" },
        metadata: { utmSource: "google" },
        enabled: false,
      }),
    );
    const updated = await lp.leads.update(
      created.id,
      wholeLead({ contact: { firstName: "Augusta" }, customer: { birthDate: "1815-12-10" } }),
    );
    expect(updated.id).toBe(created.id);
    expect(updated.createdAt).toBe(created.createdAt);
    expect(updated.modifiedAt).not.toBeNull();
    expect(Date.parse(updated.modifiedAt!)).toBeGreaterThan(Date.parse(created.createdAt));
    expect(updated.contact).toMatchObject({ firstName: "Augusta", email: null, phone: null });
    expect(updated.customer).toEqual({ birthDate: "1815-12-10" });
    expect(updated.metadata).toEqual({});
    expect(updated.enabled).toBe(true);
    const again = await lp.leads.update(
      created.id,
      wholeLead({ contact: { firstName: "Augusta" }, customer: { birthDate: "1815-12-10" } }),
    );
    expect(Date.parse(again.modifiedAt!)).toBeGreaterThan(Date.parse(updated.modifiedAt!));
    expect(await lp.leads.get(created.id)).toEqual(again);
  });

  test("PUT with a body id that is not the path id is a 400 naming `id`", async () => {
    const lp = clientFor(startInProcess());
    const lead = await lp.leads.create(wholeLead());
    const error = await lp.leads.update(lead.id, wholeLead({ id: "lead_other" })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect((error as BadRequestError).errors).toEqual({ id: ["must match the lead id in the path"] });
  });

  test("a spec-violating PUT names each bad field and leaves the lead unchanged", async () => {
    const server = startInProcess();
    const lp = clientFor(server);
    const lead = await lp.leads.create(wholeLead({ contact: { firstName: "Ada" } }));
    const error = (await lp.leads
      .update(lead.id, wholeLead({ contact: { email: 42 as never }, customer: { birthDate: "10/12/1815", isHomeowner: "yes" as never } }))
      .catch((e: unknown) => e)) as BadRequestError;
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error.errors).toEqual({
      "contact.email": ["must be string or null"],
      "customer.birthDate": ['must match format "date"'],
      "customer.isHomeowner": ["must be boolean or null"],
    });
    expect(server.api.store.lead(lead.id)?.contact.firstName).toBe("Ada");
  });

  test("archive records time, reason and note; re-archiving keeps the first time; unarchive clears them", async () => {
    const lp = clientFor(startInProcess({ clock: steppingClock() }));
    const lead = await lp.leads.create(wholeLead());
    const archived = await lp.leads.archive(lead.id, { reason: 2, note: "Duplicate of an older lead." });
    expect(archived).toMatchObject({
      isArchived: true,
      archiveReason: 2,
      archiveNote: "Duplicate of an older lead.",
      archivedByUserId: expect.any(String),
    });
    expect(archived.archivedAt).not.toBeNull();
    const again = await lp.leads.archive(lead.id, { reason: 5 });
    expect(again.archivedAt).toBe(archived.archivedAt);
    expect(again.archiveReason).toBe(5);
    const plain = await lp.leads.archive((await lp.leads.create(wholeLead())).id);
    expect(plain).toMatchObject({ isArchived: true, archiveReason: 0, archiveNote: null });
    const restored = await lp.leads.unarchive(lead.id);
    expect(restored).toMatchObject({ isArchived: false, archivedAt: null, archiveReason: null, archiveNote: null, archivedByUserId: null });
    expect(Date.parse(restored.modifiedAt!)).toBeGreaterThan(Date.parse(again.modifiedAt!));
  });

  test("archive note over 500 characters is rejected", async () => {
    const lp = clientFor(startInProcess());
    const lead = await lp.leads.create(wholeLead());
    const error = (await lp.leads.archive(lead.id, { note: "x".repeat(501) }).catch((e: unknown) => e)) as BadRequestError;
    expect(error.errors).toEqual({ note: ["must NOT have more than 500 characters"] });
  });

  test("delete removes the lead: get, update, archive and delete then answer 404", async () => {
    const server = startInProcess();
    const lp = clientFor(server);
    const lead = await lp.leads.create(wholeLead());
    await lp.leads.status.set(lead.id, { type: "disposition", outcome: "contacted" });
    await expect(lp.leads.delete(lead.id)).resolves.toBeUndefined();
    await expect(lp.leads.get(lead.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(lp.leads.update(lead.id, wholeLead())).rejects.toBeInstanceOf(NotFoundError);
    await expect(lp.leads.archive(lead.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(lp.leads.status.history(lead.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(lp.leads.delete(lead.id)).rejects.toBeInstanceOf(NotFoundError);
    expect(server.api.store.statusHistory(lead.id)).toEqual([]);
  });

  test("ids with reserved characters round-trip through path encoding and miss cleanly", async () => {
    const lp = clientFor(startInProcess());
    const error = (await lp.leads.get("a/b?c#d é").catch((e: unknown) => e)) as NotFoundError;
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.detail).toContain('"a/b?c#d é"');
  });
});
