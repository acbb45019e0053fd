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
