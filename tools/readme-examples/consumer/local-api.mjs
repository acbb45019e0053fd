// Preloaded (`node --import ./local-api.mjs`) into every README block the harness runs.
// A README example talks to the real API (the client's default base URL) with placeholder ids;
// here it talks to the local API on 127.0.0.1 instead, and its placeholder ids `lead_01` and
// `tag_hot` stand for a lead and a tag created for this run (a block may delete its lead).
const baseUrl = process.env.LEADPING_BASE_URL;
const apiKey = process.env.LEADPING_API_KEY;
const sourceKey = process.env.LEADPING_SOURCE_KEY;
if (!baseUrl || !apiKey || !sourceKey) throw new Error("local-api.mjs needs LEADPING_BASE_URL, LEADPING_API_KEY and LEADPING_SOURCE_KEY");

const realFetch = globalThis.fetch;

async function created(path, key, body) {
  const response = await realFetch(baseUrl + path, {
    method: "POST",
    headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`local-api.mjs: POST ${path} answered ${response.status}`);
  return (await response.json()).id;
}

const lead = { metadata: {}, contact: { firstName: "Readme", lastName: "Example" }, customer: {}, tagIds: [], tagNames: [] };
const aliases = [
  ["lead_01", await created("/leads", sourceKey, lead)],
  ["tag_hot", await created("/tags", apiKey, { name: `Hot ${process.pid}` })],
];
const realOrigin = "https://api.leadping.ai";

function rewrite(text) {
  let result = text;
  for (const [placeholder, real] of aliases) result = result.replaceAll(placeholder, real);
  return result;
}

globalThis.fetch = (input, init) => {
  if (input instanceof Request) {
    const url = rewrite(input.url.replace(realOrigin, baseUrl));
    return realFetch(new Request(url, input), init);
  }
  const url = rewrite(String(input).replace(realOrigin, baseUrl));
  const body = typeof init?.body === "string" ? rewrite(init.body) : init?.body;
  return realFetch(url, init === undefined ? undefined : { ...init, body });
};
