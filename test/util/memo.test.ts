import { describe, expect, it } from "vitest";
import { detached, memoByString } from "../../src/util/memo.js";

describe("memoByString", () => {
  it("works each answer out once, null and undefined answers included", () => {
    const calls: string[] = [];
    const f = memoByString((s) => {
      calls.push(s);
      return s === "none" ? null : s === "undef" ? undefined : s.length;
    });
    expect([f("abc"), f("abc"), f("none"), f("none"), f("undef"), f("undef")]).toEqual([3, 3, null, null, undefined, undefined]);
    expect(calls).toEqual(["abc", "none", "undef"]);
  });

  it("stays bounded: a full table is emptied, answers stay right", () => {
    let calls = 0;
    const f = memoByString((s) => (calls++, s.toUpperCase()), 3);
    for (const s of ["a", "b", "c", "d", "a"]) expect(f(s)).toBe(s.toUpperCase());
    expect(calls).toBe(5); // "d" emptied the table, so "a" was worked out again
  });
});

describe("detached", () => {
  it("gives the same text, short or long, whatever it was cut from", () => {
    const doc = "A long document about a probation service, rated ‘Good’ overall. ".repeat(50);
    for (const [a, b] of [[0, 5], [2, 40], [100, 1000]] as const) expect(detached(doc.slice(a, b))).toBe(doc.slice(a, b));
    expect(detached("")).toBe("");
  });

  it("lets a memo keep thousands of keys cut from big texts without keeping the texts", () => {
    const f = memoByString((s) => s.length, 5000);
    const before = process.memoryUsage().heapUsed;
    for (let i = 0; i < 2000; i++) f(`${i} `.repeat(25_000).slice(10, 60)); // each "document" is about 150 KB
    // kept slices would pin 2,000 documents (300 MB); detached copies take a few hundred kilobytes
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(100 * 1024 * 1024);
  });
});

