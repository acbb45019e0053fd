// The README's examples, compiled against the public API so they keep working.
import { describe, expectTypeOf, it } from "vitest";
import {
  AuthenticationError,
  BadRequestError,
  LeadpingApiError,
  LeadpingConnectionError,
  LeadpingTimeoutError,
  RateLimitError,
  createLeadpingClient,
  toLeadRequest,
} from "../../src/index.js";
import type { Middleware } from "../../src/index.js";

declare const apiKey: string;
declare const secrets: { get(name: string): Promise<{ value: string }> };
declare const metrics: { count(name: string): void };
declare const logger: { warn(message: string): void };

describe("README examples compile", () => {
  it("quick start", async () => {
    const lp = createLeadpingClient({ apiKey: process.env["LEADPING_API_KEY"]! });
    const lead = await lp.leads.get("lead_01");
    expectTypeOf(lead.id).toBeString();
  });

  it("resources", async () => {
    const lp = createLeadpingClient({ apiKey });
    await lp.leads.create({ metadata: {}, contact: { firstName: "Ada", lastName: "Lovelace" }, customer: {}, tagIds: [], tagNames: [] });
    await lp.leads.createIntake({ firstName: "Grace", email: "grace@example.com" });
    const lead = await lp.leads.get("lead_01");
    const { metadata, contact, customer, enabled } = lead;
    await lp.leads.update("lead_01", { metadata, contact, customer, enabled, tagIds: lead.tags.map((tag) => tag.id), tagNames: ["Hot"] });
    await lp.leads.archive("lead_01", { reason: 3, note: "Duplicate of lead_02" });
    await lp.leads.unarchive("lead_01");
    await lp.leads.tags.add("lead_01", { tagIds: ["tag_hot"], tagNames: [], createMissing: false });
    await lp.leads.tags.replace("lead_01", { tagIds: [], tagNames: ["Spring campaign"], createMissing: true });
    await lp.leads.tags.remove("lead_01", "tag_hot");
    await lp.leads.status.set("lead_01", { type: "disposition", outcome: "contacted", notes: "Left a voicemail" });
    await lp.leads.status.history("lead_01");
    const [contacted] = await lp.leadStatuses.list();
    await lp.leads.status.set("lead_01", { type: "disposition", outcome: contacted!.name, notes: "Left a voicemail" });
    await lp.leads.status.export("lead_01");
    for await (const event of lp.leads.events.listAll("lead_01", { pageSize: 50 }))
      expectTypeOf(event.eventType).toEqualTypeOf<string | undefined>();
    await lp.leads.callEvents.list("lead_01");
    await lp.leads.smsEvents.list("lead_01");
    await lp.leads.conversations.list("lead_01");
    await lp.leads.workflowStatus("lead_01");
    await lp.leads.createIntakeFromQuery({ FirstName: "Linus", Email: "linus@example.com", Price: 12.5 });
    const won = await lp.leadStatuses.create({ name: "Won", category: "Converted" });
    await lp.leadStatuses.update(won.id, { name: "Closed won", category: "Converted" });
    for await (const change of lp.statusChanges.listAll({ pageSize: 100 })) expectTypeOf(change.leadId).toBeString();
    await lp.tags.list({ includeArchived: true });
    const tag = await lp.tags.create({ name: "Callback requested", color: "#0ea5e9" });
    await lp.tags.update(tag.id, { name: "Call back today" });
    const archived: boolean = await lp.tags.archive(tag.id);
    expectTypeOf(archived).toBeBoolean();
    await lp.leads.delete("lead_01");
  });

  it("auth", async () => {
    createLeadpingClient({ apiKey: "sk_live_…" });
    createLeadpingClient({ apiKey: async () => (await secrets.get("leadping-api-key")).value });
    const intakeClient = createLeadpingClient({ sourceKey: "lp_src_…" });
    await intakeClient.leads.createIntake({ firstName: "Ada", phone: "+15125550142" });
    createLeadpingClient({ sourceId: "src_42", sourceKey: () => process.env["LEADPING_SOURCE_KEY"]! });
  });

  it("retries, timeouts, abort, errors", async () => {
    const lp = createLeadpingClient({ apiKey, maxRetries: 4, timeoutMs: 10_000 });
    await lp.leads.get("lead_01", { maxRetries: 0 });
    await lp.leads.get("lead_01", { timeoutMs: 2_000 }).catch((error: unknown) => {
      if (error instanceof LeadpingTimeoutError) console.warn("Leadping is slow:", error.message);
    });
    const controller = new AbortController();
    const pending = lp.leads.list({ search: "lovelace" }, { signal: controller.signal });
    controller.abort();
    await pending.catch((error: Error) => console.log(error.name));
    try {
      await lp.leads.modify("lead_01", { contact: { email: "not-an-email" } });
    } catch (error) {
      if (error instanceof BadRequestError) console.log(error.status, error.title, error.detail, error.errors);
      else if (error instanceof RateLimitError) console.log(`retry in ${error.retryAfterMs} ms`);
      else if (error instanceof AuthenticationError) console.log(error.headers.get("www-authenticate"));
      else if (error instanceof LeadpingApiError) console.log(error.method, error.path, error.status, error.traceId, error.body);
      else if (error instanceof LeadpingConnectionError) console.log(error.cause);
    }
  });

  it("changing a lead and creating it exactly once", async () => {
    const lp = createLeadpingClient({ apiKey, sourceKey: "lp_src_…" });
    await lp.leads.modify("lead_01", { contact: { email: "augusta@example.com" }, metadata: { utmCampaign: "spring" } });
    await lp.leads.modify("lead_01", (current, lead) => ({
      ...current,
      tagNames: lead.isArchived ? [] : ["Hot"],
      customer: { ...current.customer, isHomeowner: true },
    }));
    const stored = await lp.leads.get("lead_01");
    await lp.leads.update("lead_01", { ...toLeadRequest(stored), enabled: false });
    await lp.leads.create({ metadata: { externalId: "crm-4411" }, contact: { firstName: "Ada" }, customer: {}, tagIds: [], tagNames: [] });
    await lp.leads.createIntake({ firstName: "Grace", sellerLeadId: "form-7f3a" });
  });

  it("pagination, raw, middleware", async () => {
    const lp = createLeadpingClient({ apiKey });
    const page = await lp.leads.list({ pageSize: 50, search: "lovelace", archiveFilter: "all" });
    console.log(page.items.length, page.continuationToken);
    for await (const row of lp.leads.listAll({ tagIds: ["tag_hot"], orderBy: [{ field: "createdAt", direction: "desc" }] })) {
      console.log(row.id, row.firstName, row.status);
    }
    const { data, error, response } = await lp.raw.GET("/leads/{id}", { params: { path: { id: "lead_01" } } });
    if (error) console.log(response.status, error.title);
    else console.log(data.contact.firstName);
    await lp.raw.POST("/leads/all/my", { params: { query: { untagged: true } }, body: { pageSize: 10 } });

    const requestIds: Middleware = {
      onRequest({ request }) {
        request.headers.set("X-Request-Id", crypto.randomUUID());
        return request;
      },
      onResponse({ response }) {
        metrics.count(`leadping.${response.status}`);
      },
    };
    const withMiddleware = createLeadpingClient({ apiKey, middleware: [requestIds] });
    withMiddleware.raw.use({ onError: ({ error }) => void logger.warn(String(error)) });
  });
});
