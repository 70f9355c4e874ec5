import { describe, expect, it } from "vitest";
import { htmlToBlocks } from "../../src/html/blocks.js";
import { candidatesOf, valueOf } from "../helpers.js";

const findingsOf = (text: string, format?: "text" | "html") => ({
  strengths: candidatesOf("findings", "findings.strengths", text, format).map((c) => c.value),
  concerns: candidatesOf("findings", "findings.concerns", text, format).map((c) => c.value),
});
const quotesOf = (text: string, format?: "text" | "html") =>
  candidatesOf("quotes", "quotes", text, format).map((c) => ({ speaker: c.value.speaker, text: c.value.text }));
const contact = (text: string) => valueOf("media-contact", "mediaContact", text, "text");

describe("findings (held-out set 15 kind): a bare heading line above a neutral lead-in", () => {
  const story = "Northbrook unit rated Good\n\nThe Northbrook unit was rated Good by HM Inspectorate of Probation after a visit in the spring.\n\n";
  it("reads 'Strengths' on its own line, then 'Inspectors found that:', as strengths", () => {
    const text = story + "Strengths\n\nInspectors found that:\n\n- reports for the courts were prompt and thorough;\n- managers supported their teams well; and\n- links with the police were strong.\n";
    expect(findingsOf(text).strengths).toEqual(["reports for the courts were prompt and thorough", "managers supported their teams well", "links with the police were strong."]);
  });
  it("reads 'Areas for improvement' on its own line above a neutral lead-in as concerns", () => {
    const text = story + "Areas for improvement\n\nThe report found that:\n\n- plans were seldom revisited;\n- offices were cramped.\n";
    expect(findingsOf(text).concerns).toEqual(["plans were seldom revisited", "offices were cramped."]);
  });
  it("does not take a sentence ending in a full stop above the lead-in as a heading", () => {
    const text = story + "Staff showed real strengths in their work with the courts.\n\nInspectors found that:\n\n- reports were prompt;\n- officers met people weekly.\n";
    expect(findingsOf(text)).toEqual({ strengths: [], concerns: [] });
  });
});

describe("findings (held-out set 15 kind): 'Inspectors highlighted that:' then a list of what should improve", () => {
  const page = (first: string, second: string) =>
    `<html><body><article><h1>Team rated Good</h1><p>The youth team in Eastmarsh was rated Good by HM Inspectorate of Probation this month.</p><h2>What inspectors found</h2><p>${first}</p><ul><li>officers know the families they work with well</li><li>the board works well and challenges partners constructively</li><li>health needs are a clear priority for the team</li></ul><p>${second}</p><ul><li>assessments did not always weigh the risk to others</li><li>records were held on two systems</li></ul></article></body></html>`;
  it("reads the first list as strengths and the second as concerns", () => {
    expect(findingsOf(page("Inspectors highlighted that:", "They said the team should improve in these areas:"), "html")).toEqual({
      strengths: ["officers know the families they work with well", "the board works well and challenges partners constructively", "health needs are a clear priority for the team"],
      concerns: ["assessments did not always weigh the risk to others", "records were held on two systems"],
    });
  });
  it("reads 'The report found that:' then 'It must still improve the following:' alike", () => {
    const f = findingsOf(page("The report found that:", "It must still improve the following:"), "html");
    expect(f.strengths.length).toBe(3);
    expect(f.concerns.length).toBe(2);
  });
  it("leaves a neutral list alone when the list after it is not about what to improve", () => {
    const f = findingsOf(page("Inspectors highlighted that:", "The team also runs these groups:"), "html");
    expect(f).toEqual({ strengths: [], concerns: [] });
  });
});

describe("media-contact (held-out set 15 kind): the role stops before 'with any enquiries'", () => {
  it("ends the role at 'with any enquiries on'", () => {
    const c = contact("Notes to editors\n\n1. Please contact Tessa Marlow at the HM Inspectorate of Probation press office with any enquiries on 020 7946 0123.");
    expect(c?.name).toBe("Tessa Marlow");
    expect(c?.role).toBe("HM Inspectorate of Probation press office");
  });
  it("ends it at 'with further queries' too", () => {
    const c = contact("Notes to editors\n\n1. Contact Ravi Osei in the Brayton Council press office with further queries, tel 01632 960 111.");
    expect(c?.role).toBe("Brayton Council press office");
  });
  it("keeps 'with' that is part of the role", () => {
    const c = contact("Notes to editors\n\n1. Please contact Jo Pell at the press office with the Brayton Council on 01632 960 222.");
    expect(c?.role).toBe("press office with the Brayton Council");
  });
});

describe("html blocks (held-out set 15 kind): a blockquote's closing <cite> is no part of the quote", () => {
  const html = (quote: string) => `<html><body><article><h1>Blog</h1><p>The report on the service puts it plainly:</p>${quote}<p>After that, more of my thoughts.</p></article></body></html>`;
  it("makes a closing <cite> a line of its own, not quoted", () => {
    const blocks = htmlToBlocks(html("<blockquote><p>Staff were stretched too thin to do the job.</p><cite>HM Inspectorate of Probation, report on Fenbridge</cite></blockquote>")).blocks;
    expect(blocks.map((b) => [b.kind, b.text])).toContainEqual(["blockquote", "Staff were stretched too thin to do the job."]);
    expect(blocks.map((b) => [b.kind, b.text])).toContainEqual(["paragraph", "HM Inspectorate of Probation, report on Fenbridge"]);
    expect(quotesOf(html("<blockquote><p>Staff were stretched too thin to do the job.</p><cite>HM Inspectorate of Probation, report on Fenbridge</cite></blockquote>"), "html").map((q) => q.text)).toEqual([
      "Staff were stretched too thin to do the job.",
    ]);
  });
  it("does the same for a <cite> closing the blockquote's last paragraph", () => {
    const blocks = htmlToBlocks(html("<blockquote><p>Cases lurch from one crisis to the next.<br><cite>Inspection report, 2019</cite></p></blockquote>")).blocks;
    expect(blocks.filter((b) => b.kind === "blockquote").map((b) => b.text)).toEqual(["Cases lurch from one crisis to the next."]);
  });
  it("keeps a <cite> inside the quote's words (a work's title) in the quote", () => {
    const blocks = htmlToBlocks(html("<blockquote><p>As <cite>the guidance</cite> says, every plan must be reviewed.</p></blockquote>")).blocks;
    expect(blocks.filter((b) => b.kind === "blockquote").map((b) => b.text)).toEqual(["As the guidance says, every plan must be reviewed."]);
  });
});

describe("findings (held-out set 15 kind): 'also' in the concern lead-in", () => {
  it("leaves a neutral list unsided when the next lead-in says it is 'also' concerned", () => {
    const html = `<html><body><article><h1>Team rated Good</h1><p>The youth team in Eastmarsh was rated Good by HM Inspectorate of Probation this month.</p><p>Inspectors highlighted that:</p><ul><li>officers know the families they work with well</li><li>the board works well with partners</li></ul><p>Inspectors were also concerned that:</p><ul><li>records were held on two systems</li></ul></article></body></html>`;
    expect(findingsOf(html, "html").strengths).toEqual([]);
  });
});

describe("findings (held-out set 15 kind): 'must improve' alone is no lead-in of concerns", () => {
  it("does not read a headline '… but public protection must improve' over a notes list as concerns", () => {
    const text = "Fenmoor region: good resettlement work but public protection must improve\n\n1. The report is published on 4 March 2023 at example.gov.uk.\n\nThe region was rated Requires improvement.";
    expect(findingsOf(text)).toEqual({ strengths: [], concerns: [] });
  });
});
