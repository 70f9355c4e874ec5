/**
 * A cheap, linear pre-scan of an HTML string that bounds its nesting depth
 * before parsing. Hostile or broken pages nest tens of thousands of
 * elements (or leave them unclosed); parsing such a tree and running
 * selectors over it takes tens of seconds. Beyond MAX_DEPTH open elements,
 * tags are dropped: block-level ones become a <br> so their texts stay
 * apart, inline ones vanish. Text is never dropped. Pages nested less deeply
 * are returned unchanged.
 */

import { FOREIGN } from "./prune.js";

export const MAX_DEPTH = 300;

/** Elements with no closing tag. */
const VOID = new Set([
  "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "keygen",
]);

/** Elements whose text is raw (copied through untouched). */
const RAW = new Set(["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext"]);

/** Elements that close themselves when a sibling opens: never counted as depth. */
const SELF_CLOSING_SIBLINGS = new Set(["p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "rt", "rp", "thead", "tbody", "tfoot"]);

const BLOCKISH = new Set([
  "div", "section", "article", "main", "header", "footer", "aside", "nav", "ul", "ol", "dl", "table", "blockquote",
  "figure", "form", "fieldset", "center", "details", "summary", "address", "pre", "h1", "h2", "h3", "h4", "h5", "h6",
]);

const TAG_NAME = /^<\/?([a-zA-Z][a-zA-Z0-9:-]{0,60})/;

/**
 * A tag name of up to 9 characters (the longest listed above) as a number, letters
 * folded to lower case: -1 for a longer name, which is in none of the lists. Lets
 * the scan below look a name up without cutting a string out of the page (cutting
 * and lowercasing names costs more than the rest of the scan on a two-byte page).
 */
function nameCode(s: string, from: number, to: number): number {
  if (to - from > 9) return -1;
  let code = 0;
  for (let i = from; i < to; i++) {
    let c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    // a-z as 1-26, 0-9 as 27-36, ":" as 37, "-" as 38: base 39, at most 39^9 (exact in a double)
    code = code * 39 + (c >= 97 ? c - 96 : c >= 48 && c <= 57 ? c - 21 : c === 58 ? 37 : 38);
  }
  return code;
}

/**
 * SVG and MathML: inside them "/>" closes an element. Outside them
 * htmlparser2 ignores "/>" (`<div/>` opens a div that stays open), except
 * that `<svg/>` and `<math/>` themselves switch foreign content on and
 * never off again: each such tag adds one to a stack the parser shifts onto
 * from the front, which is quadratic too.
 */
const FOREIGN_CODES = new Set([...FOREIGN].map((n) => nameCode(n, 0, n.length)));

/** The elements whose tags do not count as depth, by name code. */
const NOT_COUNTED = new Set([...VOID, ...SELF_CLOSING_SIBLINGS].map((n) => nameCode(n, 0, n.length)));
/** The raw-text elements by name code. */
const RAW_BY_CODE = new Map([...RAW].map((n) => [nameCode(n, 0, n.length), n]));

function isNameStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

function isNameChar(c: number): boolean {
  return isNameStart(c) || (c >= 48 && c <= 58) || c === 45;
}

/**
 * Where a raw element's text ends: the first `</name` at or after `from`,
 * letters compared without case, as an offset into `html` itself. Never search
 * a lowercased copy instead: "İ" (U+0130) lowercases to two characters, so
 * offsets found in such a copy drift past the real end on the original.
 * -1 when there is none.
 */
function rawEnd(html: string, name: string, from: number): number {
  const len = name.length;
  for (let j = html.indexOf("</", from); j >= 0; j = html.indexOf("</", j + 1)) {
    if (j + 2 + len > html.length) return -1;
    let k = 0;
    for (; k < len; k++) {
      let c = html.charCodeAt(j + 2 + k);
      if (c >= 65 && c <= 90) c += 32;
      else if (c === 0x212a) c = 107; // KELVIN SIGN lowercases to "k"
      if (c !== name.charCodeAt(k)) break;
    }
    if (k === len) return j;
  }
  return -1;
}

/**
 * The deepest nesting of non-void, non-self-closing elements, stopping once past `limit`.
 * Scans character codes: this runs over every page, so no per-tag slices or regexes.
 */
export function nestingDepth(html: string, limit = Infinity): number {
  let depth = 0;
  let max = 0;
  // open SVG/MathML elements and switches left on by `<svg/>` (see FOREIGN)
  let foreign = 0;
  let leaks = 0;
  let i = 0;
  const n = html.length;
  while (i < n) {
    const lt = html.indexOf("<", i);
    if (lt < 0) break;
    const c1 = html.charCodeAt(lt + 1);
    if (c1 === 33 || c1 === 63) {
      // "<!" or "<?": comment, doctype, CDATA, processing instruction
      i = skipSpecial(html, lt);
      continue;
    }
    const gt = html.indexOf(">", lt + 1);
    if (gt < 0) break;
    i = gt + 1;
    const closing = c1 === 47;
    // the tag name as /^<\/?([a-zA-Z][a-zA-Z0-9:-]{0,60})/ reads it within the tag's first 64 characters
    const from = closing ? lt + 2 : lt + 1;
    if (from >= gt || !isNameStart(html.charCodeAt(from))) continue;
    const stop = Math.min(gt, lt + 64, from + 61);
    let to = from + 1;
    while (to < stop && isNameChar(html.charCodeAt(to))) to++;
    const code = nameCode(html, from, to);
    if (NOT_COUNTED.has(code)) continue;
    const isForeign = FOREIGN_CODES.has(code);
    if (closing) {
      if (depth > 0) depth--;
      if (isForeign) {
        if (foreign > 0) foreign--;
        else if (leaks > 0) leaks--;
      }
      continue;
    }
    if (html.charCodeAt(gt - 1) === 47) {
      // "/>": `<svg/>` leaves foreign content on wherever it stands; any other element is closed inside SVG or MathML and stays open outside them (and is no raw text)
      if (isForeign) {
        if (++leaks > limit) return leaks;
        continue;
      }
      if (foreign > 0 || leaks > 0) continue;
    } else {
      if (isForeign) foreign++;
      const raw = RAW_BY_CODE.get(code);
      if (raw !== undefined) {
        // a script or style and its closing tag are skipped whole (its opening
        // tag was not counted, so its closing tag must not be either)
        const end = rawEnd(html, raw, gt + 1);
        const close = end < 0 ? -1 : html.indexOf(">", end);
        i = close < 0 ? n : close + 1;
        continue;
      }
    }
    depth++;
    if (depth > max) {
      max = depth;
      if (max > limit) return max;
    }
  }
  return max;
}

/** Comments, doctypes and CDATA: the index just past them, or `lt` when not one. */
function skipSpecial(html: string, lt: number): number {
  if (html.startsWith("<!--", lt)) {
    const end = html.indexOf("-->", lt + 4);
    return end < 0 ? html.length : end + 3;
  }
  if (html.startsWith("<!", lt) || html.startsWith("<?", lt)) {
    const end = html.indexOf(">", lt + 2);
    return end < 0 ? html.length : end + 1;
  }
  return lt;
}

/** Whether `s` holds fewer than `n` copies of the character `ch`. */
function fewerThan(s: string, ch: string, n: number): boolean {
  let count = 0;
  for (let at = s.indexOf(ch); at >= 0; at = s.indexOf(ch, at + 1)) if (++count >= n) return false;
  return true;
}

/** The page with its nesting bounded to `maxDepth`; unchanged when it already is. */
export function flattenDeepHtml(html: string, maxDepth = MAX_DEPTH): string {
  // every element that counts as depth opens with a "<": a page with no more "<" than
  // maxDepth cannot nest deeper, and counting them is far cheaper than reading the tags
  if (fewerThan(html, "<", maxDepth + 1) || nestingDepth(html, maxDepth) <= maxDepth) return html;
  const out: string[] = [];
  // Consecutive dropped block tags become one <br>.
  let lastBr = false;
  const br = () => {
    if (!lastBr) out.push("<br>");
    lastBr = true;
  };
  const stack: { name: string; dropped: boolean }[] = [];
  const open = new Map<string, number>();
  // as in nestingDepth: open SVG/MathML elements, and `<svg/>` switches left on
  let foreign = 0;
  let leaks = 0;
  let i = 0;
  const n = html.length;
  while (i < n) {
    const lt = html.indexOf("<", i);
    if (lt < 0) {
      out.push(html.slice(i));
      break;
    }
    if (lt > i) {
      const text = html.slice(i, lt);
      out.push(text);
      if (text.trim()) lastBr = false;
    }
    const skip = skipSpecial(html, lt);
    if (skip > lt) {
      out.push(html.slice(lt, skip));
      i = skip;
      continue;
    }
    const gt = html.indexOf(">", lt + 1);
    if (gt < 0) {
      out.push(html.slice(lt));
      break;
    }
    const tag = html.slice(lt, gt + 1);
    i = gt + 1;
    const m = TAG_NAME.exec(tag.length > 64 ? tag.slice(0, 64) : tag);
    if (!m) {
      out.push(tag);
      continue;
    }
    const name = m[1]!.toLowerCase();
    const closing = tag[1] === "/";
    const isForeign = FOREIGN.has(name);
    const selfClosing = tag.endsWith("/>");
    if (selfClosing && isForeign) {
      // `<svg/>` (see FOREIGN): the first maxDepth are kept, the rest (empty elements) dropped
      if (++leaks <= maxDepth) out.push(tag);
      continue;
    }
    if (VOID.has(name) || SELF_CLOSING_SIBLINGS.has(name) || (selfClosing && (foreign > 0 || leaks > 0))) {
      out.push(tag);
      continue;
    }
    if (isForeign) {
      if (!closing) foreign++;
      else if (foreign > 0) foreign--;
      else if (leaks > 0) leaks--;
    }
    if (closing) {
      if (!(open.get(name) ?? 0)) {
        // A stray closing tag: parsers ignore it, so may we.
        continue;
      }
      // Pop to the matching element, as a parser would.
      for (;;) {
        const top = stack.pop()!;
        open.set(top.name, (open.get(top.name) ?? 1) - 1);
        if (top.name === name) {
          if (!top.dropped) {
            out.push(tag);
            lastBr = false;
          } else if (BLOCKISH.has(name)) br();
          break;
        }
        if (!top.dropped) {
          out.push(`</${top.name}>`);
          lastBr = false;
        }
      }
      continue;
    }
    const dropped = stack.length >= maxDepth;
    if (dropped) {
      if (BLOCKISH.has(name)) br();
    } else {
      out.push(tag);
      lastBr = false;
    }
    if (RAW.has(name) && !selfClosing) {
      const end = rawEnd(html, name, gt + 1);
      const stop = end < 0 ? n : end;
      if (!dropped) out.push(html.slice(gt + 1, stop));
      if (end >= 0) {
        const close = html.indexOf(">", end);
        if (!dropped) out.push(html.slice(end, close < 0 ? n : close + 1));
        i = close < 0 ? n : close + 1;
      } else i = n;
      continue;
    }
    stack.push({ name, dropped });
    open.set(name, (open.get(name) ?? 0) + 1);
  }
  return out.join("");
}
