import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { candidatesOf } from "../helpers.js";
import { cleanFinding } from "../../src/extractors/findings.js";

const seed = (name: string) => readFileSync(new URL(`../../fixtures/docs/${name}`, import.meta.url), "utf8");
const gold = (name: string) => JSON.parse(readFileSync(new URL(`../../fixtures/expected/${name}`, import.meta.url), "utf8")) as { findings: { strengths: string[]; concerns: string[] } };

const findingsOf = (text: string, format?: "text" | "html") => ({
  strengths: candidatesOf("findings", "findings.strengths", text, format).map((c) => c.value),
  concerns: candidatesOf("findings", "findings.concerns", text, format).map((c) => c.value),
});

describe("findings", () => {
  it("matches the gold for the trust seed (trailing ';' removed, final '.' kept)", () => {
    const f = findingsOf(seed("press-release-merseyside-probation-trust.txt"));
    expect(f).toEqual(gold("press-release-merseyside-probation-trust.json").findings);
  });

  it("matches the gold for the blog seed's strengths and areas for improvement", () => {
    const f = findingsOf(seed("blog-staffordshire-west-midlands-crc.txt"));
    expect(f).toEqual(gold("blog-staffordshire-west-midlands-crc.json").findings);
  });

  it("reads Markdown headings 'What's working well' and 'Areas for development'", () => {
    const text = "# Report\n\nSome text about the unit.\n\n## What's working well\n\n- Staff know their cases well\n- Good links with local housing teams\n\n## Areas for development\n\n- Too many reviews are late\n- Risk assessments lack detail";
    expect(findingsOf(text)).toEqual({
      strengths: ["Staff know their cases well", "Good links with local housing teams"],
      concerns: ["Too many reviews are late", "Risk assessments lack detail"],
    });
  });

  it("reads HTML lists after lead-ins", () => {
    const html = `<html><body><article><h1>Service rated Good</h1><p>The service was rated Good overall after inspectors visited it in the spring of this year.</p>
<p>Strengths:</p><ul><li>Leaders are visible and trusted;</li><li>staff morale is high; and</li><li>victims are well supported.</li></ul>
<p>However, inspectors were concerned that:</p><ul><li>too few cases had a home visit</li></ul></article></body></html>`;
    expect(findingsOf(html, "html")).toEqual({
      strengths: ["Leaders are visible and trusted", "staff morale is high", "victims are well supported."],
      concerns: ["too few cases had a home visit"],
    });
  });

  it("ignores news menus, notes to editors, ratings lists and recommendations", () => {
    const text = [
      "Headline",
      "",
      "Inspectors were concerned about the service.",
      "",
      "Top news stories",
      "",
      "- Dog rescued from river by firefighters",
      "",
      "The aspects were rated as follows:",
      "",
      "- Leadership: Good",
      "- Staff: Requires improvement",
      "",
      "Inspectors recommended that the service should:",
      "",
      "- improve the quality of its risk assessments",
      "",
      "ENDS",
      "",
      "Notes to editors",
      "",
      "Areas for improvement:",
      "",
      "- this list sits in the notes to editors",
    ].join("\n");
    expect(findingsOf(text)).toEqual({ strengths: [], concerns: [] });
  });

  it("does not take a news menu after a story paragraph about concerns as findings", () => {
    const text = [
      "Probation service criticised",
      "",
      "Concerns were also raised about a lack of resources at the service and about how cases were allocated to staff, inspectors said in the report.",
      "",
      "- Man charged after town centre crash",
      "- Weather warning issued for the weekend",
    ].join("\n");
    expect(findingsOf(text)).toEqual({ strengths: [], concerns: [] });
  });

  it("cleans a bullet's ending", () => {
    expect(cleanFinding("staff were well trained; and")).toBe("staff were well trained");
    expect(cleanFinding("work was effective;")).toBe("work was effective");
    expect(cleanFinding("victims were supported.")).toBe("victims were supported.");
  });

  it("reads a Markdown 'What needs to change' heading (Setext) over dash bullets as concerns", () => {
    const text = ["Our view", "========", "", "The unit was rated Requires improvement.", "", "What needs to change", "--------------------", "", "- Quicker checks with children's services on every new case", "- Smaller caseloads for newly qualified officers", "", "That is our summary."].join("\n");
    expect(findingsOf(text)).toEqual({ strengths: [], concerns: ["Quicker checks with children's services on every new case", "Smaller caseloads for newly qualified officers"] });
  });

  it("reads 'there were serious problems:' lead-ins as concerns", () => {
    const text = "Inspectors noted some good practice:\n\n• Victim liaison staff contacted families within days of sentence.\n\nThere were, however, serious problems:\n\n• Too few home visits were made in child protection cases.\n• Plans were rarely reviewed after a new arrest.";
    expect(findingsOf(text)).toEqual({
      strengths: ["Victim liaison staff contacted families within days of sentence."],
      concerns: ["Too few home visits were made in child protection cases.", "Plans were rarely reviewed after a new arrest."],
    });
  });

  it("splits a neutral 'Inspectors found that:' list at the item ending '; but'", () => {
    const text = ["Inspectors found that:", "", "1. staff knew their cases well and saw people promptly;", "2. unpaid work placements were varied and well run; but", "3. too little was done to check on risks to children;", "4. plans were not reviewed when circumstances changed."].join("\n");
    expect(findingsOf(text)).toEqual({
      strengths: ["staff knew their cases well and saw people promptly", "unpaid work placements were varied and well run"],
      concerns: ["too little was done to check on risks to children", "plans were not reviewed when circumstances changed."],
    });
  });

  it("does not split a list whose later items are not shortcomings", () => {
    const text = "Inspectors found that:\n\n1. staff were well trained; but\n2. managers were new in post and keen to learn.";
    expect(findingsOf(text)).toEqual({ strengths: [], concerns: [] });
  });

  it("switches side at lead-ins written inside a numbered list", () => {
    const text = ["1. Inspectors were pleased to find that:", "2. sentence plans were completed on time in most cases", "3. Inspectors were concerned to find that:", "4. risk assessments often missed domestic abuse history"].join("\n");
    expect(findingsOf(text)).toEqual({ strengths: ["sentence plans were completed on time in most cases"], concerns: ["risk assessments often missed domestic abuse history"] });
  });
});

describe("findings (held-out 3)", () => {
  it("a neutral lead-in that turns ('However, inspectors also found that:') after strengths lists concerns", () => {
    const text = "Inspectors were pleased to find that:\n\n• staff knew their cases well;\n• links with the police were strong.\n\nHowever, inspectors also found that:\n\n• too few reviews were completed on time;\n• plans were not always shared with partners.";
    expect(findingsOf(text)).toEqual({
      strengths: ["staff knew their cases well", "links with the police were strong."],
      concerns: ["too few reviews were completed on time", "plans were not always shared with partners."],
    });
  });

  it("turns back to strengths after a list of concerns", () => {
    const text = "Inspectors were concerned that:\n\n- too few home visits were made\n- reviews were late\n\nBut the inspection also found:\n\n- leaders were visible and respected\n- staff morale was high";
    expect(findingsOf(text)).toEqual({
      strengths: ["leaders were visible and respected", "staff morale was high"],
      concerns: ["too few home visits were made", "reviews were late"],
    });
  });

  it("a turning lead-in with no list of findings before it settles nothing", () => {
    const text = "Report published today.\n\nHowever, inspectors also found that:\n\n- too few home visits were made\n- reviews were late";
    expect(findingsOf(text)).toEqual({ strengths: [], concerns: [] });
  });
});

describe("findings: 'where we saw progress' (held-out set 4 kind)", () => {
  it("reads a list under 'Where we saw progress:' as strengths", () => {
    for (const lead of ["Where we saw progress:", "Where inspectors found improvements:", "Signs of progress:"]) {
      const html = `<html><body><article><h1>Annual summary</h1><p>${lead}</p><ul><li>Most units worked well with housing partners.</li><li>Unpaid work had recovered after the pandemic.</li></ul><p>Our main concerns:</p><ul><li>Risk work was too often weak.</li></ul></article></body></html>`;
      const f = findingsOf(html, "html");
      expect(f.strengths, lead).toEqual(["Most units worked well with housing partners.", "Unpaid work had recovered after the pandemic."]);
      expect(f.concerns, lead).toEqual(["Risk work was too often weak."]);
    }
  });

  it("does not read 'where we saw little progress' as strengths", () => {
    const html = `<html><body><article><h1>Annual summary</h1><p>Where we saw little progress:</p><ul><li>Risk work was too often weak.</li><li>Checks were missed.</li></ul></article></body></html>`;
    expect(findingsOf(html, "html").strengths).toEqual([]);
  });
});

describe("findings: '•' lists under a neutral lead-in of shortcomings, and 'encouraging practice'", () => {
  const doc = (lead1: string, items1: string[], lead2: string, items2: string[]) =>
    ["Headline", "", "Body text of the release, long enough to be a paragraph of its own.", "", lead1, "", ...items1.map((i) => `• ${i}`), "", lead2, "", ...items2.map((i) => `• ${i}`), "", "More text follows here."].join("\n");

  it("reads a neutral 'found that:' list whose every item is a shortcoming as concerns, and 'encouraging practice' as strengths", () => {
    const f = findingsOf(
      doc(
        "Inspectors found that:",
        ["only 12 of the 40 cases had a plan agreed with the treatment service", "testing had not restarted in three of the five teams", "reviews had taken place in fewer than half of the cases"],
        "Inspectors did see some encouraging practice:",
        ["in one team, nurses were based in the probation office", "people with a named worker spoke warmly of the help they had"],
      ),
    );
    expect(f.concerns).toEqual(["only 12 of the 40 cases had a plan agreed with the treatment service", "testing had not restarted in three of the five teams", "reviews had taken place in fewer than half of the cases"]);
    expect(f.strengths).toEqual(["in one team, nurses were based in the probation office", "people with a named worker spoke warmly of the help they had"]);
  });

  it("leaves a neutral list with an item that is no shortcoming, or of two items only, unsided", () => {
    const f = findingsOf(
      doc(
        "Inspectors found that:",
        ["only 12 of the 40 cases had a plan agreed with the treatment service", "most people were seen within five days of sentence", "reviews had taken place in fewer than half of the cases"],
        "The inspection also found that:",
        ["testing had not restarted in three of the five teams", "few staff had been trained"],
      ),
    );
    expect(f.concerns).toEqual([]);
    expect(f.strengths).toEqual([]);
  });
});

describe("findings (held-out set 10 kind): a bare 'However:' turn, 'things to praise', 'want to see improvement', a heading after strengths", () => {
  const doc = (lead1: string, items1: string[], lead2: string, items2: string[]) =>
    ["Headline", "", "Body text of the release, long enough to be a paragraph of its own.", "", lead1, "", ...items1.map((i) => `- ${i}`), "", lead2, "", ...items2.map((i) => `- ${i}`), "", "More text follows here."].join("\r\n");
  const good = ["a steady leadership team with a clear plan", "close work with housing and health partners", "offices that were safe and welcoming"];
  const bad = ["the unit had a vacancy rate of 18 per cent", "only 20 of the 70 cases had a sound plan", "group work had not restarted after the pandemic"];

  it("reads 'Inspectors found:' then 'However:' as strengths then concerns", () => {
    for (const turn of ["However:", "But:", "By contrast:"]) {
      const f = findingsOf(doc("Inspectors found:", good, turn, bad));
      expect(f.strengths, turn).toEqual(good);
      expect(f.concerns, turn).toEqual(bad);
    }
  });

  it("leaves them unsided when the first list holds a shortcoming, or the second a good thing", () => {
    expect(findingsOf(doc("Inspectors found:", [...good, "too few staff had been trained"], "However:", bad))).toEqual({ strengths: [], concerns: [] });
    expect(findingsOf(doc("Inspectors found:", good, "However:", [...bad, "staff worked well with the courts"]))).toEqual({ strengths: [], concerns: [] });
  });

  it("reads 'things to praise' as strengths and 'want to see improvement' as concerns", () => {
    for (const [lead1, lead2] of [
      ["The report does find things to praise:", "Areas where inspectors want to see improvement:"],
      ["There is much to commend:", "Where the inspectorate expects to see further improvement:"],
    ] as const) {
      const f = findingsOf(doc(lead1, good, lead2, ["plans were not reviewed when things changed", "some people waited too long for a first meeting"]));
      expect(f.strengths, lead1).toEqual(good);
      expect(f.concerns, lead2).toEqual(["plans were not reviewed when things changed", "some people waited too long for a first meeting"]);
    }
  });

  it("reads a list of shortcomings under a heading that names no side, right after strengths, as concerns", () => {
    const page = (heading: string, items: string[]) =>
      `<html><body><article><h1>My view of the report</h1><p>Some text about the visit to the service last spring.</p><h2>The bright side</h2><p>The report does find things to praise:</p><ul>${good.map((g) => `<li>${g}</li>`).join("")}</ul><h2>${heading}</h2><ul>${items.map((g) => `<li>${g}</li>`).join("")}</ul><p>More text.</p></article></body></html>`;
    const items = ["Risk was not assessed in most cases.", "Visits at home had all but ended.", "Too many people were seen by phone alone."];
    for (const heading of ["And the rest", "The other side"]) {
      const f = findingsOf(page(heading, items), "html");
      expect(f.strengths, heading).toEqual(good);
      expect(f.concerns, heading).toEqual(items);
    }
    // a list with a good thing in it, or under a heading that is no finding, is not concerns
    expect(findingsOf(page("And the rest", [...items, "Unpaid work was well run."]), "html").concerns).toEqual([]);
    expect(findingsOf(page("Related stories", items), "html").concerns).toEqual([]);
  });
});
