import { describe, expect, it } from "vitest";
import { candidatesOf } from "../helpers.js";
import { caseload } from "../../src/extractors/caseload.js";
import { datesInspection } from "../../src/extractors/dates-inspection.js";
import { datesPreviousInspection } from "../../src/extractors/dates-previous-inspection.js";
import type { Provider } from "../../src/schema/record.js";
import { runWith } from "./numeric-context.js";

const pdu: Provider = { name: "Oakhurst and Selby Vale Probation Delivery Unit", shortName: "Oakhurst and Selby Vale PDU", type: "PDU", areas: [] };
const crc: Provider = { name: "Dunmere Community Rehabilitation Company", shortName: "Dunmere CRC", type: "CRC", areas: [] };
const yjs: Provider = { name: "Corbridge Youth Justice Service", shortName: "Corbridge YJS", type: "Youth justice service", areas: [] };

const load = (text: string, provider: Provider, settled: Record<string, string> = {}) =>
  runWith(caseload, "caseload", text, { provider, subject: "provider-inspection", "dates.published": "2023-04-20", ...settled } as never).value;

const fieldwork = (text: string, published = "2022-07-14") => {
  const settled = { "dates.published": published };
  return [runWith(datesInspection, "dates.inspectionStart", text, settled).value, runWith(datesInspection, "dates.inspectionEnd", text, settled).value];
};
const prev = (text: string, published = "2024-02-08") => runWith(datesPreviousInspection, "dates.previousInspection", text, { "dates.published": published }).value;

const findingsOf = (text: string) => ({
  strengths: candidatesOf("findings", "findings.strengths", text).map((c) => c.value),
  concerns: candidatesOf("findings", "findings.concerns", text).map((c) => c.value),
});

describe("caseload: a note listing several units' caseloads", () => {
  const note = (head: string) =>
    `Oakhurst and Selby Vale PDU was inspected in the autumn.\n\nNotes to editors\n\n1. ${head}: Oakhurst and Selby Vale PDU 2,871; Millbeck PDU 3,104; Eastgate and Tarn PDU 1,995.`;
  it("takes the provider's entry, exact, dated by the heading", () => {
    const v = load(note("Caseloads as at 31 December 2022 (source: HMPPS)"), pdu);
    expect([v?.peopleSupervised, v?.peopleSupervisedQualifier, v?.peopleSupervisedAsOf]).toEqual([2871, "exact", "2022-12-31"]);
  });
  it("near miss: an average caseload heading, or no entry for the provider", () => {
    expect(load(note("Average caseloads per practitioner as at 31 December 2022"), pdu)?.peopleSupervised ?? null).toBeNull();
    const other = "Oakhurst and Selby Vale PDU was inspected.\n\nCaseloads as at 31 December 2022: Millbeck PDU 3,104; Eastgate and Tarn PDU 1,995.";
    expect(load(other, pdu)?.peopleSupervised ?? null).toBeNull();
  });
});

describe("caseload: a verb joined by 'and' to the sentence's first", () => {
  it("the opening subject ('It') is the figure's, past the owners named between", () => {
    const text = "Dunmere CRC covers three towns. It is run by the Harwood Partnership, a venture between Ferris Group and the Lantern Homes Trust, and supervises about 3,900 people.";
    const v = load(text, crc);
    expect([v?.peopleSupervised, v?.peopleSupervisedQualifier]).toEqual([3900, "about"]);
  });
  it("near miss: a relative clause in between makes the figure its subject's", () => {
    const text = "Dunmere CRC covers three towns. It is run by the Harwood Partnership, which also owns the Lantern Homes Trust and supervises about 3,900 people.";
    expect(load(text, crc)?.peopleSupervised ?? null).toBeNull();
  });
});

describe("caseload: a footnote whose later sentence dates the figures", () => {
  it("reads 'Caseload figures as at …' in the note marked after the figure's full stop", () => {
    const text = "Dunmere CRC supervises around 5,200 people.[3]\n\nInspectors read 50 cases.\n\n[3] Ministry of Justice (2019) Quarterly statistics: April to June 2019. Caseload figures as at 30 June 2019.";
    expect(load(text, crc)?.peopleSupervisedAsOf).toBe("2019-06-30");
  });
  it("near miss: a note that only names its source's period", () => {
    const text = "Dunmere CRC supervises around 5,200 people.[3]\n\nInspectors read 50 cases.\n\n[3] Ministry of Justice (2019) Quarterly statistics: April to June 2019.";
    expect(load(text, crc)?.peopleSupervisedAsOf ?? null).toBeNull();
  });
});

describe("caseload: 'as of' a month and its day", () => {
  it("keeps the day: 'as of June 30'", () => {
    expect(load("Dunmere CRC was responsible for 2,418 people on licence and community orders as of June 30.", crc)?.peopleSupervisedAsOf).toBe("2022-06-30");
  });
  it("near miss: 'as of June 2021' is the month; 'in March 12 …' is no day", () => {
    expect(load("Dunmere CRC was responsible for 2,418 people as of June 2021.", crc)?.peopleSupervisedAsOf).toBe("2021-06");
    expect(load("Dunmere CRC supervised 2,418 people in March 12 of them were recalled.", crc)?.peopleSupervisedAsOf).toBe("2023-03");
  });
});

describe("caseload: 'at the time of their visit' with one month of fieldwork", () => {
  const one = { "dates.inspectionStart": "2023-01", "dates.inspectionEnd": "2023-01" };
  it("takes the inspection month", () => {
    expect(load("Inspectors spent a week in Corbridge, and at the time of their visit Corbridge YJS was working with 64 children.", yjs, one)?.peopleSupervisedAsOf).toBe("2023-01");
  });
  it("near miss: their last visit, or fieldwork over two months", () => {
    expect(load("At the time of their last visit Corbridge YJS was working with 64 children.", yjs, one)?.peopleSupervisedAsOf ?? null).toBeNull();
    const two = { "dates.inspectionStart": "2023-01", "dates.inspectionEnd": "2023-02" };
    expect(load("At the time of their visit Corbridge YJS was working with 64 children.", yjs, two)?.peopleSupervisedAsOf ?? null).toBeNull();
  });
});

describe("dates-inspection: the inspectorate examined the provider during a period", () => {
  it("reads the period after 'during'", () => {
    expect(fieldwork("HM Inspectorate of Probation examined the Ravensmoor division remotely during January and February 2022.")).toEqual(["2022-01", "2022-02"]);
  });
  it("near miss: cases 'from' a month are the cases' own dates", () => {
    expect(fieldwork("The inspectorate examined cases from January 2022 onwards.")).toEqual([null, null]);
  });
});

describe("dates-previous-inspection: the first inspection since a date", () => {
  it("reads the year or month after 'since'", () => {
    expect(prev("It is the inspectorate’s first thematic on the topic since 2017.")).toBe("2017");
    expect(prev("This was the first full inspection of the service since May 2019.")).toBe("2019-05");
  });
  it("near miss: 'the first time since', or another event after 'since'", () => {
    expect(prev("The unit was rated ‘Good’ for the first time since 2016.")).toBeNull();
    expect(prev("It was the first inspection since unification in 2021.")).toBeNull();
  });
});

describe("findings: lead-ins for what must get better and what was working", () => {
  it("'areas that must improve:' and 'where things must get better:' introduce concerns", () => {
    const text =
      "Inspectors were pleased with some work:\n\n- Leaders know the area well and plan ahead.\n- Housing links are strong.\n\nThey also identified areas that must improve:\n\n- Risk checks are not done at the start of an order.\n- Reviews are late in too many cases.\n\nAnd the report is clear about where things must get better:\n\n- new staff are not given enough supervision\n- plans are not updated after an arrest";
    expect(findingsOf(text).concerns).toEqual([
      "Risk checks are not done at the start of an order.",
      "Reviews are late in too many cases.",
      "new staff are not given enough supervision",
      "plans are not updated after an arrest",
    ]);
  });
  it("a heading 'And what was working' introduces strengths", () => {
    const text = "# The review\n\nSome text about the thematic.\n\n## And what was working\n\n- Programmes for perpetrators were well run.\n- Many staff understood coercive control well.";
    expect(findingsOf(text).strengths).toEqual(["Programmes for perpetrators were well run.", "Many staff understood coercive control well."]);
  });
  it("near miss: a headline saying the service must improve is no lead-in; 'what was not working' is no strength", () => {
    const headline = "Ravensmoor probation: good housing work but public protection must improve\n\n- The report is published today at noon\n\nMore text follows here.";
    expect(findingsOf(headline)).toEqual({ strengths: [], concerns: [] });
    const text = "# The review\n\nSome text.\n\n## And what was not working\n\n- Plans were not reviewed after arrests.\n- Too few checks were made with the police.";
    expect(findingsOf(text).strengths).toEqual([]);
  });
});
