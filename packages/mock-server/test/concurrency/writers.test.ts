// 32 concurrent writers, 10,000 PUTs over keep-alive HTTP: no update lost, no 5xx.
import { Agent, request } from "node:http";
import { describe, expect, test } from "vitest";
import { ORG_TOKEN, startStrict, steppingClock } from "../helpers.js";

const WRITERS = 32;
const TOTAL_PUTS = 10_000;
const LEADS = 16;

function put(agent: Agent, target: { hostname: string; port: string; path: string }, body: string): Promise<{ status: number; json: any }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        ...target,
        method: "PUT",
        agent,
        headers: { authorization: `Bearer ${ORG_TOKEN}`, "content-type": "application/json", "content-length": Buffer.byteLength(body) },
      },
      (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (c: string) => (text += c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, json: JSON.parse(text) }));
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

describe("concurrent writers", () => {
  test(`${WRITERS} writers doing ${TOTAL_PUTS} PUTs: each lead ends as its last acknowledged write`, async () => {
    // The stepping clock gives every write a distinct, increasing modifiedAt: the server's own order.
    const server = await startStrict({ sampleLeads: LEADS, seed: 3, clock: steppingClock() });
    const ids = server.api.store.leads().map((l) => l.id);
    const agent = new Agent({ keepAlive: true, maxSockets: WRITERS, noDelay: true });
    const acks = new Map<string, { modifiedAt: string; marker: string }[]>(ids.map((id) => [id, []]));
    const statuses = new Map<number, number>();
    const { hostname, port } = new URL(server.url);
    const targets = new Map(ids.map((id) => [id, { hostname, port, path: `/leads/${id}` }]));
    /** Acknowledgments that describe some other write than the one they answer. */
    const misacknowledged: string[] = [];
    let issued = 0;

    const writer = async (w: number) => {
      let n = 0;
      while (issued < TOTAL_PUTS) {
        issued++;
        const id = ids[(w * 7 + n * 13) % ids.length]!;
        const marker = `w${w}-${n++}`;
        const body = JSON.stringify({
          contact: { firstName: marker, lastName: `Writer ${w}`, email: `${marker}@example.com` },
          customer: { income: String(n) },
          metadata: { sourceMetadata: { writer: String(w) } },
          enabled: n % 2 === 0,
          tagIds: [],
          tagNames: [],
        });
        const { status, json } = await put(agent, targets.get(id)!, body);
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        if (status !== 200) continue;
        // The acknowledgment must describe this very write.
        if (json.contact.firstName !== marker) misacknowledged.push(`${marker} answered as ${json.contact.firstName}`);
        acks.get(id)!.push({ modifiedAt: json.modifiedAt, marker });
      }
    };
    try {
      await Promise.all(Array.from({ length: WRITERS }, (_, w) => writer(w)));
    } finally {
      agent.destroy();
    }

    expect(Object.fromEntries(statuses)).toEqual({ 200: TOTAL_PUTS });
    expect(misacknowledged).toEqual([]);
    const allStamps = [...acks.values()].flat().map((a) => a.modifiedAt);
    expect(new Set(allStamps).size).toBe(TOTAL_PUTS);
    for (const id of ids) {
      const list = acks.get(id)!;
      expect(list.length).toBeGreaterThan(0);
      const last = list.reduce((a, b) => (a.modifiedAt > b.modifiedAt ? a : b));
      const final = server.api.store.lead(id)!;
      expect(final.contact.firstName).toBe(last.marker);
      expect(final.contact.email).toBe(`${last.marker}@example.com`);
      expect(final.modifiedAt).toBe(last.modifiedAt);
    }
  });
});
