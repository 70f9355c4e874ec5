/**
 * Plain text -> blocks. Handles the shapes text arrives in: one paragraph a
 * line (copied from a web page), hard-wrapped at 70-80 columns with blank
 * lines between paragraphs, Markdown from a converter, and text pasted from a
 * PDF (page numbers, hyphenated line ends).
 */
import type { RawBlock } from "../segment/types.js";
import { firstNonSpaceCode, foldPlainSpaces, foldSpace, isAsciiLetter, isDigit, isSpace, normaliseChars, onlyPlainSpaces, trimPlainSpaces } from "./normalise.js";

const BULLET = /^\s*([•●◦▪▫‣∙·*\u2013\u2014-]|\d{1,3}[.)]|\(\d{1,3}\)|[a-z][.)]|\([a-z]\)|[ivx]{1,5}[.)])\s+(?=\S)/;
const MD_HEADING_START = /^ {0,3}(#{1,6})[ \t]+(?=\S)/;

/** The bullet characters BULLET accepts besides "*", "-", digits, "(" and letters. */
const BULLET_MARKS = [0x2022, 0x25cf, 0x25e6, 0x25aa, 0x25ab, 0x2023, 0x2219, 0xb7, 0x2013, 0x2014];

/**
 * Whether a line whose first non-space character is `c` can match BULLET: a
 * cheap test that spares running the pattern on most lines (prose lines
 * start with a capital).
 */
function mayStartBullet(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 40 || c === 42 || c === 45 || BULLET_MARKS.includes(c);
}

/**
 * mayStartBullet for the line's first non-space character, at `i`, looking
 * further when it is a small letter: BULLET then needs "a." or "a)", or
 * roman "iv." / "iv)" (the lines of wrapped prose start with a small letter,
 * and the pattern would otherwise be tried on each of them).
 */
function mayBeBullet(line: string, i: number): boolean {
  const c = line.charCodeAt(i);
  if (c < 97 || c > 122) return mayStartBullet(c);
  let j = i + 1;
  // [ivx]{1,5}: the whole run of them must be followed by "." or ")"
  if (c === 105 || c === 118 || c === 120) while (j < i + 5 && isRomanLetter(line.charCodeAt(j))) j++;
  return isDotOrParen(line.charCodeAt(i + 1)) || isDotOrParen(line.charCodeAt(j));
}

/** [ivx] */
function isRomanLetter(c: number): boolean {
  return c === 105 || c === 118 || c === 120;
}

/** [.)] */
function isDotOrParen(c: number): boolean {
  return c === 46 || c === 41;
}

/** `BULLET.test(line)`, tried only when the line's first characters allow it. */
function isBulletLine(line: string): boolean {
  let i = 0;
  while (i < line.length && isSpace(line.charCodeAt(i))) i++;
  return i < line.length && mayBeBullet(line, i) && BULLET.test(line);
}

/** A Markdown ATX heading: its level and text (closing #s removed), or null. */
function mdHeading(line: string): [number, string] | null {
  const m = MD_HEADING_START.exec(line);
  if (!m) return null;
  const text = line.slice(m[0].length).trimEnd().replace(/(?:^|\s)#{1,20}$/, "").trimEnd();
  return [m[1]!.length, text];
}
const PAGE_FURNITURE = /^\s*(?:page\s+\d+(?:\s+of\s+\d+)?|\d{1,4}|-\s*\d{1,4}\s*-)\s*$/i;

/**
 * Whether the first character after the indent is a "p", a digit or a "-", as in
 * every PAGE_FURNITURE line: a cheap test that spares the pattern on most lines.
 */
function mayBePageFurniture(line: string): boolean {
  const c = firstNonSpaceCode(line);
  return c === 112 || c === 80 || c === 45 || isDigit(c);
}

/** Any character stripInlineMarkdown looks for. */
const MARKDOWN_MARKERS = /[[*_`]/;

/**
 * Strip inline Markdown: links, emphasis, code. Each pattern runs only when its
 * marker character is in the text (most paragraphs have none); the replacements
 * only remove characters, so a marker absent at the start stays absent.
 */
function stripInlineMarkdown(s: string): string {
  // one scan for all the markers first: most paragraphs have none
  if (!MARKDOWN_MARKERS.test(s)) return s;
  if (s.includes("[")) {
    s = s
      .replace(/!\[([^\]]{0,500})\]\([^)]{0,2000}\)/g, "$1")
      .replace(/\[([^\]]{1,500})\]\([^)\s]{0,2000}(?:\s+"[^"]{0,200}")?\)/g, "$1");
  }
  if (s.includes("*") || s.includes("_")) {
    s = s
      .replace(/(\*\*|__)(?=\S)([^*_]{1,500}?)\1/g, "$2")
      .replace(/(^|[\s(])([*_])(?=\S)([^*_\n]{1,500}?)\2(?=[\s).,;:!?]|$)/g, "$1$3");
  }
  if (s.includes("`")) s = s.replace(/`([^`]{1,500})`/g, "$1");
  return s;
}

function isTableRow(s: string): boolean {
  const t = s.trim();
  return t.length >= 2 && t.startsWith("|") && t.endsWith("|");
}

function isTableRule(s: string): boolean {
  return s.length < 2000 && /^[\s|:-]+$/.test(s) && s.includes("--");
}

/**
 * A contents entry of a report pasted from its PDF: a dot leader and a page
 * number ("Foreword ........ 4"). Each stands alone, and none sets the wrap width.
 */
function isContentsLine(line: string): boolean {
  return isDigit(line.charCodeAt(line.length - 1)) && line.includes("....") && CONTENTS_LINE.test(line);
}
const CONTENTS_LINE = /\S \.{4,} ?\d{1,4}$/;

/** A bullet mark standing alone on its line, its item's text on the next ("•" / "Staff were…"): the mark, else null. */
function loneBulletMark(trimmed: string): string | null {
  return trimmed.length === 1 && BULLET_MARKS.includes(trimmed.charCodeAt(0)) && trimmed !== "\u2013" && trimmed !== "\u2014" ? trimmed : null;
}

/** A line with no space inside it: one word, number or mark ("Leadership", "1.1", "•"). */
function oneToken(line: string): boolean {
  return line.indexOf(" ", line.length - line.trimStart().length) < 0;
}

/** The lengths of a document's non-blank lines, for detectWrapWidth. */
let lineLengths = new Int32Array(1024);

/**
 * Decide whether paragraphs are hard-wrapped: most lines that run on into
 * another line are near one width. `width` is the wrap's (the longest line),
 * `common` the length nine lines in ten stay within (a long web address or
 * footer line leaves it alone).
 */
function detectWrapWidth(lines: string[]): { width: number; common: number } | null {
  // (lines have no trailing white space: a blank line is an empty one)
  const runOn: number[] = [];
  /** the longest line that runs on into another */
  let longestRunOn = 0;
  // (a typed array: its sort is numeric and native, no comparator called from JS;
  // one buffer reused by every call, grown when a document has more lines)
  if (lineLengths.length < lines.length) lineLengths = new Int32Array(Math.max(lines.length, 2 * lineLengths.length));
  const nonBlank = lineLengths;
  let nonBlankCount = 0;
  // whether line i and line i + 1 are text lines (not blank, not a bullet), each line tested once
  let textLine = lines.length > 0 && lines[0]!.length > 0 && !isBulletLine(lines[0]!) && !isContentsLine(lines[0]!);
  for (let i = 0; i < lines.length; i++) {
    const a = lines[i]!;
    if (a.length && (textLine || !isContentsLine(a))) nonBlank[nonBlankCount++] = a.length;
    const b = lines[i + 1];
    const nextTextLine = b !== undefined && b.length > 1 && !isBulletLine(b) && !isContentsLine(b);
    // (a line of one word or mark tells nothing of the wrap: a table flattened
    // one cell a line, "1.1" / "Leadership" / "Good", or a "•" standing alone)
    if (textLine && nextTextLine && !oneToken(a)) {
      runOn.push(a.length);
      if (a.length > longestRunOn) longestRunOn = a.length;
    }
    textLine = nextTextLine;
  }
  if (runOn.length < 2 || nonBlankCount === 0) return null;
  const sorted = nonBlank.subarray(0, nonBlankCount).sort();
  const p90 = sorted[Math.floor(sorted.length * 0.9)] ?? 0;
  if (p90 > 100 || p90 < 30) return null;
  const longRunOn = runOn.filter((n) => n >= p90 * 0.55).length;
  if (longRunOn / runOn.length < 0.5) return null;
  // A narrow column (a newspaper's, some 35 characters): the width is its longest
  // wrapped line's, not a longer line standing alone (a page header, a web address).
  return { width: p90 < 45 && longestRunOn < p90 * 1.25 ? longestRunOn : sorted[sorted.length - 1]!, common: p90 };
}

/** A line that starts a blog's or news page's trailing furniture (other posts, comment forms). */
const TRAILER = /^(?:related (?:posts?|articles|stories|content|reading)|you (?:may|might) also (?:like|be interested in)|more (?:posts|stories) (?:like this|from)\b.{0,40}|leave a (?:reply|comment)|post a comment|add a comment|\d{1,5} (?:comments?|responses?|replies)|comments?|recent posts)\s*:?$/i;

/** How every TRAILER line starts: a cheap test that spares compiling and running TRAILER on most blocks. */
const TRAILER_START = /^(?:related |you |more |leave |post |add |comment|recent |\d)/i;

/** Trailing furniture worth keeping as a signal of what the page is (its text names nothing). */
const TRAILER_KEEP = /^(?:related (?:posts?|articles|stories|content|reading)|you (?:may|might) also (?:like|be interested in)|leave a (?:reply|comment)|post a comment|add a comment|\d{1,5} (?:comments?|responses?|replies)|comments?|recent posts|share this(?: post| article| page)?|subscribe\b.{0,40}|.{0,40}\bposts sponsored by\b.{0,40}|your email address will not be published.{0,60}|get every (?:blog )?post by email.{0,30})\s*:?$/i;

/** A bare count of comments ("9 Comments"): the comments' heading below a post, but its meta line ("Posted on … | 9 Comments") above it. */
const COMMENT_COUNT = /^\d{1,5} (?:comments?|responses?|replies)\s*:?$/i;
/** A paragraph of body text ends a sentence. */
const BODY_END = /[.!?]["”’]?$/;

/**
 * Drop what follows a trailer line ("Related posts", "Leave a Reply") in the
 * last part of a document: other posts' headlines and comments are not the
 * document. The trailer lines themselves stay (they say what the page is).
 */
export function dropTrailer(blocks: RawBlock[]): RawBlock[] {
  const from = Math.max(3, Math.floor(blocks.length * 0.3));
  // whether a paragraph of body text has been seen: a bare comment count above the body is the post's meta line
  let body = false;
  for (let i = 0; i < blocks.length; i++) {
    const t = blocks[i]!.text;
    if (i >= from && t.length <= 60 && TRAILER_START.test(t) && TRAILER.test(t) && (body || !COMMENT_COUNT.test(t))) {
      return [...blocks.slice(0, i), ...blocks.slice(i).filter((b) => b.text.length <= 120 && TRAILER_KEEP.test(b.text))];
    }
    if (!body && t.length >= 120 && BODY_END.test(t)) body = true;
  }
  return blocks;
}

/**
 * The start of a word (after white space or at the start) that opens with four
 * letters or more: group 1 holds its first letter when that is a capital.
 */
const LONG_WORD_START = /(?<!\S)(?:(\p{Lu})|\p{L})\p{L}{3}/gu;

/** A line whose longer words are all capitalised, with no sentence punctuation: a heading or masthead. */
function isTitleLike(line: string): boolean {
  const t = line.trim();
  if (/[.,;:!?]$/.test(t) || /[,;]/.test(t)) return false;
  // the words that open with four letters, each found in place (no split): the first in lower case settles it
  let words = 0;
  LONG_WORD_START.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = LONG_WORD_START.exec(t))) {
    if (m[1] === undefined) return false;
    words++;
  }
  return words >= 2;
}

/** Letters, all capitals: an ALL-CAPS line ("HESKETH MOOR UNIT IMPROVES"). */
function allCaps(s: string): boolean {
  return !/[a-z]/.test(s) && /[A-Z]/.test(s);
}
/** Where an ALL-CAPS line stops mid-phrase: after a word that cannot end a headline, or inside a quote it opened. */
const CUT_SHORT = /\b(?:A|AN|THE|OF|IN|ON|AT|TO|FOR|AND|OR|BUT|AS|BY|WITH|FROM|IS|ARE|WAS|WERE|STILL|NOT)$/;
/** A quote opened (after a space, not an apostrophe inside a word: "COUNTY'S") and not closed by the line's end. */
const OPEN_QUOTE_AT_END = /(?:^|\s)['‘"“][^'’"”]*$/;

/**
 * An ALL-CAPS headline hard-wrapped over two lines: its first line is
 * near the wrap width and stops mid-phrase (after "OF", "BUT", "STILL", or
 * inside a quote it opened: "... BUT STILL 'REQUIRES"), and the next line is
 * capitals too. A masthead or an embargo line above a headline is short or
 * ends on a whole phrase, and stays apart.
 */
function capsHeadlineRunsOn(first: string, next: string, wrapWidth: number): boolean {
  const a = first.trim();
  if (a.length < wrapWidth * 0.8 || !allCaps(a) || !allCaps(next)) return false;
  return CUT_SHORT.test(a) || OPEN_QUOTE_AT_END.test(a);
}

/** A line that stops on a word no heading ends on ("Her Majesty's Inspectorate of"): the sentence reads on. */
const LINK_WORD_END = /\s(?:a|an|the|of|in|on|at|to|for|and|or|but|by|with|from)$/;

/** Whether a line ends on LINK_WORD_END's words (tested only when it ends in one of their last letters). */
function endsOnLinkWord(line: string): boolean {
  const c = line.charCodeAt(line.length - 1);
  return (c === 97 || c === 101 || c === 102 || c === 110 || c === 114 || c === 116 || c === 121 || c === 104 || c === 109 || c === 111) && LINK_WORD_END.test(line);
}

/**
 * A short Title Case line (or one capitalised word) with no punctuation
 * after a line that ends a sentence: a name signing off a foreword or
 * letter ("… the progress it makes." / "Jane Doe"), or a heading
 * ("Ratings"), never the wrapped end of the same paragraph (that would end
 * on a full stop).
 */
function signsOff(prev: string, line: string, wrapWidth: number): boolean {
  return line.length < wrapWidth * 0.55 && BODY_END.test(prev) && (isTitleLike(line) || ONE_CAPITAL_WORD.test(line));
}

/** A line of one capitalised word and nothing else: a heading ("Ratings", "Background"), never a paragraph's wrapped end. */
const ONE_CAPITAL_WORD = /^\p{Lu}\p{Ll}{2,30}$/u;

/**
 * A line that ends a sentence where the next line's first word would have
 * fitted within the width nine lines in ten reach (less a margin for a PDF's
 * proportional type): the paragraph ended
 * there ("… in front of me.”" / "The quality of …"), unless a quote is left
 * open across the break.
 */
function endsShort(prev: string, line: string, fullWidth: number): boolean {
  return BODY_END.test(prev) && nextWordFits(prev, line, fullWidth * 0.9) && !opensQuote(prev);
}

/**
 * An indented line under another at the same indent, starting with a capital,
 * whose first word would have fitted on the line above within the width nine
 * lines in ten reach (as endsShort): a row of an indented column ("  Planning
 * – Inadequate" / "  Reviewing – Good"), not that line's wrap. Not after a
 * line that ends on a comma, a colon, a dash or a linking word.
 */
function indentedRow(prev: string, line: string, indent: number, fullWidth: number): boolean {
  if (indent === 0 || !isUpperAscii(line.charCodeAt(0))) return false;
  const prevIndent = prev.length - prev.trimStart().length;
  return prevIndent === indent && !/[,;:–—-]$/.test(prev) && !endsOnLinkWord(prev) && nextWordFits(prev, line, fullWidth * 0.9);
}

/** A line that opens a double quote and does not close it ("… put it: “I spend …"). */
function opensQuote(line: string): boolean {
  const open = line.lastIndexOf("“");
  if (open >= 0 && line.indexOf("”", open) < 0) return true;
  let straight = 0;
  for (let k = line.indexOf('"'); k >= 0; k = line.indexOf('"', k + 1)) straight++;
  return straight % 2 === 1;
}

/** A line's first word in small letters only (a possessive "'s" allowed), then a space, a comma, a full stop or the line's end: "team told to", "manageable.", "children's services" (not "helen.marsh@…", "www.…"). */
const LOWER_WORD_START = /^[a-z]{1,30}(?:['’]s)?(?:[ ,;]|\.?$|\. )/;

/**
 * A line of a narrow column that opens in lower case reads on from the line
 * above, however short that is ("Youth justice" / "team told to" / "raise its
 * game"): no paragraph or heading starts in lower case. Not after a line that
 * ends a sentence or a label ("…properly." / "Contact:").
 */
function continuesInLowerCase(prev: string, line: string): boolean {
  if (!isLowerAscii(line.charCodeAt(0)) || !LOWER_WORD_START.test(line)) return false;
  const c = prev.charCodeAt(prev.length - 1);
  return c !== 46 && c !== 33 && c !== 63 && c !== 58;
}

/**
 * Whether the first word of `line` would have fitted after `prev` within the
 * wrap: then `prev` was not wrapped there, and `line` starts a line of its own.
 */
function nextWordFits(prev: string, line: string, wrapWidth: number): boolean {
  const space = line.indexOf(" ");
  return prev.length + 1 + (space < 0 ? line.length : space) <= wrapWidth;
}

/**
 * Whether an unindented line reads on from a hard-wrapped list item's last
 * line: that line ran to the wrap (more than half its width) and this one
 * opens in lower case, or that one stops on a linking word ("…at a strategic"
 * / "level were strong.", "…asking that the" / "Committee be consulted"), or
 * the item has wrapped once already (`wrapped`: "…members" / "are Caldmere
 * plc," / "Fairhaven Trust"), or that line, run nearly to the wrap, ends on a
 * colon. Never after a line that ends a sentence well short of the wrap.
 */
function itemRunsOn(itemLine: string | null, line: string, wrapWidth: number, fullWidth: number, wrapped: boolean): boolean {
  if (itemLine === null || itemLine.length < wrapWidth * 0.55) return false;
  // (a line that ends a sentence short of the wrap ends its item: "…valued by staff." / "The main areas …")
  if (itemLine.length < fullWidth * 0.8 && BODY_END.test(itemLine)) return false;
  // (a colon at the end of a line run nearly to the wrap: "… It comprises:" / "Ann Lee Ltd, Bo Trust and …")
  return wrapped || continuesInLowerCase(itemLine, line) || endsOnLinkWord(itemLine) || (itemLine.length >= wrapWidth * 0.8 && itemLine.endsWith(":"));
}

export function textToBlocks(input: string): RawBlock[] {
  return dropTrailer(readBlocks(input));
}

/**
 * Running page headers and footers of text pasted from a PDF: the same
 * line (three words or more, not a sentence) three times or more. The first
 * stays (it can be the report's title); the repeats go.
 */
function dropRunningHeaders(lines: string[], fold: (s: string) => string): string[] {
  // each line's key (trimmed, spaces folded) when it may be a running header, else null
  const keys: (string | null)[] = new Array<string | null>(lines.length).fill(null);
  // Keys are first counted by a number equal keys share (see keySignature): hashing
  // every line as a string cost more than the rest; only keys whose number comes
  // up three times or more are then counted as strings.
  const bySignature = new Map<number, number>();
  let maybeRepeated = false;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    // folding only shortens a line: a line under 12 characters has a key under 12 too
    if (l.length < 12) continue;
    const t = fold(l);
    if (t.length < 12 || t.length > 120 || endsWithPunctuation(t) || !wordsAtLeast(t, 3) || isBulletLine(l)) continue;
    keys[i] = t;
    const sig = keySignature(t);
    const n = (bySignature.get(sig) ?? 0) + 1;
    bySignature.set(sig, n);
    if (n >= 3) maybeRepeated = true;
  }
  if (!maybeRepeated) return lines;
  const counts = new Map<string, number>();
  for (const t of keys) if (t !== null && bySignature.get(keySignature(t))! >= 3) counts.set(t, (counts.get(t) ?? 0) + 1);
  const repeated = new Set<string>();
  for (const [t, n] of counts) if (n >= 3) repeated.add(t);
  if (!repeated.size) return lines;
  // (a line with no key cannot match: the tests above read only its key, or,
  // for BULLET, read the line and its key alike)
  const seen = new Set<string>();
  return lines.map((l, i) => {
    const t = keys[i] ?? null;
    if (t === null || !repeated.has(t)) return l;
    if (seen.has(t)) return "";
    seen.add(t);
    return l;
  });
}

/**
 * A sentence cut by a page break ("… how the trust responds to", the page
 * number and running header, "them, as it prepares …"): the blank lines
 * around the dropped furniture go, so that the paragraph reads on. Only
 * where the line before ends on a letter or a comma and the line after
 * starts with a small letter. `breaks`: where page numbers were dropped.
 */
function joinAcrossPageBreaks(lines: string[], breaks: number[] | null): string[] {
  if (!breaks) return lines;
  let out: string[] | null = null;
  let removed = 0;
  /** the end of the last join (a second page number in the same gap is passed over) */
  let done = -1;
  for (const at of breaks) {
    let before = at - 1;
    while (before >= 0 && lines[before]!.trim() === "") before--;
    let after = at;
    while (after < lines.length && lines[after]!.trim() === "") after++;
    if (before < done || before < 0 || after >= lines.length || after - before < 2) continue;
    const prev = lines[before]!;
    const next = lines[after]!.trimStart();
    const c = prev.charCodeAt(prev.length - 1);
    const endsOpen = c === 44 || (c >= 97 && c <= 122);
    const d = next.charCodeAt(0);
    if (!endsOpen || !(d >= 97 && d <= 122) || isBulletLine(prev) || isBulletLine(next)) continue;
    out ??= lines.slice();
    // drop lines before+1 .. after-1 (indexes shift by what was dropped before)
    out.splice(before + 1 - removed, after - before - 1);
    removed += after - before - 1;
    done = after;
  }
  return out ?? lines;
}

/**
 * A small integer that equal keys share (their length, middle and first
 * characters); different keys mostly differ in it. Keys are 12-120 characters.
 */
function keySignature(t: string): number {
  return ((t.length << 16) | t.charCodeAt(t.length >> 1)) ^ (t.charCodeAt(0) << 5);
}

/** `/[.:;,]$/.test(t)`, by character code. */
function endsWithPunctuation(t: string): boolean {
  const c = t.charCodeAt(t.length - 1);
  return c === 46 || c === 58 || c === 59 || c === 44;
}

/** `t.split(" ").length >= n` without splitting. */
function wordsAtLeast(t: string, n: number): boolean {
  let words = 1;
  for (let at = t.indexOf(" "); at >= 0 && words < n; at = t.indexOf(" ", at + 1)) words++;
  return words >= n;
}

/** A YAML front-matter or e-mail header line: "key: value". */
const FRONT_KEY = /^([A-Za-z][\w-]{0,40}):(?:\s+(.{0,2000}))?$/;
/** E-mail header names that open a saved message or newsletter. */
const MAIL_HEADER = /^(?:from|to|cc|bcc|subject|date|sent|reply-to|sender|received|message-id|mime-version|content-type|x-[\w-]{1,40}):\s/i;

/** "key: value" as one block, the value's surrounding quotes removed. */
function keyValueBlock(key: string, value: string): RawBlock {
  const v = value.trim().replace(/^(["'])(.*)\1$/, "$2").trim();
  return { kind: "paragraph", text: foldSpace(`${key}: ${v}`) };
}

/**
 * Header lines at the top of a document: Markdown/YAML front matter between
 * "---" lines, or the "From:", "Subject:", "Date:" lines of a saved e-mail.
 * Each becomes a block of its own ("title: Headline", "Date: Mon, 2 Mar 2020"),
 * never joined to the text that follows. Returns the blocks and the number of
 * lines they took.
 */
function headerLines(lines: string[]): { blocks: RawBlock[]; used: number } {
  let i = 0;
  while (i < lines.length && i < 5 && !lines[i]!.trim()) i++;
  const blocks: RawBlock[] = [];
  if (/^-{3}\s*$/.test(lines[i] ?? "")) {
    for (let j = i + 1; j < Math.min(lines.length, i + 60); j++) {
      const l = lines[j]!;
      if (/^(?:-{3}|\.{3})\s*$/.test(l)) return { blocks, used: j + 1 };
      const m = FRONT_KEY.exec(l.trim());
      if (m && !/^\s/.test(l)) blocks.push(keyValueBlock(m[1]!, m[2] ?? ""));
      else if (l.trim() && !/^\s/.test(l)) return { blocks: [], used: 0 };
    }
    return { blocks: [], used: 0 };
  }
  const start = i;
  let last: RawBlock | null = null;
  for (; i < lines.length && i < start + 30; i++) {
    const l = lines[i]!;
    // (every header line holds a colon: most first lines are not tested at all)
    if (l.includes(":") && MAIL_HEADER.test(l)) {
      const m = FRONT_KEY.exec(l.trim());
      last = m ? keyValueBlock(m[1]!, m[2] ?? "") : { kind: "paragraph", text: foldSpace(l) };
      blocks.push(last);
    } else if (last && /^[ \t]+\S/.test(l)) {
      // a folded header line continues the one above
      last.text = foldSpace(last.text + " " + l.trim());
    } else break;
  }
  // Two header lines at least, one of them From/Subject, and the headers end the block.
  const names = blocks.map((b) => b.text.slice(0, b.text.indexOf(":")).toLowerCase());
  if (blocks.length >= 2 && (names.includes("from") || names.includes("subject")) && !(lines[i] ?? "").trim()) return { blocks, used: i };
  return { blocks: [], used: 0 };
}

/** A line that is only a date: "Monday 2 March 2020", "2 March 2020", "March 2, 2020". */
const DATE_LINE =
  /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s{1,3})?(?:\d{1,2}(?:st|nd|rd|th)?\s{1,3}(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?\s{1,3}\d{1,2}(?:st|nd|rd|th)?,?)\s{1,3}(?:19|20)\d\d$/i;

/**
 * Whether `t` ends as every DATE_LINE does, with white space and a year 19xx or
 * 20xx: a cheap test that spares the pattern (and its compilation) on most lines.
 */
function endsWithYear(t: string): boolean {
  const n = t.length;
  if (n < 5 || !isDigit(t.charCodeAt(n - 1)) || !isDigit(t.charCodeAt(n - 2)) || !isSpace(t.charCodeAt(n - 5))) return false;
  const c = t.charCodeAt(n - 4);
  const d = t.charCodeAt(n - 3);
  return (c === 49 && d === 57) || (c === 50 && d === 48); // "19" or "20"
}

/** A rule line: "=====", "-----", "*****", "___" (three characters or more, nothing else). */
const RULE = /^ {0,3}(?:={3,}|-{3,}|\*{3,}|_{3,}|(?:[-*_] ){2,}[-*_])\s*$/;

/**
 * First parts of compounds that keep their hyphen when a line breaks after it
 * ("well-|known", "low-|risk", "self-|assessment"): joined, they would make no word.
 */
const COMPOUND_HEADS = new Set(
  ("well self long short high low non ex anti full part half cross multi semi mid face one two three four five six seven eight " +
    "nine ten first second third medium higher lower").split(" "),
);

/** How a line ending in `prev` meets the next line starting with `next`. */
const enum Meet {
  /** with a space */
  Space,
  /** a word broken by a hyphen at the line end: the hyphen goes ("commit-|ted") */
  Join,
  /** a hyphenated compound broken at its hyphen: the hyphen stays, with no space ("well-|known", "East-|Gate") */
  Hyphen,
}

/**
 * Whether a hard-wrapped line ending in a letter and "-" breaks a word
 * ("super-|vised", "con-|cerns", "East-|gate") or a compound at its hyphen
 * ("well-|known", "out-of-|court", "day-|to-day", "East-|Gate"). The word is
 * rejoined only when the next piece opens in lower case, neither piece holds
 * a hyphen of its own, the first piece is no usual first part of a compound,
 * and the document does not write the compound with its hyphen elsewhere.
 */
function meet(prev: string, next: string, text: string): Meet {
  const n = prev.length;
  if (n < 2 || prev.charCodeAt(n - 1) !== 45 || !isAsciiLetter(prev.charCodeAt(n - 2)) || !isAsciiLetter(next.charCodeAt(0))) return Meet.Space;
  // the piece before the hyphen, and whether a hyphen comes before it in the same word
  let a = n - 2;
  while (a > 0 && isAsciiLetter(prev.charCodeAt(a - 1))) a--;
  const head = prev.slice(a, n - 1);
  if (a > 0 && prev.charCodeAt(a - 1) === 45) return Meet.Hyphen;
  // the piece after it, and whether a hyphen follows it in the same word
  let b = 1;
  while (b < next.length && isAsciiLetter(next.charCodeAt(b))) b++;
  const tail = next.slice(0, b);
  if (next.charCodeAt(b) === 45 || !isLowerAscii(next.charCodeAt(0))) return Meet.Hyphen;
  if (COMPOUND_HEADS.has(head.toLowerCase()) || text.includes(`${head}-${tail}`)) return Meet.Hyphen;
  return Meet.Join;
}

/**
 * A paragraph's lines joined by spaces, a word hyphenated across a line end
 * re-joined ("reoffend-\ning"), a compound broken at its hyphen kept whole
 * ("well-\nknown": see meet). `text` is the document's (to find how it writes
 * a compound elsewhere).
 */
function joinLines(para: string[], text: string): string {
  if (para.length === 1) return para[0]!.trim();
  const parts: string[] = [];
  let prev = "";
  for (const l of para) {
    const t = l.trim();
    if (!parts.length) parts.push(t);
    else {
      const how = meet(prev, t, text);
      // (the hyphen goes: the word's two halves meet)
      if (how === Meet.Join) parts[parts.length - 1] = prev.slice(0, -1);
      if (how === Meet.Space) parts.push(" ");
      parts.push(t);
    }
    prev = t;
  }
  return parts.join("");
}

/** [a-z] */
function isLowerAscii(c: number): boolean {
  return c >= 97 && c <= 122;
}

/** [A-Z] */
function isUpperAscii(c: number): boolean {
  return c >= 65 && c <= 90;
}

/** The lines of `text`, each without trailing white space (only the few lines that end with some are trimmed). */
function linesOf(text: string): string[] {
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.length > 0 && isSpace(l.charCodeAt(l.length - 1))) lines[i] = l.trimEnd();
  }
  return lines;
}

/** How one document's strings are folded (chosen in readBlocks from what the document holds). */
interface Folding {
  /** the document's text (normalised) */
  text: string;
  /** a line, part of one, or trimmed lines joined by single spaces */
  fold: (s: string) => string;
  /** any string made from the lines */
  foldAny: (s: string) => string;
}

/** Inline Markdown stripped and spaces folded (removing Markdown can leave a double space behind). */
function clean(s: string, f: Folding): string {
  const t = stripInlineMarkdown(s);
  return t === s ? f.fold(s) : f.foldAny(t);
}

/** The paragraph's lines as a block (unless empty); the lines are then cleared. */
function flushPara(blocks: RawBlock[], para: string[], f: Folding): void {
  // (most calls find no lines: setting an array's length is a runtime call, made only when needed)
  if (para.length) {
    const text = clean(joinLines(para, f.text), f);
    if (text) blocks.push({ kind: "paragraph", text });
    para.length = 0;
  }
}

/** A Markdown quote's lines as a block (unless empty). Returns null, the next value of the lines. */
function flushQuote(blocks: RawBlock[], quoteLines: string[] | null, f: Folding): null {
  if (quoteLines) {
    const text = clean(quoteLines.join(" "), f);
    if (text) blocks.push({ kind: "blockquote", text });
  }
  return null;
}

/**
 * A wrapped list item's continuation lines, joined once when the item is done:
 * joining and folding the growing text at every line was quadratic.
 */
interface PendingItem {
  item: RawBlock;
  parts: string[];
  markdown: boolean;
}

function settleItem(pending: PendingItem | null, f: Folding): void {
  // (the item's first line and its continuation lines join as a paragraph's lines do: "super-" / "vised")
  if (pending) pending.item.text = (pending.markdown ? f.foldAny : f.fold)(joinLines([pending.item.text, ...pending.parts], f.text));
}

/** A Markdown table row ("| a | b |") as a block of its cells. */
function tableRow(line: string, f: Folding): RawBlock {
  const cells = line
    .trim()
    .replace(/^\|/, "")
    .replace(/\|$/, "")
    .split("|")
    .map((c) => clean(c, f));
  return { kind: "table-row", text: cells.join(" | "), cells };
}

/** How many lines in a row at least make a table of aligned columns (two lines are an address or a contact block as often). */
const MIN_COLUMN_ROWS = 3;
/** The most columns, and the longest cell, of a table of aligned columns. */
const MAX_COLUMNS = 6;
const MAX_CELL = 60;
/** A cell that ends a sentence or a label ("in 2018.", "Caseload:"): the spaces after it are a typist's, not a column gap. */
const CELL_END_MARK = /[.!?,;:]$/;

/**
 * A line of a table whose columns are set apart by two spaces or more (or a
 * tab): "Leadership        Inadequate        Requires improvement". Its cells,
 * or null when the line has no such gap, is long, or a gap follows a
 * sentence's end (two spaces after a full stop are no column).
 */
function columnCells(line: string): string[] | null {
  const t = line.trim();
  if (t.length > 160 || !t.includes("  ")) return null;
  const cells = t.split(/ {2,}/);
  if (cells.length < 2 || cells.length > MAX_COLUMNS) return null;
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i]!;
    if (c.length > MAX_CELL || !/[A-Za-z0-9]/.test(c) || (i < cells.length - 1 && CELL_END_MARK.test(c))) return null;
  }
  return cells;
}

/**
 * The rows of plain-text tables, by line: the cells of each line in a run of
 * MIN_COLUMN_ROWS lines or more (no blank line between) that all split into
 * the same number of aligned columns, e.g. "Aspect<TAB>Rating" then
 * "Leadership<TAB>Good" lines, or a space-padded table. Null when there is none.
 */
function columnRows(lines: string[], text: string): (string[] | null)[] | null {
  if (!text.includes("  ")) return null;
  let out: (string[] | null)[] | null = null;
  let runCells: string[][] = [];
  const close = (end: number): void => {
    if (runCells.length >= MIN_COLUMN_ROWS) {
      out ??= new Array<string[] | null>(lines.length).fill(null);
      for (let k = 0; k < runCells.length; k++) out[end - runCells.length + k] = runCells[k]!;
    }
    runCells = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    // (a Markdown table row "| a  | b |" is read as one further on)
    const cells = l.includes("  ") && !isTableRow(l) && !isBulletLine(l) ? columnCells(l) : null;
    if (!cells || (runCells.length && runCells[0]!.length !== cells.length)) close(i);
    if (cells) runCells.push(cells);
  }
  close(lines.length);
  return out;
}

/**
 * So many blank lines between lines of text at least make a document that
 * sets its paragraphs apart by blank lines: a line break alone then only
 * wraps a paragraph (written one sentence a line), and the paragraph read
 * from the next line is marked `sameParagraph`.
 */
const MIN_BLANK_GAPS = 3;

function readBlocks(input: string): RawBlock[] {
  // a tab inside a line sets columns apart: two spaces, as a padded table has (normaliseChars makes a tab one space)
  const normalised = normaliseChars(input.includes("\t") ? input.replace(/(\S)\t+/g, "$1  ") : input);
  // Folding white space is a large part of reading: every string folded below
  // comes from the document's lines, so what the document holds decides how
  // much folding can be needed.
  const plain = onlyPlainSpaces(normalised);
  /** any string made from the lines */
  const foldAny = plain ? foldPlainSpaces : foldSpace;
  /** a line, part of one, or trimmed lines joined by single spaces: with no double space in the document, trimming is all */
  const fold = plain && !normalised.includes("  ") ? trimPlainSpaces : foldAny;
  const folding: Folding = { text: normalised, fold, foldAny };
  const rawLines = linesOf(normalised);
  const header = headerLines(rawLines);
  const kept: string[] = [];
  /** where page numbers were dropped (indexes into `kept`) */
  let pageBreaks: number[] | null = null;
  for (let i = header.used; i < rawLines.length; i++) {
    const l = rawLines[i]!;
    if (!mayBePageFurniture(l) || !PAGE_FURNITURE.test(l) || l.trim() === "") kept.push(l);
    else (pageBreaks ??= []).push(kept.length);
  }
  const lines = joinAcrossPageBreaks(dropRunningHeaders(kept, fold), pageBreaks);
  const wrap = detectWrapWidth(lines);
  const wrapWidth = wrap?.width ?? null;
  /** the width a full wrapped line reaches (see endsShort) */
  const fullWidth = wrap?.common ?? 0;
  const columns = columnRows(lines, normalised);
  // (the header's array is a fresh one: the blocks are added to it)
  const blocks: RawBlock[] = header.blocks;
  /** the lines of the paragraph being read (emptied when it is flushed) */
  const para: string[] = [];
  let quoteLines: string[] | null = null;
  let pending = null as PendingItem | null;
  /** the last line read into the list item just read (its first line or a continuation line), else null */
  let itemLine: string | null = null;
  /** a bullet mark read alone on the line above (its item's text follows), else null */
  let loneMark: string | null = null;
  /** the line just read as a line of its own under an item's lead-in (see nextWordFits), else null */
  let setApart: string | null = null;

  let prevBlank = true;
  /** the line read, the last line read as a paragraph of its own (unwrapped text), and the blank gaps between lines so far */
  let lineNo = -1;
  let paraLineAt = -2;
  let blankGaps = 0;
  /** paragraphs read from the line right after another paragraph's line */
  let nextLine: RawBlock[] | null = null;
  for (const line of lines) {
    lineNo++;
    const trimmed = line.trim();
    if (!trimmed) {
      flushPara(blocks, para, folding);
      quoteLines = flushQuote(blocks, quoteLines, folding);
      if (!prevBlank) blankGaps++;
      prevBlank = true;
      continue;
    }
    // The first character after the indent rules out most line shapes below
    // without running their patterns (lines have no trailing white space).
    const indent = line.length - trimmed.length;
    const first = trimmed.charCodeAt(0);
    // Markdown blockquote: "> text"; an empty "> " line separates its paragraphs
    const bq = first === 62 && indent <= 3 ? /^\s{0,3}>\s?(.*)$/.exec(line) : null;
    if (bq) {
      flushPara(blocks, para, folding);
      const inner = bq[1]!.trim();
      if (!inner) quoteLines = flushQuote(blocks, quoteLines, folding);
      else (quoteLines ??= []).push(inner);
      prevBlank = false;
      continue;
    }
    quoteLines = flushQuote(blocks, quoteLines, folding);
    // a row of a table of aligned columns
    const cells = columns?.[lineNo];
    if (cells) {
      flushPara(blocks, para, folding);
      const row = cells.map((c) => clean(c, folding));
      blocks.push({ kind: "table-row", text: row.join(" | "), cells: row });
      prevBlank = false;
      continue;
    }
    // A Setext heading: one short line underlined with "=" or "-"; any other rule line is dropped.
    if ((first === 61 || first === 45 || first === 42 || first === 95) && indent <= 3 && RULE.test(line) && line.length <= 300) {
      const under = /^ {0,3}(=+|-+)\s*$/.exec(line);
      const level = under?.[1]!.startsWith("=") ? 1 : 2;
      const head = para.length === 1 ? para[0]!.trim() : "";
      const prev = blocks[blocks.length - 1];
      if (under && head && head.length <= 200 && !isBulletLine(para[0]!) && !/[.,;:]$/.test(head)) {
        para.length = 0;
        blocks.push({ kind: "heading", text: clean(head, folding), level });
      } else if (under && !wrapWidth && !para.length && !prevBlank && prev?.kind === "paragraph" && prev.text.length <= 200 && !/[.,;:]$/.test(prev.text)) {
        // one line a paragraph: the line just above is the heading's text
        prev.kind = "heading";
        prev.level = level;
      } else {
        // a rule dropped: it parts what is above it from what is below, as a blank line does
        // (an e-mail's footer under "-----" does not wrap on from the last note)
        flushPara(blocks, para, folding);
        itemLine = null;
        prevBlank = true;
        continue;
      }
      prevBlank = false;
      continue;
    }
    const h = first === 35 && indent <= 3 ? mdHeading(line) : null;
    if (h) {
      flushPara(blocks, para, folding);
      blocks.push({ kind: "heading", text: clean(h[1], folding), level: h[0] });
      prevBlank = false;
      continue;
    }
    if (first === 124 && isTableRow(line)) {
      flushPara(blocks, para, folding);
      if (!isTableRule(line)) blocks.push(tableRow(line, folding));
      prevBlank = false;
      continue;
    }
    if ((first === 124 || first === 58 || first === 45) && isTableRule(line) && /\|/.test(line)) continue;
    // a contents entry ("Foreword ........ 4") stands alone
    if (isContentsLine(trimmed)) {
      flushPara(blocks, para, folding);
      blocks.push({ kind: "paragraph", text: fold(trimmed) });
      prevBlank = false;
      continue;
    }
    // a bullet mark alone on its line: the next line is its item's text
    const mark = loneBulletMark(trimmed);
    if (mark) {
      flushPara(blocks, para, folding);
      loneMark = mark;
      prevBlank = false;
      continue;
    }
    const markAbove = loneMark;
    loneMark = null;
    if (markAbove) {
      const text = clean(trimmed, folding);
      blocks.push({ kind: "list-item", text, marker: markAbove });
      itemLine = line;
      prevBlank = false;
      continue;
    }
    // A line that is only a date ("Monday 2 March 2020") stands alone, even in wrapped text.
    if (trimmed.length <= 40 && endsWithYear(trimmed) && DATE_LINE.test(trimmed)) {
      flushPara(blocks, para, folding);
      blocks.push({ kind: "paragraph", text: fold(trimmed) });
      prevBlank = false;
      continue;
    }
    const lastItemLine = itemLine;
    itemLine = null;
    const lastSetApart = setApart;
    setApart = null;
    const b = mayBeBullet(line, indent) ? BULLET.exec(line) : null;
    const runsOn =
      wrapWidth !== null &&
      para.length > 0 &&
      ((para[para.length - 1]!.length >= wrapWidth * 0.55 &&
        // a Title Case or ALL-CAPS first line is a masthead or heading, not the start of wrapped prose
        !(para.length === 1 && isTitleLike(para[0]!) && !endsOnLinkWord(para[0]!)) &&
        !signsOff(para[para.length - 1]!, trimmed, wrapWidth) &&
        !endsShort(para[para.length - 1]!, trimmed, fullWidth) &&
        !indentedRow(para[para.length - 1]!, trimmed, indent, fullWidth)) ||
        continuesInLowerCase(para[para.length - 1]!, trimmed));
    // In wrapped text a dash or number at a line start is usually the wrap, not a bullet.
    if (b && !(runsOn && /^[\u2013\u2014\d-]/.test(b[1]!) && !/^\s/.test(line))) {
      flushPara(blocks, para, folding);
      const text = clean(line.slice(b[0].length), folding);
      if (text) {
        blocks.push({ kind: "list-item", text, marker: b[1]! });
        itemLine = line;
      }
      prevBlank = false;
      continue;
    }
    // An item's lead-in ending on a colon, then indented lines that each stop short of the wrap: lines of their own
    // ("4. The ratings against each standard were:" / "   Leadership – Good" / "   Staff – Inadequate"), not the item's wrap
    const above = lastSetApart ?? (lastItemLine !== null && lastItemLine.endsWith(":") ? lastItemLine : null);
    if (wrapWidth && above !== null && indent > 0 && !prevBlank && !para.length && nextWordFits(above, trimmed, wrapWidth)) {
      const text = clean(trimmed, folding);
      if (text) blocks.push({ kind: "paragraph", text });
      setApart = line;
      prevBlank = false;
      continue;
    }
    // Continuation of a wrapped list item: an indented line after a list item, no blank between
    // (or, in hard-wrapped text, an unindented one reading on from an item's long line:
    // "- a wide range of services was available to people on probation, including" / "a women's centre")
    const last = blocks[blocks.length - 1];
    if (wrapWidth && !prevBlank && !para.length && last?.kind === "list-item" && (/^\s+\S/.test(line) || itemRunsOn(lastItemLine, trimmed, wrapWidth, fullWidth, pending?.item === last))) {
      itemLine = line;
      const more = stripInlineMarkdown(trimmed);
      if (pending?.item !== last) {
        settleItem(pending, folding);
        pending = { item: last, parts: [], markdown: false };
      }
      pending.parts.push(more);
      if (more !== trimmed) pending.markdown = true;
      continue;
    }
    if (runsOn || (wrapWidth !== null && para.length === 1 && !prevBlank && capsHeadlineRunsOn(para[0]!, line, wrapWidth))) {
      para.push(line);
      prevBlank = false;
      continue;
    }
    flushPara(blocks, para, folding);
    para.push(line);
    if (!wrapWidth) {
      const n = blocks.length;
      flushPara(blocks, para, folding);
      if (blocks.length > n) {
        if (paraLineAt === lineNo - 1) (nextLine ??= []).push(blocks[n]!);
        paraLineAt = lineNo;
      }
    }
    prevBlank = false;
  }
  flushPara(blocks, para, folding);
  flushQuote(blocks, quoteLines, folding);
  settleItem(pending, folding);
  // paragraphs set apart by blank lines, sentences a line each: a line right after another is the same paragraph's
  if (nextLine && blankGaps >= MIN_BLANK_GAPS) for (const b of nextLine) b.sameParagraph = true;
  return blocks;
}
