// Shared pieces of the client benchmarks: the request every variant makes and
// small statistics helpers.
export const API_KEY = "sk_bench_0123456789";
export const LEAD_ID = "lead_01HZX";
export const UPDATE_BODY = {
  contact: { firstName: "Ada", lastName: "Lovelace", email: "ada@example.com", phone: { number: "+15125550142" } },
  metadata: {},
  customer: {},
  enabled: true,
  tagIds: [],
  tagNames: ["Hot", "Spring campaign"],
};
export const LEAD_RESPONSE_TEXT = JSON.stringify({
  id: LEAD_ID,
  createdAt: "2026-03-01T15:04:05Z",
  modifiedAt: null,
  enabled: true,
  isArchived: false,
  contact: { firstName: "Ada", lastName: "Lovelace", email: "ada@example.com" },
  customer: {},
  metadata: { utmSource: "google" },
  tags: [{ id: "tag_hot", name: "Hot", normalizedName: "hot" }],
});

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function fmt(n, digits = 2) {
  return n.toFixed(digits);
}

/**
 * Runs every variant once per round, rotating the order each round so drifting
 * machine load hits all variants alike. `measure` returns named metrics; for
 * each metric the result has the median value and the median of the per-round
 * ratios to `reference` (paired, so load spikes in one round cancel out);
 * `ratioTo[name]` holds the same paired median against each other variant.
 */
export async function interleavedRounds(variants, rounds, measure, reference) {
  const names = Object.keys(variants);
  const rows = Object.fromEntries(names.map((n) => [n, []]));
  for (let r = 0; r < rounds; r++) {
    const order = names.map((_, i) => names[(i + r) % names.length]);
    const round = {};
    for (const name of order) round[name] = await measure(variants[name]);
    for (const name of names) rows[name].push({ metrics: round[name], reference: round[reference], round });
  }
  const result = {};
  for (const name of names) {
    result[name] = {};
    for (const metric of Object.keys(rows[name][0].metrics)) {
      result[name][metric] = {
        value: median(rows[name].map((row) => row.metrics[metric])),
        ratio: median(rows[name].map((row) => row.metrics[metric] / row.reference[metric])),
        ratioTo: Object.fromEntries(
          names.map((other) => [other, median(rows[name].map((row) => row.metrics[metric] / row.round[other][metric]))]),
        ),
      };
    }
  }
  return result;
}
