/**
 * Ratings in prose (prompted by held-out set 7): a rating only imagined, an
 * old rating "N years ago", more aspects "along with" / "as were the
 * company's …" / "as was each of the standards …: list", a grade that "went
 * to" aspects, an unquoted old rating after "down from", and a list of rated
 * aspects going on after a comma. Invented names throughout.
 */
import { describe, expect, it } from "vitest";
import { aspectPairsOf, valueOf } from "../helpers.js";

const overall = (t: string) => valueOf("overall-rating", "overallRating", t);
const previous = (t: string) => valueOf("overall-rating", "previousOverallRating", t);

describe("ratings in prose, held-out set 7 wording", () => {
  it("reads no rating from one only imagined", () => {
    expect(overall("Tarnwick region was rated 'Requires improvement' overall. Had I written the report, the overall rating would have been 'Inadequate'.")).toBe(
      "Requires improvement",
    );
    expect(overall("In my view Tarnwick PDU should be rated 'Inadequate'.")).toBeNull();
    // near miss: "should" elsewhere in the sentence
    expect(overall("Tarnwick PDU has been rated 'Inadequate', which should worry everyone.")).toBe("Inadequate");
  });

  it("reads a rating given years ago as the previous one", () => {
    const now = "Orrin Vale CRC was rated 'Requires improvement' overall. ";
    expect(overall(now + "The CRC was rated 'Inadequate' by the inspectors two years ago, and few expected better.")).toBe("Requires improvement");
    expect(previous(now + "The CRC was rated 'Inadequate' by the inspectors two years ago, and few expected better.")).toBe("Inadequate");
    expect(previous("Orrin Vale CRC was rated 'Good' three years ago.")).toBe("Good");
    // near miss: weeks, not years
    expect(overall("Orrin Vale CRC was rated 'Good' by inspectors two weeks ago.")).toBe("Good");
  });

  it("reads more aspects rated the same: 'along with', 'as were the company's'", () => {
    expect(aspectPairsOf("Staff and planning were both judged to require improvement, along with unpaid work and Through the Gate, the service for prisoners.")).toEqual(
      expect.arrayContaining(["Unpaid work=Requires improvement", "Through the Gate=Requires improvement", "Staff=Requires improvement"]),
    );
    expect(aspectPairsOf("Leadership was rated 'Good', as were the company's information and facilities, which were new.")).toEqual(["Information and facilities=Good", "Leadership=Good"]);
    expect(aspectPairsOf("Leadership was rated 'Good', together with its unpaid work.")).toEqual(["Leadership=Good", "Unpaid work=Good"]);
    // near miss: a person along with it
    expect(aspectPairsOf("Staff were judged to require improvement, along with the new manager who arrived in May.")).toEqual(["Staff=Requires improvement"]);
  });

  it("reads a group of standards listed after a colon", () => {
    expect(aspectPairsOf("Staffing was rated inadequate, as was each of the four standards for case work: assessment, planning, implementation and delivery, and reviewing.")).toEqual([
      "Assessment=Inadequate",
      "Implementation and delivery=Inadequate",
      "Planning=Inadequate",
      "Reviewing=Inadequate",
      "Staff=Inadequate",
    ]);
    expect(aspectPairsOf("Leadership was rated 'Good', as were two areas of its work: unpaid work and accredited programmes.")).toEqual([
      "Accredited programmes=Good",
      "Leadership=Good",
      "Unpaid work=Good",
    ]);
    // near miss: no group of standards before the colon
    expect(aspectPairsOf("Leadership was rated 'Good', as were the people it serves: offenders and victims.")).toEqual(["Leadership=Good"]);
  });

  it("reads a grade that 'went to' aspects", () => {
    expect(aspectPairsOf("The lowest grade, 'Inadequate', went to three areas: assessment, the implementation and delivery of sentences, and reviewing.")).toEqual([
      "Assessment=Inadequate",
      "Implementation and delivery=Inadequate",
      "Reviewing=Inadequate",
    ]);
    expect(aspectPairsOf("The top grade, 'Outstanding', went to unpaid work.")).toEqual(["Unpaid work=Outstanding"]);
    // near miss: a grade that went to another provider
    expect(aspectPairsOf("The grade 'Inadequate' went to Fenley PDU.")).toEqual([]);
  });

  it("reads an unquoted old rating after 'down from' with when it was given", () => {
    const lead = "Brackhurst PDU was given the lowest of four possible grades by the inspectorate. ";
    expect(previous(lead + "The grade is down from requires improvement at the unit's last inspection, in 2022.")).toBe("Requires improvement");
    expect(previous(lead + "Its rating was up from poor in 2019.")).toBe("Inadequate");
    expect(previous("Brackhurst PDU was rated 'Good'. The grade is up from requires improvement at its last inspection.")).toBe("Requires improvement");
    // near miss: no time it was given, and no rating
    expect(previous(lead + "The grade is up from good levels of staffing.")).toBeNull();
  });

  it("reads a list of rated aspects going on after a comma", () => {
    expect(aspectPairsOf("Leadership was rated 'Good', staffing 'Inadequate', and both services and information and facilities 'Requires improvement'.")).toEqual([
      "Information and facilities=Requires improvement",
      "Leadership=Good",
      "Services=Requires improvement",
      "Staff=Inadequate",
    ]);
    expect(aspectPairsOf("Leadership was rated 'Outstanding', and both its staff 'Inadequate'.")).toEqual(["Leadership=Outstanding", "Staff=Inadequate"]);
  });

  it("reads a subject in its own words that opens a list of rated aspects", () => {
    expect(aspectPairsOf("On the custody side, risk management was rated 'Inadequate', unpaid work 'Requires improvement' and accredited programmes 'Good'.")).toEqual([
      "Accredited programmes=Good",
      "Risk management=Inadequate",
      "Unpaid work=Requires improvement",
    ]);
    // near misses: alone, and a team rather than an aspect
    expect(aspectPairsOf("Risk management was rated 'Inadequate'.")).toEqual([]);
    expect(aspectPairsOf("The team was rated 'Inadequate', unpaid work 'Requires improvement'.")).toEqual(["Unpaid work=Requires improvement"]);
  });
});
