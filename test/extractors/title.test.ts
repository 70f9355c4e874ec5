import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { recordOf, valueOf } from "../helpers.js";
import { stripSiteName } from "../../src/extractors/title.js";

const seed = (name: string) => readFileSync(new URL(`../../fixtures/docs/${name}`, import.meta.url), "utf8");
const titleOf = (text: string, format?: "text" | "html") => valueOf("title", "title", text, format);

describe("title", () => {
  it("skips a blog's site header and search box (seed)", () => {
    expect(titleOf(seed("blog-staffordshire-west-midlands-crc.txt"))).toBe("West Midlands CRC not protecting the public");
  });

  it("takes the first line of a plain-text release", () => {
    expect(titleOf("Youth justice service must do more for children in care\n\nA youth justice service has been told to improve.")).toBe(
      "Youth justice service must do more for children in care",
    );
  });

  it("skips licence boilerplate, a 'Press release' label and an embargo line", () => {
    const text = [
      "© Crown copyright 2021. This publication is licensed under the terms of the Open Government Licence v3.0.",
      "",
      "PRESS RELEASE",
      "",
      "EMBARGOED UNTIL 00:01 TUESDAY 4 MAY 2021",
      "",
      "Probation region praised for work with victims",
      "",
      "The region was rated Good overall by inspectors.",
    ].join("\n");
    expect(titleOf(text)).toBe("Probation region praised for work with victims");
  });

  it("skips a newspaper masthead and date line but keeps an ALL-CAPS headline as written", () => {
    const text = "The Northtown Gazette\n\nMonday 3 June 2019\n\nPROBATION SERVICE FAILING, SAY INSPECTORS\n\nBy Sam Jones\n\nThe county's probation service is failing, inspectors said.";
    expect(titleOf(text)).toBe("PROBATION SERVICE FAILING, SAY INSPECTORS");
  });

  it("does not mistake a short headline before a dateline for a masthead", () => {
    const text = "Youth team rated Good\n\n12 May 2020\n\nThe town's youth justice team has been rated Good after an inspection in February, the inspectorate said in a report published on Tuesday.";
    expect(titleOf(text)).toBe("Youth team rated Good");
  });

  it("uses the h1 of a page, and the meta title without the site name when there is no h1", () => {
    const withH1 = `<html><head><title>Ignored | Site</title></head><body><nav>Home</nav><h1>Unit rated ‘Inadequate’</h1><p>The unit was rated inadequate by the inspectorate after visits in March and April this year.</p></body></html>`;
    expect(titleOf(withH1, "html")).toBe("Unit rated ‘Inadequate’");
    const noH1 = `<html><head><title>Trust improves work with violent offenders - County News Online</title><meta property="og:site_name" content="County News Online"></head><body><p>The trust improved, inspectors said, in a report published this week about its work.</p><p>More text.</p></body></html>`;
    expect(titleOf(noH1, "html")).toBe("Trust improves work with violent offenders");
  });

  it("skips GOV.UK page furniture pasted as text", () => {
    expect(titleOf("Press release\n\nUnit rated Good by inspectors\n\nFrom: HM Inspectorate of Probation\n\nPublished 3 March 2022\n\nThe unit was rated Good.")).toBe(
      "Unit rated Good by inspectors",
    );
  });

  it("does not take a site logo heading for the headline", () => {
    const html = `<html><head><title>Probation unit told to improve | Valley Echo</title></head><body><header><h1>Valley Echo</h1></header><div class="story"><h2>Probation unit told to improve</h2><p>The probation unit in the valley has been told to improve after an inspection in the spring.</p></div></body></html>`;
    expect(titleOf(html, "html")).toBe("Probation unit told to improve");
  });

  it("strips a site-name suffix", () => {
    expect(stripSiteName("North East region must improve – HM Inspectorate of Probation", null)).toBe("North East region must improve");
    expect(stripSiteName("Leeds keeps top rating | Yorkshire Daily", "Yorkshire Daily")).toBe("Leeds keeps top rating");
    expect(stripSiteName("Probation: a watchdog's view", null)).toBe("Probation: a watchdog's view");
  });

  it("reads a front-matter title, without its quotes, not the key line", () => {
    const text = ["---", "title: 'Kirkdale YJS keeps its Good grade'", "date: 2023-02-07", "author: A. Writer", "---", "", "The service was rated Good again by inspectors."].join("\n");
    expect(titleOf(text)).toBe("Kirkdale YJS keeps its Good grade");
  });

  it("skips e-mail header lines and a newsletter masthead; Subject is only a fallback", () => {
    const text = [
      "From: Rehab Roundup <news@roundup.example>",
      "To: subscribers@roundup.example",
      "Subject: Roundup #42 - probation news",
      "Date: Tue, 9 Jun 2021 08:15:00 +0100",
      "",
      "REHAB ROUNDUP - MONTHLY NEWSLETTER",
      "Tuesday 9 June 2021",
      "",
      "NORTH DALES PDU PRAISED FOR VICTIM WORK",
      "",
      "Inspectors have rated the North Dales unit Good.",
    ].join("\n");
    expect(titleOf(text)).toBe("NORTH DALES PDU PRAISED FOR VICTIM WORK");
    const bare = "From: Desk <desk@paper.example>\nSubject: Probation unit told to improve\nDate: Wed, 3 Mar 2021 09:00:00 +0000\n\nSee the attached report, which rated the unit Requires improvement and asks for changes.";
    expect(titleOf(bare)).toBe("Probation unit told to improve");
  });

  it("skips a label line carrying an embargo", () => {
    const text = "Media release: strictly embargoed to 00:01 Thursday 5 June 2025\n\nYouth service rated Outstanding for second time\n\nThe youth justice service was rated Outstanding.";
    expect(titleOf(text)).toBe("Youth service rated Outstanding for second time");
  });
});

describe("title: a hard-wrapped newsletter's masthead", () => {
  it("skips the masthead and issue line, keeps the headline, and dates the post by its issue", () => {
    const text = [
      "THE HOLLINS BULLETIN",
      "Newsletter of the Hollins Vale Rehabilitation Network",
      "Issue 12 - June 2023",
      "",
      "PROBATION TEAM RATED GOOD",
      "",
      "Readers will have seen that inspectors have published their report on",
      "the Hollins Vale Probation Delivery Unit, which they visited over a",
      "fortnight in March and rated 'Good' overall.",
    ].join("\n");
    const { record } = recordOf(text);
    expect(record.title).toBe("PROBATION TEAM RATED GOOD");
    expect(record.dates.published).toBe("2023-06");
  });
});

describe("title (held-out 3)", () => {
  it("skips a site menu copied one item a line", () => {
    const text = "Tales from the Probation Office\n\nA practitioner's notebook\n\nHome\n\nAbout\n\nContact\n\nArchive\n\nRiverside PDU rated ‘Good’: what the report says about staffing\n\nPosted on 3 May 2024 by Sam Holt\n\nThe inspectorate published its report this week, and it makes good reading.";
    expect(titleOf(text)).toBe("Riverside PDU rated ‘Good’: what the report says about staffing");
    const menu = "About us\n\nOur work\n\nNews\n\nContact us\n\nInspectors praise Northvale youth team\n\nThe youth justice service was rated ‘Good’ in a report published today.";
    expect(titleOf(menu)).toBe("Inspectors praise Northvale youth team");
  });

  it("skips an organisation's letterhead line above a release label", () => {
    const text = "NAPW – National Association of Probation Workers\n\nPRESS STATEMENT\n\nFor immediate release: Monday 4 March 2024\n\nUnion says Eastmoor report shows staff at breaking point\n\nThe union has responded to today’s report on Eastmoor PDU.";
    expect(titleOf(text)).toBe("Union says Eastmoor report shows staff at breaking point");
  });

  it("keeps a short first line that is the headline (no menu, no label below it)", () => {
    expect(titleOf("Probation unit improves\n\nBy Jo Lane\n\nThe unit was rated ‘Good’ in a report published today.")).toBe("Probation unit improves");
    expect(titleOf("Home\n\nAbout\n\nProbation unit rated Good after two years of change\n\nThe unit was rated ‘Good’ today.")).toBe("Probation unit rated Good after two years of change");
  });
});

describe("title: contents lists and release reference lines (held-out set 4 kinds)", () => {
  it("takes the lead item's headline past a newsletter's contents list", () => {
    const issue = (heading: string) =>
      [
        "WESTDALE SAFER COMMUNITIES FORUM",
        "Members' Update  |  Issue 12  |  3 March 2024",
        "",
        heading,
        "",
        "  1. Eastfield PDU rated good by inspectors",
        "  2. New hostel opens in Marrowby",
        "  3. Dates for your diary",
        "",
        "1. Eastfield PDU rated good by inspectors",
        "",
        "HM Inspectorate of Probation has published its report on Eastfield Probation Delivery Unit.",
      ].join("\n");
    for (const heading of ["IN THIS ISSUE", "Contents", "In this edition:"]) {
      expect(titleOf(issue(heading)), heading).toBe("Eastfield PDU rated good by inspectors");
    }
  });

  it("keeps a headline that only starts like a contents heading", () => {
    const text = "Inside the probation unit that turned itself around\n\nInspectors rated the unit good.\n\n- one\n- two";
    expect(titleOf(text)).toBe("Inside the probation unit that turned itself around");
  });

  it("skips a release's reference, issue date and 'for immediate use' lines", () => {
    const release = (ref: string) =>
      ["GREYMOOR DISTRICT COUNCIL", "NEWS RELEASE", "", ref, "Date issued: Monday 4 March 2019", "For immediate use", "", "Youth justice service praised by inspectors", "", "Greymoor's youth justice service was rated good."].join("\n");
    for (const ref of ["Ref: PR/19/012", "Our ref. 2019-44", "Reference number: N118"]) {
      expect(titleOf(release(ref)), ref).toBe("Youth justice service praised by inspectors");
    }
  });

  it("does not take a headline starting with 'Ref' for a reference line", () => {
    expect(titleOf("Referral orders work, inspectors say\n\nThe YOT's referral order work was rated good.")).toBe("Referral orders work, inspectors say");
  });
});

describe("title: consent banners, breadcrumbs and joint letterheads", () => {
  it("skips a cookie banner's row of buttons, the masthead, menu and breadcrumb trail above the headline", () => {
    const text = [
      "We care about your privacy",
      "",
      "We and our partners use cookies to store information on your device.",
      "",
      "ACCEPT ALL    REJECT ALL    MORE OPTIONS",
      "",
      "Fenwold Courier",
      "",
      "News Sport Business Jobs",
      "",
      "Sign up to our newsletter",
      "",
      "NEWS > LOCAL",
      "",
      "Probation team in Dunmere told to improve",
      "",
      "The probation team in Dunmere has been told to improve by inspectors, who visited in March.",
    ].join("\n");
    expect(titleOf(text)).toBe("Probation team in Dunmere told to improve");
  });

  it("skips a breadcrumb trail with other arrows and a consent row with other buttons", () => {
    const text = "Accept cookies | Manage preferences\n\nHome › News › Courts\n\nYouth service rated Good\n\nThe youth service was rated Good after an inspection in June.";
    expect(titleOf(text)).toBe("Youth service rated Good");
  });

  it("skips a joint letterhead of two organisations between pipes", () => {
    const text = "HM Inspectorate of Probation | Office for Standards in Education\n\nJOINT PRESS RELEASE\n\nEMBARGOED UNTIL 00:01 TUESDAY 4 MAY 2021\n\nChildren on licence let down, inspectors find\n\nChildren leaving custody are let down, two inspectorates said today.";
    expect(titleOf(text)).toBe("Children on licence let down, inspectors find");
  });

  it("keeps a headline with a site name after a pipe (no title-case letterhead) and a headline with an arrow in a sentence", () => {
    expect(titleOf("Probation unit rated Good | Valley News\n\nPublished 3 March 2022\n\nThe unit was rated Good.")).toBe("Probation unit rated Good | Valley News");
    expect(titleOf("Accept the findings, inspectors tell trust\n\nThe trust was told to accept the findings.")).toBe("Accept the findings, inspectors tell trust");
  });
});

describe("title: an e-mail newsletter's furniture and masthead above its contents (held-out set 7 kind)", () => {
  const mail = (top: string) =>
    `${top}\n\n==========================================\nTHE HARBOUR BULLETIN\nNews from the Harbour Trust\nNo. 40 | Monday 3 March 2025\n==========================================\n\nIN THIS ISSUE\n* Good news for Dunmore probation\n* Diary dates\n\n------------------------------------------\nGOOD NEWS FOR DUNMORE PROBATION\n------------------------------------------\n\nThe inspectorate has published its report on the Dunmore delivery unit, and it makes happy reading for staff.\n\nMore text here.`;

  it("takes the lead item's heading, not the e-mail's 'view in browser' line nor the masthead", () => {
    for (const top of ["View this email in your browser: https://harbour.example.org/b/40", "Having trouble viewing this email? Open it online", "Read this newsletter online"]) {
      expect(titleOf(mail(top)), top).toBe("GOOD NEWS FOR DUNMORE PROBATION");
    }
  });

  it("keeps a first line that is a headline, and a masthead above a sentence is no contents", () => {
    expect(titleOf("Viewing figures for probation podcasts rise\n\nThe number of people listening rose again this year.\n\nMore text.")).toBe("Viewing figures for probation podcasts rise");
    expect(titleOf("Dunmore probation praised\n\nHarbour Trust news\n\nThe inspectorate has published its report.\n\nIN THIS ISSUE\n* Other item\n* Diary dates")).toBe("Dunmore probation praised");
  });
});

describe("title: a news agency's catch line (held-out set 10 kind)", () => {
  it("skips the catch line over a wire's headline", () => {
    expect(titleOf("PRISONS Ravenholt (MWS)\n\nYouth team told to improve\n\nRAVENHOLT, Tuesday March 4 2025 (MWS) - A youth team must improve.")).toBe("Youth team told to improve");
    expect(titleOf("EMBARGOED TO 0001 TUESDAY MARCH 4\n\nCOURTS-PROBATION Stoke Ashton (PA)\n\nUnit must improve, say inspectors\n\nA unit must improve.")).toBe("Unit must improve, say inspectors");
  });

  it("keeps a headline that ends with a file's type or is in ordinary case", () => {
    expect(titleOf("YOT Inspection Report (PDF)\n\nThe report on the team.")).toBe("YOT Inspection Report (PDF)");
    expect(titleOf("Probation in Ravenholt (MWS)\n\nThe report on the team.")).toBe("Probation in Ravenholt (MWS)");
  });
});

describe("title: an office's letterhead line above a statement's headline (held-out set 11 kind)", () => {
  it("skips 'From the office of … MP' and a member's letterhead line", () => {
    for (const top of [
      "From the office of Jo Wren MP, Member of Parliament for Dunmore and Elm Vale",
      "From the constituency office of Sam Okafor MP",
      "Ravi Dean MP, Member of Parliament for Ashby North",
      "Office of Ravi Dean MP",
    ]) {
      const text = `Monday 3 March 2025\n\nPRESS STATEMENT - FOR IMMEDIATE RELEASE\n\n${top}\n\nMP CALLS FOR HELP AFTER INSPECTORS RATE PROBATION UNIT 'INADEQUATE'\n\nThe local MP has written to the minister after the report.`;
      expect(titleOf(text), top).toBe("MP CALLS FOR HELP AFTER INSPECTORS RATE PROBATION UNIT 'INADEQUATE'");
    }
  });

  it("keeps a headline that names an MP or an office", () => {
    expect(titleOf("Inspection Report Angers Local MP\n\nThe local MP has written to the minister.")).toBe("Inspection Report Angers Local MP");
    expect(titleOf("Office of the Chief Inspector Responds to Probation Review\n\nThe office said today.")).toBe("Office of the Chief Inspector Responds to Probation Review");
    expect(titleOf("Dunmore MP welcomes probation report\n\nThe MP for Dunmore said today.")).toBe("Dunmore MP welcomes probation report");
  });
});
