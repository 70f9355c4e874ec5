/**
 * Held-out sets 19 and 21: "of the ten areas … that inspectors graded", "was
 * found to require improvement for <aspects>", a run of "» headline" links
 * whose heading is gone, "the second-lowest of the four possible grades – the
 * same rating it received after inspectors' last visit", and "found that
 * <aspects> required improvement" (invented names).
 */
import { describe, expect, it } from "vitest";
import { aspectPairsOf, valueOf } from "../helpers.js";

const pairs = aspectPairsOf;
const overall = (t: string) => valueOf("overall-rating", "overallRating", t);
const previous = (t: string) => valueOf("overall-rating", "previousOverallRating", t);
const count = (t: string) => valueOf("aspects-inspected", "aspectsInspected", t);

const NEWS = "Probation firm told to improve\n\nBy Ann Reporter\nTuesday, March 12, 2019\n\n";

describe("aspects inspected: 'of the N areas of its work that inspectors graded'", () => {
  it("reads the count", () => {
    expect(count(NEWS + "Of the nine areas of its work that inspectors graded, the company was judged good for leadership.")).toBe(9);
  });
  it("not areas that inspectors merely praised", () => {
    expect(count(NEWS + "Of the nine areas of its work that inspectors praised, the company was judged good for leadership.")).toBeNull();
  });
});

describe("aspect ratings: 'was found to require improvement for <aspects>'", () => {
  it("reads the aspects after 'for'", () => {
    expect(pairs(NEWS + "Brackley CRC was found to require improvement for staffing and assessment, while reviewing was rated inadequate.")).toEqual([
      "Assessment=Requires improvement",
      "Reviewing=Inadequate",
      "Staff=Requires improvement",
    ]);
  });
  it("not 'found to require improvement in' a share of cases", () => {
    expect(pairs(NEWS + "Brackley CRC was found to require improvement in staffing and assessment.")).toEqual([]);
  });
});

describe("overall rating: a run of '» headline' links", () => {
  const body = NEWS + "The company that supervises offenders in Brackley has again been told it requires improvement by the probation watchdog.\n\n";
  it("ignores a rating in a run of marked links", () => {
    expect(overall(body + "» Moss prison kitchens praised\n\n» Fenwick youth offending team rated 'good'\n\n» New office opens")).toBe("Requires improvement");
  });
  it("a single marked line is still read", () => {
    expect(overall(NEWS + "» Brackley CRC was rated 'Good' overall by HM Inspectorate of Probation.")).toBe("Good");
  });
});

describe("previous overall rating: '– the same rating it received after … last visit'", () => {
  it("reads the same grade as the old one", () => {
    const text = NEWS + "Brackley CRC was given the second-lowest of the four possible grades by inspectors this week – the same rating it received after their last visit in 2017.";
    expect(overall(text)).toBe("Requires improvement");
    expect(previous(text)).toBe("Requires improvement");
  });
  it("not a same rating with no earlier visit", () => {
    const text = NEWS + "Brackley CRC was given the second-lowest of the four possible grades by inspectors this week – the same rating it received in 2017 from a local panel.";
    expect(previous(text)).toBeNull();
  });
});

describe("aspect ratings: 'found that <aspects> required improvement'", () => {
  it("reads the aspects", () => {
    expect(pairs(NEWS + "Inspectors judged its leadership good, and found that both services and unpaid work required improvement.")).toEqual([
      "Leadership=Good",
      "Services=Requires improvement",
      "Unpaid work=Requires improvement",
    ]);
  });
  it("not 'the work required improvement in planning'", () => {
    expect(pairs(NEWS + "Inspectors judged its leadership good, and found that the work required improvement in planning.")).toEqual(["Leadership=Good"]);
  });
  it("not aspects with more after", () => {
    expect(pairs(NEWS + "Inspectors judged its leadership good, and found that planning required improvement in a third of cases.")).toEqual(["Leadership=Good"]);
  });
});
