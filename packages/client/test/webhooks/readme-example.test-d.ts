// The README's "Receiving webhooks" examples, compiled against the public API.
import type { IncomingHttpHeaders } from "node:http";
import { describe, expectTypeOf, it } from "vitest";
import {
  type SeenWebhookStore,
  WebhookVerificationError,
  type WebhookVerificationReason,
  createWebhookHandler,
  verifyWebhook,
} from "../../src/webhooks/index.js";

declare const processLeadEvent: (id: string, payload: unknown) => Promise<void>;
declare const rawBody: Uint8Array;
declare const req: { headers: IncomingHttpHeaders };
declare const res: { writeHead(status: number): { end(): void } };
declare const redis: {
  set(key: string, value: string, options: { NX: true; EX: number }): Promise<string | null>;
  del(key: string): Promise<number>;
};

describe("Receiving webhooks (README)", () => {
  it("the handler example", () => {
    const POST = createWebhookHandler({
      secret: ["whsec_old", "whsec_new"],
      async onDelivery({ id, timestamp, payload }) {
        expectTypeOf(timestamp).toEqualTypeOf<Date>();
        await processLeadEvent(id, payload);
      },
    });
    expectTypeOf(POST).toEqualTypeOf<(request: Request) => Promise<Response>>();
  });

  it("the verifier example with Node's headers", () => {
    try {
      const { id } = verifyWebhook(rawBody, req.headers, "whsec_x");
      expectTypeOf(id).toBeString();
    } catch (error) {
      if (error instanceof WebhookVerificationError) {
        expectTypeOf(error.reason).toEqualTypeOf<WebhookVerificationReason>();
        res.writeHead(error.reason === "missing-header" || error.reason === "malformed-timestamp" ? 400 : 401).end();
      }
    }
  });

  it("the shared store example", () => {
    const redisStore: SeenWebhookStore = {
      seen: async (id) => (await redis.set(`leadping:webhook:${id}`, "1", { NX: true, EX: 7 * 24 * 3600 })) === null,
      forget: async (id) => void (await redis.del(`leadping:webhook:${id}`)),
    };
    expectTypeOf(createWebhookHandler({ secret: "whsec_x", store: redisStore, onDelivery: () => undefined })).toBeFunction();
    // @ts-expect-error a store must be able to forget a failed delivery's id
    const incomplete: SeenWebhookStore = { seen: () => false };
    void incomplete;
  });
});
