import { describe, expect, it } from "vitest";
import { memoByString } from "../../src/util/memo.js";

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
