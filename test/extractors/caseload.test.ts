import { describe, expect, it } from "vitest";
import { caseload } from "../../src/extractors/caseload.js";
import type { Provider } from "../../src/schema/record.js";
import { runWith } from "./numeric-context.js";

const crc: Provider = { name: "Westshire Community Rehabilitation Company", shortName: "Westshire CRC", type: "CRC", areas: [] };
const yjs: Provider = { name: "Northtown Youth Justice Service", shortName: null, type: "Youth justice service", areas: [] };

function load(text: string, extra: Record<string, unknown> = {}, provider: Provider | null = crc) {
  return runWith(caseload, "caseload", text, { provider, subject: "provider-inspection", "dates.published": "2020-06-10", ...extra } as never);
}

describe("caseload", () => {
  it("reads a qualified figure about the provider", () => {
    expect(load("The CRC supervises more than 6,200 low and medium-risk offenders across the county.").value).toEqual({
      peopleSupervised: 6200,
      peopleSupervisedQualifier: "more than",
      peopleSupervisedAsOf: null,
      averageCasesPerStaff: null,
    });
  });

  it("prefers an exact figure with its date from the notes", () => {
    const text = "The CRC supervises more than 6,200 offenders.\n\nENDS\n\nNotes to editors\n\n1. Westshire CRC supervised 6,235 individuals as at 30 September 2019 (source: Ministry of Justice).";
    const v = load(text).value!;
    expect([v.peopleSupervised, v.peopleSupervisedQualifier, v.peopleSupervisedAsOf]).toEqual([6235, "exact", "2019-09-30"]);
  });

  it("maps qualifiers", () => {
    expect(load("The trust, which supervises about 3,900 offenders in the county, was praised.").value?.peopleSupervisedQualifier).toBe("about");
    expect(load("The service is responsible for managing roughly 19,000 people.").value?.peopleSupervisedQualifier).toBe("about");
    expect(load("The CRC supervises almost 4,000 people.").value?.peopleSupervisedQualifier).toBe("about");
    expect(load("The CRC supervises under 2,000 people.").value?.peopleSupervisedQualifier).toBe("fewer than");
  });

  it("reads numbers in words and a month 'as of'", () => {
    const v = load("The CRC supervised sixteen thousand people as of October 2019.").value!;
    expect([v.peopleSupervised, v.peopleSupervisedAsOf]).toEqual([16000, "2019-10"]);
  });

  it("'at the time of the inspection' takes a one-month fieldwork", () => {
    const text = "Northtown Youth Justice Service was working with 126 children at the time of the inspection.";
    const one = load(text, { "dates.inspectionStart": "2022-05", "dates.inspectionEnd": "2022-05" }, yjs).value!;
    expect([one.peopleSupervised, one.peopleSupervisedAsOf]).toEqual([126, "2022-05"]);
    const two = load(text, { "dates.inspectionStart": "2022-04", "dates.inspectionEnd": "2022-05" }, yjs).value!;
    expect(two.peopleSupervisedAsOf).toBeNull();
    const stated = load("The CRC, which is owned by a company, supervised 11,963 people at the time of the inspection in March 2019.").value!;
    expect(stated.peopleSupervisedAsOf).toBe("2019-03");
  });

  it("ignores national totals and other providers", () => {
    expect(load("Approximately 224,000 people are supervised by the Probation Service across England and Wales.").value).toBeNull();
    expect(load("Neighbouring Eastshire CRC supervises around 9,000 people.").value).toBeNull();
  });

  it("is empty without a provider in a thematic report", () => {
    expect(runWith(caseload, "caseload", "The CRC supervises 5,000 people.", { subject: "thematic" }).value).toBeNull();
  });

  it("leaves a conflict unsettled with a warning", () => {
    const r = load("The service currently supervises around 190 children. Northtown Youth Justice Service supervises more than 260 children.", {}, yjs);
    expect(r.value).toBeNull();
    expect(r.warnings.length).toBe(1);
  });

  it("finds a provider named with letters beyond ASCII as it finds an ASCII one", () => {
    const peopleIn = (name: string, text: string) => load(text, {}, { name: `${name} Youth Justice Service`, shortName: null, type: "Youth justice service", areas: [] }).value?.peopleSupervised ?? null;
    // the same sentences, with the name in plain letters and with accents (and a curly apostrophe, a hyphen)
    for (const [name, plain] of [["Côtéville", "Coteville"], ["Vérte-Côte", "Verte-Cote"], ["Llŷnford", "Llynford"]]) {
      for (const say of [(n: string) => `${n} Youth Justice Service was working with 126 children.`, (n: string) => `${n}’s youth justice service works with 126 children.`]) {
        expect(peopleIn(plain!, say(plain!)), say(plain!)).toBe(126);
        expect(peopleIn(name!, say(name!)), say(name!)).toBe(126);
      }
    }
    // a name written with a typographic hyphen is still found by its parts
    expect(peopleIn("Vérte-Côte", "Vérte\u2010Côte Youth Justice Service was working with 126 children.")).toBe(126);
  });

  it("reads average cases per staff member", () => {
    expect(load("At the time of the inspection, probation staff managed an average of 64 cases each.").value?.averageCasesPerStaff).toBe(64);
    expect(load("Officers carried caseloads of 70 cases per officer.").value?.averageCasesPerStaff).toBe(70);
    expect(load("The national average caseload is 40 cases across England and Wales.").value).toBeNull();
  });
});

describe("caseload (round 2)", () => {
  it("reads per-officer caseloads written as 'each holding' or 'caseloads of around'", () => {
    expect(load("Practitioners were each holding 72 cases, far above the target.").value?.averageCasesPerStaff).toBe(72);
    expect(load("Staff described caseloads of around 65, and some had more.").value?.averageCasesPerStaff).toBe(65);
    expect(load("Officers in the north of the county are carrying about seventy cases each.").value?.averageCasesPerStaff).toBe(70);
    // a provider-wide caseload is not an average
    expect(load("The CRC had a caseload of 2,400 people.").value?.averageCasesPerStaff).toBeNull();
  });

  it("takes an as-at date written before the figure, and the fieldwork month for 'at the time'", () => {
    expect(load("As at 30 April 2020, Westshire CRC was supervising 5,114 people.").value?.peopleSupervisedAsOf).toBe("2020-04-30");
    const yt = load("During the inspection in January 2020, it was working with 64 children.", {}, yjs).value;
    expect(yt?.peopleSupervised).toBe(64);
    expect(yt?.peopleSupervisedAsOf).toBe("2020-01");
    const one = load("The team was working with 140 children at the time.", { "dates.inspectionStart": "2020-02", "dates.inspectionEnd": "2020-02" }, yjs).value;
    expect(one?.peopleSupervisedAsOf).toBe("2020-02");
  });

  it("does not date a present-tense figure by a month that belongs to the visit", () => {
    const v = load("Inspectors went to the CRC, which supervises about 3,100 people across the county, in March last year.").value;
    expect(v?.peopleSupervised).toBe(3100);
    expect(v?.peopleSupervisedAsOf).toBeNull();
  });
});

describe("caseload (held-out 3)", () => {
  it("dates a figure by a day stated before it ('On 31 March ... was supervising')", () => {
    const v = load("On 30 September 2013 the CRC was supervising 3,412 offenders in the community.").value!;
    expect([v.peopleSupervised, v.peopleSupervisedAsOf]).toEqual([3412, "2013-09-30"]);
    const w = load("The report was finished in May. On 1 April 2020, Westshire CRC was supervising 5,120 people.").value!;
    expect([w.peopleSupervised, w.peopleSupervisedAsOf]).toEqual([5120, "2020-04-01"]);
  });

  it("an 'on' inside the sentence is no date for the figure", () => {
    const v = load("The CRC, which reported on 3 March 2020 to the board, supervises 3,412 offenders.").value!;
    expect(v.peopleSupervisedAsOf).toBe(null);
  });

  it("'when inspectors visited' is the time of a one-month inspection", () => {
    const one = { "dates.inspectionStart": "2020-02", "dates.inspectionEnd": "2020-02" };
    expect(load("It was working with about 140 young people when inspectors visited.", one, yjs).value?.peopleSupervisedAsOf).toBe("2020-02");
    expect(load("The service supervised 1,200 people when we inspected, and most were on licence.", one, yjs).value?.peopleSupervisedAsOf).toBe("2020-02");
    const two = { "dates.inspectionStart": "2020-01", "dates.inspectionEnd": "2020-02" };
    expect(load("It was working with about 140 young people when inspectors visited.", two, yjs).value?.peopleSupervisedAsOf).toBe(null);
  });

  it("a figure dated by two months has no one date", () => {
    expect(load("The CRC was supervising around 2,350 people when inspectors visited in October and November last year.").value?.peopleSupervisedAsOf).toBe(null);
    expect(load("The CRC supervised 2,350 people in March to April 2019.").value?.peopleSupervisedAsOf).toBe(null);
    expect(load("The CRC supervised 2,350 people in March 2019, and April saw a rise.").value?.peopleSupervisedAsOf).toBe("2019-03");
  });
});

describe("caseload: held-out set 4 kinds", () => {
  const none = { peopleSupervised: null, peopleSupervisedQualifier: null, peopleSupervisedAsOf: null };

  it("reads a story's opening sentence describing the provider as 'responsible for about N offenders'", () => {
    const ledes = [
      "A privately run probation company responsible for about 5,400 offenders in the north of England has failed to see some of them for months, inspectors have found.",
      "A struggling probation company responsible for around 5,400 people across three counties has been told to improve, the inspectorate said today.",
    ];
    for (const lede of ledes) {
      const v = load(`Probation firm told to improve\n\nBy A Reporter\n\n${lede}\n\nWestshire CRC was inspected in March.`).value!;
      expect(v, lede).toMatchObject({ peopleSupervised: 5400, peopleSupervisedQualifier: "about" });
    }
  });

  it("does not take another provider described later, nor a neighbouring one in the lede", () => {
    const later = "Probation firm told to improve\n\nWestshire CRC was told to improve by inspectors on Tuesday after they examined 90 cases in detail.\n\nA probation company responsible for about 5,400 offenders in the next county was rated good last year.";
    expect(load(later).value ?? none).toMatchObject(none);
    const other = "Probation firm told to improve\n\nA neighbouring probation company responsible for about 5,400 offenders was rated good, while Westshire CRC was told to improve by inspectors.";
    expect(load(other).value ?? none).toMatchObject(none);
  });

  it("reads 'was supervising N of them' after a sentence about offenders, with its date", () => {
    const texts = [
      "Headline\n\nBody.\n\nNotes to editors\n\nb) The service has seven divisions. Nationally it supervises around 100,000 offenders. On 31 March 2019 Westshire CRC was supervising 4,120 of them.",
      "Headline\n\nBody.\n\nNotes to editors\n\nb) Across the region there are 30,000 people on probation. As at 31 March 2019, Westshire CRC was supervising 4,120 of them.",
    ];
    for (const t of texts) expect(load(t).value, t).toMatchObject({ peopleSupervised: 4120, peopleSupervisedQualifier: "exact", peopleSupervisedAsOf: "2019-03-31" });
  });

  it("does not read 'N of them' when the sentence before is not about people", () => {
    const text = "Headline\n\nInspectors read 120 reports. Westshire CRC was supervising 40 of them.";
    expect(load(text).value ?? none).toMatchObject(none);
  });

  it("takes no bound for an average caseload ('caseloads of up to 130', 'more than 70 cases each')", () => {
    for (const t of ["Some officers at Westshire CRC were carrying caseloads of up to 130.", "Officers at Westshire CRC were holding more than 70 cases each."]) {
      expect(load(t).value?.averageCasesPerStaff ?? null, t).toBeNull();
    }
    expect(load("Officers at Westshire CRC were holding around 70 cases each.").value?.averageCasesPerStaff).toBe(70);
  });

  it("dates the figure by 'when inspectors carried out their fieldwork in <month>'", () => {
    const texts = [
      "Westshire CRC was supervising 2,100 people on community sentences and licences when inspectors carried out their fieldwork in February 2020.",
      "Westshire CRC was supervising 2,100 people when inspectors did their fieldwork in February 2020.",
    ];
    for (const t of texts) expect(load(t).value?.peopleSupervisedAsOf, t).toBe("2020-02");
    const two = "Westshire CRC was supervising 2,100 people on community sentences and licences when inspectors carried out their fieldwork in February and March 2020.";
    expect(load(two).value?.peopleSupervisedAsOf).toBeNull();
  });

  it("dates 'At the time it was supervising N children' by a one-month inspection", () => {
    const text = "Inspectors visited Northtown Youth Justice Service in October. At the time it was supervising 118 children.";
    const one = { "dates.inspectionStart": "2019-10", "dates.inspectionEnd": "2019-10" };
    expect(load(text, one, yjs).value?.peopleSupervisedAsOf).toBe("2019-10");
    expect(load(text, { "dates.inspectionStart": "2019-10", "dates.inspectionEnd": "2019-11" }, yjs).value?.peopleSupervisedAsOf).toBeNull();
    expect(load("At the time of writing it was supervising 118 children.", one, yjs).value?.peopleSupervisedAsOf).toBeNull();
  });
});

describe("caseload: a rounded figure restated precisely, and 'At <date>' before the figure", () => {
  it("takes the precise figure restated after a rounded one, with its date", () => {
    const a = load("Westshire CRC was supervising nearly 4,000 people, or, to be precise, 3,947 as at 31 March 2020.").value;
    expect(a).toMatchObject({ peopleSupervised: 3947, peopleSupervisedQualifier: "exact", peopleSupervisedAsOf: "2020-03-31" });
    const b = load("The CRC supervises about 5,000 offenders (4,968 at the end of March 2020).").value;
    expect(b).toMatchObject({ peopleSupervised: 4968, peopleSupervisedQualifier: "exact", peopleSupervisedAsOf: "2020-03" });
    const c = load("The CRC supervises some 3,000 people - 2,941 to be exact.").value;
    expect(c).toMatchObject({ peopleSupervised: 2941, peopleSupervisedQualifier: "exact" });
  });

  it("keeps the rounded figure when what follows is a part of it or far from it", () => {
    const a = load("The CRC supervises nearly 7,000 people, 6,500 of them men.").value;
    expect(a).toMatchObject({ peopleSupervised: 7000, peopleSupervisedQualifier: "about" });
    const b = load("The CRC supervises about 5,000 people (2,100 in the city).").value;
    expect(b).toMatchObject({ peopleSupervised: 5000 });
  });

  it("reads 'At 31 March 2017' before the figure as its date, but not 'at' without a day", () => {
    expect(load("Notes\n\n1. At 31 March 2020 the Westshire CRC supervised 4,914 people.").value?.peopleSupervisedAsOf).toBe("2020-03-31");
    expect(load("Notes\n\n1. At the end of March 2020, Westshire CRC supervised 4,914 people.").value?.peopleSupervisedAsOf).toBe("2020-03");
    expect(load("At March's meeting, Westshire CRC said it supervised 4,914 people.").value?.peopleSupervisedAsOf).toBeNull();
  });
});

describe("caseload (held-out 6)", () => {
  const asOf = (text: string, extra: Record<string, unknown> = {}, provider: Provider | null = crc) => {
    const v = load(text, extra, provider).value;
    return v && [v.peopleSupervised, v.peopleSupervisedQualifier, v.peopleSupervisedAsOf];
  };

  it("dates a figure by the month of a 'when' clause before it", () => {
    expect(asOf("Inspectors visited the area in May, when the CRC was supervising approximately 3,100 people.")).toEqual([3100, "about", "2020-05"]);
    expect(asOf("The report was written in March 2019, when Westshire CRC supervised 2,840 people.")).toEqual([2840, "exact", "2019-03"]);
    // two months give no one date; a month in another clause dates nothing
    expect(asOf("Inspectors visited in May and June, when the CRC was supervising 3,100 people.")).toEqual([3100, "exact", null]);
    expect(asOf("The CRC moved offices in May. It was supervising 3,100 people.")).toEqual([3100, "exact", null]);
  });

  it("dates a figure by the as-at date of its footnote", () => {
    const md = "Westshire CRC supervises 6,912 people,[^2] and its officers hold 50 cases each.\n\n[^2]: As at 31 March 2020, according to the report.";
    expect(asOf(md)).toEqual([6912, "exact", "2020-03-31"]);
    const numbered = "Westshire CRC supervises 4,450 people [3] across the county.\n\n[3] Figures as at the end of June 2019.";
    expect(asOf(numbered)).toEqual([4450, "exact", "2019-06"]);
    // a note that opens with another event's date
    const other = "Westshire CRC supervises 6,912 people,[^2] across the county.\n\n[^2]: In June 2014 the CRC was created.";
    expect(asOf(other)).toEqual([6912, "exact", null]);
  });

  it("reads the provider's row of a table of units with their caseloads", () => {
    const region: Provider = { name: "Probation Service – Westmere region", shortName: "Westmere region", type: "Probation region", areas: [] };
    const table = (rows: string) =>
      `The region supervises nearly 4,000 people.\n\n| Unit | Overall rating | People supervised (31 March 2020) |\n| --- | --- | --- |\n| Northby PDU | Good | 2,100 |\n| Southby Westmere PDU | Inadequate | 1,890 |\n${rows}`;
    expect(asOf(table("| Westmere region (overall) | Requires improvement | 3,990 |"), {}, region)).toEqual([3990, "exact", "2020-03-31"]);
    // a total row, or no row for the region: the text's figure
    expect(asOf(table("| Total | Requires improvement | 3,990 |"), {}, region)).toEqual([4000, "about", null]);
    // a column of cases inspected is no caseload
    const inspected = "The region supervises nearly 4,000 people.\n\n| Unit | Cases inspected |\n| --- | --- |\n| Westmere region | 120 |";
    expect(asOf(inspected, {}, region)).toEqual([4000, "about", null]);
  });

  it("a 'when inspectors visited' clause opening the sentence dates the figure after it", () => {
    expect(load("When the inspectors visited in March, it was responsible for around 1,900 people.").value?.peopleSupervisedAsOf).toBe("2020-03");
    const one = { "dates.inspectionStart": "2020-02", "dates.inspectionEnd": "2020-02" };
    expect(load("When inspectors visited, the CRC was supervising about 3,100 people.", one).value?.peopleSupervisedAsOf).toBe("2020-02");
    // two months: no one date
    expect(load("When the inspectors visited in March and April, it was responsible for around 1,900 people.").value?.peopleSupervisedAsOf).toBe(null);
  });
});

describe("caseload: an aside naming the parent, and 'the average at N cases' (held-out set 10 kinds)", () => {
  it("reads a figure whose subject names what it is part of", () => {
    expect(load("The CRC, part of the Meridian Justice group, was supervising 2,480 people at the time of the inspection.").value?.peopleSupervised).toBe(2480);
    expect(load("The unit, which is part of the North Downs region, supervises 1,950 people.", {}, { name: "Ashcombe Probation Delivery Unit", shortName: "Ashcombe PDU", type: "PDU", areas: [] }).value?.peopleSupervised).toBe(1950);
  });

  it("still takes no other provider's figure beside the aside", () => {
    expect(load("Eastmoor CRC, part of the same group, supervises 3,100 people.").value).toBeNull();
  });

  it("reads the average put at so many cases for each officer", () => {
    expect(load("The report puts the average at 61 cases for each responsible officer.").value?.averageCasesPerStaff).toBe(61);
    expect(load("The average was 49 cases per probation officer.").value?.averageCasesPerStaff).toBe(49);
    expect(load("The average stood at 55 cases each.").value?.averageCasesPerStaff).toBe(55);
  });

  it("takes no average of cases per month", () => {
    expect(load("The average was 12 cases per month.").value).toBeNull();
  });
});

describe("caseload: a founding aside, the start of the inspection, 'we' of the provider's staff", () => {
  it("passes over an aside telling how the provider was set up", () => {
    const v = load("The service, which was set up in 2000 when youth offending teams were created across England and Wales, was working with 52 children at the start of the inspection.", { "dates.inspectionStart": "2023-05-08", "dates.inspectionEnd": "2023-05-19" }, yjs).value!;
    expect([v.peopleSupervised, v.peopleSupervisedQualifier, v.peopleSupervisedAsOf]).toEqual([52, "exact", "2023-05"]);
  });

  it("keeps a national figure after an aside that is no founding", () => {
    expect(load("The service, which operates across England and Wales, was working with 14,000 children last year.", {}, yjs).value).toBeNull();
  });

  it("reads 'we supervised' after a sentence naming the provider, dated by the inspectors' visit", () => {
    const text = "For newcomers: Westshire CRC covers Ashby and Kelby. According to the report we supervised about 3,100 people when the inspectors came in.";
    const v = load(text, { "dates.inspectionStart": "2020-02", "dates.inspectionEnd": "2020-02" }).value!;
    expect([v.peopleSupervised, v.peopleSupervisedQualifier, v.peopleSupervisedAsOf]).toEqual([3100, "about", "2020-02"]);
  });

  it("takes no 'we' with no provider named just before", () => {
    expect(load("Inspectors praised the staff. We supervised about 3,100 people in those years.").value).toBeNull();
  });
});
