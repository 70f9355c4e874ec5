/** Held-out set 10: rating wordings of news wires, regional news and council pages (invented names). */
import { describe, expect, it } from "vitest";
import { aspectPairsOf, valueOf } from "../helpers.js";

const pairs = aspectPairsOf;
const overall = (t: string, format?: "text" | "html") => valueOf("overall-rating", "overallRating", t, format);

describe("aspect ratings: a qualifier after the aspects is no aspect", () => {
  it("never reads 'in those cases' as an aspect of the document's own words", () => {
    expect(pairs("Assessment and planning in these cases were both rated good.")).toEqual(["Assessment=Good", "Planning=Good"]);
    expect(pairs("Reviewing and planning in those cases were judged to be inadequate, inspectors said.")).toEqual(["Planning=Inadequate", "Reviewing=Inadequate"]);
    expect(pairs("Unpaid work and reviewing in those cases were rated ‘Good’.")).toEqual(["Reviewing=Good", "Unpaid work=Good"]);
  });
});

describe("aspect ratings: a part rated across all of its standards", () => {
  it("rates the subject, not the aspect of the next clause", () => {
    expect(pairs("The last part, out-of-court disposals, was rated outstanding across all four of its standards, and the team’s resettlement work was also rated good.")).toEqual([
      "Out-of-court disposals=Outstanding",
      "Resettlement=Good",
    ]);
    expect(pairs("Out-of-court disposals was rated good across each of its four standards, while resettlement work was judged inadequate.")).toEqual([
      "Out-of-court disposals=Good",
      "Resettlement=Inadequate",
    ]);
    // a tail that names the aspect rated is still read
    expect(pairs("The service was rated ‘Good’ across its work on out-of-court disposals.")).toEqual(["Out-of-court disposals=Good"]);
  });
});

describe("aspect ratings: a count label in a table under a section row", () => {
  const table = (rows: string): string => `<html><body><article><h1>Ratings</h1><table><thead><tr><th>Standard</th><th>Rating</th></tr></thead><tbody>${rows}</tbody></table></article></body></html>`;

  it("reads 'All four standards' as the section's aspects", () => {
    const html = table(
      `<tr><th colspan="2">Court disposals</th></tr><tr><td>Assessment</td><td>Good</td></tr><tr><th colspan="2">Out-of-court disposals</th></tr><tr><td>All four standards</td><td>Outstanding</td></tr>`,
    );
    expect(pairs(html, "html")).toEqual(["Assessment=Good", "Out-of-court disposals=Outstanding"]);
    const caseWork = table(`<tr><th colspan="2">Court disposals</th></tr><tr><td>All standards</td><td>Requires improvement</td></tr>`);
    expect(pairs(caseWork, "html")).toEqual(["Assessment=Requires improvement", "Implementation and delivery=Requires improvement", "Planning=Requires improvement", "Reviewing=Requires improvement"]);
  });

  it("reads the group from a cell before the count label", () => {
    const html = `<html><body><table><tr><th>Area</th><th>Standard</th><th>Rating</th></tr><tr><td>Out-of-court disposals</td><td>Each standard</td><td>Good</td></tr></table></body></html>`;
    expect(pairs(html, "html")).toEqual(["Out-of-court disposals=Good"]);
  });

  it("gives nothing when the section names no aspect", () => {
    const html = table(`<tr><th colspan="2">Summary of findings</th></tr><tr><td>All four standards</td><td>Good</td></tr>`);
    expect(pairs(html, "html")).toEqual([]);
  });
});

describe("aspect ratings: the services a provider offers", () => {
  it("reads 'the services it offers' as Services", () => {
    expect(pairs("Inspectors rated the services it provides as outstanding.")).toEqual(["Services=Outstanding"]);
    expect(pairs("They rated the team’s leadership and the services it offers as good.")).toEqual(["Leadership=Good", "Services=Good"]);
  });

  it("never reads the Probation Service it belongs to", () => {
    expect(pairs("The Probation Service it belongs to was rated good.")).toEqual([]);
  });
});

describe("aspect ratings: 'rated X as good, and Y as requiring improvement'", () => {
  it("reads the second unquoted rating after 'as' with its own aspects", () => {
    expect(pairs("They rated the unit’s leadership and the services it offers as good, and its staffing and its information and facilities as requiring improvement.")).toEqual([
      "Information and facilities=Requires improvement",
      "Leadership=Good",
      "Services=Good",
      "Staff=Requires improvement",
    ]);
    expect(pairs("Inspectors rated its unpaid work as outstanding, but its staffing as inadequate.")).toEqual(["Staff=Inadequate", "Unpaid work=Outstanding"]);
  });

  it("never reads a second 'as' that names no aspect", () => {
    // (no words of the sentence for an aspect: "described the building as" nor "as good")
    expect(pairs("They rated its leadership as good, and described the building as poor.").filter((p) => p !== "Leadership=Good")).toEqual([]);
  });
});

describe("aspect ratings: a relative clause with a preposition between subject and verb", () => {
  it("takes the subject before 'in which …'", () => {
    expect(pairs("Unpaid work, in which people on community orders repair parks and paint halls, was rated inadequate, the lowest grade.")).toEqual(["Unpaid work=Inadequate"]);
    expect(pairs("Court work, for which the team writes pre-sentence reports, was judged outstanding.")).toEqual(["Court reports and case allocation=Outstanding"]);
  });

  it("never takes an aspect named inside the aside", () => {
    expect(pairs("The team, in which unpaid work is organised, was rated good.")).toEqual([]);
  });
});

describe("overall rating: a quoted word, then who said it", () => {
  it("reads 'X \"requires improvement\", inspectors have said'", () => {
    expect(overall('A probation unit in the Fenland "requires improvement", inspectors have said, with officers carrying heavy caseloads.')).toBe("Requires improvement");
    expect(overall("Marlow Vale Probation Delivery Unit is ‘inadequate’, the probation watchdog has found.")).toBe("Inadequate");
    expect(overall("The youth offending team in Dunholm still ‘requires improvement’, inspectors say.")).toBe("Requires improvement");
  });

  it("never reads a quoted word that is no predicate, or said by someone else", () => {
    expect(overall("The unit’s ‘good’ links with schools, inspectors said, were a strength.")).toBeNull();
    expect(overall("A probation unit in the Fenland \"requires improvement\", its manager has said.")).toBeNull();
  });
});

describe("overall rating: a rating named by its place on the scale", () => {
  it("reads the lowest, second-lowest, second-highest and highest of four", () => {
    expect(overall("Fenbury Probation Delivery Unit (PDU), which covers Fenbury and Ashdale, was given the second-lowest of the four possible ratings by HM Inspectorate of Probation.")).toBe(
      "Requires improvement",
    );
    expect(overall("The youth justice service has been awarded the highest of four grades.")).toBe("Outstanding");
    expect(overall("Marlow Vale PDU was given the lowest of the four possible ratings in a report published today.")).toBe("Inadequate");
  });

  it("never reads an aspect's place, or a place that is no rating", () => {
    expect(overall("Its unpaid work was given the lowest of the four ratings.")).toBeNull();
    expect(overall("The lowest scores of the four teams were in Halton.")).toBeNull();
  });
});
