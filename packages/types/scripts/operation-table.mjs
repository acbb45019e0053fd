// Builds the operation table (src/generated/operations.gen.ts) from the bundled
// contract: for each operation its key, operationId, the credential kinds its
// `security` accepts (from each scheme's `x-leadping-credential`), whether it
// is a non-idempotent create (`x-leadping-create`) and its query parameter names.

const METHODS = ["get", "put", "post", "delete", "patch", "head", "options", "trace"];
const CREDENTIALS = new Set(["organization", "source"]);

function resolve(spec, node) {
  if (!node?.$ref) return node;
  return node.$ref
    .slice(2)
    .split("/")
    .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"))
    .reduce((at, part) => at[part], spec);
}

function credentialsOf(spec, operation, key) {
  const schemes = spec.components?.securitySchemes ?? {};
  const kinds = new Set();
  for (const alternative of operation.security ?? spec.security ?? []) {
    for (const name of Object.keys(alternative)) {
      const kind = schemes[name]?.["x-leadping-credential"];
      if (!CREDENTIALS.has(kind)) throw new Error(`${key}: security scheme ${name} needs x-leadping-credential (organization | source).`);
      kinds.add(kind);
    }
  }
  if (kinds.size > 1) throw new Error(`${key}: mixes organization and source credentials; the client cannot choose.`);
  return [...kinds][0] ?? "none";
}

/** The table's entries, sorted by key, as plain data. */
export function operationTable(spec) {
  const rows = [];
  for (const [path, item] of Object.entries(spec.paths ?? {})) {
    const shared = (item.parameters ?? []).map((p) => resolve(spec, p));
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const key = `${method.toUpperCase()} ${path}`;
      const own = (operation.parameters ?? []).map((p) => resolve(spec, p));
      const query = [...new Set([...shared, ...own].filter((p) => p.in === "query").map((p) => p.name))].sort();
      const create = operation["x-leadping-create"] ?? false;
      if (typeof create !== "boolean") throw new Error(`${key}: x-leadping-create must be a boolean.`);
      rows.push({ key, operationId: operation.operationId, credentials: credentialsOf(spec, operation, key), create, query });
    }
  }
  return rows.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** The TypeScript source of the table. */
export function operationTableSource(spec, header) {
  const lines = operationTable(spec).map(
    ({ key, operationId, credentials, create, query }) =>
      `  ${JSON.stringify(key)}: { operationId: ${JSON.stringify(operationId)}, credentials: ${JSON.stringify(credentials)}, create: ${create}, query: ${JSON.stringify(query)} },`,
  );
  const policies = operationTable(spec)
    .filter(({ credentials, create }) => credentials !== "organization" || create)
    .map(({ key, credentials, create }) => `  ${JSON.stringify(key)}: { credentials: ${JSON.stringify(credentials)}, create: ${create} },`);
  return `${header}
/** What the client, the local API and the playground need to know about one operation. */
export interface OperationFacts {
  /** The contract's operationId. */
  readonly operationId: string;
  /** The credential its \`security\` asks for: the organization key, a lead source's credentials, or none. */
  readonly credentials: "organization" | "source" | "none";
  /** Not idempotent (\`x-leadping-create\`): never replayed once it may have reached the server. */
  readonly create: boolean;
  /** Names of its query parameters. */
  readonly query: readonly string[];
}

/** Every operation of the contract, keyed \`"METHOD /path/{template}"\`. */
export const operationTable = {
${lines.join("\n")}
} as const satisfies Record<string, OperationFacts>;

/** One operation of the contract, such as \`"PUT /leads/{id}"\`. */
export type OperationKey = keyof typeof operationTable;

/** The credentials and create flag of one operation: what a client needs at run time. */
export type OperationPolicy = Pick<OperationFacts, "credentials" | "create">;

/** The operations whose policy is not the default (organization credentials, not a create). */
export type OperationWithPolicy = keyof typeof operationPolicies;

/**
 * Every operation whose policy differs from the default
 * \`{ credentials: "organization", create: false }\`: the same facts as
 * \`operationTable\`, projected so small that a browser bundle can carry them.
 */
export const operationPolicies = {
${policies.join("\n")}
} as const satisfies Partial<Record<OperationKey, OperationPolicy>>;

/** The default policy, for every operation not in \`operationPolicies\`. */
export const defaultOperationPolicy: OperationPolicy = { credentials: "organization", create: false };
`;
}
