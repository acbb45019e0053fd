// Issue 20, fault injection: creates carrying a stable externalId or sellerLeadId go
// through a proxy that forwards 30% of creates and drops the answer, and resets the
// connection before forwarding another 10%. Over 200 creates on the three create paths
// the client looks each ambiguous failure up before sending again, so the local API
// ends with exactly one lead per id; every call resolves with its lead or rejects with
// a LeadCreateError saying whether the lead may exist.
import { LeadCreateError, LeadpingConnectionError, createLeadpingClient } from "@leadping/client";
import type { LeadResponse } from "@leadping/types";
import { afterEach, describe, expect, test } from "vitest";
import { ORG_TOKEN, SOURCE_KEY, startStrict, wholeLead } from "../helpers.js";
import { type FaultProxy, startFaultProxy } from "./fault-proxy.js";

const proxies: FaultProxy[] = [];
afterEach(async () => {
  await Promise.all(proxies.splice(0).map((p) => p.close()));
});

async function setup(seed: number) {
  const server = await startStrict();
  const proxy = await startFaultProxy({ upstream: server.url, seed, dropAnswer: 0.3, resetBefore: 0.1 });
  proxies.push(proxy);
  // Enough resends that 40% faults leave no create unresolved with this seed; each resend follows a lookup.
  const lp = createLeadpingClient({ baseUrl: proxy.url, apiKey: ORG_TOKEN, sourceKey: SOURCE_KEY, maxRetries: 8, timeoutMs: 30_000 });
  return { server, proxy, lp };
}

/** Create number `i`, on path i % 3, with its own stable id. */
function createNumber(lp: ReturnType<typeof createLeadpingClient>, i: number, options = {}): { id: string; sent: Promise<LeadResponse> } {
  const id = `ext-${i}`;
  if (i % 3 === 0)
    return { id, sent: lp.leads.create(wholeLead({ metadata: { externalId: id }, contact: { firstName: `Lead ${i}` } }), options) };
  if (i % 3 === 1) return { id, sent: lp.leads.createIntake({ firstName: `Lead ${i}`, sellerLeadId: id }, options) };
  return { id, sent: lp.leads.createIntakeFromQuery({ FirstName: `Lead ${i}`, ExternalId: id }, options) };
}

const idOf = (lead: Pick<LeadResponse, "metadata">) => lead.metadata.externalId ?? lead.metadata.sellerLeadId;

describe("exactly-once creates through a faulty network", () => {
  test("200 creates over the three create paths leave exactly 200 leads, none duplicated", async () => {
    const { server, proxy, lp } = await setup(20);
    const outcomes: { id: string; lead?: LeadResponse; error?: unknown }[] = [];
    for (let i = 0; i < 200; i++) {
      const { id, sent } = createNumber(lp, i);
      outcomes.push(
        await sent.then(
          (lead) => ({ id, lead }),
          (error: unknown) => ({ id, error }),
        ),
      );
    }
    const rejected = outcomes.filter((o) => o.error !== undefined);
    const stored = server.api.store.leads();
    const perId = new Map<string, number>();
    for (const lead of stored) perId.set(idOf(lead)!, (perId.get(idOf(lead)!) ?? 0) + 1);
    console.log(
      `exactly-once: ${proxy.counts.creates} creates sent for 200 calls (${proxy.counts.droppedAnswers} answers dropped, ` +
        `${proxy.counts.resets} reset before forwarding); ${200 - rejected.length} resolved, ${rejected.length} rejected; ${stored.length} leads stored`,
    );
    // The faults happened: the test would see duplicates if the client resent blindly.
    expect(proxy.counts.droppedAnswers).toBeGreaterThan(40);
    expect(proxy.counts.resets).toBeGreaterThan(10);
    for (const o of rejected) {
      expect(o.error).toBeInstanceOf(LeadCreateError);
      expect(typeof (o.error as LeadCreateError).leadMayExist).toBe("boolean");
    }
    for (const o of outcomes.filter((r) => r.lead)) {
      expect(idOf(o.lead!)).toBe(o.id);
      expect(server.api.store.lead(o.lead!.id)).toBeDefined();
    }
    expect(stored).toHaveLength(200);
    expect([...perId.values()].every((n) => n === 1)).toBe(true);
    expect([...perId.keys()].sort()).toEqual(outcomes.map((o) => o.id).sort());
  });

  test("a call that gives up says whether its lead may exist, and the answer is true to the store", async () => {
    const { server, lp } = await setup(7);
    const outcomes: { id: string; error?: unknown }[] = [];
    for (let i = 0; i < 60; i++) {
      const { id, sent } = createNumber(lp, i, { maxRetries: 0 });
      outcomes.push(
        await sent.then(
          () => ({ id }),
          (error: unknown) => ({ id, error }),
        ),
      );
    }
    const gaveUp = outcomes.filter((o) => o.error !== undefined);
    expect(gaveUp.length).toBeGreaterThan(0);
    const stored = new Set(server.api.store.leads().map(idOf));
    for (const o of gaveUp) {
      expect(o.error).toBeInstanceOf(LeadCreateError);
      const error = o.error as LeadCreateError;
      // With no resend left, a lead that exists would have been found; one that is not found does not exist.
      if (!error.leadMayExist) expect(stored.has(o.id)).toBe(false);
      expect(Object.values(error.identity)).toEqual([o.id]);
    }
    // Nothing is duplicated even when calls give up.
    expect(server.api.store.leads().length).toBe(stored.size);
  });

  test("with exactlyOnce off the failures surface as before, and some of them did create the lead", async () => {
    const { server, lp } = await setup(20);
    const errors: unknown[] = [];
    const rejectedIds: string[] = [];
    for (let i = 0; i < 30; i++) {
      const { id, sent } = createNumber(lp, i, { exactlyOnce: false });
      await sent.catch((error: unknown) => {
        errors.push(error);
        rejectedIds.push(id);
      });
    }
    expect(errors.length).toBeGreaterThan(0);
    for (const error of errors) expect(error).toBeInstanceOf(LeadpingConnectionError);
    const stored = new Set(server.api.store.leads().map(idOf));
    // A dropped answer: the caller saw an error, yet the lead exists. Resending blindly would duplicate it.
    expect(rejectedIds.filter((id) => stored.has(id)).length).toBeGreaterThan(0);
  });
});
