/**
 * Every fixture document goes through the CLI (in-process) and its record is
 * compared with the hand-made expected record in fixtures/expected, field by
 * field, with the contract's scoring rules.
 */
import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { basename, extname, join } from "node:path";
import { PassThrough } from "node:stream";
import { run } from "../src/cli/program.js";
import type { Io } from "../src/cli/io.js";
import { Scorer, formatReport } from "../src/eval/score.js";
import { recordSchema } from "../src/schema/record.js";

const root = new URL("../fixtures/", import.meta.url).pathname;
const docsDir = join(root, "docs");
const expectedDir = join(root, "expected");

async function cli(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = "";
  let err = "";
  stdout.on("data", (d) => (out += d));
  stderr.on("data", (d) => (err += d));
  const io: Io = { stdin: new PassThrough(), stdout, stderr, env: { NO_COLOR: "1" }, cwd: process.cwd() };
  const code = await run(argv, io);
  return { code, stdout: out, stderr: err };
}

const docs = readdirSync(docsDir).filter((f) => readdirSync(expectedDir).includes(basename(f, extname(f)) + ".json")).sort();

describe("fixtures through the CLI", () => {
  it("has at least 25 documents with expected records, 8 of them HTML", () => {
    expect(docs.length).toBeGreaterThanOrEqual(25);
    expect(docs.filter((d) => /\.html?$/.test(d)).length).toBeGreaterThanOrEqual(8);
  });

  it("expected records follow the schema", () => {
    for (const f of readdirSync(expectedDir)) {
      const parsed = recordSchema.safeParse(JSON.parse(readFileSync(join(expectedDir, f), "utf8")));
      expect(parsed.success, `${f}: ${parsed.error?.message}`).toBe(true);
    }
  });

  it("scores F1 >= 0.98 with precision >= 0.99 over all fixtures", async () => {
    const scorer = new Scorer();
    for (const doc of docs) {
      const { code, stdout, stderr } = await cli([join(docsDir, doc)]);
      expect(code, `${doc}: ${stderr}`).toBe(0);
      const record = JSON.parse(stdout) as Record<string, unknown>;
      const expected = JSON.parse(readFileSync(join(expectedDir, basename(doc, extname(doc)) + ".json"), "utf8"));
      scorer.score(doc, expected, record);
    }
    const report = scorer.report();
    const summary = formatReport(report, true);
    expect(report.overall.f1, summary).toBeGreaterThanOrEqual(0.98);
    expect(report.overall.p, summary).toBeGreaterThanOrEqual(0.99);
  });
});
