// The README's "Receiving webhooks" examples, compiled against the public API.
// (The Express and @leadping/redis examples are type-tested in packages/redis/test/types.test-d.ts.)
import { type IncomingHttpHeaders, createServer } from "node:http";
import { describe, expectTypeOf, it } from "vitest";
import {
  type NodeWebhookRequest,
  type SeenWebhookStore,
  WebhookVerificationError,
  type WebhookVerificationReason,
  createNodeWebhookHandler,
  createWebhookHandler,
  verifyWebhook,
} from "../../src/webhooks/index.js";

declare const processLeadEvent: (id: string, payload: unknown) => Promise<void>;

describe("Receiving webhooks (README)", () => {
  it("the handler example", () => {
    const POST = createWebhookHandler({
      secret: ["whsec_old", "whsec_new"],
      maxBodyBytes: 64 * 1024,
      async onDelivery({ id, timestamp, payload }) {
        expectTypeOf(timestamp).toEqualTypeOf<Date>();
        await processLeadEvent(id, payload);
      },
    });
    expectTypeOf(POST).toEqualTypeOf<(request: Request) => Promise<Response>>();
  });

  it("the node:http example", () => {
    const handler = createNodeWebhookHandler({ secret: "whsec_x", onDelivery: () => undefined });
    createServer((req, res) => void handler(req, res));
    // @ts-expect-error a request needs its headers and stream methods
    const notARequest: NodeWebhookRequest = { method: "POST" };
    void notARequest;
  });

  it("the verifier example with Node's headers", () => {
    function answerFor(rawBody: Uint8Array, headers: IncomingHttpHeaders, secret: string): number {
      try {
        const { id } = verifyWebhook(rawBody, headers, secret);
        expectTypeOf(id).toBeString();
        return 204;
      } catch (error) {
        if (!(error instanceof WebhookVerificationError)) throw error;
        expectTypeOf(error.reason).toEqualTypeOf<WebhookVerificationReason>();
        return error.reason === "no-matching-signature" || error.reason.startsWith("timestamp-") ? 401 : 400;
      }
    }
    expectTypeOf(answerFor).returns.toBeNumber();
  });

  it("a store of your own", () => {
    const shared = new Map<string, true>();
    const store: SeenWebhookStore = {
      seen: (id) => shared.has(id) || (shared.set(id, true), false),
      forget: (id) => void shared.delete(id),
    };
    expectTypeOf(createWebhookHandler({ secret: "whsec_x", store, onDelivery: () => undefined })).toBeFunction();
    // @ts-expect-error a store must be able to forget a failed delivery's id
    const incomplete: SeenWebhookStore = { seen: () => false };
    void incomplete;
  });
});
