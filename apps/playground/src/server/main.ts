// `npm start`: one process with the page and the API behind it. Without
// LEADPING_API_KEY the API is the embedded local one with seeded sample leads.
import { fileURLToPath } from "node:url";
import { describeApiTarget, resolveApiTarget } from "../shared/api-target.js";
import { startPlaygroundServer, type PlaygroundServer, type PlaygroundServerOptions } from "./playground-server.js";

const defaultPort = 5173;

function portFromEnv(raw: string | undefined): number | null {
  if (raw === undefined || raw.trim() === "") return null;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`PORT must be 0–65535, got ${JSON.stringify(raw)}`);
  return port;
}

async function listen(options: PlaygroundServerOptions, portWasChosen: boolean): Promise<PlaygroundServer> {
  try {
    return await startPlaygroundServer(options);
  } catch (error) {
    if (portWasChosen || (error as NodeJS.ErrnoException).code !== "EADDRINUSE") throw error;
    console.warn(`Port ${options.port} is in use; picking a free one (set PORT to choose).`);
    return startPlaygroundServer({ ...options, port: 0 });
  }
}

async function main(): Promise<void> {
  const target = resolveApiTarget(process.env);
  const chosenPort = portFromEnv(process.env["PORT"]);
  const server = await listen(
    {
      target,
      webRoot: fileURLToPath(new URL("../web/", import.meta.url)),
      host: process.env["HOST"]?.trim() || "127.0.0.1",
      port: chosenPort ?? defaultPort,
      allowedHosts: (process.env["PLAYGROUND_ALLOWED_HOSTS"] ?? "")
        .split(",")
        .map((host) => host.trim())
        .filter((host) => host !== ""),
      log: process.env["PLAYGROUND_QUIET"] ? undefined : (line) => console.log(`  api  ${line}`),
    },
    chosenPort !== null,
  );
  console.log(`Leadping playground: ${server.url}`);
  console.log(`  API: ${describeApiTarget(target)}, mounted at ${server.apiBaseUrl}`);
  console.log("  Press Ctrl+C to stop.");

  const shutdown = () => {
    server.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once("SIGINT", shutdown);
  process.once("SIGTERM", shutdown);
}

main().catch((error: unknown) => {
  console.error(`playground: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
