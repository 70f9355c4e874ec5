import { describe, expect, it } from "vitest";

import { ndjsonWriter } from "../../src/output/ndjson.js";
import { render, sampleRecord } from "./sample.js";

describe("ndjson writer", () => {
  it("writes one compact record a line, even when text holds newlines", async () => {
    const a = sampleRecord({ title: "Line one\u2028and two" });
    const b = sampleRecord({ quotes: [{ speaker: null, role: null, text: "para one\n\npara two" }] });
    const text = await render(ndjsonWriter, [a, b]);
    const lines = text.split("\n");
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe("");
    expect(JSON.parse(lines[0]!)).toEqual(a);
    expect(JSON.parse(lines[1]!)).toEqual(b);
  });

  it("writes nothing for no records", async () => {
    expect(await render(ndjsonWriter, [])).toBe("");
  });
});
