import { describe, expect, it } from "vitest";
import { textToBlocks } from "../../src/blocks/text.js";
import { docOf } from "../helpers.js";

describe("plain text -> blocks", () => {
  it("folds CRLF line ends and non-breaking spaces", () => {
    const blocks = textToBlocks("Service\u00a0rated Good\r\n\r\nThe\u00a0service supervises\u202f4,000 people.\r\n");
    expect(blocks.map((b) => b.text)).toEqual(["Service rated Good", "The service supervises 4,000 people."]);
  });

  it("joins an ALL-CAPS headline wrapped mid-phrase in hard-wrapped text, and nothing else", () => {
    const body =
      "The youth service in Dunmore has made steady progress since its last\ninspection, but there is more to do before children are kept safe,\nthe inspectorate said today in a report on the service's work.\n";
    const wrapped = (head: string) => textToBlocks(`PRESS RELEASE\n\n${head}\n\n${body}`).map((b) => b.text);
    // cut inside a quote it opened
    expect(wrapped("DUNMORE YOUTH JUSTICE SERVICE MAKES PROGRESS BUT IS STILL 'REQUIRES\nIMPROVEMENT'")[1]).toBe(
      "DUNMORE YOUTH JUSTICE SERVICE MAKES PROGRESS BUT IS STILL 'REQUIRES IMPROVEMENT'",
    );
    // cut after a word that cannot end a headline
    expect(wrapped("INSPECTORS PRAISE LEADERSHIP OF DUNMORE YOUTH JUSTICE SERVICE BUT\nWARN ON STAFFING")[1]).toBe(
      "INSPECTORS PRAISE LEADERSHIP OF DUNMORE YOUTH JUSTICE SERVICE BUT WARN ON STAFFING",
    );
    // a whole caps line above a caps headline stays apart, as does an apostrophe inside a word
    expect(wrapped("HM INSPECTORATE OF PROBATION PUBLISHES ITS REPORT ON DUNMORE SERVICE\nDUNMORE'S YOUTH SERVICE RATED GOOD").slice(1, 3)).toEqual([
      "HM INSPECTORATE OF PROBATION PUBLISHES ITS REPORT ON DUNMORE SERVICE",
      "DUNMORE'S YOUTH SERVICE RATED GOOD",
    ]);
    expect(wrapped("DUNMORE'S YOUTH JUSTICE SERVICE MAKES STEADY PROGRESS SAY INSPECTORS\nREPORT PUBLISHED TODAY")[1]).toBe(
      "DUNMORE'S YOUTH JUSTICE SERVICE MAKES STEADY PROGRESS SAY INSPECTORS",
    );
  });

  it("strips Markdown links, emphasis and heading marks", () => {
    const blocks = textToBlocks("## Youth service rated **Outstanding** ##\n\nRead the [full report](https://example.org/r.pdf) on the __inspectorate__ site.");
    expect(blocks[0]).toMatchObject({ kind: "heading", level: 2, text: "Youth service rated Outstanding" });
    expect(blocks[1]!.text).toBe("Read the full report on the inspectorate site.");
  });

  it("re-joins PDF text: hyphenated line ends and page numbers", () => {
    const text = [
      "Inspectors found that the service had worked hard to reduce re-",
      "offending among young adults, and that the quality of its reports to",
      "court was consistently high across the whole of the county area.",
      "",
      "Page 2 of 7",
      "",
      "The service supervises about 2,000 people in the area and its staff",
      "were positive about the training that they had received this year.",
    ].join("\n");
    const blocks = textToBlocks(text);
    expect(blocks).toHaveLength(2);
    expect(blocks[0]!.text).toContain("reduce reoffending among young adults");
    expect(blocks.some((b) => /Page 2/.test(b.text))).toBe(false);
  });

  it("drops a PDF's running header after its first appearance", () => {
    const page = (n: number, body: string) => ["Inspection of probation services in Westshire", "", body, "", `Page ${n} of 3`, ""].join("\n");
    const text = [
      page(1, "Westshire probation service must improve its risk work, inspectors say."),
      page(2, "The service supervises about 3,000 people across the county and its towns."),
      page(3, "Inspectors made five recommendations to the service and its partners."),
    ].join("\n");
    const texts = textToBlocks(text).map((b) => b.text);
    expect(texts.filter((t) => t.startsWith("Inspection of probation services"))).toHaveLength(1);
    expect(texts).toHaveLength(4);
  });

  it("keeps numbered and lettered notes to editors as list items", () => {
    const doc = docOf("Headline here\n\nA story paragraph.\n\nAnother paragraph.\n\nNotes to editors\n\na) The report is published today.\nb) The inspectorate is independent.");
    const items = doc.blocks.filter((b) => b.kind === "list-item");
    expect(items.map((b) => b.marker)).toEqual(["a)", "b)"]);
    expect(items.every((b) => b.inNotes)).toBe(true);
  });

  it("drops other posts after a blog's 'Related posts' line but keeps the marker", () => {
    const text = [
      "A blog headline",
      "First paragraph of the post about the inspection.",
      "Second paragraph of the post.",
      "Third paragraph of the post.",
      "Share This Post",
      "Related posts",
      "Another CRC rated Inadequate",
      "Inspectors found poor work in another county entirely.",
      "Leave a Reply",
    ].join("\n");
    const texts = textToBlocks(text).map((b) => b.text);
    expect(texts).toContain("Related posts");
    expect(texts).toContain("Leave a Reply");
    expect(texts).not.toContain("Another CRC rated Inadequate");
    expect(texts.join(" ")).not.toMatch(/another county/);
  });

  it("keeps a post whose meta line above the body gives a comment count, and still drops the comments below it", () => {
    const para = (n: number) =>
      `Paragraph ${n} of the post: inspectors rated the Ashdown probation delivery unit and found that caseloads were too high for the staff in post.`;
    const text = ["Home", "About", "Blog", "Contact", "Ashdown PDU and its caseloads", "Posted on 3 May 2023 by a practitioner", "4 Comments", para(1), para(2), para(3), "4 Comments", "A reader said the rating was unfair."].join("\n");
    const texts = textToBlocks(text).map((b) => b.text);
    expect(texts).toContain(para(3));
    expect(texts.join(" ")).not.toMatch(/unfair/);
    // a count with no body paragraph before it ends nothing
    const short = ["Headline", "One line.", "Two lines.", "12 comments", "Short body line after the count."].join("\n");
    expect(textToBlocks(short).map((b) => b.text)).toContain("Short body line after the count.");
  });

  it("reads 'ENDS.' and a run-on 'Notes to editors:' line as the start of the notes", () => {
    const doc = docOf("Headline\n\nStory text.\n\nMore story.\n\nENDS.\n\nContact the press office.");
    expect(doc.notesStart).toBe(3);
    const doc2 = docOf("Headline\n\nStory text.\n\nMore story.\n\nMore again.\n\nNotes to editors: the report is published today on the inspectorate website at 00:01.");
    expect(doc2.notesStart).toBe(4);
  });

  it("reads a 2 MB single line quickly", () => {
    const line = "The service was rated Good by inspectors in March. ".repeat(40_000);
    const t0 = process.cpuUsage();
    const doc = docOf(line);
    const ms = (process.cpuUsage(t0).user) / 1000;
    expect(doc.blocks).toHaveLength(1);
    expect(doc.sentences.length).toBe(40_000);
    expect(ms).toBeLessThan(5000);
  }, 60_000);

  it("reads hostile lines (long runs of spaces, bangs, pipes) quickly", () => {
    const t0 = process.cpuUsage();
    const a = docOf("Notes to editors:" + " ".repeat(200_000) + "x");
    const b = docOf("!".repeat(200_000) + " Then");
    const c = docOf("|" + " |".repeat(100_000) + "x");
    const ms = process.cpuUsage(t0).user / 1000;
    expect(a.blocks).toHaveLength(1);
    expect(b.sentences.length).toBeGreaterThanOrEqual(1);
    expect(c.blocks).toHaveLength(1);
    expect(ms).toBeLessThan(5000);
  }, 60_000);

  it("reads 100,000 bullet lines quickly", () => {
    const text = "Title\n\n" + Array.from({ length: 100_000 }, (_, i) => `- finding number ${i}`).join("\n");
    const t0 = process.cpuUsage();
    const doc = docOf(text);
    const ms = process.cpuUsage(t0).user / 1000;
    expect(doc.lists).toHaveLength(1);
    expect(doc.lists[0]!.items).toHaveLength(100_000);
    expect(ms).toBeLessThan(10_000);
  }, 60_000);

  it("turns front matter into key lines and Setext underlines into headings", () => {
    const blocks = textToBlocks(["---", 'title: "A headline"', "date: 2022-01-05", "---", "", "A headline", "==========", "", "Body text here.", "", "Section", "-------", "", "- one item"].join("\n"));
    expect(blocks.map((b) => [b.kind, b.text])).toEqual([
      ["paragraph", "title: A headline"],
      ["paragraph", "date: 2022-01-05"],
      ["heading", "A headline"],
      ["paragraph", "Body text here."],
      ["heading", "Section"],
      ["list-item", "one item"],
    ]);
  });

  it("keeps e-mail header lines apart and a date line off a wrapped masthead", () => {
    const lines = ["From: Desk <desk@example.org>", "Subject: Weekly news", "Date: Mon, 1 Feb 2021 09:00:00 +0000", "", "THE WEEKLY PROBATION BULLETIN FOR PRACTITIONERS AND", "Monday 1 February 2021", "", ...Array.from({ length: 4 }, () => "This paragraph is wrapped at a fixed width of about seventy characters\nso the reader must join its lines back together again into one block.\n")];
    const texts = textToBlocks(lines.join("\n")).map((b) => b.text);
    expect(texts.slice(0, 5)).toEqual(["From: Desk <desk@example.org>", "Subject: Weekly news", "Date: Mon, 1 Feb 2021 09:00:00 +0000", "THE WEEKLY PROBATION BULLETIN FOR PRACTITIONERS AND", "Monday 1 February 2021"]);
  });

  it("leaves a document opening with an ordinary 'Note:' line alone", () => {
    expect(textToBlocks("Note: this is a summary.\n\nMore text.").map((b) => b.text)).toEqual(["Note: this is a summary.", "More text."]);
  });
});

describe("hard-wrapped text pasted from a PDF: words broken by a hyphen at a line end", () => {
  const wrapped = (lines: string[]) =>
    [
      "The quality of the work done by the Orlby and Fenhall company is not yet",
      "good enough, although its staff are committed and many of them are doing",
      "well in difficult circumstances, said the Chief Inspector of Probation.",
      "",
      ...lines,
    ].join("\n");

  it("rejoins a word broken in a wrapped list item", () => {
    const blocks = textToBlocks(wrapped(["Inspectors found that:", "", "•  staff were committed to the people they super-", "   vised and spoke warmly about their managers;", "•  home visits were rarely made, even where there were con-", "   cerns about the safety of children."]));
    const items = blocks.filter((b) => b.kind === "list-item").map((b) => b.text);
    expect(items).toEqual([
      "staff were committed to the people they supervised and spoke warmly about their managers;",
      "home visits were rarely made, even where there were concerns about the safety of children.",
    ]);
  });

  it("rejoins a word broken in a wrapped paragraph, a capitalised first part too", () => {
    const blocks = textToBlocks(
      wrapped([
        "The company supervises about 4,000 people in the county. It is owned by East-",
        "gate Justice Partnership, a joint venture between a services company and a",
        "charity, and its offices are in the three largest towns of the county.",
      ]),
    );
    expect(blocks[1]!.text).toContain("owned by Eastgate Justice Partnership");
  });

  it("keeps a compound broken at its own hyphen whole, with its hyphen", () => {
    const texts = textToBlocks(
      wrapped([
        "The service supervised about 2,000 people and had a long-standing and well-",
        "known scheme for young adults in the county, and its out-of-court and out-of-",
        "court work with children was good, inspectors said. Its North Gate and East-",
        "Gate offices were both welcoming places for the people they supervised.",
      ]),
    ).map((b) => b.text);
    expect(texts[1]).toContain("and well-known scheme");
    expect(texts[1]).toContain("and out-of-court work");
    expect(texts[1]).toContain("East-Gate offices");
  });

  it("keeps the hyphen where the document writes the compound with one elsewhere", () => {
    const texts = textToBlocks(wrapped(["Case managers held case-loads of about 60 each, and in some offices the case-", "loads were higher still, inspectors said, which worried the people they met."])).map((b) => b.text);
    expect(texts[1]).toContain("the case-loads were higher");
  });
});
