/**
 * Held-out set 18 fixes (title, document type, dates, caseload, chief
 * inspector), in invented documents: a feature's section label above its
 * headline, a news agency's wire copy (transmission stamp, catch line,
 * embargo line without a year, "NOTE TO EDITORS: This story …"), a social
 * post, an e-mail laid out in tables, an opinion column, "Inspectors were
 * here in June and July", "when they visited in March", "puts its caseload
 * at …", "Ours supervises …" and "Chief inspector of probation …".
 */
import { describe, expect, it } from "vitest";
import { recordOf } from "../helpers.js";

const rec = (text: string, format?: "text" | "html") => recordOf(text, format).record;

describe("title: a feature's section label is not the headline", () => {
  const doc = (label: string) =>
    [
      "Skip to main content",
      "The Weekly Lantern",
      "Society › Justice",
      label,
      "‘Nobody had time for us’: a year inside a struggling probation office",
      "by Ann Ferris, social affairs editor",
      "Sat 4 May 2019 06.00 BST",
      "Inspectors have rated Ashby and Kelby Community Rehabilitation Company inadequate, and staff say they saw it coming.",
      "The company supervises around 5,000 people across Ashby and Kelby.",
    ].join("\n");

  it("passes over “The long read” to the headline under it", () => {
    expect(rec(doc("The long read")).title).toBe("‘Nobody had time for us’: a year inside a struggling probation office");
  });

  it("keeps a short headline that only starts like a label", () => {
    expect(rec(doc("The long read back to trust")).title).toBe("The long read back to trust");
  });
});

const wire = (stamp: string, note = "NOTE TO EDITORS: This story is subject to an embargo until 0001 on Tuesday June 4.") =>
  [
    stamp,
    "",
    "EMBARGOED TO 0001 TUESDAY JUNE 4",
    "",
    "PROBATION Verdict",
    "",
    "Probation company told to improve after inspectors find risks missed",
    "",
    "By Sam Orde, PA Crime Correspondent",
    "",
    "A probation company has been told to improve after inspectors found it was missing risks to the public.",
    "",
    "Ashby and Kelby Community Rehabilitation Company was rated requires improvement by HM Inspectorate of Probation, the report said.",
    "",
    "Inspectors, who visited in January and February, looked at 10 aspects of its work.",
    "",
    "ends",
    "",
    note,
  ].join("\n");
const STAMP = "PA WIRE  03/06/2019 16:05 GMT  HOME NEWS  PRIORITY: ROUTINE";

describe("wire copy: the transmission stamp, catch line and embargo line", () => {
  it("takes the headline, not the stamp or the catch line", () => {
    expect(rec(wire(STAMP)).title).toBe("Probation company told to improve after inspectors find risks missed");
  });

  it("keeps a headline that opens with a word in capitals", () => {
    const text = wire(STAMP).replace("PROBATION Verdict\n\nProbation company told to improve after inspectors find risks missed", "KELBY Probation company told to improve after inspectors find risks");
    expect(rec(text).title).toBe("KELBY Probation company told to improve after inspectors find risks");
  });

  it("is a news article: the stamp outweighs the embargo line and “ends”", () => {
    expect(rec(wire(STAMP)).documentType).toBe("news-article");
  });

  it("is a release without the stamp and with a release's own note to editors", () => {
    const text = wire("Ashby Probation News", "NOTE TO EDITORS: 1. The report is available on the inspectorate's website.");
    expect(rec(text).documentType).toBe("press-release");
  });

  it("dates the embargo line from the stamp above it, and the fieldwork from that", () => {
    const r = rec(wire(STAMP));
    expect(r.dates.published).toBe("2019-06-04");
    expect(r.dates.inspectionStart).toBe("2019-01");
    expect(r.dates.inspectionEnd).toBe("2019-02");
  });

  it("does not date an embargo line whose weekday falls on another day", () => {
    expect(rec(wire(STAMP).replace("TUESDAY JUNE 4", "FRIDAY JUNE 4")).dates.published).toBeNull();
  });

  it("takes the next such day after the stamp (across the new year)", () => {
    const text = wire("PA WIRE  30/12/2019 16:05 GMT  HOME NEWS").replace("TUESDAY JUNE 4", "THURSDAY JANUARY 2");
    expect(rec(text).dates.published).toBe("2020-01-02");
  });
});

describe("title: a social post has no headline", () => {
  const post = (stamp: string) =>
    [
      "Kelby Village Noticeboard",
      stamp,
      "",
      "🎉 Great news for Kelby this morning! 🎉",
      "",
      "Our probation team has been rated ‘Good’ by HM Inspectorate of Probation, which published its report on Kelby Probation Delivery Unit today (Tuesday 3 June 2025).",
      "",
      "Inspectors were here in March and April and read 40 cases.",
      "",
      "👍 120",
      "Like",
      "Comment",
    ].join("\n");

  it("takes neither the page's name nor the post's first line", () => {
    expect(rec(post("3 June at 10:15 · 🌍")).title).toBeNull();
  });

  it("reads a page's name as a title when no post stamp is under it", () => {
    expect(rec(post("Community news and notices")).title).not.toBeNull();
  });
});

describe("dates-inspection: inspectors “were here”, and “they” for the inspectors", () => {
  const pub = "Published: 3 June 2025\n\nKelby PDU rated good\n\n";

  it("reads “Inspectors were here in March and April”", () => {
    const r = rec(`${pub}HM Inspectorate of Probation rated Kelby Probation Delivery Unit good. Inspectors were here in March and April and read 40 cases.`);
    expect([r.dates.inspectionStart, r.dates.inspectionEnd]).toEqual(["2025-03", "2025-04"]);
  });

  it("does not read someone else being here", () => {
    const r = rec(`${pub}HM Inspectorate of Probation rated Kelby Probation Delivery Unit good. The mayor was here in March and opened the new office.`);
    expect(r.dates.inspectionStart).toBeNull();
  });

  const column = (before: string) =>
    [
      "Published: 14 July 2023",
      "",
      "Must do better, again",
      "",
      "His Majesty’s Inspectorate of Probation has rated Kelby Probation Delivery Unit ‘Requires improvement’.",
      "",
      before,
      "",
      "The answer, when they visited in March, was: not quite.",
    ].join("\n");

  it("reads “when they visited in March” after a sentence about the inspectors", () => {
    const r = rec(column("The question the inspectors were asking was whether anyone is keeping watch."));
    expect([r.dates.inspectionStart, r.dates.inspectionEnd]).toEqual(["2023-03", "2023-03"]);
  });

  it("does not read “they” that stands for someone else", () => {
    const r = rec(column("The question my neighbours were asking was whether anyone is keeping watch. I asked the council what it thought."));
    expect(r.dates.inspectionStart).toBeNull();
  });
});

describe("an e-mail laid out in tables: the lead story's headline and the Sent date", () => {
  const email = (lead: string) => `<html><head><title>Network Bulletin | June 2021</title></head><body>
<p><b>From:</b> Kelby Justice Network &lt;news@kelby.example&gt;<br><b>Sent:</b> Wednesday, 16 June 2021 09:30<br><b>To:</b> jo@example.org<br><b>Subject:</b> Kelby inspection, our AGM and more</p>
<table width="100%"><tr><td><table width="600">
<tr><td>Our June round-up for members</td><td><a href="https://example.org/view">View this email in your browser</a></td></tr>
${lead}
<tr><td colspan="2">The Kelby division of the National Probation Service was rated good after fieldwork carried out in March and April. Inspectors praised its work with victims.</td></tr>
<tr><td colspan="2">The report puts its caseload at 9,412 as at 31 December 2020, spread across Kelby and Orton.</td></tr>
</table></td></tr></table></body></html>`;

  it("takes the first one-cell headline with prose under it, not the Subject", () => {
    expect(rec(email(`<tr><td colspan="2">Kelby probation ‘good’, say inspectors</td></tr>`), "html").title).toBe("Kelby probation ‘good’, say inspectors");
  });

  it("falls back to the Subject when prose comes before any headline", () => {
    const lead = `<tr><td colspan="2">Welcome to our June round-up, which this month covers a great deal of news from across the network and beyond.</td></tr><tr><td colspan="2">Kelby probation ‘good’, say inspectors</td></tr>`;
    expect(rec(email(lead), "html").title).toBe("Kelby inspection, our AGM and more");
  });

  it("dates it from the Sent line, and its fieldwork from that", () => {
    const r = rec(email(`<tr><td colspan="2">Kelby probation ‘good’, say inspectors</td></tr>`), "html");
    expect(r.dates.published).toBe("2021-06-16");
    expect([r.dates.inspectionStart, r.dates.inspectionEnd]).toEqual(["2021-03", "2021-04"]);
  });

  it("does not read “Sent” without its colon as a date label", () => {
    const r = rec("Kelby probation rated good\n\nSent to all staff by the chief officer, 16 June 2021, with thanks\n\nInspectors rated Kelby PDU good.");
    expect(r.dates.published).toBeNull();
  });
});

describe("caseload: “puts its caseload at …” and “Ours supervises …”", () => {
  const doc = (second: string) =>
    [
      "Kelby division rated good",
      "",
      "HM Inspectorate of Probation has rated the Kelby division of the National Probation Service good.",
      "",
      `NPS Kelby supervises almost 9,500 people who pose a high risk of serious harm. ${second}`,
    ].join("\n");

  it("takes the figure and its date over the rounded one", () => {
    const c = rec(doc("The report puts its caseload at 9,412 as at 31 December 2020, spread across Kelby and Orton.")).caseload;
    expect([c.peopleSupervised, c.peopleSupervisedQualifier, c.peopleSupervisedAsOf]).toEqual([9412, "exact", "2020-12-31"]);
  });

  it("does not take a caseload counted in cases each", () => {
    const c = rec(doc("The report puts its caseload at 45 cases for each officer.")).caseload;
    expect([c.peopleSupervised, c.peopleSupervisedQualifier]).toEqual([9500, "about"]);
  });

  const column = (subject: string) =>
    [
      "Must do better",
      "",
      "His Majesty’s Inspectorate of Probation has rated Kelby Probation Delivery Unit ‘Requires improvement’.",
      "",
      `A probation delivery unit is the local bit of the Probation Service. ${subject} supervises around 2,150 people across Kelby and Orton.`,
    ].join("\n");

  it("reads “Ours” as the writer's own provider", () => {
    expect(rec(column("Ours")).caseload.peopleSupervised).toBe(2150);
  });

  it("does not read “Theirs”", () => {
    expect(rec(column("Theirs")).caseload.peopleSupervised).toBeNull();
  });
});

describe("documentType: an opinion column is commentary", () => {
  const page = (type: string, byline: string) => `<html><head>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"${type}","headline":"Could do better","datePublished":"2023-07-14T06:00:00+01:00"}</script>
<meta property="og:site_name" content="Kelby Gazette"></head><body><article>
<h1>Could do better</h1>
<p>${byline}</p>
<p>His Majesty’s Inspectorate of Probation has rated Kelby Probation Delivery Unit ‘Requires improvement’.</p>
<p>A spokesperson told the Gazette the service accepted the findings.</p>
</article></body></html>`;

  it("is a blog post when its page data says OpinionNewsArticle", () => {
    expect(rec(page("OpinionNewsArticle", "Published 14th Jul 2023"), "html").documentType).toBe("blog-post");
  });

  it("is a news article when its page data says NewsArticle", () => {
    expect(rec(page("NewsArticle", "Published 14th Jul 2023"), "html").documentType).toBe("news-article");
  });

  const told = "<p>A spokesperson told the Gazette the service accepted the findings.</p>\n";

  it("is a blog post under an opinion label and a columnist's byline", () => {
    const text = page("WebPage", "By Jo Marsh Columnist Published 14th Jul 2023").replace("<h1>", "<p>Opinion · Jo Marsh</p><h1>").replace(told, "");
    expect(rec(text, "html").documentType).toBe("blog-post");
  });

  it("is a news article under a section label and a reporter's byline", () => {
    const text = page("WebPage", "By Jo Marsh, crime reporter").replace("<h1>", "<p>News · Crime</p><h1>").replace(told, "");
    expect(rec(text, "html").documentType).toBe("news-article");
  });
});

describe("chiefInspector: “Chief inspector of probation” opening a sentence", () => {
  it("reads the name after it", () => {
    const r = rec("Kelby CRC rated inadequate\n\nInspectors rated Kelby Community Rehabilitation Company inadequate.\n\nChief inspector of probation Dame Ann Ferris said: “This is a disappointing set of findings.”");
    expect(r.chiefInspector).toBe("Ann Ferris");
  });

  it("does not read a police chief inspector", () => {
    const r = rec("Kelby CRC rated inadequate\n\nInspectors rated Kelby Community Rehabilitation Company inadequate.\n\nChief inspector Tom Reed of Kelby Police said officers worked closely with the company.");
    expect(r.chiefInspector).toBeNull();
  });
});
