/**
 * HTML -> text blocks. Parses with cheerio (htmlparser2 via `cheerio/slim`:
 * fast, and it never runs scripts), drops page furniture (navigation,
 * scripts, cookie banners, share links, adverts, related posts, comments,
 * footers, captions), picks the main content, and walks it without recursion
 * (pages nested 50,000 levels deep must not overflow the stack) into
 * headings, paragraphs, list items, blockquotes and table rows.
 */
import { load } from "cheerio/slim";
import type { AnyNode, Element } from "domhandler";
import type { PageMeta, RawBlock } from "../segment/types.js";
import { emptyMeta } from "../segment/types.js";
import { foldSpace, normaliseChars } from "../blocks/normalise.js";
import { readMeta } from "./meta.js";

/** Elements that are never content. */
const DROP_TAGS = "script, style, noscript, template, iframe, object, embed, svg, canvas, form, button, select, input, textarea, nav, footer, aside, figcaption, dialog, menu";

/** Furniture recognised by class, id or role. */
const DROP_SELECTORS = [
  "body > header",
  "header[role=banner]",
  "[role=navigation]",
  "[role=contentinfo]",
  "[role=complementary]",
  "[hidden]",
  "[aria-hidden=true]",
  '[style*="display:none"]',
  '[style*="display: none"]',
  '[class*="cookie" i]',
  '[id*="cookie" i]',
  '[class*="consent" i]',
  '[class*="share" i]',
  '[class*="social" i]',
  '[class*="advert" i]',
  '[id*="advert" i]',
  '[class~="ad"]',
  '[class*="ad-slot" i]',
  '[class*="ad-container" i]',
  '[id^="ad-" i]',
  '[class*="sponsor" i]',
  '[class*="promo" i]',
  '[class*="related" i]',
  '[id*="related" i]',
  '[class*="sidebar" i]',
  '[id*="sidebar" i]',
  '[class*="widget" i]',
  '[class*="comment" i]',
  '[id*="comment" i]',
  '[class*="breadcrumb" i]',
  '[class*="newsletter" i]',
  '[class*="subscribe" i]',
  '[class*="site-header" i]',
  '[class*="site-footer" i]',
  '[class*="masthead" i]',
  '[class*="caption" i]',
  '[class*="most-read" i]',
  '[class*="top-stories" i]',
  '[class*="read-more" i]',
  '[class*="skip-link" i]',
  '[class*="visually-hidden" i]',
  '[class*="sr-only" i]',
  '[class*="tags" i]',
  '[class*="pagination" i]',
  '[class*="author-bio" i]',
].join(", ");

const BLOCK_TAGS = new Set([
  "p", "div", "section", "article", "main", "header", "li", "ul", "ol", "dl", "dt", "dd",
  "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "thead", "tbody", "tfoot",
  "tr", "td", "th", "caption", "figure", "address", "hr", "body", "html", "center", "details", "summary",
]);

const READ_MORE = /^(?:read more|read next|related|see also|more on this|top stories|most read|advertisement|sponsored)\b/i;

export interface HtmlResult {
  blocks: RawBlock[];
  meta: PageMeta;
}

function isElement(node: AnyNode): node is Element {
  return node.type === "tag" || node.type === "script" || node.type === "style";
}

/** Text of a subtree, iteratively; <br> becomes a newline. */
function subtreeText(root: AnyNode): string {
  const out: string[] = [];
  const stack: AnyNode[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === "text") out.push((node as unknown as { data: string }).data);
    else if (isElement(node)) {
      if (node.name === "br") out.push("\n");
      const kids = node.children;
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
    }
  }
  return out.join("");
}

/** The element holding the main text: the longest article, else main, else the body. */
function mainRoot($: ReturnType<typeof load>): Element | null {
  const pick = (sel: string): Element | null => {
    let best: Element | null = null;
    let bestLen = 0;
    $(sel).each((_, el) => {
      const len = subtreeText(el).length;
      if (len > bestLen) {
        best = el as unknown as Element;
        bestLen = len;
      }
    });
    return bestLen > 200 ? best : null;
  };
  return (
    pick("article") ??
    pick("main, [role=main]") ??
    pick('[class*="entry-content" i], [class*="post-content" i], [class*="article-body" i], [itemprop="articleBody"], #content, .content') ??
    ($("body").get(0) as unknown as Element | undefined) ??
    null
  );
}

export function htmlToBlocks(html: string): HtmlResult {
  const $ = load(normaliseChars(html));
  const meta = readMeta($);
  $(DROP_TAGS).remove();
  // Furniture selectors match by class name, and a wrapper's class can be
  // "has-sidebar": never drop what holds most of the page's text.
  const bodyLen = subtreeText($("body").get(0) ?? $.root().get(0)!).length;
  $(DROP_SELECTORS).each((_, node) => {
    const el = node as unknown as Element;
    if (el.name === "html" || el.name === "body" || el.name === "main" || el.name === "article") return;
    if (subtreeText(el).length > bodyLen * 0.5) return;
    $(el).remove();
  });

  const root = mainRoot($);
  const blocks: RawBlock[] = [];
  if (!root) return { blocks, meta };

  // The headline may stand outside the article element (in a page header).
  const h1Inside = $(root).find("h1").first().text();
  const h1Anywhere = $("h1").first().text();
  const headline = foldSpace(h1Inside || h1Anywhere || "");
  if (!h1Inside && headline) blocks.push({ kind: "heading", text: headline, level: 1 });
  if (!meta.title && headline) meta.title = headline;

  let buf: string[] = [];
  let kind: RawBlock["kind"] = "paragraph";
  let level: number | undefined;
  let marker: string | undefined;
  const listCounters: { ordered: boolean; n: number }[] = [];
  let quoteDepth = 0;

  const flush = () => {
    const lines = buf.join("").split("\n");
    for (const line of lines) {
      const text = foldSpace(line);
      if (!text) continue;
      if (kind === "paragraph" && READ_MORE.test(text) && text.length < 200) continue;
      const b: RawBlock = { kind: quoteDepth > 0 && kind === "paragraph" ? "blockquote" : kind, text };
      if (level) b.level = level;
      if (marker) b.marker = marker;
      blocks.push(b);
      // only the first line of a list item carries its marker
      if (kind === "list-item") kind = "paragraph";
      marker = undefined;
    }
    buf = [];
  };

  type Frame = { node: AnyNode; exit: boolean };
  const stack: Frame[] = [{ node: root, exit: false }];
  while (stack.length) {
    const { node, exit } = stack.pop()!;
    if (node.type === "text") {
      buf.push((node as unknown as { data: string }).data.replace(/\n/g, " "));
      continue;
    }
    if (!isElement(node)) continue;
    const tag = node.name.toLowerCase();
    if (exit) {
      if (tag === "ul" || tag === "ol") listCounters.pop();
      if (tag === "blockquote") {
        flush();
        quoteDepth--;
      } else if (BLOCK_TAGS.has(tag)) flush();
      if (/^h[1-6]$/.test(tag) || tag === "li" || tag === "dt") {
        kind = "paragraph";
        level = undefined;
      }
      continue;
    }
    if (tag === "br") {
      buf.push("\n");
      continue;
    }
    if (tag === "tr") {
      flush();
      const cells = $(node)
        .children("td, th")
        .toArray()
        .map((c) => foldSpace(subtreeText(c)));
      if (cells.some((c) => c)) blocks.push({ kind: "table-row", text: cells.filter((c) => c).join(" | "), cells });
      continue;
    }
    if (tag === "img") {
      continue;
    }
    if (BLOCK_TAGS.has(tag)) flush();
    if (/^h[1-6]$/.test(tag)) {
      kind = "heading";
      level = Number(tag[1]);
    } else if (tag === "li") {
      kind = "list-item";
      const counter = listCounters[listCounters.length - 1];
      if (counter) counter.n++;
      marker = counter?.ordered ? `${counter.n}.` : "•";
    } else if (tag === "ul" || tag === "ol") {
      listCounters.push({ ordered: tag === "ol", n: Number($(node).attr("start") ?? 1) - 1 });
    } else if (tag === "blockquote") {
      quoteDepth++;
    }
    stack.push({ node, exit: true });
    const kids = node.children;
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i]!, exit: false });
  }
  flush();
  return { blocks, meta: meta ?? emptyMeta() };
}
