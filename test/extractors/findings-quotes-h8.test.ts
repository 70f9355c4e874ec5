import { describe, expect, it } from "vitest";
import { candidatesOf } from "../helpers.js";

const findingsOf = (text: string, format?: "text" | "html") => ({
  strengths: candidatesOf("findings", "findings.strengths", text, format).map((c) => c.value),
  concerns: candidatesOf("findings", "findings.concerns", text, format).map((c) => c.value),
});
const quotesOf = (text: string, format?: "text" | "html") =>
  candidatesOf("quotes", "quotes", text, format).map((c) => ({ speaker: c.value.speaker, text: c.value.text }));

describe("findings: neutral lead-ins (held-out set 8)", () => {
  const intro = "<p>The inspectorate today published a thematic report on how the service supports people with a visual impairment.</p>";

  it("reads a neutral 'Inspectors found:' list of four or more items, all shortcomings but one, as concerns", () => {
    const html = `<html><body><article>${intro}<h2>What inspectors found</h2><p>Inspectors found:</p><ul>
<li>sight loss was recorded in only 12 of the 90 cases inspected</li>
<li>large-print letters were rarely sent</li>
<li>printed leaflets were often the only way people learned about their appointments</li>
<li>staff had no guidance on accessible formats</li></ul></article></body></html>`;
    expect(findingsOf(html, "html").concerns).toEqual([
      "sight loss was recorded in only 12 of the 90 cases inspected",
      "large-print letters were rarely sent",
      "printed leaflets were often the only way people learned about their appointments",
      "staff had no guidance on accessible formats",
    ]);
  });

  it("also with one plain item among five", () => {
    const text = ["Inspectors found:", "", "- checks were not made in half the cases", "- reviews were not done on time", "- letters were the main way of keeping in touch", "- interpreters were never booked", "- few managers had been trained"].join("\n");
    expect(findingsOf(text).concerns).toHaveLength(5);
  });

  it("leaves a neutral list with a good item, or two plain ones, unread", () => {
    const good = ["Inspectors found:", "", "- checks were not made in half the cases", "- reviews were not done on time", "- staff knew their cases well", "- interpreters were never booked"].join("\n");
    expect(findingsOf(good)).toEqual({ strengths: [], concerns: [] });
    const plain = ["Inspectors found:", "", "- checks were not made in half the cases", "- letters were the main way of keeping in touch", "- most contact was by telephone", "- interpreters were never booked"].join("\n");
    expect(findingsOf(plain)).toEqual({ strengths: [], concerns: [] });
  });

  const wrapped = (first: string[]) =>
    [
      "The Orlby probation unit will hand on a sound service when it closes",
      "later this year, but some of its work to protect the public must be",
      "tightened before then, the inspectorate said as it published its",
      "report today on the unit's work with adults under supervision.",
      "",
      "Inspectors found that:",
      "",
      ...first,
      "",
      "Inspectors also found that:",
      "",
      "  * risk assessments were of sufficient quality in only half of",
      "    cases;",
      "  * home visits were too rarely carried out; and",
      "  * records were inadequate in a few cases.",
    ].join("\n");

  it("reads a neutral list followed by an 'also found' list of shortcomings as strengths (hard-wrapped '*' items)", () => {
    const f = findingsOf(
      wrapped([
        "  * most court reports were prompt and useful",
        "    to sentencers;",
        "  * officers built trusting relationships with the people they",
        "    supervised; and",
        "  * the unit's managers kept staff well informed.",
      ]),
    );
    expect(f.strengths).toEqual(["most court reports were prompt and useful to sentencers", "officers built trusting relationships with the people they supervised", "the unit's managers kept staff well informed."]);
    expect(f.concerns).toHaveLength(3);
  });

  it("does not read the first list as strengths when one of its items is a shortcoming", () => {
    const f = findingsOf(wrapped(["  * most court reports were prompt;", "  * too few cases had a home visit; and", "  * managers kept staff informed."]));
    expect(f.strengths).toEqual([]);
    expect(f.concerns).toHaveLength(3);
  });
});

describe("quotes (held-out set 8)", () => {
  it("goes on after “…,” X said in a statement. “…”", () => {
    const text = `The report was published today.\n\n"The officers we met clearly want to help," Chief Inspector of Probation Dame Alma Perrow said in a statement. "But wanting to help is not enough. Too often, nobody asked what might go wrong."\n`;
    expect(quotesOf(text)).toEqual([
      { speaker: "Alma Perrow", text: "The officers we met clearly want to help," },
      { speaker: "Alma Perrow", text: "But wanting to help is not enough. Too often, nobody asked what might go wrong." },
    ]);
  });

  it("names 'a council spokeswoman' after the council the document named before", () => {
    const text = `Inspectors rated the team poorly.\n\nOrlby Borough Council said it accepted the findings.\n\n"We are sorry, but we are not surprised," a council spokeswoman said. "We know what must change."\n`;
    expect(quotesOf(text).map((q) => q.speaker)).toEqual(["Orlby Borough Council", "Orlby Borough Council"]);
    const spokesman = `Fenwick City Council runs the service.\n\n"We welcome the report and its findings," a council spokesman said.\n`;
    expect(quotesOf(spokesman).map((q) => q.speaker)).toEqual(["Fenwick City Council"]);
  });

  it("leaves 'a council spokeswoman' unnamed when no council is named before", () => {
    const text = `Inspectors rated the team poorly. Councillors will meet next week.\n\n"We are sorry, but we are not surprised," a council spokeswoman said.\n`;
    expect(quotesOf(text).map((q) => q.speaker)).toEqual([null]);
  });

  it("reads the second half of “…,” he said. “…” inside a paragraph", () => {
    const text = `Tomas Brill, Head of the Orlby unit, said the findings were fair. "We are recruiting six new officers this year, and that will help," he said. "Until then, we have changed how we share out the work."\n`;
    expect(quotesOf(text)).toEqual([
      { speaker: "Tomas Brill", text: "We are recruiting six new officers this year, and that will help," },
      { speaker: "Tomas Brill", text: "Until then, we have changed how we share out the work." },
    ]);
    // no second quote when the words after the attribution are not a quoted sentence
    const fragment = `Tomas Brill said the findings were fair. "We are recruiting six new officers this year, and that will help," he said. "Soon" was his word for it.\n`;
    expect(quotesOf(fragment).map((q) => q.text)).toEqual(["We are recruiting six new officers this year, and that will help,"]);
  });

  const row = (body: string) =>
    `<html><body><table width="100%"><tr><td>\n<h1>Our news</h1>\n<p>We are pleased to share that the Orlby Youth Justice Service has been rated Good by the inspectorate, after a week-long visit in the spring. Inspectors read case files and talked to children, parents and carers, staff and partners across the borough, and they found much to praise in the work of the team and its partners.</p>\n${body}\n<p>One child told them the team was “the first place that listened to me”.</p>\n<p>Read the full report on our website.</p></td></tr></table></body></html>`;

  it("reads every quote of an e-mail newsletter's layout table, paragraphs of one quote split where “ opens again", () => {
    const html = row(
      `<p>Ann Vale, Chief Inspector, said: “Children here get a good service. Staff know them well.</p>\n<p>“We have made three recommendations.”</p>\n<h2>From our chair</h2>\n<p>Dr Ruth Okafor-Lane, Chair of the Board, said: “This belongs to the team. I thank every one of them.</p>\n<p>“I also thank our partners.”</p>\n<p>She added that the board would keep going: “Good is a standard we now have to keep.”</p>`,
    );
    expect(quotesOf(html, "html")).toEqual([
      { speaker: "Ann Vale", text: "Children here get a good service. Staff know them well.\n\nWe have made three recommendations." },
      { speaker: "Ruth Okafor-Lane", text: "This belongs to the team. I thank every one of them.\n\nI also thank our partners." },
      { speaker: "Ruth Okafor-Lane", text: "Good is a standard we now have to keep." },
    ]);
  });

});
