// Part 2 of the conformance check: every response the local API produces, for every
// operation, validates against the official response schema (with the known oddities
// of src/oddities.ts corrected, and nothing else). A real HTTP server on 127.0.0.1.
import { type RunningMockServer, startMockServer } from "@leadping/mock-server";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { officialContract, operationsOf } from "../src/documents.js";
import { correctedOfficial } from "../src/oddities.js";
import { ResponseValidator } from "../src/response-validator.js";

interface Exchange {
  key: string;
  status: number;
  mediaType: string;
  body: unknown;
}

const official = officialContract();
const validator = new ResponseValidator(correctedOfficial(official));
const exchanges: Exchange[] = [];
let server: RunningMockServer;

/** Sends one request and records the answer under its operation key, e.g. `GET /leads/{id}`. */
async function send(
  key: string,
  path: string,
  init: { body?: unknown; credential?: "organization" | "source" | "none" } = {},
): Promise<any> {
  const method = key.slice(0, key.indexOf(" "));
  const headers: Record<string, string> = {};
  const credential = init.credential ?? "organization";
  if (credential === "organization") headers["authorization"] = "Bearer sk_conformance";
  if (credential === "source")
    Object.assign(headers, { "x-leadping-source-id": "src_conformance", "x-leadping-source-key": "source-secret" });
  if (init.body !== undefined) headers["content-type"] = "application/json";
  const response = await fetch(server.url + path, {
    method,
    headers,
    ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
  });
  const text = await response.text();
  const body: unknown = text ? JSON.parse(text) : undefined;
  exchanges.push({ key, status: response.status, mediaType: (response.headers.get("content-type") ?? "").split(";")[0]!, body });
  return body;
}

const fullLead = {
  metadata: {
    utmSource: "google",
    price: 12.5,
    directPostPrice: "3.25",
    externalId: "crm-1",
    trustedFormUrl: "https://cert.trustedform.com/abc",
  },
  contact: {
    firstName: "Ada",
    lastName: "Lovelace",
    email: "ada@example.com",
    streetAddress: { line1: "12 Analytical Way", city: "Austin", state: "TX", postalCode: "78701", country: "US" },
    coordinate: { latitude: 30.2672, longitude: "-97.7431" },
    phone: { number: "+15125550142", type: "mobile", phoneIdentityId: "pid_1" },
    avatarUrl: "https://example.com/ada.png",
  },
  customer: {
    height: 66,
    weight: "130",
    income: 85000,
    monthsAtResidence: "36",
    creditScore: 720,
    numberOfDependents: "2",
    gender: "F",
    birthDate: "1985-12-10",
  },
  enabled: true,
  tagIds: [],
  tagNames: ["Spring campaign"],
};

beforeAll(async () => {
  server = await startMockServer({ sampleLeads: 30, seed: 7, strict: true, log: () => {} });
  const statuses = await send("GET /lead-statuses", "/lead-statuses");
  const created = await send("POST /lead-statuses", "/lead-statuses", {
    body: { name: "Callback booked", color: "#0ea5e9", category: "Open", sortOrder: 15 },
  });
  await send("PUT /lead-statuses/{id}", `/lead-statuses/${created.id}`, {
    body: { name: null, color: "#0284c7", category: null, sortOrder: null },
  });

  const lead = await send("POST /leads", "/leads", { body: fullLead, credential: "source" });
  await send("POST /leads/intake", "/leads/intake", {
    body: { firstName: "Grace", email: "grace@example.com", price: "8.00", zip: "78702", gender: "female", tagNames: ["Web form"] },
    credential: "source",
  });
  await send("GET /leads/intake", "/leads/intake?FirstName=Alan&Price=9.5&Zip=78703&TagNames=Web%20form", { credential: "source" });
  await send("GET /leads/{id}", `/leads/${lead.id}`);
  await send("PUT /leads/{id}", `/leads/${lead.id}`, { body: { ...fullLead, customer: { ...fullLead.customer, income: "90000" } } });
  const tagged = await send("POST /leads/{id}/tags", `/leads/${lead.id}/tags`, {
    body: { tagIds: [], tagNames: ["Hot", "Brand new"], createMissing: true },
  });
  await send("PUT /leads/{id}/tags", `/leads/${lead.id}/tags`, {
    body: { tagIds: tagged.tags.map((t: { id: string }) => t.id), tagNames: [] },
  });
  await send("DELETE /leads/{id}/tags/{tagId}", `/leads/${lead.id}/tags/${tagged.tags[0].id}`);

  const first = await send("PUT /leads/{leadId}/status", `/leads/${lead.id}/status`, {
    body: { type: "disposition", outcome: "contacted", notes: "Left a voicemail." },
  });
  const second = await send("PUT /leads/{leadId}/status", `/leads/${lead.id}/status`, {
    body: { type: "follow-up", outcome: "callback_booked", callbackAt: "2026-03-05T15:00:00Z", isMissedCallFollowUp: true },
  });
  await send("PUT /leads/{leadId}/status", `/leads/${lead.id}/status`, { body: { type: "disposition", outcome: "no_such_status" } });
  await send("GET /leads/{leadId}/status-history", `/leads/${lead.id}/status-history`);
  await send("GET /leads/{leadId}/status-history/export", `/leads/${lead.id}/status-history/export`);
  await send("GET /lead-status-changes/{id}", `/lead-status-changes/${first.id}`);
  await send("PUT /lead-status-changes/{id}", `/lead-status-changes/${first.id}`, {
    body: { type: "disposition", outcome: "contacted", notes: "Spoke briefly." },
  });
  await send("POST /lead-status-changes/all/my", "/lead-status-changes/all/my", { body: { pageSize: 5, includeCount: true } });
  await send("DELETE /lead-status-changes/{id}", `/lead-status-changes/${second.id}`);

  await send("POST /events/leads/{leadId}", `/events/leads/${lead.id}`, { body: { pageSize: 50 } });
  await send("GET /leads/{id}/workflow-status", `/leads/${lead.id}/workflow-status`);
  await send("POST /leads/{id}/archive", `/leads/${lead.id}/archive`, { body: { reason: 2, note: "Duplicate." } });
  await send("POST /leads/{id}/unarchive", `/leads/${lead.id}/unarchive`);
  const page = await send("POST /leads/all/my", "/leads/all/my?archiveFilter=all", { body: { pageSize: 30, includeCount: true } });
  for (const row of page.items.slice(0, 12)) {
    await send("POST /events/calls/lead/{leadId}", `/events/calls/lead/${row.id}`, { body: { pageSize: 5 } });
    await send("POST /events/sms/lead/{leadId}", `/events/sms/lead/${row.id}`, { body: { pageSize: 5 } });
    await send("POST /conversations/lead/{leadId}", `/conversations/lead/${row.id}`, { body: { pageSize: 5 } });
    await send("POST /events/leads/{leadId}", `/events/leads/${row.id}`, { body: { pageSize: 5 } });
  }

  await send("GET /tags", "/tags?includeArchived=true");
  const tag = await send("POST /tags", "/tags", {
    body: { name: "Conformance", color: "#111827", description: "Made by the conformance test." },
  });
  await send("PUT /tags/{id}", `/tags/${tag.id}`, { body: { name: "Conformance 2", color: null } });
  await send("DELETE /tags/{id}", `/tags/${tag.id}`);
  await send("DELETE /lead-statuses/{id}", `/lead-statuses/${statuses[statuses.length - 1].id}`);
  await send("DELETE /leads/{id}", `/leads/${lead.id}`);
  // Errors are responses too.
  await send("GET /leads/{id}", `/leads/${lead.id}`);
  await send("GET /tags", "/tags", { credential: "none" });
  await send("POST /leads/intake", "/leads/intake", { body: { email: "not an email" }, credential: "source" });
});

afterAll(async () => {
  await server?.stop();
});

describe("the local API against the official response schemas", () => {
  test("every official operation was exercised with a success answer", () => {
    const succeeded = new Set(exchanges.filter((e) => e.status < 300).map((e) => e.key));
    const missing = [...operationsOf(official).keys()].filter((key) => !succeeded.has(key));
    expect(missing).toEqual([]);
  });

  test("seeded call, SMS and conversation pages are not all empty (the check sees real rows)", () => {
    for (const key of ["POST /events/calls/lead/{leadId}", "POST /events/sms/lead/{leadId}", "POST /conversations/lead/{leadId}"]) {
      expect(
        exchanges.some(
          (e) =>
            e.key === key && Array.isArray((e.body as { items?: unknown[] }).items) && (e.body as { items: unknown[] }).items.length > 0,
        ),
        key,
      ).toBe(true);
    }
  });

  test("numbers go out as numbers", () => {
    const created = exchanges.find((e) => e.key === "POST /leads")!.body as {
      metadata: { directPostPrice: unknown };
      customer: { weight: unknown };
      contact: { coordinate: { longitude: unknown } };
    };
    expect(created.metadata.directPostPrice).toBe(3.25);
    expect(created.customer.weight).toBe(130);
    expect(created.contact.coordinate.longitude).toBe(-97.7431);
  });

  test("each answer validates", () => {
    const failures = exchanges.flatMap((e) => {
      const [method, path] = e.key.split(" ") as [string, string];
      const error = validator.check(method, path, e.status, e.mediaType, e.body);
      return error ? [`${e.key} → ${e.status} ${e.mediaType}: ${error}`] : [];
    });
    expect(failures).toEqual([]);
    expect(exchanges.length).toBeGreaterThan(60);
  });

  test("a wrong answer is rejected (the check can fail)", () => {
    expect(validator.check("GET", "/lead-statuses", 200, "application/json", [{ id: "lst_1", sortOrder: "first" }])).toMatch(/sortOrder/);
    expect(validator.check("GET", "/leads/{id}", 200, "application/json", { customer: { height: "66" } })).toMatch(/height/);
  });
});
