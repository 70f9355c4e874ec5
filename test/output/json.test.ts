import { describe, expect, it } from "vitest";

import { jsonWriter, prettyWriter } from "../../src/output/json.js";
import { EncodedRecord, WRITERS, writerFor, type WrittenRecord } from "../../src/output/index.js";
import { ndjsonWriter } from "../../src/output/ndjson.js";
import { render, sampleRecord } from "./sample.js";
import { Sink } from "../cli/fake-io.js";

describe("json writer", () => {
  it("writes a JSON array of the records in order", async () => {
    const a = sampleRecord();
    const b = sampleRecord({ title: "Second" });
    const text = await render(jsonWriter, [a, b]);
    expect(JSON.parse(text)).toEqual([a, b]);
    expect(text.startsWith("[\n{")).toBe(true);
    expect(text.endsWith("}\n]\n")).toBe(true);
  });

  it("writes [] when there are no records", async () => {
    expect(await render(jsonWriter, [])).toBe("[]\n");
  });

  it("pretty writer prints one indented object", async () => {
    const text = await render(prettyWriter, [sampleRecord()]);
    expect(text.startsWith('{\n  "schemaVersion": "1",')).toBe(true);
    expect(JSON.parse(text).title).toBe("Northshire probation service rated 'Good'");
  });

  it("maps format names to writers; default is pretty for one input and NDJSON for several", () => {
    expect(Object.keys(WRITERS).sort()).toEqual(["csv", "json", "ndjson", "table"]);
    expect(writerFor(undefined, 1)).toBe(prettyWriter);
    expect(writerFor(undefined, 2)).toBe(ndjsonWriter);
    expect(writerFor("json", 1)).toBe(jsonWriter);
  });

  it("prints a record handed over as JSON text as it is, and parses it only for the formats that need the object", async () => {
    const record = sampleRecord();
    const encoded = new EncodedRecord(JSON.stringify(record));
    const write = async (name: keyof typeof WRITERS | "pretty", r: WrittenRecord) => {
      const sink = new Sink();
      const w = (name === "pretty" ? prettyWriter : WRITERS[name])(sink, { color: false });
      await w.write(r);
      await w.end();
      return sink.text();
    };
    for (const name of ["ndjson", "json", "csv", "table", "pretty"] as const) {
      expect(await write(name, new EncodedRecord(JSON.stringify(record)))).toBe(await write(name, record));
    }
    // NDJSON copies the text through (a text no writer would produce shows it was not re-serialised)
    expect(await write("ndjson", new EncodedRecord('{"as":"given"}'))).toBe('{"as":"given"}\n');
    expect(encoded.record).toEqual(record);
  });
});
