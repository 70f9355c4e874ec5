/**
 * Held-out set 13, document structure: findings under "Areas to improve",
 * "What worked" and "What we found was working well"; a heading above a
 * lead-in that says nothing of its side; a masthead heading over a blog
 * post's own heading; a running "… Press Release: …" page header; a link
 * list naming a press release; a sentence cut by a PDF page break; a
 * spokesperson who "told the local paper".
 */
import { describe, expect, it } from "vitest";
import { candidatesOf, valueOf } from "../helpers.js";
import { textToBlocks } from "../../src/blocks/text.js";

const findingsOf = (text: string, format?: "text" | "html") => ({
  strengths: candidatesOf("findings", "findings.strengths", text, format).map((c) => c.value),
  concerns: candidatesOf("findings", "findings.concerns", text, format).map((c) => c.value),
});
const titleOf = (text: string) => valueOf("title", "title", text, "text");
const typeOf = (text: string) => valueOf("document-type", "documentType", text, "text");
const quotesOf = (text: string) => candidatesOf("quotes", "quotes", text, "text").map((c) => c.value);

describe("findings: more ways of heading a list", () => {
  it("reads 'Areas to improve' as concerns and 'What worked' as strengths", () => {
    const html = `<html><body><article><h1>Ashby youth service praised</h1><p>The service was rated Good.</p>
      <h4>What worked</h4><ul><li>Case managers knew the children well</li><li>Links with schools were strong and valued</li></ul>
      <p><strong>Areas to improve</strong></p><ul><li>Some plans were written too late to help</li><li>Victims were not always contacted</li></ul>
      </article></body></html>`;
    expect(findingsOf(html, "html")).toEqual({
      strengths: ["Case managers knew the children well", "Links with schools were strong and valued"],
      concerns: ["Some plans were written too late to help", "Victims were not always contacted"],
    });
  });

  it("reads 'What we found was working well:' and 'What inspectors said needs fixing'", () => {
    const text = [
      "Fenby unit improving",
      "",
      "What we found was working well:",
      "",
      "- Staff had manageable caseloads and regular supervision",
      "- The unit worked closely with the local police",
      "",
      "## What inspectors said needs fixing",
      "",
      "- Risk assessments were often late",
      "- Home visits were rarely made",
    ].join("\n");
    expect(findingsOf(text)).toEqual({
      strengths: ["Staff had manageable caseloads and regular supervision", "The unit worked closely with the local police"],
      concerns: ["Risk assessments were often late", "Home visits were rarely made"],
    });
  });

  it("does not take 'What worked' inside a longer heading, nor a plain 'Areas' heading", () => {
    const text = "# Report\n\nSome text.\n\n## What worked for us in 2019 and after\n\n- We moved office twice\n- We hired a new team\n\n## Areas\n\n- North district\n- South district";
    expect(findingsOf(text)).toEqual({ strengths: [], concerns: [] });
  });

  it("takes the side from a heading just above a lead-in that says nothing of it", () => {
    const text = [
      "# Diary of a practitioner",
      "",
      "## What the report said was going well",
      "",
      "In fairness, the inspectors found some things to credit:",
      "",
      "- Practitioners knew their cases well and worked hard",
      "- The unit's link with the housing team gave quick access to beds",
      "",
      "## My own list",
      "",
      "Here is what I would ask for myself:",
      "",
      "- More time to read case files before meetings",
      "- An admin officer back in the office",
    ].join("\n");
    expect(findingsOf(text)).toEqual({
      strengths: ["Practitioners knew their cases well and worked hard", "The unit's link with the housing team gave quick access to beds"],
      concerns: [],
    });
  });

  it("does not take a strengths heading above a lead-in over a list of shortcomings", () => {
    const text = [
      "## What's working",
      "",
      "The chief inspector of the service said this:",
      "",
      "- Too many cases were held by trainees",
      "- Reviews were missing in most of the sample",
      "- Work to protect children was inconsistent",
    ].join("\n");
    expect(findingsOf(text).strengths).toEqual([]);
  });
});

describe("title: page headers and blog mastheads", () => {
  it("passes over a running '… - Press Release: …' page header above the release's labels", () => {
    const text = [
      "HMI Probation - Press Release: Dunmore Probation Trust",
      "",
      "PRESS RELEASE",
      "",
      "Embargoed until 00.01 hrs Tuesday 4 June 2013",
      "",
      "Dunmore Probation Trust: good leadership, but risk work must improve",
      "",
      "The trust was found to be well led, said the Chief Inspector of Probation.",
    ].join("\n");
    expect(titleOf(text)).toBe("Dunmore Probation Trust: good leadership, but risk work must improve");
  });

  it("keeps such a line when no headline follows the labels", () => {
    const text = [
      "Fenby News - Press Release: trust rated good by inspectors",
      "",
      "Embargoed until 00.01 Tuesday 4 June 2013",
      "",
      "The trust in Fenby was found to be well led, said the Chief Inspector of Probation.",
    ].join("\n");
    expect(titleOf(text)).toBe("Fenby News - Press Release: trust rated good by inspectors");
  });

  it("takes a blog post's own heading under a masthead heading, even written as a sentence", () => {
    const text = [
      "# View from the Front Desk",
      "",
      "*Thoughts from a probation officer in the South West*",
      "",
      "## We were rated 'Good'. Here is why.",
      "",
      "*Posted Monday 3 July 2023 by Alex*",
      "",
      "The report came out on Thursday and I have read it twice. I think it is fair.",
    ].join("\n");
    expect(titleOf(text)).toBe("We were rated 'Good'. Here is why.");
  });

  it("keeps a headline heading whose sub-heading of the same level has a dateline", () => {
    const text = [
      "# Fenby unit rated Good",
      "",
      "A short standfirst for the story.",
      "",
      "# Background",
      "",
      "Posted Monday 3 July 2023 by Alex",
      "",
      "The report came out on Thursday.",
    ].join("\n");
    expect(titleOf(text)).toBe("Fenby unit rated Good");
  });
});

describe("documentType: a link to a press release in a list", () => {
  it("does not read a listed link 'Press release: …' as the page's label", () => {
    const text = [
      "## Our unit was inspected",
      "",
      "I think the report was fair, and I'm glad it is out. In my view the staff did well.",
      "",
      "### Links",
      "",
      "- Press release: Fenby unit rated 'Good'",
      "- The full report",
    ].join("\n");
    expect(typeOf(text)).not.toBe("press-release");
  });

  it("still reads a 'Press release' label line", () => {
    const text = "Press release: Fenby unit rated Good\n\nThe unit was rated Good today.\n\nENDS\n\nNotes to editors\n\n1. The report is online.";
    expect(typeOf(text)).toBe("press-release");
  });
});

describe("text reader: a sentence cut by a PDF page break", () => {
  const page = (before: string, after: string) =>
    textToBlocks(
      [
        "Dunmore Trust - Report summary",
        "",
        "The trust supervises some four thousand people in the county and the",
        "city, and was inspected in the spring by a team of six inspectors who",
        "read a sample of cases and spoke to the staff who managed each one.",
        "",
        "Inspectors found that the trust was well led and that its staff knew",
        "the people they supervised, but that work to protect the public was",
        before,
        "",
        "Page 1 of 2",
        "\fDunmore Trust - Report summary",
        "",
        after,
        "Its leaders accepted the findings and said a plan would follow soon.",
        "",
        "Page 2 of 2",
        "\fDunmore Trust - Report summary",
        "",
        "The end of the report.",
      ].join("\n"),
    ).map((b) => b.text);

  it("joins the sentence across the page number and running header", () => {
    const blocks = page("not yet done well enough in every case, and we will watch how it responds to", "them, and how quickly it acts on them over the coming months and year.");
    expect(blocks.some((b) => b.includes("how it responds to them, and how quickly"))).toBe(true);
  });

  it("does not join a finished sentence to the next page", () => {
    const blocks = page("not yet done well enough in every case, and the trust responded well.", "then the inspectors left the area and wrote their report over the summer.");
    expect(blocks.some((b) => b.endsWith("the trust responded well."))).toBe(true);
    expect(blocks.some((b) => b.startsWith("then the inspectors left"))).toBe(true);
  });

  it("does not join when the next page opens a new paragraph with a capital", () => {
    const blocks = page("not yet done well enough in every case, and inspectors looked at work with", "Victims were contacted late in most of the cases that the team read.");
    expect(blocks.some((b) => b.endsWith("inspectors looked at work with"))).toBe(true);
  });
});

describe("quotes: a spokesperson who told someone", () => {
  it("reads the organisation before 'spokesperson told the local paper'", () => {
    const text = 'The unit was rated Inadequate.\n\nA Fenby Council spokesperson told the local paper: "We accept the findings and will act on them."';
    expect(quotesOf(text)).toEqual([{ speaker: "Fenby Council", role: "spokesperson", text: "We accept the findings and will act on them." }]);
  });

  it("reads 'a spokeswoman for …' before 'told reporters'", () => {
    const text = 'The unit was rated Inadequate.\n\nA spokeswoman for Ashby Trust told reporters: "We are already recruiting more staff."';
    expect(quotesOf(text)[0]?.speaker).toBe("Ashby Trust");
  });
});
