import { describe, expect, it } from "vitest";
import { datesPublished } from "../../src/extractors/dates-published.js";
import { runWith } from "./numeric-context.js";

const pub = (text: string, documentType: "press-release" | "news-article" | "blog-post" | null = null) =>
  runWith(datesPublished, "dates.published", text, documentType ? { documentType } : {}).value;

describe("dates-published", () => {
  it("takes a release's report date from the notes", () => {
    const text = "Probation service must improve\n\nInspectors found problems in Exampleshire.\n\nENDS\n\nNotes to editors\n\n1. The report will be available at www.example.gov.uk on 3 March 2021 at 00.01.";
    expect(pub(text, "press-release")).toBe("2021-03-03");
  });

  it("reads an embargo line with a weekday and a time", () => {
    expect(pub("EMBARGOED until 00:01 Thursday 14 November 2019\n\nYouth service praised\n\nThe service was rated good.", "press-release")).toBe("2019-11-14");
  });

  it("reads a US-style byline date in a news article", () => {
    expect(pub("Council team rated good\n\nWednesday, December 5, 2018\n\nThe youth offending team was praised by inspectors.", "news-article")).toBe("2018-12-05");
  });

  it("reads a labelled date line and a 'Posted on ... by' line", () => {
    expect(pub("Inspection news\n\nPublished: 4 March 2021\n\nInspectors visited the unit.", "blog-post")).toBe("2021-03-04");
    expect(pub("A better grade\n\nPosted on 27 November 2019 by Sam Writer · 2 comments\n\nInspectors returned.", "blog-post")).toBe("2019-11-27");
  });

  it("reads a scraped 'date' glued to the first sentence and a place dateline", () => {
    expect(pub("Firm criticised\n\ndate 2019-05-30A company that supervises offenders was criticised.", "news-article")).toBe("2019-05-30");
    expect(pub("Team keeps rating\n\nYORK, Monday 7 October 2024 – The city's youth service kept its rating.", "news-article")).toBe("2024-10-07");
  });

  it("reads a date line in capitals as it reads the same line in ordinary case", () => {
    const lines: [string, string][] = [
      ["YORK, Tuesday 14 May 2019 – The city's youth service kept its rating.", "2019-05-14"],
      ["YORK, Friday 7th June 2019 – The city's youth service kept its rating.", "2019-06-07"],
      ["Published 31 May 2019 – figures to 30 June 2018", "2019-05-31"],
    ];
    for (const [line, date] of lines) {
      for (const written of [line, line.toUpperCase()]) {
        expect(pub(`Team keeps rating\n\n${written}\n\nInspectors returned to the service.`, "news-article"), written).toBe(date);
      }
    }
  });

  it("takes the publication, not the update, from a combined line", () => {
    expect(pub("Unit must improve\n\n06:30, Friday, 8 March 2024 | Updated 10:02, 9 March 2024\n\nInspectors found gaps.", "news-article")).toBe("2024-03-08");
  });

  it("prefers an article's own date line to the report date it mentions", () => {
    const text = "Probation rated poor\n\nTuesday 9 July 2020\n\nThe report, published on 7 July 2020, found failings.";
    expect(pub(text, "news-article")).toBe("2020-07-09");
  });

  it("reads HTML page metadata but never a modified time", () => {
    const html = `<html><head><meta property="article:modified_time" content="2021-02-01T10:00:00Z"><meta property="article:published_time" content="2020-11-05T09:00:00+00:00"><title>T</title></head><body><article><h1>Headline here</h1><p>Inspectors rated the service good overall in the report.</p></article></body></html>`;
    expect(pub(html, "news-article")).toBe("2020-11-05");
  });

  it("returns nothing for an undated text and ignores a plain month heading", () => {
    expect(pub("Probation service criticised\n\nInspectors found problems last autumn.")).toBeNull();
    expect(pub("June 2020\n\nInspectors found problems.")).toBeNull();
  });

  it("reads a date line with a share link or a byline with a role and a time", () => {
    expect(pub("Probation firm criticised\n\n12 April 2019 Share\n\nThe company was rated Inadequate.", "news-article")).toBe("2019-04-12");
    expect(pub("Youth team praised\n\nBy Alex Morgan Court Reporter Thursday 6 May 2021, 7:45 pm\n\nThe team was rated Good.", "news-article")).toBe("2021-05-06");
  });
});

describe("dates-published: a newsletter's masthead line (held-out set 4 kind)", () => {
  it("reads the date from a 'name | issue | date' masthead line", () => {
    const lines = ["Partnership News  |  No. 7  |  12 June 2023", "Members' Briefing • Issue 31 • 12 June 2023", "Forum Update | Edition 4 | Monday 12 June 2023"];
    for (const line of lines) {
      expect(pub(`OAKVALE JUSTICE FORUM\n${line}\n\nIn this issue\n\nInspectors visited the PDU in March.`), line).toBe("2023-06-12");
    }
  });

  it("does not take an event line with no issue number for a masthead", () => {
    expect(pub("OAKVALE JUSTICE FORUM\nAnnual conference | Town Hall | 12 June 2023\n\nInspectors visited the PDU in March.")).toBeNull();
  });

  it("reads an issue line's date when the masthead runs on into the text", () => {
    const lead = "Read this e-mail online Community Bulletin Westmere Justice Partnership";
    const body = "Good news for our service: inspectors rated it highly after their visit in the spring, and the board thanked every member of staff for the work they have put in over the last two years of change.";
    expect(pub(`${lead} Issue 14 | Friday 6 June 2025 ${body}`)).toBe("2025-06-06");
    expect(pub(`${lead} No. 9 • 12 March 2024 ${body}`)).toBe("2024-03-12");
    // a date not straight after the issue number is not the issue's
    expect(pub(`${lead} Issue 14 | Training on 6 June 2025 ${body}`)).toBeNull();
  });
});

describe("dates-published: an issue line's number is never the day", () => {
  it("reads 'Issue 12 March 2022' as March 2022, and a plain '12 March 2022' line as the day", () => {
    const lines = (l: string) => `THE BRANCH LINK\n\n${l}\n\nInspectors rate Dunmore unit good\n\nThe unit was rated Good by HM Inspectorate of Probation.`;
    expect(pub(lines("Issue 12 March 2022"), "blog-post")).toBe("2022-03");
    expect(pub(lines("Vol. 3 No. 12 March 2022"), "blog-post")).toBe("2022-03");
    expect(pub(lines("No. 5 June 2023"), "blog-post")).toBe("2023-06");
    expect(pub(lines("12 March 2022"), "blog-post")).toBe("2022-03-12");
  });
});

describe("dates-published: a news agency's wire (held-out set 10 kind)", () => {
  it("reads a wire's dateline with the agency's code before the dash, month first without a comma", () => {
    expect(pub("PRISONS Ravenholt (MWS)\n\nYouth team praised\n\nRAVENHOLT, Tuesday March 4 2025 (MWS) - A youth team was praised by inspectors.", "news-article")).toBe("2025-03-04");
    expect(pub("Unit must improve\n\nSTOKE ASHTON, 12 June 2023 (PA) – A probation unit must improve, inspectors said.", "news-article")).toBe("2023-06-12");
  });

  it("is not misled by a filing stamp or an embargo line without a year", () => {
    const text = "EMBARGOED TO 0001 TUESDAY MARCH 4\n\nYouth team praised\n\nFiled: 03/03/2025 17:15\n\nRAVENHOLT, Tuesday March 4 2025 (MWS) - A youth team was praised by inspectors.";
    expect(pub(text, "news-article")).toBe("2025-03-04");
  });

  it("takes no bracketed words that are not a code, nor a dateline without a dash", () => {
    expect(pub("Unit must improve\n\nRAVENHOLT, Tuesday March 4 2025 (pictured) - A unit must improve.", "news-article")).toBeNull();
    expect(pub("Unit must improve\n\nRAVENHOLT, Tuesday March 4 2025 (MWS) A unit must improve.", "news-article")).toBeNull();
  });
});
