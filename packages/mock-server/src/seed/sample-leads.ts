// Seeded sample leads: the same seed always yields the same tags, leads and histories.
import type { LeadResponse, LeadStatusChangeResponse } from "@leadping/types";
import { recordTimelineEvent } from "../domain/timeline.js";
import { newLeadState } from "../domain/lead-mapping.js";
import { SeededRandom, deriveSeed } from "./prng.js";
import { seedLeadActivity } from "./sample-activity.js";
import { seedLeadStatuses } from "../domain/status-catalog.js";
import { syncCurrentStatus } from "../domain/status-history.js";
import { type LeadState, MOCK_USER_ID } from "../domain/store.js";

/** Sample timestamps count back from here, so they do not depend on the wall clock. */
const SAMPLE_EPOCH = Date.parse("2026-03-01T12:00:00Z");

const TAGS: [string, string][] = [
  ["Hot", "#ef4444"],
  ["Warm", "#f59e0b"],
  ["Cold", "#3b82f6"],
  ["Web form", "#10b981"],
  ["Referral", "#8b5cf6"],
  ["Spring campaign", "#ec4899"],
];
const FIRST = [
  "Ada",
  "Grace",
  "Alan",
  "Katherine",
  "Edsger",
  "Barbara",
  "Donald",
  "Frances",
  "Linus",
  "Margaret",
  "Ken",
  "Radia",
  "Tim",
  "Hedy",
  "John",
  "Sophie",
  "José",
  "Zoë",
  "Łukasz",
  "Mei",
];
const LAST = [
  "Lovelace",
  "Hopper",
  "Turing",
  "Johnson",
  "Dijkstra",
  "Liskov",
  "Knuth",
  "Allen",
  "Torvalds",
  "Hamilton",
  "Thompson",
  "Perlman",
  "Berners-Lee",
  "Lamarr",
  "Backus",
  "Wilson",
  "García",
  "Núñez",
  "Kowalski",
  "Chen",
];
const CITIES: [string, string, string][] = [
  ["Austin", "TX", "787"],
  ["Denver", "CO", "802"],
  ["Portland", "OR", "972"],
  ["Columbus", "OH", "432"],
  ["Raleigh", "NC", "276"],
];
const STREETS = ["Analytical Way", "Compiler Ct", "Enigma Rd", "Orbit Ave", "Semaphore St", "Lambda Ln"];
const OUTCOMES: [string, "Open" | "Qualified" | "Converted" | "Lost"][] = [
  ["contacted", "Open"],
  ["follow_up", "Open"],
  ["qualified", "Qualified"],
  ["sold", "Converted"],
  ["not_interested", "Lost"],
];
const SOURCES = ["google", "facebook", "bing", "referral", "newsletter"];

/** Adds the lead status catalog, and `count` sample leads with the tag catalogue, to `state`. */
export function seedSampleData(state: LeadState, count: number, seed: number): void {
  const iso = (ms: number) => new Date(ms).toISOString();
  seedLeadStatuses(state, iso(SAMPLE_EPOCH - 100 * 86_400_000));
  if (count <= 0) return;
  const random = new SeededRandom(deriveSeed(seed, "sample"));
  // A stream of its own, so the sample leads stay what they were before activity was seeded.
  const activityRandom = new SeededRandom(deriveSeed(seed, "activity"));
  const tagIds = TAGS.map(([name, color], i) => state.insertTag(name, color, iso(SAMPLE_EPOCH - (90 - i) * 86_400_000)).id);

  let createdAt = SAMPLE_EPOCH - count * 3 * 3_600_000;
  for (let i = 0; i < count; i++) {
    createdAt += random.int(1, 5) * 3_600_000 + random.int(0, 3_599) * 1000;
    const firstName = random.pick(FIRST);
    const lastName = random.pick(LAST);
    const [city, stateCode, zip] = random.pick(CITIES);
    const phone = `+1${random.int(200, 989)}555${String(random.int(0, 9999)).padStart(4, "0")}`;
    const email = `${firstName}.${lastName}${i}@example.com`
      .toLowerCase()
      .normalize("NFD")
      .replace(/[^\x20-\x7e]/g, "");
    const lead: Omit<LeadResponse, "tags"> = {
      id: state.newId("lead"),
      createdAt: iso(createdAt),
      modifiedAt: null,
      metadata: {
        utmSource: random.pick(SOURCES),
        price: random.int(2, 40) + random.pick([0, 0.5, 0.75]),
        origin: "api",
        isImported: false,
        smsOptedOut: false,
      },
      contact: {
        firstName,
        lastName,
        streetAddress: {
          line1: `${random.int(1, 999)} ${random.pick(STREETS)}`,
          line2: null,
          city,
          state: stateCode,
          postalCode: `${zip}${random.int(10, 99)}`,
          country: "US",
        },
        coordinate: null,
        timeZoneId: "America/Chicago",
        phone: { number: phone, type: random.pick(["mobile", "landline"]), lookup: null },
        email,
      },
      customer: {
        birthDate: `${random.int(1950, 2004)}-${pad(random.int(1, 12))}-${pad(random.int(1, 28))}`,
        isHomeowner: random.chance(0.5),
      },
      enabled: random.chance(0.9),
      ...newLeadState(),
    };
    const leadTags = tagIds.filter(() => random.chance(0.25));
    const stored = state.insertLead(lead, leadTags);
    recordTimelineEvent(state, { kind: "created", leadId: lead.id, at: lead.createdAt, summary: "Lead created." });

    const changes = random.int(0, 2);
    const history: LeadStatusChangeResponse[] = [];
    let at = createdAt;
    for (let c = 0; c < changes; c++) {
      at += random.int(1, 48) * 3_600_000;
      const [outcome, category] = random.pick(OUTCOMES);
      history.push({
        id: state.newId("lsc"),
        leadId: lead.id,
        leadName: `${firstName} ${lastName}`,
        type: "disposition",
        outcome,
        category,
        oldLeadStatusChangeId: history[history.length - 1]?.id ?? null,
        oldLeadStatusChangeType: history[history.length - 1]?.type ?? null,
        oldLeadStatusChangeOutcome: history[history.length - 1]?.outcome ?? null,
        newLeadStatusChangeId: null,
        notes: "",
        reason: null,
        changedByUserId: MOCK_USER_ID,
        changedByAutomationId: null,
        changedAt: iso(at),
        changeSource: "User",
        timestamp: iso(at),
        createdAt: iso(at),
        updatedAt: iso(at),
        callbackAt: null,
        assignedToUserId: null,
        isMissedCallFollowUp: false,
      });
      const previous = history[history.length - 2];
      if (previous) previous.newLeadStatusChangeId = history[history.length - 1]!.id;
      recordTimelineEvent(state, {
        kind: "status_changed",
        leadId: lead.id,
        at: iso(at),
        summary: `Status set to ${outcome}.`,
        related: { type: "leadStatusChange", id: history[history.length - 1]!.id },
      });
    }
    const last = history[history.length - 1];
    if (last) {
      for (const change of history) state.appendStatusChange(change);
      syncCurrentStatus(state, stored, last.timestamp);
    }
    seedLeadActivity(state, stored.lead, activityRandom, createdAt);
    if (random.chance(0.1)) {
      const archivedAt = iso(at + 86_400_000);
      state.updateLead(stored, {
        ...stored.lead,
        isArchived: true,
        archivedAt,
        archivedByUserId: MOCK_USER_ID,
        archiveReason: random.int(1, 9),
        archiveNote: "Sample archived lead.",
        modifiedAt: archivedAt,
      });
      recordTimelineEvent(state, { kind: "archived", leadId: lead.id, at: archivedAt, summary: "Lead archived." });
    }
  }
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}
