import { describe, expect, it } from "vitest";
import { firstHitFrom } from "../../../src/extractors/lib/hits.js";

describe("firstHitFrom", () => {
  // pairs: [start, x]
  const hits = [3, 1, 10, 4, 10, 2, 25, 7];
  it("finds the first pair starting at or after a position", () => {
    expect(firstHitFrom(hits, 0)).toBe(0);
    expect(firstHitFrom(hits, 3)).toBe(0);
    expect(firstHitFrom(hits, 4)).toBe(2);
    expect(firstHitFrom(hits, 10)).toBe(2);
    expect(firstHitFrom(hits, 11)).toBe(6);
    expect(firstHitFrom(hits, 25)).toBe(6);
  });
  it("gives the length when no pair starts that late, and for no hits", () => {
    expect(firstHitFrom(hits, 26)).toBe(8);
    expect(firstHitFrom([], 0)).toBe(0);
  });
});
