/**
 * Held-out set 20: ratings in a graphic's caption ("Label: Rating / …"), a
 * caseload dated "on June 30", an old rating after "when inspectors last
 * called", "either 'X' or …", aspects given "the top grade", "<Name> became
 * Chief Inspector", a spoken "Staffing we've rated 'X'", "… came out the
 * same", "eight standards in all", "two thousand one hundred", and a
 * correction notice's wrong figure (invented names).
 */
import { describe, expect, it } from "vitest";
import { aspectPairsOf, recordOf, valueOf } from "../helpers.js";

const pairs = aspectPairsOf;
const overall = (t: string) => valueOf("overall-rating", "overallRating", t);
const previous = (t: string) => valueOf("overall-rating", "previousOverallRating", t);
const chief = (t: string) => valueOf("chief-inspector", "chiefInspector", t);
const count = (t: string) => valueOf("aspects-inspected", "aspectsInspected", t);
const caseload = (t: string) => recordOf(t).record.caseload;

const NEWS = "Probation service told to improve\n\nBy Ann Reporter\nTuesday, March 12, 2019\n\nBrackley and Moss CRC was rated 'requires improvement' overall by HM Inspectorate of Probation in a report published today.\n\n";

describe("aspect ratings: a caption's 'Label: Rating / …' list", () => {
  it("reads the pairs after a caption ending with a dash", () => {
    const text = NEWS + "CHART: How the CRC fared — Leadership: Good / Staffing: Inadequate / Services: Requires improvement / Unpaid work: Good. Source: the inspectorate\n\nMore to follow.";
    expect(pairs(text)).toEqual(["Leadership=Good", "Services=Requires improvement", "Staff=Inadequate", "Unpaid work=Good"]);
  });

  it("reads 'Label: Rating' items set off by commas", () => {
    const text = NEWS + "The scores. Leadership: Good, Staffing: Outstanding, Reviewing: Inadequate.\n\nMore to follow.";
    expect(pairs(text)).toEqual(["Leadership=Good", "Reviewing=Inadequate", "Staff=Outstanding"]);
  });

  it("near miss: a slash list whose labels are not aspects rates nothing", () => {
    const text = NEWS + "CHART: How the towns fared — Brackley: Good / Moss: Inadequate / Dunford: Requires improvement. Source: the inspectorate\n\nMore to follow.";
    expect(pairs(text)).toEqual([]);
  });
});

describe("caseload: 'on June 30' keeps its day", () => {
  it("dates the figure to the day", () => {
    const text = NEWS + "Official figures show Brackley and Moss CRC was supervising 6,214 people on June 30.\n\nMore to follow.";
    expect(caseload(text)?.peopleSupervisedAsOf).toBe("2018-06-30");
  });

  it("near miss: 'in June' gives the month only", () => {
    const text = NEWS + "Official figures show Brackley and Moss CRC was supervising 6,214 people in June 30 offices.\n\nMore to follow.";
    expect(caseload(text)?.peopleSupervisedAsOf).toBe("2018-06");
  });
});

const TV = "Dunmere probation team rated ‘Outstanding’ by inspectors\n\nA probation service covering Dunmere and Pellow has been rated ‘Outstanding’ by inspectors.\n\n";

describe("overall rating: an old rating after 'when inspectors last called'", () => {
  it("reads the old rating as the previous one", () => {
    const text = TV + "When inspectors last called, in May 2021, the unit was rated ‘Good’.\n\nStaff were delighted.";
    expect(overall(text)).toBe("Outstanding");
    expect(previous(text)).toBe("Good");
  });

  it("near miss: 'when inspectors called' without 'last' is not an old rating", () => {
    const text = TV + "When inspectors called, in May 2021, the unit was rated ‘Good’.\n\nStaff were delighted.";
    expect(overall(text)).toBeNull();
  });
});

describe("ratings: 'either X or …' states no rating", () => {
  it("drops a rating offered as one of two", () => {
    const text = TV + "Every unit inspected before it was found to be either ‘Inadequate’ or in need of improvement.\n\nStaff were delighted.";
    expect(overall(text)).toBe("Outstanding");
  });

  it("near miss: without 'either', the rating is read", () => {
    const text = TV + "Every unit inspected before it was found to be ‘Inadequate’.\n\nStaff were delighted.";
    expect(overall(text)).toBeNull();
  });
});

describe("aspect ratings: aspects given 'the top grade'", () => {
  it("reads the top grade as 'Outstanding', the lowest as 'Inadequate'", () => {
    expect(pairs(TV + "Inspectors gave the unit’s leadership and its staffing the top grade.\n\nWell done.")).toEqual(["Leadership=Outstanding", "Staff=Outstanding"]);
    expect(pairs(TV + "Inspectors gave reviewing the lowest grade.\n\nWell done.")).toEqual(["Reviewing=Inadequate"]);
  });

  it("near miss: given to something that is no aspect, nothing is read", () => {
    expect(pairs(TV + "Inspectors gave the unit’s new office the top grade for comfort.\n\nWell done.")).toEqual([]);
  });
});

describe("chief inspector: '<Name> became Chief Inspector'", () => {
  it("reads the full name right before the verb", () => {
    expect(chief(TV + "It is the first unit rated so since Rowan Talbot became Chief Inspector of Probation in 2024.\n\nWell done.")).toBe("Rowan Talbot");
  });

  it("near miss: a name with other words before the verb is not read", () => {
    expect(chief(TV + "It is the first unit since Rowan Talbot's deputy became Chief Inspector of Probation in 2024.\n\nWell done.")).toBeNull();
  });
});

const RADIO = "Transcript: probation chief on Selby Cross PDU\n\nPRESENTER: Good morning.\n\nCHIEF: We've rated the Selby Cross PDU as 'Requires improvement' overall.\n\n";

describe("aspect ratings: spoken forms", () => {
  it("reads an object put before 'we've rated'", () => {
    expect(pairs(RADIO + "CHIEF: Staffing we've rated 'Inadequate', which is our lowest grade.\n\nPRESENTER: Thank you.")).toEqual(["Staff=Inadequate"]);
  });

  it("near miss: a person before 'we've rated' is no aspect", () => {
    expect(pairs(RADIO + "CHIEF: Mr Dale we've rated 'Inadequate', which is our lowest grade.\n\nPRESENTER: Thank you.")).toEqual([]);
  });

  it("gives aspects that 'came out the same' the rating just stated", () => {
    const text = RADIO + "CHIEF: Reviewing we rated 'Good'. Services and information and facilities came out the same.\n\nPRESENTER: Thank you.";
    expect(pairs(text)).toEqual(["Information and facilities=Good", "Reviewing=Good", "Services=Good"]);
  });

  it("near miss: 'the same as last time' is another thing, and two ratings before give none", () => {
    expect(pairs(RADIO + "CHIEF: Reviewing we rated 'Good'. Services came out the same as last time.\n\nPRESENTER: Thank you.")).toEqual(["Reviewing=Good"]);
    expect(pairs(RADIO + "CHIEF: We rated reviewing 'Good' and planning 'Inadequate'. Services came out the same.\n\nPRESENTER: Thank you.")).toEqual(["Planning=Inadequate", "Reviewing=Good"]);
  });
});

describe("aspects inspected: 'eight standards in all'", () => {
  it("reads the count said to be the whole", () => {
    expect(count(RADIO + "CHIEF: So that's eight standards in all, one 'Good' and seven 'Requires improvement'.\n\nPRESENTER: Thank you.")).toBe(8);
  });

  it("near miss: a count in all then rated is a subset", () => {
    expect(count(RADIO + "CHIEF: Six standards in all were rated 'Requires improvement'.\n\nPRESENTER: Thank you.")).toBeNull();
  });
});

describe("caseload: number words with thousands and hundreds", () => {
  it("reads 'two thousand one hundred'", () => {
    const c = caseload(NEWS + "Brackley and Moss CRC is supervising roughly two thousand one hundred people across the district.\n\nMore to follow.");
    expect(c?.peopleSupervised).toBe(2100);
    expect(c?.peopleSupervisedQualifier).toBe("about");
  });

  it("near miss: 'two thousand' alone stays 2,000", () => {
    expect(caseload(NEWS + "Brackley and Moss CRC is supervising roughly two thousand people across the district.\n\nMore to follow.")?.peopleSupervised).toBe(2000);
  });
});

describe("caseload: a correction notice's wrong figure", () => {
  const BODY = NEWS + "Brackley and Moss CRC, which supervises about 5,900 offenders, was told to improve.\n\n";
  it("skips the figure an earlier version gave", () => {
    const c = caseload(BODY + "This article was amended on 14 March 2019. An earlier version said the CRC supervised 3,900 offenders; the correct figure is about 5,900.");
    expect(c?.peopleSupervised).toBe(5900);
  });

  it("near miss: the same figure in an ordinary sentence is read", () => {
    const c = caseload(BODY + "Last year the CRC supervised 3,900 offenders, the report said.");
    expect(c?.peopleSupervised).toBe(3900);
  });
});
