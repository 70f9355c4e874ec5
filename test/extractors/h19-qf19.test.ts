/**
 * Held-out sets 19 and 20 fixes (quotes, findings, and the segmenting they
 * read), in invented documents: a "Notes to editors" entry in a page's
 * contents list, findings lead-ins ("What they want to see improve",
 * "room for improvement in", "reasons for encouragement", "They did,
 * however, praise …" after a neutral list), hyphen bullets hard-wrapped
 * without an indent, "“…,” she tells Sam at 10:15. “…”", a first name
 * alone as the subject above or before a quote, reported speech holding a
 * quoted fragment or "said every …", and embedded posts (signature line,
 * trailing link, the same words twice).
 */
import { describe, expect, it } from "vitest";
import { recordOf } from "../helpers.js";
import { textToBlocks } from "../../src/blocks/text.js";

const rec = (text: string, format?: "text" | "html") => recordOf(text, format).record;
const quotesOf = (text: string, format?: "text" | "html") => (rec(text, format).quotes ?? []).map((q) => [q.speaker, q.text]);

describe("notes: a contents list's “Notes to editors” entry does not start the notes", () => {
  const doc = (contents: string[]) =>
    [
      "Ashby probation unit told to improve - GOV.UK",
      "",
      "Press release",
      "",
      "Contents",
      "",
      ...contents,
      "",
      "1. Summary",
      "",
      "HM Inspectorate of Probation has rated Ashby Probation Delivery Unit 'Requires improvement'.",
      "",
      "2. What inspectors found",
      "",
      "Inspectors highlighted these strengths:",
      "",
      "- Leaders are visible and listen to their staff.",
      "- Unpaid work is well organised across the county.",
      "",
      '3. Notes to editors',
      "",
      "1. The report is published today.",
    ].join("\n");

  it("reads the story under a contents list naming the notes", () => {
    const r = rec(doc(["1. Summary", "2. What inspectors found", "3. Notes to editors"]));
    expect(r.findings?.strengths).toEqual(["Leaders are visible and listen to their staff.", "Unpaid work is well organised across the county."]);
  });

  it("still starts the notes at a notes heading named once", () => {
    const text = doc(["1. Summary", "2. What inspectors found"]).replace("3. Notes to editors", "").replace("Inspectors highlighted these strengths:", "Notes to editors\n\nInspectors highlighted these strengths:");
    expect(rec(text).findings?.strengths ?? []).toEqual([]);
  });
});

describe("findings: more lead-ins", () => {
  const list = (lead: string, items: string[]) =>
    ["Ashby Youth Justice Service was rated 'Good' by HM Inspectorate of Probation.", "", lead, "", ...items.map((i) => `* ${i}`), "", "The service will publish a plan."].join("\n");
  const ITEMS = ["Plans are not always reviewed when things change.", "Records of children's needs are too often incomplete."];

  it("reads “What they want to see improve:” as concerns", () => {
    expect(rec(list("What they want to see improve:", ITEMS)).findings?.concerns).toEqual(ITEMS);
  });
  it("reads “Inspectors found room for improvement in:” as concerns", () => {
    expect(rec(list("Inspectors found room for improvement in:", ITEMS)).findings?.concerns).toEqual(ITEMS);
  });
  it("but not “What they want to see next:”", () => {
    expect(rec(list("What they want to see next:", ITEMS)).findings?.concerns ?? []).toEqual([]);
  });

  const GOOD = ["Staff know the children well.", "The board meets often and is well attended."];
  it("reads “Inspectors also found reasons for encouragement:” as strengths", () => {
    expect(rec(list("Inspectors also found reasons for encouragement:", GOOD)).findings?.strengths).toEqual(GOOD);
  });
  it("but not “Inspectors also found reasons for delay:”", () => {
    expect(rec(list("Inspectors also found reasons for delay:", GOOD)).findings?.strengths ?? []).toEqual([]);
  });

  const neutralThenPraise = (turn: string) =>
    [
      "Ashby prison's resettlement work falls short, inspectors say.",
      "",
      "The inspectors found:",
      "",
      "- men were rarely seen by resettlement staff early in their sentence;",
      "- risk information was not reliably passed to probation;",
      "- many left without identification or a bank account;",
      "- housing help too often meant a list of hostels.",
      "",
      turn,
      "",
      "- staff were committed and knew the men well;",
      "- one prison had built strong links with the council.",
    ].join("\n");

  it("reads a neutral list before “They did, however, praise …:” as concerns", () => {
    const r = rec(neutralThenPraise("They did, however, praise some aspects of the work:"));
    expect(r.findings?.strengths).toEqual(["staff were committed and knew the men well", "one prison had built strong links with the council."]);
    expect(r.findings?.concerns).toHaveLength(4);
  });
  it("but not before a lead-in that does not turn (“They also praised:”)", () => {
    const r = rec(neutralThenPraise("They also praised some aspects of the work:"));
    expect(r.findings?.concerns ?? []).toEqual([]);
  });
});

describe("blocks: hyphen bullets hard-wrapped without an indent", () => {
  const LINES = [
    "The committee considered the report of the head of service on the recent",
    "inspection of the probation unit, which had been published in the summer",
    "and which rated the unit as requiring improvement in most of its work. The",
    "head of service introduced the report and answered questions from members",
    "about staffing, caseloads and the plans for the coming year in detail.",
  ];
  const para = (n: number) => LINES.slice(0, n).join("\n");
  const doc = (items: string) => [para(5), "", "The main strengths were:", "", items, "", para(4)].join("\n");

  it("joins a line in small letters to the item it reads on from", () => {
    const items = "- a wide range of services was available to people on probation, including\na women's centre in the town\n- unpaid work was well organised.";
    const texts = textToBlocks(doc(items)).map((b) => `${b.kind}|${b.text}`);
    expect(texts).toContain("list-item|a wide range of services was available to people on probation, including a women's centre in the town");
    expect(texts).toContain("list-item|unpaid work was well organised.");
  });

  it("goes on past a capital once the item has wrapped", () => {
    const items = "- the partnership is a consortium whose members are Ashby Services plc and\nthe Kelby Housing Trust (a housing association), the Orme Learning Trust\nand Second Start (a charity).";
    const texts = textToBlocks(doc(items)).map((b) => `${b.kind}|${b.text}`);
    expect(texts.some((t) => t.startsWith("list-item|") && t.endsWith("and Second Start (a charity)."))).toBe(true);
  });

  it("leaves a line after a short item alone", () => {
    const items = "- leaders are visible\nthe rest of the minute follows here.";
    const texts = textToBlocks(doc(items)).map((b) => `${b.kind}|${b.text}`);
    expect(texts).toContain("list-item|leaders are visible");
  });
});

describe("quotes: “…,” she tells Sam at 10:15. “…”", () => {
  const doc = (attr: string) =>
    [
      "Episode 12: turning round a youth justice service",
      "",
      "Guests: Dana Whitfield, Head of Service, Ashby Youth Justice Service; Mo Keane, researcher.",
      "",
      "HM Inspectorate of Probation rated Ashby Youth Justice Service 'Good'.",
      "",
      "We talk about the two inspections. Dana is frank that the change started with people.",
      "",
      `"When I started, half the team had left," ${attr} "The first thing I did was keep the people we had."`,
    ].join("\n");

  it("reads the attribution and gives the quote to the first name above", () => {
    expect(quotesOf(doc("she tells Sam at 10:15."))).toEqual([
      ["Dana Whitfield", "When I started, half the team had left,"],
      ["Dana Whitfield", "The first thing I did was keep the people we had."],
    ]);
  });

  it("reads “he told the Gazette.”", () => {
    const text = ["Ashby PDU was rated 'Good'.", "", `"We are proud of the team," Ola Penn told the Gazette. "They earned it."`].join("\n");
    expect(quotesOf(text)).toEqual([
      ["Ola Penn", "We are proud of the team,"],
      ["Ola Penn", "They earned it."],
    ]);
  });

  it("gives no one the pronoun's words when the first name above starts two full names", () => {
    const text = doc("she tells Sam at 10:15.").replace("Mo Keane, researcher", "Dana Orme, researcher");
    expect(quotesOf(text)[0]![0]).not.toBe("Dana Whitfield");
  });
});

describe("quotes: a first name alone as the subject of a colon lead-in", () => {
  const doc = (name: string) =>
    [
      "Guests: Lee Marsh, youth panel member.",
      "",
      "HM Inspectorate of Probation rated Ashby Youth Justice Service 'Good'.",
      "",
      `${name} closes the episode with a message for others on orders: "Keep going, even on the bad days."`,
    ].join("\n");

  it("gives the quote to the known person", () => {
    expect(quotesOf(doc("Lee"))).toEqual([["Lee Marsh", "Keep going, even on the bad days."]]);
  });
  it("but not to a word that starts no known name", () => {
    expect(quotesOf(doc("Ashby"))).toEqual([[null, "Keep going, even on the bad days."]]);
  });
});

describe("quotes: reported speech above a quote", () => {
  const doc = (lead: string) =>
    [
      "Ashby PDU was rated 'Requires improvement' by HM Inspectorate of Probation.",
      "",
      lead,
      "",
      '"We have had a hard two years, and I will not pretend otherwise."',
      "",
      '"Eleven trainees will join us this summer."',
    ].join("\n");

  it("reads a lead-in holding a few quoted words", () => {
    const q = quotesOf(doc('Ruth Hale, Regional Probation Director, accepted that staffing had been "very tight" but said the position was improving.'));
    expect(q.map((x) => x[0])).toEqual(["Ruth Hale", "Ruth Hale"]);
  });
  it("reads “said every case had been reviewed”", () => {
    const q = quotesOf(doc("Dr Ruth Hale, Director of Children’s Services, said every open case had been reviewed."));
    expect(q.map((x) => x[0])).toEqual(["Ruth Hale", "Ruth Hale"]);
  });
  it("but not a lead-in that reports no speech", () => {
    const q = quotesOf(doc("Ruth Hale, Regional Probation Director, visited the office on Monday."));
    expect(q.map((x) => x[0])).toEqual([null, null]);
  });
});

describe("quotes: embedded posts", () => {
  const html = (sig: string) =>
    `<html><body><article><h1>Probation company rated inadequate</h1>
<p>Ashby CRC was rated 'Inadequate' by HM Inspectorate of Probation.</p>
<p>The report said: “Staff told us they spent their days firefighting and rarely saw anyone in person.”</p>
<blockquote class="twitter-tweet"><p>“Staff told us they spent their days firefighting and rarely saw anyone in person.” Our report is out today <a href="https://t.co/x1">https://t.co/x1</a></p>${sig}</blockquote>
<p>Ola Penn, the MP for Ashby North, wrote on Twitter: “A worrying report for my area. Ministers must act now.”</p>
<blockquote class="twitter-tweet"><p>A worrying report for my area. Ministers must act now. <a href="https://t.co/x2">https://t.co/x2</a></p>&mdash; Ola Penn MP (@OlaPennMP) <a href="https://twitter.com/x">July 13, 2017</a></blockquote>
<p>The company said it accepted the findings.</p>
</article></body></html>`;

  it("reads neither the signature line nor the repeated post as a quote", () => {
    const q = quotesOf(html(`&mdash; HM Inspectorate of Probation (@HMIProbation) <a href="https://twitter.com/x">July 13, 2017</a>`), "html");
    expect(q.map((x) => x[1])).toEqual(["Staff told us they spent their days firefighting and rarely saw anyone in person.", "A worrying report for my area. Ministers must act now."]);
    expect(q[1]![0]).toBe("Ola Penn");
  });

  it("keeps a dash attribution line that names no handle", () => {
    const text = [
      "Ashby CRC was rated 'Inadequate'.",
      "",
      "> We will do better for the people we supervise.",
      ">",
      "> — Ola Penn, chief executive",
    ].join("\n");
    expect(quotesOf(text).length).toBeGreaterThan(0);
  });
});
