// The generated half of corpus/: small before/after pairs built from one minimal document, one per rule and
// spelling, each with a hand-written expectation for the edit AND for its reverse (after → before).
// `node scripts/generate-corpus.mjs` writes them to corpus/gNN-*; test/corpus.test.ts checks they are up to date.

/** The minimal contract every case starts from: LeadInput is only sent, Lead only received. */
export function baseDocument(version = "3.1.0") {
  return {
    openapi: version,
    info: { title: "Corpus", version: "1.0.0" },
    servers: [{ url: "https://api.example.test" }],
    paths: {
      "/leads": {
        post: {
          operationId: "createLead",
          requestBody: { required: true, content: { "application/json": { schema: { $ref: "#/components/schemas/LeadInput" } } } },
          responses: {
            201: {
              description: "Created",
              headers: { "X-Request-Id": { required: true, schema: { type: "string" } } },
              content: { "application/json": { schema: { $ref: "#/components/schemas/Lead" } } },
            },
            400: { description: "Invalid" },
          },
        },
      },
      "/leads/{id}": {
        get: {
          operationId: "getLead",
          parameters: [
            { name: "id", in: "path", required: true, schema: { type: "string" } },
            { name: "fields", in: "query", schema: { type: "string" } },
          ],
          responses: { 200: { description: "OK", content: { "application/json": { schema: { $ref: "#/components/schemas/Lead" } } } } },
        },
      },
    },
    components: {
      schemas: {
        LeadInput: { type: "object", required: ["name"], properties: { name: { type: "string" }, note: { type: "string" } } },
        Lead: {
          type: "object",
          required: ["id", "name"],
          properties: { id: { type: "string" }, name: { type: "string" }, score: { type: "number" } },
        },
      },
      securitySchemes: { apiKey: { type: "apiKey", in: "header", name: "X-Api-Key" } },
    },
  };
}

// Shorthands: where things are, and expected changes [rule, pointer, direction?].
const IN = "/components/schemas/LeadInput";
const OUT = "/components/schemas/Lead";
const POST = "/paths/~1leads/post";
const GET = "/paths/~1leads~1{id}/get";
const inp = (d) => d.components.schemas.LeadInput;
const out = (d) => d.components.schemas.Lead;
const post = (d) => d.paths["/leads"].post;
const get = (d) => d.paths["/leads/{id}"].get;
const rq = (rule, pointer) => [rule, pointer, "request"];
const rs = (rule, pointer) => [rule, pointer, "response"];
const none = (rule, pointer) => [rule, pointer];
const nothing = () => {};

/**
 * One case: `before` and `after` edit a fresh base document; `forward` and `reverse` are the expected
 * [classification, changes] of before → after and of after → before.
 */
const c = (name, description, before, after, forward, reverse, version) => ({
  name,
  description,
  before,
  after,
  forward,
  reverse,
  version,
});

export const cases = [
  // Operations, security, servers, webhooks
  c(
    "operation-removed",
    "GET /leads/{id} removed",
    nothing,
    (d) => delete d.paths["/leads/{id}"],
    ["breaking", [none("operation-removed", GET)]],
    ["non-breaking", [none("operation-added", GET)]],
  ),
  c(
    "operation-id-changed",
    "getLead renamed fetchLead",
    nothing,
    (d) => (get(d).operationId = "fetchLead"),
    ["breaking", [none("operation-id-changed", `${GET}/operationId`)]],
    ["breaking", [none("operation-id-changed", `${GET}/operationId`)]],
  ),
  c(
    "operation-deprecated",
    "GET /leads/{id} deprecated (undeprecating is documentation)",
    nothing,
    (d) => (get(d).deprecated = true),
    ["non-breaking", [none("operation-deprecated", `${GET}/deprecated`)]],
    ["non-breaking", [none("doc-changed", `${GET}/deprecated`)]],
  ),
  c(
    "security-requirement-added",
    "POST /leads now needs the API key",
    nothing,
    (d) => (post(d).security = [{ apiKey: [] }]),
    ["breaking", [none("security-requirement-added", `${POST}/security`)]],
    ["non-breaking", [none("security-requirement-removed", `${POST}/security`)]],
  ),
  c(
    "security-scheme-added",
    "a bearer scheme is added",
    nothing,
    (d) => (d.components.securitySchemes.bearer = { type: "http", scheme: "bearer" }),
    ["non-breaking", [none("security-scheme-added", "/components/securitySchemes/bearer")]],
    ["breaking", [none("security-scheme-changed", "/components/securitySchemes/bearer")]],
  ),
  c(
    "security-scheme-changed",
    "the API key moves from a header to the query",
    nothing,
    (d) => (d.components.securitySchemes.apiKey.in = "query"),
    ["breaking", [none("security-scheme-changed", "/components/securitySchemes/apiKey")]],
    ["breaking", [none("security-scheme-changed", "/components/securitySchemes/apiKey")]],
  ),
  c(
    "server-url-changed",
    "the server URL moves to /v2",
    nothing,
    (d) => (d.servers[0].url = "https://api.example.test/v2"),
    ["breaking", [none("server-removed", "/servers/0/url"), none("server-added", "/servers/0/url")]],
    ["breaking", [none("server-removed", "/servers/0/url"), none("server-added", "/servers/0/url")]],
  ),
  c(
    "server-added",
    "a sandbox server is added",
    nothing,
    (d) => d.servers.push({ url: "https://sandbox.example.test" }),
    ["non-breaking", [none("server-added", "/servers/1/url")]],
    ["breaking", [none("server-removed", "/servers/1/url")]],
  ),
  c(
    "webhook-added",
    "a leadCreated webhook is added",
    nothing,
    (d) =>
      (d.webhooks = {
        leadCreated: {
          post: {
            requestBody: { content: { "application/json": { schema: { type: "object" } } } },
            responses: { 200: { description: "ok" } },
          },
        },
      }),
    ["non-breaking", [none("webhook-added", "/webhooks/leadCreated/post")]],
    ["breaking", [none("webhook-removed", "/webhooks/leadCreated/post")]],
  ),
  c(
    "webhook-payload-field-removed",
    "the leadCreated payload loses `source` (clients read payloads: judged as a response)",
    (d) =>
      (d.webhooks = {
        leadCreated: {
          post: {
            requestBody: {
              content: {
                "application/json": { schema: { type: "object", properties: { id: { type: "string" }, source: { type: "string" } } } },
              },
            },
            responses: { 200: { description: "ok" } },
          },
        },
      }),
    (d) => {
      d.webhooks = {
        leadCreated: {
          post: {
            requestBody: { content: { "application/json": { schema: { type: "object", properties: { id: { type: "string" } } } } } },
            responses: { 200: { description: "ok" } },
          },
        },
      };
    },
    [
      "breaking",
      [rs("response-property-removed", "/webhooks/leadCreated/post/requestBody/content/application~1json/schema/properties/source")],
    ],
    [
      "non-breaking",
      [rs("response-property-added", "/webhooks/leadCreated/post/requestBody/content/application~1json/schema/properties/source")],
    ],
  ),
  c(
    "webhook-answer-narrowed",
    "what a client answers to leadCreated must now be shorter (judged as a request)",
    (d) =>
      (d.webhooks = {
        leadCreated: {
          post: { responses: { 200: { description: "ok", content: { "application/json": { schema: { type: "string" } } } } } },
        },
      }),
    (d) =>
      (d.webhooks = {
        leadCreated: {
          post: {
            responses: { 200: { description: "ok", content: { "application/json": { schema: { type: "string", maxLength: 10 } } } } },
          },
        },
      }),
    [
      "breaking",
      [rq("request-constraint-narrowed", "/webhooks/leadCreated/post/responses/200/content/application~1json/schema/maxLength")],
    ],
    [
      "non-breaking",
      [rq("request-constraint-widened", "/webhooks/leadCreated/post/responses/200/content/application~1json/schema/maxLength")],
    ],
  ),

  // Parameters
  c(
    "parameter-added-optional",
    "optional query `limit` added",
    nothing,
    (d) => get(d).parameters.push({ name: "limit", in: "query", schema: { type: "integer" } }),
    ["non-breaking", [none("parameter-added", `${GET}/parameters/2`)]],
    ["breaking", [none("parameter-removed", `${GET}/parameters/2`)]],
  ),
  c(
    "parameter-added-required",
    "required query `tenant` added",
    nothing,
    (d) => get(d).parameters.push({ name: "tenant", in: "query", required: true, schema: { type: "string" } }),
    ["breaking", [none("parameter-added-required", `${GET}/parameters/2`)]],
    ["breaking", [none("parameter-removed", `${GET}/parameters/2`)]],
  ),
  c(
    "parameter-became-required",
    "query `fields` became required",
    nothing,
    (d) => (get(d).parameters[1].required = true),
    ["breaking", [none("parameter-became-required", `${GET}/parameters/1`)]],
    ["non-breaking", [none("parameter-became-optional", `${GET}/parameters/1`)]],
  ),
  c(
    "parameter-serialization-changed",
    "query `fields` no longer exploded",
    nothing,
    (d) => Object.assign(get(d).parameters[1], { style: "form", explode: false }),
    ["breaking", [none("parameter-serialization-changed", `${GET}/parameters/1`)]],
    ["breaking", [none("parameter-serialization-changed", `${GET}/parameters/1`)]],
  ),
  c(
    "parameter-schema-narrowed",
    "query `fields` gains maxLength 50",
    nothing,
    (d) => (get(d).parameters[1].schema.maxLength = 50),
    ["breaking", [rq("request-constraint-narrowed", `${GET}/parameters/1/schema/maxLength`)]],
    ["non-breaking", [rq("request-constraint-widened", `${GET}/parameters/1/schema/maxLength`)]],
  ),
  c(
    "parameter-unknown-keyword",
    "fail-safe: `allowReserved` on a parameter has no rule, so it is breaking both ways",
    nothing,
    (d) => (get(d).parameters[1].allowReserved = true),
    ["breaking", [none("request-unclassified-change", `${GET}/parameters/1/allowReserved`)]],
    ["breaking", [none("request-unclassified-change", `${GET}/parameters/1/allowReserved`)]],
  ),

  // Request bodies
  c(
    "request-body-removed",
    "POST /leads no longer takes a (required) body",
    nothing,
    (d) => delete post(d).requestBody,
    ["breaking", [none("request-body-removed", `${POST}/requestBody`)]],
    ["breaking", [none("request-body-added-required", `${POST}/requestBody`)]],
  ),
  c(
    "optional-request-body-removed",
    "an optional body removed (reverse: added)",
    (d) => (post(d).requestBody.required = false),
    (d) => delete post(d).requestBody,
    ["breaking", [none("request-body-removed", `${POST}/requestBody`)]],
    ["non-breaking", [none("request-body-added", `${POST}/requestBody`)]],
  ),
  c(
    "request-body-became-optional",
    "the body of POST /leads became optional",
    nothing,
    (d) => (post(d).requestBody.required = false),
    ["non-breaking", [none("request-body-became-optional", `${POST}/requestBody`)]],
    ["breaking", [none("request-body-became-required", `${POST}/requestBody/required`)]],
  ),
  c(
    "request-media-type-added",
    "form bodies accepted too",
    nothing,
    (d) => (post(d).requestBody.content["application/x-www-form-urlencoded"] = { schema: { $ref: "#/components/schemas/LeadInput" } }),
    ["non-breaking", [none("request-media-type-added", `${POST}/requestBody/content/application~1x-www-form-urlencoded`)]],
    ["breaking", [none("request-media-type-removed", `${POST}/requestBody/content/application~1x-www-form-urlencoded`)]],
  ),
  c(
    "request-schema-removed",
    "the JSON body loses its schema: any value is accepted",
    nothing,
    (d) => delete post(d).requestBody.content["application/json"].schema,
    ["non-breaking", [rq("request-type-widened", `${POST}/requestBody/content/application~1json/schema`)]],
    ["breaking", [rq("request-type-narrowed", `${POST}/requestBody/content/application~1json/schema`)]],
  ),

  // Request fields
  c(
    "request-property-added",
    "optional request field `source` added",
    nothing,
    (d) => (inp(d).properties.source = { type: "string" }),
    ["non-breaking", [rq("request-property-added", `${IN}/properties/source`)]],
    ["breaking", [rq("request-property-removed", `${IN}/properties/source`)]],
  ),
  c(
    "request-property-added-required",
    "required request field `email` added",
    nothing,
    (d) => {
      inp(d).properties.email = { type: "string" };
      inp(d).required.push("email");
    },
    ["breaking", [rq("request-property-added-required", `${IN}/properties/email`)]],
    ["breaking", [rq("request-property-removed", `${IN}/properties/email`)]],
  ),
  c(
    "request-property-became-required",
    "request field `note` became required",
    nothing,
    (d) => inp(d).required.push("note"),
    ["breaking", [rq("request-property-became-required", `${IN}/properties/note`)]],
    ["non-breaking", [rq("request-property-became-optional", `${IN}/properties/note`)]],
  ),
  c(
    "request-type-widened",
    "request `note` accepts integers too",
    nothing,
    (d) => (inp(d).properties.note.type = ["string", "integer"]),
    ["non-breaking", [rq("request-type-widened", `${IN}/properties/note`)]],
    ["breaking", [rq("request-type-narrowed", `${IN}/properties/note`)]],
  ),
  c(
    "request-type-changed",
    "request `note` string → integer",
    nothing,
    (d) => (inp(d).properties.note.type = "integer"),
    ["breaking", [rq("type-changed", `${IN}/properties/note`)]],
    ["breaking", [rq("type-changed", `${IN}/properties/note`)]],
  ),
  c(
    "request-nullable-added-3.1",
    'request `note` accepts null (3.1 `type: [x, "null"]`)',
    nothing,
    (d) => (inp(d).properties.note.type = ["string", "null"]),
    ["non-breaking", [rq("request-nullable-added", `${IN}/properties/note`)]],
    ["breaking", [rq("request-nullable-removed", `${IN}/properties/note`)]],
  ),
  c(
    "request-nullable-added-3.0",
    "request `note` accepts null (3.0 `nullable: true`)",
    nothing,
    (d) => (inp(d).properties.note.nullable = true),
    ["non-breaking", [rq("request-nullable-added", `${IN}/properties/note`)]],
    ["breaking", [rq("request-nullable-removed", `${IN}/properties/note`)]],
    "3.0.3",
  ),
  c(
    "request-enum-value-added",
    "request `note` enum gains `c`",
    (d) => (inp(d).properties.note.enum = ["a", "b"]),
    (d) => (inp(d).properties.note.enum = ["a", "b", "c"]),
    ["non-breaking", [rq("request-enum-value-added", `${IN}/properties/note/enum`)]],
    ["breaking", [rq("request-enum-value-removed", `${IN}/properties/note/enum`)]],
  ),
  c(
    "request-enum-added",
    "request `note` restricted to an enum",
    nothing,
    (d) => (inp(d).properties.note.enum = ["a", "b"]),
    ["breaking", [rq("request-enum-added", `${IN}/properties/note/enum`)]],
    ["non-breaking", [rq("request-enum-removed", `${IN}/properties/note/enum`)]],
  ),
  c(
    "request-max-length-lowered",
    "request `name` maxLength 50 → 20",
    (d) => (inp(d).properties.name.maxLength = 50),
    (d) => (inp(d).properties.name.maxLength = 20),
    ["breaking", [rq("request-constraint-narrowed", `${IN}/properties/name/maxLength`)]],
    ["non-breaking", [rq("request-constraint-widened", `${IN}/properties/name/maxLength`)]],
  ),
  c(
    "request-min-length-added",
    "request `name` gains minLength 2",
    nothing,
    (d) => (inp(d).properties.name.minLength = 2),
    ["breaking", [rq("request-constraint-narrowed", `${IN}/properties/name/minLength`)]],
    ["non-breaking", [rq("request-constraint-widened", `${IN}/properties/name/minLength`)]],
  ),
  c(
    "request-exclusive-maximum-3.1",
    "request `priority` ≤ 10 → < 10 (3.1 numeric exclusiveMaximum)",
    (d) => (inp(d).properties.priority = { type: "number", maximum: 10 }),
    (d) => (inp(d).properties.priority = { type: "number", exclusiveMaximum: 10 }),
    ["breaking", [rq("request-constraint-narrowed", `${IN}/properties/priority/exclusiveMaximum`)]],
    ["non-breaking", [rq("request-constraint-widened", `${IN}/properties/priority/maximum`)]],
  ),
  c(
    "request-exclusive-maximum-3.0",
    "request `priority` ≤ 10 → < 10 (3.0 boolean exclusiveMaximum flipped)",
    (d) => (inp(d).properties.priority = { type: "number", maximum: 10 }),
    (d) => (inp(d).properties.priority = { type: "number", maximum: 10, exclusiveMaximum: true }),
    ["breaking", [rq("request-constraint-narrowed", `${IN}/properties/priority/exclusiveMaximum`)]],
    ["non-breaking", [rq("request-constraint-widened", `${IN}/properties/priority/exclusiveMaximum`)]],
    "3.0.3",
  ),
  c(
    "request-exclusive-minimum-3.1",
    "request `priority` > 0 → > 1 (3.1)",
    (d) => (inp(d).properties.priority = { type: "number", exclusiveMinimum: 0 }),
    (d) => (inp(d).properties.priority = { type: "number", exclusiveMinimum: 1 }),
    ["breaking", [rq("request-constraint-narrowed", `${IN}/properties/priority/exclusiveMinimum`)]],
    ["non-breaking", [rq("request-constraint-widened", `${IN}/properties/priority/exclusiveMinimum`)]],
  ),
  c(
    "request-exclusive-minimum-3.0",
    "request `priority` > 0 → ≥ 0 (3.0 boolean exclusiveMinimum flipped off)",
    (d) => (inp(d).properties.priority = { type: "number", minimum: 0, exclusiveMinimum: true }),
    (d) => (inp(d).properties.priority = { type: "number", minimum: 0, exclusiveMinimum: false }),
    ["non-breaking", [rq("request-constraint-widened", `${IN}/properties/priority/exclusiveMinimum`)]],
    ["breaking", [rq("request-constraint-narrowed", `${IN}/properties/priority/exclusiveMinimum`)]],
    "3.0.3",
  ),
  c(
    "upgrade-3.0-to-3.1-same-meaning",
    '3.0 → 3.1: `nullable: true` becomes `type: [x, "null"]`, boolean exclusive bounds become numeric: no change',
    (d) => {
      d.openapi = "3.0.3";
      inp(d).properties.note.nullable = true;
      inp(d).properties.priority = { type: "number", minimum: 0, exclusiveMinimum: true, maximum: 10, exclusiveMaximum: true };
    },
    (d) => {
      inp(d).properties.note.type = ["string", "null"];
      inp(d).properties.priority = { type: "number", exclusiveMinimum: 0, exclusiveMaximum: 10 };
    },
    ["none", []],
    ["none", []],
  ),
  c(
    "request-pattern-added",
    "request `name` gains a pattern",
    nothing,
    (d) => (inp(d).properties.name.pattern = "^[A-Z]"),
    ["breaking", [rq("request-constraint-narrowed", `${IN}/properties/name/pattern`)]],
    ["non-breaking", [rq("request-constraint-widened", `${IN}/properties/name/pattern`)]],
  ),
  c(
    "request-format-added",
    "request `note` gains format email",
    nothing,
    (d) => (inp(d).properties.note.format = "email"),
    ["breaking", [rq("request-format-added", `${IN}/properties/note/format`)]],
    ["non-breaking", [rq("request-format-removed", `${IN}/properties/note/format`)]],
  ),
  c(
    "request-format-changed",
    "request `note` format email → uri",
    (d) => (inp(d).properties.note.format = "email"),
    (d) => (inp(d).properties.note.format = "uri"),
    ["breaking", [rq("format-changed", `${IN}/properties/note/format`)]],
    ["breaking", [rq("format-changed", `${IN}/properties/note/format`)]],
  ),
  c(
    "request-multiple-of-added",
    "request `priority` must be a multiple of 5",
    (d) => (inp(d).properties.priority = { type: "integer" }),
    (d) => (inp(d).properties.priority = { type: "integer", multipleOf: 5 }),
    ["breaking", [rq("request-constraint-narrowed", `${IN}/properties/priority/multipleOf`)]],
    ["non-breaking", [rq("request-constraint-widened", `${IN}/properties/priority/multipleOf`)]],
  ),
  c(
    "request-unique-items",
    "request `tags` must be unique",
    (d) => (inp(d).properties.tags = { type: "array", items: { type: "string" } }),
    (d) => (inp(d).properties.tags = { type: "array", items: { type: "string" }, uniqueItems: true }),
    ["breaking", [rq("request-constraint-narrowed", `${IN}/properties/tags/uniqueItems`)]],
    ["non-breaking", [rq("request-constraint-widened", `${IN}/properties/tags/uniqueItems`)]],
  ),
  c(
    "request-dependent-required",
    "with `note`, `name`… and now `source` too (dependentRequired)",
    (d) => (inp(d).properties.source = { type: "string" }),
    (d) => {
      inp(d).properties.source = { type: "string" };
      inp(d).dependentRequired = { note: ["source"] };
    },
    ["breaking", [rq("request-constraint-narrowed", `${IN}/dependentRequired/note`)]],
    ["non-breaking", [rq("request-constraint-widened", `${IN}/dependentRequired/note`)]],
  ),
  c(
    "request-items-false",
    "request tuple `pair` closed with `items: false`",
    (d) => (inp(d).properties.pair = { type: "array", prefixItems: [{ type: "string" }] }),
    (d) => (inp(d).properties.pair = { type: "array", prefixItems: [{ type: "string" }], items: false }),
    ["breaking", [rq("request-constraint-narrowed", `${IN}/properties/pair/items`)]],
    ["non-breaking", [rq("request-constraint-widened", `${IN}/properties/pair/items`)]],
  ),
  c(
    "request-prefix-items-added",
    "request tuple `pair` gains a second position",
    (d) => (inp(d).properties.pair = { type: "array", prefixItems: [{ type: "string" }] }),
    (d) => (inp(d).properties.pair = { type: "array", prefixItems: [{ type: "string" }, { type: "integer" }] }),
    ["breaking", [rq("request-constraint-narrowed", `${IN}/properties/pair/prefixItems/1`)]],
    ["non-breaking", [rq("request-constraint-widened", `${IN}/properties/pair/prefixItems/1`)]],
  ),
  c(
    "request-prefix-item-type-changed",
    "request tuple `pair`: first position string → integer",
    (d) => (inp(d).properties.pair = { type: "array", prefixItems: [{ type: "string" }] }),
    (d) => (inp(d).properties.pair = { type: "array", prefixItems: [{ type: "integer" }] }),
    ["breaking", [rq("type-changed", `${IN}/properties/pair/prefixItems/0`)]],
    ["breaking", [rq("type-changed", `${IN}/properties/pair/prefixItems/0`)]],
  ),
  c(
    "request-not-added",
    "request `note` may no longer be empty (`not`)",
    nothing,
    (d) => (inp(d).properties.note.not = { const: "" }),
    ["breaking", [rq("request-constraint-narrowed", `${IN}/properties/note/not`)]],
    ["non-breaking", [rq("request-constraint-widened", `${IN}/properties/note/not`)]],
  ),
  c(
    "request-not-changed",
    "request `note`: the excluded value changes",
    (d) => (inp(d).properties.note.not = { const: "" }),
    (d) => (inp(d).properties.note.not = { const: "-" }),
    ["breaking", [rq("constraint-changed", `${IN}/properties/note/not`)]],
    ["breaking", [rq("constraint-changed", `${IN}/properties/note/not`)]],
  ),
  c(
    "request-if-then-added",
    "request: if `note` is sent, `name` needs 5 characters (if/then)",
    nothing,
    (d) => Object.assign(inp(d), { if: { required: ["note"] }, then: { properties: { name: { minLength: 5 } } } }),
    ["breaking", [rq("request-constraint-narrowed", `${IN}/if`)]],
    ["non-breaking", [rq("request-constraint-widened", `${IN}/if`)]],
  ),
  c(
    "request-then-tightened",
    "request: the `then` branch asks for 8 characters instead of 5",
    (d) => Object.assign(inp(d), { if: { required: ["note"] }, then: { properties: { name: { minLength: 5 } } } }),
    (d) => Object.assign(inp(d), { if: { required: ["note"] }, then: { properties: { name: { minLength: 8 } } } }),
    ["breaking", [rq("request-constraint-narrowed", `${IN}/then/properties/name/minLength`)]],
    ["non-breaking", [rq("request-constraint-widened", `${IN}/then/properties/name/minLength`)]],
  ),
  c(
    "request-if-changed",
    "request: the `if` condition changes",
    (d) => Object.assign(inp(d), { if: { required: ["note"] }, then: { required: ["name"] } }),
    (d) => Object.assign(inp(d), { if: { required: ["name"] }, then: { required: ["name"] } }),
    ["breaking", [rq("constraint-changed", `${IN}/if`)]],
    ["breaking", [rq("constraint-changed", `${IN}/if`)]],
  ),
  c(
    "request-additional-properties-closed",
    "request: unknown fields rejected (`additionalProperties: false`)",
    nothing,
    (d) => (inp(d).additionalProperties = false),
    ["breaking", [rq("request-constraint-narrowed", `${IN}/additionalProperties`)]],
    ["non-breaking", [rq("request-constraint-widened", `${IN}/additionalProperties`)]],
  ),
  c(
    "request-default-changed",
    "request `note` default changes",
    (d) => (inp(d).properties.note.default = "a"),
    (d) => (inp(d).properties.note.default = "b"),
    ["warning", [rq("default-changed", `${IN}/properties/note/default`)]],
    ["warning", [rq("default-changed", `${IN}/properties/note/default`)]],
  ),
  c(
    "request-unknown-keyword",
    "fail-safe: `unevaluatedProperties` has no rule; on the request side that is breaking both ways",
    nothing,
    (d) => (inp(d).unevaluatedProperties = false),
    ["breaking", [none("request-unclassified-change", `${IN}/unevaluatedProperties`)]],
    ["breaking", [none("request-unclassified-change", `${IN}/unevaluatedProperties`)]],
  ),
  c(
    "request-variant-added",
    "request `contact` accepts a third shape",
    (d) => (inp(d).properties.contact = { oneOf: [{ type: "string" }, { type: "integer" }] }),
    (d) => (inp(d).properties.contact = { oneOf: [{ type: "string" }, { type: "integer" }, { type: "boolean" }] }),
    ["non-breaking", [rq("request-type-widened", `${IN}/properties/contact/oneOf/2`)]],
    ["breaking", [rq("request-type-narrowed", `${IN}/properties/contact/oneOf/2`)]],
  ),

  // Cycles
  c(
    "cyclic-allof-unchanged",
    "A allOf B, B allOf A: diffed against itself, nothing (and no crash)",
    (d) => {
      Object.assign(d.components.schemas, {
        A: { allOf: [{ $ref: "#/components/schemas/B" }], properties: { a: { type: "string" } } },
        B: { allOf: [{ $ref: "#/components/schemas/A" }], properties: { b: { type: "string" } } },
      });
      inp(d).properties.cyclic = { $ref: "#/components/schemas/A" };
    },
    nothing,
    ["none", []],
    ["none", []],
  ),
  c(
    "cyclic-allof-field-added",
    "A allOf B, B allOf A: B gains a request field, seen through A",
    (d) => {
      Object.assign(d.components.schemas, {
        A: { allOf: [{ $ref: "#/components/schemas/B" }], properties: { a: { type: "string" } } },
        B: { allOf: [{ $ref: "#/components/schemas/A" }], properties: { b: { type: "string" } } },
      });
      inp(d).properties.cyclic = { $ref: "#/components/schemas/A" };
    },
    (d) => (d.components.schemas.B.properties.c = { type: "string" }),
    ["non-breaking", [rq("request-property-added", "/components/schemas/B/properties/c")]],
    ["breaking", [rq("request-property-removed", "/components/schemas/B/properties/c")]],
  ),
  c(
    "cyclic-items-field-removed",
    "a tree (items → itself) loses a response field deep inside",
    (d) => {
      d.components.schemas.Node = {
        type: "object",
        properties: { label: { type: "string" }, children: { type: "array", items: { $ref: "#/components/schemas/Node" } } },
      };
      out(d).properties.tree = { $ref: "#/components/schemas/Node" };
    },
    (d) => delete d.components.schemas.Node.properties.label,
    ["breaking", [rs("response-property-removed", "/components/schemas/Node/properties/label")]],
    ["non-breaking", [rs("response-property-added", "/components/schemas/Node/properties/label")]],
  ),
  c(
    "cyclic-ref-loop",
    "a `$ref` loop (X → Y → X) in a response field gains a sibling field",
    (d) => {
      Object.assign(d.components.schemas, { X: { $ref: "#/components/schemas/Y" }, Y: { $ref: "#/components/schemas/X" } });
      out(d).properties.loop = { $ref: "#/components/schemas/X" };
    },
    (d) => (out(d).properties.extra = { type: "string" }),
    ["non-breaking", [rs("response-property-added", `${OUT}/properties/extra`)]],
    ["breaking", [rs("response-property-removed", `${OUT}/properties/extra`)]],
  ),

  // Responses
  c(
    "response-property-removed",
    "response field `score` removed",
    nothing,
    (d) => delete out(d).properties.score,
    ["breaking", [rs("response-property-removed", `${OUT}/properties/score`)]],
    ["non-breaking", [rs("response-property-added", `${OUT}/properties/score`)]],
  ),
  c(
    "response-property-became-optional",
    "response field `name` became optional",
    nothing,
    (d) => (out(d).required = ["id"]),
    ["breaking", [rs("response-property-became-optional", `${OUT}/properties/name`)]],
    ["non-breaking", [rs("response-property-became-required", `${OUT}/properties/name`)]],
  ),
  c(
    "response-type-widened",
    "response `score` may be a string too",
    nothing,
    (d) => (out(d).properties.score.type = ["number", "string"]),
    ["breaking", [rs("response-type-widened", `${OUT}/properties/score`)]],
    ["non-breaking", [rs("response-type-narrowed", `${OUT}/properties/score`)]],
  ),
  c(
    "response-nullable-added-3.1",
    'response `score` may be null (3.1 `type: [x, "null"]`)',
    nothing,
    (d) => (out(d).properties.score.type = ["number", "null"]),
    ["breaking", [rs("response-nullable-added", `${OUT}/properties/score`)]],
    ["non-breaking", [rs("response-nullable-removed", `${OUT}/properties/score`)]],
  ),
  c(
    "response-nullable-added-3.0",
    "response `score` may be null (3.0 `nullable: true`)",
    nothing,
    (d) => (out(d).properties.score.nullable = true),
    ["breaking", [rs("response-nullable-added", `${OUT}/properties/score`)]],
    ["non-breaking", [rs("response-nullable-removed", `${OUT}/properties/score`)]],
    "3.0.3",
  ),
  c(
    "response-enum-value-added",
    "response `status` enum gains `lost`",
    (d) => (out(d).properties.status = { type: "string", enum: ["new", "won"] }),
    (d) => (out(d).properties.status = { type: "string", enum: ["new", "won", "lost"] }),
    ["warning", [rs("response-enum-value-added", `${OUT}/properties/status/enum`)]],
    ["non-breaking", [rs("response-enum-value-removed", `${OUT}/properties/status/enum`)]],
  ),
  c(
    "response-enum-removed",
    "response `status` no longer restricted to an enum",
    (d) => (out(d).properties.status = { type: "string", enum: ["new", "won"] }),
    (d) => (out(d).properties.status = { type: "string" }),
    ["breaking", [rs("response-enum-removed", `${OUT}/properties/status/enum`)]],
    ["non-breaking", [rs("response-enum-added", `${OUT}/properties/status/enum`)]],
  ),
  c(
    "response-const-changed",
    "response `kind` const `lead` → `contact`",
    (d) => (out(d).properties.kind = { const: "lead" }),
    (d) => (out(d).properties.kind = { const: "contact" }),
    ["breaking", [rs("const-changed", `${OUT}/properties/kind/const`)]],
    ["breaking", [rs("const-changed", `${OUT}/properties/kind/const`)]],
  ),
  c(
    "response-format-removed",
    "response `id` loses format uuid",
    (d) => (out(d).properties.id.format = "uuid"),
    (d) => delete out(d).properties.id.format,
    ["breaking", [rs("response-format-removed", `${OUT}/properties/id/format`)]],
    ["non-breaking", [rs("response-format-added", `${OUT}/properties/id/format`)]],
  ),
  c(
    "response-min-length-lowered",
    "relaxed response constraint: `name` minLength 2 → 1 (breaking: clients validating responses)",
    (d) => (out(d).properties.name.minLength = 2),
    (d) => (out(d).properties.name.minLength = 1),
    ["breaking", [rs("response-constraint-widened", `${OUT}/properties/name/minLength`)]],
    ["non-breaking", [rs("response-constraint-narrowed", `${OUT}/properties/name/minLength`)]],
  ),
  c(
    "response-max-length-raised",
    "relaxed response constraint: `name` maxLength 50 → 100",
    (d) => (out(d).properties.name.maxLength = 50),
    (d) => (out(d).properties.name.maxLength = 100),
    ["breaking", [rs("response-constraint-widened", `${OUT}/properties/name/maxLength`)]],
    ["non-breaking", [rs("response-constraint-narrowed", `${OUT}/properties/name/maxLength`)]],
  ),
  c(
    "response-max-length-removed",
    "relaxed response constraint: `name` maxLength 50 removed",
    (d) => (out(d).properties.name.maxLength = 50),
    (d) => delete out(d).properties.name.maxLength,
    ["breaking", [rs("response-constraint-widened", `${OUT}/properties/name/maxLength`)]],
    ["non-breaking", [rs("response-constraint-narrowed", `${OUT}/properties/name/maxLength`)]],
  ),
  c(
    "response-min-items-lowered",
    "relaxed response constraint: `tags` minItems 1 → 0",
    (d) => (out(d).properties.tags = { type: "array", items: { type: "string" }, minItems: 1 }),
    (d) => (out(d).properties.tags = { type: "array", items: { type: "string" }, minItems: 0 }),
    ["breaking", [rs("response-constraint-widened", `${OUT}/properties/tags/minItems`)]],
    ["non-breaking", [rs("response-constraint-narrowed", `${OUT}/properties/tags/minItems`)]],
  ),
  c(
    "response-exclusive-maximum-3.0",
    "response `score` < 100 → ≤ 100 (3.0 boolean flipped off)",
    (d) => Object.assign(out(d).properties.score, { maximum: 100, exclusiveMaximum: true }),
    (d) => delete out(d).properties.score.exclusiveMaximum,
    ["breaking", [rs("response-constraint-widened", `${OUT}/properties/score/exclusiveMaximum`)]],
    ["non-breaking", [rs("response-constraint-narrowed", `${OUT}/properties/score/exclusiveMaximum`)]],
    "3.0.3",
  ),
  c(
    "response-exclusive-minimum-3.1",
    "response `score` > 0 → > -1 (3.1 numeric)",
    (d) => (out(d).properties.score.exclusiveMinimum = 0),
    (d) => (out(d).properties.score.exclusiveMinimum = -1),
    ["breaking", [rs("response-constraint-widened", `${OUT}/properties/score/exclusiveMinimum`)]],
    ["non-breaking", [rs("response-constraint-narrowed", `${OUT}/properties/score/exclusiveMinimum`)]],
  ),
  c(
    "response-schema-removed",
    "the 201 JSON body loses its schema (typed clients get `unknown`)",
    nothing,
    (d) => delete post(d).responses[201].content["application/json"].schema,
    ["breaking", [rs("response-type-widened", `${POST}/responses/201/content/application~1json/schema`)]],
    ["non-breaking", [rs("response-type-narrowed", `${POST}/responses/201/content/application~1json/schema`)]],
  ),
  c(
    "response-media-type-removed",
    "the 201 response no longer comes as XML",
    (d) => (post(d).responses[201].content["application/xml"] = { schema: { $ref: "#/components/schemas/Lead" } }),
    (d) => delete post(d).responses[201].content["application/xml"],
    ["breaking", [none("response-media-type-removed", `${POST}/responses/201/content/application~1xml`)]],
    ["non-breaking", [none("response-media-type-added", `${POST}/responses/201/content/application~1xml`)]],
  ),
  c(
    "response-body-removed",
    "GET /leads/{id} 200 no longer has a body",
    nothing,
    (d) => delete get(d).responses[200].content,
    ["breaking", [none("response-body-removed", `${GET}/responses/200/content`)]],
    ["non-breaking", [none("response-media-type-added", `${GET}/responses/200/content/application~1json`)]],
  ),
  c(
    "response-header-removed",
    "X-Request-Id no longer sent",
    nothing,
    (d) => delete post(d).responses[201].headers["X-Request-Id"],
    ["breaking", [none("response-header-removed", `${POST}/responses/201/headers/X-Request-Id`)]],
    ["non-breaking", [none("response-header-added", `${POST}/responses/201/headers/X-Request-Id`)]],
  ),
  c(
    "response-header-became-optional",
    "X-Request-Id no longer always sent",
    nothing,
    (d) => (post(d).responses[201].headers["X-Request-Id"].required = false),
    ["breaking", [none("response-header-became-optional", `${POST}/responses/201/headers/X-Request-Id/required`)]],
    ["non-breaking", [none("response-header-became-required", `${POST}/responses/201/headers/X-Request-Id/required`)]],
  ),
  c(
    "response-header-type-changed",
    "X-Request-Id string → integer",
    nothing,
    (d) => (post(d).responses[201].headers["X-Request-Id"].schema.type = "integer"),
    ["breaking", [rs("type-changed", `${POST}/responses/201/headers/X-Request-Id/schema`)]],
    ["breaking", [rs("type-changed", `${POST}/responses/201/headers/X-Request-Id/schema`)]],
  ),
  c(
    "success-status-changed",
    "POST /leads answers 200 instead of 201",
    nothing,
    (d) => {
      const r = post(d).responses;
      r[200] = r[201];
      delete r[201];
    },
    ["breaking", [none("success-status-changed", `${POST}/responses`)]],
    ["breaking", [none("success-status-changed", `${POST}/responses`)]],
  ),
  c(
    "error-response-added",
    "GET /leads/{id} documents 404",
    nothing,
    (d) => (get(d).responses[404] = { description: "Not found" }),
    ["non-breaking", [none("error-response-added", `${GET}/responses/404`)]],
    ["non-breaking", [none("error-response-removed", `${GET}/responses/404`)]],
  ),
  c(
    "response-links-added",
    "a `links` object on a response: no rule, outside requests → a warning to review",
    nothing,
    (d) => (post(d).responses[201].links = { self: { operationId: "getLead" } }),
    ["warning", [none("other-change", `${POST}/responses/201/links`)]],
    ["warning", [none("other-change", `${POST}/responses/201/links`)]],
  ),
  c(
    "response-variant-added",
    "response `contact` may have a third shape",
    (d) => (out(d).properties.contact = { anyOf: [{ type: "string" }, { type: "integer" }] }),
    (d) => (out(d).properties.contact = { anyOf: [{ type: "string" }, { type: "integer" }, { type: "boolean" }] }),
    ["breaking", [rs("response-type-widened", `${OUT}/properties/contact/anyOf/2`)]],
    ["non-breaking", [rs("response-type-narrowed", `${OUT}/properties/contact/anyOf/2`)]],
  ),

  // Components and documentation
  c(
    "schema-added",
    "an unused schema Tag is added",
    nothing,
    (d) => (d.components.schemas.Tag = { type: "object", properties: { name: { type: "string" } } }),
    ["non-breaking", [none("schema-added", "/components/schemas/Tag")]],
    ["breaking", [none("schema-removed", "/components/schemas/Tag")]],
  ),
  c(
    "response-moved-to-components",
    "the 201 response moves to components/responses, unchanged: only its description moved (documentation)",
    nothing,
    (d) => {
      d.components.responses = { Created: post(d).responses[201] };
      post(d).responses[201] = { $ref: "#/components/responses/Created" };
    },
    ["non-breaking", [none("doc-changed", `${POST}/responses/201/description`)]],
    ["non-breaking", [none("doc-changed", `${POST}/responses/201/description`)]],
  ),
  c(
    "parameter-moved-to-path-item",
    "the `id` path parameter moves from the operation to the path item: no change",
    nothing,
    (d) => {
      d.paths["/leads/{id}"].parameters = [get(d).parameters[0]];
      get(d).parameters = [get(d).parameters[1]];
    },
    ["none", []],
    ["none", []],
  ),
  c(
    "doc-changed",
    "descriptions and summaries edited",
    nothing,
    (d) => {
      get(d).summary = "Get a lead";
      out(d).properties.name.description = "The lead's name";
    },
    ["non-breaking", [none("doc-changed", `${GET}/summary`), none("doc-changed", `${OUT}/properties/name/description`)]],
    ["non-breaking", [none("doc-changed", `${GET}/summary`), none("doc-changed", `${OUT}/properties/name/description`)]],
  ),
];
