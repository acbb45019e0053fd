// Static files over real HTTP on 127.0.0.1, from a throw-away page directory
// with a secret beside it: whatever the path, only the page's files come back.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { request as httpRequest, type IncomingHttpHeaders } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startPlaygroundServer, type PlaygroundServer } from "../../src/server/playground-server.js";

const local = { kind: "local", seed: 1, sampleLeads: 0, strict: true } as const;
const html = "<!doctype html><title>page</title><div id=app></div>";
const secret = "SECRET-BESIDE-THE-PAGE";
let dir: string;
let server: PlaygroundServer;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "playground-static-"));
  mkdirSync(join(dir, "web", "assets"), { recursive: true });
  mkdirSync(join(dir, "web-secrets"));
  writeFileSync(join(dir, "web", "index.html"), html);
  writeFileSync(join(dir, "web", "assets", "index-abc123.js"), "console.log(1)");
  writeFileSync(join(dir, "web", "a b.css"), "body{}");
  writeFileSync(join(dir, "web", ".env"), secret);
  writeFileSync(join(dir, "web-secrets", "key"), secret);
  writeFileSync(join(dir, "secret.txt"), secret);
  server = await startPlaygroundServer({ target: local, webRoot: join(dir, "web"), port: 0 });
});

afterAll(async () => {
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** Sent raw: fetch would normalize dot segments before they reach the server. */
function rawGet(path: string, method = "GET"): Promise<{ status: number; headers: IncomingHttpHeaders; body: string }> {
  const { hostname, port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const request = httpRequest({ host: hostname, port, path, method }, (response) => {
      let body = "";
      response.on("data", (chunk: Buffer) => (body += chunk.toString()));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
    });
    request.on("error", reject);
    request.end();
  });
}

describe("static files", () => {
  it("serves the page's files with their types and caching", async () => {
    const index = await rawGet("/");
    expect(index).toMatchObject({ status: 200, body: html });
    expect(index.headers["content-type"]).toContain("text/html");
    expect(index.headers["cache-control"]).toBe("no-cache");
    const asset = await rawGet("/assets/index-abc123.js");
    expect(asset).toMatchObject({ status: 200, body: "console.log(1)" });
    expect(asset.headers["content-type"]).toContain("text/javascript");
    expect(asset.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect((await rawGet("/a%20b.css")).body).toBe("body{}");
    const head = await rawGet("/assets/index-abc123.js", "HEAD");
    expect(head).toMatchObject({ status: 200, body: "" });
  });

  it("answers index.html for the page's own routes", async () => {
    for (const path of ["/some/deep/link", "/leads/lead_1?x=1"]) expect((await rawGet(path)).body, path).toBe(html);
  });

  it("never serves a file outside the page's directory, nor a dotfile", async () => {
    const paths = [
      "/../secret.txt",
      "/../../secret.txt",
      "/..%2fsecret.txt",
      "/..%2f..%2fsecret.txt",
      "/assets/..%2f..%2fsecret.txt",
      "/%2e%2e/secret.txt",
      "/%2e%2e%2fsecret.txt",
      "/..%5csecret.txt",
      "/../web-secrets/key",
      "/..%2fweb-secrets%2fkey",
      "/.env",
      "/%2eenv",
      "/secret.txt%00.html",
      "/%00",
      "/%E0%A4%A",
      "//etc/passwd",
    ];
    for (const path of paths) {
      const answer = await rawGet(path);
      expect(answer.body, path).not.toContain(secret);
      expect([200, 404], path).toContain(answer.status);
      if (answer.status === 200) expect(answer.body, path).toBe(html);
    }
  });

  it("says how to build the page when it is missing", async () => {
    const empty = await startPlaygroundServer({ target: local, webRoot: join(dir, "not-built"), port: 0 });
    try {
      const answer = await fetch(empty.url);
      expect(answer.status).toBe(404);
      expect(await answer.text()).toContain("The page is not built");
    } finally {
      await empty.stop();
    }
  });
});
