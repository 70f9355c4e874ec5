/** Held-out set 11: rating wordings of news pages, local radio and charity blogs (invented names). */
import { describe, expect, it } from "vitest";
import { aspectPairsOf, valueOf } from "../helpers.js";

const pairs = aspectPairsOf;
const previous = (t: string) => valueOf("overall-rating", "previousOverallRating", t);
const CS = (r: string) => [`Assessment=${r}`, `Implementation and delivery=${r}`, `Planning=${r}`, `Reviewing=${r}`];

describe("aspect ratings: a group opening the next clause is not the tail of a rating", () => {
  it("rates the subject before the rating, and the group by its own rating", () => {
    expect(pairs("But staffing was judged inadequate, and all four aspects of case supervision were rated good.")).toEqual([...CS("Good"), "Staff=Inadequate"].sort());
    expect(pairs("Leadership was rated outstanding, but the four aspects of case supervision were judged to require improvement.")).toEqual([...CS("Requires improvement"), "Leadership=Outstanding"].sort());
    // near miss: the group after "in" is the rating's own tail
    expect(pairs("The unit was rated inadequate in all four aspects of case supervision.")).toEqual(CS("Inadequate"));
  });

  it("reads a group whose members are listed in a dash aside before the verb", () => {
    expect(pairs("All four aspects of case supervision – assessing, planning, implementing and delivering, and reviewing the work done with each person – were rated as requiring improvement.")).toEqual(CS("Requires improvement"));
    expect(pairs("All four aspects of case supervision — assessing, planning, delivering and reviewing — were judged good.")).toEqual(CS("Good"));
  });
});

describe("aspect ratings: 'the allocation of new cases' is court work", () => {
  it("reads it in an 'as was' list", () => {
    expect(pairs("Its leadership was rated good, as was its advice to courts and the allocation of new cases.")).toEqual(["Court reports and case allocation=Good", "Leadership=Good"]);
    expect(pairs("Staffing was rated inadequate, as was the allocation of cases.")).toEqual(["Court reports and case allocation=Inadequate", "Staff=Inadequate"]);
    // near miss: an allocation of something else
    expect(pairs("Staffing was rated inadequate, as was the allocation of funding.")).toEqual(["Staff=Inadequate"]);
  });
});

describe("aspect ratings: a youth service's out-of-court and resettlement work in a reporter's words", () => {
  it("reads children dealt with outside court, past a dash aside of examples", () => {
    expect(pairs("But work with children who are dealt with outside court – through cautions and youth conditional cautions – was judged inadequate.")).toEqual(["Out-of-court disposals=Inadequate"]);
    expect(pairs("Work with young people dealt with out of court was rated good.")).toEqual(["Out-of-court disposals=Good"]);
    // near miss: a count of such children, not rated
    expect(pairs("The number of children dealt with outside court fell by a third.")).toEqual([]);
  });

  it("reads help for children leaving custody as resettlement", () => {
    expect(pairs("Help for children leaving custody was rated as requiring improvement.")).toEqual(["Resettlement=Requires improvement"]);
    expect(pairs("Support for young people released from custody was judged outstanding.")).toEqual(["Resettlement=Outstanding"]);
    // near miss: custody named, no resettlement work rated
    expect(pairs("Children held in custody were rated as a high risk of harm.")).toEqual([]);
  });
});

describe("aspect ratings: a linking phrase between commas after the subject", () => {
  it("skips 'by contrast', 'on the other hand' to the subject before it", () => {
    expect(pairs("Unpaid work, by contrast, was judged ‘Good’.")).toEqual(["Unpaid work=Good"]);
    expect(pairs("Staffing, on the other hand, was rated inadequate.")).toEqual(["Staff=Inadequate"]);
    // near miss: no aspect before the linking phrase
    expect(pairs("The report, by contrast, was rated good by readers.")).toEqual([]);
  });

  it("skips 'however', 'meanwhile', 'though' between commas before a verb", () => {
    expect(pairs("Unpaid work, however, was rated 'good', with inspectors praising the placements.")).toEqual(["Unpaid work=Good"]);
    expect(pairs("Leadership, meanwhile, was judged to require improvement.")).toEqual(["Leadership=Requires improvement"]);
    expect(pairs("Staffing, though, received an 'Inadequate' rating.")).toEqual(["Staff=Inadequate"]);
    // near miss: ", however," between two clauses still splits them
    expect(pairs("Leadership was rated 'good', however, unpaid work was judged 'inadequate'.")).toEqual(["Leadership=Good", "Unpaid work=Inadequate"]);
  });
});

describe("previous overall rating: 'the same rating it was given when inspectors last came'", () => {
  const lead = "Mossgate PDU has been rated ‘Requires improvement’ overall. ";
  it("reads the current rating as the previous one", () => {
    expect(previous(lead + "That is the same rating it was given when inspectors last came in 2021, so nothing has moved.")).toBe("Requires improvement");
    expect(previous(lead + "It is the same rating it received when inspectors last visited.")).toBe("Requires improvement");
    // near miss: no earlier inspection named
    expect(previous(lead + "It is the same rating it was given when inspectors asked the staff.")).toBeNull();
  });
});
