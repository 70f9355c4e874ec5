import { describe, expect, it } from "vitest";

import { MAY_HAVE_NUM, SW_EARLIER, SW_FRACTION, SW_MONTH, SW_NUM, SW_SICK, SW_VISIT, sentenceGates, sentenceMayHaveNum } from "../../../src/extractors/lib/numbers.js";
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
