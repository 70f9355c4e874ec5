/**
 * Held-out sets 16 and 17 fixes (text reading, titles, quotes), in invented
 * documents: a newspaper column some 33 characters wide pasted from an
 * e-paper (a headline wrapped over short lines, the page's running header
 * with its date), a stock-market announcement's header block above the
 * headline, a speaker named by first name alone, "X also said that …",
 * "X said in its formal response:", and the report's words quoted after a
 * colon with the writer's own sentence after them.
 */
import { describe, expect, it } from "vitest";
import { textToBlocks } from "../../src/blocks/text.js";
import { recordOf, valueOf } from "../helpers.js";

const texts = (input: string) => textToBlocks(input).map((b) => b.text);

/** A narrow column: the page header, a headline over four lines, then wrapped paragraphs. */
const column = [
  "THE HALSBY ECHO  Friday, May 6, 2016  Page 12",
  "",
  "Probation team",
  "ordered to sort",
  "out its records",
  "",
  "By Ann Lowe",
  "",
  "A probation team has been told",
  "it must improve the way it keeps",
  "people safe after inspectors",
  "found many of its plans were",
  "poor, and its work with families",
  "was too often left undone.",
  "",
  "His Majesty’s Inspectorate of",
  "Probation visited the Halsby",
  "team in February and looked at",
  "thirty cases in all, checking",
  "how each had been assessed.",
  "",
  "The report found that plans to",
  "manage risk were missing in",
  "many of them, and that home",
  "visits were rarely carried out",
  "when they were needed most.",
  "",
].join("\n");

describe("text: a narrow newspaper column", () => {
  it("reads the wrapped paragraphs of a ~33-character column as paragraphs", () => {
    const t = texts(column);
    expect(t).toContain("His Majesty’s Inspectorate of Probation visited the Halsby team in February and looked at thirty cases in all, checking how each had been assessed.");
    expect(t).toContain(
      "A probation team has been told it must improve the way it keeps people safe after inspectors found many of its plans were poor, and its work with families was too often left undone.",
    );
  });
  it("joins a headline wrapped over short lines that run on in lower case", () => {
    expect(texts(column)).toContain("Probation team ordered to sort out its records");
  });
  it("near miss: a short line then one starting with an e-mail address stays apart", () => {
    const t = texts(`${column}\nMedia contact\njo.bell@halsbyecho.example\n`);
    expect(t).toContain("Media contact");
    expect(t).toContain("jo.bell@halsbyecho.example");
  });
  it("near miss: a line that ends a sentence is not run on by a lower-case line", () => {
    const t = texts(`${column}\nNotes.\nsee the report for details\n`);
    expect(t).toContain("Notes.");
  });
  it("near miss: a short Title Case line above a capitalised line stays a line of its own", () => {
    const t = texts(`${column}\nHalsby Council Offices\nMarket Street, Halsby\n`);
    expect(t).toContain("Halsby Council Offices");
  });
  it("takes the headline, not the running header, as the title", () => {
    expect(recordOf(column).record.title).toBe("Probation team ordered to sort out its records");
  });
  it("reads the published date from the running header when nothing better is there", () => {
    expect(recordOf(column).record.dates.published).toBe("2016-05-06");
  });
  it("near miss: a dated line ending in a page number that is no paper's name is no page header", () => {
    expect(valueOf("dates-published", "dates.published", "Residents can read the full council planning agenda for Friday, May 6, 2016 on page 12\n\nBody text follows here.")).toBeNull();
  });
});

describe("title: a stock-market announcement's header", () => {
  const head = (first: string) =>
    [first, "Tansley Holdings plc", "3 April 2019", "", "Tansley Holdings plc", "(“Tansley” or the “Group”)", "", "Embargoed until 00:01, Wednesday 3 April 2019", "", "Inspectors rate Tansley’s Fenmoor CRC ‘Good’", "", "Tansley Holdings plc is pleased to announce that Fenmoor CRC has been rated ‘Good’ by HM Inspectorate of Probation."].join("\n");
  it("passes the announcement number, the company's name and its defined terms", () => {
    expect(valueOf("title", "title", head("RNS Number : 7730B"))).toBe("Inspectors rate Tansley’s Fenmoor CRC ‘Good’");
  });
  it("near miss: a short headline above a date line and the text is still the headline", () => {
    const text = "PRESS RELEASE\n\nFenmoor CRC rated Good\n\n3 April 2019\n\nFenmoor CRC has been rated ‘Good’ by HM Inspectorate of Probation, the report published today says.";
    expect(valueOf("title", "title", text)).toBe("Fenmoor CRC rated Good");
  });
  it("near miss: a line naming a number in a sentence is no announcement number", () => {
    expect(valueOf("title", "title", "CRC number one: Fenmoor rated Good\n\nFenmoor CRC has been rated ‘Good’ by HM Inspectorate of Probation.")).toBe("CRC number one: Fenmoor rated Good");
  });
});

const post = (said: string) =>
  [
    "Inspectors back Brayfield probation unit",
    "",
    "Priya Castellan-Obi, Member of Parliament for Brayfield North, has welcomed the report on the local probation unit, published today by HM Inspectorate of Probation.",
    "",
    said,
    "",
    "“The staff here do a hard job well, and the report shows it. Ministers must now fill the empty posts.”",
  ].join("\n");

describe("quotes: a speaker named by first name alone", () => {
  it("gives the full name the document gives once", () => {
    const q = recordOf(post("Commenting on the report, Priya said:")).record.quotes;
    expect(q[0]?.speaker).toBe("Priya Castellan-Obi");
  });
  it("near miss: two people share the first name: no full name is guessed", () => {
    const text = post("Commenting on the report, Priya said:").replace("published today", "published today; her colleague Priya Danvers agreed");
    expect(recordOf(text).record.quotes[0]?.speaker).not.toBe("Priya Castellan-Obi");
  });
});

describe("quotes: attributions with words between the speaker and the speech", () => {
  const doc = (para: string) =>
    [
      "Probation leaders told to act on domestic abuse",
      "",
      "Chief Inspector of Probation Aled Morcombe said the findings were worrying.",
      "",
      para,
      "",
      "“Too few home visits are made, and that has to change in every unit.”",
    ].join("\n");
  it("'Morcombe also said that …' above a quoted paragraph: his", () => {
    expect(recordOf(doc("Morcombe also said that the problem was not a shortage of guidance.")).record.quotes[0]?.speaker).toBe("Aled Morcombe");
  });
  it("near miss: 'Morcombe said that …' already worked and still does", () => {
    expect(recordOf(doc("Morcombe said that the problem was not a shortage of guidance.")).record.quotes[0]?.speaker).toBe("Aled Morcombe");
  });
  it("'X said in its formal response:' names X", () => {
    const text = "Probation service responds to report\n\nThe Fenmoor Probation Trust said in its formal response: “We accept every recommendation and have already begun the work.”";
    expect(recordOf(text).record.quotes[0]?.speaker).toBe("Fenmoor Probation Trust");
  });
});

describe("quotes: the report's words quoted after a colon, then the writer's own sentence", () => {
  const text = (lead: string) =>
    [
      "What the inspection found",
      "",
      "HM Inspectorate of Probation published its report on the Fenmoor unit this week.",
      "",
      `${lead}: “Too much is left to the officer remembering to ask the right question at the right time.” I could not agree more.`,
    ].join("\n");
  it("reads 'The report itself puts it bluntly: “…” I agree.' as the inspectorate's quote", () => {
    const q = recordOf(text("The report itself puts it bluntly")).record.quotes;
    expect(q).toHaveLength(1);
    expect(q[0]?.text).toBe("Too much is left to the officer remembering to ask the right question at the right time.");
    expect(q[0]?.speaker).toBe("HM Inspectorate of Probation");
  });
  it("near miss: a colon quote by no one in particular with text after it is no quote", () => {
    expect(recordOf(text("One line stuck with me")).record.quotes).toHaveLength(0);
  });
});
