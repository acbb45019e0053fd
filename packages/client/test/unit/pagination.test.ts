import { describe, expect, it } from "vitest";
import { LeadpingError, NotFoundError, createLeadpingClient } from "../../src/index.js";
import { json, problem, scriptedFetch } from "../helpers/fake-fetch.js";
import { page } from "../helpers/fixtures.js";
import { splitListParams } from "../../src/pagination.js";

const baseUrl = "http://api.test";

describe("list", () => {
  it("splits one flat object into query parameters and body fields", () => {
    const { query, body } = splitListParams({
      pageSize: 10,
      search: "ada",
      filters: [{ field: "status", value: "New" }],
      tagIds: ["t1"],
      tagMatchAll: true,
      archiveFilter: "archived",
      untagged: false,
    });
    expect(query).toEqual({ tagIds: ["t1"], tagMatchAll: true, archiveFilter: "archived", untagged: false });
    expect(body).toEqual({ pageSize: 10, search: "ada", filters: [{ field: "status", value: "New" }] });
  });

  it("defaults pageSize to the contract's 25", () => {
    expect(splitListParams({}).body).toEqual({ pageSize: 25 });
  });

  it("returns one page from POST /leads/all/my", async () => {
    const fetch = scriptedFetch(json(page(["a", "b"], "next")));
    const lp = createLeadpingClient({ apiKey: "k", baseUrl, fetch });
    const result = await lp.leads.list({ pageSize: 2, tagIds: ["hot"] });
    expect(result.items.map((r) => r.id)).toEqual(["a", "b"]);
    expect(result.continuationToken).toBe("next");
    expect(fetch.calls).toHaveLength(1);
    expect(fetch.calls[0]!.method).toBe("POST");
    expect(new URL(fetch.calls[0]!.url).pathname).toBe("/leads/all/my");
    expect(new URL(fetch.calls[0]!.url).search).toBe("?tagIds=hot");
    expect(JSON.parse(fetch.calls[0]!.body!)).toEqual({ pageSize: 2 });
  });
});

describe("listAll", () => {
  it("follows continuationToken until it is null, keeping the other parameters", async () => {
    const fetch = scriptedFetch(json(page(["a", "b"], "t2")), json(page(["c"], "t3")), json(page([], "t4")), json(page(["d"], null)));
    const lp = createLeadpingClient({ apiKey: "k", baseUrl, fetch });
    const ids: string[] = [];
    for await (const row of lp.leads.listAll({ pageSize: 2, search: "x", archiveFilter: "all" })) ids.push(row.id);
    expect(ids).toEqual(["a", "b", "c", "d"]);
    const bodies = fetch.calls.map((c) => JSON.parse(c.body!));
    expect(bodies.map((b) => b.continuationToken)).toEqual([null, "t2", "t3", "t4"]);
    expect(bodies.every((b) => b.pageSize === 2 && b.search === "x")).toBe(true);
    expect(fetch.calls.every((c) => c.url.endsWith("?archiveFilter=all"))).toBe(true);
  });

  it("fetches lazily: breaking early sends no further request", async () => {
    const fetch = scriptedFetch(json(page(["a", "b"], "t2")), json(page(["c"], null)));
    const lp = createLeadpingClient({ apiKey: "k", baseUrl, fetch });
    for await (const row of lp.leads.listAll()) {
      expect(row.id).toBe("a");
      break;
    }
    expect(fetch.calls).toHaveLength(1);
  });

  it("starts from a given continuationToken", async () => {
    const fetch = scriptedFetch(json(page(["z"], null)));
    const lp = createLeadpingClient({ apiKey: "k", baseUrl, fetch });
    const rows = [];
    for await (const row of lp.leads.listAll({ continuationToken: "resume" })) rows.push(row);
    expect(rows).toHaveLength(1);
    expect(JSON.parse(fetch.calls[0]!.body!).continuationToken).toBe("resume");
  });

  it("stops with an error when the server repeats a token", async () => {
    const fetch = scriptedFetch(json(page(["a"], "same")));
    const lp = createLeadpingClient({ apiKey: "k", baseUrl, fetch });
    const iterate = async () => {
      for await (const _ of lp.leads.listAll()) void _;
    };
    await expect(iterate()).rejects.toBeInstanceOf(LeadpingError);
    expect(fetch.calls).toHaveLength(2);
  });

  it("stops with an error when the server cycles back to an earlier token", async () => {
    // t1 → t2 → t1 → t2 … would never end if only the previous token were compared.
    const fetch = scriptedFetch(
      json(page(["a"], "t1")),
      json(page(["b"], "t2")),
      json(page(["c"], "t1")),
      json(page(["d"], "t2")),
      json(page([], null)),
    );
    const lp = createLeadpingClient({ apiKey: "k", baseUrl, fetch });
    const seen: string[] = [];
    const iterate = async () => {
      for await (const row of lp.leads.listAll()) seen.push(row.id);
    };
    await expect(iterate()).rejects.toBeInstanceOf(LeadpingError);
    expect(seen).toEqual(["a", "b", "c"]);
    expect(fetch.calls).toHaveLength(3);
  });

  it("surfaces a page's error to the iterating code", async () => {
    const fetch = scriptedFetch(json(page(["a"], "t2")), problem(404));
    const lp = createLeadpingClient({ apiKey: "k", baseUrl, fetch });
    const seen: string[] = [];
    const iterate = async () => {
      for await (const row of lp.leads.listAll()) seen.push(row.id);
    };
    await expect(iterate()).rejects.toBeInstanceOf(NotFoundError);
    expect(seen).toEqual(["a"]);
  });
});
