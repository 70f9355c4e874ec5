import { describe, expect, it } from "vitest";
import { datesInspection } from "../../src/extractors/dates-inspection.js";
import { runWith } from "./numeric-context.js";

function period(text: string, published: string | null = "2020-06-10"): [string | null, string | null] {
  const settled = published ? { "dates.published": published } : {};
  return [
    runWith(datesInspection, "dates.inspectionStart", text, settled).value,
    runWith(datesInspection, "dates.inspectionEnd", text, settled).value,
  ];
}

describe("dates-inspection", () => {
  it("two months without a year take the publication year", () => {
    expect(period("HM Inspectorate of Probation conducted a routine inspection of Exampleshire CRC in January and February before lockdown.")).toEqual(["2020-01", "2020-02"]);
  });

  it("a month later than the publication month belongs to the year before", () => {
    expect(period("Inspectors visited the division in October and November.", "2020-01-22")).toEqual(["2019-10", "2019-11"]);
    expect(period("The inspection took place in November and January.", "2020-03-01")).toEqual(["2019-11", "2020-01"]);
  });

  it("one month is both start and end", () => {
    expect(period("Inspectors spent a week in the county in September looking at cases.", "2012-12-05")).toEqual(["2012-09", "2012-09"]);
  });

  it("reads fieldwork notes with a year, and day ranges", () => {
    expect(period("Fieldwork for this inspection took place in January 2020.", null)).toEqual(["2020-01", "2020-01"]);
    expect(period("Fieldwork took place between 3 and 14 March 2019.", null)).toEqual(["2019-03-03", "2019-03-14"]);
    expect(period("The fieldwork ran from 25 November to 6 December 2019.", null)).toEqual(["2019-11-25", "2019-12-06"]);
  });

  it("understands 'last year' after the months", () => {
    expect(period("The inspection took place in September and October last year.", "2020-01-30")).toEqual(["2019-09", "2019-10"]);
  });

  it("is null without a publication date for a month without a year", () => {
    expect(period("Inspectors visited the trust in May.", null)).toEqual([null, null]);
  });

  it("does not take vague seasons, previous inspections or other events", () => {
    expect(period("HM Inspectorate of Probation inspected the CRC last autumn.")).toEqual([null, null]);
    expect(period("We last inspected Exampleshire CRC in June 2018.")).toEqual([null, null]);
    expect(period("Vacancies have risen since the inspection after unification in June 2021.")).toEqual([null, null]);
    expect(period("This inspection was part of a programme that started in April 2013.")).toEqual([null, null]);
  });

  it("takes the current visit even when the sentence mentions the previous one later", () => {
    expect(period("Inspectors returned to the CRC in April, a year after their previous inspection.", "2019-07-25")).toEqual(["2019-04", "2019-04"]);
  });
});

describe("dates-inspection (round 2)", () => {
  it("reads a visit or an arrival in a month", () => {
    expect(period("The service was rated 'Good' by HM Inspectorate of Probation after a visit in April.")).toEqual(["2020-04", "2020-04"]);
    expect(period("Caseloads were high when inspectors arrived in May.")).toEqual(["2020-05", "2020-05"]);
    expect(period("Inspectors spent a fortnight with the team in October and November.", "2021-02-01")).toEqual(["2020-10", "2020-11"]);
  });

  it("never takes the publication date or a publishing notice as fieldwork", () => {
    expect(period("An inspection of the Northshire division is available on our website from 00:01 on 10 June 2020.")).toEqual([null, null]);
    expect(period("This inspection report is published on 10 June 2020.")).toEqual([null, null]);
  });
});

describe("dates-inspection (held-out 3)", () => {
  it("reads the period inspectors read a sample of cases over", () => {
    expect(period("Inspectors examined a sample of 88 cases between 4 and 15 June 2011, and interviewed their case managers.", "2011-09-20")).toEqual(["2011-06-04", "2011-06-15"]);
    expect(period("Inspectors reviewed 60 cases during October 2016.", "2017-01-10")).toEqual(["2016-10", "2016-10"]);
  });

  it("does not take the cases' own dates as the fieldwork", () => {
    expect(period("Inspectors examined 50 cases of people released between 1 and 30 June 2019.", "2019-12-01")).toEqual([null, null]);
    expect(period("Inspectors examined 50 cases from March 2019.", "2019-12-01")).toEqual([null, null]);
    expect(period("Inspectors examined 50 cases in May 2019.", "2019-12-01")).toEqual([null, null]);
  });

  it("joins fieldwork in two spells from the first start to the second end", () => {
    expect(period("Fieldwork took place over two weeks, from 9 to 13 March 2026 and from 23 to 27 March 2026.", "2026-07-01")).toEqual(["2026-03-09", "2026-03-27"]);
    expect(period("Inspectors visited the PDU during 10–14 November and 1–5 December 2025.", "2026-04-01")).toEqual(["2025-11-10", "2025-12-05"]);
    expect(period("The fieldwork ran between 2 and 6 May 2022 and between 16 and 20 May 2022.", null)).toEqual(["2022-05-02", "2022-05-20"]);
  });

  it("keeps one spell when what follows 'and' is not a later period", () => {
    expect(period("Fieldwork took place between 3 and 14 March 2019 and 12 staff were interviewed.", null)).toEqual(["2019-03-03", "2019-03-14"]);
    expect(period("Fieldwork took place from 10 to 14 June 2019 and 3 to 7 June 2019.", null)).toEqual(["2019-06-10", "2019-06-14"]);
  });
});

describe("dates-inspection: a period opening the sentence, and 'early' before a range's second month", () => {
  it("takes a period that opens the sentence before the inspection it dates", () => {
    expect(period("Between March and May 2019 the inspectorate visited four youth teams in two regions.")).toEqual(["2019-03", "2019-05"]);
    expect(period("In January 2020, inspectors spent two weeks with the Fenmoor team.")).toEqual(["2020-01", "2020-01"]);
  });

  it("does not take an opening period before another event, a previous inspection or a long clause", () => {
    expect(period("In March 2018 we last inspected the team, and we return now.")).toEqual([null, null]);
    expect(period("In January 2020 the new contract started, and inspectors visited in May.")).toEqual(["2020-05", "2020-05"]);
    expect(period("Between March and May 2019 the number of people on the waiting list who had been visited fell.")).toEqual([null, null]);
  });

  it("reads 'April and early May' and 'June and mid-July' as two months", () => {
    expect(period("Inspectors visited the division in April and early May as part of the programme.")).toEqual(["2020-04", "2020-05"]);
    expect(period("The inspection took place in June and mid-July 2019.")).toEqual(["2019-06", "2019-07"]);
  });
});

describe("dates-inspection (held-out 6)", () => {
  it("reads a re-inspection that was carried out in a month", () => {
    expect(period("The report follows a re-inspection that was carried out remotely in June because of the pandemic.", "2021-09-18")).toEqual(["2021-06", "2021-06"]);
    expect(period("It comes after a reinspection which took place in February and March.", "2022-06-01")).toEqual(["2022-02", "2022-03"]);
  });

  it("does not take a re-inspection to come, nor one said to be earlier", () => {
    expect(period("A re-inspection is planned for June.", "2021-09-18")).toEqual([null, null]);
    expect(period("The team was re-inspected in June 2019, after a poor first inspection.", "2021-09-18")).toEqual([null, null]);
  });

  it("reads 'were with us' in a sentence about inspectors, and an ordinal week of a month", () => {
    expect(period("The inspectors from the inspectorate were with us for a fortnight back in October.", "2024-12-02")).toEqual(["2024-10", "2024-10"]);
    expect(period("A team of five inspectors spent the second week of February with us, reading cases.", "2023-05-01")).toEqual(["2023-02", "2023-02"]);
    expect(period("Inspectors spent the last week of May in the county.", "2023-08-01")).toEqual(["2023-05", "2023-05"]);
    // no inspectors: a visit by someone else
    expect(period("Our new trainees were with us for two weeks in March.", "2024-12-02")).toEqual([null, null]);
  });

  it("skips a relative clause about the provider between the visit and its month", () => {
    expect(period("Inspectors visited the Fernbrook Youth Justice Service, which was formed after a merger in 2016, in September.", "2021-12-01")).toEqual(["2021-09", "2021-09"]);
    expect(period("The inspectorate inspected the unit, which opened in 2019, during March.", "2021-12-01")).toEqual(["2021-03", "2021-03"]);
    // the inspection's own clause still dates it
    expect(period("The inspection, which took place in May, looked at 40 cases.", "2021-12-01")).toEqual(["2021-05", "2021-05"]);
    // a month inside the clause is the clause's event
    expect(period("Inspectors visited the service, which was relaunched in April and has grown since.", "2021-12-01")).toEqual([null, null]);
  });
});
