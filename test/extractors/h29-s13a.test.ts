/**
 * Held-out sets 29 and 30, the rating and title fields: a breadcrumb trail
 * below a long section menu, a bilingual letterhead in capitals, "of the ten
 * aspects of work that inspectors looked at", a group between spaced
 * hyphens, "a drop from the 'good' grade", "It’s up from ‘requires
 * improvement’", a wish ("I want … to be rated ‘Outstanding’"), a tally of
 * other reports ("nine have come back ‘Inadequate’"), an indented column of
 * "Aspect – Rating" lines in wrapped text, a table cell "not rated this
 * time", and "Leadership" beside "Governance and leadership" (invented names).
 */
import { describe, expect, it } from "vitest";
import { aspectPairsOf, docOf, recordOf, valueOf } from "../helpers.js";

const rec = (t: string, format?: "text" | "html") => recordOf(t, format).record;
const titleOf = (text: string) => valueOf("title", "title", text);

describe("title: a breadcrumb trail below a long section menu", () => {
  const menu = ["Skip to content", "Ashby Echo", "News", "Sport", "Ashby Town", "What's On", "Business", "Property", "Jobs", "Motors", "Announcements"];
  const page = (trail: string) =>
    [...menu, trail, "Probation company that supervises 4,000 people rated 'good' by inspectors", "By Jo Bloggs", "The company was rated good by HM Inspectorate of Probation."].join("\n\n");

  it("skips 'Home > News > Crime' as the header's last line", () => {
    expect(titleOf(page("Home > News > Crime"))).toBe("Probation company that supervises 4,000 people rated 'good' by inspectors");
  });

  it("skips 'News › Crime & Courts'", () => {
    expect(titleOf(page("News › Crime & Courts"))).toBe("Probation company that supervises 4,000 people rated 'good' by inspectors");
  });

  it("near miss: a headline with no arrow is kept", () => {
    expect(titleOf(page("Crime"))).not.toBe("Crime");
    expect(titleOf([...menu, "Probation company rated good", "By Jo Bloggs", "The company was rated good."].join("\n\n"))).toBe("Probation company rated good");
  });
});

describe("title: a bilingual letterhead in capitals above a release's furniture", () => {
  const release = (second: string) =>
    ["ELMBRIDGE COUNTY BOROUGH COUNCIL", second, "PRESS RELEASE", "Date: 3 June 2024", "FOR IMMEDIATE RELEASE", "Inspectors praise Elmbridge youth justice work", "Elmbridge Youth Justice Service has been rated ‘Good’."].join("\n\n");

  it("skips the name and its translation", () => {
    expect(titleOf(release("CYNGOR BWRDEISTREF SIROL ELMBRIDGE"))).toBe("Inspectors praise Elmbridge youth justice work");
  });

  it("near miss: a second line not in capitals is no letterhead line", () => {
    expect(titleOf(release("Youth service rated good"))).toBe("ELMBRIDGE COUNTY BOROUGH COUNCIL");
  });
});

describe("aspectsInspected: 'of the ten aspects of work that inspectors looked at'", () => {
  const count = (s: string) => valueOf("aspects-inspected", "aspectsInspected", `Probation company rated poor\n\n${s}\n`);

  it("reads 'of work' without a determiner", () => {
    expect(count("Of the ten aspects of work that inspectors looked at, only one was graded good.")).toBe(10);
  });

  it("near miss: ten aspects of work that staff described are no count of those inspected", () => {
    expect(count("Of the ten aspects of work that staff described, only one was mentioned.")).toBeNull();
  });
});

describe("aspectRatings: a group with its members between spaced hyphens", () => {
  it("expands 'All four aspects of case supervision - assessing …, delivering … - were rated inadequate'", () => {
    const pairs = aspectPairsOf(
      "Probation firm rated poor\n\nAll four aspects of case supervision - assessing people, planning their orders, delivering that work and reviewing progress - were rated inadequate.\n",
    );
    expect(pairs).toEqual(["Assessment=Inadequate", "Implementation and delivery=Inadequate", "Planning=Inadequate", "Reviewing=Inadequate"]);
  });

  it("near miss: a subject listing members with no group gives only those named", () => {
    const pairs = aspectPairsOf("Probation firm rated poor\n\nAssessing people and planning their orders - the heart of the work - were rated inadequate.\n");
    expect(pairs).not.toContain("Implementation and delivery=Inadequate");
  });
});

describe("previousOverallRating: 'a drop from the ‘good’ grade' after the rating", () => {
  const t = (second: string) => `Probation company told to improve\n\nMarlow and Fenby CRC has been rated 'requires improvement' by HM Inspectorate of Probation.\n\n${second}\n`;

  it("reads 'That is a drop from the 'good' grade it was handed when inspectors last called'", () => {
    const r = rec(t("That is a drop from the 'good' grade it was handed when inspectors last called in May 2018."));
    expect(r.overallRating).toBe("Requires improvement");
    expect(r.previousOverallRating).toBe("Good");
  });

  it("near miss: 'a drop in' staffing names no old rating", () => {
    expect(rec(t("That is a drop in the number of 'good' officers it had when inspectors last called in May 2018.")).previousOverallRating).toBeNull();
  });
});

describe("previousOverallRating: 'It’s up from ‘requires improvement’ when …'", () => {
  const t = (second: string) => `Youth team rated good\n\nThe team that works with young offenders in Brayford has been rated ‘good’ by HM Inspectorate of Probation.\n\n${second}\n`;

  it("reads the quoted lower-case word after a step as the old rating", () => {
    expect(rec(t("It’s up from ‘requires improvement’ when the service was last inspected, in 2019.")).previousOverallRating).toBe("Requires improvement");
  });

  it("near miss: a quoted lower-case word with no step is no rating", () => {
    expect(rec(t("It still has ‘requires improvement’ written on its office wall.")).previousOverallRating).toBeNull();
  });
});

describe("overallRating: a wish and a tally are no rating", () => {
  const t = (second: string) => `Youth service praised\n\nHollin Youth Justice Service has been rated ‘Good’ by HM Inspectorate of Probation.\n\n${second}\n`;

  it("skips 'I want Hollin to be the first service in the region rated ‘Outstanding’'", () => {
    const r = rec(t("The council leader said: “I want Hollin to be the first service in the region rated ‘Outstanding’ across the board.”"));
    expect(r.overallRating).toBe("Good");
  });

  it("skips 'of the 14 reports published this year, nine have come back ‘Inadequate’'", () => {
    const r = rec(t("And of the 14 PDU reports the inspectorate has published so far this year, nine have come back ‘Inadequate’ – a sobering thought."));
    expect(r.overallRating).toBe("Good");
  });

  it("near miss: a tally followed by its list still rates the aspects listed", () => {
    const pairs = aspectPairsOf("Probation company rated\n\nInspectors looked at 10 aspects. Three were rated ‘Good’: staff, services and unpaid work.\n");
    expect(pairs).toEqual(["Services=Good", "Staff=Good", "Unpaid work=Good"]);
  });

  it("near miss: 'a service that aims to be …, was rated' is a rating given", () => {
    const r = rec(`Youth service praised\n\nHollin Youth Justice Service, which aims to be a hub for children, was rated ‘Outstanding’ by HM Inspectorate of Probation.\n`);
    expect(r.overallRating).toBe("Outstanding");
  });
});

describe("segmenting: an indented column of 'Aspect – Rating' lines in wrapped text", () => {
  const prose = [
    "Inspectors visited the probation unit in June and July and have given",
    "it an overall rating of ‘Inadequate’ – down from ‘Requires improvement’",
    "when the unit was last inspected, in November 2022, by the inspectors.",
    "",
    "Inspectors rated the unit against seven standards, giving it a score of",
    "three out of a possible 21:",
    "",
  ];

  it("keeps 'Implementation and delivery – Inadequate' and 'Reviewing – Inadequate' apart", () => {
    const text = [...prose, "  Planning – Inadequate", "  Implementation and delivery – Inadequate", "  Reviewing – Inadequate", ""].join("\n");
    const texts = docOf(text, "text").blocks.map((b) => b.text);
    expect(texts).toContain("Implementation and delivery – Inadequate");
    expect(texts).toContain("Reviewing – Inadequate");
    expect(aspectPairsOf(text, "text")).toEqual(["Implementation and delivery=Inadequate", "Planning=Inadequate", "Reviewing=Inadequate"]);
  });

  it("near miss: an indented paragraph wrapped at the width still runs on", () => {
    const text = [...prose, "  The inspectors found that leaders had a clear view of the unit’s failings", "  Ministers had limited what they could achieve this year, they said.", ""].join("\n");
    const texts = docOf(text, "text").blocks.map((b) => b.text);
    expect(texts.some((t) => t.includes("failings Ministers had"))).toBe(true);
  });
});

describe("aspectRatings: a table cell 'not rated this time'", () => {
  const table = (cell: string) =>
    [
      "Probation unit improves",
      "",
      "| Standard | Nov 2022 | 2025 |",
      "|---|---|---|",
      "| 1.1 Leadership | Inadequate | **Requires improvement** |",
      `| 1.4 Information and facilities | Requires improvement | ${cell} |`,
      "",
    ].join("\n");

  it("rates nothing now for the row", () => {
    expect(aspectPairsOf(table("not rated this time"))).toEqual(["Leadership=Requires improvement"]);
  });

  it("near miss: a rating in this time's column is read", () => {
    expect(aspectPairsOf(table("**Good**"))).toEqual(["Information and facilities=Good", "Leadership=Requires improvement"]);
  });
});

describe("aspectRatings: 'Leadership' beside 'Governance and leadership'", () => {
  const t = (rating: string) =>
    `Youth service praised\n\nRopley Youth Justice Service has been rated ‘Good’, with inspectors singling out the leadership of the service as ‘${rating}’.\n\nThe ratings were:\n\nGovernance and leadership: Outstanding\nStaff: Good\n`;

  it("drops the prose 'Leadership' with the same rating", () => {
    const r = rec(t("Outstanding"));
    expect(r.aspectRatings.map((a) => a.aspect)).toEqual(["Governance and leadership", "Staff"]);
  });

  it("near miss: a 'Leadership' rated differently (another provider's) stays", () => {
    const r = rec(t("Good"));
    expect(r.aspectRatings.map((a) => a.aspect)).toContain("Leadership");
  });
});
