import { describe, expect, it } from "vitest";

import { wordMask } from "../../src/util/word-mask.js";

describe("wordMask", () => {
  const bits = new Map([
    ["inspect", 1],
    ["inspection", 2],
    ["rating", 4],
  ]);
  const re = /inspection|inspect|rating/gi;

  it("ORs the bits of every word found, any case", () => {
    expect(wordMask(re, bits, "The RATING was given")).toBe(4);
    expect(wordMask(re, bits, "nothing here")).toBe(0);
  });

  it("sees overlapping words (a word inside a longer one)", () => {
    // the alternation matches "inspection" first; stepping one character on finds nothing more,
    // but a separate "inspect" still counts
    expect(wordMask(re, bits, "inspection")).toBe(2);
    expect(wordMask(re, bits, "inspection; we inspect; rating")).toBe(7);
  });

  it("starts afresh on each call, whatever lastIndex the regex was left with", () => {
    re.lastIndex = 50;
    expect(wordMask(re, bits, "rating")).toBe(4);
  });
});
