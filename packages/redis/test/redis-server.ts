// A throwaway redis-server on a free port of 127.0.0.1, without persistence.
// Debian's redis-server is installed by `node scripts/bootstrap.mjs --browser`
// (the test command's setup); a missing binary fails the test with that hint.
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { createServer } from "node:net";

export interface RunningRedis {
  port: number;
  url: string;
  /** SIGSTOP: the server stops answering but its sockets stay open, and clients still report `ready`. */
  pause(): void;
  /** SIGCONT after `pause`. */
  resume(): void;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as { port: number };
  server.close();
  await once(server, "close");
  return port;
}

/** Starts redis-server (`REDIS_SERVER` or the one on PATH) and resolves once it accepts connections. */
export async function startRedis(): Promise<RunningRedis> {
  const port = await freePort();
  const binary = process.env["REDIS_SERVER"] ?? "redis-server";
  const child: ChildProcess = spawn(binary, ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString("utf8");
      if (output.includes("Ready to accept connections")) resolve();
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.once("error", (error: NodeJS.ErrnoException) =>
      reject(
        error.code === "ENOENT"
          ? new Error(
              "redis-server is not installed: run `node scripts/bootstrap.mjs --browser` (installs Debian's redis-server) or `apt-get install redis-server`.",
            )
          : error,
      ),
    );
    child.once("exit", (code) => reject(new Error(`redis-server exited with ${code}: ${output}`)));
  });
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    pause() {
      child.kill("SIGSTOP");
    },
    resume() {
      child.kill("SIGCONT");
    },
    async stop() {
      if (child.exitCode !== null) return;
      // A stopped process queues SIGTERM until it continues.
      child.kill("SIGCONT");
      child.kill("SIGTERM");
      await once(child, "exit");
    },
  };
}
