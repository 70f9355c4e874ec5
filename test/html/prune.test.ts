/**
 * pruneUnread cuts the content of elements the reader never reads, before
 * parsing. Its rule: the parser must build the same tree around them. The
 * property tests hold it to that on random tag soup (quotes, comments,
 * raw text, stray and implied closing tags, SVG self-closing tags), and
 * check that the reader's blocks and meta come out the same as from the
 * whole page.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { AnyNode } from "domhandler";

import { pruneUnread } from "../../src/html/prune.js";
import { parseHtml } from "../../src/html/parse.js";
import { htmlToBlocks, readPage } from "../../src/html/blocks.js";
import { flattenDeepHtml } from "../../src/html/flatten.js";
import { normaliseChars } from "../../src/blocks/normalise.js";

/** The elements whose content may be cut (a script's only when its tag does not mention JSON). */
const CUT = new Set(["script", "style", "noscript", "template", "iframe", "object", "svg", "canvas", "form", "nav", "footer", "aside", "figcaption", "dialog", "menu"]);

/** A tree as plain data, the content of the elements in CUT left out. */
function shape(node: AnyNode): unknown {
  const n = node as AnyNode & { name?: string; attribs?: Record<string, string>; data?: string; children?: AnyNode[] };
  const cut = n.name !== undefined && CUT.has(n.name);
  return { type: n.type, name: n.name, attribs: n.attribs, data: n.data, children: cut ? [] : n.children?.map(shape) };
}

/** The reader over the whole page, nothing cut: what htmlToBlocks gave before pruning. */
function readWhole(html: string): unknown {
  return readPage(parseHtml(flattenDeepHtml(normaliseChars(html))));
}

describe("pruneUnread", () => {
  it("empties navigation, footers, asides, scripts, styles and icons, keeping their tags", () => {
    const page =
      '<html><head><title>A &amp; B</title><style>p { color: red }</style></head><body><nav class="menu"><ul><li><a href="/">Home</a></li></ul></nav>' +
      '<main><p>Story <svg viewBox="0 0 1 1"><path d="M0 0"/></svg>text.</p></main><aside>Related</aside><footer><p>Copyright</p></footer><script>var a = "<p>";</script></body></html>';
    expect(pruneUnread(page)).toBe(
      '<html><head><title>A &amp; B</title><style></style></head><body><nav class="menu"></nav><main><p>Story <svg viewBox="0 0 1 1"></svg>text.</p></main><aside></aside><footer></footer><script></script></body></html>',
    );
  });

  it("keeps the head, the title and JSON-LD, which the reader reads", () => {
    const page = '<head><title>T</title><meta name="x" content="y"><script type="application/ld+json">{"headline":"H"}</script></head><p>Body</p>';
    expect(pruneUnread(page)).toBe(page);
  });

  it("returns the page itself when there is nothing to cut", () => {
    const page = "<p>Nothing <b>to</b> cut</p>";
    expect(pruneUnread(page)).toBe(page);
  });

  it("reads tags as the parser does: a quoted '>' or a tag inside a comment or attribute is not a tag", () => {
    expect(pruneUnread('<p title="a > <nav>">x</p><nav>menu</nav>')).toBe('<p title="a > <nav>">x</p><nav></nav>');
    expect(pruneUnread("<!-- <nav> --><p>x</p><nav>menu</nav>")).toBe("<!-- <nav> --><p>x</p><nav></nav>");
    expect(pruneUnread("<textarea><nav></textarea><p>x</p>")).toBe("<textarea><nav></textarea><p>x</p>");
    // a closing tag named after white space still closes: "</ nav>"
    expect(pruneUnread("<nav>menu</ nav><p>x</p>")).toBe("<nav></ nav><p>x</p>");
  });

  it("reads tag names as the parser lowercases them", () => {
    expect(pruneUnread("<NAV>menu</Nav><p>x</p>")).toBe("<NAV></Nav><p>x</p>");
    // beyond ASCII, toLowerCase's own rules: "NAV\u0130" is not "nav"; its elements are matched all the same
    const page = "<NAV\u0130>m</nav\u0130><nav>k</nav>";
    expect(pruneUnread(page)).toBe("<NAV\u0130>m</nav\u0130><nav></nav>");
    expect(shape(parseHtml(pruneUnread(page)))).toEqual(shape(parseHtml(page)));
  });

  it("keeps an element whole when a tag inside it could close something outside it", () => {
    // "</div>" closes the div around the nav (and the nav with it): the paragraph after it is outside the nav
    const stray = "<div><nav><a>Home</a></div><p>Story</p></nav>";
    expect(pruneUnread(stray)).toBe(stray);
    // never closed: kept
    const open = "<nav><a>Home</a><p>Story";
    expect(pruneUnread(open)).toBe(open);
  });

  it("ends raw text, comments and unquoted attribute values where the tokenizer does", () => {
    // "</script/" does not end a script: all of it is the script's text
    expect(pruneUnread("<script>a</script/><nav>m</nav>b</script><p>x</p>")).toBe("<script></script><p>x</p>");
    // "<!-->" is a whole comment
    expect(pruneUnread("<nav><!--></nav><p>x</p><nav>-->y</nav>")).toBe("<nav></nav><p>x</p><nav></nav>");
    // an unquoted value that is empty: the ">" ends the tag
    expect(pruneUnread("<nav><a href=>x</nav><p>y</p></a></nav>")).toBe("<nav></nav><p>y</p></a></nav>");
  });

  it("keeps an element the parser would close by opening another", () => {
    // "<script/>" opens a script that is not raw text; "<body>" closes it
    const page = "<script/><nav>m</nav><body><p>x</p></body></script>";
    expect(pruneUnread(page)).toBe(page);
  });

  it("follows SVG's self-closing tags and its foreign-content switch", () => {
    expect(pruneUnread('<svg><path d="1"/><g/></svg><p>x</p>')).toBe("<svg></svg><p>x</p>");
    // "<svg/>" leaves htmlparser2 in foreign content (it closes the svg, not the switch); a nav then opened must not be cut with a stale switch
    const quirk = "<svg/><nav><br/><p/>menu</nav><p>x</p>";
    expect(shape(parseHtml(pruneUnread(quirk)))).toEqual(shape(parseHtml(quirk)));
  });

  // Random tag soup: mostly the tags that open and close elements (so elements to cut are common, and so are
  // stray and implied closing tags), whole raw-text elements, and now and then a piece that decides where a tag ends.
  const structural = fc.constantFrom(
    "<nav>", "</nav>", "<NAV class='a>b'>", "</ nav>", "</nav/>", "<nav/>", "<footer>", "</footer>", "<aside>", "</aside>", "<form>", "</form>",
    "<svg>", "</svg>", "<svg/>", "<path/>", "<g>", "</g>", "<math>", "</math>", "<mi>", "</mi>", "<desc>", "</desc>", "<foreignObject>", "</foreignObject>",
    "<template>", "</template>", "<noscript>", "</noscript>", "<iframe>", "</iframe>", "<menu>", "</menu>", "<dialog>", "</dialog>", "<figcaption>", "</figcaption>",
    "<p>", "</p>", "<li>", "</li>", "<ul>", "</ul>", "<div>", "</div>", "<span>", "</span>", "<a href=x>", "</a>", "<b>", "</b>", "<br>", "</br>", "<br/>",
    "<button>", "</button>", "<select>", "<option>", "<input>", "<table>", "<tr>", "<td>", "</td>", "</table>", "<body>", "<head>", "</head>", "<h1>", "</h1>",
    "<main>", "</main>", "<article>", "<dd>", "<dt>", "text ", "Story. ",
  );
  const rawText = fc.constantFrom(
    "<script>var a = '<nav>';</script>", "<script type='application/ld+json'>{\"headline\":\"H\"}</script>", "<style>p{}</style >", "<title>T &amp; </nav></title>",
    "<textarea><p></textarea>", "<xmp></nav></xmp>", "<script/>", "<style>", "</script>", "<script></script/>x</script>",
  );
  const odd = fc.constantFrom(
    "<!-- c -->", "<!-- <nav> -->", "<!-->", "<!--->", "<!->", "<!>", "<![CDATA[ </nav> ]]>", "<![CDAT>", "<?pi>", "<!doctype html>",
    "<", ">", "</>", "</ >", "<3", "& ", "&amp;", "\"", "'", "=", "/", " ", "\n", "</", "<a title=\"</nav>\">", "<p class=x/>", "<a href=>", "<br / >", "<div a=b/>",
  );
  const piece = fc.oneof({ weight: 12, arbitrary: structural }, { weight: 2, arbitrary: rawText }, { weight: 1, arbitrary: odd });
  const loose = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(""));
  // Random trees of nested elements, some left unclosed, with stray pieces between them.
  const names = fc.constantFrom("nav", "footer", "aside", "form", "svg", "g", "desc", "math", "mi", "template", "noscript", "iframe", "menu", "div", "p", "li", "ul", "span", "a", "b", "td", "tr", "table", "select", "button", "option", "main", "h2", "dd", "NAV", "script", "body", "title");
  const attrs = fc.constantFrom("", " class=\"x\"", " title='a > b'", " data-x=</nav>", " hidden", " a=b/", "/", " /", " a=", " a= ");
  const { tree } = fc.letrec((tie) => ({
    tree: fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      { weight: 3, arbitrary: fc.constantFrom("Story. ", "text ", "a &amp; b ", "") },
      { weight: 4, arbitrary: fc.tuple(names, attrs, fc.array(tie("tree"), { maxLength: 5 }), fc.constantFrom("close", "close", "close", "close", "close", "open", "space")).map(([n, a, kids, end]) => `<${n}${a}>${kids.join("")}${end === "close" ? `</${n}>` : end === "space" ? `</ ${n} >` : ""}`) },
      { weight: 1, arbitrary: rawText },
      { weight: 1, arbitrary: odd },
    ),
  }));
  const nested = fc.array(tree, { minLength: 1, maxLength: 6 }).map((parts) => parts.join(""));
  const soup = fc.oneof(loose, nested);

  it("cuts something from most random pages (else the tests below would prove little)", () => {
    const pages = fc.sample(nested, { numRuns: 500, seed: 1 });
    const cut = pages.filter((p) => pruneUnread(p) !== p).length;
    expect(cut / pages.length).toBeGreaterThan(0.4);
  });

  it("gives the parser the same tree around the emptied elements, on random tag soup", () => {
    fc.assert(
      fc.property(soup, (html) => {
        expect(shape(parseHtml(pruneUnread(html)))).toEqual(shape(parseHtml(html)));
      }),
      { numRuns: 4000, seed: 4242 },
    );
  });

  it("gives the reader the same blocks and meta as the whole page, on random tag soup", () => {
    fc.assert(
      fc.property(soup, (html) => {
        expect(htmlToBlocks(html)).toEqual(readWhole(html));
      }),
      { numRuns: 2000, seed: 77 },
    );
  });
});
