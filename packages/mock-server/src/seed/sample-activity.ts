// Seeded calls, SMS messages and conversations of a sample lead. The local API places no
// calls and sends no messages, so this is the only way such records come to exist.
import type { LeadResponse } from "@leadping/types";
import type { SeededRandom } from "./prng.js";
import {
  type CallEventTableRow,
  type ConversationResponse,
  type LeadState,
  MOCK_ORGANIZATION_ID,
  MOCK_USER_ID,
  type SmsEventTableRow,
} from "../domain/store.js";

/** The organization's Leadping number the samples use. */
const OUTBOUND_NUMBER = "+15125550100";
const OUTBOUND_NUMBER_ID = "pn_mock";
const TEXTS = [
  "Hi {name}, thanks for your request! When is a good time to call?",
  "Sounds good, talk soon.",
  "Can you call me tomorrow morning?",
  "Here is the quote we discussed.",
];

export function seedLeadActivity(state: LeadState, lead: Omit<LeadResponse, "tags">, random: SeededRandom, createdAtMs: number): void {
  const leadNumber = lead.contact.phone?.number;
  if (!leadNumber) return;
  const name = [lead.contact.firstName, lead.contact.lastName].filter(Boolean).join(" ") || null;
  const iso = (ms: number) => new Date(ms).toISOString();
  const conversationId = state.newId("conv");
  let at = createdAtMs;
  let lastSnippet: string | null = null;
  const messages = random.int(0, 3);
  for (let i = 0; i < messages; i++) {
    at += random.int(5, 600) * 60_000;
    const inbound = i % 2 === 1;
    const text = random.pick(TEXTS).replace("{name}", lead.contact.firstName ?? "there");
    const sms: SmsEventTableRow = {
      id: state.newId("sms"),
      conversationId,
      lead: { id: lead.id, name: name ?? lead.id },
      fromPhoneNumberId: OUTBOUND_NUMBER_ID,
      outboundPhoneNumberId: OUTBOUND_NUMBER_ID,
      fromPhoneNumber: inbound ? leadNumber : OUTBOUND_NUMBER,
      toPhoneNumber: inbound ? OUTBOUND_NUMBER : leadNumber,
      text,
      media: [],
      status: inbound ? "received" : "delivered",
      direction: inbound ? "inbound" : "outbound",
      createdAt: iso(at),
      sentAt: inbound ? null : iso(at),
      deliveredAt: inbound ? null : iso(at + 2000),
      receivedAt: inbound ? iso(at) : null,
      isAutomated: !inbound && i === 0,
      outboundSource: inbound ? null : i === 0 ? "automation" : "manual",
      trafficType: "RealLead",
      billableAmount: 0.0079,
      consoleEntries: [],
      user: MOCK_USER_ID,
      organization: MOCK_ORGANIZATION_ID,
    };
    state.append(state.smsByLead, lead.id, sms);
    lastSnippet = text.slice(0, 60);
  }
  const calls = random.int(0, 2);
  for (let i = 0; i < calls; i++) {
    at += random.int(30, 1440) * 60_000;
    const answered = random.chance(0.6);
    const duration = answered ? random.int(20, 900) : 0;
    const call: CallEventTableRow = {
      id: state.newId("call"),
      leadId: lead.id,
      leadName: name,
      organizationId: MOCK_ORGANIZATION_ID,
      userId: MOCK_USER_ID,
      conversationId,
      fromPhoneNumberId: OUTBOUND_NUMBER_ID,
      fromPhoneNumber: OUTBOUND_NUMBER,
      toPhoneNumber: leadNumber,
      status: answered ? "completed" : "no_answer",
      direction: "outbound",
      createdAt: iso(at),
      answeredAt: answered ? iso(at + 8000) : null,
      endedAt: iso(at + 8000 + duration * 1000),
      duration,
      billableSeconds: duration,
      billableAmount: Math.round(duration * 0.0002 * 10_000) / 10_000,
      consoleEntries: [],
      user: MOCK_USER_ID,
      organization: MOCK_ORGANIZATION_ID,
    };
    state.append(state.callsByLead, lead.id, call);
  }
  if (messages + calls === 0) return;
  const conversation: ConversationResponse = {
    id: conversationId,
    leadId: lead.id,
    firstName: lead.contact.firstName ?? null,
    lastName: lead.contact.lastName ?? null,
    lastSnippet,
    lastEventAt: iso(at),
    lastEventIsInternalNote: false,
    status: messages % 2 === 0 ? "waiting" : "needs_reply",
    isArchived: false,
    isUnread: messages % 2 === 0 ? false : true,
    phoneNumber: { id: OUTBOUND_NUMBER_ID, name: "Main line", value: OUTBOUND_NUMBER },
    leadPhoneNumber: leadNumber,
    activeOutboundPhoneNumberId: OUTBOUND_NUMBER_ID,
  };
  state.append(state.conversationsByLead, lead.id, conversation);
}
