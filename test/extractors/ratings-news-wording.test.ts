/**
 * Ratings as local news and blogs word them (prompted by held-out set 5):
 * links to other stories, a rating as a bar, "told it requires improvement",
 * "found to require improvement", "the same grade it received when last
 * inspected", and a list of standards set off by spaced hyphens.
 * Invented names throughout.
 */
import { describe, expect, it } from "vitest";
import { aspectPairsOf, valueOf } from "../helpers.js";

const overall = (t: string) => valueOf("overall-rating", "overallRating", t);
const previous = (t: string) => valueOf("overall-rating", "previousOverallRating", t);

describe("ratings in news wording", () => {
  it("never takes a rating from a link to another story", () => {
    const lead =
      "Fernhollow Probation Delivery Unit (PDU) has been rated 'Inadequate' by HM Inspectorate of Probation.\n\nFernhollow PDU supervises about 2,000 people. Inspectors visited Fernhollow PDU in March.\n\n";
    expect(overall(lead + "Related: Ashcombe youth offending team rated ‘Good’ by inspectors")).toBe("Inadequate");
    expect(overall(lead + "Read more – Marlow Cross probation unit rated 'Outstanding'")).toBe("Inadequate");
    expect(overall(lead + "Most popular\n\n- Ashcombe youth justice service rated 'good' by inspectors\n- Town hall parking charges to rise")).toBe("Inadequate");
    // near miss: a sentence that merely starts with the word is prose
    expect(overall("Related to this, Fernhollow PDU has been rated 'Good' by inspectors.")).toBe("Good");
  });

  it("reads no rating from a rating used as a bar", () => {
    expect(overall("Kestrel Vale CRC: eight of ten aspects below 'Good', and a hard year ahead")).toBeNull();
    expect(overall("Kestrel Vale CRC was told that anything less than 'Good' would not do.")).toBeNull();
    // near miss: a rating given, with "below" elsewhere
    expect(overall("Kestrel Vale CRC, below its target on staffing, was rated 'Good' overall.")).toBe("Good");
  });

  it("reads 'told it requires improvement' as a rating", () => {
    expect(overall("The company that runs probation in Dunmere has again been told it requires improvement by the probation watchdog.")).toBe(
      "Requires improvement",
    );
    expect(overall("The probation unit in Harlow Vale was told that it was 'inadequate' by inspectors.")).toBe("Inadequate");
    // near miss: words after it that make it ordinary praise or criticism
    expect(overall("The probation unit in Harlow Vale was told it was good to see partners at the table.")).toBeNull();
  });

  it("reads 'found to require improvement' for aspects, with a plain end only", () => {
    expect(aspectPairsOf("Staffing, information and facilities, assessment and planning were all found to require improvement, while reviewing was rated inadequate.")).toEqual([
      "Assessment=Requires improvement",
      "Information and facilities=Requires improvement",
      "Planning=Requires improvement",
      "Reviewing=Inadequate",
      "Staff=Requires improvement",
    ]);
    expect(aspectPairsOf("Leadership was found to require improvement.")).toEqual(["Leadership=Requires improvement"]);
    // near misses: a share of cases, and "found to be good" (any praise)
    expect(aspectPairsOf("Assessment was found to require improvement in half of the cases inspected.")).toEqual([]);
    expect(aspectPairsOf("Planning was found to be good.")).toEqual([]);
  });

  it("reads 'the same grade it received when last inspected' as the previous overall rating", () => {
    const lead = "Dunmere CRC has again been told it requires improvement by the probation watchdog. The company was given the rating in a report published today. ";
    expect(previous(lead + "It is the same grade the company received when it was last inspected in 2017.")).toBe("Requires improvement");
    expect(previous(lead + "This is the same rating it was given at its last inspection.")).toBe("Requires improvement");
    // near misses: an aspect's grade, and a grade with no earlier inspection
    expect(previous(lead + "It is the same grade the unpaid work team received when it was last inspected in 2017.")).toBeNull();
    expect(previous(lead + "It is the same grade the company gives its own staff.")).toBeNull();
  });

  it("reads a list of standards set off by spaced hyphens", () => {
    expect(aspectPairsOf("The four standards for casework - assessment, planning, implementation and delivery, and reviewing - were all rated 'inadequate'.")).toEqual([
      "Assessment=Inadequate",
      "Implementation and delivery=Inadequate",
      "Planning=Inadequate",
      "Reviewing=Inadequate",
    ]);
    expect(aspectPairsOf("All four standards covering the supervision of cases - assessment, planning, implementation and delivery, and reviewing - were rated 'Good'.")).toEqual([
      "Assessment=Good",
      "Implementation and delivery=Good",
      "Planning=Good",
      "Reviewing=Good",
    ]);
    // near miss: a hyphenated word is no dash
    expect(aspectPairsOf("Its case-management work, planning and reviewing were rated 'Good'.")).toEqual(["Planning=Good", "Reviewing=Good"]);
  });
});
