import { describe, expect, it } from "vitest";
import { docOf, recordOf, valueOf } from "../helpers.js";

/** A debate transcript in the shape of a Hansard page (invented names). */
function debate(opts: { house?: string; chair?: boolean } = {}): string {
  return [
    opts.house ?? "House of Commons",
    "Westminster Hall",
    "Wednesday 12 June 2019",
    ...(opts.chair === false ? [] : ["[Sir Alan Pettigrew in the Chair]"]),
    "Tarnby Community Rehabilitation Company",
    "9.30 am",
    "Helen Varley (Tarnby North) (Con)",
    "I beg to move,",
    "That HM Inspectorate of Probation's report be considered.",
    "That this House has considered the performance of the Tarnby Community Rehabilitation Company.",
    "I am grateful for the chance to raise this. I think the people I represent deserve better. I have read the inspectors' report twice, and I believe it is damning. I'm afraid my constituents have lost patience. I wrote to the owners last month.",
    "Let me quote the report directly:",
    "“Too few people under supervision were seen in person, and risk was not reviewed when circumstances changed.”",
    "Owen Pryce (Dunmoor) (Lab)",
    "Will the hon. Lady give way?",
    "Question put and agreed to.",
  ].join("\n\n");
}

describe("h14: a parliamentary record", () => {
  it("is no blog post: the members' own voice is no writer's", () => {
    expect(valueOf("document-type", "documentType", debate())).toBeNull();
    expect(valueOf("document-type", "documentType", debate({ house: "House of Lords", chair: false }))).toBeNull();
  });

  it("near miss: a blog post that names Westminster Hall in passing stays a blog post", () => {
    const text = [
      "Notes from a probation officer",
      "I went to a debate in Westminster Hall last week. I think it was worth it. I'm glad I went, and I believe the minister listened. I wrote to my MP afterwards. In my view the report was fair.",
      "Share this post",
    ].join("\n\n");
    expect(valueOf("document-type", "documentType", text)).toBe("blog-post");
  });

  it("takes the debate's own title, past the House, the sitting and the chair", () => {
    expect(valueOf("title", "title", debate())).toBe("Tarnby Community Rehabilitation Company");
    expect(valueOf("title", "title", debate({ house: "House of Lords", chair: false }))).toBe("Tarnby Community Rehabilitation Company");
  });

  it("near miss: a headline naming the House is still a headline", () => {
    const text = "House of Commons committee criticises probation reforms\n\nThe Justice Committee said today that the reforms had failed.";
    expect(valueOf("title", "title", text)).toBe("House of Commons committee criticises probation reforms");
  });
});

describe("h14: the report quoted", () => {
  const speakerOf = (text: string) => recordOf(text).record.quotes.map((q) => q.speaker);

  it("'Let me quote the report directly:' gives the inspectorate's words", () => {
    expect(speakerOf(debate())).toEqual(["HM Inspectorate of Probation"]);
  });

  it("'To quote the inspection report' and 'quoting the report' too", () => {
    const base = "Probation unit told to improve\n\nHM Inspectorate of Probation inspected Fellside PDU in May.\n\n";
    expect(speakerOf(base + "To quote the inspection report:\n\n“Staff were stretched too thinly to see people as often as they should.”")).toEqual(["HM Inspectorate of Probation"]);
    expect(speakerOf(base + "The councillor, quoting the report, said:\n\n“Staff were stretched too thinly to see people as often as they should.”")).not.toContain(null);
  });

  it("near miss: quoting someone else's letter is not the inspectorate", () => {
    const text =
      "Probation unit told to improve\n\nHM Inspectorate of Probation inspected Fellside PDU in May.\n\nLet me quote the council's letter:\n\n“We will fund two more officers from April.”";
    expect(speakerOf(text)).not.toContain("HM Inspectorate of Probation");
  });
});

describe("h14: one sentence a line, blank lines between paragraphs", () => {
  const layout = (quote: string) =>
    [
      "PROBATION UNIT RATED GOOD",
      "",
      "Inspectors from HM Inspectorate of Probation visited the Fellside Probation Delivery Unit over two weeks in May, meeting staff, partners and people on probation.",
      "They examined 60 cases.",
      "",
      "The unit was rated Good overall.",
      "",
      "Chief Inspector Mary Holt said:",
      quote,
      "",
      "The unit covers three market towns and the villages around them, and supervises about 1,900 people on probation at any one time.",
      "It employs 80 staff.",
    ].join("\n");

  it("joins a quoted paragraph's lines with a space, and keeps its paragraphs apart", () => {
    const doc = docOf(
      layout(
        "“Staff have worked hard this year.\nThey have kept in touch with almost everyone they supervise, even when the offices were closed and most contact had to be by telephone.\n\n“Leaders now need to plan for growth.\nThey know it.”",
      ),
    );
    expect(doc.quotes.map((q) => q.text)).toEqual([
      "Staff have worked hard this year. They have kept in touch with almost everyone they supervise, even when the offices were closed and most contact had to be by telephone.\n\nLeaders now need to plan for growth. They know it.",
    ]);
  });

  it("a paragraph of two lines closed on its second", () => {
    const doc = docOf(layout("“Staff have worked hard this year.\nThey deserve credit.”"));
    expect(doc.quotes.map((q) => q.text)).toEqual(["Staff have worked hard this year. They deserve credit."]);
  });

  it("marks only the lines right after another paragraph's line", () => {
    const doc = docOf(layout("“Staff have worked hard this year.”"));
    const marked = doc.blocks.filter((b) => b.sameParagraph).map((b) => b.text);
    expect(marked).toEqual(["They examined 60 cases.", "“Staff have worked hard this year.”", "It employs 80 staff."]);
  });

  it("near miss: one paragraph a line with no blank lines marks nothing", () => {
    const doc = docOf(
      "Unit rated Good\nInspectors from HM Inspectorate of Probation visited the Fellside Probation Delivery Unit over two weeks in May, meeting staff, partners and people on probation.\nChief Inspector Mary Holt said:\n“Staff have worked hard this year.\nThe unit covers three market towns and the villages around them, and supervises about 1,900 people on probation at any one time.\n“Leaders now need to plan.”",
    );
    expect(doc.blocks.some((b) => b.sameParagraph)).toBe(false);
    expect(doc.quotes[0]!.text).toBe("Staff have worked hard this year.");
  });
});

describe("h14: 'the partnership' as a speaker", () => {
  const speakers = (text: string) => recordOf(text).record.quotes.map((q) => q.speaker);
  const base =
    "Tarnby CRC told to improve\n\nHM Inspectorate of Probation rated Tarnby Community Rehabilitation Company 'Inadequate'. The CRC is owned by the Fellgate Justice Partnership, a joint venture of two firms.\n\n";

  it("is the partnership last named", () => {
    expect(speakers(base + "In a letter to the minister, the partnership said:\n\n“We accept the findings in full and have begun recruiting.”")).toEqual(["Fellgate Justice Partnership"]);
    expect(speakers(base + "The partnership said:\n\n“We accept the findings in full and have begun recruiting.”")).toEqual(["Fellgate Justice Partnership"]);
  });

  it("near miss: with no partnership named, the provider", () => {
    const text =
      "Tarnby CRC told to improve\n\nHM Inspectorate of Probation rated Tarnby Community Rehabilitation Company 'Inadequate'. The CRC is owned by two firms in a joint venture.\n\nThe partnership said:\n\n“We accept the findings in full and have begun recruiting.”";
    expect(speakers(text)).not.toContain("Fellgate Justice Partnership");
    expect(speakers(text)[0]).toMatch(/Tarnby/);
  });
});
