import { describe, expect, it } from "vitest";

import { aspectColumn, chiefInspectorQuote, CSV_COLUMNS, csvWriter } from "../../src/output/csv.js";
import { CANONICAL_ASPECTS } from "../../src/schema/record.js";
import { render, sampleRecord } from "./sample.js";

/** A small RFC 4180 reader for the test (quoted fields, doubled quotes, newlines in quotes). */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += c;
  }
  return rows;
}

describe("csv writer", () => {
  it("has one column per canonical aspect, with stable names", () => {
    const names = CSV_COLUMNS.map(([n]) => n);
    for (const a of CANONICAL_ASPECTS) expect(names).toContain(aspectColumn(a));
    expect(aspectColumn("Information and facilities")).toBe("aspect_information_and_facilities");
    expect(aspectColumn("Out-of-court disposals")).toBe("aspect_out_of_court_disposals");
    expect(new Set(names).size).toBe(names.length);
  });

  it("writes the header and one row per record with flat values", async () => {
    const rows = readCsv(await render(csvWriter, [sampleRecord(), sampleRecord({ provider: null, overallRating: null })]));
    expect(rows).toHaveLength(3);
    const [header, first, second] = rows as [string[], string[], string[]];
    const get = (row: string[], col: string) => row[header.indexOf(col)];
    expect(get(first, "path")).toBe("docs/northshire.txt");
    expect(get(first, "provider")).toBe("Northshire Probation Delivery Unit");
    expect(get(first, "provider_type")).toBe("PDU");
    expect(get(first, "provider_areas")).toBe("Northtown; Southtown");
    expect(get(first, "overall_rating")).toBe("Good");
    expect(get(first, "previous_overall_rating")).toBe("Requires improvement");
    expect(get(first, "aspect_leadership")).toBe("Outstanding");
    expect(get(first, "aspect_information_and_facilities")).toBe("Requires improvement");
    expect(get(first, "aspect_out_of_court_disposals")).toBe("Inadequate");
    expect(get(first, "aspect_staff")).toBe("");
    expect(get(first, "people_supervised")).toBe("2500");
    expect(get(first, "people_supervised_qualifier")).toBe("about");
    expect(get(first, "recommendations")).toBe("4");
    expect(get(first, "quotes")).toBe("2");
    expect(get(first, "chief_inspector_quote")).toBe('Staff know people "well", and leaders, too.');
    expect(get(first, "warnings")).toBe("1");
    expect(get(second, "provider")).toBe("");
    expect(get(second, "overall_rating")).toBe("");
  });

  it("writes only the header when there are no records", async () => {
    const text = await render(csvWriter, []);
    expect(text.split("\n")).toHaveLength(2);
    expect(text.startsWith("path,title,")).toBe(true);
  });

  it("finds the Chief Inspector's quote by role when the name is unknown", () => {
    const r = sampleRecord({ chiefInspector: null });
    expect(chiefInspectorQuote(r)).toBe('Staff know people "well", and leaders, too.');
    expect(chiefInspectorQuote(sampleRecord({ quotes: [] }))).toBeNull();
  });
});
