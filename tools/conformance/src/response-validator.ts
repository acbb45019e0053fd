// Validates a response body against the official document's schema for its operation,
// status and media type (JSON Schema 2020-12 with formats, as OpenAPI 3.1 specifies).
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import type { JsonObject } from "./documents.js";

type Operation = { responses?: Record<string, { content?: Record<string, { schema?: unknown }> }> };

export class ResponseValidator {
  private readonly ajv = new Ajv2020({ strict: false, allErrors: true });

  constructor(private readonly doc: JsonObject) {
    addFormats(this.ajv);
    this.ajv.addSchema({ components: doc["components"] }, "official");
  }

  /** Declared status codes of an operation. */
  statuses(method: string, pathTemplate: string): string[] {
    return Object.keys(this.operation(method, pathTemplate).responses ?? {});
  }

  /** Errors of `body` against the declared schema; a string when nothing is declared for it. */
  check(method: string, pathTemplate: string, status: number, mediaType: string, body: unknown): string | null {
    const response = this.operation(method, pathTemplate).responses?.[String(status)];
    if (!response) return `${status} is not a declared response`;
    const content = response.content ?? {};
    if (body === undefined)
      return Object.values(content).some((m) => m.schema !== undefined) ? "the declared response has a body, none was sent" : null;
    const media = content[mediaType];
    if (!media?.schema) return `no schema declared for ${mediaType} (declared: ${Object.keys(content).join(", ") || "none"})`;
    const rooted: unknown = JSON.parse(JSON.stringify(media.schema).replaceAll('"#/components/', '"official#/components/'));
    const validate = this.ajv.compile(rooted as object);
    return validate(body) ? null : this.ajv.errorsText(validate.errors, { separator: "\n" });
  }

  private operation(method: string, pathTemplate: string): Operation {
    const paths = this.doc["paths"] as Record<string, Record<string, Operation>>;
    const op = paths[pathTemplate]?.[method.toLowerCase()];
    if (!op) throw new Error(`the official document has no ${method} ${pathTemplate}`);
    return op;
  }
}
