import { describe, expect, it } from "vitest";

import { jsonWriter, prettyWriter } from "../../src/output/json.js";
import { WRITERS, writerFor } from "../../src/output/index.js";
import { ndjsonWriter } from "../../src/output/ndjson.js";
import { render, sampleRecord } from "./sample.js";

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
});
