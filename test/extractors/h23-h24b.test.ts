/**
 * Held-out set 24 (h24b): text copied out of a report's PDF (a ratings
 * table flattened one cell a line, a contents page, "•" alone on a line, a
 * signed foreword, a cover title over two lines, the cover's month) and a
 * Hansard debate ("Volume N: debated on …"). All names are invented.
 */
import { describe, expect, it } from "vitest";
import { textToBlocks } from "../../src/blocks/text.js";
import { aspectPairsOf, recordOf, valueOf } from "../helpers.js";

/** A paragraph hard-wrapped near 80 columns, as a PDF's text comes out. */
const PROSE = [
  "This review is one of a series of reviews of probation delivery units across the",
  "country. Inspectors looked at how well the Marlow Vale unit worked with people on",
  "probation, and at how its managers supported their teams through a hard year of",
  "change. Most practitioners told us that their caseloads were too high, and that",
  "they had too little time for the people they were supervising, which was a wor-",
  "rying finding for a unit of this size and one that leaders must act on quickly.",
];
/** A ratings table flattened one cell a line: numbers, labels and ratings alone. */
const TABLE = ["Ratings", "Score", "9/24", "1.1", "Leadership", "Good", "1.2", "Staff", "Inadequate", "1.3", "Services", "Good", "1.4", "Information and facilities", "Good", "2.1", "Assessment", "Requires improvement", "2.2", "Planning", "Good"];

const kinds = (text: string) => textToBlocks(text).map((b) => `${b.kind}|${b.text}`);

describe("reading PDF text: a table of one-word lines does not hide the wrap", () => {
  it("joins the wrapped lines, a word hyphenated at a line end whole again", () => {
    const blocks = kinds([...PROSE, ...TABLE].join("\n"));
    expect(blocks).toContain(`paragraph|${PROSE.join(" ").replace("wor- rying", "worrying")}`);
    // (a capitalised word alone after a sentence's end is a heading)
    expect(blocks).toContain("paragraph|Ratings");
  });
  it("keeps lines of one sentence each apart (no wrap to join)", () => {
    const lines = ["The unit was rated Good.", "Inspectors visited in May and met most of its staff over the two weeks they spent there with the teams.", "Leaders were praised.", "Caseloads were high in every team, and in two of them far too high for practitioners to do their work well."];
    const blocks = kinds([...lines, ...TABLE].join("\n"));
    for (const l of lines) expect(blocks).toContain(`paragraph|${l}`);
  });
});

describe("reading PDF text: contents lines, lone bullet marks, items ending short", () => {
  const LEADER = ".".repeat(110);
  const CONTENTS = ["Contents", `Foreword ${LEADER} 3`, `Ratings ${LEADER} 5`, `Background ${LEADER} 7`, `Context ${LEADER} 9`];
  it("keeps each contents entry apart and reads the prose at its own width", () => {
    const blocks = kinds([...CONTENTS, ...PROSE].join("\n"));
    expect(blocks).toContain(`paragraph|${CONTENTS[1]}`);
    expect(blocks).toContain(`paragraph|${CONTENTS[2]}`);
    // (the long contents lines set no width: the prose is still read as wrapped)
    expect(blocks).toContain(`paragraph|${PROSE.join(" ").replace("wor- rying", "worrying")}`);
  });
  it("does not take a line of dots with no page number for a contents entry", () => {
    expect(kinds(["Notes ....", ...PROSE].join("\n"))[0]).toBe("paragraph|Notes ....");
  });
  it("reads a bullet mark alone on a line as the start of the item on the next", () => {
    const text = [...PROSE, "What went well:", "•", "Leaders knew the unit's strengths and were open about its weak-", "nesses with staff.", "•", "Unpaid work was well run."].join("\n");
    const blocks = kinds(text);
    expect(blocks).toContain("list-item|Leaders knew the unit's strengths and were open about its weaknesses with staff.");
    expect(blocks).toContain("list-item|Unpaid work was well run.");
  });
  it("does not take a dash alone on a line for a bullet mark", () => {
    const blocks = kinds([...PROSE, "–", "Unpaid work was well run."].join("\n"));
    expect(blocks.some((b) => b.startsWith("list-item"))).toBe(false);
  });
  it("ends a wrapped item at a sentence that stops well short of the wrap", () => {
    const text = [...PROSE, "•", "Relationships with the council's housing team were strong, and the unit's hous-", "ing officer was valued.", "The areas for improvement were as follows:"].join("\n");
    const blocks = kinds(text);
    expect(blocks).toContain("list-item|Relationships with the council's housing team were strong, and the unit's housing officer was valued.");
    expect(blocks).toContain("paragraph|The areas for improvement were as follows:");
  });
  it("still runs an item on over a sentence that ends near the wrap", () => {
    const text = [...PROSE, "•", "Relationships with the council's housing team were strong, and the unit's hous-", "ing officer was valued by practitioners in all the teams and by their managers.", "Staff said the same."].join("\n");
    expect(kinds(text)).toContain("list-item|Relationships with the council's housing team were strong, and the unit's housing officer was valued by practitioners in all the teams and by their managers. Staff said the same.");
  });
  it("runs on a numbered item whose next line opens with a possessive", () => {
    const text = [...PROSE, "", "The council should:", "1. give practitioners a system that shows the police and the council's and", "children’s services information in one place"].join("\n");
    expect(kinds(text)).toContain("list-item|give practitioners a system that shows the police and the council's and children’s services information in one place");
  });
});

describe("reading PDF text: paragraph ends without blank lines", () => {
  it("ends a paragraph at a sentence whose line stops where the next word would have fitted", () => {
    const text = [...PROSE.slice(0, 3), "change, and much still had to be done before the next visit.", "The second part of the review looked at the work with people on probation in the", "courts and in the community, and at the quality of the plans made with them."].join("\n");
    const blocks = kinds(text);
    expect(blocks).toContain(`paragraph|${[...PROSE.slice(0, 3), "change, and much still had to be done before the next visit."].join(" ")}`);
  });
  it("does not end a paragraph where a quote opened on the line is still open", () => {
    const text = [...PROSE.slice(0, 3), "change. One officer told us: “I cannot keep up.", "Nobody could, with the number of cases we each hold at the moment in this team.”"].join("\n");
    expect(kinds(text)).toHaveLength(1);
  });
  it("sets a foreword's signature apart from its last sentence", () => {
    const text = [...PROSE, "We have made six recommendations, and I look forward to seeing the unit improve.", "Alma Brightwater", "HM Chief Inspector of Probation"].join("\n");
    const blocks = kinds(text);
    expect(blocks).toContain("paragraph|Alma Brightwater");
    expect(recordOf(text).record.chiefInspector).toBe("Alma Brightwater");
  });
  it("does not take a name above another inspector's title for the Chief Inspector", () => {
    const text = [...PROSE, "We have made six recommendations, and I look forward to seeing the unit improve.", "Alma Brightwater", "HM Inspector of Probation"].join("\n");
    expect(recordOf(text).record.chiefInspector).toBeNull();
  });
});

describe("aspect ratings: a ratings table flattened one cell a line", () => {
  it("pairs each aspect's label with the rating on the line after it", () => {
    const pairs = aspectPairsOf(["Marlow Vale PDU", ...PROSE, ...TABLE].join("\n"));
    expect(pairs).toEqual(["Assessment=Requires improvement", "Information and facilities=Good", "Leadership=Good", "Planning=Good", "Services=Good", "Staff=Inadequate"]);
  });
  it("does not take one label and a rating word alone for a table", () => {
    expect(aspectPairsOf(["Marlow Vale PDU", ...PROSE, "Leadership", "Good"].join("\n"))).toEqual([]);
  });
});

describe("a report's cover: title over two lines, month under the publisher", () => {
  const cover = (lines: string[]) => [...lines, "", ...PROSE].join("\n");
  it("joins a title cut after 'in:' to the line that ends it", () => {
    expect(valueOf("title", "title", cover(["A review of probation services in:", "Marlow Vale PDU", "HM Inspectorate of Probation", "June 2024"]))).toBe("A review of probation services in: Marlow Vale PDU");
  });
  it("does not join a line that ends in 'said:' to the next", () => {
    expect(valueOf("title", "title", cover(["The Chief Inspector said:", "Marlow Vale PDU"]))).toBe("The Chief Inspector said:");
  });
  it("dates the report from the month under the publisher's name", () => {
    expect(valueOf("dates-published", "dates.published", cover(["A review of probation services in:", "Marlow Vale PDU", "HM Inspectorate of Probation", "June 2024"]))).toBe("2024-06");
  });
  it("does not take a month standing under another line", () => {
    expect(valueOf("dates-published", "dates.published", cover(["A review of probation services in:", "Marlow Vale PDU", "June 2024"]))).toBeNull();
  });
});

describe("fieldwork told by its own verbs", () => {
  const doc = (s: string) => `Marlow Vale PDU rated Good\n\nPublished 3 May 2024\n\nHM Inspectorate of Probation has rated Marlow Vale PDU as Good. ${s} The unit supervises 2,000 people.\n`;
  it("reads 'fieldwork began in February and concluded in March'", () => {
    const r = recordOf(doc("Our fieldwork began in February and concluded in March.")).record;
    expect([r.dates.inspectionStart, r.dates.inspectionEnd]).toEqual(["2024-02", "2024-03"]);
  });
  it("reads 'beginning 12 February 2024' as the start alone", () => {
    const r = recordOf(doc("We carried out fieldwork over two weeks, beginning 12 February 2024.")).record;
    expect([r.dates.inspectionStart, r.dates.inspectionEnd]).toEqual(["2024-02-12", null]);
  });
  it("does not read a date after another event's verb", () => {
    const r = recordOf(doc("Our fieldwork began after the unification of the service in June 2021.")).record;
    expect([r.dates.inspectionStart, r.dates.inspectionEnd]).toEqual([null, null]);
  });
});

describe("a Hansard debate: its volume line", () => {
  const debate = (volumeLine: string) =>
    [
      "Hansard",
      "Westminster Hall",
      "Marlow Vale Probation Delivery Unit: Inspection",
      volumeLine,
      "Ms Rhona Tilbury (Marlow North) (Lab)",
      "I beg to move, That this House has considered the inspection of Marlow Vale PDU.",
      "I think the report matters, and I want to read from it to the House because I believe we owe it to the staff.",
    ].join("\n\n");
  it("is no blog for its 'Volume' line, and dates the sitting from 'debated on'", () => {
    const r = recordOf(debate("Volume 702: debated on Tuesday 14 May 2024")).record;
    expect(r.documentType).not.toBe("blog-post");
    expect(r.dates.published).toBe("2024-05-14");
  });
  it("still reads a newsletter's 'Volume' masthead as a blog's", () => {
    const text = ["Volume 3 Issue 2", "Marlow Vale PDU rated Good", "I think the report matters, and I want to say why I believe we owe it to the staff.", "We were pleased with the result."].join("\n\n");
    expect(recordOf(text).record.documentType).toBe("blog-post");
  });
  it("does not date the sitting from a volume line that says something else", () => {
    expect(recordOf(debate("Volume 702: amended on Tuesday 14 May 2024")).record.dates.published).toBeNull();
  });
});
