// CORS: a browser page may drive the local API only from an allowed origin —
// by default the loopback origins (any port). Others get 403 and no CORS
// grant, and the preflight never echoes arbitrary request headers.
import { describe, expect, test } from "vitest";
import { createMockApi } from "../../src/index.js";
import { ORG_TOKEN, SOURCE_KEY, call, expectProblem, startStrict } from "../helpers.js";

const preflight = (url: string, origin: string, requestHeaders = "authorization, content-type") =>
  fetch(url, {
    method: "OPTIONS",
    headers: { origin, "access-control-request-method": "PUT", "access-control-request-headers": requestHeaders },
  });

describe("CORS", () => {
  test("loopback pages on any port are granted their own origin, with the headers the API uses", async () => {
    const server = await startStrict({ sampleLeads: 1 });
    const path = `/leads/${server.api.store.leads()[0]!.id}`;
    for (const origin of ["http://localhost:5173", "http://127.0.0.1:8080", "http://[::1]:3000", "http://localhost"]) {
      const answer = await preflight(server.url + path, origin, "authorization, content-type, x-leadping-source-key, x-not-ours");
      expect(answer.status, origin).toBe(204);
      expect(answer.headers.get("access-control-allow-origin")).toBe(origin);
      expect(answer.headers.get("vary")).toContain("Origin");
      expect(answer.headers.get("access-control-allow-methods")).toContain("PUT");
      const allowed = answer.headers.get("access-control-allow-headers")!.toLowerCase();
      expect(allowed).toContain("x-leadping-source-key");
      expect(allowed).not.toContain("x-not-ours");
      const get = await call(server.url, "GET", path, { headers: { origin } });
      expect(get.status).toBe(200);
      expect(get.headers.get("access-control-allow-origin")).toBe(origin);
      expect(get.headers.get("access-control-expose-headers")).toContain("Retry-After");
    }
    expectProblem(await call(server.url, "OPTIONS", path), 405);
  });

  test("any other origin gets 403 with no CORS grant, and its writes store nothing", async () => {
    const server = await startStrict({ sampleLeads: 1 });
    const [lead] = server.api.store.leads();
    for (const origin of [
      "http://evil.example",
      "https://localhost.evil.example",
      "http://127.0.0.1.nip.io:5173",
      "null",
      "http://localhost:5173/path",
      "file://",
    ]) {
      const answer = await preflight(`${server.url}/leads/${lead!.id}`, origin);
      expect(answer.status, origin).toBe(403);
      expect(answer.headers.get("access-control-allow-origin")).toBeNull();
      const get = await call(server.url, "GET", `/leads/${lead!.id}`, { headers: { origin } });
      expectProblem(get, 403);
      expect(get.headers.get("access-control-allow-origin")).toBeNull();
    }
    expectProblem(
      await call(server.url, "POST", "/leads", { token: SOURCE_KEY, body: "{}", headers: { origin: "http://evil.example" } }),
      403,
    );
    expectProblem(await call(server.url, "DELETE", `/leads/${lead!.id}`, { headers: { origin: "http://evil.example" } }), 403);
    expect(server.api.store.leads()).toEqual([lead]);
  });

  test("configured origins replace the loopback default; callers without Origin are not browsers and pass", async () => {
    const server = await startStrict({ corsOrigins: ["https://app.example.com"] });
    expect((await preflight(`${server.url}/tags`, "https://app.example.com")).headers.get("access-control-allow-origin")).toBe(
      "https://app.example.com",
    );
    expect((await preflight(`${server.url}/tags`, "http://localhost:5173")).status).toBe(403);
    expect((await call(server.url, "GET", "/tags")).status).toBe(200);
  });

  test("in process the same rule applies; cors: false grants nothing but still refuses foreign origins", async () => {
    const api = createMockApi({ cors: false });
    const get = (origin: string) => api.fetch("http://leadping.mock/tags", { headers: { authorization: `Bearer ${ORG_TOKEN}`, origin } });
    const own = await get("http://localhost:5173");
    expect(own.status).toBe(200);
    expect(own.headers.get("access-control-allow-origin")).toBeNull();
    expect((await get("http://evil.example")).status).toBe(403);
  });
});
