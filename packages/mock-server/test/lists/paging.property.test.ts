// Property: a page of POST /leads/all/my, read from the indexes, is what a plain sort of the whole
// store gives at that moment: the first pageSize leads after the previous page's last row, in
// every sortable order and the default one, with random writes (creates, renames, archives,
// deletes) between pages.
import type { LeadResponse, LeadTableRow } from "@leadping/types";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { createMockApi } from "../../src/index.js";
import { ORG_TOKEN, SOURCE_KEY } from "../helpers.js";

const FIELDS = [
  "id",
  "firstName",
  "lastName",
  "email",
  "phone",
  "createdAt",
  "updatedAt",
  "status",
  "price",
  "enabled",
  "isArchived",
  "archivedAt",
] as const;
type Field = (typeof FIELDS)[number];

/** The value a list row orders by, read off the full lead. */
function valueOf(lead: LeadResponse, field: Field): unknown {
  switch (field) {
    case "firstName":
    case "lastName":
    case "email":
      return lead.contact[field] ?? null;
    case "phone":
      return lead.contact.phone?.number ?? null;
    case "updatedAt":
      return lead.modifiedAt ?? lead.createdAt;
    case "status":
      return lead.currentDisposition?.displayName ?? null;
    case "price":
      return lead.metadata.price == null ? null : Number(lead.metadata.price);
    case "archivedAt":
      return lead.archivedAt ?? null;
    default:
      return lead[field];
  }
}

/** Nulls last, numbers numerically, text case-insensitively (booleans as text). */
function compare(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  if (typeof a === "number" && typeof b === "number") return a - b;
  const text = (v: unknown) => (typeof v === "string" ? v.toLowerCase() : JSON.stringify(v));
  const [x, y] = [text(a), text(b)];
  return x < y ? -1 : x > y ? 1 : 0;
}

const name = fc.option(fc.constantFrom("ada", "Ada", "grace", "Zed", "bob", "émile", ""), { nil: null });
const write = fc.oneof(
  fc.record({
    kind: fc.constant("create" as const),
    firstName: name,
    lastName: name,
    price: fc.option(fc.integer({ min: 0, max: 50 }), { nil: null }),
  }),
  fc.record({ kind: fc.constant("rename" as const), pick: fc.nat(), firstName: name }),
  fc.record({ kind: fc.constant("archive" as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant("delete" as const), pick: fc.nat() }),
);

type Write = typeof write extends fc.Arbitrary<infer W> ? W : never;

describe("lead list paging", () => {
  test("pages equal a plain sort of the whole store, under random writes between pages", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          write.filter((w) => w.kind === "create"),
          { minLength: 0, maxLength: 30 },
        ),
        fc.option(fc.record({ field: fc.constantFrom(...FIELDS), desc: fc.boolean() }), { nil: null }),
        fc.integer({ min: 1, max: 6 }),
        fc.array(fc.array(write, { maxLength: 3 }), { maxLength: 12 }),
        async (initial, order, pageSize, between) => {
          const api = createMockApi({ strict: true, log: (m) => expect.fail(m) });
          const call = async (method: string, path: string, body?: unknown, token = ORG_TOKEN) => {
            const res = await api.fetch(`http://leadping.mock${path}`, {
              method,
              headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
              ...(body === undefined ? {} : { body: JSON.stringify(body) }),
            });
            return { status: res.status, json: res.status === 204 ? null : ((await res.json()) as unknown) };
          };
          const rank = new Map<string, number>();
          const apply = async (w: Write) => {
            const leads = api.store.leads();
            if (w.kind === "create") {
              const body = { contact: { firstName: w.firstName, lastName: w.lastName }, metadata: { price: w.price } };
              const { json } = await call("POST", "/leads", body, SOURCE_KEY);
              rank.set((json as LeadResponse).id, rank.size);
              return;
            }
            if (leads.length === 0) return;
            const lead = leads[w.pick % leads.length]!;
            if (w.kind === "rename")
              await call("PUT", `/leads/${lead.id}`, { contact: { ...lead.contact, firstName: w.firstName }, metadata: lead.metadata });
            if (w.kind === "archive")
              await call("POST", `/leads/${lead.id}/${lead.isArchived ? "unarchive" : "archive"}`, lead.isArchived ? undefined : {});
            if (w.kind === "delete") await call("DELETE", `/leads/${lead.id}`);
          };
          for (const w of initial) await apply(w);

          const position = (lead: LeadResponse) => ({ key: order ? valueOf(lead, order.field) : null, rank: rank.get(lead.id)! });
          const before = (a: ReturnType<typeof position>, b: ReturnType<typeof position>) => {
            if (!order) return b.rank - a.rank; // newest first
            const c = compare(a.key, b.key);
            return c !== 0 ? (order.desc ? -c : c) : a.rank - b.rank;
          };
          let cursor: ReturnType<typeof position> | null = null;
          let token: string | null = null;
          for (let page = 0; page < 40; page++) {
            const expected = api.store
              .leads()
              .filter((l) => !l.isArchived)
              .map((l) => ({ lead: l, at: position(l) }))
              .sort((a, b) => before(a.at, b.at))
              .filter((e) => cursor === null || before(e.at, cursor) > 0);
            const options = {
              pageSize,
              ...(order ? { orderBy: [{ field: order.field, direction: order.desc ? "desc" : "asc" }] } : {}),
              ...(token ? { continuationToken: token } : {}),
            };
            const { status, json } = await call("POST", "/leads/all/my", options);
            expect(status).toBe(200);
            const body = json as { items: LeadTableRow[]; continuationToken: string | null };
            expect(body.items.map((r) => r.id)).toEqual(expected.slice(0, pageSize).map((e) => e.lead.id));
            expect(body.continuationToken !== null).toBe(expected.length > pageSize);
            if (!body.continuationToken) break;
            cursor = expected[pageSize - 1]!.at;
            token = body.continuationToken;
            for (const w of between[page] ?? []) await apply(w);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
