/**
 * Held-out sets 29 and 30, provider, dates, caseload and figures (invented
 * names): an NPS short form written "X NPS division", a shouted possessive
 * before a youth service, "across X, including the city of A and the towns
 * of B and C", "Part of the … region, the PDU supervises …", an average
 * caseload of one named part of the provider, a predecessor's inspection
 * where the text calls this one the first, "in the two counties in March
 * 2012", "in spring 2022", "the inspectorate last went into X, in November
 * 2022", "late June and the first week of July", "inspectors carried out
 * most of their work remotely, in May", "reading 61 cases", and numbers in
 * a sentence opening on another body's word.
 */
import { describe, expect, it } from "vitest";
import { recordOf } from "../helpers.js";
import { isPlaceWord } from "../../src/extractors/lib/places.js";

const rec = (t: string, format?: "text" | "html") => recordOf(t, format).record;
const figs = (t: string) => rec(t).figures.map((f) => `${f.value} ${f.unit}`);

describe("provider.shortName: 'X NPS division' as written", () => {
  const doc = (short: string) =>
    `${short}: victims let down, say inspectors\n\nStaff in the Fellmoor division of the National Probation Service (NPS) manage high-risk cases well, HM Inspectorate of Probation said today. ${short} covers Tarnshire and Oxley.\n`;

  it("keeps 'division' after 'NPS'", () => {
    const p = rec(doc("Fellmoor NPS division")).provider!;
    expect(p.name).toBe("National Probation Service Fellmoor division");
    expect(p.shortName).toBe("Fellmoor NPS division");
  });

  it("near miss: 'Fellmoor NPS' alone stays so", () => {
    expect(rec(doc("Fellmoor NPS")).provider!.shortName).toBe("Fellmoor NPS");
  });
});

describe("provider.name: a shouted possessive before the service", () => {
  const doc = (lede: string) =>
    `Youth service rated good\n\n${lede} youth offending service has been rated good by the probation watchdog.\n\nHM Inspectorate of Probation visited Ashworth Youth Offending Service (YOS), which works with children across Ashworth and Pelling, in May.\n`;

  it("'ASHWORTH’S' is no place: the service keeps its written name", () => {
    expect(rec(doc("ASHWORTH’S")).provider!.name).toBe("Ashworth Youth Offending Service");
  });

  it("a shouted possessive is no place word; a name or a lower-case possessive's stem is", () => {
    expect(isPlaceWord("ASHWORTH’S")).toBe(false);
    expect(isPlaceWord("ASHWORTH'S")).toBe(false);
    expect(isPlaceWord("Ashworth")).toBe(true);
  });
});

describe("provider.areas: 'across X, including the city of A and the towns of B and C'", () => {
  const doc = (tail: string) =>
    `Ashdown trust praised\n\nStaff at Ashdown Probation Trust were praised by HM Inspectorate of Probation in a report published today.\n\nThe Trust supervises about 3,100 adults on community orders and licences across Ashdown, including ${tail}.\n`;

  it("the places inside the broad one", () => {
    expect(rec(doc("the city of Penmore and the market towns of Rillby, Lower Fenn and Codwick")).provider!.areas).toEqual(["Penmore", "Rillby", "Lower Fenn", "Codwick"]);
  });

  it("near miss: 'including' people, not places, keeps the place", () => {
    expect(rec(doc("men and women from the city of Penmore")).provider!.areas).toEqual(["Ashdown"]);
  });
});

describe("provider.areas: 'Part of the … region, the PDU supervises … in A, B and C'", () => {
  const doc = (lead: string) =>
    `Kelby PDU rated\n\nOrbury and Kelby Probation Delivery Unit (PDU) was rated by HM Inspectorate of Probation.\n\n${lead} the PDU supervises almost 3,000 people on probation who live in Orbury, Kelby, Penmore and the rural district of Rillby.\n`;

  it("the region set before the subject is what the PDU is part of", () => {
    expect(rec(doc("Part of the Probation Service’s North Fen region,")).provider!.areas).toEqual(["Orbury", "Kelby", "Penmore", "Rillby"]);
  });

  it("near miss: a region named otherwise is another provider's sentence", () => {
    expect(rec(doc("Next to the Probation Service’s North Fen region,")).provider!.areas).toEqual([]);
  });
});

describe("caseload.averageCasesPerStaff: one named part's teams are not the provider", () => {
  const doc = (teams: string) =>
    `Wenlow NPS division: mixed report\n\nStaff in the Wenlow division of the National Probation Service (NPS) do a sound job, HM Inspectorate of Probation said. Inspectors found that workloads were high in the ${teams} teams, where probation officers held an average of 44 cases each.\n`;

  it("'in the Orton teams': a figure, not the caseload", () => {
    const r = rec(doc("Orton"));
    expect(r.caseload.averageCasesPerStaff).toBeNull();
    expect(r.figures.map((f) => `${f.value} ${f.unit}`)).toContain("44 cases");
  });

  it("near miss: the provider's own teams ('the Wenlow teams') give its average", () => {
    const r = rec(doc("Wenlow"));
    expect(r.caseload.averageCasesPerStaff).toBe(44);
    expect(r.figures.map((f) => `${f.value} ${f.unit}`)).not.toContain("44 cases");
  });
});

describe("dates.previousInspection: a predecessor's inspection, where this is the first", () => {
  const doc = (first: string) =>
    `Tarnmoor NPS division: report\n\nHM Inspectorate of Probation published its report on the Tarnmoor division of the National Probation Service (NPS) on 3 May 2016. ${first}Probation work in the area was last inspected in 2013, when it was delivered by Tarnmoor and Wyle Probation Trust.\n`;

  it("'This was the first inspection of the division': no previous one", () => {
    expect(rec(doc("This was the first inspection of the division since it was created. ")).dates.previousInspection).toBeNull();
  });

  it("near miss: without it, the area's last inspection counts", () => {
    expect(rec(doc("")).dates.previousInspection).toBe("2013");
  });
});

describe("dates.previousInspection: the date after a counted group of places, a season, 'last went into'", () => {
  const crc = (s: string) => `Dunmere CRC report\n\nA report by HM Inspectorate of Probation, published on 20 January 2015, found that Dunmere Community Rehabilitation Company (CRC) was not checking risks. ${s}\n`;

  it("'last examined probation work in the two counties in March 2012'", () => {
    expect(rec(crc("Inspectors last examined probation work in the two counties in March 2012.")).dates.previousInspection).toBe("2012-03");
  });

  it("near miss: 'since March 2012' is no date of the inspection", () => {
    expect(rec(crc("Inspectors last examined probation work in the two counties since March 2012.")).dates.previousInspection).toBeNull();
  });

  const pdu = (s: string) => `Helm PDU rated\n\nHelm Probation Delivery Unit (PDU) was rated ‘Inadequate’ overall by HM Inspectorate of Probation on 5 December 2023, ${s}\n`;

  it("'when inspectors last visited in spring 2022'", () => {
    expect(rec(pdu("down from ‘Requires improvement’ when inspectors last visited in spring 2022.")).dates.previousInspection).toBe("2022");
  });

  it("near miss: 'in spring' without a year", () => {
    expect(rec(pdu("down from ‘Requires improvement’ when inspectors last visited in spring.")).dates.previousInspection).toBeNull();
  });

  const blog = (verb: string) =>
    `Helm PDU, two years on\n\n14 May 2025\n\nWhen HM Inspectorate of Probation ${verb} Helm Probation Delivery Unit, in November 2022, it gave the unit the bottom grade.\n`;

  it("'HM Inspectorate of Probation last went into X, in November 2022'", () => {
    expect(rec(blog("last went into")).dates.previousInspection).toBe("2022-11");
  });

  it("near miss: without 'last' it is no earlier visit", () => {
    expect(rec(blog("went into")).dates.previousInspection).toBeNull();
  });
});

describe("dates.inspectionStart/End: 'late June and the first week of July'; 'inspectors carried out … their work …, in May'", () => {
  const doc = (s: string) => `Brede PDU rated\n\n15 November 2022\n\nBrede Probation Delivery Unit (PDU) was rated by HM Inspectorate of Probation. ${s}\n`;

  it("a second spell after 'and the first week of'", () => {
    const d = rec(doc("Inspectors were on site in late June and the first week of July, and they looked at 54 cases.")).dates;
    expect([d.inspectionStart, d.inspectionEnd]).toEqual(["2022-06", "2022-07"]);
  });

  it("near miss: 'the first week of the new rota' names no month", () => {
    const d = rec(doc("Inspectors were on site in late June and the first week of the new rota was hard.")).dates;
    expect([d.inspectionStart, d.inspectionEnd]).toEqual(["2022-06", "2022-06"]);
  });

  it("'inspectors carried out most of their work remotely, in May'", () => {
    const d = rec(doc("Because of Covid restrictions, inspectors carried out most of their work remotely, in May.")).dates;
    expect([d.inspectionStart, d.inspectionEnd]).toEqual(["2022-05", "2022-05"]);
  });

  it("near miss: the staff's work in May is no inspection", () => {
    const d = rec(doc("Because of Covid restrictions, staff carried out most of their work remotely, in May.")).dates;
    expect([d.inspectionStart, d.inspectionEnd]).toEqual([null, null]);
  });
});

describe("figures: a sample read in '-ing'; another body's word opening the sentence", () => {
  const doc = (s: string) => `Yarrow PDU rated\n\nYarrow Probation Delivery Unit (PDU) was rated ‘Good’ by HM Inspectorate of Probation. ${s}\n`;

  it("'reading 61 cases in detail'", () => {
    expect(figs(doc("Inspectors spent two weeks with the PDU in August, reading 61 cases in detail and meeting staff."))).toContain("61 count");
  });

  it("near miss: 'reading 61 pages' counts no cases", () => {
    expect(figs(doc("Inspectors spent two weeks with the PDU in August, reading 61 pages of policy."))).not.toContain("61 count");
  });

  it("'According to the Youth Justice Board, …': the board's numbers", () => {
    expect(figs(doc("According to the Youth Justice Board, about 21,700 children were cautioned in the year, a fall of more than 80% over a decade."))).toEqual([]);
  });

  it("near miss: 'According to the report, …' is the inspection's", () => {
    expect(figs(doc("According to the report, 40 per cent of cases had a sound plan."))).toContain("40 percent");
  });

  it("'The council says …': the council's numbers", () => {
    expect(figs(doc("The council says it has protected the budget, and that first-time entrants fell by 18 per cent last year."))).toEqual([]);
  });

  it("near miss: 'The report says …' is the inspection's", () => {
    expect(figs(doc("The report says that plans were sound in 18 per cent of cases."))).toContain("18 percent");
  });
});
