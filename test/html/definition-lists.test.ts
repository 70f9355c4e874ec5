import { describe, expect, it } from "vitest";
import { htmlToBlocks } from "../../src/html/blocks.js";

const texts = (html: string): string[] => htmlToBlocks(`<html><body><article>${html}<p>${"Filler text for the article body. ".repeat(8)}</p></article></body></html>`).blocks.map((b) => b.text);

describe("html: a definition list's term and value read as one line", () => {
  it("joins each short term to its value with a colon", () => {
    const html = `<dl class="scores">
      <dt>Governance</dt><dd>Good</dd>
      <dt>Case work</dt>
      <dd><em>Requires improvement</em></dd>
    </dl>`;
    expect(texts(html).slice(0, 2)).toEqual(["Governance: Good", "Case work: Requires improvement"]);
  });

  it("keeps a term's own colon, once", () => {
    expect(texts("<dl><dt>Published:</dt><dd>3 May 2021</dd></dl>")[0]).toBe("Published: 3 May 2021");
  });

  it("leaves apart a value made of paragraphs, and a term with no value after it", () => {
    const html = "<dl><dt>Staffing</dt><dd><p>Posts were hard to fill.</p><p>Sickness was high.</p></dd><dt>Orphan term</dt></dl>";
    expect(texts(html).slice(0, 4)).toEqual(["Staffing", "Posts were hard to fill.", "Sickness was high.", "Orphan term"]);
  });
});
