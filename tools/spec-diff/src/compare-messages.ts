// Compares what an operation exchanges: its request body (judged as `request`) and its responses, their
// media types, schemas and headers (judged as `response`).
import type { ChangeCollector } from "./collector.js";
import { compareHeaders } from "./compare-headers.js";
import type { Add, OperationSide } from "./compare-operations.js";
import { pick } from "./compare-keywords.js";
import { compareSchema, type SchemaContext } from "./compare-schema.js";
import { childPointer, isObject, resolve } from "./pointer.js";
import type { Json, JsonObject } from "./types.js";

const objectAt = (value: Json | undefined): JsonObject => (isObject(value) ? value : {});

/** Compares the media types of a body; a media type that gains or loses its schema is a type change. */
export function compareContent(
  baseContent: JsonObject,
  headContent: JsonObject,
  baseAt: string,
  headAt: string,
  ctx: SchemaContext,
  onRemoved: (type: string, at: string) => void,
  onAdded: (type: string, at: string) => void,
): void {
  const mark = (collector: ChangeCollector, at: string): void => {
    collector.walk(at, ctx.direction);
  };
  for (const [type, b] of Object.entries(baseContent)) {
    const h = headContent[type];
    if (!isObject(h)) {
      onRemoved(type, childPointer(baseAt, type));
      continue;
    }
    if (!isObject(b)) continue;
    mark(ctx.collector, childPointer(baseAt, type));
    mark(ctx.collector, childPointer(headAt, type));
    ctx.collector.explainOneSided(childPointer(baseAt, type), b, ctx.head, "schema");
    ctx.collector.explainOneSided(childPointer(headAt, type), h, ctx.base, "schema");
    if (isObject(b.schema) && isObject(h.schema))
      compareSchema(
        ctx,
        { node: b.schema, at: childPointer(baseAt, type, "schema") },
        { node: h.schema, at: childPointer(headAt, type, "schema") },
      );
    else if (isObject(b.schema) !== isObject(h.schema)) {
      // No schema means any value: losing it widens (typed clients read `unknown`), gaining it narrows.
      const lost = isObject(b.schema);
      const rule = lost
        ? pick(ctx.direction, "request-type-widened", "response-type-widened")
        : pick(ctx.direction, "request-type-narrowed", "response-type-narrowed");
      const context: { direction: typeof ctx.direction; operation?: string } = { direction: ctx.direction };
      if (ctx.operation) context.operation = ctx.operation;
      ctx.collector.add(
        rule,
        childPointer(lost ? baseAt : headAt, type, "schema"),
        `${type} schema ${lost ? "removed" : "added"}`,
        context,
      );
    }
  }
  for (const type of Object.keys(headContent)) if (!(type in baseContent)) onAdded(type, childPointer(headAt, type));
}

export function compareRequestBody(base: OperationSide, head: OperationSide, add: Add, ctx: SchemaContext): void {
  const b = isObject(base.op.requestBody) ? resolve(base.doc, base.op.requestBody, childPointer(base.at, "requestBody")) : null;
  const h = isObject(head.op.requestBody) ? resolve(head.doc, head.op.requestBody, childPointer(head.at, "requestBody")) : null;
  if (!b && !h) return;
  if (b && !h) return add("request-body-removed", childPointer(base.at, "requestBody"), "request body removed");
  if (!b && h)
    return add(
      h.node.required === true ? "request-body-added-required" : "request-body-added",
      h.pointer,
      `${h.node.required === true ? "required" : "optional"} request body added`,
    );
  if (!b || !h) return;
  for (const [at, node, otherDoc] of [
    [childPointer(base.at, "requestBody"), b.node, head.doc],
    [childPointer(head.at, "requestBody"), h.node, base.doc],
    [b.pointer, b.node, head.doc],
    [h.pointer, h.node, base.doc],
  ] as const) {
    ctx.collector.walk(at, "request");
    ctx.collector.explain(at, "$ref", "required");
    ctx.collector.explainOneSided(at, node, otherDoc, "content");
  }
  if (b.node.required !== true && h.node.required === true)
    add("request-body-became-required", childPointer(h.pointer, "required"), "request body became required");
  if (b.node.required === true && h.node.required !== true) add("request-body-became-optional", h.pointer, "request body became optional");
  compareContent(
    objectAt(b.node.content),
    objectAt(h.node.content),
    childPointer(b.pointer, "content"),
    childPointer(h.pointer, "content"),
    ctx,
    (type, at) => add("request-media-type-removed", at, `request content type ${type} no longer accepted`),
    (type, at) => add("request-media-type-added", at, `request content type ${type} accepted`),
  );
}

export const isSuccess = (code: string): boolean => /^2(\d\d|XX)$/i.test(code);

export function compareResponses(base: OperationSide, head: OperationSide, add: Add, ctx: SchemaContext): void {
  const before = objectAt(base.op.responses);
  const after = objectAt(head.op.responses);
  const [bAt, hAt] = [childPointer(base.at, "responses"), childPointer(head.at, "responses")];
  ctx.collector.walk(bAt, "response");
  ctx.collector.walk(hAt, "response");
  const successBefore = Object.keys(before).filter(isSuccess).sort();
  const successAfter = Object.keys(after).filter(isSuccess).sort();
  if (successBefore.join() !== successAfter.join())
    add("success-status-changed", hAt, `success status ${successBefore.join("/") || "none"} → ${successAfter.join("/") || "none"}`);
  for (const code of Object.keys(before)) {
    if (!(code in after)) {
      if (!isSuccess(code)) add("error-response-removed", childPointer(bAt, code), `${code} response no longer documented`);
      continue;
    }
    const [b, h] = [before[code], after[code]];
    if (!isObject(b) || !isObject(h)) continue;
    const rb = resolve(base.doc, b, childPointer(bAt, code));
    const rh = resolve(head.doc, h, childPointer(hAt, code));
    for (const [at, node, otherDoc] of [
      [childPointer(bAt, code), rb.node, head.doc],
      [childPointer(hAt, code), rh.node, base.doc],
      [rb.pointer, rb.node, head.doc],
      [rh.pointer, rh.node, base.doc],
    ] as const) {
      ctx.collector.walk(at, "response");
      ctx.collector.explain(at, "$ref");
      ctx.collector.explainOneSided(at, node, otherDoc, "content", "headers");
    }
    const success = isSuccess(code);
    const [bc, hc] = [objectAt(rb.node.content), objectAt(rh.node.content)];
    if (success && Object.keys(bc).length > 0 && Object.keys(hc).length === 0) {
      add("response-body-removed", childPointer(rb.pointer, "content"), `${code} response no longer has a body`);
    } else {
      compareContent(
        bc,
        hc,
        childPointer(rb.pointer, "content"),
        childPointer(rh.pointer, "content"),
        ctx,
        (type, at) => {
          if (success) add("response-media-type-removed", at, `${code} response content type ${type} removed`);
        },
        (type, at) => add("response-media-type-added", at, `${code} response content type ${type} added`),
      );
    }
    compareHeaders(
      objectAt(rb.node.headers),
      objectAt(rh.node.headers),
      childPointer(rb.pointer, "headers"),
      childPointer(rh.pointer, "headers"),
      code,
      add,
      ctx,
    );
  }
  for (const code of Object.keys(after))
    if (!(code in before) && !isSuccess(code)) add("error-response-added", childPointer(hAt, code), `${code} response added`);
}
