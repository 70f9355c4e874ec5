/** Held-out set 13: scale asides, semicolon lists, grades named before a rating, a former provider's rating, imagined ratings (invented names). */
import { describe, expect, it } from "vitest";
import { aspectPairsOf, valueOf } from "../helpers.js";

const pairs = aspectPairsOf;
const overall = (t: string) => valueOf("overall-rating", "overallRating", t);
const previous = (t: string) => valueOf("overall-rating", "previousOverallRating", t);
const CS = (r: string) => [`Assessment=${r}`, `Implementation and delivery=${r}`, `Planning=${r}`, `Reviewing=${r}`];

describe("aspect ratings: an aside giving a rating's place on the scale", () => {
  it("reads both ratings around a dash aside naming the highest of the four ratings", () => {
    const t = "The Orrin division was rated ‘Outstanding’ for unpaid work – the highest of the four possible ratings – and ‘Good’ for leadership, staff and statutory victim work.";
    expect(pairs(t)).toEqual(["Leadership=Good", "Staff=Good", "Statutory victim work=Good", "Unpaid work=Outstanding"]);
  });

  it("reads them around a bracketed aside naming the lowest of four grades", () => {
    const t = "Inspectors rated its services ‘Inadequate’ (the lowest of four grades) and its leadership ‘Requires improvement’.";
    expect(pairs(t)).toEqual(["Leadership=Requires improvement", "Services=Inadequate"]);
  });

  it("still reads nothing from a sentence that explains the scale", () => {
    // near miss: the scale itself, with a place on it
    const t = "Inspectors use a four-point scale: ‘Outstanding’, the highest of the four possible ratings, down to ‘Inadequate’.";
    expect(pairs(t)).toEqual([]);
  });
});

describe("aspect ratings: a rating then a colon and a list set off by semicolons", () => {
  it("reads every item of the list", () => {
    const doc = ["Rated ‘Good’: staffing; accredited programmes; unpaid work.", "", "Rated ‘Inadequate’: assessment; planning; implementation and delivery; reviewing.", ""].join("\n");
    expect(pairs(doc)).toEqual(["Accredited programmes=Good", ...CS("Inadequate"), "Staff=Good", "Unpaid work=Good"].sort());
  });

  it("reads a list whose items name a standard in other words", () => {
    expect(pairs("Rated ‘Requires improvement’: leadership; court work; services.\n")).toEqual(["Court reports and case allocation=Requires improvement", "Leadership=Requires improvement", "Services=Requires improvement"]);
  });

  it("keeps to the first item when another item is no aspect", () => {
    // near miss: the list runs into other words
    expect(pairs("Rated ‘Good’: staffing; the new office in Brackwater was also praised.\n")).toEqual(["Staff=Good"]);
  });
});

describe("aspect ratings: a grade named between what is rated and the rating word", () => {
  it("reads 'gave staffing the lowest grade, inadequate'", () => {
    const t = "Inspectors rated information and facilities ‘good’, but gave staffing the lowest grade, ‘inadequate’.";
    expect(pairs(t)).toEqual(["Information and facilities=Good", "Staff=Inadequate"]);
  });

  it("reads 'gave unpaid work a rating of good'", () => {
    expect(pairs("Inspectors gave unpaid work a rating of ‘good’.")).toEqual(["Unpaid work=Good"]);
  });

  it("reads no aspect when the one given the grade is a provider", () => {
    // near miss: who is graded is the unit, not an aspect
    expect(pairs("Inspectors gave the Tollgate PDU the lowest grade, ‘inadequate’.")).toEqual([]);
  });
});

describe("aspect ratings: 'on all four counts' after a group's rating", () => {
  it("rates the group named in the subject, not an aspect in the next clause", () => {
    const t = "Its work with people sentenced by the courts – assessment, planning, implementation and delivery, and reviewing – was judged ‘Good’ on all four counts, and resettlement work was also rated ‘Good’.";
    expect(pairs(t)).toEqual([...CS("Good"), "Resettlement=Good"].sort());
  });

  it("reads 'on both counts' after two aspects", () => {
    expect(pairs("Its leadership and staffing were rated ‘Good’ on both counts.")).toEqual(["Leadership=Good", "Staff=Good"]);
  });

  it("still reads an aspect named after 'on'", () => {
    // near miss: the tail names the aspect itself
    expect(pairs("The Fennick YOT was rated ‘Inadequate’ on resettlement.")).toEqual(["Resettlement=Inadequate"]);
  });
});

describe("aspect ratings: a rated line with a remark in brackets", () => {
  it("reads the line", () => {
    const doc = ["- **Leadership** – *Good*", "- **Staffing** – *Inadequate* (no surprise to anyone)", "- **Services** – *Good* (as expected)", ""].join("\n");
    expect(pairs(doc)).toEqual(["Leadership=Good", "Services=Good", "Staff=Inadequate"]);
  });

  it("reads no line whose remark names another rating", () => {
    // near miss: the bracket holds a rating of its own, not a known comparison
    const doc = ["- Leadership – Good", "- Staffing – Inadequate (Ofsted says good though)", ""].join("\n");
    expect(pairs(doc)).not.toContain("Staff=Good");
  });
});

describe("overall rating: a former provider's rating and an imagined one", () => {
  const head = "HM Inspectorate of Probation rated Ambergate Probation Delivery Unit 'Inadequate' overall.\n\n";

  it("takes no previous rating from a former provider of another kind", () => {
    const t = head + "For the record, the old CRC that ran part of our work was rated 'Requires improvement' back in 2019, before unification.\n";
    expect(overall(t)).toBe("Inadequate");
    expect(previous(t)).toBeNull();
  });

  it("takes none from 'the former NPS division, which covered the town'", () => {
    const t = head + "The former NPS division which covered the town had been rated 'Good' in 2018, before the last inspection.\n";
    expect(previous(t)).toBeNull();
  });

  it("still reads the unit's own earlier rating", () => {
    // near miss: no former provider is named
    const t = head + "The PDU was rated 'Requires improvement' at its last inspection.\n";
    expect(previous(t)).toBe("Requires improvement");
  });

  it("reads no rating from what the writer would have said", () => {
    const t = head + "If it were my call I'd have said 'Requires improvement' overall.\n";
    expect(overall(t)).toBe("Inadequate");
    expect(overall(head + "Frankly, I would have given it 'Good' overall.\n")).toBe("Inadequate");
  });
});
