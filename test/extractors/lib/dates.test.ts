import { describe, expect, it } from "vitest";

import { parseStatedDate } from "../../../src/extractors/lib/dates.js";

describe("parseStatedDate", () => {
  it("reads the common written forms, as precise as written", () => {
    expect(parseStatedDate("Published Thursday 9 July 2020.")).toBe("2020-07-09");
    expect(parseStatedDate("On 10/06/2020 the report was published")).toBe("2020-06-10");
    expect(parseStatedDate("Figures to 12/2019 show a rise.")).toBe("2019-12");
    expect(parseStatedDate("Report dated 2019/12/05")).toBe("2019-12-05");
  });

  it("reads dates written in capitals, as embargo lines are", () => {
    expect(parseStatedDate("EMBARGOED UNTIL 00:01 THURSDAY 21 NOVEMBER 2013")).toBe("2013-11-21");
    // "MAY" too: the first date of the line, as in ordinary case
    for (const line of ["The report May 2019, first draft June 2018", "Report, 14 May 2019 (revised 3 June 2019)", "Published 31st May 2019 – figures to 30 June 2018"]) {
      expect(parseStatedDate(line.toUpperCase()), line).toBe(parseStatedDate(line));
    }
    expect(parseStatedDate("THE REPORT MAY 2019, FIRST DRAFT JUNE 2018")).toBe("2019-05");
  });

  it("finds no date in a financial or academic year, and still finds one beside it", () => {
    expect(parseStatedDate("The council spent £412,000 clearing fly-tipped waste in 2021/22.")).toBeNull();
    expect(parseStatedDate("Budgets for 2019-20 and 2020/2021 were cut.")).toBeNull();
    expect(parseStatedDate("in 2021/22 and on 3 March 2022")).toBe("2022-03-03");
  });

  it("asks chrono only about a word it reads as a month", () => {
    // a word that only starts like a month: no date (and chrono is not loaded for it)
    expect(parseStatedDate("© Wakefield Marford & Post 2019. All rights reserved.")).toBeNull();
    expect(parseStatedDate("The Mayor spoke in 2019.")).toBeNull();
    // a month run into an ordinal word is one to chrono
    expect(parseStatedDate("Marfirst 2019")).toBe("2019-03-01");
  });
});
