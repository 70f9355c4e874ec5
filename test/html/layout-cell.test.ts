/** An old page's article laid out in one table cell, its paragraphs split by "<br><br>"; its headline only in the page title's middle part. */
import { describe, expect, it } from "vitest";
import { htmlToBlocks } from "../../src/html/blocks.js";
import { valueOf } from "../helpers.js";

const page = (cell: string, title = "Fenbury Echo :: Print version :: Youth team praised by inspectors") =>
  `<html><head><title>${title}</title></head><body><table width="600"><tr><td><a href="#">Print this page</a> | <a href="#">Close</a></td></tr>` +
  `<tr><td>${cell}</td></tr></table></body></html>`;

const article =
  `<center><font size="6"><b>Fenbury Echo</b></font></center><hr>` +
  `<font size="5"><b>Youth team praised by inspectors</b></font><br><br>` +
  `<font size="2">The youth offending team in Fenbury has been rated good by HM Inspectorate of Probation after a visit in May.<br><br>` +
  `Inspectors said its work with children leaving custody was careful and well planned.<br>\n<br>` +
  `"We are proud of the team," said the council's leader.</font>`;

describe("html: an article in one layout cell", () => {
  it("reads a cell holding a paragraph break written as two <br>s as paragraphs, not one table row", () => {
    const blocks = htmlToBlocks(page(article)).blocks;
    expect(blocks.filter((b) => b.kind === "table-row").map((b) => b.text)).toEqual(["Print this page | Close"]);
    const texts = blocks.map((b) => b.text);
    expect(texts).toContain("Youth team praised by inspectors");
    expect(texts).toContain("Inspectors said its work with children leaving custody was careful and well planned.");
  });

  it("keeps a data cell with one line break as a table row (near miss)", () => {
    const html = `<html><body><table><tr><th>Standard</th><th>Rating</th></tr><tr><td>Leadership<br>(domain 1)</td><td>Good</td></tr></table></body></html>`;
    const rows = htmlToBlocks(html).blocks.filter((b) => b.kind === "table-row");
    expect(rows.map((b) => b.text)).toEqual(["Standard | Rating", "Leadership (domain 1) | Good"]);
  });
});

describe("title: the part of a page title that the page repeats", () => {
  it("takes the headline from 'Site :: Print version :: Headline' when the page repeats that part", () => {
    expect(valueOf("title", "title", page(article), "html")).toBe("Youth team praised by inspectors");
  });

  it("keeps the whole stripped title when no part is repeated (near miss)", () => {
    const html = page(`<font size="2">The youth offending team has been rated good by inspectors.<br><br>More text follows here.</font>`, "Youth team praised by inspectors | Fenbury Echo");
    expect(valueOf("title", "title", html, "html")).toBe("Youth team praised by inspectors");
  });
});

describe("html: the label over a list of other stories", () => {
  it("keeps a bare 'Related stories' label, and still drops an inline 'Read more' promo (near miss)", () => {
    const html = `<html><body><p>The unit was rated good by inspectors after a visit in May this year.</p><p>Read more: Council budget agreed</p><p><b>Related stories</b></p><p>» Fenbury youth team rated 'good'</p><p>» Prison safety 'not sufficiently good'</p></body></html>`;
    const texts = htmlToBlocks(html).blocks.map((b) => b.text);
    expect(texts).toContain("Related stories");
    expect(texts.some((t) => t.startsWith("Read more"))).toBe(false);
  });
});
