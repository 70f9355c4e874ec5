/**
 * Held-out set 32, title, document type, ratings, dates and caseload
 * (invented names): a blog's masthead, tagline and "Home | …" bar above the
 * post's title with its dateline; a magazine's "ALSO IN THIS ISSUE: …"
 * teaser line; "By Jo Bloggs, news editor"; "Inspectors were in the division
 * in November and December"; "When the service was last inspected in 2018,
 * under …, it was rated …"; "Of the 8,214 people supervised by the division
 * on 31 March 2019"; a "FACT FILE: X CRC" box with "Caseload: N people (as
 * at …, source)" run on into the next line; "caseloads, averaging nine
 * children each".
 */
import { describe, expect, it } from "vitest";
import { recordOf } from "../helpers.js";

const rec = (t: string, format?: "text" | "html") => recordOf(t, format).record;

describe("title: a blog's masthead, tagline and home navigation bar above the post's title and its dateline", () => {
  const blog = (titleLine: string, dateline: string) =>
    [
      "FAIR PAROLE NOW",
      "",
      "Standing up for people on licence since 2009",
      "",
      "Home | Who we are | Blog | Join us | Contact",
      "",
      "Blog",
      "",
      titleLine,
      "",
      dateline,
      "",
      "On Wednesday the probation inspectorate published its report on the Eastfold division of the National Probation Service. Inspectors rated the division 'Good'.",
      "",
      "Chief Inspector of Probation Justin Russell said: \"Staff in Eastfold know their cases well.\"",
      "",
    ].join("\n");

  it("the line with the dateline under it, past the bar and the section label", () => {
    expect(rec(blog("Eastfold probation: a 'Good' that was hard won", "Posted on 4 May 2021 by Ada Penrose")).title).toBe("Eastfold probation: a 'Good' that was hard won");
  });

  it("near miss: no dateline under the line past the bar: not taken for the title", () => {
    expect(rec(blog("Eastfold probation: a 'Good' that was hard won", "Share this: Facebook | Twitter")).title).not.toBe("Eastfold probation: a 'Good' that was hard won");
  });
});

describe("title: a magazine's 'ALSO IN THIS ISSUE:' teaser line is furniture, and names no other inspected provider", () => {
  const mag = (teaser: string) =>
    [
      "JUSTICE PRACTICE WEEKLY",
      "",
      "Issue 88 | March 2019",
      "",
      "NEWS > INSPECTIONS",
      "",
      teaser,
      "",
      "Brindley CRC rated 'Requires improvement' by inspectors",
      "",
      "By Carl Dunmore, news editor | Tuesday 12 March 2019",
      "",
      "Brindley Community Rehabilitation Company (CRC) has been rated 'Requires improvement' by HM Inspectorate of Probation.",
      "",
      "Inspectors found that staff in Brindley CRC were committed but stretched.",
      "",
    ].join("\n");

  it("the headline under the teaser line", () => {
    const r = rec(mag("ALSO IN THIS ISSUE: Wexcombe CRC's unpaid work rated 'Outstanding' (p9) * Letters (p22)"));
    expect(r.title).toBe("Brindley CRC rated 'Requires improvement' by inspectors");
    expect(r.alsoInspected).toEqual([]);
  });

  it("near miss: a headline that opens 'More in this issue than …' (no colon) is no teaser", () => {
    const r = rec(mag("More in this issue than the numbers show for Brindley"));
    expect(r.title).toBe("More in this issue than the numbers show for Brindley");
  });
});

describe("documentType: a byline with the writer's news desk role ('By Jo Bloggs, news editor')", () => {
  const page = (byline: string) =>
    [
      "PROBATION PRACTICE REVIEW",
      "",
      "Issue 41 | May 2018 | Subscribe",
      "",
      "Calmer County CRC told to improve",
      "",
      byline,
      "",
      "Calmer County Community Rehabilitation Company (CRC) has been rated 'Requires improvement' by HM Inspectorate of Probation, in a report published on Tuesday.",
      "",
      "Inspectors said too many cases were not reviewed when circumstances changed.",
      "",
    ].join("\n");

  it("'news editor': a news article, though the page has an issue line", () => {
    expect(rec(page("By Rhona Gill, news editor | 10 May 2018")).documentType).toBe("news-article");
  });

  it("near miss: 'newsletter editor' is no news desk", () => {
    expect(rec(page("By Rhona Gill, newsletter editor | 10 May 2018")).documentType).not.toBe("news-article");
  });
});

describe("dates: 'Inspectors were in the division in November and December' (no year, the post of March)", () => {
  const doc = (sentence: string) =>
    [
      "Eastfold division rated 'Good'",
      "",
      "Posted on 10 March 2020",
      "",
      "HM Inspectorate of Probation has rated the Eastfold division of the National Probation Service as 'Good'.",
      "",
      sentence,
      "",
    ].join("\n");

  it("the months of the year before", () => {
    const r = rec(doc("Inspectors were in the division in November and December, interviewing staff and reading 90 cases."));
    expect([r.dates.inspectionStart, r.dates.inspectionEnd]).toEqual(["2019-11", "2019-12"]);
  });

  it("near miss: trainees who were in the division then (inspectors named elsewhere in the sentence): no fieldwork", () => {
    const r = rec(doc("Inspectors noted that 40 trainees were in the division in November and December."));
    expect([r.dates.inspectionStart, r.dates.inspectionEnd]).toEqual([null, null]);
  });
});

describe("overall rating: 'When the service was last inspected in 2018, under the former chief inspector …, it was rated …'", () => {
  const doc = (lastTime: string) =>
    [
      "Ardley youth justice service rated 'good'",
      "",
      "The service that works with children in Ardley has been rated 'good' by the probation watchdog.",
      "",
      lastTime,
      "",
      "This time inspectors rated it good overall.",
      "",
    ].join("\n");

  it("the rating after the long aside is the one given last time", () => {
    const r = rec(doc("When the service was last inspected in 2018, under the former chief inspector Dame Ingrid Solway, it was rated 'requires improvement'."));
    expect([r.overallRating, r.previousOverallRating]).toEqual(["Good", "Requires improvement"]);
  });

  it("near miss: a full stop after the last inspection: the rating after it is no old one", () => {
    const r = rec(doc("The service was last inspected in 2018. This year, under the new chief inspector Dame Ingrid Solway, it was rated 'requires improvement'."));
    expect(r.previousOverallRating).toBeNull();
  });
});

describe("caseload: 'Of the 8,214 people supervised by the division on 31 March 2019, …' (the whole caseload a share is of)", () => {
  const doc = (share: string) =>
    [
      "Eastfold probation division rated 'Requires improvement'",
      "",
      "HM Inspectorate of Probation has rated the Eastfold division of the National Probation Service as 'Requires improvement'.",
      "",
      "NPS Eastfold supervises nearly 8,000 people across the county.",
      "",
      `The report says: "${share}, more than a quarter were assessed as posing a high risk of serious harm."`,
      "",
    ].join("\n");

  it("the exact figure with its date beats the rounded one", () => {
    const c = rec(doc("Of the 8,214 people supervised by the division on 31 March 2019")).caseload;
    expect([c.peopleSupervised, c.peopleSupervisedQualifier, c.peopleSupervisedAsOf]).toEqual([8214, "exact", "2019-03-31"]);
  });

  it("near miss: another division's people: the rounded figure stays", () => {
    const c = rec(doc("Of the 8,214 people supervised by Westmere division on 31 March 2019")).caseload;
    expect([c.peopleSupervised, c.peopleSupervisedQualifier]).toEqual([8000, "about"]);
  });
});

describe("caseload: a 'FACT FILE: X CRC' box whose caseload line runs on into the next", () => {
  const doc = (name: string) =>
    [
      "Brindley CRC rated 'Inadequate'",
      "",
      "Brindley Community Rehabilitation Company (CRC) has been rated 'Inadequate' by HM Inspectorate of Probation. The CRC supervises around 5,400 people.",
      "",
      "Inspectors found that staff were stretched.",
      "",
      `FACT FILE: ${name}`,
      "Owner: Tarn Justice Partners",
      "Caseload: 5,412 people (as at 31 March 2018, Ministry of Justice figures)",
      "Overall rating: Inadequate",
      "Fieldwork: October 2018",
      "",
    ].join("\n");

  it("the box's exact figure and date", () => {
    const c = rec(doc("BRINDLEY CRC")).caseload;
    expect([c.peopleSupervised, c.peopleSupervisedQualifier, c.peopleSupervisedAsOf]).toEqual([5412, "exact", "2018-03-31"]);
  });

  it("near miss: a fact file about another CRC: the story's own figure stays", () => {
    const c = rec(doc("WEXCOMBE CRC")).caseload;
    expect([c.peopleSupervised, c.peopleSupervisedQualifier]).toEqual([5400, "about"]);
  });
});

describe("caseload: 'They hold manageable caseloads, averaging nine children each' (average cases per staff member)", () => {
  const doc = (said: string) =>
    [
      "Ardley youth justice service rated 'Good'",
      "",
      "HM Inspectorate of Probation has rated Ardley Youth Justice Service as 'Good'.",
      "",
      `Chief Inspector of Probation Justin Russell said: "Case managers know their children well. ${said}"`,
      "",
    ].join("\n");

  it("nine each", () => {
    expect(rec(doc("They hold manageable caseloads, averaging nine children each, and use that time well.")).caseload.averageCasesPerStaff).toBe(9);
  });

  it("near miss: caseloads averaging nine children over a year (no 'each'): none", () => {
    expect(rec(doc("They hold manageable caseloads, averaging nine children over the year, and use that time well.")).caseload.averageCasesPerStaff).toBeNull();
  });
});
