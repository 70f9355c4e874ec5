import { describe, expect, it } from "vitest";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";

import { arrayElementOffsets, locateRecords } from "../../src/cli/validate.js";
import { DOC_A, DOC_B, DOC_C, runCli, tempTree } from "./fake-io.js";

describe("validate", () => {
  it("accepts the tool's own records: NDJSON, a JSON array, one object, from a file or stdin", async () => {
    const cwd = await tempTree({ "a.txt": DOC_A, "b.html": DOC_B, "c.txt": DOC_C });
    const ndjson = (await runCli(["a.txt", "b.html", "c.txt"], { cwd })).stdout;
    const array = (await runCli(["a.txt", "b.html", "c.txt", "--format", "json"], { cwd })).stdout;
    const single = (await runCli(["a.txt", "--evidence"], { cwd })).stdout;
    await writeFile(join(cwd, "r.ndjson"), ndjson);
    const viaFile = await runCli(["validate", "r.ndjson"], { cwd });
    expect(viaFile.code).toBe(0);
    expect(viaFile.stderr).toBe("inspect-extract: r.ndjson: 3 records checked, 0 invalid\n");
    const viaStdin = await runCli(["validate", "-"], { cwd, stdin: array });
    expect(viaStdin.code).toBe(0);
    expect(viaStdin.stderr).toContain("3 records checked, 0 invalid");
    const one = await runCli(["validate"], { cwd, stdin: single });
    expect(one.code).toBe(0);
    expect(one.stderr).toContain("1 record checked, 0 invalid");
  });

  it("rejects broken records with their line and failing path", async () => {
    const cwd = await tempTree({ "a.txt": DOC_A, "c.txt": DOC_C });
    const lines = (await runCli(["a.txt", "c.txt"], { cwd })).stdout.trim().split("\n");
    const broken = JSON.parse(lines[1]!);
    broken.overallRating = "Excellent";
    broken.aspectRatings = [{ aspect: "Leadership", rating: "Fine", previousRating: null }];
    delete broken.dates;
    const text = [lines[0], "", JSON.stringify(broken), "{not json"].join("\n") + "\n";
    const r = await runCli(["validate", "-"], { cwd, stdin: text });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^inspect-extract: <stdin>:3: record 2: overallRating: /m);
    expect(r.stderr).toMatch(/^inspect-extract: <stdin>:3: record 2: aspectRatings\.0\.rating: /m);
    expect(r.stderr).toMatch(/^inspect-extract: <stdin>:3: record 2: dates: /m);
    expect(r.stderr).toMatch(/^inspect-extract: <stdin>:4: record 3: not valid JSON/m);
    expect(r.stderr).not.toMatch(/<stdin>:1:/);
    expect(r.stderr).toContain("3 records checked, 2 invalid");
  });

  it("gives the line of each element of a pretty JSON array", async () => {
    const text = JSON.stringify([{ a: "[x]" }, { b: { c: [1, 2] } }, "s,t"], null, 2);
    const offsets = arrayElementOffsets(text);
    expect(offsets.map((o) => text[o])).toEqual(["{", "{", '"']);
    const located = locateRecords(text);
    expect(located.map((l) => l.line)).toEqual([2, 5, 13]);
    const r = await runCli(["validate"], { cwd: await tempTree({}), stdin: text });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/<stdin>:2: record 1: schemaVersion: /);
    expect(r.stderr).toMatch(/<stdin>:13: record 3: \(record\): /);
  });

  it("fails on a missing file, empty input and invalid JSON", async () => {
    const cwd = await tempTree({});
    expect((await runCli(["validate", "nope.json"], { cwd })).stderr).toContain("inspect-extract: nope.json: no such file");
    expect((await runCli(["validate"], { cwd, stdin: "  \n" })).code).toBe(1);
    const bad = await runCli(["validate"], { cwd, stdin: '{\n  "a": 1,\n  oops\n}' });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/<stdin>:3: record 1: not valid JSON/);
  });
});
