// Shared pieces of the client benchmarks: the request every variant makes and
// small statistics helpers.
export const API_KEY = "sk_bench_0123456789";
export const LEAD_ID = "lead_01HZX";
export const UPDATE_BODY = {
  contact: { firstName: "Ada", lastName: "Lovelace", email: "ada@example.com", phone: { number: "+15125550142" } },
  enabled: true,
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
 * machine load hits all variants alike. Returns per-variant samples and, per
 * round, each variant's ratio to `reference` (paired, so load spikes cancel).
 */
export async function interleavedRounds(variants, rounds, measure, reference) {
  const names = Object.keys(variants);
  const samples = Object.fromEntries(names.map((n) => [n, []]));
  const ratios = Object.fromEntries(names.map((n) => [n, []]));
  for (let r = 0; r < rounds; r++) {
    const order = names.map((_, i) => names[(i + r) % names.length]);
    const round = {};
    for (const name of order) round[name] = await measure(variants[name]);
    for (const name of names) {
      samples[name].push(round[name]);
      ratios[name].push(round[name] / round[reference]);
    }
  }
  return Object.fromEntries(names.map((n) => [n, { value: median(samples[n]), ratio: median(ratios[n]) }]));
}
