/**
 * Held-out set 25: a range of services "for people on probation" rated in a
 * relative clause, a grade given "to" the way staff planned and reviewed
 * cases ("the lowest of the four grades"), a rating given "since" a year
 * before as the old one, and a count of the four standards of case
 * supervision when they are all a page rates (invented names).
 */
import { describe, expect, it } from "vitest";
import { aspectPairsOf, recordOf } from "../helpers.js";

const rec = (t: string, format?: "text" | "html") => recordOf(t, format).record;
const HEAD = "Probation unit told to improve\nPublished: 9 March 2023\n\n";
const RATED = "HM Inspectorate of Probation rated Ferncombe and Ludley Probation Delivery Unit (PDU) as 'requires improvement'.\n\n";

describe("aspect names: a range of services for the people it works with", () => {
  it("services rated in a relative clause after what they include", () => {
    const t = `${HEAD}${RATED}Inspectors rated the unit's leadership as 'good' and found a broad range of services for people on probation, including debt advice and mentoring, which were also rated good.\n`;
    expect(aspectPairsOf(t)).toContain("Services=Good");
  });

  it("near miss: services for people in another place are not what is rated", () => {
    const t = `${HEAD}${RATED}Inspectors rated the unit's leadership as 'good' and found a broad range of services for people leaving the local prison, which the council runs.\n`;
    expect(aspectPairsOf(t)).not.toContain("Services=Good");
  });
});

describe("aspect ratings: a grade given to what follows 'to'", () => {
  it("the lowest of the four grades given to the way staff planned and reviewed cases", () => {
    const t = `${HEAD}${RATED}But they gave the lowest of the four grades, 'inadequate', to the way staff planned and reviewed their work with individual cases, while staffing was rated as 'requires improvement'.\n`;
    const pairs = aspectPairsOf(t);
    expect(pairs).toContain("Planning=Inadequate");
    expect(pairs).toContain("Reviewing=Inadequate");
    expect(pairs).toContain("Staff=Requires improvement");
  });

  it("the grade noun 'grades' is no verb before the rating", () => {
    const t = `${HEAD}${RATED}Inspectors gave the highest of the four grades, 'outstanding', to the way staff plan and review cases.\n`;
    expect(aspectPairsOf(t)).toEqual(["Planning=Outstanding", "Reviewing=Outstanding"]);
  });

  it("near miss: a grade given to a person is no aspect's", () => {
    const t = `${HEAD}${RATED}The panel gave the lowest of the four grades, 'inadequate', to the former director of the unit.\n`;
    expect(aspectPairsOf(t)).toEqual([]);
  });

  it("near miss: 'planning and reviewing' stays two names in a list", () => {
    const t = `${HEAD}${RATED}Planning and reviewing were both rated 'inadequate'.\n`;
    expect(aspectPairsOf(t)).toEqual(["Planning=Inadequate", "Reviewing=Inadequate"]);
  });
});

describe("overall rating: a rating given since a year before is the old one", () => {
  const PAGE = "Ferncombe probation unit rated ‘Requires improvement’ after progress since 2021\n\nPublished 4 June 2024\n\n";
  it("'since the unit was rated ‘Inadequate’ in 2021' is the previous rating, not a second current one", () => {
    const t = `${PAGE}Inspectors found clear progress since the unit was rated ‘Inadequate’ in 2021, but risk work still falls short.\n\nHM Inspectorate of Probation has rated Ferncombe Probation Delivery Unit (PDU) as ‘Requires improvement’ overall, a step up from the ‘Inadequate’ rating it was given in 2021.\n`;
    expect(rec(t).overallRating).toBe("Requires improvement");
    expect(rec(t).previousOverallRating).toBe("Inadequate");
  });

  it("near miss: without 'since', a rating in a year is the current one", () => {
    const t = `${HEAD}HM Inspectorate of Probation said the unit was rated ‘Inadequate’ in 2023 after a visit in January.\n`;
    expect(rec(t).overallRating).toBe("Inadequate");
    expect(rec(t).previousOverallRating).toBeNull();
  });
});

describe("aspects inspected: the four standards of case supervision, when they are all that is rated", () => {
  const TABLE = "<table><thead><tr><th>Standard</th><th>Rating</th></tr></thead><tbody><tr><td>Assessment</td><td>Good</td></tr><tr><td>Planning</td><td>Requires improvement</td></tr><tr><td>Implementation and delivery</td><td>Good</td></tr><tr><td>Reviewing</td><td>Inadequate</td></tr></tbody></table>";
  const page = (extra: string) =>
    `<html><head><title>Ferncombe PDU inspected</title></head><body><h1>Ferncombe probation unit rated ‘Requires improvement’</h1><p>Published 4 June 2024</p><p>HM Inspectorate of Probation has rated Ferncombe Probation Delivery Unit (PDU) as ‘Requires improvement’ overall.</p><p>Inspectors rated the PDU against four standards of case supervision.</p>${TABLE}${extra}</body></html>`;

  it("counts four when the table rates those four and nothing else", () => {
    expect(rec(page(""), "html").aspectsInspected).toBe(4);
  });

  it("near miss: leadership rated besides them makes the four a subset", () => {
    expect(rec(page("<p>Leadership was rated ‘Good’.</p>"), "html").aspectsInspected).toBeNull();
  });
});
