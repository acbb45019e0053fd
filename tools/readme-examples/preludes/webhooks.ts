// Prelude of `fragment=webhooks` blocks: a receiver's surroundings. `rawBody`, `req`, `res` and
// `redis` are only declared (a request being handled, a connected node-redis client), so blocks
// that use them are `compile-only`.
import type { IncomingMessage, ServerResponse } from "node:http";

export const secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

/** Your processing of one lead event. */
export async function processLeadEvent(_id: string, _payload: unknown): Promise<void> {}

export async function onDelivery({ id, payload }: { id: string; payload: unknown }): Promise<void> {
  await processLeadEvent(id, payload);
}

export declare const rawBody: string;
export declare const req: IncomingMessage;
export declare const res: ServerResponse;
/** The subset of a node-redis v4+ client the store uses. */
export declare const redis: {
  set(key: string, value: string, options: { NX: true; EX: number }): Promise<string | null>;
  del(key: string): Promise<number>;
};
