// Child-process entry: runs verdaccio from the config file given as argv[2] on
// 127.0.0.1 with an ephemeral port and reports the port to the parent over IPC.
// A separate process keeps verdaccio's globals and logger out of the test runner.
import { runServer } from "verdaccio";

const configPath = process.argv[2];
if (!configPath) throw new Error("usage: registry-server.mjs <config.yaml>");

const server = await runServer(configPath);
server.listen(0, "127.0.0.1", () => {
  const { port } = server.address();
  process.send?.({ port });
});
process.on("disconnect", () => process.exit(0));
