// The leadping-mock CLI, run from the built package as a consumer would.
import { spawn, spawnSync } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { ORG_TOKEN } from "../helpers.js";

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

describe("leadping-mock CLI", () => {
  test("starts on the given port and seed, serves sample leads and stops on SIGTERM", async () => {
    const { child, url: started, output } = startCli(["--seed", "42", "--sample-leads", "6", "--strict"]);
    try {
      const url = await started;
      expect(output()).toContain("seed 42, 6 sample leads, strict");
      const res = await fetch(`${url}/leads/all/my?archiveFilter=all`, {
        method: "POST",
        headers: { authorization: `Bearer ${ORG_TOKEN}`, "content-type": "application/json" },
        body: JSON.stringify({ includeCount: true }),
      });
      expect(res.status).toBe(200);
      expect(((await res.json()) as { totalCount: number }).totalCount).toBe(6);
      const exited = once(child, "exit");
      child.kill("SIGTERM");
      const [code] = await exited;
      expect(code).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill("SIGKILL");
    }
  });

  test("--cors-origin replaces the loopback origins browsers may call from", async () => {
    const { child, url: started } = startCli(["--cors-origin", "https://app.example.com"]);
    try {
      const url = await started;
      const from = (origin: string) => fetch(`${url}/tags`, { headers: { authorization: `Bearer ${ORG_TOKEN}`, origin } });
      const allowed = await from("https://app.example.com");
      expect(allowed.status).toBe(200);
      expect(allowed.headers.get("access-control-allow-origin")).toBe("https://app.example.com");
      expect((await from("http://localhost:5173")).status).toBe(403);
    } finally {
      child.kill("SIGKILL");
    }
  });

  test("--faults loads fault rules from a JSON file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "leadping-mock-"));
    const file = join(dir, "faults.json");
    writeFileSync(file, JSON.stringify([{ kind: "rate-limit", route: "GET /tags", retryAfterSeconds: 3 }]));
    const { child, url: started } = startCli(["--faults", file]);
    try {
      const url = await started;
      const res = await fetch(`${url}/tags`, { headers: { authorization: `Bearer ${ORG_TOKEN}` } });
      expect(res.status).toBe(429);
      expect(res.headers.get("retry-after")).toBe("3");
    } finally {
      child.kill("SIGKILL");
    }
  });

  test("--help prints the usage; a bad option exits 2 with the usage", () => {
    const help = spawnSync(process.execPath, [cli, "--help"], { encoding: "utf8" });
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("--sample-leads");
    const bad = spawnSync(process.execPath, [cli, "--port", "abc"], { encoding: "utf8" });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("--port must be a non-negative integer");
  });
});
