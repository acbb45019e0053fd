// Compares `servers` lists (top level, path item or operation): a URL that disappears breaks clients that use it
// as their base URL; a new one is an addition. Descriptions are documentation; anything else (variables)
// is left for the fail-safe.
import type { ChangeCollector } from "./collector.js";
import { childPointer, isObject } from "./pointer.js";
import type { Json } from "./types.js";

export function compareServers(
  collector: ChangeCollector,
  before: Json | undefined,
  after: Json | undefined,
  baseAt: string,
  headAt: string,
  operation?: string,
): void {
  const urls = (list: Json | undefined, at: string): Map<string, string> => {
    const out = new Map<string, string>();
    if (!Array.isArray(list)) return out;
    list.forEach((server, i) => {
      if (!isObject(server) || typeof server.url !== "string") return;
      out.set(server.url.replace(/\/+$/, ""), childPointer(at, "servers", i));
      collector.explain(childPointer(at, "servers", i), "url");
    });
    return out;
  };
  const [b, h] = [urls(before, baseAt), urls(after, headAt)];
  if (Array.isArray(before) !== Array.isArray(after))
    collector.explainNode(childPointer(Array.isArray(before) ? baseAt : headAt, "servers"));
  const context = operation ? { operation } : {};
  for (const [url, at] of b) if (!h.has(url)) collector.add("server-removed", childPointer(at, "url"), `server ${url} removed`, context);
  for (const [url, at] of h) if (!b.has(url)) collector.add("server-added", childPointer(at, "url"), `server ${url} added`, context);
}
