/**
 * HTML -> text blocks. Parses with cheerio (`cheerio/slim`: htmlparser2 into
 * its DOM; fast, and it never runs scripts); no selector engine is needed,
 * the tree is walked by hand once. Drops page furniture (navigation, scripts,
 * cookie banners, share links, adverts, related posts, comments, footers,
 * captions), picks the main content, and walks it without recursion (pages
 * nested 50,000 levels deep must not overflow the stack) into headings,
 * paragraphs, list items, blockquotes and table rows.
 */
import type { AnyNode, Element } from "domhandler";
import type { PageMeta, RawBlock } from "../segment/types.js";
import { emptyMeta } from "../segment/types.js";
import { foldSpace, normaliseChars, trimmedLength } from "../blocks/normalise.js";
import { readMeta, type Collected } from "./meta.js";
import { flattenDeepHtml } from "./flatten.js";
import { parseHtml } from "./parse.js";
import { detached } from "../util/memo.js";

/** Elements that are never content. */
const DROP_TAGS = new Set([
  "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas", "form", "button", "select",
  "input", "textarea", "nav", "footer", "aside", "figcaption", "dialog", "menu", "head", "title", "link", "meta",
]);

/** Furniture recognised by a class or id fragment. */
const FURNITURE_NAMES =
  /cookie|consent|share|social|advert|sponsor|promo|related|sidebar|widget|comment|breadcrumb|newsletter|subscribe|site-header|site-footer|masthead|caption|most-read|most-popular|top-stories|read-more|readmore|skip-link|visually-hidden|sr-only|tags|pagination|author-bio|author-box|outbrain|taboola|recommended|trending|more-stories|more-from|nav-?bar|navigation/i;

function isFurniture(el: Element): boolean {
  const a = el.attribs;
  if (el.name === "header" && ((el.parent as Element | null)?.name === "body" || a["role"] === "banner")) return true;
  const role = a["role"];
  if (role === "navigation" || role === "contentinfo" || role === "complementary" || role === "banner") return true;
  if ("hidden" in a || a["aria-hidden"] === "true") return true;
  if (a["style"] && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(a["style"])) return true;
  const cls = a["class"] ?? "";
  const id = a["id"] ?? "";
  return ((classFlags(cls) | idFlags(id)) & FURNITURE) !== 0;
}

const CONTENT_CLASS = /entry-content|post-content|article-body|article__body|story-body|post-body|article-content/i;

// What a class or id attribute says. Pages built from one template repeat
// the same few class strings on every page, so each string is tested against
// the patterns once and remembered (in a bounded cache).
const FURNITURE = 1;
const CONTENT = 2;
const classCache = new Map<string, number>();
const idCache = new Map<string, number>();

/** FURNITURE and CONTENT bits for a class attribute. */
function classFlags(cls: string): number {
  if (!cls) return 0;
  let flags = classCache.get(cls);
  if (flags === undefined) {
    flags = 0;
    // (the advert pattern runs only on names holding "ad" or "dfp": most do not)
    if (FURNITURE_NAMES.test(cls) || (/ad|dfp/i.test(cls) && /(?:^|\s)(?:ad|ads|advert|ad-slot|ad-container|adslot|dfp)(?:\s|$)|\bad-(?:slot|container|unit|wrapper)/i.test(cls))) flags |= FURNITURE;
    if (CONTENT_CLASS.test(cls) || /(?:^|\s)content(?:\s|$)/.test(cls)) flags |= CONTENT;
    remember(classCache, cls, flags);
  }
  return flags;
}

/** FURNITURE bit for an id attribute. */
function idFlags(id: string): number {
  if (!id) return 0;
  let flags = idCache.get(id);
  if (flags === undefined) {
    flags = FURNITURE_NAMES.test(id) || /^ad[-_]/i.test(id) ? FURNITURE : 0;
    remember(idCache, id, flags);
  }
  return flags;
}

function remember(cache: Map<string, number>, key: string, flags: number): void {
  if (key.length > 200) return; // a hostile page's giant attribute is not kept
  if (cache.size >= 5000) cache.clear();
  cache.set(detached(key), flags);
}

const BLOCK_TAGS = new Set([
  "p", "div", "section", "article", "main", "header", "li", "ul", "ol", "dl", "dt", "dd",
  "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "thead", "tbody", "tfoot",
  "tr", "td", "th", "caption", "figure", "address", "hr", "body", "html", "center", "details", "summary",
]);

/** A block's text pieces joined into lines, a new line at each <br> (null). */
function linesOf(pieces: (string | null)[]): string[] {
  const first = pieces[0];
  if (pieces.length === 1 && typeof first === "string") return [first];
  const lines: string[] = [];
  let line: string[] = [];
  for (const p of pieces) {
    if (p === null) {
      lines.push(line.join(""));
      line = [];
    } else line.push(p);
  }
  lines.push(line.join(""));
  return lines;
}

/** The level of a heading element (h1-h6), else undefined: by character code, as this runs on every element visit. */
function headingLevel(tag: string): number | undefined {
  if (tag.length !== 2 || tag.charCodeAt(0) !== 104) return undefined; // "h"
  const d = tag.charCodeAt(1) - 48;
  return d >= 1 && d <= 6 ? d : undefined;
}

const TYPED_BULLET = /^([•●▪◦‣∙·]|[-–—*])\s+(?=\S)/;

const READ_MORE = /^(?:read more|read next|related|see also|more on this|top stories|most read|advertisement|sponsored)\b/i;

export interface HtmlResult {
  blocks: RawBlock[];
  meta: PageMeta;
}

function isElement(node: AnyNode): node is Element {
  return node.type === "tag" || node.type === "script" || node.type === "style";
}

interface Walked extends Collected {
  articles: Element[];
  mains: Element[];
  contents: Element[];
  h1s: Element[];
  body: Element | null;
  /** elements never read: furniture and non-content tags */
  removed: Set<AnyNode>;
}

/** One iterative walk over the whole tree: what the reader needs, and what it drops. */
function walkOnce(root: AnyNode): Walked {
  const w: Walked = { metas: [], titles: [], ldJson: [], times: [], articles: [], mains: [], contents: [], h1s: [], body: null, removed: new Set() };
  const furniture: Element[] = [];
  const stack: AnyNode[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (!isElement(node)) {
      if (node.type === "root") {
        const kids = (node as unknown as { children: AnyNode[] }).children;
        for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
      }
      continue;
    }
    const name = node.name; // (htmlparser2 gives element names in lower case)
    if (name === "meta") w.metas.push(node);
    else if (name === "title") w.titles.push(node);
    else if (name === "script" && /ld\+json/i.test(node.attribs["type"] ?? "")) w.ldJson.push(node);
    else if (name === "time") w.times.push(node);
    else if (name === "body" && !w.body) w.body = node;
    if (DROP_TAGS.has(name)) {
      w.removed.add(node);
      if (name !== "head") continue;
    } else if (name !== "html" && name !== "body" && isFurniture(node)) {
      furniture.push(node);
    }
    if (name === "article") w.articles.push(node);
    else if (name === "main" || node.attribs["role"] === "main") w.mains.push(node);
    else if (name === "h1") w.h1s.push(node);
    if ((classFlags(node.attribs["class"] ?? "") & CONTENT) !== 0 || node.attribs["itemprop"] === "articleBody" || node.attribs["id"] === "content") {
      w.contents.push(node);
    }
    const kids = node.children;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  // Furniture matches by class name, and a wrapper's class can be
  // "has-sidebar": never drop what holds most of the page's text.
  const bodyLen = furniture.length ? visibleLength(w.body ?? root, w.removed) : 0;
  for (const el of furniture) {
    if (el.name === "main" || el.name === "article") continue;
    if (insideRemoved(el, w.removed)) continue;
    if (visibleLength(el, w.removed) > bodyLen * 0.5) continue;
    w.removed.add(el);
  }
  return w;
}

function insideRemoved(node: AnyNode, removed: Set<AnyNode>): boolean {
  for (let p: AnyNode | null = node, n = 0; p && n < 2000; p = p.parent as AnyNode | null, n++) if (removed.has(p)) return true;
  return false;
}

/** Length of the text a subtree shows, skipping removed elements. */
function visibleLength(root: AnyNode, removed: Set<AnyNode>): number {
  let len = 0;
  const stack: AnyNode[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (removed.has(node)) continue;
    if (node.type === "text") len += trimmedLength((node as unknown as { data: string }).data);
    else if ("children" in node) {
      const kids = (node as unknown as { children: AnyNode[] }).children;
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
    }
  }
  return len;
}

/** Text of a subtree, iteratively, skipping removed elements; <br> becomes a newline. */
function subtreeText(root: AnyNode, removed: Set<AnyNode>): string {
  const out: string[] = [];
  const stack: AnyNode[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (removed.has(node)) continue;
    if (node.type === "text") out.push((node as unknown as { data: string }).data);
    else if (isElement(node)) {
      if (node.name === "br") out.push("\n");
      const kids = node.children;
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
    }
  }
  return out.join("");
}

/** The element holding the main text: the longest article, else main, else a content wrapper, else the body. */
function mainRoot(w: Walked, root: AnyNode): AnyNode {
  return longestOf(w.articles, w.removed) ?? longestOf(w.mains, w.removed) ?? longestOf(w.contents, w.removed) ?? w.body ?? root;
}

/** Of the first 200 elements (not removed), the one showing the most text, when that is over 200 characters. */
function longestOf(els: Element[], removed: Set<AnyNode>): Element | null {
  let best: Element | null = null;
  let bestLen = 0;
  const n = Math.min(els.length, 200);
  for (let i = 0; i < n; i++) {
    const el = els[i]!;
    if (insideRemoved(el, removed)) continue;
    const len = visibleLength(el, removed);
    if (len > bestLen) {
      best = el;
      bestLen = len;
    }
  }
  return bestLen > 200 ? best : null;
}

function isInside(node: AnyNode, ancestor: AnyNode): boolean {
  for (let p: AnyNode | null = node, n = 0; p && n < 2000; p = p.parent as AnyNode | null, n++) if (p === ancestor) return true;
  return false;
}

/**
 * The blocks being read from the main text: the current block's text pieces
 * (null stands for a <br>, which ends a line) and what kind of block they
 * make. A class rather than closures over htmlToBlocks' variables: one shape,
 * nothing made per page but the instance.
 */
class BlockReader {
  blocks: RawBlock[] = [];
  buf: (string | null)[] = [];
  kind: RawBlock["kind"] = "paragraph";
  level: number | undefined = undefined;
  marker: string | undefined = undefined;
  quoteDepth = 0;

  flush(): void {
    if (!this.buf.length) return;
    const pieces = this.buf;
    this.buf = [];
    // (a newline in the source is white space like any other: folding makes it a space)
    for (const line of linesOf(pieces)) {
      const text = foldSpace(line);
      if (!text) continue;
      const kind = this.kind;
      if (kind === "paragraph" && text.length < 200 && READ_MORE.test(text)) continue;
      let blockKind: RawBlock["kind"] = this.quoteDepth > 0 && kind === "paragraph" ? "blockquote" : kind;
      let blockText = text;
      let marker = this.marker;
      // A bullet typed into a paragraph ("<p>• Staff are well trained</p>") is a list item.
      const typed = blockKind === "paragraph" ? TYPED_BULLET.exec(text) : null;
      if (typed) {
        blockKind = "list-item";
        marker = typed[1]!;
        blockText = text.slice(typed[0].length);
      }
      const b: RawBlock = { kind: blockKind, text: blockText };
      if (this.level) b.level = this.level;
      if (marker) b.marker = marker;
      this.blocks.push(b);
      // only the first line of a list item carries its marker
      if (kind === "list-item") this.kind = "paragraph";
      this.marker = undefined;
    }
  }
}

export function htmlToBlocks(html: string): HtmlResult {
  // cheerio/slim parses with htmlparser2 (no script runs); the walk then reads its DOM directly.
  const docRoot = parseHtml(flattenDeepHtml(normaliseChars(html)));
  const w = walkOnce(docRoot);
  const meta = readMeta(w);
  const root = mainRoot(w, docRoot);
  const r = new BlockReader();
  const blocks = r.blocks;

  // The headline may stand outside the article element (in a page header).
  let h1Inside: Element | undefined;
  let h1First: Element | undefined;
  for (const h of w.h1s) {
    if (insideRemoved(h, w.removed)) continue;
    h1First ??= h;
    if (isInside(h, root)) {
      h1Inside = h;
      break;
    }
  }
  const h1 = h1Inside ?? h1First;
  // (read only when needed: a headline inside the main text is read with it, and the title may be known)
  if (h1 && (!h1Inside || !meta.title)) {
    const headline = foldSpace(subtreeText(h1, w.removed));
    if (!h1Inside && headline) blocks.push({ kind: "heading", text: headline, level: 1 });
    if (!meta.title && headline) meta.title = headline;
  }

  const listCounters: { ordered: boolean; n: number }[] = [];

  // An explicit stack (pages nest deeply); each element is visited on the way in and on the way out.
  const nodes: AnyNode[] = [root];
  const exits: boolean[] = [false];
  while (nodes.length) {
    const node = nodes.pop()!;
    const exit = exits.pop()!;
    if (node.type === "text") {
      r.buf.push((node as unknown as { data: string }).data);
      continue;
    }
    if (node.type === "root") {
      const kids = (node as unknown as { children: AnyNode[] }).children;
      for (let i = kids.length - 1; i >= 0; i--) {
        nodes.push(kids[i]!);
        exits.push(false);
      }
      continue;
    }
    if (!isElement(node) || w.removed.has(node)) continue;
    // (htmlparser2 gives element names in lower case)
    const tag = node.name;
    const heading = headingLevel(tag);
    if (exit) {
      if (tag === "ul" || tag === "ol") listCounters.pop();
      if (tag === "blockquote") {
        r.flush();
        r.quoteDepth--;
      } else if (BLOCK_TAGS.has(tag)) r.flush();
      if (heading !== undefined || tag === "li" || tag === "dt") {
        r.kind = "paragraph";
        r.level = undefined;
        // an empty item used no marker: it must not pass to the next block
        r.marker = undefined;
      }
      continue;
    }
    if (tag === "br") {
      r.buf.push(null);
      continue;
    }
    if (tag === "tr") {
      r.flush();
      tableRow(node, w.removed, blocks);
      continue;
    }
    if (tag === "img") {
      continue;
    }
    if (BLOCK_TAGS.has(tag)) r.flush();
    if (heading !== undefined) {
      r.kind = "heading";
      r.level = heading;
    } else if (tag === "li") {
      r.kind = "list-item";
      const counter = listCounters[listCounters.length - 1];
      if (counter) counter.n++;
      r.marker = counter?.ordered ? `${counter.n}.` : "•";
    } else if (tag === "ul" || tag === "ol") {
      const start = Number(node.attribs["start"] ?? 1);
      listCounters.push({ ordered: tag === "ol", n: (Number.isFinite(start) ? start : 1) - 1 });
    } else if (tag === "blockquote") {
      r.quoteDepth++;
    }
    nodes.push(node);
    exits.push(true);
    const kids = node.children;
    for (let i = kids.length - 1; i >= 0; i--) {
      nodes.push(kids[i]!);
      exits.push(false);
    }
  }
  r.flush();
  return { blocks, meta: meta ?? emptyMeta() };
}

/** A table row's cells (td, th) as one block, unless all are empty. */
function tableRow(tr: Element, removed: Set<AnyNode>, blocks: RawBlock[]): void {
  const cells: string[] = [];
  let filled = 0;
  for (const c of tr.children) {
    if (isElement(c) && (c.name === "td" || c.name === "th") && !removed.has(c)) {
      const t = foldSpace(subtreeText(c, removed));
      cells.push(t);
      if (t) filled++;
    }
  }
  if (filled === 0) return;
  const text = filled === cells.length ? cells.join(" | ") : cells.filter(Boolean).join(" | ");
  blocks.push({ kind: "table-row", text, cells });
}
