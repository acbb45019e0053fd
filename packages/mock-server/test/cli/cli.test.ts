// The leadping-mock CLI, run from the built package as a consumer would. One CLI process serves
// the tests that only talk to it (their options do not interfere: the fault rule covers GET /tags
// alone, the CORS checks use another route); the last of them stops it with SIGTERM.
import { spawn } from "node:child_process";
import { request } from "node:http";
import { once } from "node:events";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { ORG_TOKEN, SOURCE_KEY } from "../helpers.js";

const cli = fileURLToPath(new URL("../../dist/cli.mjs", import.meta.url));

function startCli(args: string[]) {
  const child = spawn(process.execPath, [cli, "--port", "0", ...args], { stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  child.stdout.setEncoding("utf8");
  const url = new Promise<string>((resolve, reject) => {
    child.stdout.on("data", (chunk: string) => {
      out += chunk;
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (match) resolve(match[1]!);
    });
    child.once("exit", (code) => reject(new Error(`CLI exited early with ${code}: ${out}`)));
  });
  return { child, url, output: () => out };
}

/** Runs the CLI to completion (without blocking the event loop, so runs can overlap). */
async function runCli(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [cli, ...args], { stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (c: string) => (stdout += c));
  child.stderr.setEncoding("utf8").on("data", (c: string) => (stderr += c));
  const [status] = (await once(child, "close")) as [number | null];
  return { status, stdout, stderr };
}

/** The status of a GET sent with the given Host header (fetch does not let one be set). */
function statusWithHost(url: string, path: string, host: string, token: string): Promise<number> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, headers: { host, authorization: `Bearer ${token}` } }, (res) => {
      res.resume().once("end", () => resolve(res.statusCode!));
    });
    req.once("error", reject).end();
  });
}

describe("leadping-mock CLI", () => {
  let served: ReturnType<typeof startCli>;
  let url: string;

  beforeAll(async () => {
    const faults = join(mkdtempSync(join(tmpdir(), "leadping-mock-")), "faults.json");
    writeFileSync(faults, JSON.stringify([{ kind: "rate-limit", route: "GET /tags", retryAfterSeconds: 3 }]));
    const options = [
      "--seed",
      "42",
      "--sample-leads",
      "6",
      "--strict",
      "--cors-origin",
      "https://app.example.com",
      "--allowed-host",
      "mock.internal",
    ];
    served = startCli([...options, "--faults", faults]);
    url = await served.url;
  });
  afterAll(() => {
    if (served.child.exitCode === null) served.child.kill("SIGKILL");
  });

  test("starts on the given port and seed and serves sample leads", async () => {
    expect(served.output()).toContain("seed 42, 6 sample leads, strict");
    const res = await fetch(`${url}/leads/all/my?archiveFilter=all`, {
      method: "POST",
      headers: { authorization: `Bearer ${ORG_TOKEN}`, "content-type": "application/json" },
      body: JSON.stringify({ includeCount: true }),
    });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { totalCount: number }).totalCount).toBe(6);
  });

  test("--cors-origin replaces the loopback origins browsers may call from", async () => {
    const from = (origin: string) =>
      fetch(`${url}/leads/all/my`, {
        method: "POST",
        headers: { authorization: `Bearer ${ORG_TOKEN}`, "content-type": "application/json", origin },
        body: "{}",
      });
    const allowed = await from("https://app.example.com");
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get("access-control-allow-origin")).toBe("https://app.example.com");
    expect((await from("http://localhost:5173")).status).toBe(403);
  });

  test("--faults loads fault rules from a JSON file", async () => {
    const res = await fetch(`${url}/tags`, { headers: { authorization: `Bearer ${ORG_TOKEN}` } });
    expect(res.status).toBe(429);
    expect(res.headers.get("retry-after")).toBe("3");
  });

  test("--allowed-host: other Host names are refused (DNS rebinding), the given one and loopback are answered", async () => {
    expect(await statusWithHost(url, "/leads/intake?FirstName=Mallory", "evil.example", SOURCE_KEY)).toBe(403);
    // A 404 from the API: the request got past the Host check to the operation.
    expect(await statusWithHost(url, "/leads/lead_missing", "mock.internal", ORG_TOKEN)).toBe(404);
    expect(await statusWithHost(url, "/leads/lead_missing", "localhost", ORG_TOKEN)).toBe(404);
  });

  test("stops on SIGTERM with exit code 0", async () => {
    const exited = once(served.child, "exit");
    served.child.kill("SIGTERM");
    const [code] = await exited;
    expect(code).toBe(0);
  });

  test("--help prints the usage; a bad option exits 2 with the usage", async () => {
    const [help, bad] = await Promise.all([runCli(["--help"]), runCli(["--port", "abc"])]);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("--sample-leads");
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("--port must be a non-negative integer");
  });
});
