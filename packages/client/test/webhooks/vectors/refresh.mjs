// Re-extracts the Standard Webhooks vectors from a local checkout of
// standard-webhooks/standard-webhooks (see README.md next to this file).
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const checkout = process.argv[2];
if (!checkout) {
  console.error("usage: node refresh.mjs /path/to/standard-webhooks");
  process.exit(2);
}
const source = readFileSync(join(checkout, "libraries/javascript/src/webhook.test.ts"), "utf8");
const pick = (/** @type {RegExp} */ pattern) => {
  const match = pattern.exec(source);
  if (!match?.[1]) throw new Error(`vector not found: ${pattern}`);
  return match[1];
};
const signBlock = pick(/(test\("sign function works"[\s\S]*?\n\}\);)/);
const inBlock = (/** @type {RegExp} */ pattern) => {
  const match = pattern.exec(signBlock);
  if (!match?.[1]) throw new Error(`sign vector field not found: ${pattern}`);
  return match[1];
};
const expected = inBlock(/const expected = "([^"]+)"/);
const target = new URL("./standard-webhooks.json", import.meta.url);
const current = JSON.parse(readFileSync(target, "utf8"));
current.secret = pick(/const defaultSecret = "([^"]+)"/);
current.signing = [
  {
    name: "sign function works",
    secret: inBlock(/const key = "([^"]+)"/),
    id: inBlock(/const msgId = "([^"]+)"/),
    timestamp: Number(inBlock(/new Date\((\d+) \* 1000\)/)),
    payload: inBlock(/const payload = '([^']+)'/),
    signature: expected,
  },
];
current.decoySignatures = [...new Set([...source.matchAll(/"(v[12],[A-Za-z0-9+/=]+)",\n/g)].map((m) => m[1]))];
current.invalidSignatures = [pick(/\["webhook-signature"\] = "(v1,[^"]+)"/), expected.slice(0, 8), "v1,"];
writeFileSync(target, `${JSON.stringify(current, null, 2)}\n`);
console.log(`rewrote ${target.pathname}`);
