// fast-check generators of requests the mock must refuse: every one has at least one defect
// (credentials, path, method, media type, JSON syntax, schema, size) so a 4xx is the only right answer.
import fc from "fast-check";
import { MAX_BODY_BYTES } from "../../src/index.js";

export interface FuzzRequest {
  kind: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: Buffer;
}

const ORG = { authorization: "Bearer sk_fuzz" };
const SOURCE = { authorization: "Bearer lp_src_fuzz" };
const JSON_TYPE = { "content-type": "application/json" };

/** Ids that exist nowhere: unicode, reserved characters, very long, encoded slashes. */
const weirdId = fc
  .oneof(
    fc.string({ unit: "grapheme", minLength: 1, maxLength: 40 }),
    fc.string({ unit: "binary", minLength: 1, maxLength: 20 }),
    fc.constantFrom("lead_", "..", ".", "%2F", "null", "undefined", "0", "-1", "🦄", "a".repeat(5000), "lead_01\u0000"),
  )
  .map((s) => encodeURIComponent(s));

/** Operations with a JSON body, with an id placeholder. */
const BODY_ROUTES: { method: string; template: string; auth: Record<string, string> }[] = [
  { method: "POST", template: "/leads", auth: SOURCE },
  { method: "POST", template: "/leads/intake", auth: SOURCE },
  { method: "POST", template: "/leads/all/my", auth: ORG },
  { method: "PUT", template: "/leads/{id}", auth: ORG },
  { method: "POST", template: "/leads/{id}/archive", auth: ORG },
  { method: "POST", template: "/leads/{id}/tags", auth: ORG },
  { method: "PUT", template: "/leads/{id}/tags", auth: ORG },
  { method: "PUT", template: "/leads/{id}/status", auth: ORG },
  { method: "POST", template: "/tags", auth: ORG },
  { method: "PUT", template: "/tags/{id}", auth: ORG },
];

const bodyRoute = fc.tuple(fc.constantFrom(...BODY_ROUTES), weirdId).map(([r, id]) => ({ ...r, path: r.template.replace("{id}", id) }));

/** Text that is not JSON. */
const notJson = fc
  .oneof(
    fc.string({ unit: "grapheme", minLength: 1, maxLength: 200 }),
    fc.json().map((j) => j.slice(0, Math.max(1, j.length - 1)) + "{"),
    fc.constantFrom("{", "[", "{'a':1}", '{"a":}', "nul", "tru", "[1,]", "{}}", "\uFEFF{", '{"a":1,}', "NaN", "undefined", "\u0000"),
  )
  .filter((text) => {
    try {
      JSON.parse(text);
      return false;
    } catch {
      return true;
    }
  });

const nonString = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.dictionary(fc.string(), fc.integer(), { maxKeys: 2 }),
);
const nonBoolean = fc.oneof(
  fc.integer(),
  fc.string(),
  fc.array(fc.boolean(), { maxLength: 2 }),
  fc.dictionary(fc.string(), fc.boolean(), { maxKeys: 2 }),
);
const notADate = fc.string({ unit: "grapheme", maxLength: 30 }).filter((s) => !/^\d{4}-\d{2}-\d{2}$/.test(s));
const unicodeText = fc.string({ unit: "grapheme", maxLength: 60 });

/** A body that parses but breaks the route's schema, dressed up with valid unicode fields. */
function schemaViolation(template: string): fc.Arbitrary<unknown> {
  const notObject = fc.oneof(fc.integer(), fc.string(), fc.array(fc.jsonValue(), { maxLength: 3 }), fc.constant(null), fc.boolean());
  switch (template) {
    case "/leads":
    case "/leads/{id}":
      return fc.oneof(
        notObject,
        fc.record({ contact: fc.record({ firstName: unicodeText, email: nonString.filter((v) => v !== null) }) }),
        fc.record({ contact: fc.record({ lastName: unicodeText }), customer: fc.record({ birthDate: notADate }) }),
        fc.record({ enabled: nonBoolean, contact: fc.record({ firstName: unicodeText }) }),
        fc.record({ tagIds: fc.array(nonString, { minLength: 1, maxLength: 3 }) }),
        fc.record({ contact: fc.record({ phone: fc.oneof(fc.integer(), fc.string(), fc.record({ number: fc.integer() })) }) }),
        fc.record({ metadata: fc.record({ sourceMetadata: fc.dictionary(unicodeText, fc.integer(), { minKeys: 1, maxKeys: 3 }) }) }),
      );
    case "/leads/intake":
      return fc.oneof(
        notObject,
        fc.record({ firstName: unicodeText, birthDate: notADate }),
        fc.record({ email: nonString }),
        fc.record({ tagNames: fc.oneof(fc.string(), fc.array(fc.integer(), { minLength: 1 })) }),
      );
    case "/leads/all/my":
      return fc.oneof(
        notObject,
        fc.record({
          pageSize: fc.oneof(
            fc.integer({ max: 0 }),
            fc.integer({ min: 101 }),
            fc.double({ min: 1.1, max: 99.9, noInteger: true }),
            fc.string(),
          ),
        }),
        fc.record({
          search: unicodeText,
          orderBy: fc.array(fc.record({ direction: fc.string().filter((d) => d !== "asc" && d !== "desc") }), { minLength: 1 }),
        }),
        fc.record({ includeCount: fc.string() }),
      );
    case "/leads/{id}/archive":
      return fc.oneof(
        fc.record({ reason: fc.oneof(fc.integer({ min: 10 }), fc.integer({ max: -1 }), fc.string()) }),
        fc.record({ note: fc.string({ minLength: 501, maxLength: 600 }) }),
      );
    case "/leads/{id}/tags":
      return fc.oneof(
        notObject,
        fc.record({ tagIds: fc.array(unicodeText) }),
        fc.record({ tagIds: fc.array(fc.string()), tagNames: fc.array(fc.string()), createMissing: fc.string() }),
      );
    case "/leads/{id}/status":
      return fc.oneof(
        notObject,
        fc.record({ type: unicodeText }),
        fc.record({ type: fc.constant(""), outcome: unicodeText }),
        fc.record({ type: unicodeText, outcome: unicodeText, timestamp: notADate.filter((s) => s.length > 0) }),
      );
    default:
      return fc.oneof(
        notObject,
        fc.record({ name: fc.oneof(fc.constant(""), fc.string({ minLength: 101, maxLength: 150 }), fc.integer()) }),
        fc.record({ color: nonString }),
      );
  }
}

const malformedJson = fc.tuple(bodyRoute, notJson).map(([r, text]): FuzzRequest => ({
  kind: "malformed-json",
  method: r.method,
  path: r.path,
  headers: { ...r.auth, ...JSON_TYPE },
  body: Buffer.from(text),
}));

const wrongTypes = bodyRoute.chain((r) =>
  schemaViolation(r.template).map((value): FuzzRequest => ({
    kind: "schema",
    method: r.method,
    path: r.path,
    headers: { ...r.auth, ...JSON_TYPE },
    body: Buffer.from(JSON.stringify(value)),
  })),
);

const wrongMediaType = fc
  .tuple(
    bodyRoute,
    fc.constantFrom(
      "text/plain",
      "application/xml",
      "application/x-www-form-urlencoded",
      "multipart/form-data; boundary=x",
      "application/jsonp",
      "text/json",
      "application/octet-stream",
    ),
  )
  .map(([r, type]): FuzzRequest => ({
    kind: "media-type",
    method: r.method,
    path: r.path,
    headers: { ...r.auth, "content-type": type },
    body: Buffer.from("{}"),
  }));

const hugeBody = fc.tuple(bodyRoute, fc.integer({ min: 1, max: 256 * 1024 })).map(([r, extra]): FuzzRequest => ({
  kind: "huge",
  method: r.method,
  path: r.path,
  headers: { ...r.auth, ...JSON_TYPE },
  body: Buffer.from(`{"contact":{"firstName":"${"é".repeat((MAX_BODY_BYTES + extra) / 2)}"}}`),
}));

/** Bodies nested past the depth limit (32) inside any field, objects and arrays mixed: refused before anything is stored. */
const deepNesting = fc
  .tuple(
    bodyRoute,
    fc.integer({ min: 33, max: 100_000 }),
    fc.constantFrom("customer", "contact", "metadata", "tagNames", "name"),
    fc.boolean(),
  )
  .map(([r, depth, field, arrays]): FuzzRequest => {
    // The body is level 1 and the field level 2: `depth - 1` containers hang below the body.
    const open = arrays ? "[" : '{"k":';
    const close = arrays ? "]" : "}";
    return {
      kind: "deep",
      method: r.method,
      path: r.path,
      headers: { ...r.auth, ...JSON_TYPE },
      body: Buffer.from(`{"${field}":${open.repeat(depth - 1)}1${close.repeat(depth - 1)}}`),
    };
  });

/** Paths of every shape, sent without usable credentials: any route they hit must refuse them. */
const weirdPath = fc
  .oneof(
    fc.array(weirdId, { maxLength: 6 }).map((segments) => `/${segments.join("/")}`),
    fc
      .array(fc.constantFrom("leads", "tags", "all", "my", "intake", "status", "status-history", "archive", "", ".."), {
        minLength: 1,
        maxLength: 5,
      })
      .map((s) => `/${s.join("/")}`),
    fc.constantFrom(
      "/leads/%",
      "/leads/%zz",
      "/leads/%E0%A4%A",
      "//",
      "/leads//tags",
      "/tags?includeArchived=maybe",
      "/leads/all/my?archiveFilter=bogus&tagIds=",
    ),
    fc
      .tuple(fc.constantFrom("/tags", "/leads/x"), fc.string({ maxLength: 40 }))
      .map(([p, q]) => `${p}?${encodeURIComponent(q)}=${encodeURIComponent(q)}`),
  )
  .map((path) => (path.length > 6000 ? path.slice(0, 6000) : path))
  // `GET /` is the unauthenticated health check: it answers 200 by design.
  .map((path) => (path === "/" ? "/nope" : path));

const badCredentials = fc.constantFrom<Record<string, string>>(
  {},
  { authorization: "" },
  { authorization: "Bearer" },
  { authorization: "Basic dXNlcjpwYXNz" },
  { authorization: "bearer  " },
  { "x-leadping-source-id": "src_only" },
  { "x-leadping-source-key": "key_only" },
  { authorization: "Token abc" },
);

const withoutCredentials = fc
  .tuple(
    fc.constantFrom("GET", "PUT", "POST", "DELETE"),
    weirdPath,
    badCredentials,
    fc.option(fc.jsonValue().map((v) => JSON.stringify(v))),
  )
  .map(([method, path, headers, body]): FuzzRequest => ({
    kind: "credentials",
    method,
    path,
    headers: body === null ? headers : { ...headers, ...JSON_TYPE },
    ...(body === null ? {} : { body: Buffer.from(body) }),
  }));

const wrongMethod = fc
  .tuple(
    fc.constantFrom("PATCH", "HEAD", "OPTIONS", "TRACE", "PROPFIND", "PURGE", "LOCK", "MKCOL", "COPY", "BREW", "FOO"),
    fc.constantFrom(
      "/leads",
      "/leads/intake",
      "/leads/all/my",
      "/leads/x",
      "/leads/x/archive",
      "/leads/x/tags",
      "/leads/x/tags/t",
      "/leads/x/status",
      "/tags",
      "/tags/x",
    ),
  )
  .map(([method, path]): FuzzRequest => ({ kind: "method", method, path, headers: { ...ORG } }));

/** Well-formed requests for ids that do not exist: the answer is a 404. */
const missingIds = fc
  .tuple(
    fc.constantFrom(
      "GET /leads/{id}",
      "DELETE /leads/{id}",
      "POST /leads/{id}/unarchive",
      "GET /leads/{id}/status-history",
      "DELETE /leads/{id}/tags/{id}",
      "DELETE /tags/{id}",
    ),
    weirdId,
  )
  .map(([route, id]): FuzzRequest => {
    const [method, template] = route.split(" ") as [string, string];
    return {
      kind: "missing",
      method,
      path: template.replaceAll("{id}", id),
      headers: { ...ORG, "x-weird": "ü".normalize("NFD").replace(/[^\x20-\x7e]/g, "?") },
    };
  });

/** Odd but legal header values alongside a defect. */
const oddHeaders = fc
  .tuple(
    malformedJson,
    fc.dictionary(
      fc.stringMatching(/^x-[a-z0-9-]{1,20}$/),
      fc.string({ unit: "binary-ascii", maxLength: 200 }).map((v) => v.replace(/[^\x20-\x7e]/g, "").trim()),
      { maxKeys: 5 },
    ),
  )
  .map(([req, extra]): FuzzRequest => ({ ...req, kind: "odd-headers", headers: { ...extra, ...req.headers } }));

export const anyRejectedRequest: fc.Arbitrary<FuzzRequest> = fc.oneof(
  { arbitrary: malformedJson, weight: 3 },
  { arbitrary: wrongTypes, weight: 5 },
  { arbitrary: wrongMediaType, weight: 2 },
  { arbitrary: hugeBody, weight: 1 },
  { arbitrary: deepNesting, weight: 1 },
  { arbitrary: withoutCredentials, weight: 4 },
  { arbitrary: wrongMethod, weight: 2 },
  { arbitrary: missingIds, weight: 2 },
  { arbitrary: oddHeaders, weight: 1 },
);
