import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import type { AnyNode } from "domhandler";

import { parseHtml } from "../../src/html/parse.js";

const cheerio = createRequire(import.meta.url)("cheerio/slim") as typeof import("cheerio/slim");

/** A node tree as plain data: type, name, attributes, text, children. */
function shape(node: AnyNode): unknown {
  const n = node as AnyNode & { name?: string; attribs?: Record<string, string>; data?: string; children?: AnyNode[] };
  return { type: n.type, name: n.name, attribs: n.attribs, data: n.data, children: n.children?.map(shape) };
}

describe("parseHtml", () => {
  const pages = [
    "<!doctype html><html><head><title>Report &amp; rating</title><script>var x = '<p>';</script></head><body><p>One <b>two</b><br>three</p><ul><li>a<li>b</ul></body></html>",
    "<p>unclosed <i>tags <table><tr><td>cell</table> &nbsp; &pound;5",
    "",
  ];
  it("gives the same tree as cheerio.load(html).root(), page after page", () => {
    for (const html of pages) expect(shape(parseHtml(html))).toEqual(shape(cheerio.load(html).root()[0] as AnyNode));
  });
  it("keeps no state from one page to the next", () => {
    const first = parseHtml(pages[0]!);
    parseHtml(pages[1]!);
    expect(shape(first)).toEqual(shape(cheerio.load(pages[0]!).root()[0] as AnyNode));
  });
});
