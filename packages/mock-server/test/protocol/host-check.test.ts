// DNS rebinding: a page on evil.example whose name re-resolves to 127.0.0.1 is
// same-origin with the mock in the browser, sends no Origin on a GET, and can
// read leads or create one with GET /leads/intake. Only its Host header gives
// it away. Real HTTP on 127.0.0.1, Host set by hand.
import { request } from "node:http";
import { describe, expect, test } from "vitest";
import { createHostAllowList } from "../../src/index.js";
import { ORG_TOKEN, SOURCE_KEY, startStrict } from "../helpers.js";

interface Answer {
  status: number;
  contentType: string | undefined;
  json: { status?: number; type?: string; detail?: string } | undefined;
}

/** A request with the given Host header (fetch does not let one be set). */
function get(url: string, path: string, host: string, token = ORG_TOKEN): Promise<Answer> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, method: "GET", headers: { host, authorization: `Bearer ${token}` } }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (text += chunk));
      res.on("end", () =>
        resolve({ status: res.statusCode!, contentType: res.headers["content-type"], json: text ? JSON.parse(text) : undefined }),
      );
    });
    req.on("error", reject);
    req.end();
  });
}

describe("Host check of startMockServer", () => {
  test("bound to loopback, a rebound name can neither read leads nor create one through GET /leads/intake", async () => {
    const server = await startStrict({ sampleLeads: 3 });
    const port = new URL(server.url).port;
    const read = await get(server.url, "/leads/all/my", `evil.example:${port}`);
    expect(read.status).toBe(403);
    expect(read.contentType).toBe("application/problem+json");
    expect(read.json).toMatchObject({ status: 403, type: "https://leadping.ai/problems/forbidden" });
    const created = await get(server.url, "/leads/intake?FirstName=Mallory", `evil.example:${port}`, SOURCE_KEY);
    expect(created.status).toBe(403);
    expect(server.api.store.leads()).toHaveLength(3);
    for (const host of ["127.0.0.1.evil.example", "localhost.evil.example", "evil.example@127.0.0.1"])
      expect((await get(server.url, "/tags", host)).status).toBe(403);
  });

  test("the loopback names are answered, with or without a port", async () => {
    const server = await startStrict();
    const port = new URL(server.url).port;
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, "LOCALHOST", `[::1]:${port}`])
      expect((await get(server.url, "/tags", host)).status).toBe(200);
    const created = await get(server.url, "/leads/intake?FirstName=Ada", `localhost:${port}`, SOURCE_KEY);
    expect(created.status).toBe(201);
  });

  test("allowedHosts adds names; ['*'] answers any Host", async () => {
    const named = await startStrict({ allowedHosts: ["mock.internal"] });
    expect((await get(named.url, "/tags", "mock.internal:4010")).status).toBe(200);
    expect((await get(named.url, "/tags", "evil.example")).status).toBe(403);
    const open = await startStrict({ allowedHosts: ["*"] });
    expect((await get(open.url, "/tags", "evil.example")).status).toBe(200);
  });

  test("bound to every interface, Host is checked only when allowedHosts is given", async () => {
    const wide = await startStrict({ host: "0.0.0.0" });
    const url = wide.url.replace("0.0.0.0", "127.0.0.1");
    expect((await get(url, "/tags", "lan-box.example")).status).toBe(200);
    const listed = await startStrict({ host: "0.0.0.0", allowedHosts: ["lan-box.example"] });
    const listedUrl = listed.url.replace("0.0.0.0", "127.0.0.1");
    expect((await get(listedUrl, "/tags", "lan-box.example")).status).toBe(200);
    expect((await get(listedUrl, "/tags", "localhost")).status).toBe(200);
    expect((await get(listedUrl, "/tags", "evil.example")).status).toBe(403);
  });

  test("createHostAllowList: loopback names plus the extra ones, ports ignored", () => {
    const allowed = createHostAllowList(["demo.test:8080"]);
    expect(["localhost", "127.0.0.1:1", "[::1]", "demo.test", "DEMO.test:9"].map(allowed)).toEqual([true, true, true, true, true]);
    expect(["evil.example", undefined, "localhost/x", "127.0.0.2"].map(allowed)).toEqual([false, false, false, false]);
  });
});
