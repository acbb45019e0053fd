// The 32 operations of the lead domain, with the paths, methods, operationIds,
// success codes and security of Leadping's public contract.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";

const spec = JSON.parse(readFileSync(join(import.meta.dirname, "..", "dist", "openapi.json"), "utf8"));

const expected: [method: string, path: string, operationId: string, success: string, security: "org" | "source"][] = [
  ["post", "/leads", "Leads_CreateExternal", "201", "source"],
  ["post", "/leads/intake", "Leads_CreateIntake", "201", "source"],
  ["get", "/leads/{id}", "Leads_GetForCurrentUser", "200", "org"],
  ["put", "/leads/{id}", "Leads_Update", "200", "org"],
  ["delete", "/leads/{id}", "Leads_Delete", "204", "org"],
  ["post", "/leads/{id}/archive", "Leads_Archive", "200", "org"],
  ["post", "/leads/{id}/unarchive", "Leads_Unarchive", "200", "org"],
  ["post", "/leads/all/my", "Leads_GetAllForCurrentUser", "200", "org"],
  ["post", "/leads/{id}/tags", "Leads_AddTags", "200", "org"],
  ["put", "/leads/{id}/tags", "Leads_ReplaceTags", "200", "org"],
  ["delete", "/leads/{id}/tags/{tagId}", "Leads_RemoveTag", "200", "org"],
  ["put", "/leads/{leadId}/status", "LeadStatusChanges_SetCurrent", "200", "org"],
  ["get", "/leads/{leadId}/status-history", "LeadStatusChanges_GetByLeadId", "200", "org"],
  ["get", "/tags", "Tags_GetAllForCurrentOrganization", "200", "org"],
  ["post", "/tags", "Tags_Create", "201", "org"],
  ["put", "/tags/{id}", "Tags_Update", "200", "org"],
  ["delete", "/tags/{id}", "Tags_Archive", "200", "org"],
  ["get", "/leads/intake", "Leads_CreateIntakeFromQuery", "201", "source"],
  ["get", "/leads/{id}/workflow-status", "Leads_GetWorkflowStatusForCurrentUser", "200", "org"],
  ["get", "/leads/{leadId}/status-history/export", "LeadStatusChanges_ExportByLeadId", "200", "org"],
  ["post", "/lead-status-changes/all/my", "LeadStatusChanges_GetAllForCurrentOrganization", "200", "org"],
  ["get", "/lead-status-changes/{id}", "LeadStatusChanges_Get", "200", "org"],
  ["put", "/lead-status-changes/{id}", "LeadStatusChanges_Update", "200", "org"],
  ["delete", "/lead-status-changes/{id}", "LeadStatusChanges_Delete", "204", "org"],
  ["get", "/lead-statuses", "LeadStatuses_GetAll", "200", "org"],
  ["post", "/lead-statuses", "LeadStatuses_Create", "201", "org"],
  ["put", "/lead-statuses/{id}", "LeadStatuses_Update", "200", "org"],
  ["delete", "/lead-statuses/{id}", "LeadStatuses_Archive", "200", "org"],
  ["post", "/events/leads/{leadId}", "Events_GetAllForLead", "200", "org"],
  ["post", "/events/calls/lead/{leadId}", "CallEvents_GetByLeadId", "200", "org"],
  ["post", "/events/sms/lead/{leadId}", "SmsEvents_GetByLeadId", "200", "org"],
  ["post", "/conversations/lead/{leadId}", "Conversations_GetConversationsByLead", "200", "org"],
];
const methods = ["get", "put", "post", "delete", "patch", "head", "options", "trace"];

test("exactly the listed operations exist", () => {
  const actual = Object.entries(spec.paths).flatMap(([path, item]) =>
    Object.keys(item as object)
      .filter((m) => methods.includes(m))
      .map((m) => `${m.toUpperCase()} ${path}`),
  );
  expect(actual.sort()).toEqual(expected.map(([m, p]) => `${m.toUpperCase()} ${p}`).sort());
});

test.each(expected)("%s %s is %s, answers %s, authenticates with %s credentials", (method, path, operationId, success, security) => {
  const op = spec.paths[path][method];
  expect(op.operationId).toBe(operationId);
  expect(Object.keys(op.responses).filter((c) => c.startsWith("2"))).toEqual([success]);
  expect(op.security).toEqual(security === "org" ? [{ Bearer: [] }] : [{ SourceKey: [] }, { SourceIdHeader: [], SourceKeyHeader: [] }]);
  for (const code of Object.keys(op.responses).filter((c) => c >= "400")) {
    const ref = op.responses[code].$ref as string;
    expect(ref).toMatch(/^#\/components\/responses\//);
  }
  expect(op.description?.length).toBeGreaterThan(10);
});

test("429 answers carry Retry-After and 401 answers WWW-Authenticate", () => {
  expect(spec.components.responses.TooManyRequests.headers["Retry-After"].schema.type).toBe("integer");
  expect(spec.components.responses.Unauthorized.headers["WWW-Authenticate"]).toBeDefined();
  expect(Object.keys(spec.components.responses.BadRequest.content)).toEqual(["application/problem+json"]);
});

test("every parameter and property has a description", () => {
  const missing: string[] = [];
  const visit = (node: unknown, at: string) => {
    if (!node || typeof node !== "object") return;
    const obj = node as Record<string, unknown>;
    if (obj.properties && typeof obj.properties === "object") {
      for (const [name, prop] of Object.entries(obj.properties as Record<string, Record<string, unknown>>)) {
        if (!prop.description) missing.push(`${at}/properties/${name}`);
      }
    }
    if (obj.in && obj.name && !obj.description) missing.push(at);
    for (const [k, v] of Object.entries(obj)) if (k !== "example") visit(v, `${at}/${k}`);
  };
  visit(spec.paths, "#/paths");
  visit(spec.components, "#/components");
  expect(missing).toEqual([]);
});
