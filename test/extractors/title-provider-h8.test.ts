/** Held-out set 8 fixes (titles, provider names and areas, a council's release and its press office), in invented words. */
import { describe, expect, it } from "vitest";
import { docOf, valueOf } from "../helpers.js";
import { placeList } from "../../src/extractors/lib/places.js";
import { htmlToBlocks } from "../../src/html/blocks.js";

const titleOf = (text: string, format?: "text" | "html") => valueOf("title", "title", text, format);
const providerOf = (text: string, format?: "text" | "html") => valueOf("provider", "provider", text, format);
const contactOf = (text: string, format?: "text" | "html") => valueOf("media-contact", "mediaContact", text, format);
const typeOf = (text: string, format?: "text" | "html") => valueOf("document-type", "documentType", text, format);
const places = (s: string) => placeList(s, 0).map((p) => p.text);

describe("title: a blog's masthead and tagline over the post's title and its dateline", () => {
  it("takes the post's title, not the blog's name", () => {
    const text = "Tales From The Report Room\nOne officer's blog. Opinions are mine alone.\n\nWell, that was a fortnight\nPosted Monday 2 June 2025 by fenwickpo | 3 comments\n\nSo the report came out on Friday, and here is what I made of it.";
    expect(titleOf(text)).toBe("Well, that was a fortnight");
  });

  it("with two tagline sentences and 'Published'", () => {
    const text = "The Probation Diary\nThoughts from the front line. Updated most weeks.\n\nWhat the inspectors told us\nPublished on 14 March 2024\n\nWe had our inspection in February and the report is now out.";
    expect(titleOf(text)).toBe("What the inspectors told us");
  });

  it("not when a short headline stands over a 'Listen' line (no tagline sentence between)", () => {
    const text = "Probation team told to improve\nListen to this story 1:20\nBy Sam Hale, Local News\nPublished: Monday 3 March 2025, 06:00\n\nThe probation team in the town has been told to improve by inspectors.";
    expect(titleOf(text)).toBe("Probation team told to improve");
  });
});

describe("title: wire copy's slug and dateline, a letterhead's address line", () => {
  it("skips a wire slug line and a short-weekday dateline", () => {
    const text = "UK-PROBATION/BARNLEIGH (UPDATE 2)\nWed Oct 2, 2019 09:12 BST\n\nInspectors say Barnleigh probation service is failing\n\nLONDON, 2 October (Agency) - A probation service was rated inadequate.";
    expect(titleOf(text)).toBe("Inspectors say Barnleigh probation service is failing");
  });

  it("skips a slug line with no update mark", () => {
    const text = "BRITAIN-PRISONS/INSPECTION\nTue Jan 7, 2020 14:30 GMT\n\nPrison watchdog criticises Eastmarsh jail\n\nLONDON, 7 January (Agency) - A prison has been criticised.";
    expect(titleOf(text)).toBe("Prison watchdog criticises Eastmarsh jail");
  });

  it("keeps a headline with a slash and spaces (no slug)", () => {
    expect(titleOf("Probation/police joint work praised in Ashby\n\nA joint team was praised by inspectors today.")).toBe("Probation/police joint work praised in Ashby");
  });

  it("skips a letterhead address ending with a postcode", () => {
    const text = "HM Inspectorate of Probation\n2nd Floor, Civic Tower, 14 Quay Road, Bristol BS1 4QA\n\nPRESS RELEASE\n\nFENBRIDGE TRUST PRAISED FOR WORK WITH VICTIMS\n\nFenbridge Probation Trust was praised today by inspectors.";
    expect(titleOf(text)).toBe("FENBRIDGE TRUST PRAISED FOR WORK WITH VICTIMS");
  });

  it("skips an address line with a postcode without a space, over an embargo line", () => {
    const text = "Probation Trust Communications\nUnit 4, Mill Yard, Leeds LS14AB\n\nEMBARGOED UNTIL 00:01 3 MAY 2012\n\nTrust told to improve risk work\n\nThe trust was told to improve its work today.";
    expect(titleOf(text)).toBe("Trust told to improve risk work");
  });

  it("keeps a headline with a postcode-like end but no comma", () => {
    expect(titleOf("Inspectors visit unit in ward LS1 4AB\n\nThe unit was visited by inspectors.")).toBe("Inspectors visit unit in ward LS1 4AB");
  });
});

describe("html: a layout table's rows are read as the blocks they hold", () => {
  it("reads a heading and paragraphs in a layout cell as blocks, a data row as a row", () => {
    const html =
      "<html><body><table><tr><td>Masthead</td></tr><tr><td><h1>Rated Outstanding</h1><p>First paragraph.</p><p>Second.</p>" +
      "<table><tr><td>Leadership</td><td>Good</td></tr></table></td></tr></table></body></html>";
    const blocks = htmlToBlocks(html).blocks.map((b) => `${b.kind}:${b.text}`);
    expect(blocks).toEqual(["table-row:Masthead", "heading:Rated Outstanding", "paragraph:First paragraph.", "paragraph:Second.", "table-row:Leadership | Good"]);
  });

  it("reads a cell of two paragraphs as blocks", () => {
    const html = "<table><tr><td><p>One.</p><p>Two.</p></td></tr></table>";
    expect(htmlToBlocks(html).blocks.map((b) => b.text)).toEqual(["One.", "Two."]);
  });

  it("keeps a data row whose cells hold one paragraph each", () => {
    const html = "<table><tr><td><p>Staffing</p></td><td><p>Inadequate</p></td></tr></table>";
    expect(htmlToBlocks(html).blocks.map((b) => `${b.kind}:${b.text}`)).toEqual(["table-row:Staffing | Inadequate"]);
  });

  it("an e-mail newsletter's headline is its lead item's h1", () => {
    const html =
      "<html><head><title>Partner News: Issue 9</title></head><body><table><tr><td><table><tr><td>Partner News</td><td>Brindle Youth Partnership</td></tr></table></td></tr>" +
      "<tr><td>Issue 9 | 1 May 2025</td></tr><tr><td><h1>Good news from the inspectors</h1><p>Our service was rated Good.</p><p>More soon.</p></td></tr></table></body></html>";
    expect(titleOf(html, "html")).toBe("Good news from the inspectors");
  });
});

describe("places: lists with group words, counts, area words and 'and in'", () => {
  it("reads 'the two boroughs of A and B'", () => {
    expect(places("the two boroughs of Ashcombe and Tilney, was working")).toEqual(["Ashcombe", "Tilney"]);
    expect(places("the three districts of Orme, Pellow and Quarry Hill.")).toEqual(["Orme", "Pellow", "Quarry Hill"]);
  });

  it("passes over an area word and goes on ('the X district and the market towns of …')", () => {
    expect(places("the city of Brackwell, the Lune district and the market towns of High Fell and Rook Cross.")).toEqual(["Brackwell", "Lune", "High Fell", "Rook Cross"]);
  });

  it("reads 'A and in the unitary authority of B'", () => {
    expect(places("Westmarch and in the unitary authority of Coldharbour, and supervises")).toEqual(["Westmarch", "Coldharbour"]);
  });

  it("an area word at the end of the list ends it", () => {
    expect(places("the Lune district. Staff were")).toEqual(["Lune"]);
  });
});

describe("provider: 'we cover' and the name defined with its acronym", () => {
  it("reads the areas after 'We cover'", () => {
    const text = "Our unit was inspected\n\nI work in Ashdale PDU, which was inspected by HM Inspectorate of Probation in May. We cover Ashdale, Brickhill and the Tern villages.";
    expect(providerOf(text)?.areas).toEqual(["Ashdale", "Brickhill", "Tern villages"]);
  });

  it("not the noun 'cover' ('sickness cover Ashdale …')", () => {
    const text = "Our unit was inspected\n\nAshdale PDU was inspected by HM Inspectorate of Probation in May. Managers arranged sickness cover Ashdale staff had asked for.";
    expect(providerOf(text)?.areas ?? []).toEqual([]);
  });

  it("names the service defined with its acronym, not a masthead's partnership", () => {
    const html =
      "<html><body><table><tr><td>Bulletin</td><td>Orme and Pellow Youth Justice Partnership</td></tr></table>" +
      "<h1>Rated Good</h1><p>Orme and Pellow Youth Justice Service (YJS) has been rated Good by HM Inspectorate of Probation.</p>" +
      "<p>The YJS covers the two boroughs of Orme and Pellow.</p></body></html>";
    const p = providerOf(html, "html");
    expect(p?.name).toBe("Orme and Pellow Youth Justice Service");
    expect(p?.areas).toEqual(["Orme", "Pellow"]);
  });
});

describe("a council's own release: a 'Media enquiries' heading over its press office", () => {
  const page = (office: string) =>
    `<html><body><h1>Inspectors urge faster progress</h1><p>A report into the probation unit has been published today.</p><h2>Media enquiries</h2><p>${office}: 01632 960 111 or press@brayton.example.gov.uk</p></body></html>`;

  it("is a press release, the press office the contact's role", () => {
    expect(typeOf(page("Brayton County Council press office"), "html")).toBe("press-release");
    expect(contactOf(page("Brayton County Council press office"), "html")).toEqual({ name: null, role: "Brayton County Council press office", phones: ["01632 960 111"], emails: ["press@brayton.example.gov.uk"] });
  });

  it("reads a communications team as the role", () => {
    expect(contactOf(page("Hollin Borough Council Communications Team"), "html")?.role).toBe("Hollin Borough Council Communications Team");
  });

  it("no role from a line with no office's name before the colon", () => {
    expect(contactOf(page("Call us"), "html")?.role ?? null).toBe(null);
  });

  it("no press-release signal from 'Media enquiries' inside a sentence", () => {
    const doc = docOf("Headline\n\nMedia enquiries rose this year, the council said in a blog post I read.");
    expect(doc.blocks.length).toBeGreaterThan(0);
    expect(typeOf("Headline\n\nMedia enquiries rose this year, the council said.")).toBe(null);
  });
});
