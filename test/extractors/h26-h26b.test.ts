/**
 * Held-out set 26 (h26b): "The report noted … It said: “…”"; "rated X
 * ‘outstanding’ for A and for B, and ‘good’ for C and for D"; an article's
 * "At a glance" fact box in an <aside> holding a table of ratings, this
 * year's and the last inspection's; an e-mail's footer under a rule line
 * after the last wrapped note; "and the largely rural district of X"; a
 * skip link above a paper's masthead; "four out of five cases"; "Youth
 * Justice Board figures published earlier this year show …". All names are
 * invented.
 */
import { describe, expect, it } from "vitest";
import { textToBlocks } from "../../src/blocks/text.js";
import { aspectPairsOf, recordOf } from "../helpers.js";

const rec = (t: string, format?: "text" | "html") => recordOf(t, format).record;

const INTRO =
  "Inspection of Tolworth Probation Trust\n\n" +
  "HM Inspectorate of Probation today published its report on Tolworth Probation Trust, which works with adults across Amberley and Dunstan.\n\n";

describe("quotes: 'It said:' after a sentence on the report", () => {
  const lead = "Chief Inspector of Probation Justin Russell said: “Tolworth has made real progress since we last visited.”\n\n";

  it("gives the report's words to the inspectorate", () => {
    const t = INTRO + lead + "The report noted that most people had been seen within a week. It said: “Practice in the unpaid work teams is among the strongest we have found.”\n";
    const q = rec(t).quotes.find((x) => x.text.startsWith("Practice in the unpaid"));
    expect(q?.speaker).toBe("HM Inspectorate of Probation");
    expect(q?.role).toBeNull();
  });

  it("near miss: 'It said:' after a sentence on someone else is not the report's", () => {
    const t = INTRO + lead + "The council noted that most people had been seen within a week. It said: “Practice in the unpaid work teams is among the strongest we have found.”\n";
    const q = rec(t).quotes.find((x) => x.text.startsWith("Practice in the unpaid"));
    expect(q?.speaker).not.toBe("HM Inspectorate of Probation");
  });
});

describe("aspect ratings: 'rated X ‘outstanding’ for A and for B, and ‘good’ for C and for D'", () => {
  const head = "Inspectors rated the Wexley Youth Justice Service good overall.\n\n";

  it("reads the second rating for its own aspects (curly marks, past the verb's reach)", () => {
    const t =
      head +
      "The inspectorate looked at 12 aspects. It rated the YJS ‘outstanding’ for its staffing and for its partnerships and services, and ‘good’ for governance and leadership and for information and facilities.\n";
    expect(aspectPairsOf(t)).toEqual(["Governance and leadership=Good", "Information and facilities=Good", "Partnerships and services=Outstanding", "Staff=Outstanding"]);
  });

  it("does not give the first rating the second one's aspects (straight marks)", () => {
    const t = head + "It rated the YJS 'outstanding' for its staffing, and 'good' for its partnerships and services.\n";
    expect(aspectPairsOf(t)).toEqual(["Partnerships and services=Good", "Staff=Outstanding"]);
  });

  it("near miss: a second rating word 'for' no aspect rates nothing", () => {
    const t = head + "It rated the YJS ‘outstanding’ for its staffing and for its partnerships and services, and ‘good’ for a service of its size.\n";
    expect(aspectPairsOf(t)).toEqual(["Partnerships and services=Outstanding", "Staff=Outstanding"]);
  });
});

describe("html: an aside holding a table inside the article is a fact box", () => {
  const page = (aside: string, inArticle: boolean) => `<!DOCTYPE html><html><head><title>Wexley youth justice service rated good</title></head><body>
<main><article><h1>Wexley youth justice service rated good by inspectors</h1>
<p>Wexley Youth Justice Service has been rated good by HM Inspectorate of Probation, up from requires improvement when inspectors last visited in 2019.</p>
<p>Chief Inspector of Probation Justin Russell said the service had turned itself around and that its staff knew the children they worked with very well indeed.</p>
${inArticle ? aside : ""}
<p>The report makes four recommendations for the service and its partners to act on.</p>
</article>${inArticle ? "" : aside}</main></body></html>`;
  const box = `<aside class="factbox"><h3>At a glance: how the service was rated</h3><table>
<tr><th>Standard</th><th>2019</th><th>2022</th></tr>
<tr><td>Overall</td><td>Requires improvement</td><td>Good</td></tr>
<tr><td>Governance and leadership</td><td>Requires improvement</td><td>Good</td></tr>
<tr><td>Staff</td><td>Good</td><td>Outstanding</td></tr>
</table></aside>`;

  it("reads the table's ratings and the earlier column's as previous ones", () => {
    const r = rec(page(box, true), "html");
    expect(r.aspectRatings).toContainEqual({ aspect: "Governance and leadership", rating: "Good", previousRating: "Requires improvement" });
    expect(r.aspectRatings).toContainEqual({ aspect: "Staff", rating: "Outstanding", previousRating: "Good" });
  });

  it("near miss: the same aside outside the article (a sidebar) stays dropped", () => {
    const r = rec(page(box, false), "html");
    expect(r.aspectRatings).toEqual([]);
  });

  it("near miss: an aside in the article without a table stays dropped", () => {
    const most = `<aside class="box"><h3>Elsewhere</h3><p>Harbridge youth offending team was rated inadequate for its staffing last spring by the same inspectors.</p></aside>`;
    const r = rec(page(most, true), "html");
    expect(r.aspectRatings).toEqual([]);
  });
});

describe("text: a rule line parts an e-mail's footer from the last wrapped note", () => {
  const notes = [
    "Notes to editors",
    "",
    "1. The report will be available on the inspectorate's website from",
    "   00:01 on Thursday 6 March 2014.",
    "",
    "2. For further information, please contact Morwenna Teague in the HMI",
    "   Probation press office on 020 7946 0511 or 07700 900388, or by",
    "   e-mail at morwenna.teague@probationinspectorate.example.gov.uk",
  ];
  const footer = [
    "You are receiving this e-mail because you subscribed to our news alerts.",
    "To stop receiving these messages, e-mail alerts@example.org.uk with",
    "\"unsubscribe\" in the subject line.",
  ];

  /** a release hard-wrapped at 72 columns, as an e-mail sends it */
  const wrapped = [
    "Inspection of adult offending work: Tolworth Probation Trust delivering",
    "sentences well but must sharpen its focus on risk of harm",
    "",
    "Tolworth Probation Trust makes sure that the sentences of the court are",
    "carried out and works well to reduce reoffending, but needs to pay much",
    "closer attention to the risk some offenders pose to others, said the",
    "Chief Inspector of Probation, publishing the report of an inspection.",
    "",
    "The Trust supervises adults who have offended, serving community orders",
    "or on licence after release from prison, across Amberley and Dunstan.",
    "",
  ];

  it("ends the note at the rule, so its contact is read", () => {
    const t = [...wrapped, ...notes, "", "-".repeat(68), ...footer].join("\n") + "\n";
    const c = rec(t).mediaContact;
    expect(c?.name).toBe("Morwenna Teague");
    expect(c?.phones).toEqual(["020 7946 0511", "07700 900388"]);
    expect(c?.emails).toEqual(["morwenna.teague@probationinspectorate.example.gov.uk"]);
  });

  it("near miss: a short line underlined with dashes is still a heading", () => {
    const blocks = textToBlocks("Notes to editors\n----------------\nThe report is published today.\n").map((b) => `${b.kind}|${b.text}`);
    expect(blocks[0]).toBe("heading|Notes to editors");
  });
});

describe("provider areas: 'and the largely rural district of X'", () => {
  it("passes the adverb before the group's describing word", () => {
    const t = INTRO.replace("across Amberley and Dunstan", "across Amberley, Dunstan and the largely rural district of North Fellwick");
    expect(rec(t).provider?.areas).toEqual(["Amberley", "Dunstan", "North Fellwick"]);
  });

  it("near miss: an adverb and describing word with no 'of' and place after them", () => {
    const t = INTRO.replace("across Amberley and Dunstan", "across Amberley, Dunstan and the largely rural parishes around them");
    expect(rec(t).provider?.areas).toEqual(["Amberley", "Dunstan"]);
  });
});

describe("documentType: a skip link above the masthead", () => {
  const body = [
    "Wexley PDU rated ‘Inadequate’ as inspectors find heavy caseloads",
    "By Jo Marsh, News Editor",
    "Wexley Probation Delivery Unit has been rated ‘Inadequate’ by HM Inspectorate of Probation, which found officers holding far too many cases.",
    "Inspectors examined 40 cases, the report says.",
    "ADVERTISEMENT",
    "Tags: Inspections | Probation | Workloads",
    "3 comments",
  ];

  it("reads the paper's name under the skip link as its masthead", () => {
    const t = ["Skip to main content", "Probation Practice Today", ...body].join("\n") + "\n";
    expect(rec(t).documentType).toBe("news-article");
  });

  it("near miss: a name under the skip link that is no paper's is no masthead", () => {
    const t = ["Skip to main content", "Wexley Community Forum", ...body].join("\n") + "\n";
    expect(rec(t).documentType).toBe("other");
  });
});

describe("figures: 'four out of five cases'; another body's published figures", () => {
  const values = (t: string) => rec(t).figures.map((f) => [f.value, f.unit]);

  it("reads 'four out of five' with what it counts as a share", () => {
    expect(values(INTRO + "Pre-sentence reports were of a good standard in four out of five cases.\n")).toEqual([[0.8, "fraction"]]);
    expect(values(INTRO + "Reports were good in four out of five of the cases where one had been prepared.\n")).toEqual([[0.8, "fraction"]]);
  });

  it("near miss: 'three out of five said' counts no cases", () => {
    expect(values(INTRO + "In the writer's own interviews, three out of five said reviews were the first thing to go.\n")).toEqual([]);
  });

  it("leaves out another body's figures 'published earlier this year'", () => {
    const t = INTRO + "Youth Justice Board figures published earlier this year show the number of first-time entrants fell by 19 per cent nationally.\n";
    expect(values(t)).toEqual([]);
  });

  it("near miss: the report's own figures stay", () => {
    const t = INTRO + "Inspectors found that work to keep people safe was good enough in only 19 per cent of the cases they read.\n";
    expect(values(t)).toEqual([[19, "percent"]]);
  });
});
