// A throwaway npm registry (verdaccio) on 127.0.0.1: storage in a temp dir, no
// uplinks, so nothing it serves can come from — or go to — the real registry.
import { fork } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const serverEntry = fileURLToPath(new URL("./registry-server.mjs", import.meta.url));

/**
 * Starts verdaccio with its state under `dir` and signs up a throwaway publisher.
 * @param {string} dir empty temp dir owned by the caller
 * @returns {Promise<{ url: string, token: string, stop: () => Promise<void> }>}
 */
export async function startLocalRegistry(dir) {
  const storage = join(dir, "storage");
  await mkdir(storage, { recursive: true });
  const config = {
    storage,
    auth: { htpasswd: { file: join(dir, "htpasswd"), max_users: 1 } },
    uplinks: {},
    packages: {
      "**": { access: "$all", publish: "$authenticated", unpublish: "$authenticated" },
    },
    web: { enable: false },
    max_body_size: "200mb",
    log: { type: "stdout", format: "pretty", level: "error" },
  };
  const configPath = join(dir, "config.yaml");
  // JSON is valid YAML, which is what verdaccio reads.
  await writeFile(configPath, JSON.stringify(config, null, 2));

  const child = fork(serverEntry, [configPath], { stdio: ["ignore", "pipe", "pipe", "ipc"] });
  let output = "";
  child.stdout?.on("data", (chunk) => (output += String(chunk)));
  child.stderr?.on("data", (chunk) => (output += String(chunk)));
  const port = await new Promise((resolve, reject) => {
    child.once("message", (message) => resolve(/** @type {{ port: number }} */ (message).port));
    child.once("exit", (code) => reject(new Error(`verdaccio exited early (code ${code}):\n${output}`)));
  });
  const url = `http://127.0.0.1:${port}/`;

  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    await exited;
  };

  try {
    const token = await addPublisher(url);
    return { url, token, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * Creates the registry's one user (a random, never-printed password) and returns its token.
 * @param {string} url registry base URL ending in "/"
 */
async function addPublisher(url) {
  const name = "rehearsal";
  const response = await fetch(new URL(`-/user/org.couchdb.user:${name}`, url), {
    method: "PUT",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ name, password: randomBytes(24).toString("hex"), type: "user", roles: [] }),
  });
  if (!response.ok) throw new Error(`local registry refused the publisher sign-up: HTTP ${response.status}`);
  const { token } = /** @type {{ token?: string }} */ (await response.json());
  if (!token) throw new Error("local registry returned no token for the publisher");
  return token;
}
