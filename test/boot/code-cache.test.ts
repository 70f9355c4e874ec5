import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";

import { cachePath, runCached, sourceText, WRITE_CACHE_ENV } from "../../src/boot/code-cache.js";

const saved = process.env[WRITE_CACHE_ENV];
afterEach(() => {
  if (saved === undefined) delete process.env[WRITE_CACHE_ENV];
  else process.env[WRITE_CACHE_ENV] = saved;
});

function bundle(body: string): string {
  const dir = mkdtempSync(join(tmpdir(), "inspect-extract-cache-"));
  const file = join(dir, "b.cjs");
  writeFileSync(file, body);
  return file;
}

describe("runCached", () => {
  it("runs a CommonJS script and returns its exports, with require and __filename", () => {
    const file = bundle(`const p = require("node:path"); module.exports.name = p.basename(__filename); exports.double = (n) => n * 2;`);
    const { exports } = runCached(file);
    expect(exports.name).toBe("b.cjs");
    expect((exports.double as (n: number) => number)(21)).toBe(42);
  });

  it("writes a cache only when training, named by the script's bytes", () => {
    const file = bundle(`exports.f = function f(x) { return x + 1; }; exports.f(1);`);
    delete process.env[WRITE_CACHE_ENV];
    runCached(file).saveCache();
    expect(readdirSync(join(file, "..")).filter((f) => f.endsWith(".cache"))).toEqual([]);
    process.env[WRITE_CACHE_ENV] = "1";
    runCached(file).saveCache();
    const caches = readdirSync(join(file, "..")).filter((f) => f.endsWith(".cache"));
    expect(caches).toHaveLength(1);
    expect(join(file, "..", caches[0]!)).toBe(cachePath(file, readFileSync(file)));
    // Loaded again with the cache in place, it still runs.
    expect((runCached(file).exports.f as (x: number) => number)(2)).toBe(3);
  });

  it("never pairs a changed script with an old cache, even of the same length", () => {
    const a = "exports.v = 'aaaa';";
    const b = "exports.v = 'bbbb';";
    expect(cachePath("/x/b.cjs", Buffer.from(a))).not.toBe(cachePath("/x/b.cjs", Buffer.from(b)));
    const file = bundle(a);
    process.env[WRITE_CACHE_ENV] = "1";
    runCached(file).saveCache();
    writeFileSync(file, b);
    expect(runCached(file).exports.v).toBe("bbbb");
  });

  it("reads a script as UTF-8, or as Latin-1 (the same text, faster) when it is pure ASCII", () => {
    expect(sourceText(Buffer.from("exports.s = 'plain';"))).toBe("exports.s = 'plain';");
    expect(sourceText(Buffer.from("exports.s = '’ é';"))).toBe("exports.s = '’ é';");
    const curly = bundle("exports.s = '\\u2019 ’ é';");
    expect(runCached(curly).exports.s).toBe("’ ’ é");
  });
});
