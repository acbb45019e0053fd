// Runs the `leadping-mock` CLI a consumer installed, on a free 127.0.0.1 port.
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

/** Asks the OS for a port that is free right now. */
async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(undefined)));
  const address = server.address();
  await new Promise((resolve) => server.close(() => resolve(undefined)));
  if (!address || typeof address === "string") throw new Error("no port from the OS");
  return address.port;
}

/**
 * Starts node_modules/.bin/leadping-mock of `consumerDir` and waits until it answers HTTP.
 * @param {string} consumerDir
 * @param {{ attempts?: number }} [options] readiness probes, 100 ms apart @default { attempts: 600 }
 * @returns {Promise<{ url: string, stop: () => Promise<void> }>}
 */
export async function startInstalledMockCli(consumerDir, { attempts = 600 } = {}) {
  const port = await freePort();
  const bin = join(consumerDir, "node_modules", ".bin", "leadping-mock");
  const child = spawn(bin, ["--port", String(port), "--host", "127.0.0.1", "--seed", "7"], {
    cwd: consumerDir,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk) => (output += String(chunk)));
  child.stderr.on("data", (chunk) => (output += String(chunk)));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    await exited;
  };
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < attempts; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`leadping-mock exited with ${child.exitCode}:\n${output}`);
    const answered = await fetch(`${url}/leads/readiness-probe`).then(
      () => true,
      () => false,
    );
    if (answered) return { url, stop };
    await sleep(100);
  }
  await stop();
  throw new Error(`leadping-mock did not answer on ${url} after ${attempts} probes:\n${output}`);
}
