// One CSV cell of the status-history export. A spreadsheet treats a cell that
// starts with `=`, `+`, `-` or `@` as a formula (and tab or carriage return
// before one still as a formula), so a note like `=HYPERLINK(...)` typed into
// a status change would run in whoever opens the export. OWASP's rule: prefix
// such a cell with a single quote, then quote the cell as CSV requires.

const FORMULA_START = /^[=+\-@\t\r]/;

/** The CSV text of one value: formulas neutralised, quoted when it holds `"`, `,`, CR or LF. */
export function csvCell(value: unknown): string {
  const raw = typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? String(value) : "";
  // Only text can be a formula: a negative number exported from a number field stays a number.
  const text = typeof value === "string" && FORMULA_START.test(raw) ? `'${raw}` : raw;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
