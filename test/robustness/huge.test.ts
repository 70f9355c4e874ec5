/**
 * Huge and hostile shapes finish in bounded time without overflowing the
 * stack: budgets are in CPU time (a shared machine inflates wall time, not
 * CPU time), generous, but far below what a quadratic algorithm needs at
 * these sizes; where a size ladder is used the
 * growth ratio is checked too (linear x10 input ~ x10 time, quadratic ~ x100).
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { recordOf } from "../helpers.js";
import { recordSchema } from "../../src/schema/record.js";
import { DEFAULT_MAX_BYTES } from "../../src/input/read.js";
import { cli, elapsed, tempDir, RELEASE } from "./harness.js";

/** CPU milliseconds (user + system) of one extraction: unlike wall time, not inflated by a busy machine. */
function timed(text: string, format: "text" | "html"): number {
  const c0 = process.cpuUsage();
  const { record } = recordOf(text, format);
  const used = process.cpuUsage(c0);
  const ms = (used.user + used.system) / 1000;
  expect(recordSchema.safeParse(record).success).toBe(true);
  return ms;
}

const deepHtml = (depth: number) =>
  `<html><body>${"<div>".repeat(depth)}<p>HM Inspectorate of Probation rated the Eastbridge service 'Good'.</p>${"</div>".repeat(depth)}</body></html>`;
const htmlList = (n: number) =>
  `<html><body><article><h1>Inspectors list their findings</h1><ul>${Array.from({ length: n }, (_, i) => `<li>Finding ${i}: 1${i % 10},${(i % 900) + 100} cases "were reviewed" by Mr Smith</li>`).join("")}</ul></article></body></html>`;
const textList = (n: number) =>
  `Inspectors list their findings\n\n${Array.from({ length: n }, (_, i) => `- Finding ${i}: 1${i % 10},${(i % 900) + 100} cases "were reviewed" by Mr Smith`).join("\n")}\n`;

describe("size limits", () => {
  it("the default --max-bytes is 20 MB", () => {
    expect(DEFAULT_MAX_BYTES).toBe(20 * 1024 * 1024);
  });

  it("a 30 MB text file is refused with one clear line, exit code 1", async () => {
    const dir = tempDir();
    const file = join(dir, "huge.txt");
    writeFileSync(file, Buffer.alloc(30 * 1024 * 1024, "All work and no play. "));
    const t0 = performance.now();
    const r = await cli([file], dir);
    expect(elapsed(t0)).toBeLessThan(10_000); // wall time: the 30 MB are never read
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.errLines).toHaveLength(1);
    expect(r.errLines[0]).toContain(file);
    expect(r.errLines[0]).toMatch(/too large/);
    expect(r.errLines[0]).toMatch(/--max-bytes/);
  });

  it("--max-bytes lowers the limit, and a file under it is read", async () => {
    const dir = tempDir({ "a.txt": RELEASE });
    const over = await cli([join(dir, "a.txt"), "--max-bytes", "100"], dir);
    expect(over.code).toBe(1);
    expect(over.errLines).toHaveLength(1);
    expect(over.errLines[0]).toMatch(/too large/);
    const under = await cli([join(dir, "a.txt"), "--max-bytes", "100000"], dir);
    expect(under.code).toBe(0);
  });

  it("30 MB on standard input is refused too", async () => {
    const dir = tempDir();
    const r = await cli(["-"], dir, Buffer.alloc(30 * 1024 * 1024, "x y z "));
    expect(r.code).toBe(1);
    expect(r.errLines).toHaveLength(1);
    expect(r.errLines[0]).toMatch(/too large/);
  });
});

describe("bounded time on hostile shapes", () => {
  it("a 2 MB single line", () => {
    const sentence = 'The inspectors said "staff were good" in 1,234 of 5,678 cases, Mr Smith noted; ';
    const line = sentence.repeat(Math.ceil((2 * 1024 * 1024) / sentence.length));
    expect(timed(line, "text")).toBeLessThan(20_000);
  });

  it("2 MB of one unbroken word and 2 MB of quote marks", () => {
    expect(timed("a".repeat(2 * 1024 * 1024), "text")).toBeLessThan(20_000);
    expect(timed('"'.repeat(1024 * 1024) + "\u201c".repeat(512 * 1024), "text")).toBeLessThan(20_000);
  });

  it("HTML nested 50,000 levels deep (no stack overflow, no quadratic walk)", () => {
    // Fail fast: 10,000 levels must already be quick before 50,000 is tried.
    expect(timed(deepHtml(10_000), "html")).toBeLessThan(5_000);
    expect(timed(deepHtml(50_000), "html")).toBeLessThan(20_000);
  });

  it("100,000 list items, text and HTML, grow about linearly", () => {
    const t10 = timed(textList(10_000), "text");
    const t100 = timed(textList(100_000), "text");
    expect(t100).toBeLessThan(40_000);
    expect(t100 / Math.max(t10, 50)).toBeLessThan(30);
    const h10 = timed(htmlList(10_000), "html");
    const h100 = timed(htmlList(100_000), "html");
    expect(h100).toBeLessThan(40_000);
    expect(h100 / Math.max(h10, 50)).toBeLessThan(30);
  }, 600_000);

  it("a list item hard-wrapped over 50,000 indented lines grows about linearly", () => {
    const wrapped = (n: number) =>
      `Inspectors list their findings\n\n- The first finding starts here\n${Array.from({ length: n }, (_, i) => `  and the item wraps onto line ${i} of a very long bullet point`).join("\n")}\n`;
    const t5 = timed(wrapped(5_000), "text");
    const t50 = timed(wrapped(50_000), "text");
    // joining the item's text again at every line took 27 s for 20,000 lines
    expect(t50).toBeLessThan(20_000);
    expect(t50 / Math.max(t5, 50)).toBeLessThan(30);
  }, 300_000);

  it("20,000 unclosed inline tags and 50,000 stray '<' characters", () => {
    // Unclosed <b><i> nest ever deeper: the same shape as the deep page.
    expect(timed(`<html><body>${"<p><b><i>word ".repeat(20_000)}</body></html>`, "html")).toBeLessThan(10_000);
    expect(timed(`<html><body><p>${"a < b ".repeat(50_000)}</p></body></html>`, "html")).toBeLessThan(20_000);
  }, 120_000);
});
