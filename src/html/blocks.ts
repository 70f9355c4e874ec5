/**
 * HTML -> text blocks. Parses with cheerio (`cheerio/slim`: htmlparser2 into
 * its DOM; fast, and it never runs scripts); no selector engine is needed,
 * the tree is walked by hand once. Drops page furniture (navigation, scripts,
 * cookie banners, share links, adverts, related posts, comments, footers,
 * captions), picks the main content, and walks it without recursion (pages
 * nested 50,000 levels deep must not overflow the stack) into headings,
 * paragraphs, list items, blockquotes and table rows.
 */
import type { AnyNode, Element, ParentNode } from "domhandler";
import type { PageMeta, RawBlock } from "../segment/types.js";
import { emptyMeta } from "../segment/types.js";
import { foldSpace, isBlank, normaliseChars, trimmedLength } from "../blocks/normalise.js";
import { readMeta, textOf, type Collected } from "./meta.js";
import { flattenDeepHtml } from "./flatten.js";
import { DROP_TAGS, pruneUnread } from "./prune.js";
import { parseHtml } from "./parse.js";
import { detached } from "../util/memo.js";

/** Furniture recognised by a class or id fragment. */
const FURNITURE_NAMES =
  /cookie|consent|share|social|advert|sponsor|promo|related|sidebar|widget|comment|breadcrumb|newsletter|subscribe|site-header|site-footer|masthead|caption|most-read|most-popular|top-stories|read-more|readmore|skip-link|visually-hidden|sr-only|tags|pagination|author-bio|author-box|outbrain|taboola|recommended|trending|more-stories|more-from|nav-?bar|navigation|pull-?quote/i;

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
  "tr", "td", "th", "caption", "figure", "address", "hr", "body", "html", "center", "details", "summary", "aside",
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
/** The characters TYPED_BULLET starts with: a line that starts otherwise (most) is not tried. */
const BULLET_FIRST = new Set([..."•●▪◦‣∙·-–—*"].map((c) => c.charCodeAt(0)));

const READ_MORE = /^(?:read more|read next|related|see also|more on this|top stories|most read|advertisement|sponsored)\b/i;
/**
 * A bare label over a list of links to other stories ("Related stories",
 * "Most read"): kept, unlike an inline "Read more: …" promo, so that the
 * extractors know the lines below it are other stories' headlines.
 */
const LINK_LIST_LABEL = /^(?:related(?: (?:stories|articles|content|news|links|reading))?|most read|top stories|more on this(?: story)?)\s?:?$/i;
/** Whether READ_MORE may match `text`: its first letter (`| 32`: in lower case) starts one of the phrases. */
function mayReadMore(text: string): boolean {
  const c = text.charCodeAt(0) | 32;
  return c === 114 || c === 115 || c === 109 || c === 116 || c === 97; // r s m t a
}

/** An image's alt text this long or longer may be read (icons, logos and photo captions are shorter, or name no rating). */
const ALT_MIN = 60;
/** The rating words of the inspectorate's scale, with a capital as a chart labels them. */
const ALT_RATING = /\b(?:Outstanding|Good|Requires improvement|Inadequate)\b/g;

/**
 * Whether an image's alt text states ratings ("Ratings chart: Leadership
 * Good, Staff Good, …"): three or more of the scale's words. A photograph's
 * description ("Staff outside the office") names none.
 */
function ratedAlt(alt: string): boolean {
  if (!alt.includes("Good") && !alt.includes("Outstanding") && !alt.includes("Inadequate") && !alt.includes("Requires")) return false;
  let n = 0;
  ALT_RATING.lastIndex = 0;
  while (ALT_RATING.exec(alt)) if (++n >= 3) return true;
  return false;
}

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
  /** furniture dropped (the DROP_TAGS elements are known by their names: see isRemoved) */
  removed: Set<AnyNode>;
}

/** An element never read: a DROP_TAGS element (but a fact box), or furniture in `removed`. */
function isRemoved(node: AnyNode, removed: Set<AnyNode>): boolean {
  return isElement(node) && (DROP_TAGS.has(node.name) ? !FACT_BOXES.has(node) : removed.has(node));
}

/** The asides read as fact boxes (see factBox), found by walkOnce. */
const FACT_BOXES = new WeakSet<AnyNode>();

/**
 * An aside inside the article that holds a table ("At a glance: how the
 * service was rated", a table of standards and ratings): the story's own
 * facts, read like the text around it. An aside elsewhere (a sidebar of other
 * stories) stays dropped, and one whose class or role says furniture is
 * dropped as furniture.
 */
function factBox(el: Element): boolean {
  let inArticle = false;
  for (let p = el.parent, n = 0; p && n < 200; p = p.parent, n++) {
    if (!isElement(p)) break;
    if (p.name === "article" || (classFlags(p.attribs["class"] ?? "") & CONTENT) !== 0 || p.attribs["itemprop"] === "articleBody") {
      inArticle = true;
      break;
    }
  }
  if (!inArticle) return false;
  // a table below it (a bounded walk: a fact box is small)
  let n = 0;
  for (let node: AnyNode | null = firstChild(el); node && n < 2000; n++) {
    if (isElement(node) && node.name === "table") return true;
    node = firstChild(node) ?? after(node, el);
  }
  return false;
}

/**
 * The node after `node` in document order, its own children passed over,
 * inside `root`'s subtree; null past its end. The walks below follow the
 * tree's own links (first child, next sibling, parent): no recursion (pages
 * nest deeply) and no stack of nodes to fill.
 */
function after(node: AnyNode, root: AnyNode): AnyNode | null {
  for (let n = node; n !== root; n = n.parent!) if (n.next) return n.next;
  return null;
}

/** The first child of a node that has children (an element, the document, CDATA), else null. */
function firstChild(node: AnyNode): AnyNode | null {
  const kids = (node as Partial<ParentNode>).children;
  return kids && kids.length ? kids[0]! : null;
}

/** One walk over the whole tree: what the reader needs, and what it drops. */
function walkOnce(root: AnyNode): Walked {
  const w: Walked = { metas: [], titles: [], ldJson: [], times: [], articles: [], mains: [], contents: [], h1s: [], body: null, removed: new Set() };
  const furniture: Element[] = [];
  // The length of the text the body shows (visibleLength), counted on the way:
  // text seen outside a head, and where the body's subtree starts and ends.
  let shown = 0;
  let headEnd: AnyNode | null | undefined; // the node after the head being walked (undefined: not in a head)
  let bodyEnd: AnyNode | null | undefined; // the node after the body (undefined: no body yet)
  let bodyStart = 0;
  let bodyShown = -1;
  let bodyInHead = false;
  let node: AnyNode | null = root;
  while (node) {
    if (node === headEnd) headEnd = undefined;
    if (node === bodyEnd) bodyShown = shown - bodyStart;
    if (!isElement(node)) {
      if (node.type === "text") {
        if (headEnd === undefined) shown += trimmedLength((node as unknown as { data: string }).data);
        node = after(node, root);
      } else node = (node.type === "root" && firstChild(node)) || after(node, root);
      continue;
    }
    const name = node.name; // (htmlparser2 gives element names in lower case)
    if (name === "meta") w.metas.push(node);
    else if (name === "title") w.titles.push(node);
    else if (name === "script" && /ld\+json/i.test(node.attribs["type"] ?? "")) w.ldJson.push(node);
    else if (name === "time") w.times.push(node);
    else if (name === "body" && !w.body) {
      w.body = node;
      bodyStart = shown;
      bodyEnd = after(node, root);
      bodyInHead = headEnd !== undefined;
    }
    // (an aside is dropped unless it is a fact box)
    const kept = name === "aside" && factBox(node);
    if (kept) FACT_BOXES.add(node);
    if (!kept && DROP_TAGS.has(name)) {
      // (never read, as isRemoved tells by its name; the head is walked for its meta tags and title)
      if (name !== "head") {
        node = after(node, root);
        continue;
      }
      if (headEnd === undefined) headEnd = after(node, root);
    } else if (name !== "html" && name !== "body" && isFurniture(node) && !introducedQuote(node)) {
      furniture.push(node);
    }
    if (name === "article") w.articles.push(node);
    else if (name === "main" || node.attribs["role"] === "main") w.mains.push(node);
    else if (name === "h1") w.h1s.push(node);
    if ((classFlags(node.attribs["class"] ?? "") & CONTENT) !== 0 || node.attribs["itemprop"] === "articleBody" || node.attribs["id"] === "content") {
      w.contents.push(node);
    }
    node = firstChild(node) ?? after(node, root);
  }
  // Furniture matches by class name, and a wrapper's class can be
  // "has-sidebar": never drop what holds most of the page's text.
  // (a body inside a head, rare and broken, is measured by a walk of its own)
  let bodyLen = 0;
  if (furniture.length) {
    if (!w.body) bodyLen = shown;
    else if (bodyInHead) bodyLen = visibleLength(w.body, w.removed);
    else bodyLen = bodyShown >= 0 ? bodyShown : shown - bodyStart;
  }
  for (const el of furniture) {
    if (el.name === "main" || el.name === "article") continue;
    if (insideRemoved(el, w.removed)) continue;
    if (visibleLength(el, w.removed) > bodyLen * 0.5) continue;
    w.removed.add(el);
  }
  return w;
}

/**
 * A blockquote styled as a pull-quote but led into by the paragraph just
 * before it ("As the report puts it:"): a quotation the text reads on into,
 * not a pull-quote repeating a line of the story, so it is kept.
 */
function introducedQuote(el: Element): boolean {
  if (el.name !== "blockquote") return false;
  let prev = el.prev;
  while (prev && prev.type === "text" && isBlank((prev as unknown as { data: string }).data)) prev = prev.prev;
  if (!prev || !isElement(prev) || (prev.name !== "p" && prev.name !== "div")) return false;
  const lead = textOf(prev, 400).trimEnd();
  return lead.endsWith(":") && lead.length <= 300;
}

function insideRemoved(node: AnyNode, removed: Set<AnyNode>): boolean {
  for (let p: AnyNode | null = node, n = 0; p && n < 2000; p = p.parent as AnyNode | null, n++) if (isRemoved(p, removed)) return true;
  return false;
}

/** Length of the text a subtree shows, skipping removed elements. */
function visibleLength(root: AnyNode, removed: Set<AnyNode>): number {
  let len = 0;
  let node: AnyNode | null = root;
  while (node) {
    if (node.type === "text") len += trimmedLength((node as unknown as { data: string }).data);
    else if (!isRemoved(node, removed)) {
      const first = firstChild(node);
      if (first) {
        node = first;
        continue;
      }
    }
    node = after(node, root);
  }
  return len;
}

/** Text of a subtree, skipping removed elements; <br> becomes a newline. */
function subtreeText(root: AnyNode, removed: Set<AnyNode>): string {
  const out: string[] = [];
  let node: AnyNode | null = root;
  while (node) {
    if (node.type === "text") out.push((node as unknown as { data: string }).data);
    else if (isElement(node) && !isRemoved(node, removed)) {
      if (node.name === "br") out.push("\n");
      const first = firstChild(node);
      if (first) {
        node = first;
        continue;
      }
    }
    node = after(node, root);
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

/** Whether nothing but white space follows a node among its parent's children. */
function lastInParent(node: AnyNode): boolean {
  let n = 0;
  for (let next = node.next; next && n < 50; next = next.next, n++) {
    if (next.type === "text" ? !isBlank((next as unknown as { data: string }).data) : next.type !== "comment") return false;
  }
  return n < 50;
}

/**
 * Whether a <cite> closes the blockquote it stands in: the last thing in the
 * blockquote, or in the blockquote's last paragraph.
 */
function endsQuote(cite: Element): boolean {
  if (!lastInParent(cite)) return false;
  const parent = cite.parent;
  if (!parent || !isElement(parent)) return false;
  if (parent.name === "blockquote") return true;
  const grand = parent.parent;
  return parent.name === "p" && !!grand && isElement(grand) && grand.name === "blockquote" && lastInParent(parent);
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
  /** inside a blockquote's closing citation (<cite>): its line is no part of the quote */
  citing = false;
  listCounters: { ordered: boolean; n: number }[] = [];
  /** the <dd> whose text joins its term's line ("Staffing: Inadequate"), while it is pending */
  joinedDd: Element | null = null;

  constructor(readonly removed: Set<AnyNode>) {}

  /** A node on the way in: whether its children are read (its way out then comes to `leave`). */
  enter(node: AnyNode): boolean {
    if (node.type === "text") {
      this.text((node as unknown as { data: string }).data);
      return false;
    }
    if (node.type === "root") return true;
    if (!isElement(node) || isRemoved(node, this.removed)) return false;
    // (htmlparser2 gives element names in lower case)
    const tag = node.name;
    if (tag === "br") {
      this.buf.push(null);
      return false;
    }
    if (tag === "tr") {
      this.flush();
      // a layout table's row (an e-mail's columns) is read as the blocks it holds
      if (isLayoutRow(node)) return true;
      tableRow(node, this.removed, this.blocks);
      return false;
    }
    if (tag === "img") {
      // a chart's alt text that gives its ratings is the page's own statement of them: a block of its own
      const alt = node.attribs["alt"];
      if (alt && alt.length >= ALT_MIN && ratedAlt(alt)) {
        this.flush();
        const text = foldSpace(alt);
        if (text) this.blocks.push({ kind: "paragraph", text });
      }
      return false;
    }
    if (tag === "dd" && node === this.joinedDd) {
      // a term's value, joined to its line (see leave)
      this.joinedDd = null;
      return true;
    }
    if (BLOCK_TAGS.has(tag)) this.flush();
    const heading = headingLevel(tag);
    if (heading !== undefined) {
      this.kind = "heading";
      this.level = heading;
    } else if (tag === "li") {
      this.kind = "list-item";
      const counter = this.listCounters[this.listCounters.length - 1];
      if (counter) counter.n++;
      this.marker = counter?.ordered ? `${counter.n}.` : "•";
    } else if (tag === "ul" || tag === "ol") {
      const start = Number(node.attribs["start"] ?? 1);
      this.listCounters.push({ ordered: tag === "ol", n: (Number.isFinite(start) ? start : 1) - 1 });
    } else if (tag === "blockquote") {
      this.quoteDepth++;
    } else if (tag === "cite" && this.quoteDepth > 0 && !this.citing && endsQuote(node)) {
      // "<blockquote><p>…</p><cite>The report on …</cite></blockquote>": the citation is a line of its own
      this.flush();
      this.citing = true;
    }
    return true;
  }

  /** A node whose children were read, on the way out. */
  leave(node: AnyNode): void {
    if (!isElement(node)) return;
    const tag = node.name;
    if (tag === "ul" || tag === "ol") this.listCounters.pop();
    if (tag === "cite" && this.citing) {
      this.flush();
      this.citing = false;
    }
    if (tag === "blockquote") {
      this.flush();
      this.quoteDepth--;
    } else if (tag === "dt" && this.joinTerm(node)) {
      // the term waits for its value: one line "Staffing: Inadequate", as a table row or a typed list would give
    } else if (BLOCK_TAGS.has(tag)) this.flush();
    if (headingLevel(tag) !== undefined || tag === "li" || tag === "dt") {
      this.kind = "paragraph";
      this.level = undefined;
      // an empty item used no marker: it must not pass to the next block
      this.marker = undefined;
    }
  }

  /**
   * Whether a term (<dt>) just read joins the value (<dd>) right after it on
   * one line: a short term of one line, and a value of text and inline
   * elements only (a value of paragraphs or lists stays blocks of its own).
   * The separator ": " is added unless the term ends with a colon.
   */
  joinTerm(dt: Element): boolean {
    let next: AnyNode | null = dt.next;
    while (next && next.type === "text" && isBlank((next as unknown as { data: string }).data)) next = next.next;
    if (!next || !isElement(next) || next.name !== "dd" || isRemoved(next, this.removed)) return false;
    for (const c of next.children) if (isElement(c) && (BLOCK_TAGS.has(c.name) || c.name === "br")) return false;
    const buf = this.buf;
    let len = 0;
    for (const p of buf) {
      if (p === null) return false;
      len += p.length;
    }
    const term = foldSpace(buf.join(""));
    if (!term || len > 200 || term.length > 80) return false;
    buf.length = 0;
    buf.push(term.endsWith(":") ? term + " " : term + ": ");
    this.joinedDd = next;
    return true;
  }

  /** A text node's text. White space alone at the start of a line (between tags, most often) would be trimmed away: it is not kept. */
  text(s: string): void {
    const buf = this.buf;
    if ((buf.length === 0 || buf[buf.length - 1] === null) && isBlank(s)) return;
    buf.push(s);
  }

  flush(): void {
    if (!this.buf.length) return;
    const pieces = this.buf;
    this.buf = [];
    // (a newline in the source is white space like any other: folding makes it a space)
    for (const line of linesOf(pieces)) {
      const text = foldSpace(line);
      if (!text) continue;
      const kind = this.kind;
      if (kind === "paragraph" && text.length < 200 && mayReadMore(text) && READ_MORE.test(text) && !LINK_LIST_LABEL.test(text)) continue;
      let blockKind: RawBlock["kind"] = this.quoteDepth > 0 && kind === "paragraph" && !this.citing ? "blockquote" : kind;
      let blockText = text;
      let marker = this.marker;
      // A bullet typed into a paragraph ("<p>• Staff are well trained</p>") is a list item.
      const typed = blockKind === "paragraph" && BULLET_FIRST.has(text.charCodeAt(0)) ? TYPED_BULLET.exec(text) : null;
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
  return readPage(parseHtml(flattenDeepHtml(pruneUnread(normaliseChars(html)))));
}

/** The blocks and meta of a parsed page (the tree is only read, never changed). */
export function readPage(docRoot: AnyNode): HtmlResult {
  const w = walkOnce(docRoot);
  const meta = readMeta(w);
  const root = mainRoot(w, docRoot);
  const r = new BlockReader(w.removed);
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

  // Each element is visited on the way in and on the way out, by the tree's
  // own links (first child, next sibling, parent): no recursion (pages nest
  // deeply) and no stack of nodes to fill.
  let node: AnyNode = root;
  for (;;) {
    if (r.enter(node)) {
      const kids = (node as ParentNode).children;
      if (kids.length) {
        node = kids[0]!;
        continue;
      }
      r.leave(node);
    }
    // on to the next sibling, leaving each parent that has none
    while (node !== root && !node.next) {
      node = node.parent!;
      r.leave(node);
    }
    if (node === root) break;
    node = node.next!;
  }
  r.flush();
  return { blocks, meta: meta ?? emptyMeta() };
}

/** Block elements that, as a cell's child, make its row a layout row rather than data. */
const LAYOUT_CHILD = new Set(["table", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "center"]);
/** How many nodes of a cell are looked at for a paragraph break written as two <br>s. */
const BREAK_SCAN = 400;

/**
 * Whether a cell's text holds a paragraph break written as two <br>s in a row
 * (white space between them aside): an old page's or printer-friendly
 * version's article, laid out in one cell ("…<br><br>…"). A data cell holds
 * a value, at most lines of one.
 */
function hasParagraphBreak(cell: Element): boolean {
  let seen = 0;
  let lastBr = false;
  const stack: AnyNode[] = [...cell.children].reverse();
  while (stack.length && seen++ < BREAK_SCAN) {
    const n = stack.pop()!;
    if (isElement(n)) {
      if (n.name === "br") {
        if (lastBr) return true;
        lastBr = true;
        continue;
      }
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
      continue;
    }
    if (n.type === "text" && !isBlank((n as { data: string }).data)) lastBr = false;
  }
  return false;
}
const CELL_BLOCK = new Set(["p", "div", "ul", "ol", "blockquote"]);

/**
 * A layout table's row (an e-mail newsletter's frame, an old page's
 * article cell): a cell holding a nested table, a heading, a rule or a
 * centred masthead, two or more paragraphs, lists or divisions, or a
 * paragraph break written as "<br><br>".
 * A data cell with one paragraph ("<td><p>Good</p></td>") is data still.
 */
function isLayoutRow(tr: Element): boolean {
  for (const c of tr.children) {
    if (!isElement(c) || (c.name !== "td" && c.name !== "th")) continue;
    let blocks = 0;
    for (const k of c.children) {
      if (!isElement(k)) continue;
      if (LAYOUT_CHILD.has(k.name)) return true;
      if (CELL_BLOCK.has(k.name) && ++blocks >= 2) return true;
    }
    if (hasParagraphBreak(c)) return true;
  }
  return false;
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
