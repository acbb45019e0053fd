#!/usr/bin/env node
// Minimal node:http server for the throughput benchmark: drains the request
// body and answers every request with the same lead JSON. Runs in its own
// process so it does not share the client's event loop. Prints its URL.
import { createServer } from "node:http";
import { LEAD_RESPONSE_TEXT } from "./shared.mjs";

const body = Buffer.from(LEAD_RESPONSE_TEXT);
const server = createServer((req, res) => {
  req.resume();
  req.on("end", () => {
    res.writeHead(200, { "content-type": "application/json", "content-length": body.length });
    res.end(body);
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, "127.0.0.1", () => {
  process.stdout.write(`http://127.0.0.1:${server.address().port}\n`);
});
process.on("disconnect", () => server.close(() => process.exit(0)));
