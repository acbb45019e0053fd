import { join, sep } from "node:path";
import { describe, expect, it } from "vitest";
import { resolveStaticPath } from "../../src/server/staticFiles.js";

const root = join(sep, "srv", "web");

describe("resolveStaticPath", () => {
  it("maps URL paths to files inside the root", () => {
    expect(resolveStaticPath(root, "/assets/index.js")).toBe(join(root, "assets", "index.js"));
    expect(resolveStaticPath(root, "/a%20b.css")).toBe(join(root, "a b.css"));
    expect(resolveStaticPath(root, "/assets/../index.html")).toBe(join(root, "index.html"));
  });

  it("refuses paths that leave the root, NUL bytes and broken escapes", () => {
    for (const path of ["/../package.json", "/..%2f..%2fetc%2fpasswd", "/assets/..%2f..%2f..%2fx", "/%00", "/%E0%A4%A", "/..%5c..%5cx"]) {
      const resolved = resolveStaticPath(root, path);
      if (resolved !== null) expect(resolved.startsWith(`${root}${sep}`), path).toBe(true);
    }
    expect(resolveStaticPath(root, "/../package.json")).toBeNull();
    expect(resolveStaticPath(root, "/%00")).toBeNull();
    expect(resolveStaticPath(root, "/%E0%A4%A")).toBeNull();
  });

  it("does not mistake a sibling directory with the same prefix for the root", () => {
    expect(resolveStaticPath(root, "/../web-secrets/key")).toBeNull();
  });
});
