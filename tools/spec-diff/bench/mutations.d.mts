// Types for bench/mutations.mjs (plain JS so the benchmark runs with node alone).
export interface ExpectedChange {
  rule: string;
  pointer: string;
  direction?: "request" | "response";
}
export declare const mutations: {
  name: string;
  verdict: "breaking" | "warning" | "non-breaking";
  apply: (doc: any) => unknown;
  expect: ExpectedChange[] | ((doc: any) => ExpectedChange[]);
}[];
export declare function applyMutations(doc: any): ExpectedChange[];
