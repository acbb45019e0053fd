// Protocol-level refusals over real HTTP: every one an RFC 9457 problem document.
import { connect } from "node:net";
import { describe, expect, test } from "vitest";
import { MAX_BODY_BYTES } from "../../src/index.js";
import { call, expectProblem, startStrict, wholeLead } from "../helpers.js";

const WHOLE = JSON.stringify(wholeLead());

async function leadUrl() {
  const server = await startStrict({ sampleLeads: 1 });
  const id = server.api.store.leads()[0]!.id;
  return { server, base: server.url, path: `/leads/${id}` };
}

describe("routing", () => {
  test("unknown paths answer 404", async () => {
    const { base } = await leadUrl();
    // `GET /` is the health check (test/auth), so "/" is not among them.
    for (const path of ["/nope", "/leads/x/y/z/w", "/tags/", "//leads", "/leads/x/archive/extra"]) {
      const answer = await call(base, "GET", path);
      expectProblem(answer, 404);
      expect(answer.json.instance).toBe(path);
    }
  });

  test("a known path with the wrong method answers 405 with Allow", async () => {
    const { base, path } = await leadUrl();
    const answer = await call(base, "PATCH", path);
    expectProblem(answer, 405);
    expect(answer.headers.get("allow")).toBe("DELETE, GET, PUT");
    expect((await call(base, "GET", "/leads/all/my")).headers.get("allow")).toBe("POST");
    expect((await call(base, "DELETE", "/tags")).headers.get("allow")).toBe("GET, POST");
  });

  test("literal segments win over parameters: /leads/intake is not a lead id, for POST or GET", async () => {
    const { base } = await leadUrl();
    const answer = await call(base, "POST", "/leads/intake", { body: "{}", token: "lp_src_x" });
    expect(answer.status).toBe(201);
    // GET /leads/intake is the query-string intake: it wants source credentials, it does not look up a lead.
    expectProblem(await call(base, "GET", "/leads/intake", { token: null }), 401);
    expect((await call(base, "GET", "/leads/intake?FirstName=Ada", { token: "lp_src_x" })).status).toBe(201);
  });

  test("a path that is not validly percent-encoded answers 400", async () => {
    const { base } = await leadUrl();
    const answer = await call(base, "GET", "/leads/%E0%A4%A");
    expectProblem(answer, 400);
    expect(answer.json.errors).toEqual({ path: ["is not validly percent-encoded"] });
  });

  test.each([
    ["an unknown method", "BREW /leads HTTP/1.1\r\nHost: x\r\n\r\n", 400],
    ["CONNECT", "CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n", 405],
    ["oversized headers", `GET /tags HTTP/1.1\r\nHost: x\r\nX-Big: ${"a".repeat(20_000)}\r\n\r\n`, 431],
    ["a broken request line", "GET\r\n\r\n", 400],
  ])("requests Node's HTTP layer refuses (%s) still get a problem document", async (_name, rawRequest, status) => {
    const { server } = await leadUrl();
    const { port } = new URL(server.url);
    const raw = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(port), "127.0.0.1", () => socket.write(rawRequest));
      let data = "";
      socket.on("data", (chunk) => (data += chunk.toString()));
      socket.on("end", () => resolve(data));
      socket.on("error", reject);
    });
    expect(raw.startsWith(`HTTP/1.1 ${status} `)).toBe(true);
    expect(raw).toContain("Content-Type: application/problem+json");
    expect(JSON.parse(raw.slice(raw.indexOf("\r\n\r\n") + 4))).toMatchObject({ status, traceId: expect.any(String) });
  });
});

describe("request bodies", () => {
  test("malformed JSON answers 400", async () => {
    const { base, path } = await leadUrl();
    for (const body of ["{", "{'a':1}", "[1,]", "nul", '{"contact": }']) {
      const answer = await call(base, "PUT", path, { body });
      expectProblem(answer, 400);
      expect(answer.json.type).toBe("https://leadping.ai/problems/malformed-json");
    }
  });

  test("bytes that are not UTF-8 answer 400", async () => {
    const { base, path } = await leadUrl();
    expectProblem(await call(base, "PUT", path, { body: new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]) }), 400);
  });

  test("a non-JSON content type answers 415; JSON with parameters and +json types are accepted", async () => {
    const { base, path } = await leadUrl();
    for (const contentType of [
      "text/plain",
      "application/x-www-form-urlencoded",
      "multipart/form-data; boundary=x",
      "application/jsonx",
      null,
    ]) {
      expectProblem(await call(base, "PUT", path, { body: WHOLE, contentType }), 415);
    }
    expect((await call(base, "PUT", path, { body: WHOLE, contentType: "application/json; charset=utf-8" })).status).toBe(200);
    expect((await call(base, "PUT", path, { body: WHOLE, contentType: "application/merge-patch+json" })).status).toBe(200);
  });

  test("a body over 1 MiB answers 413, with or without Content-Length; exactly 1 MiB is read", async () => {
    const { base, path } = await leadUrl();
    const tooBig = `{"contact":{"firstName":"${"x".repeat(MAX_BODY_BYTES)}"}}`;
    expectProblem(await call(base, "PUT", path, { body: tooBig }), 413);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 5; i++) controller.enqueue(new TextEncoder().encode("x".repeat(300_000)));
        controller.close();
      },
    });
    const chunked = await fetch(base + path, {
      method: "PUT",
      body: stream,
      duplex: "half",
      headers: { authorization: "Bearer t", "content-type": "application/json" },
    } as RequestInit);
    expect(chunked.status).toBe(413);
    // Padded with whitespace: the body is read whole, while the lead stored stays under limits.maxLeadBytes.
    const fits = `{"metadata":{},"contact":{"firstName":"${"x".repeat(1_000)}"},"customer":{},"tagIds":[],"tagNames":[]}`.padEnd(
      MAX_BODY_BYTES,
      " ",
    );
    expect(Buffer.byteLength(fits)).toBe(MAX_BODY_BYTES);
    expect((await call(base, "PUT", path, { body: fits })).status).toBe(200);
  });

  test("a missing required body answers 400 naming `body`; a body of the wrong type too", async () => {
    const { base, path } = await leadUrl();
    const missing = await call(base, "PUT", path);
    expectProblem(missing, 400);
    expect(missing.json.errors).toEqual({ body: ["is required"] });
    expect((await call(base, "PUT", path, { body: "[]" })).json.errors).toEqual({ body: ["must be object"] });
    expect((await call(base, "PUT", path, { body: "null" })).json.errors).toEqual({ body: ["must be object"] });
  });

  test("the optional archive body may be left out", async () => {
    const { base, path } = await leadUrl();
    expect((await call(base, "POST", `${path}/archive`)).status).toBe(200);
  });

  test("validation names nested fields with dots and array indexes", async () => {
    const { base, path } = await leadUrl();
    const answer = await call(base, "PUT", path, {
      body: JSON.stringify({
        ...wholeLead(),
        contact: { phone: 5, streetAddress: { city: 1 } },
        tagNames: ["ok", 2],
        metadata: { sourceMetadata: { a: 1 } },
      }),
    });
    expectProblem(answer, 400);
    expect(answer.json.errors).toEqual({
      "contact.phone": ["must be object or null"],
      "contact.streetAddress.city": ["must be string or null"],
      "tagNames[1]": ["must be string"],
      "metadata.sourceMetadata.a": ["must be string"],
    });
  });

  test("query parameters are validated with their schemas", async () => {
    const { base } = await leadUrl();
    const answer = await call(base, "POST", "/leads/all/my?tagMatchAll=maybe&archiveFilter=all&archiveFilter=active", { body: "{}" });
    expectProblem(answer, 400);
    expect(answer.json.errors).toEqual({ tagMatchAll: ["must be boolean"], archiveFilter: ["must be given once"] });
    expect((await call(base, "GET", "/tags?includeArchived=1")).json.errors).toEqual({ includeArchived: ["must be boolean"] });
  });
});
