// String formats for the contract's Ajv instances: ajv-formats' exact ("full") checks, with
// the `date` and `date-time` verdicts remembered. Those two parse every timestamp with
// regular expressions and were ~90% of checking a LeadResponse (3.5 of 3.9 µs); a lead's
// timestamps repeat from one reply to the next, so a remembered verdict makes strict
// response checking nearly free without the looser "fast" regexes.
import type { Format, FormatDefinition } from "ajv";
import type { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

/** Distinct valid strings remembered per format before the memory starts over. */
const CAPACITY = 4096;

/** Adds every ajv-formats format, remembering which strings passed `date` and `date-time`. */
export function addContractFormats(ajv: Ajv2020): void {
  addFormats(ajv);
  for (const name of ["date", "date-time"] as const) ajv.addFormat(name, rememberValid(checkOf(addFormats.get(name))));
}

/** The check of an ajv-formats format given as a synchronous string validator, as `date` and `date-time` are. */
function checkOf(format: Format): (value: string) => boolean {
  if (isStringDefinition(format) && typeof format.validate === "function") return format.validate;
  throw new Error("ajv-formats changed the shape of its date formats; only synchronous string validators can be remembered");
}

/** ajv types `type` as optional for number formats too, so it cannot narrow the union by itself. */
function isStringDefinition(format: Format): format is FormatDefinition<string> {
  return typeof format === "object" && !(format instanceof RegExp) && format.type !== "number" && format.async !== true;
}

/** Only passes are remembered: a string that fails is checked again every time. */
export function rememberValid(check: (value: string) => boolean, capacity = CAPACITY): FormatDefinition<string> {
  const valid = new Set<string>();
  return {
    type: "string",
    validate: (value) => {
      if (valid.has(value)) return true;
      if (!check(value)) return false;
      if (valid.size >= capacity) valid.clear();
      valid.add(value);
      return true;
    },
  };
}
