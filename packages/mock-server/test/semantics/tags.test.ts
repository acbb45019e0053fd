// The tag catalogue and the tags on a lead, through @leadping/client over real HTTP.
import { BadRequestError, NotFoundError } from "@leadping/client";
import { describe, expect, test } from "vitest";
import { clientFor, startInProcess, wholeLead } from "../helpers.js";

describe("tag catalogue", () => {
  test("create, list by name, rename, recolour, archive; archived tags only with includeArchived", async () => {
    const lp = clientFor(startInProcess());
    const warm = await lp.tags.create({ name: "  Warm ", color: "#f59e0b" });
    expect(warm).toMatchObject({
      name: "Warm",
      normalizedName: "warm",
      color: "#f59e0b",
      isArchived: false,
      archivedAt: null,
      modifiedAt: null,
    });
    const hot = await lp.tags.create({ name: "Hot" });
    expect((await lp.tags.list()).map((t) => t.name)).toEqual(["Hot", "Warm"]);

    const renamed = await lp.tags.update(hot.id, { name: "Very hot" });
    expect(renamed).toMatchObject({ name: "Very hot", normalizedName: "very hot", color: null });
    expect(renamed.modifiedAt).not.toBeNull();
    expect((await lp.tags.update(hot.id, { color: "#ef4444" })).name).toBe("Very hot");

    await expect(lp.tags.archive(warm.id)).resolves.toBe(true);
    await expect(lp.tags.archive(warm.id)).resolves.toBe(true);
    expect((await lp.tags.list()).map((t) => t.name)).toEqual(["Very hot"]);
    const all = await lp.tags.list({ includeArchived: true });
    expect(all.map((t) => [t.name, t.isArchived])).toEqual([
      ["Very hot", false],
      ["Warm", true],
    ]);
  });

  test("names are unique case-insensitively; a blank or missing name is rejected", async () => {
    const lp = clientFor(startInProcess());
    const hot = await lp.tags.create({ name: "Hot" });
    const other = await lp.tags.create({ name: "Cold" });
    // A name in use is a validation failure (400 with errors.name): the contract declares no 409 here.
    const dup = (await lp.tags.create({ name: " HOT" }).catch((e: unknown) => e)) as BadRequestError;
    expect(dup).toBeInstanceOf(BadRequestError);
    expect(dup.status).toBe(400);
    expect(dup.errors).toEqual({ name: ["is already used by another tag"] });
    const renamed = (await lp.tags.update(other.id, { name: "hot" }).catch((e: unknown) => e)) as BadRequestError;
    expect(renamed).toBeInstanceOf(BadRequestError);
    expect(renamed.errors).toEqual({ name: ["is already used by another tag"] });
    expect((await lp.tags.update(hot.id, { name: "HOT" })).name).toBe("HOT");
    expect(((await lp.tags.create({ name: "   " }).catch((e: unknown) => e)) as BadRequestError).errors).toEqual({ name: ["is required"] });
    expect(((await lp.tags.create({}).catch((e: unknown) => e)) as BadRequestError).errors).toEqual({ name: ["is required"] });
    expect(((await lp.tags.create({ name: "x".repeat(101) }).catch((e: unknown) => e)) as BadRequestError).errors).toEqual({
      name: ["must NOT have more than 100 characters"],
    });
  });

  test("unknown tag ids answer 404", async () => {
    const lp = clientFor(startInProcess());
    await expect(lp.tags.update("tag_nope", { name: "x" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(lp.tags.archive("tag_nope")).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("tags on a lead", () => {
  test("add resolves ids and names case-insensitively, keeps existing tags and is idempotent", async () => {
    const server = startInProcess();
    const lp = clientFor(server);
    const hot = await lp.tags.create({ name: "Hot" });
    const spring = await lp.tags.create({ name: "Spring campaign" });
    const lead = await lp.leads.create(wholeLead());
    const once = await lp.leads.tags.add(lead.id, { tagIds: [hot.id], tagNames: ["spring CAMPAIGN"], createMissing: false });
    expect(once.tags.map((t) => t.id)).toEqual([hot.id, spring.id]);
    expect(Date.parse(once.modifiedAt!)).toBeGreaterThanOrEqual(Date.parse(once.createdAt));
    const twice = await lp.leads.tags.add(lead.id, { tagIds: [spring.id], tagNames: [], createMissing: false });
    expect(twice.tags.map((t) => t.id)).toEqual([hot.id, spring.id]);
    expect(twice.modifiedAt).toBe(once.modifiedAt);
  });

  test("unknown names are rejected unless createMissing, and a rejected request creates nothing", async () => {
    const server = startInProcess();
    const lp = clientFor(server);
    const lead = await lp.leads.create(wholeLead());
    const error = (await lp.leads.tags
      .add(lead.id, { tagIds: ["tag_missing"], tagNames: ["Referral"], createMissing: false })
      .catch((e: unknown) => e)) as BadRequestError;
    expect(error).toBeInstanceOf(BadRequestError);
    expect(Object.keys(error.errors ?? {}).sort()).toEqual(["tagIds[0]", "tagNames[0]"]);
    expect(server.api.store.tags()).toEqual([]);
    const created = await lp.leads.tags.add(lead.id, { tagIds: [], tagNames: ["Referral"], createMissing: true });
    expect(created.tags.map((t) => t.name)).toEqual(["Referral"]);
    expect(server.api.store.tags().map((t) => t.name)).toEqual(["Referral"]);
  });

  test("replace sets the complete set; remove takes one off and ignores tags the lead lacks", async () => {
    const lp = clientFor(startInProcess());
    const [a, b, c] = [await lp.tags.create({ name: "A" }), await lp.tags.create({ name: "B" }), await lp.tags.create({ name: "C" })];
    const lead = await lp.leads.create(wholeLead({ tagIds: [a.id, b.id] }));
    expect(lead.tags.map((t) => t.id)).toEqual([a.id, b.id]);
    const replaced = await lp.leads.tags.replace(lead.id, { tagIds: [c.id], tagNames: ["a"], createMissing: false });
    expect(replaced.tags.map((t) => t.id)).toEqual([c.id, a.id]);
    const removed = await lp.leads.tags.remove(lead.id, c.id);
    expect(removed.tags.map((t) => t.id)).toEqual([a.id]);
    const unchanged = await lp.leads.tags.remove(lead.id, b.id);
    expect(unchanged).toEqual(removed);
    expect((await lp.leads.tags.replace(lead.id, { tagIds: [], tagNames: [], createMissing: false })).tags).toEqual([]);
  });

  test("lead create and PUT create missing tag names; leads show a renamed tag's new name", async () => {
    const server = startInProcess();
    const lp = clientFor(server);
    const lead = await lp.leads.create(wholeLead({ tagNames: ["Spring campaign"] }));
    const tagId = lead.tags[0]!.id;
    const put = await lp.leads.update(lead.id, wholeLead({ tagIds: [tagId], tagNames: ["New name"] }));
    expect(put.tags.map((t) => t.name)).toEqual(["Spring campaign", "New name"]);
    await lp.tags.update(tagId, { name: "Autumn campaign" });
    expect((await lp.leads.get(lead.id)).tags.map((t) => t.name)).toEqual(["Autumn campaign", "New name"]);
  });

  test("archived tags stay on leads that carry them but cannot be newly assigned", async () => {
    const lp = clientFor(startInProcess());
    const old = await lp.tags.create({ name: "Old" });
    const carrier = await lp.leads.create(wholeLead({ tagIds: [old.id] }));
    await lp.tags.archive(old.id);
    expect((await lp.leads.update(carrier.id, wholeLead({ tagIds: [old.id] }))).tags.map((t) => t.id)).toEqual([old.id]);
    const fresh = await lp.leads.create(wholeLead());
    const error = (await lp.leads.tags
      .add(fresh.id, { tagIds: [old.id], tagNames: [], createMissing: false })
      .catch((e: unknown) => e)) as BadRequestError;
    expect(error.errors).toEqual({ "tagIds[0]": ["the tag is archived"] });
  });

  test("the tags body requires both lists", async () => {
    const lp = clientFor(startInProcess());
    const lead = await lp.leads.create(wholeLead());
    const error = (await lp.leads.tags.add(lead.id, {} as never).catch((e: unknown) => e)) as BadRequestError;
    expect(error.errors).toEqual({ tagIds: ["is required"], tagNames: ["is required"] });
  });
});
