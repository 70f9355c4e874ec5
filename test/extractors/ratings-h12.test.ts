/** Held-out set 12: dotted-leader tables, list labels, transitions and "the same rating" wordings (invented names). */
import { describe, expect, it } from "vitest";
import { aspectPairsOf, candidatesOf, valueOf } from "../helpers.js";

const pairs = aspectPairsOf;
const triples = (t: string) =>
  candidatesOf("aspect-ratings", "aspectRatings", t)
    .map((c) => `${c.value.aspect}=${c.value.rating}<${c.value.previousRating ?? "-"}`)
    .sort();
const previous = (t: string) => valueOf("overall-rating", "previousOverallRating", t);
const CS = (r: string) => [`Assessment=${r}`, `Implementation and delivery=${r}`, `Planning=${r}`, `Reviewing=${r}`];

describe("aspect ratings: a dotted or underscore leader between an aspect and its rating", () => {
  it("reads rows of a pasted table under their group headings", () => {
    const doc = [
      "The Brackley division was rated 'Good' overall.",
      "",
      "Organisational delivery",
      "Leadership ......................... Outstanding",
      "Staff .............................. Requires improvement",
      "",
      "Case supervision",
      "Planning ........................... Good",
      "Implementation and delivery ........ Inadequate",
      "",
    ].join("\n");
    expect(pairs(doc)).toEqual(["Implementation and delivery=Inadequate", "Leadership=Outstanding", "Planning=Good", "Staff=Requires improvement"]);
  });

  it("reads underscore leaders and an ellipsis character", () => {
    const doc = ["Ratings for the Ferncombe PDU:", "", "Assessment ____________ Good", "", "Reviewing … Requires improvement", ""].join("\n");
    expect(pairs(doc)).toEqual(["Assessment=Good", "Reviewing=Requires improvement"]);
  });

  it("reads no rating from a trailing-off sentence that ends with a rating word", () => {
    // near miss: prose with an ellipsis, no label of an aspect
    expect(pairs("The mood among staff was hard to read... good, on the whole.\n")).toEqual([]);
  });
});

describe("aspect ratings: a line whose label lists several aspects", () => {
  it("gives each listed aspect the line's rating, 'all' or 'both' before it allowed", () => {
    expect(pairs("- Leadership: good\n- Assessment, planning, implementation and delivery, and reviewing of cases: all inadequate\n")).toEqual([...CS("Inadequate"), "Leadership=Good"].sort());
    expect(pairs("- Staff: inadequate\n- Planning and reviewing: both requires improvement\n")).toEqual(["Planning=Requires improvement", "Reviewing=Requires improvement", "Staff=Inadequate"]);
  });

  it("reads nothing from a list label with other words in it", () => {
    // near miss: "policy" after the names, the label is no plain list of aspects
    expect(pairs("Planning and reviewing policy: inadequate\n")).toEqual([]);
  });
});

describe("aspect ratings: an '(unchanged)' note on a rated line", () => {
  it("gives the line's rating as its previous one", () => {
    expect(triples("Leadership – Good (previously 'Inadequate')\nStaff – Requires improvement (unchanged)\n")).toEqual(["Leadership=Good<Inadequate", "Staff=Requires improvement<Requires improvement"]);
    expect(triples("* Services: Good (no change)\n* Staff: Inadequate\n")).toEqual(["Services=Good<Good", "Staff=Inadequate<-"]);
  });
});

describe("aspect ratings: a transition with a time phrase between its old and new rating", () => {
  it("rates the subject before the verb, the old rating as its previous one", () => {
    expect(triples("Assessment was rated 'Good', and reviewing fell from 'Good' last time to 'Inadequate'.")).toEqual(["Assessment=Good<-", "Reviewing=Inadequate<Good"]);
    expect(triples("Staffing was judged 'Inadequate', while leadership has moved from 'Good' in 2019 to 'Outstanding'.")).toEqual(["Leadership=Outstanding<Good", "Staff=Inadequate<-"]);
    expect(triples("Leadership was rated 'Good', and planning rose from 'Inadequate' to 'Requires improvement'.")).toEqual(["Leadership=Good<-", "Planning=Requires improvement<Inadequate"]);
  });
});

describe("aspect ratings: 'and so was' an aspect named with the people it serves", () => {
  it("reads the aspect past 'with children …' or 'for people on probation'", () => {
    expect(pairs("Leadership was judged 'Good', and so was its resettlement work with children leaving custody.")).toEqual(["Leadership=Good", "Resettlement=Good"]);
    expect(pairs("Staffing was rated 'Inadequate', as was planning for people on probation in the north of the county.")).toEqual(["Planning=Inadequate", "Staff=Inadequate"]);
    // near miss: work with children that names no aspect
    expect(pairs("Leadership was judged 'Good', and so was its work with children in schools.")).toEqual(["Leadership=Good"]);
  });
});

describe("overall rating: the old rating after a step pointing back, and 'the same rating it received'", () => {
  it("reads 'That's a step up from' after the sentence stating the rating", () => {
    expect(previous("Inspectors rated the Ashdown YJS 'Good' overall. That's a step up from 'Requires improvement', the grade it was given when inspectors last visited in 2021.")).toBe("Requires improvement");
    expect(previous("The Colbeck PDU has been rated 'Inadequate' overall. It's a drop down from 'Good' at its last inspection.")).toBe("Good");
  });

  it("reads 'the same rating it received at its last inspection'", () => {
    expect(previous("The Wealdmoor region has been rated 'Requires improvement' by HM Inspectorate of Probation, the same rating it received at its last inspection in May 2021.")).toBe("Requires improvement");
    expect(previous("The Tarnfield YOT was rated 'Good' overall, the same grade that it was given when it was last inspected.")).toBe("Good");
    // near miss: the same rating as another provider, not its own last one
    expect(previous("The Wealdmoor region has been rated 'Requires improvement', the same rating its neighbour received this year.")).toBeNull();
  });
});
