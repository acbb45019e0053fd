// Compares the top-level `webhooks` (OpenAPI 3.1): requests Leadping sends to clients. Data flows the other way,
// so a webhook's payload is judged as a `response` (the client reads it) and what the client answers as a
// `request` (Leadping reads it).
import type { ChangeCollector } from "./collector.js";
import { compareContent } from "./compare-messages.js";
import { methods, objectAt } from "./compare-operations.js";
import type { SchemaContext } from "./compare-schema.js";
import { childPointer, isObject, resolve } from "./pointer.js";
import type { JsonObject } from "./types.js";

export function compareWebhooks(base: JsonObject, head: JsonObject, collector: ChangeCollector): void {
  const [before, after] = [objectAt(base.webhooks), objectAt(head.webhooks)];
  for (const name of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const [bItem, hItem] = [objectAt(before[name]), objectAt(after[name])];
    for (const m of methods) {
      const at = childPointer("/webhooks", name, m);
      const label = `webhook ${name} (${m.toUpperCase()})`;
      const [bo, ho] = [bItem[m], hItem[m]];
      if (isObject(bo) && !isObject(ho)) collector.add("webhook-removed", at, `${label} removed`, { operation: label });
      else if (!isObject(bo) && isObject(ho)) collector.add("webhook-added", at, `${label} added`, { operation: label });
      else if (isObject(bo) && isObject(ho)) compareWebhook(base, head, collector, at, label, bo, ho);
    }
  }
}

function compareWebhook(
  base: JsonObject,
  head: JsonObject,
  collector: ChangeCollector,
  at: string,
  label: string,
  bo: JsonObject,
  ho: JsonObject,
): void {
  collector.walk(at, "response");
  const ctx = (direction: "request" | "response"): SchemaContext => ({ base, head, collector, direction, operation: label });
  const add = (rule: Parameters<ChangeCollector["add"]>[0], pointer: string, message: string): void =>
    collector.add(rule, pointer, message, { operation: label });
  const bodyAt = childPointer(at, "requestBody");
  const b = isObject(bo.requestBody) ? resolve(base, bo.requestBody, bodyAt) : null;
  const h = isObject(ho.requestBody) ? resolve(head, ho.requestBody, bodyAt) : null;
  if (b && !h) add("response-body-removed", bodyAt, `${label} payload removed`);
  else if (!b && h) add("response-property-added", bodyAt, `${label} payload added`);
  else if (b && h) {
    collector.explain(bodyAt, "$ref", "required");
    compareContent(
      objectAt(b.node.content),
      objectAt(h.node.content),
      childPointer(b.pointer, "content"),
      childPointer(h.pointer, "content"),
      ctx("response"),
      (type, p) => add("response-media-type-removed", p, `${label} payload content type ${type} removed`),
      (type, p) => add("response-media-type-added", p, `${label} payload content type ${type} added`),
    );
  }
  // What the client answers: Leadping must keep accepting it.
  const [br, hr] = [objectAt(bo.responses), objectAt(ho.responses)];
  for (const code of Object.keys(br)) {
    const [rb, rh] = [br[code], hr[code]];
    if (!isObject(rb) || !isObject(rh)) continue;
    const codeAt = childPointer(at, "responses", code);
    collector.walk(codeAt, "request");
    const [xb, xh] = [resolve(base, rb, codeAt), resolve(head, rh, codeAt)];
    compareContent(
      objectAt(xb.node.content),
      objectAt(xh.node.content),
      childPointer(xb.pointer, "content"),
      childPointer(xh.pointer, "content"),
      ctx("request"),
      (type, p) => add("request-media-type-removed", p, `${label} answer content type ${type} no longer accepted`),
      (type, p) => add("request-media-type-added", p, `${label} answer content type ${type} accepted`),
    );
  }
}
