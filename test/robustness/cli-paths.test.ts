/**
 * Through the CLI (in-process): every input that cannot be read ends with
 * exit code 1 and ONE line on stderr naming the file and the reason, never a
 * stack trace; good inputs beside it are still extracted.
 */
import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { recordSchema } from "../../src/schema/record.js";
import { cli, randomBytes, tempDir, RELEASE } from "./harness.js";

const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
const STACK = /^\s+at\s|\.ts:\d+|\.js:\d+|Error:/m;

function expectOneClearLine(r: { code: number; errLines: string[]; stderr: string }, file: string, reason: RegExp): void {
  expect(r.code).toBe(1);
  expect(r.errLines).toHaveLength(1);
  expect(r.errLines[0]).toContain(file);
  expect(r.errLines[0]).toMatch(reason);
  expect(r.stderr).not.toMatch(STACK);
}

describe("bad inputs through the CLI", () => {
  const cases: [string, string | Uint8Array, RegExp][] = [
    ["empty.txt", "", /empty/],
    ["blank.txt", "\n\n   \n", /empty/],
    ["report.pdf", Buffer.concat([Buffer.from("%PDF-1.4\n"), Buffer.from(randomBytes(3000, 9))]), /PDF.*convert it to text/],
    ["image.png", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...randomBytes(500, 4)]), /not a text or HTML document/],
    ["noise.bin", randomBytes(20_000, 21), /not a text or HTML document/],
    ["noise.txt", randomBytes(20_000, 22, { noNul: true }), /not a text or HTML document/],
  ];
  for (const [name, content, reason] of cases) {
    it(`${name}: exit 1, one line naming the file and why`, async () => {
      const dir = tempDir({ [name]: content });
      expectOneClearLine(await cli([join(dir, name)], dir), name, reason);
    });
  }

  it("a missing file", async () => {
    const dir = tempDir();
    expectOneClearLine(await cli([join(dir, "nowhere.txt")], dir), "nowhere.txt", /no such file/);
  });

  it("a symbolic link that loops", async () => {
    const dir = tempDir();
    symlinkSync(join(dir, "b.txt"), join(dir, "a.txt"));
    symlinkSync(join(dir, "a.txt"), join(dir, "b.txt"));
    expectOneClearLine(await cli([join(dir, "a.txt")], dir), "a.txt", /link loop|loop/);
  });

  it("a good file beside bad ones is still extracted; the exit code is still 1", async () => {
    const dir = tempDir({ "good.txt": RELEASE, "empty.txt": "" });
    const r = await cli([join(dir, "empty.txt"), join(dir, "good.txt"), join(dir, "missing.txt")], dir);
    expect(r.code).toBe(1);
    expect(r.errLines).toHaveLength(2);
    expect(r.errLines[0]).toContain("empty.txt");
    expect(r.errLines[1]).toContain("missing.txt");
    expect(r.stderr).not.toMatch(STACK);
    const first = r.stdout.trim().split("\n")[0]!.startsWith("{\"") ? r.stdout.trim().split("\n")[0]! : r.stdout;
    const record = recordSchema.parse(JSON.parse(first));
    expect(record.source.path).toContain("good.txt");
  });

  it.skipIf(isRoot)("a file inside a folder without permission", async () => {
    const dir = tempDir({ "locked/a.txt": RELEASE });
    chmodSync(join(dir, "locked"), 0o000);
    try {
      expectOneClearLine(await cli([join(dir, "locked", "a.txt")], dir), "a.txt", /permission denied/);
    } finally {
      chmodSync(join(dir, "locked"), 0o755);
    }
  });

  it.skipIf(isRoot)("a file without read permission", async () => {
    const dir = tempDir({ "secret.txt": RELEASE });
    chmodSync(join(dir, "secret.txt"), 0o000);
    expectOneClearLine(await cli([join(dir, "secret.txt")], dir), "secret.txt", /permission denied/);
  });

  it("running as root is detected (the permission tests above are skipped then: root reads anything)", () => {
    const dir = tempDir({ "locked/a.txt": RELEASE });
    chmodSync(join(dir, "locked"), 0o000);
    let readable = true;
    try {
      writeFileSync(join(dir, "locked", "probe.txt"), "x");
    } catch {
      readable = false;
    } finally {
      chmodSync(join(dir, "locked"), 0o755);
    }
    expect(readable).toBe(isRoot);
  });
});

describe("folders (batch mode)", () => {
  it("a folder with a symlink loop, an empty file and a good file", async () => {
    const dir = tempDir({ "docs/good.txt": RELEASE, "docs/empty.txt": "" });
    mkdirSync(join(dir, "docs", "sub"));
    symlinkSync(join(dir, "docs"), join(dir, "docs", "sub", "up"));
    symlinkSync(join(dir, "docs", "self.txt"), join(dir, "docs", "self.txt"));
    const r = await cli([join(dir, "docs")], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toMatch(STACK);
    // One record (the good file, found once, not once per trip round the loop)...
    const records = r.stdout.trim().split("\n").filter((l) => l.startsWith("{"));
    expect(records).toHaveLength(1);
    expect(recordSchema.parse(JSON.parse(records[0]!)).source.path).toContain("good.txt");
    // ...and one line per bad file, each naming it.
    expect(r.errLines.some((l) => l.includes("empty.txt") && /empty/.test(l))).toBe(true);
    for (const line of r.errLines) expect(line).toMatch(/empty\.txt|self\.txt|up/);
  });
});
