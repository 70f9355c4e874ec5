import { describe, expect, it } from "vitest";
import { valueOf } from "../helpers.js";
import { caseload } from "../../src/extractors/caseload.js";
import { staffSickness } from "../../src/extractors/staff-sickness.js";
import { datesPublished } from "../../src/extractors/dates-published.js";
import type { Provider } from "../../src/schema/record.js";
import { runWith } from "./numeric-context.js";

const pdu: Provider = { name: "Farrowdale Probation Delivery Unit", shortName: "Farrowdale PDU", type: "PDU", areas: [] };
const yjs: Provider = { name: "Brookvale Youth Justice Service", shortName: "Brookvale YJS", type: "Youth justice service", areas: [] };
const load = (text: string, provider: Provider = pdu) =>
  runWith(caseload, "caseload", text, { provider, subject: "provider-inspection", "dates.published": "2023-05-10", "dates.inspectionStart": "2023-02", "dates.inspectionEnd": "2023-02" } as never).value;
const days = (text: string) => runWith(staffSickness, "staffSicknessDays", text).value;

describe("another party's survey is not the provider's caseload or sickness", () => {
  const survey = "Thank you to the 90 members who filled in our survey in March. The headline findings:\n\n* Respondents reported holding an average of 71 cases each.\n* Average sickness reported: 16 days in the last year.";
  it("skips a survey list's average caseload and sickness", () => {
    expect(load(`Farrowdale PDU was inspected.\n\n${survey}`)?.averageCasesPerStaff ?? null).toBeNull();
    expect(days(survey)).toBeNull();
    expect(load("Farrowdale PDU was inspected. Colleagues told us they held an average of 70 cases each.")?.averageCasesPerStaff ?? null).toBeNull();
  });
  it("still reads the report's own figure (near miss: no survey)", () => {
    expect(load("The report puts the average caseload of a probation officer in Farrowdale PDU at 52 cases.")?.averageCasesPerStaff).toBe(52);
    expect(load("Farrowdale PDU was inspected. The average caseload for each case manager was 44 cases.")?.averageCasesPerStaff).toBe(44);
    expect(days("Staff sickness averaged 12.4 days a year.")).toBe(12.4);
  });
});

describe("'of them' with the people named earlier in the sentence", () => {
  it("reads the figure and its date", () => {
    const v = load("Brookvale YJS works with children aged 10 to 17 across the borough, and was supervising around 75 of them at the time of the inspection.", yjs);
    expect([v?.peopleSupervised, v?.peopleSupervisedQualifier]).toEqual([75, "about"]);
    expect(load("Brookvale YJS works with young people across two towns and was supervising 64 of them in February.", yjs)?.peopleSupervised).toBe(64);
  });
  it("not cases counted by inspectors", () => {
    expect(load("Inspectors looked at 40 cases and Brookvale YJS was managing 30 of them well.", yjs)?.peopleSupervised ?? null).toBeNull();
  });
});

describe("an issue line with 'Issue No.'", () => {
  const pub = (text: string) => runWith(datesPublished, "dates.published", text, { documentType: "news-article" } as never).value;
  it("reads the month of the issue", () => {
    expect(pub("THE FARROW POST\n\nIssue No. 58    March 2022\n\nInspectors visited the unit.")).toBe("2022-03");
    expect(pub("THE FARROW POST\n\nIssue 58 - March 2022\n\nInspectors visited the unit.")).toBe("2022-03");
  });
  it("not a heading that is only a month", () => {
    expect(pub("News\n\nMarch 2022 headline words\n\nInspectors visited the unit.")).toBeNull();
  });
});

describe("titles under a masthead", () => {
  const titleOf = (text: string) => valueOf("title", "title", text);
  it("a boxed newsletter's lead item, from a contents list with dot leaders", () => {
    const text = [
      "##########################################",
      "#                                        #",
      "#            THE  FARROW  POST           #",
      "#                                        #",
      "#   Branch newsletter of the staff union #",
      "#                                        #",
      "#   Issue No. 58            March 2022   #",
      "#                                        #",
      "##########################################",
      "",
      "IN THIS ISSUE",
      "  1. Inspectors' report on Farrowdale PDU ............ p1",
      "  2. Pay news ........................................ p2",
      "",
      "------------------------------------------",
      "",
      "1. INSPECTORS' REPORT ON FARROWDALE PDU: 'GOOD'",
      "",
      "The inspectorate published its report on the unit last week, and it was good news for members.",
    ].join("\n");
    expect(titleOf(text)).toBe("INSPECTORS' REPORT ON FARROWDALE PDU: 'GOOD'");
  });
  it("a Markdown blog's post heading above its dateline, not the blog's name", () => {
    const text = "Probation Matters\nNotes on community sentences and the people who serve them\n=====================================\n\n# Farrowdale PDU: what the report says\n\n*Posted 3 April 2024 by Sam Reed*\n\nI read the report on Farrowdale PDU this week and it was better than I expected in most ways.";
    expect(titleOf(text)).toBe("Farrowdale PDU: what the report says");
  });
});

describe("media contact after 'for more information:'", () => {
  const contact = (text: string) => valueOf("media-contact", "mediaContact", text);
  it("reads a double-barrelled name after the colon", () => {
    const v = contact("Headline\n\nBody.\n\nNotes to editors\n\n3. Please contact the press office for more information: Jo Marsh-Tilley, 020 7946 0011, jo@inspect.example");
    expect(v?.name).toBe("Jo Marsh-Tilley");
    const w = contact("Headline\n\nBody.\n\nNotes to editors\n\n3. Please contact the press office for further information: Ann Lee, 020 7946 0011");
    expect(w?.name).toBe("Ann Lee");
  });
  it("no name when none follows", () => {
    const v = contact("Headline\n\nBody.\n\nNotes to editors\n\n3. Please contact the press office for more information: 020 7946 0011");
    expect(v?.name ?? null).toBeNull();
  });
});
