/**
 * Held-out set 31 (s13d): the Local Democracy Reporting Service in capitals;
 * a quoted adjective of the scale before an aspect in a headline; a change
 * "since it was rated"; a grade "given to" standards listed after a colon;
 * a month before "the YJS" in a caseload sentence; a fact box written as
 * paragraphs with its date in the label; sickness "in the year before the
 * inspection"; inspectors who "score" the standards.
 */
import { describe, expect, it } from "vitest";
import { aspectPairsOf, recordOf, valueOf } from "../helpers.js";

const typeOf = (text: string) => valueOf("document-type", "documentType", text, "text");
const rec = (text: string, format: "text" | "html" = "text") => recordOf(text, format).record;

describe("documentType: the Local Democracy Reporting Service as its name is written", () => {
  const page = (service: string) =>
    `Pellmouth Gazette\nNews\nSubscribe from £2\nProbation unit told to improve\nBy Ada Penrose\n${service}\nShare on Facebook\nOrlham PDU was rated 'Requires improvement' by HM Inspectorate of Probation, I’m told.\nAdvertisement\nThe report was published on Monday.`;
  it("reads the name in capitals as a news agency's credit", () => {
    expect(typeOf(page("Local Democracy Reporting Service"))).toBe("news-article");
  });
  it("near miss: no credit, a tie between the news and blog furniture", () => {
    expect(typeOf(page("Staff writer"))).toBeNull();
  });
});

describe("overallRating: a quoted adjective before an aspect is praise of that work", () => {
  const doc = (head: string) =>
    `${head}\n\nHM Inspectorate of Probation rated Dunmere Youth Justice Service as ‘good’ overall, up from ‘requires improvement’.\n\nLeadership was judged ‘outstanding’.`;
  it("does not read the headline's ‘outstanding’ leadership as the overall rating", () => {
    const r = rec(doc("Youth team climbs a grade as inspectors praise ‘outstanding’ leadership"));
    expect(r.overallRating).toBe("Good");
  });
  it("near miss: the headline's quoted word rates the service itself", () => {
    const r = rec(doc("Youth team climbs a grade as inspectors rate it ‘outstanding’"));
    expect(r.overallRating).toBeNull();
  });
});

describe("overallRating: a change since a rating makes that rating an earlier one", () => {
  const doc = (lede: string) =>
    `Probation unit still needs to improve\n\n${lede}\n\nHM Inspectorate of Probation has rated the Corby Vale Probation Delivery Unit (PDU) as ‘requires improvement’ overall – up from ‘inadequate’ when it was last inspected in 2022.`;
  it("reads 'have improved since they were rated inadequate' as the old rating", () => {
    const r = rec(doc("Probation services in Corby Vale have improved since they were rated inadequate, but there is a long way to go."));
    expect(r.overallRating).toBe("Requires improvement");
    expect(r.previousOverallRating).toBe("Inadequate");
  });
  it("near miss: 'since it was rated' with no change before it stays a current rating", () => {
    const r = rec(doc("Since they were rated inadequate, managers in Corby Vale have drawn up a plan."));
    expect(r.overallRating).toBeNull();
  });
});

describe("aspectRatings: a grade given to standards listed after a colon", () => {
  it("reads 'gave the same ‘good’ grade to all four standards covering …: assessment, …'", () => {
    const text = `Inspectors rated Holbeck Youth Justice Service ‘Good’ overall.\n\nThe inspectors gave the same ‘good’ grade to all four standards covering children sentenced by the courts: assessment, planning, implementation and delivery, and reviewing.`;
    expect(aspectPairsOf(text, "text")).toEqual(expect.arrayContaining(["Assessment=Good", "Planning=Good", "Implementation and delivery=Good", "Reviewing=Good"]));
  });
  it("near miss: good news given to the teams, no grade", () => {
    const text = `Inspectors rated Holbeck Youth Justice Service ‘Good’ overall.\n\nThe inspectors brought the same ‘good’ news to all four teams covering children sentenced by the courts: assessment, planning, implementation and delivery, and reviewing.`;
    expect(aspectPairsOf(text, "text").filter((p) => p.startsWith("Assessment") || p.startsWith("Planning"))).toEqual([]);
  });
});

describe("caseload: a month before the provider's kind-word is no other organisation", () => {
  const doc = (s: string) => `Press release\n\nHolbeck Youth Justice Service rated good\n\nHM Inspectorate of Probation has rated Holbeck Youth Justice Service (YJS) as ‘Good’.\n\n${s}`;
  it("reads 'At the time of the inspection in May, the YJS was working with 118 children'", () => {
    expect(rec(doc("At the time of the inspection in May, the YJS was working with 118 children.")).caseload?.peopleSupervised).toBe(118);
  });
  it("near miss: another service named before the kind-word", () => {
    expect(rec(doc("At the time of the inspection, Marsby Youth Justice Service was working with 118 children.")).caseload?.peopleSupervised ?? null).toBeNull();
  });
});

describe("caseload: a fact box of paragraphs, its date in the label", () => {
  const page = (head: string) => `<html><body><article><h1>Ashcombe division told to improve</h1>
    <p>Inspectors found that the Ashcombe division of the National Probation Service requires improvement. The division supervises some 5,200 people.</p>
    <h3>${head}</h3><dl><dt>Cases supervised at 30 June 2018</dt><dd>5,174</dd><dt>Offices</dt><dd>5</dd><dt>Recommendations</dt><dd>6</dd></dl>
    <p>The report was published today.</p></article></body></html>`;
  it("takes the fact box's exact, dated figure", () => {
    const c = rec(page("NPS Ashcombe at a glance"), "html").caseload;
    expect([c?.peopleSupervised, c?.peopleSupervisedQualifier, c?.peopleSupervisedAsOf]).toEqual([5174, "exact", "2018-06-30"]);
  });
  it("near miss: a fact box about another division", () => {
    expect(rec(page("NPS Brenthill at a glance"), "html").caseload?.peopleSupervised).toBe(5200);
  });
});

describe("staffSicknessDays: the year before the inspection is the year measured", () => {
  const doc = (s: string) => `Lowmoor PDU rated inadequate\n\nHM Inspectorate of Probation has rated Lowmoor PDU as 'Inadequate'.\n\n${s}`;
  it("reads 'an average of 12.6 days off sick in the year before the inspection'", () => {
    expect(rec(doc("Staff took an average of 12.6 days off sick in the year before the inspection.")).staffSicknessDays).toBe(12.6);
  });
  it("near miss: 'the year before' alone is a comparison", () => {
    expect(rec(doc("Sickness has fallen: it was an average of 12.6 days off sick the year before.")).staffSicknessDays).toBeNull();
  });
});

describe("aspectsInspected: inspectors who 'score' the standards", () => {
  const doc = (s: string) => `Lowmoor PDU rated inadequate\n\nHM Inspectorate of Probation has rated Lowmoor PDU as 'Inadequate'.\n\n${s}`;
  it("reads 'The inspectors score nine standards'", () => {
    expect(rec(doc("The inspectors score nine standards, and three of them are in the bottom box.")).aspectsInspected).toBe(9);
  });
  it("near miss: a score about nine standards, no verb", () => {
    expect(rec(doc("The score for nine standards is in the report.")).aspectsInspected).toBeNull();
  });
});
