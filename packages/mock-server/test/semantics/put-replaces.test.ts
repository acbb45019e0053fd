// PUT /leads/{id} replaces: an explicit null clears a field, a field left out is cleared too,
// except the geocoded coordinate, which survives an unchanged address when it is left out.
import { createLeadpingClient } from "@leadping/client";
import { describe, expect, test } from "vitest";
import { createMockApi } from "../../src/index.js";
import { ORG_TOKEN, SOURCE_KEY, wholeLead } from "../helpers.js";

const address = { line1: "1 Main St", city: "Austin", state: "TX", postalCode: "78701" };
const coordinate = { latitude: 30.2672, longitude: -97.7431 };

describe("PUT /leads/{id} replaces", () => {
  const api = createMockApi({ strict: true, log: (m) => expect.fail(m) });
  const lp = createLeadpingClient({ apiKey: ORG_TOKEN, sourceKey: SOURCE_KEY, baseUrl: "http://leadping.mock", fetch: api.fetch });

  test("contact.coordinate: null clears the coordinate although the address is unchanged", async () => {
    const lead = await lp.leads.create(wholeLead({ contact: { firstName: "Ada", streetAddress: address, coordinate } }));
    expect(lead.contact.coordinate).toEqual(coordinate);
    const cleared = await lp.leads.update(lead.id, wholeLead({ contact: { firstName: "Ada", streetAddress: address, coordinate: null } }));
    expect(cleared.contact.coordinate).toBeNull();
    expect(api.store.lead(lead.id)?.contact.coordinate).toBeNull();
  });

  test("a coordinate left out survives an unchanged address, and goes with a changed one", async () => {
    const lead = await lp.leads.create(wholeLead({ contact: { firstName: "Ada", streetAddress: address, coordinate } }));
    const kept = await lp.leads.update(lead.id, wholeLead({ contact: { firstName: "Ada", streetAddress: address } }));
    expect(kept.contact.coordinate).toEqual(coordinate);
    const moved = await lp.leads.update(
      lead.id,
      wholeLead({ contact: { firstName: "Ada", streetAddress: { ...address, line1: "2 Main St" } } }),
    );
    expect(moved.contact.coordinate).toBeNull();
  });

  test("an explicit null clears other fields as well", async () => {
    const lead = await lp.leads.create(wholeLead({ contact: { firstName: "Ada", email: "ada@example.com" } }));
    const cleared = await lp.leads.update(lead.id, wholeLead({ contact: { firstName: "Ada", email: null } }));
    expect(cleared.contact.email).toBeNull();
  });
});
