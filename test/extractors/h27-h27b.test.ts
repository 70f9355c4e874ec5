/**
 * Held-out set 27, its xx- documents: a ratings table whose count row is
 * numbered by a range of standards ("3.1–3.4 All four standards") under a
 * section row, "an improvement on its previous rating of 'X' in 2019",
 * "case managers were supervising an average of nine children each",
 * "looking at 10 aspects of its work", "the services on offer to offenders"
 * and a patch that "takes in the towns of A, B and C" (invented names).
 */
import { describe, expect, it } from "vitest";
import { recordOf } from "../helpers.js";

const rec = (t: string, format?: "text" | "html") => recordOf(t, format).record;

describe("aspectRatings: a count row numbered by a range of standards takes its section's aspect", () => {
  const page = (label: string) =>
    [
      "<html><body><h1>Tollmere YJS rated ‘Good’ by inspectors</h1>",
      "<p>Tollmere Youth Justice Service (YJS) has been rated ‘Good’ by HM Inspectorate of Probation.</p>",
      "<table><thead><tr><th>Standard</th><th>Rating</th></tr></thead><tbody>",
      '<tr><th colspan="2">2. Court disposals</th></tr>',
      "<tr><td>2.1 Assessment</td><td>Good</td></tr>",
      '<tr><th colspan="2">3. Out-of-court disposals</th></tr>',
      `<tr><td>${label}</td><td>Outstanding</td></tr>`,
      "</tbody></table></body></html>",
    ].join("\n");
  const aspects = (label: string) => rec(page(label), "html").aspectRatings.map((a) => `${a.aspect}: ${a.rating}`);

  it("'3.1–3.4 All four standards' under 'Out-of-court disposals'", () => {
    expect(aspects("3.1–3.4 All four standards")).toEqual(["Assessment: Good", "Out-of-court disposals: Outstanding"]);
  });

  it("'3.1 to 3.4 All standards' likewise", () => {
    expect(aspects("3.1 to 3.4 All standards")).toEqual(["Assessment: Good", "Out-of-court disposals: Outstanding"]);
  });

  it("near miss: a numbered row of its own words keeps them", () => {
    expect(aspects("3.1 Joint decision making")).toEqual(["Assessment: Good", "Joint decision making: Outstanding"]);
  });
});

describe("previousOverallRating and previousInspection: 'an improvement on its previous rating of X in 2019'", () => {
  const body = (tail: string) => `Tollmere YJS rated good\n\nTollmere Youth Justice Service (YJS) has been rated ‘Good’ by HM Inspectorate of Probation, ${tail}\n`;

  it("reads the old rating and its year", () => {
    const r = rec(body("an improvement on its previous rating of ‘Requires improvement’ in 2019."));
    expect(r.overallRating).toBe("Good");
    expect(r.previousOverallRating).toBe("Requires improvement");
    expect(r.dates.previousInspection).toBe("2019");
  });

  it("'up from a previous overall rating of' likewise", () => {
    const r = rec(body("up from a previous overall rating of ‘Inadequate’ in 2018."));
    expect(r.previousOverallRating).toBe("Inadequate");
    expect(r.dates.previousInspection).toBe("2018");
  });

  it("near miss: 'the previous rating system' names no rating nor its year", () => {
    const r = rec(body("the first since the previous rating system was replaced in 2018."));
    expect(r.previousOverallRating).toBeNull();
    expect(r.dates.previousInspection).toBeNull();
  });
});

describe("caseload.averageCasesPerStaff: 'case managers were supervising an average of nine children each'", () => {
  const body = (s: string) =>
    `Tollmere YJS rated good\n\nTollmere Youth Justice Service (YJS) has been rated ‘Good’ by HM Inspectorate of Probation.\n\nAt the time of the inspection, the service was working with 64 children, and ${s}\n`;

  it("reads the staff's average", () => {
    expect(rec(body("case managers were supervising an average of nine children each.")).caseload.averageCasesPerStaff).toBe(9);
  });

  it("near miss: the children's average of something else is no caseload", () => {
    expect(rec(body("children were attending an average of nine sessions each.")).caseload.averageCasesPerStaff).toBeNull();
  });
});

describe("aspectsInspected: 'looking at 10 aspects of its work'", () => {
  const body = (s: string) => `Eastreach division rated good\n\nThe Eastreach division of the National Probation Service has been rated good by HM Inspectorate of Probation.\n\nInspectors spent three weeks with the division, ${s}\n`;

  it("reads the count", () => {
    expect(rec(body("looking at 10 aspects of its work, from leadership to court reports.")).aspectsInspected).toBe(10);
  });

  it("near miss: 'looking at ten cases' counts no aspects", () => {
    expect(rec(body("looking at ten cases in detail.")).aspectsInspected).toBeNull();
  });
});

describe("aspectRatings: 'the services on offer (to offenders)' is Services", () => {
  const body = (s: string) => `Eastreach PDU rated good\n\nEastreach PDU has been rated good by HM Inspectorate of Probation.\n\n${s}\n`;
  const aspects = (s: string) => rec(body(s)).aspectRatings.map((a) => `${a.aspect}: ${a.rating}`);

  it("in a list of aspects rated together", () => {
    expect(aspects("Leadership, the services on offer to offenders, and information and facilities were all rated good.")).toEqual([
      "Leadership: Good",
      "Services: Good",
      "Information and facilities: Good",
    ]);
  });

  it("alone: 'The services available to people on probation were rated good'", () => {
    expect(aspects("The services available to people on probation were rated good.")).toEqual(["Services: Good"]);
  });

  it("near miss: 'services on offer in the town centre' is no aspect", () => {
    expect(aspects("Services on offer in the town centre were rated good by visitors.")).toEqual([]);
  });
});

describe("provider.areas: a patch that 'takes in the towns of A, B and C'", () => {
  const page = (s: string) =>
    `My view of the inspection\n\nHM Inspectorate of Probation has published its report on Dunhollow and Preeth Probation Delivery Unit (PDU). ${s}\n`;

  it("reads the towns", () => {
    expect(rec(page("I have worked in this patch, which takes in the towns of Dunhollow, Preeth and Marley Cross, for nine years.")).provider?.areas).toEqual(["Dunhollow", "Preeth", "Marley Cross"]);
  });

  it("near miss: 'takes in referrals' names no places", () => {
    expect(rec(page("The PDU takes in referrals from the courts every day.")).provider?.areas).toEqual([]);
  });
});
