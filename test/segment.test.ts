import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { docOf } from "./helpers.js";

const seed = (name: string) => readFileSync(new URL(`../fixtures/docs/${name}`, import.meta.url), "utf8");

describe("segment: quotes", () => {
  it("joins a quote over three paragraphs and keeps its attribution", () => {
    const doc = docOf(seed("press-release-merseyside-crc-2020.txt"));
    expect(doc.quotes).toHaveLength(2);
    expect(doc.quotes[0]!.attribution).toBe("Chief Inspector of Probation Justin Russell");
    expect(doc.quotes[0]!.text.split("\n\n")).toHaveLength(3);
    expect(doc.quotes[1]!.attribution).toBe("Mr Russell");
  });

  it("skips a 'Top news stories' list inside an open quote", () => {
    const doc = docOf(seed("news-merseyside-crc-2020.txt"));
    const last = doc.quotes[doc.quotes.length - 1]!;
    expect(last.text.startsWith("We welcome the report")).toBe(true);
    expect(last.text).toContain("We've developed a robust action plan");
    expect(last.text).not.toContain("Top news stories");
  });

  it("does not take a quoted fragment inside a sentence as a quote", () => {
    const doc = docOf("Inspectors concluded the resourcing was “extremely tight”. Staff were tired.");
    expect(doc.quotes).toHaveLength(0);
  });

  it("marks the notes to editors", () => {
    const doc = docOf("Headline\n\nBody text here.\n\nENDS\n\nNotes to editors\n\n1. The report is out.");
    expect(doc.notesStart).toBe(2);
    expect(doc.blocks.filter((b) => b.inNotes).map((b) => b.text)).toEqual(["ENDS", "Notes to editors", "The report is out."]);
  });
});

describe("segment: plain-text shapes", () => {
  it("joins hard-wrapped lines into one paragraph", () => {
    const text = [
      "Probation service told to improve",
      "",
      "HM Inspectorate of Probation inspected the service in March and found that",
      "the quality of work to keep people safe was not good enough in most of the",
      "cases that inspectors looked at during the fieldwork.",
      "",
      "The service supervises about 4,000 people.",
    ].join("\n");
    const doc = docOf(text);
    expect(doc.blocks.map((b) => b.kind)).toEqual(["paragraph", "paragraph", "paragraph"]);
    expect(doc.blocks[1]!.text).toMatch(/found that the quality of work .* fieldwork\.$/);
  });

  it("keeps one paragraph a line when lines are long", () => {
    const doc = docOf("A title\nA first long paragraph that goes on and on well past any wrap width anyone would use for email, then stops.\nA second one.");
    expect(doc.blocks).toHaveLength(3);
  });

  it("reads Markdown headings, bullets, tables and blockquotes", () => {
    const doc = docOf("# The **headline**\n\n- Leadership: Good\n- Staff: *Outstanding*\n\n| Aspect | Rating |\n|---|---|\n| Services | Good |\n\n> We are pleased, said nobody.");
    expect(doc.blocks.map((b) => b.kind)).toEqual(["heading", "list-item", "list-item", "table-row", "table-row", "blockquote"]);
    expect(doc.blocks[0]!.text).toBe("The headline");
    expect(doc.blocks[2]!.text).toBe("Staff: Outstanding");
    expect(doc.blocks[4]!.cells).toEqual(["Services", "Good"]);
  });
});

describe("segment: HTML", () => {
  it("drops furniture and keeps the article's blocks", () => {
    const html = `<!doctype html><html><head><title>T</title><meta property="article:published_time" content="2021-03-04T09:00:00Z"></head>
<body><nav><a href="/">Home</a></nav><div class="cookie-banner">We use cookies</div>
<article><h1>Service rated Good</h1><p>First paragraph of the story, long enough to count as the main text of the page.</p>
<aside class="related-posts"><p>Other CRC rated Inadequate</p></aside>
<ul><li>one finding</li><li>another finding</li></ul><script>alert(1)</script></article>
<footer>Copyright</footer></body></html>`;
    const doc = docOf(html);
    expect(doc.format).toBe("html");
    expect(doc.blocks.map((b) => b.text)).toEqual([
      "Service rated Good",
      "First paragraph of the story, long enough to count as the main text of the page.",
      "one finding",
      "another finding",
    ]);
    expect(doc.meta.published[0]).toEqual({ value: "2021-03-04T09:00:00Z", source: "article:published_time" });
  });

  it("walks very deep nesting without overflowing the stack", () => {
    const depth = 50_000;
    const html = "<html><body>" + "<div>".repeat(depth) + "<p>deep text</p>" + "</div>".repeat(depth) + "</body></html>";
    const doc = docOf(html, "html");
    expect(doc.blocks.map((b) => b.text)).toContain("deep text");
  });
});
