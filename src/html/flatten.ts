/**
 * A cheap, linear pre-scan of an HTML string that bounds its nesting depth
 * before parsing. Hostile or broken pages nest tens of thousands of
 * elements (or leave them unclosed); parsing such a tree and running
 * selectors over it takes tens of seconds. Beyond MAX_DEPTH open elements,
 * tags are dropped: block-level ones become a <br> so their texts stay
 * apart, inline ones vanish. Text is never dropped. Pages nested less deeply
 * are returned unchanged.
 */

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

/** The deepest nesting of non-void, non-self-closing elements, stopping once past `limit`. */
export function nestingDepth(html: string, limit = Infinity): number {
  let lower: string | null = null;
  let depth = 0;
  let max = 0;
  let i = 0;
  const n = html.length;
  while (i < n) {
    const lt = html.indexOf("<", i);
    if (lt < 0) break;
    const skip = skipSpecial(html, lt);
    if (skip > lt) {
      i = skip;
      continue;
    }
    const gt = html.indexOf(">", lt + 1);
    if (gt < 0) break;
    const m = TAG_NAME.exec(html.slice(lt, Math.min(gt + 1, lt + 64)));
    i = gt + 1;
    if (!m) continue;
    const name = m[1]!.toLowerCase();
    const closing = html[lt + 1] === "/";
    if (VOID.has(name) || SELF_CLOSING_SIBLINGS.has(name) || html[gt - 1] === "/") continue;
    if (closing) depth = Math.max(0, depth - 1);
    else {
      if (RAW.has(name)) {
        lower ??= html.toLowerCase();
        const end = lower.indexOf(`</${name}`, gt + 1);
        i = end < 0 ? n : end;
        continue;
      }
      depth++;
      if (depth > max) max = depth;
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

/** The page with its nesting bounded to `maxDepth`; unchanged when it already is. */
export function flattenDeepHtml(html: string, maxDepth = MAX_DEPTH): string {
  if (nestingDepth(html, maxDepth) <= maxDepth) return html;
  const lower = html.toLowerCase();
  const out: string[] = [];
  // Consecutive dropped block tags become one <br>.
  let lastBr = false;
  const br = () => {
    if (!lastBr) out.push("<br>");
    lastBr = true;
  };
  const stack: { name: string; dropped: boolean }[] = [];
  const open = new Map<string, number>();
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
    if (VOID.has(name) || SELF_CLOSING_SIBLINGS.has(name) || tag.endsWith("/>")) {
      out.push(tag);
      continue;
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
    if (RAW.has(name)) {
      const end = lower.indexOf(`</${name}`, gt + 1);
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
