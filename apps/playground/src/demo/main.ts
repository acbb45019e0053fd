// `pnpm demo`: the tour against the embedded local API (default, in-process,
// no socket) or a real API when LEADPING_API_KEY is set.
import { createLeadpingClient, type LeadpingClientOptions } from "@leadping/client";
import { createMockApi } from "@leadping/mock-server";
import { describeApiTarget, resolveApiTarget, type ApiTarget } from "../shared/api-target.js";
import { recordExchanges, type Exchange } from "../shared/exchange-recorder.js";
import { stepLines } from "./print-step.js";
import { runTour } from "./tour.js";

const localBaseUrl = "http://leadping.mock";

function clientOptions(target: ApiTarget, record: (exchange: Exchange) => void): LeadpingClientOptions {
  if (target.kind === "local") {
    const api = createMockApi({ seed: target.seed, sampleLeads: target.sampleLeads, strict: target.strict });
    // The local API accepts any non-empty token.
    return {
      baseUrl: localBaseUrl,
      apiKey: "demo-local",
      sourceKey: "demo-local-source",
      fetch: recordExchanges({ fetch: api.fetch, basePath: "", onExchange: record }),
    };
  }
  if (!target.sourceKey)
    throw new Error(
      "The tour creates a lead, which needs lead source credentials: set LEADPING_SOURCE_KEY (and LEADPING_SOURCE_ID if your source uses the header pair).",
    );
  const basePath = new URL(target.baseUrl).pathname;
  const options: LeadpingClientOptions = {
    baseUrl: target.baseUrl,
    apiKey: target.apiKey,
    sourceKey: target.sourceKey,
    fetch: recordExchanges({ basePath, onExchange: record }),
  };
  if (target.sourceId) options.sourceId = target.sourceId;
  return options;
}

async function main(): Promise<void> {
  const target = resolveApiTarget(process.env);
  let pending: Exchange[] = [];
  const lp = createLeadpingClient(clientOptions(target, (exchange) => pending.push(exchange)));
  const drain = () => {
    const taken = pending;
    pending = [];
    return taken;
  };
  console.log(`Leadping tour against the ${describeApiTarget(target)}\n`);
  const started = performance.now();
  const reports = await runTour(lp, drain, (report, index, total) => console.log(`${stepLines(report, index, total).join("\n")}\n`));
  const requests = reports.reduce((sum, report) => sum + report.exchanges.length, 0);
  console.log(`Tour complete: ${reports.length} steps, ${requests} requests, ${(performance.now() - started).toFixed(0)} ms.`);
}

main().catch((error: unknown) => {
  console.error(`\nTour failed: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
  process.exitCode = 1;
});
