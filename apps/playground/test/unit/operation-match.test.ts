import { describe, expect, it } from "vitest";
import { operationFor } from "../../src/server/operation-match.js";

describe("operationFor", () => {
  it("finds the operation of a concrete path, preferring literal segments", () => {
    expect(operationFor("POST", "/leads")).toMatchObject({ operationId: "Leads_CreateExternal", credentials: "source" });
    expect(operationFor("POST", "/leads/intake")).toMatchObject({ operationId: "Leads_CreateIntake", credentials: "source" });
    expect(operationFor("POST", "/leads/all/my")).toMatchObject({ operationId: "Leads_GetAllForCurrentUser", credentials: "organization" });
    expect(operationFor("GET", "/leads/lead_1")).toMatchObject({ operationId: "Leads_GetForCurrentUser" });
    expect(operationFor("DELETE", "/leads/l1/tags/t1")).toMatchObject({ operationId: "Leads_RemoveTag" });
  });

  it("answers undefined for what the contract does not have", () => {
    expect(operationFor("PATCH", "/leads/lead_1")).toBeUndefined();
    expect(operationFor("GET", "/leads/a/b/c/d")).toBeUndefined();
    expect(operationFor("POST", "/")).toBeUndefined();
  });
});
