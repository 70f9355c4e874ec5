import { describe, expect, it } from "vitest";

import { lean, MAY_HAVE_NUM, SW_EARLIER, SW_FRACTION, SW_MONTH, SW_NUM, SW_SICK, SW_VISIT, sentenceGates, sentenceMayHaveNum } from "../../../src/extractors/lib/numbers.js";
import { segment } from "../../../src/segment/index.js";

/** The gate bits of a one-sentence document. */
function gates(sentence: string): number {
  const doc = segment({ text: sentence, format: "text" });
  expect(doc.sentences).toHaveLength(1);
  return sentenceGates(doc, 0);
}

describe("sentence gate bits (one scan for the sentence-by-sentence extractors)", () => {
  it("finds a digit or a whole number word, as MAY_HAVE_NUM does", () => {
    for (const s of ["It supervised 6,235 people.", "Some Forty staff left.", "There were twelve inspectors.", "No figures here at all.", "A tenfold rise, no count."]) {
      expect((gates(s) & SW_NUM) !== 0, s).toBe(MAY_HAVE_NUM.test(s));
    }
  });
  it("finds each group's words where a word starts, in any case", () => {
    expect(gates("Inspectors VISITED in MAY.") & (SW_VISIT | SW_MONTH)).toBe(SW_VISIT | SW_MONTH);
    expect(gates("A third of cases were late.") & SW_FRACTION).toBe(SW_FRACTION);
    expect(gates("At the previous inspection it was Good.") & SW_EARLIER).toBe(SW_EARLIER);
    expect(gates("Staff sickness averaged ten days.") & SW_SICK).toBe(SW_SICK);
    // inside a word they do not count: "dismay", "revisit" would not start a date or visit pattern
    expect(gates("To our dismay the revisited plan failed.") & (SW_MONTH | SW_VISIT)).toBe(0);
    // "sick" counts only as a whole word
    expect(gates("The sickly plant was fine.") & SW_SICK).toBe(0);
  });
  it("scans a sentence once and answers sentenceMayHaveNum from the same bits", () => {
    const doc = segment({ text: "The CRC supervised about 5,000 people. Nothing else was said.", format: "text" });
    expect(sentenceMayHaveNum(doc, 0)).toBe(true);
    expect(sentenceMayHaveNum(doc, 1)).toBe(false);
    expect(sentenceGates(doc, 0) & SW_NUM).toBe(SW_NUM);
  });
});

describe("lean (a pattern V8 compiles without unrolling small repeats)", () => {
  it("rewrites a small repeat of a character, an escape or a non-capturing group, and nothing else", () => {
    expect(lean(String.raw`a\s{1,3}b`)).toBe(String.raw`a(?:\s|(?!)){1,3}b`);
    expect(lean("ab{0,2}c")).toBe("a(?:b|(?!)){0,2}c");
    expect(lean(String.raw`x(?:of\s)?y`)).toBe(String.raw`x(?:of\s|(?!))?y`);
    expect(lean(String.raw`(of\s)?y`)).toBe(String.raw`(of\s)?y`); // a group with a capture: left alone
    expect(lean(String.raw`\d{1,9}`)).toBe(String.raw`\d{1,9}`); // a wide repeat is never unrolled
    expect(lean(String.raw`[a-z?]{1,2}`)).toBe(String.raw`(?:[a-z?]|(?!)){1,2}`);
  });

  it("reads an escaped backslash, an assertion and the end of an alternative as what they are", () => {
    // "\\\\" is an escaped backslash, so the repeat is of "s" alone
    expect(lean(String.raw`a\\s?`)).toBe(String.raw`a\\(?:s|(?!))?`);
    // an escape after an escaped backslash
    expect(lean(String.raw`\\\s?`)).toBe(String.raw`\\(?:\s|(?!))?`);
    // \b, |, ^ cannot be repeated: the "?" after them is left alone (as V8 would reject or ignore it)
    expect(lean(String.raw`(?:a|\b)?`)).toBe(String.raw`(?:a|\b|(?!))?`);
    expect(lean(String.raw`\u00a0?x`)).toBe(String.raw`(?:\u00a0|(?!))?x`);
    expect(lean(String.raw`\p{L}{1,2}`)).toBe(String.raw`(?:\p{L}|(?!)){1,2}`);
  });

  it("matches exactly what the original matches", () => {
    const source = String.raw`\b(?:more\s{1,3}than|over)\s{1,3}(\d{1,3}(?:,\d{3})?)\s?(?:cases|people)\b`;
    const a = new RegExp(source, "i");
    const b = new RegExp(lean(source), "i");
    for (const text of ["over 12 cases", "more   than 1,234people", "more than  9 people", "morethan 3 cases", "over    4 cases"]) {
      expect(b.exec(text)?.slice(0, 2)).toEqual(a.exec(text)?.slice(0, 2));
    }
  });
});
