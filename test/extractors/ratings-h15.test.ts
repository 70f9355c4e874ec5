/** Held-out set 15: numbered own-words table labels, standards listed after "all four standards", a step after a place on the scale, "as was its work with victims of crime", a numbered range line (invented names). */
import { describe, expect, it } from "vitest";
import { aspectPairsOf, valueOf } from "../helpers.js";

const pairs = aspectPairsOf;
const previous = (t: string, format?: "text" | "html") => valueOf("overall-rating", "previousOverallRating", t, format);

describe("aspect ratings: a table label in the document's own words keeps its words, not its number", () => {
  const table = (rows: [string, string][]) =>
    `<html><body><h1>Northmere region inspected</h1><p>HM Inspectorate of Probation has rated the Northmere region 'Requires improvement'.</p><table><thead><tr><th>Standard</th><th>Rating</th></tr></thead><tbody>${rows
      .map(([a, r]) => `<tr><td>${a}</td><td>${r}</td></tr>`)
      .join("")}</tbody></table></body></html>`;

  it("drops '2.2 ', '3.1.1 ' and '4. ' before the own words", () => {
    expect(pairs(table([["1.1 Leadership", "Good"], ["2.2 Rehabilitation work", "Inadequate"], ["3.1.1 Risk management", "Requires improvement"]]), "html")).toEqual([
      "Leadership=Good",
      "Rehabilitation work=Inadequate",
      "Risk management=Requires improvement",
    ]);
    expect(pairs(table([["4. Family support", "Outstanding"]]), "html")).toEqual(["Family support=Outstanding"]);
  });

  it("keeps a number that is part of the words (no dot after it)", () => {
    expect(pairs(table([["24 hour cover", "Good"]]), "html")).toEqual(["24 hour cover=Good"]);
  });
});

describe("aspect ratings: the standards listed after 'all four standards'", () => {
  it("reads the list after a colon or a dash", () => {
    expect(pairs("Work with young people on court orders was rated ‘Outstanding’ for all four standards: assessment, planning, implementation and delivery, and reviewing.")).toEqual([
      "Assessment=Outstanding",
      "Implementation and delivery=Outstanding",
      "Planning=Outstanding",
      "Reviewing=Outstanding",
    ]);
    expect(pairs("Casework with adults was judged 'Inadequate' across all four standards – assessment, planning, implementation and delivery, and reviewing.")).toEqual([
      "Assessment=Inadequate",
      "Implementation and delivery=Inadequate",
      "Planning=Inadequate",
      "Reviewing=Inadequate",
    ]);
  });

  it("keeps a subject aspect's own standards to that aspect, and reads no list of other words", () => {
    expect(pairs("Out-of-court disposals were rated ‘Good’ for all four standards: assessment, planning, implementation and delivery, and reviewing.")).toEqual([
      "Out-of-court disposals=Good",
    ]);
    expect(pairs("Work with young people on court orders was rated ‘Good’ for all four standards: the report praised the staff.")).toEqual([]);
  });

  it("reads the list after a dash following 'as were all four standards for …'", () => {
    expect(pairs("Leadership was rated inadequate, as were all four standards for the supervision of cases – assessment, planning, implementation and delivery, and reviewing.")).toEqual([
      "Assessment=Inadequate",
      "Implementation and delivery=Inadequate",
      "Leadership=Inadequate",
      "Planning=Inadequate",
      "Reviewing=Inadequate",
    ]);
    expect(pairs("Staff were rated 'Good', as were all four standards of its casework — assessment, planning, implementation and delivery, and reviewing.")).toEqual([
      "Assessment=Good",
      "Implementation and delivery=Good",
      "Planning=Good",
      "Reviewing=Good",
      "Staff=Good",
    ]);
  });

  it("never gives another aspect's standards to case supervision after a dash", () => {
    expect(pairs("Leadership was rated 'Good', as were all four standards for out-of-court disposals – assessment, planning, implementation and delivery, and reviewing.")).toEqual([
      "Leadership=Good",
    ]);
  });
});

describe("aspect ratings: 'as was' its work with victims of crime", () => {
  it("reads victim work named as work with victims of crime", () => {
    expect(pairs("Staff and leadership were each rated ‘Good’, as was the division’s work with victims of crime.")).toEqual([
      "Leadership=Good",
      "Staff=Good",
      "Statutory victim work=Good",
    ]);
    expect(pairs("Unpaid work was rated 'Outstanding', as was its work with victims.")).toEqual(["Statutory victim work=Outstanding", "Unpaid work=Outstanding"]);
  });

  it("reads nothing more from 'as was' a phrase that is no aspect", () => {
    expect(pairs("Unpaid work was rated 'Outstanding', as was the case for crime prevention.")).toEqual(["Unpaid work=Outstanding"]);
  });
});

describe("aspect ratings: a numbered line for a range of standards", () => {
  const lines = (line: string) =>
    ["Larchfield youth justice service rated 'Good'", "", "The ratings were:", "", "1.1 Governance and leadership: Good", "1.2 Staff: Outstanding", line, "4.1 Resettlement policy and provision: Good", ""].join("\n");

  it("reads '3.1-3.4 Out-of-court disposals (all four standards): Good' as one aspect", () => {
    expect(pairs(lines("3.1-3.4 Out-of-court disposals (all four standards): Requires improvement"))).toContain("Out-of-court disposals=Requires improvement");
    expect(pairs(lines("3.1-3.4 Out-of-court disposals: Inadequate"))).toContain("Out-of-court disposals=Inadequate");
  });

  it("reads no aspect from a range line whose label is a sentence", () => {
    expect(pairs(lines("3.1-3.4 Inspectors said the service was mostly good: Good")).filter((p) => p.startsWith("Inspectors"))).toEqual([]);
  });
});

describe("previous overall rating: a step after a place on the scale", () => {
  it("reads the old rating after 'the lowest of its four grades'", () => {
    expect(previous("HM Inspectorate of Probation gave the Ashby Fen probation delivery unit (PDU) the lowest of its four grades, down from “requires improvement” at its last inspection in 2020.")).toBe(
      "Requires improvement",
    );
    expect(previous("Inspectors gave Kelmscott youth justice service the highest of the four ratings, up from 'Good' in 2019.")).toBe("Good");
  });

  it("reads none when the place on the scale is an aspect's", () => {
    expect(previous("Inspectors gave its unpaid work the lowest of its four grades, down from 'Good' at the last inspection.")).toBeNull();
  });
});

describe("overall rating: a bar written after the rating ('X' or better) rates nothing", () => {
  const overall = (t: string) => valueOf("overall-rating", "overallRating", t);
  const story = (extra: string) =>
    `The Fenbury Probation Delivery Unit has been rated 'Inadequate' by HM Inspectorate of Probation.\n\nThe unit supervises about 2,000 people.\n\n${extra}`;

  it("keeps the provider's own rating when a share of other units is put 'at Good or better'", () => {
    expect(overall(story("Fenbury is not alone. Since the service was reunified in June 2021, inspectors have visited more than 40 units, and the union's own tally puts fewer than one in five of them at 'Good' or better."))).toBe("Inadequate");
    expect(overall(story("Fenbury is not alone. Inspectors have been to 40 units since 2021, and a charity's count puts only six of them at 'Outstanding' or above."))).toBe("Inadequate");
  });

  it("still reads a rating followed by 'or' and something else", () => {
    expect(overall("The Fenbury Probation Delivery Unit has been rated 'Good' or, in the inspectors' words, 'well led'.")).toBe("Good");
  });
});

describe("aspect ratings: 'and so were three of the four parts of case supervision: a, b and c'", () => {
  it("gives the parts listed after the colon the rating just stated", () => {
    expect(pairs("Staffing was rated 'Inadequate', and so were three of the four parts of case supervision: planning, implementation and delivery, and reviewing.")).toEqual([
      "Implementation and delivery=Inadequate",
      "Planning=Inadequate",
      "Reviewing=Inadequate",
      "Staff=Inadequate",
    ]);
  });

  it("gives nothing to a list that is not of aspects", () => {
    expect(pairs("Staffing was rated 'Inadequate', and so were parts of the estate: two offices and a car park.")).toEqual(["Staff=Inadequate"]);
  });
});
