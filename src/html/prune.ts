/**
 * Before parsing: empty the elements the reader never reads. A saved news
 * page is two-thirds scripts, styles, menus, footers and icons; parsing them
 * into a tree only for the walk to pass over them cost about half of reading
 * the page. This pass cuts their content out of the HTML string, leaving
 * each element's own tags, so the parser builds the same tree around an
 * empty element.
 *
 * "The same tree" is the rule, and the pass follows htmlparser2 (the parser
 * cheerio/slim uses) to keep it: where tags start and end (attribute quoting,
 * comments, declarations, raw-text elements), which closing tag ends an
 * element, the tags that close an open element implicitly, and SVG/MathML's
 * self-closing tags. An element whose content could reach outside it (a
 * closing tag it did not open, a foreign-content switch left on) is kept
 * whole. `test/html/prune.test.ts` checks the rule on random pages.
 */

import { detached } from "../util/memo.js";

/** Elements never read as content: the reader passes over each one whole (html/blocks.ts). */
export const DROP_TAGS: ReadonlySet<string> = new Set([
  "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas", "form", "button", "select",
  "input", "textarea", "nav", "footer", "aside", "figcaption", "dialog", "menu", "head", "title", "link", "meta",
]);

/**
 * The dropped elements whose content is cut before parsing. Not cut: the head
 * and the title (the page's meta tags and title are read from them), void
 * elements (no content) and the form controls (the parser closes a button or
 * select itself when another control opens, so their ends are the parser's to find).
 * A script is cut unless its tag names JSON (JSON-LD is read).
 */
const PRUNED = new Set(["script", "style", "noscript", "template", "iframe", "object", "svg", "canvas", "form", "nav", "footer", "aside", "figcaption", "dialog", "menu"]);

/** htmlparser2's void elements: never on its stack of open elements. */
const VOID = new Set([
  "area", "base", "basefont", "br", "col", "command", "embed", "frame", "hr", "img", "input", "isindex", "keygen", "link", "meta", "param", "source", "track", "wbr",
]);

/** htmlparser2's implied closes: opening the key closes the open element on top while it is one of these. */
const P = ["p"];
const FORM = ["input", "option", "optgroup", "select", "button", "datalist", "textarea"];
const IMPLIES_CLOSE = new Map<string, ReadonlySet<string>>(
  (
    [
      ["tr", ["tr", "th", "td"]], ["th", ["th"]], ["td", ["thead", "th", "td"]], ["body", ["head", "link", "script"]], ["li", ["li"]],
      ["p", P], ["h1", P], ["h2", P], ["h3", P], ["h4", P], ["h5", P], ["h6", P],
      ["select", FORM], ["input", FORM], ["output", FORM], ["button", FORM], ["datalist", FORM], ["textarea", FORM],
      ["option", ["option"]], ["optgroup", ["optgroup", "option"]], ["dd", ["dt", "dd"]], ["dt", ["dt", "dd"]],
      ["address", P], ["article", P], ["aside", P], ["blockquote", P], ["details", P], ["div", P], ["dl", P], ["fieldset", P],
      ["figcaption", P], ["figure", P], ["footer", P], ["form", P], ["header", P], ["hr", P], ["main", P], ["nav", P],
      ["ol", P], ["pre", P], ["section", P], ["table", P], ["ul", P], ["rt", ["rt", "rp"]], ["rp", ["rt", "rp"]],
      ["tbody", ["thead", "tbody"]], ["tfoot", ["thead", "tbody"]],
    ] as [string, string[]][]
  ).map(([k, v]) => [k, new Set(v)]),
);

/** Foreign content (self-closing tags close) and the elements inside it that switch back to HTML. */
export const FOREIGN: ReadonlySet<string> = new Set(["svg", "math"]);
const INTEGRATION = new Set(["mi", "mo", "mn", "ms", "mtext", "annotation-xml", "foreignobject", "desc", "title"]);

/** The raw-text elements of htmlparser2's tokenizer: their text runs to the first `</name` followed by `>` or white space. */
const RAW_TEXT = ["script", "style", "title", "textarea", "xmp"];

/** Bounds on a hostile page: past them the page is left as it is (the nesting guard in flatten.ts deals with it). */
const MAX_OPEN = 2000;
const MAX_FOREIGN = 1000;

const IS_VOID = 1;
const IS_FOREIGN = 2;
const IS_INTEGRATION = 4;
const IS_PRUNED = 8;

/** A tag name as the parser has it (lower case), what it is, and what opening it closes. */
interface TagName {
  name: string;
  flags: number;
  closes: ReadonlySet<string> | undefined;
}

function tagName(name: string): TagName {
  const flags =
    (VOID.has(name) ? IS_VOID : 0) | (FOREIGN.has(name) ? IS_FOREIGN : 0) | (INTEGRATION.has(name) ? IS_INTEGRATION : 0) | (PRUNED.has(name) ? IS_PRUNED : 0);
  return { name, flags, closes: IMPLIES_CLOSE.get(name) };
}

/**
 * Tag names met so far, by a hash of their letters folded to lower case: a
 * page repeats a few dozen names, and looking each up without cutting it out
 * of the page (and lowercasing the copy) is most of this pass's saving.
 */
const names = new Map<number, TagName>();

/** The name of the tag whose name runs from `from` to `to`: what `html.slice(from, to).toLowerCase()` gives, with its flags. */
function nameAt(html: string, from: number, to: number): TagName {
  let h = to - from;
  for (let i = from; i < to; i++) {
    let c = html.charCodeAt(i);
    if (c >= 128) return tagName(html.slice(from, to).toLowerCase()); // toLowerCase's own rules beyond ASCII
    if (c >= 65 && c <= 90) c += 32;
    h = (Math.imul(h, 31) + c) | 0;
  }
  const key = h & 0x3fffffff;
  const known = names.get(key);
  if (known && sameName(html, from, to, known.name)) return known;
  // (a detached copy: a long name cut from the page would keep the whole page alive in the table)
  const made = tagName(detached(html.slice(from, to).toLowerCase()));
  if (!known && names.size < 4096) names.set(key, made);
  return made;
}

/** Whether `html` from `from` to `to` is `name` with ASCII letters folded to lower case. */
function sameName(html: string, from: number, to: number, name: string): boolean {
  if (to - from !== name.length) return false;
  for (let k = 0; k < name.length; k++) {
    let c = html.charCodeAt(from + k);
    if (c >= 65 && c <= 90) c += 32;
    if (c !== name.charCodeAt(k)) return false;
  }
  return true;
}

function isWhite(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 12 || c === 13;
}

function isAlpha(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/** Whether `html` holds `name` (lower case, ASCII) at `at`, letters compared as the tokenizer does (`| 0x20`). */
function namedAt(html: string, at: number, name: string): boolean {
  if (at + name.length > html.length) return false;
  for (let k = 0; k < name.length; k++) if ((html.charCodeAt(at + k) | 0x20) !== name.charCodeAt(k)) return false;
  return true;
}

/** The raw-text element a tag name is to the tokenizer (its name exactly, in any case), else undefined. */
function rawTextName(html: string, from: number, to: number): string | undefined {
  const len = to - from;
  if (len < 3 || len > 8) return undefined;
  for (const name of RAW_TEXT) if (name.length === len && namedAt(html, from, name)) return name;
  return undefined;
}

/** Where a raw-text element's text ends: the `<` of the first `</name` followed by `>` or white space; -1 for none. */
function rawTextEnd(html: string, name: string, from: number): number {
  for (let j = html.indexOf("</", from); j >= 0; j = html.indexOf("</", j + 1)) {
    if (namedAt(html, j + 2, name)) {
      const c = html.charCodeAt(j + 2 + name.length);
      if (c === 62 || isWhite(c)) return j;
    }
  }
  return -1;
}

/** An open tag read from its `<`: where it ends (past its `>`), whether it self-closes, and where its name ends. */
interface OpenTag {
  end: number;
  selfClosing: boolean;
}

/**
 * The end of an open tag whose name ends at `i`, read as the tokenizer's
 * attribute states read it (a quote opens a value only right after "=";
 * an unquoted value runs to white space or ">"; "/" then ">" self-closes,
 * white space between them allowed). Null when the page ends inside it.
 */
function readOpenTag(html: string, i: number): OpenTag | null {
  const n = html.length;
  // 0 before an attribute name, 1 in a name, 2 after a name, 3 before a value, 4 "/" seen
  let state = 0;
  while (i < n) {
    const c = html.charCodeAt(i);
    switch (state) {
      case 0:
        if (c === 62) return { end: i + 1, selfClosing: false };
        if (c === 47) state = 4;
        else if (!isWhite(c)) state = 1;
        i++;
        break;
      case 1:
        if (c === 61) {
          state = 3;
          i++;
        } else if (c === 47 || c === 62 || isWhite(c)) state = 2;
        else i++;
        break;
      case 2:
        if (c === 61) state = 3;
        else if (c === 47 || c === 62) {
          state = 0;
          continue;
        } else if (!isWhite(c)) state = 1;
        i++;
        break;
      case 3:
        if (c === 34 || c === 39) {
          const close = html.indexOf(c === 34 ? '"' : "'", i + 1);
          if (close < 0) return null;
          i = close + 1;
          state = 0;
        } else if (!isWhite(c)) {
          // an unquoted value: to white space or ">" (this character read again: "<a href=>" ends here)
          let j = i;
          while (j < n) {
            const d = html.charCodeAt(j);
            if (d === 62 || isWhite(d)) break;
            j++;
          }
          i = j;
          state = 0;
        } else i++;
        break;
      default:
        // after "/": ">" self-closes, white space waits, anything else is read again as before a name
        if (c === 62) return { end: i + 1, selfClosing: true };
        if (isWhite(c)) i++;
        else state = 0;
    }
  }
  return null;
}

/** An element whose content is being followed to its end, to be cut if that end is its own closing tag. */
interface Region {
  /** where the content starts (just past the opening tag) */
  start: number;
  /** the open elements inside it, the region's own first */
  open: string[];
  /** the foreign-content stack just after its opening tag */
  foreign: boolean[];
}

function sameStack(a: boolean[], b: boolean[]): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}

/**
 * `html` with the content of the elements in PRUNED cut out where the parser
 * would give the same tree around them (their tags kept); `html` itself when
 * nothing is cut.
 */
export function pruneUnread(html: string): string {
  const n = html.length;
  const cuts: number[] = []; // start, end pairs
  // htmlparser2's foreign-content stack (top last): pushed by an opening svg/math (true) or integration element (false), popped by any closing tag of those names
  const foreign: boolean[] = [false];
  let region: Region | null = null;
  let i = 0;
  while (i < n) {
    const lt = html.indexOf("<", i);
    if (lt < 0 || lt + 1 >= n) break;
    const c1 = html.charCodeAt(lt + 1);
    if (c1 === 33) {
      // "<!": a comment (its "-->" may share the opening's dashes), CDATA, or a declaration (the character after "<!" is never its end)
      let end: number;
      if (html.startsWith("<!--", lt)) {
        end = html.indexOf("-->", lt + 2);
        end = end < 0 ? -1 : end + 3;
      } else if (html.startsWith("<![", lt)) {
        let k = 0;
        while (k < 6 && html.charCodeAt(lt + 3 + k) === "CDATA[".charCodeAt(k)) k++;
        if (k === 6) {
          end = html.indexOf("]]>", lt + 9);
          end = end < 0 ? -1 : end + 3;
        } else {
          end = html.indexOf(">", lt + 3 + k);
          end = end < 0 ? -1 : end + 1;
        }
      } else {
        end = html.indexOf(">", html.charCodeAt(lt + 2) === 45 ? lt + 4 : lt + 3);
        end = end < 0 ? -1 : end + 1;
      }
      if (end < 0) break;
      i = end;
      continue;
    }
    if (c1 === 63) {
      // "<?": to the next ">"
      const end = html.indexOf(">", lt + 2);
      if (end < 0) break;
      i = end + 1;
      continue;
    }
    if (c1 === 47) {
      // "</": white space passed over, then a name to ">" or white space, then on to ">"
      let j = lt + 2;
      while (j < n && isWhite(html.charCodeAt(j))) j++;
      if (j >= n) break;
      const c = html.charCodeAt(j);
      if (c === 62) {
        i = j + 1;
        continue;
      }
      if (!isAlpha(c)) {
        const end = html.indexOf(">", j + 1);
        if (end < 0) break;
        i = end + 1;
        continue;
      }
      let k = j + 1;
      while (k < n) {
        const d = html.charCodeAt(k);
        if (d === 62 || isWhite(d)) break;
        k++;
      }
      if (k >= n) break;
      const end = html.indexOf(">", k);
      if (end < 0) break;
      i = end + 1;
      const tn = nameAt(html, j, k);
      if (tn.flags & (IS_FOREIGN | IS_INTEGRATION)) foreign.pop();
      if (region) region = closeIn(region, tn, lt, foreign, cuts);
      continue;
    }
    if (!isAlpha(c1)) {
      i = lt + 1;
      continue;
    }
    // an opening tag: its name to white space, "/" or ">"
    let k = lt + 2;
    while (k < n) {
      const d = html.charCodeAt(k);
      if (d === 47 || d === 62 || isWhite(d)) break;
      k++;
    }
    const tag = readOpenTag(html, k);
    if (!tag) break;
    i = tag.end;
    const tn = nameAt(html, lt + 1, k);
    const name = tn.name;
    const isVoid = (tn.flags & IS_VOID) !== 0;
    if (region) {
      // the parser's implied closes, within the region: one that would close the region's own element ends the watch
      const closes = tn.closes;
      const open = region.open;
      if (closes) {
        while (open.length > 1 && closes.has(open[open.length - 1]!)) open.pop();
        if (open.length === 1 && closes.has(open[0]!)) region = null;
      }
      if (region && !isVoid) {
        open.push(name);
        if (open.length > MAX_OPEN) region = null;
      }
    }
    if (!isVoid) {
      if (tn.flags & IS_FOREIGN) foreign.push(true);
      else if (tn.flags & IS_INTEGRATION) foreign.push(false);
      if (foreign.length > MAX_FOREIGN) return html;
    }
    // "/>" closes the element at once only in foreign content (the stack's top once this tag is on it)
    const closed = tag.selfClosing && foreign[foreign.length - 1] === true;
    if (closed && region && !isVoid && region.open[region.open.length - 1] === name) region.open.pop();
    const raw = tag.selfClosing ? undefined : rawTextName(html, lt + 1, k);
    if (raw !== undefined) {
      const end = rawTextEnd(html, raw, i);
      if (end < 0) break;
      // the closing tag is read by the loop
      if (!region && raw === name && prunable(html, tn, lt, tag.end) && end > i) cuts.push(i, end);
      i = end;
      continue;
    }
    if (!region && !closed && !isVoid && prunable(html, tn, lt, tag.end)) region = { start: tag.end, open: [name], foreign: foreign.slice() };
  }
  if (!cuts.length) return html;
  const out: string[] = [];
  let from = 0;
  for (let c = 0; c < cuts.length; c += 2) {
    out.push(html.slice(from, cuts[c]));
    from = cuts[c + 1]!;
  }
  out.push(html.slice(from));
  return out.join("");
}

/**
 * Whether an element's content may be cut: one in PRUNED, unless a script
 * whose tag mentions JSON (JSON-LD is read), or an aside holding a table
 * before its first closing tag (a fact box the reader may keep: see
 * html/blocks.ts factBox).
 */
function prunable(html: string, tn: TagName, from: number, to: number): boolean {
  if ((tn.flags & IS_PRUNED) === 0) return false;
  if (tn.name === "script") return !/json/i.test(html.slice(from, to));
  return tn.name !== "aside" || !asideHoldsTable(html, to);
}

/** How far into an aside a table is looked for (a fact box is short; a page of unclosed asides is not read to its end each time). */
const ASIDE_SCAN = 20000;

/** Whether "<table" comes before the first "</aside" after `from` (letters in any case). */
function asideHoldsTable(html: string, from: number): boolean {
  const end = Math.min(html.length, from + ASIDE_SCAN);
  for (let j = html.indexOf("<", from); j >= 0 && j < end; j = html.indexOf("<", j + 1)) {
    if (namedAt(html, j + 1, "table")) return true;
    if (html.charCodeAt(j + 1) === 47 && namedAt(html, j + 2, "aside")) return false;
  }
  return false;
}

/**
 * A closing tag read while a region is watched: pops the region's own open
 * elements as the parser would. The region's own closing tag cuts its
 * content (when the foreign-content stack is as it was), and a closing tag
 * for nothing opened inside it (which the parser would match outside) ends
 * the watch with nothing cut. The region still watched, or null.
 */
function closeIn(region: Region, tn: TagName, lt: number, foreign: boolean[], cuts: number[]): Region | null {
  if (tn.flags & IS_VOID) return region; // ignored, or "</br>" read as a <br> inside
  const open = region.open;
  const at = open.lastIndexOf(tn.name);
  if (at < 0) return null;
  if (at > 0) {
    open.length = at;
    return region;
  }
  // the region's own element closes here; the foreign-content stack, once its closing tag is read, must be as it would be after an empty element
  const expected = region.foreign.slice();
  if (tn.flags & (IS_FOREIGN | IS_INTEGRATION)) expected.pop();
  if (sameStack(foreign, expected) && lt > region.start) cuts.push(region.start, lt);
  return null;
}
