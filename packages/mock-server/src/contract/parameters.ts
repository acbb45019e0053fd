// Query and path parameters: strings off the wire, coerced to their schema types,
// defaulted and validated with the contract's schemas.
import type { JsonSchema } from "./spec.js";
import type { FieldErrors, SchemaCheck, SchemaCompiler } from "./validation.js";

export interface ParameterDescriptor {
  name: string;
  required: boolean;
  schema: JsonSchema;
}

interface CompiledParameter {
  descriptor: ParameterDescriptor;
  isArray: boolean;
  itemType: string | undefined;
  check: SchemaCheck;
}

/** Reads and validates one operation's query or path parameters. */
export class ParameterReader {
  private readonly params: CompiledParameter[];
  /** Every parameter is a plain required string: any non-empty value passes (the hot path of `/leads/{id}`). */
  private readonly onlyNonEmptyStrings: boolean;

  constructor(descriptors: readonly ParameterDescriptor[], compiler: SchemaCompiler) {
    this.params = descriptors.map((descriptor) => {
      const schema = descriptor.schema;
      const isArray = schema["type"] === "array";
      const items = schema["items"] as { type?: string } | undefined;
      return {
        descriptor,
        isArray,
        itemType: isArray ? items?.type : (schema["type"] as string | undefined),
        // Wrapped in an object so Ajv applies the parameter's `default`.
        check: compiler.request({ type: "object", properties: { [descriptor.name]: schema } }, descriptor.name),
      };
    });
    this.onlyNonEmptyStrings = this.params.every(({ descriptor: { required, schema } }) => {
      const constraints = Object.keys(schema).filter((k) => k !== "description" && k !== "type" && k !== "minLength");
      return required && schema["type"] === "string" && constraints.length === 0 && ((schema["minLength"] as number | undefined) ?? 0) <= 1;
    });
  }

  get isEmpty(): boolean {
    return this.params.length === 0;
  }

  /** Values by name, or field errors keyed by parameter name. */
  read(get: (name: string) => string[]): { values: Record<string, unknown> } | { errors: FieldErrors } {
    if (this.onlyNonEmptyStrings) {
      const values: Record<string, unknown> = {};
      let fast = true;
      for (const p of this.params) {
        const raw = get(p.descriptor.name);
        if (raw.length !== 1 || raw[0] === "") fast = false;
        else values[p.descriptor.name] = raw[0];
      }
      if (fast) return { values };
    }
    const values: Record<string, unknown> = {};
    const errors: FieldErrors = {};
    for (const p of this.params) {
      const name = p.descriptor.name;
      const raw = get(name);
      if (raw.length === 0) {
        if (p.descriptor.required) errors[name] = ["is required"];
        continue;
      }
      if (!p.isArray && raw.length > 1) {
        errors[name] = ["must be given once"];
        continue;
      }
      values[name] = p.isArray ? raw.map((v) => coerce(v, p.itemType)) : coerce(raw[0]!, p.itemType);
    }
    for (const p of this.params) {
      if (errors[name(p)]) continue;
      const holder: Record<string, unknown> = name(p) in values ? { [name(p)]: values[name(p)] } : {};
      const problems = p.check(holder);
      if (problems) Object.assign(errors, problems);
      else if (name(p) in holder) values[name(p)] = holder[name(p)];
    }
    return Object.keys(errors).length > 0 ? { errors } : { values };
  }
}

function name(p: CompiledParameter): string {
  return p.descriptor.name;
}

/** Best-effort coercion; anything that does not fit stays a string and fails validation. */
function coerce(value: string, type: string | undefined): unknown {
  if (type === "boolean") return value === "true" ? true : value === "false" ? false : value;
  if (type === "integer" || type === "number") {
    const n = value.trim() === "" ? NaN : Number(value);
    return Number.isFinite(n) ? n : value;
  }
  return value;
}
