// Validates what a client sent (JSON body and query string) against the official operation's
// request body schema and query parameters (JSON Schema 2020-12 with formats).
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import type { JsonObject } from "./documents.js";

type Parameter = { name: string; in: string; required?: boolean; schema?: object };
type Operation = { parameters?: Parameter[]; requestBody?: { required?: boolean; content?: Record<string, { schema?: object }> } };

export class RequestValidator {
  private readonly ajv = new Ajv2020({ strict: false, allErrors: true });
  /** Query values arrive as text: `Price=9.5` is the number 9.5, a single `TagNames=a` a one-item array. */
  private readonly queryAjv = new Ajv2020({ strict: false, allErrors: true, coerceTypes: "array" });

  constructor(private readonly doc: JsonObject) {
    for (const ajv of [this.ajv, this.queryAjv]) {
      addFormats(ajv);
      ajv.addSchema({ components: doc["components"] }, "official");
    }
  }

  /** Errors of a sent JSON body (`undefined` when none was sent) against the operation's request body. */
  checkBody(key: string, body: unknown): string | null {
    const declared = this.operation(key).requestBody;
    const schema = declared?.content?.["application/json"]?.schema;
    if (body === undefined) return declared?.required ? "the operation requires a body, none was sent" : null;
    if (!schema) return "the operation declares no JSON request body, one was sent";
    const validate = this.ajv.compile(rooted(schema));
    return validate(body) ? null : this.ajv.errorsText(validate.errors, { separator: "\n", dataVar: "body" });
  }

  /** Errors of a sent query string against the operation's query parameters; a parameter the operation does not declare is an error. */
  checkQuery(key: string, query: URLSearchParams): string | null {
    const params = (this.operation(key).parameters ?? []).filter((p) => p.in === "query");
    const properties = Object.fromEntries(params.map((p) => [p.name, p.schema ?? {}]));
    const required = params.filter((p) => p.required).map((p) => p.name);
    const values: Record<string, string | string[]> = {};
    for (const name of new Set(query.keys())) {
      const all = query.getAll(name);
      values[name] = all.length === 1 ? all[0]! : all;
    }
    const validate = this.queryAjv.compile(rooted({ type: "object", properties, required, additionalProperties: false }));
    return validate(values) ? null : this.queryAjv.errorsText(validate.errors, { separator: "\n", dataVar: "query" });
  }

  private operation(key: string): Operation {
    const [method, path] = key.split(" ") as [string, string];
    const op = (this.doc["paths"] as Record<string, Record<string, Operation>>)[path]?.[method.toLowerCase()];
    if (!op) throw new Error(`the official document has no ${key}`);
    return op;
  }
}

function rooted(schema: object): object {
  return JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"official#/components/')) as object;
}
