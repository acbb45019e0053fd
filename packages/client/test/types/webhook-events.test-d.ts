// Issue 20: webhook payloads are the contract's lead events, a union that `switch (event.type)` narrows.
import type { LeadResponse } from "@leadping/types";
import { describe, expectTypeOf, it } from "vitest";
import { createWebhookHandler, verifyWebhook } from "../../src/webhooks/index.js";
import type { LeadWebhookEvent } from "../../src/webhooks/index.js";

declare const body: string;
declare const headers: Headers;

describe("typed webhook events", () => {
  it("verifyWebhook's payload narrows by type", () => {
    const { payload } = verifyWebhook(body, headers, "whsec_c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0");
    expectTypeOf(payload).toEqualTypeOf<LeadWebhookEvent | null>();
    if (!payload) return;
    switch (payload.type) {
      case "lead.deleted":
        expectTypeOf(payload.type).toEqualTypeOf<"lead.deleted">();
        expectTypeOf(payload.data).toEqualTypeOf<LeadResponse>();
        break;
      case "lead.tags_changed":
        expectTypeOf(payload).toEqualTypeOf<Extract<LeadWebhookEvent, { type: "lead.tags_changed" }>>();
        break;
      case "lead.created":
      case "lead.updated":
      case "lead.status_changed":
      case "lead.archived":
      case "lead.unarchived":
        break;
      default:
        // Every event is handled above: nothing is left.
        expectTypeOf(payload).toBeNever();
    }
    // @ts-expect-error not an event of the catalog
    if (payload.type === "lead.exploded") return;
  });

  it("createWebhookHandler hands onDelivery the same union", () => {
    createWebhookHandler({
      secret: "whsec_c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0",
      onDelivery: ({ payload }) => {
        expectTypeOf(payload).toEqualTypeOf<LeadWebhookEvent | null>();
        if (payload?.type === "lead.updated") expectTypeOf(payload.data.contact).toEqualTypeOf<LeadResponse["contact"]>();
      },
    });
  });
});
