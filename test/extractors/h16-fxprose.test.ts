/** Held-out sets 16 and 17, ratings in prose: denied and hoped-for ratings, one of a set, a count's standards after "including", asides after a subject, "rated all four", a second rating of another provider (invented names). */
import { describe, expect, it } from "vitest";
import { aspectPairsOf, valueOf } from "../helpers.js";

const pairs = aspectPairsOf;
const overall = (t: string) => valueOf("overall-rating", "overallRating", t);
const count = (t: string) => valueOf("aspects-inspected", "aspectsInspected", t);

describe("overall rating: a rating denied or hoped for is none", () => {
  const lead = "HM Inspectorate of Probation has rated Farrowdale Youth Offending Service (YOS) as 'inadequate' overall. ";

  it("drops 'was not rated good by then'", () => {
    expect(overall(lead + "The council leader said she would be upset if the service was not rated good by then.")).toBe("Inadequate");
    // near miss: the same words without "not" state a rating, which conflicts
    expect(overall(lead + "The council leader said that in the end the service was rated good by then.")).toBeNull();
  });

  it("drops 'has never been judged outstanding'", () => {
    expect(overall(lead + "The service has never been judged outstanding.")).toBe("Inadequate");
  });

  it("drops 'can return to a Good rating'", () => {
    expect(overall(lead + "The chief inspector said: “With focus, Farrowdale can return to a ‘Good’ rating.”")).toBe("Inadequate");
    // near miss: a return that happened is a rating
    expect(overall(lead + "Last year Farrowdale YOS returned to a ‘Good’ rating.")).toBeNull();
  });
});

describe("overall rating: one of a set named before is not the provider", () => {
  it("drops 'three services, with one judged Inadequate'", () => {
    const t = "Inspectors visited three neighbouring probation services, with one judged ‘Inadequate’. Pelham Vale Probation Delivery Unit (PDU) was given an overall rating of ‘Requires improvement’.";
    expect(overall(t)).toBe("Requires improvement");
  });

  it("keeps the provider as the subject (near miss)", () => {
    const t = "Inspectors visited three neighbouring probation services, and the Pelham Vale service was judged ‘Inadequate’. Pelham Vale Probation Delivery Unit (PDU) was given an overall rating of ‘Requires improvement’.";
    expect(overall(t)).toBeNull();
  });
});

describe("aspects inspected: 'of the 13 standards it was judged against'", () => {
  it("reads the count", () => {
    expect(count("The service was rated outstanding in eight of the 12 standards it was judged against.")).toBe(12);
    expect(count("It was rated good in six of the 10 standards it was assessed on.")).toBe(10);
  });

  it("not a count of cases or of another thing (near miss)", () => {
    expect(count("The service was rated outstanding in eight of the 12 standards it said mattered most.")).toBeNull();
  });
});

describe("aspect ratings: the standards named after 'in N of the M standards …, including'", () => {
  it("rates the named ones", () => {
    expect(pairs("The team was rated outstanding in seven of the 12 standards it was judged against, including governance and leadership, staffing, and its work resettling children leaving custody.")).toEqual([
      "Governance and leadership=Outstanding",
      "Resettlement=Outstanding",
      "Staff=Outstanding",
    ]);
  });

  it("not without the share of standards (near miss)", () => {
    expect(pairs("The team was rated outstanding by the watchdog this week, including praise for governance and leadership and staffing.")).toEqual([]);
  });
});

describe("aspect ratings: an aside after the subject", () => {
  it("skips 'all four standards' between commas", () => {
    expect(pairs("Work on out-of-court disposals, all four standards, was rated inadequate.")).toEqual(["Out-of-court disposals=Inadequate"]);
    expect(pairs("Out-of-court disposals, across all four standards, were rated ‘Requires improvement’.")).toEqual(["Out-of-court disposals=Requires improvement"]);
  });

  it("skips what the work does for whom", () => {
    expect(pairs("Resettlement work, helping children coming home from custody, was rated ‘Good’.")).toEqual(["Resettlement=Good"]);
  });

  it("an aside naming no aspect before it rates nothing (near miss)", () => {
    expect(pairs("The board, all four standards, was rated inadequate.")).toEqual([]);
    expect(pairs("The manager, helping children coming home from custody, was rated ‘Good’.")).toEqual([]);
  });
});

describe("aspect ratings: 'rated all four' after the four of case supervision", () => {
  it("rates the four", () => {
    expect(pairs("For children on court orders, inspectors looked at how the team would assess, plan, deliver and review its work, and rated all four ‘Requires improvement’.")).toEqual([
      "Assessment=Requires improvement",
      "Implementation and delivery=Requires improvement",
      "Planning=Requires improvement",
      "Reviewing=Requires improvement",
    ]);
  });

  it("not four of something else (near miss)", () => {
    expect(pairs("Inspectors looked at the team's four offices, and rated all four ‘Good’.")).toEqual([]);
  });
});

describe("aspect ratings: another provider's second rating in the same clause", () => {
  const lead = "Brindlow Probation Delivery Unit (PDU) was given an overall rating of ‘Good’. ";

  it("drops 'Y PDU was rated Good for its services and Requires improvement for leadership'", () => {
    expect(pairs(lead + "Marston Heath PDU was rated ‘Good’ for its services and ‘Requires improvement’ for leadership.")).toEqual([]);
  });

  it("keeps a rating after a new verb (near miss)", () => {
    expect(pairs(lead + "Marston Heath PDU was rated ‘Good’ for its services, while leadership at Brindlow was rated ‘Requires improvement’.")).toEqual(["Leadership=Requires improvement"]);
  });
});
