/**
 * Held-out set 26, its tt- documents: a release page whose breadcrumb trail
 * carries a "You are here:" label, a headline saying the provider "climbs out
 * of 'Inadequate'", a local paper's "works with children … in trouble with
 * the law across A, B and C", "a full joint inspection … in June", another
 * body's figures named with "according to … figures", and a neutral
 * "findings included:" list whose first item names "strengths and
 * weaknesses" (invented names).
 */
import { describe, expect, it } from "vitest";
import { recordOf } from "../helpers.js";

const rec = (t: string, format?: "text" | "html") => recordOf(t, format).record;

describe("title: a breadcrumb trail with its 'You are here:' label", () => {
  const HEADLINE = "Pellbury and Dunmore CRC makes progress but risk work lags";
  const page = (crumb: string) =>
    ["Skip to main content", "HM Inspectorate of Probation", "Home | About us | Our work | Media", "Search this site", crumb, "Press release", HEADLINE, "Posted: 3 March 2020", "HM Inspectorate of Probation has published its report on Pellbury and Dunmore Community Rehabilitation Company (CRC)."].join("\n");

  it("passes 'You are here: Home > Media > Press releases > 2020'", () => {
    expect(rec(page("You are here: Home > Media > Press releases > 2020")).title).toBe(HEADLINE);
  });

  it("passes 'You are in: Home › News › Crime and justice › Courts'", () => {
    expect(rec(page("You are in: Home › News › Crime and justice › Courts")).title).toBe(HEADLINE);
  });

  it("near miss: a headline that starts 'You are' is kept", () => {
    const t = "You are not forgotten, inspectors tell staff at Pellbury CRC\nHM Inspectorate of Probation has published its report on Pellbury Community Rehabilitation Company (CRC).\n";
    expect(rec(t).title).toBe("You are not forgotten, inspectors tell staff at Pellbury CRC");
  });
});

describe("overallRating: a move 'out of' a rating names the one left behind", () => {
  const body = (headline: string) =>
    `${headline}\n\nHM Inspectorate of Probation inspected Pellbury Community Rehabilitation Company (CRC) in February. When inspectors last visited, in May 2018, the CRC was rated ‘Inadequate’. This time it has been given an overall rating of ‘Requires improvement’.\n`;

  it("'climbs out of ‘Inadequate’' in the headline is the previous rating", () => {
    const r = rec(body("Pellbury CRC climbs out of ‘Inadequate’ but has more to do"));
    expect(r.overallRating).toBe("Requires improvement");
    expect(r.previousOverallRating).toBe("Inadequate");
  });

  it("'hauled itself out of the ‘Inadequate’' likewise", () => {
    const r = rec(body("Pellbury CRC has hauled itself out of the ‘Inadequate’ category"));
    expect(r.overallRating).toBe("Requires improvement");
  });

  it("near miss: a rating given 'out of' nothing ('rated ‘Inadequate’ out of four grades') stays a rating", () => {
    const t = "Pellbury CRC rated ‘Inadequate’ by inspectors\n\nHM Inspectorate of Probation inspected Pellbury Community Rehabilitation Company (CRC) in February and rated it ‘Inadequate’ overall.\n";
    expect(rec(t).overallRating).toBe("Inadequate");
  });
});

describe("provider.areas: 'works with … in trouble with the law across A, B and C'", () => {
  const page = (sentence: string) =>
    `Youth team praised by inspectors\n\nHM Inspectorate of Probation inspected Ellerby Youth Offending Service (YOS) in March.\n\nThe service, which is run by the county council with the police and health services, ${sentence}\n`;

  it("reads the places after the far 'across'", () => {
    expect(rec(page("works with children aged 10 to 17 who have been in trouble with the law across Marrow, Tindle Cross and Pashby.")).provider?.areas).toEqual(["Marrow", "Tindle Cross", "Pashby"]);
  });

  it("near miss: no 'across' after the 'in': no areas", () => {
    expect(rec(page("works with children aged 10 to 17 who have been in trouble with the law for the first time.")).provider?.areas).toEqual([]);
  });
});

describe("dates-inspection: 'a full joint inspection of X in June'", () => {
  const page = (sentence: string) =>
    `Youth team must do more to keep children safe\n\nBy Jo Parfitt Thursday 15 September 2016\n\n${sentence}\n\nAt the time of the inspection it was supervising 98 children.\n`;

  it("takes the month, its year from the date line, and dates the caseload", () => {
    const r = rec(page("HM Inspectorate of Probation led a full joint inspection of Ellerby Youth Offending Service (YOS) in June, working alongside colleagues from other inspectorates."));
    expect(r.dates.inspectionStart).toBe("2016-06");
    expect(r.dates.inspectionEnd).toBe("2016-06");
    expect(r.caseload.peopleSupervisedAsOf).toBe("2016-06");
  });

  it("near miss: a joint protocol signed in June is no inspection", () => {
    const r = rec(page("HM Inspectorate of Probation praised Ellerby Youth Offending Service (YOS), which signed a joint protocol with the police in June."));
    expect(r.dates.inspectionStart).toBeNull();
  });
});

describe("figures: another body's figures named with 'according to … figures'", () => {
  const page = (sentence: string) =>
    `Youth team praised by inspectors\n\nHM Inspectorate of Probation inspected Ellerby Youth Offending Service (YOS) in March. In 21 of the 30 cases inspectors examined, staff had assessed the child's needs well.\n\n${sentence}\n`;
  const values = (t: string) => rec(t).figures.map((f) => f.value);

  it("drops the numbers before the phrase and after it in its clause", () => {
    const v = values(page("In 2015, 62 children from the county entered the youth justice system for the first time, according to Youth Justice Board figures – a fall of 37 per cent over five years."));
    expect(v).toContain(21);
    expect(v).not.toContain(62);
    expect(v).not.toContain(37);
  });

  it("near miss: a number in a new clause after the phrase is kept", () => {
    const v = values(page("An estimated 1.4 million people were victims last year, according to national statistics, and inspectors found that 37 per cent of the cases they read lacked a safety plan."));
    expect(v).toContain(37);
  });
});

describe("findings: a neutral list naming 'strengths and weaknesses', then a turn to concerns", () => {
  const page = (first: string) =>
    "Inspectors rate Ellerby PDU\n\nInspectors assessed 55 cases. Their findings included:\n\n" +
    `- ${first}\n- new probation officers were well supported in their first year\n- a good range of services helped people into work and housing\n\n` +
    "However, inspectors were concerned that:\n\n- safeguarding checks were made in only 40 per cent of cases\n- management oversight was sufficient in a third of cases\n- the unit had many vacancies among probation officers\n";

  it("'understood the unit's strengths and weaknesses' is no shortcoming: the first list is strengths", () => {
    const r = rec(page("leaders understood the unit’s strengths and weaknesses and talked well with staff"));
    expect(r.findings.strengths).toHaveLength(3);
    expect(r.findings.concerns).toHaveLength(3);
  });

  it("near miss: an item naming a weakness of its own still is one", () => {
    const r = rec(page("leaders had a weak grip on the unit’s strengths and weaknesses and on performance"));
    expect(r.findings.strengths).toHaveLength(0);
  });
});
