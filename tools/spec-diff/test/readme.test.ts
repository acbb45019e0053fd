// The README's rule table is the reviewer's view of what "breaking" means: it must list every rule of
// src/rules.ts with the same severity and bump, and nothing else.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { rules } from "../src/index.js";

test("README lists every rule with its direction, severity and bump", () => {
  const readme = readFileSync(join(import.meta.dirname, "..", "README.md"), "utf8");
  const rows = [
    ...readme.matchAll(/^\| `([a-z-]+)` \| (request|response|both|—) \| (breaking|warning|non-breaking) \| (major|minor|patch) \|/gm),
  ];
  const listed = new Map(rows.map(([, id, , severity, bump]) => [id!, { severity, bump }]));
  expect([...listed.keys()].sort()).toEqual(Object.keys(rules).sort());
  for (const [id, spec] of Object.entries(rules)) expect(listed.get(id), id).toEqual({ severity: spec.severity, bump: spec.bump });
});
