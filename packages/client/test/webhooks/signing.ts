// Signs deliveries the way Leadping does, for the receiver tests. It uses the
// standardwebhooks package's signer, which the known-answer vector pins down.
import { Webhook } from "standardwebhooks";

export const SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
export const ROTATED_SECRET = "whsec_C2FVsBQIhrscChlQIMV+b5sSYspob7oD";
export const NOW_MS = Date.UTC(2026, 0, 15, 12, 0, 0);

/** Headers of one signed attempt; `secrets` sign together (space-separated) as during rotation. */
export function signedHeaders(
  body: string,
  options: { id?: string; secrets?: string[]; timestampSeconds?: number } = {},
): Record<string, string> {
  const id = options.id ?? "msg_2xYq9v";
  const seconds = options.timestampSeconds ?? Math.floor(NOW_MS / 1000);
  const signature = (options.secrets ?? [SECRET]).map((secret) => new Webhook(secret).sign(id, new Date(seconds * 1000), body)).join(" ");
  return { "webhook-id": id, "webhook-timestamp": String(seconds), "webhook-signature": signature };
}
