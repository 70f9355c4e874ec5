/**
 * Ratings as reporters word them (prompted by held-out set 8): another
 * provider named by its kind alone ("rates the CRC …"), a predicate after an
 * example aside, an aside that gives the inspectorate's name for an aspect,
 * loose names for standards, "as was its work with partner agencies", and
 * "across all four standards". Invented names throughout.
 */
import { describe, expect, it } from "vitest";
import { aspectPairsOf, valueOf } from "../helpers.js";

const overall = (t: string) => valueOf("overall-rating", "overallRating", t);
const previous = (t: string) => valueOf("overall-rating", "previousOverallRating", t);
const previousDate = (t: string) => valueOf("dates-previous-inspection", "dates.previousInspection", t);

describe("ratings in reporters' words (set 8)", () => {
  it("reads 'the CRC' as another provider in a document about an NPS division", () => {
    const lead =
      "NPS BRACKENMOOR RATED 'GOOD'\n\nThe Brackenmoor division of the National Probation Service (NPS) has been rated 'Good' by HM Inspectorate of Probation.\n\nThe division supervises around 3,000 people in Brackenmoor and Tilney. Inspectors visited the NPS Brackenmoor division in May.\n\n";
    expect(overall(lead + "Brackenmoor Community Rehabilitation Company was inspected at the same time. Its report, also out today, rates the CRC 'Inadequate'.")).toBe("Good");
    expect(overall(lead + "A separate report rates the CRC 'Requires improvement'.")).toBe("Good");
    // near miss: "the CRC" in a document about a CRC is the main provider
    const crc =
      "BRACKENMOOR CRC RATED 'INADEQUATE'\n\nBrackenmoor Community Rehabilitation Company (CRC) has been rated 'Inadequate' by HM Inspectorate of Probation.\n\nThe company supervises around 5,000 people in Brackenmoor.\n\n";
    expect(overall(crc + "The report rates the CRC 'Inadequate'.")).toBe("Inadequate");
  });

  it("finds the subject before an example aside and a predicate", () => {
    expect(aspectPairsOf("It said the Farrow team's work with children given out-of-court disposals, such as cautions, was the weakest part of its work and was rated 'Inadequate'.")).toEqual([
      "Out-of-court disposals=Inadequate",
    ]);
    expect(aspectPairsOf("Its unpaid work, including community payback projects, was the strongest area and was rated 'Good'.")).toEqual(["Unpaid work=Good"]);
    // near miss: no example aside, the predicate is not skipped
    expect(aspectPairsOf("The Farrow team, with its work on unpaid work, was the busiest in the region and was rated 'Good'.")).toEqual([]);
  });

  it("reads an aside that names the aspect, and 'as was its work with partner agencies'", () => {
    expect(
      aspectPairsOf("The way the service is steered by its board, which inspectors called leadership and governance, was rated ‘Outstanding’, as was its work with partner agencies such as schools and the police."),
    ).toEqual(["Governance and leadership=Outstanding", "Partnerships and services=Outstanding"]);
    expect(aspectPairsOf("How the board runs the service, which the report called governance and leadership, was rated 'Good'.")).toEqual(["Governance and leadership=Good"]);
    // near miss: the aside names nothing the inspectorate rates
    expect(aspectPairsOf("The board, which inspectors called lively, was rated 'Good'.")).toEqual([]);
  });

  it("reads loose names for assessment and planning", () => {
    expect(aspectPairsOf("Staffing was rated ‘Good’, and so was how well the service assesses children who have been sentenced by the courts.")).toEqual([
      "Assessment=Good",
      "Staff=Good",
    ]);
    expect(aspectPairsOf("Inspectors rated the way it plans work with children ‘Requires improvement’, saying plans were thin.")).toEqual(["Planning=Requires improvement"]);
    // near miss: "so did the staff who …" is people, not an aspect
    expect(aspectPairsOf("Planning was rated 'Good', and so did the staff who spoke to us.")).toEqual(["Planning=Good"]);
  });

  it("reads 'across all four standards' as the subject's own standards", () => {
    expect(aspectPairsOf("Its work with children given out-of-court disposals was rated ‘Good’ across all four standards, and its resettlement work was also graded ‘Good’.")).toEqual([
      "Out-of-court disposals=Good",
      "Resettlement=Good",
    ]);
    expect(aspectPairsOf("Out-of-court disposal work was rated 'Inadequate' across all its standards.")).toEqual(["Out-of-court disposals=Inadequate"]);
    // near miss: "all four standards of case supervision" names the standards
    expect(aspectPairsOf("The unit was rated 'Good' across all four standards of case supervision.")).toEqual([
      "Assessment=Good",
      "Implementation and delivery=Good",
      "Planning=Good",
      "Reviewing=Good",
    ]);
  });

  it("reads a group with its members in brackets, rated in lower case with 'too'", () => {
    expect(aspectPairsOf("All four case supervision standards (assessment, planning, implementation and delivery, reviewing) were rated inadequate too.")).toEqual([
      "Assessment=Inadequate",
      "Implementation and delivery=Inadequate",
      "Planning=Inadequate",
      "Reviewing=Inadequate",
    ]);
    expect(aspectPairsOf("Unpaid work was rated good too.")).toEqual(["Unpaid work=Good"]);
    // near miss: "too" that runs on is no plain end
    expect(aspectPairsOf("Unpaid work was rated good too often to count.")).toEqual([]);
  });

  it("reads 'work to deliver and review sentences' as two standards", () => {
    expect(aspectPairsOf("Assessment was rated 'Good', while work to deliver and review sentences was rated 'Inadequate'.")).toEqual([
      "Assessment=Good",
      "Implementation and delivery=Inadequate",
      "Reviewing=Inadequate",
    ]);
    expect(aspectPairsOf("Its work to implement and review sentence plans was rated 'Requires improvement'.")).toEqual([
      "Implementation and delivery=Requires improvement",
      "Reviewing=Requires improvement",
    ]);
    // near miss: a rating of the unit, the verbs elsewhere
    expect(aspectPairsOf("Staff deliver and review nothing alone, and the unit was rated 'Good'.")).toEqual([]);
  });

  it("reads 'that's the same rating we got last time round, in 2022'", () => {
    const lead = "Ashby Mere PDU was inspected in March.\n\nThe headline: overall we were rated requires improvement. ";
    expect(previous(lead + "That's the same rating we got last time round, in 2022, which is a mixed blessing.")).toBe("Requires improvement");
    expect(previousDate(lead + "That's the same rating we got last time round, in 2022, which is a mixed blessing.")).toBe("2022");
    expect(previousDate(lead + "It was the grade we were given last time, in 2019.")).toBe("2019");
    // near miss: "last time" with no rating or inspection before it
    expect(previousDate("Ashby Mere PDU was inspected in March. We moved offices last time, in 2019.")).toBeNull();
  });

  it("reads a step up from an old rating two sentences after the rating", () => {
    const lead = "Hallam Vale Youth Justice Service (YJS) has been rated 'Outstanding' by HM Inspectorate of Probation.";
    expect(previous(lead + " The report was published on 20 March. This is a step up from the 'Good' rating the service was given at its last inspection, in 2021.")).toBe("Good");
    expect(previous(lead + " The inspection took place in January. It is a move up from the 'Requires improvement' rating it had at its previous inspection.")).toBe(
      "Requires improvement",
    );
    // near miss: the sentence between rates an aspect: the step may be its
    expect(previous(lead + " Planning was rated 'Good'. This is a step up from the 'Requires improvement' rating it was given at its last inspection.")).toBeNull();
  });
});
