/**
 * Stage 5: direct speech. Finds quoted paragraphs and the attribution that
 * goes with them, following the contract's quote rules:
 * - `X said: “…`, `X said “…`, `X added, “…` (attribution before, same paragraph);
 * - `“…,” said X.`, `“…,” he added.` (attribution after);
 * - `X said:` on the paragraph before a quoted paragraph;
 * - quotations over several paragraphs (each opening with a mark, only the
 *   last closed) are one quote, joined by a blank line;
 * - a quoted paragraph right after a quote continues it (if left open) or
 *   starts a new one by the same speaker (if closed);
 * - page furniture between paragraphs of an open quote is skipped, and a
 *   picture's caption between the paragraphs of an unclosed quote joins them;
 * - a quoted sentence inside a paragraph, after reported speech, with its
 *   attribution after it (`… was late. “We will not wait,” he added.`);
 * - blockquotes (HTML, Markdown `>`) are quoted paragraphs without marks;
 * - quoted fragments inside a sentence are not quotes.
 * The speaker is resolved later (extractors/quotes.ts); here only the
 * attribution text is kept.
 */
import type { Block, QuoteSpan } from "./types.js";
import { firstNonSpaceCode, isAsciiLetter, isBlank, isDigit, isSpace } from "../blocks/normalise.js";

/** The length of `s` without any of `chars` at its end (a linear-time stand-in for /[…]+$/). */
function trimmedEndOf(s: string, chars: string): number {
  let e = s.length;
  while (e > 0 && chars.includes(s[e - 1]!)) e--;
  return e;
}
/** `s` without any of `chars` at its end. */
function trimEndOf(s: string, chars: string): string {
  return s.slice(0, trimmedEndOf(s, chars));
}
/** A character of WS (below), by code: `WS.includes(ch)` without making one-character strings. */
function isWs(c: number): boolean {
  if (c < 0xa0) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
/** `trimmedEndOf(s, WS + "*_")`, by character code (it runs on every quoted paragraph). */
function trimmedEndOfSpaceOrEmphasis(s: string): number {
  let e = s.length;
  while (e > 0) {
    const c = s.charCodeAt(e - 1);
    if (!isWs(c) && c !== 42 && c !== 95) break;
    e--;
  }
  return e;
}
const WS = " \t\n\r\f\v\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\ufeff";
// (made once: a string built per call is flattened again by every `includes`)
const WS_OR_DOT = WS + ".";

const OPEN_DOUBLE = "“\"„«";
const CLOSE_DOUBLE = "”\"»";
const OPEN_SINGLE = "‘'‚";

export const SPEECH_VERBS =
  "said|says|added|adds|adding|saying|continued|continues|explained|explains|stated|states|commented|comments|noted|notes|warned|warns|concluded|concludes|remarked|told|declared|responded|replied|acknowledged|insisted|urged|emphasised|emphasized|highlighted|observed|wrote|writes";

/** The speech verbs, lower case: where a word found is looked up instead of compiling the list into one more pattern. */
const SPEECH_VERB_SET = new Set(SPEECH_VERBS.split("|"));

/**
 * The attribution after a closing mark: ", said X." or ", X said." (also "she
 * tells Tom at 11:48.", "he told the Gazette.": whom the words were told to,
 * and when, after "tells" or "told").
 */
const ATTRIB_AFTER = new RegExp(
  String.raw`^\s{0,3}[,.]?\s{0,3}(?:(?:${SPEECH_VERBS})\s{1,3}([^\s.!?;:“”"][^.!?;:“”"]{0,159}?)(?:[.;:!?]|$|,(?=\s{0,3}[“"‘']))|([^\s.!?“”",][^.!?“”",]{0,119}?(?:,[^.!?“”",]{1,80}?,)?)\s{1,3}(?:${SPEECH_VERBS}|tells)(?:\s{1,3}(?:in\s{1,3}a\s{1,3}statement|today|yesterday|on\s{1,3}\w{1,12}day|us|me)|(?<=tells|told)\s{1,3}(?:the\s{1,3})?[a-z]{2,20}(?:\s{1,3}(?:at|on)\s{1,3}[^\s.!?“”",;:]{1,12})?)?\s{0,3}(?:[.,;:]|$))`,
  "i",
);
/** "… said:" / "… said," / "… added" right before an opening mark */
const ATTRIB_BEFORE = new RegExp(String.raw`(?:^|[.!?]\s{1,3})([^.!?“”"]{0,240}?)\b(?:${SPEECH_VERBS})(?:\s{1,3}(?:that|today|yesterday|in a statement))?\s{0,3}[:,]?\s{0,3}$`, "i");
/** The words that may end ATTRIB_BEFORE's match in place of the verb ("said that:", "said in a statement:"). */
const AFTER_VERB_WORDS = new Set(["that", "today", "yesterday", "statement"]);

/**
 * For a paragraph that ends with ":" or ",": whether the last word before that
 * mark (at most three spaces before it) is a speech verb or one of
 * AFTER_VERB_WORDS, as in every paragraph ATTRIB_BEFORE matches. A cheap
 * test that spares the pattern (and its compilation) on "Inspectors found:".
 */
function endsWithSpeechVerb(t: string): boolean {
  let e = t.length;
  while (e > 0 && isSpace(t.charCodeAt(e - 1))) e--;
  e--; // the ":" or ","
  for (let k = 0; k < 3 && e > 0 && isSpace(t.charCodeAt(e - 1)); k++) e--;
  let b = e;
  while (b > 0 && isAsciiLetter(t.charCodeAt(b - 1))) b--;
  const word = t.slice(b, e).toLowerCase();
  return SPEECH_VERB_SET.has(word) || AFTER_VERB_WORDS.has(word);
}

/**
 * reported speech that introduces the next paragraph: "Dame Glenys said that …", "Mr Russell said the …",
 * also with a few words quoted on the way ("Ann Lee accepted that staffing had been “very tight” but said …")
 */
const REPORTED = new RegExp(String.raw`(?:^|[.!?]\s{1,3})((?:[^.!?“”"]|[“"][^.!?“”"]{1,40}[”"]){2,160}?)\s{1,3}(?:${SPEECH_VERBS})\b`, "i");

/** The verb and word of reported speech: "said that", "told the", "added it"; "told JPW that" (whom it was told to, in up to three words, then "that"). */
const REPORTED_VERB = /\b(?:said|says|added|told|explained|warned|noted|stated)\s+(?:that\b|the\b|it\b|there\b|she\b|he\b|they\b|inspectors\b)|\btold\s+(?:[\w&’'.-]{1,30}\s+){1,3}that\b/i;
/**
 * The verb of reported speech and any word in small letters ("Dr Ann Lee,
 * Director of Children's Services, said every open case …"): reported speech
 * when a name, not a bare "he" or "she", speaks (see REPORTED_BY_PRONOUN).
 */
const REPORTED_VERB_ANY = /\b(?:said|says|added|told|explained|warned|noted|stated)\s+[a-z]{1,20}\b/;
/** A bare pronoun as the speaker of reported speech: left to the extractor, which weighs the names above. */
const REPORTED_BY_PRONOUN = /^(?:he|she|they)$/i;

/**
 * The reported speech of a sentence ("Ann Lee said the board had changed"):
 * REPORTED's match, its speaker in group 1. A speaker reported with a loose
 * verb ("said every …", REPORTED_VERB_ANY) must be named, not a bare
 * pronoun; so must every speaker when `named` is set.
 */
function reportedSpeech(sentence: string, named: boolean): RegExpExecArray | null {
  // the cheap tests first: REPORTED tries every position of the sentence
  const strict = REPORTED_VERB.test(sentence);
  const m = strict || REPORTED_VERB_ANY.test(sentence) ? REPORTED.exec(sentence) : null;
  return m && ((strict && !named) || !REPORTED_BY_PRONOUN.test(m[1]!.trim())) ? m : null;
}

/**
 * The last sentence of a paragraph, as the last piece of `t.split(/(?<=[.!?])\s+/)`:
 * what follows the last run of white space that comes after . ! or ?.
 */
function lastSentenceOf(t: string): string {
  for (let k = t.length - 1; k > 0; k--) {
    if (!isSpace(t.charCodeAt(k))) continue;
    const p = t.charCodeAt(k - 1);
    if (p !== 46 && p !== 33 && p !== 63) continue;
    let end = k + 1;
    while (end < t.length && isSpace(t.charCodeAt(end))) end++;
    return t.slice(end);
  }
  return t;
}

const FURNITURE = /^(?:read more|read next|related|see also|top (?:news )?stories|most read|advertisement|sponsored|share this|click here|sign up|subscribe)\b|\((?:pic|picture|photo|image)\b/i;

function family(ch: string): "double" | "single" | null {
  return familyOf(ch.charCodeAt(0));
}

/** `family` by character code: the marks of OPEN_DOUBLE and OPEN_SINGLE. */
function familyOf(c: number): "double" | "single" | null {
  if (c === 0x201c || c === 0x22 || c === 0x201e || c === 0xab) return "double"; // “ " „ «
  if (c === 0x2018 || c === 0x27 || c === 0x201a) return "single"; // ‘ ' ‚
  return null;
}

/** A letter or digit: after an apostrophe, it makes the apostrophe part of a word. */
const WORD_CHAR = /[\p{L}\p{N}]/u;

function isClose(text: string, i: number, fam: "double" | "single"): boolean {
  // character codes, not one-character strings: this runs on every character of a quoted paragraph
  const c = text.charCodeAt(i);
  if (fam === "double") return c === 0x201d || c === 0x22 || c === 0xbb; // ” " »
  if (c !== 0x2019 && c !== 0x27) return false; // ’ ' (the single closing marks)
  // an apostrophe inside a word is not a close: "children’s", "don't"
  const next = text[i + 1];
  return next === undefined || !WORD_CHAR.test(next);
}

/** Index of the opening mark that starts a paragraph's quote, or -1. */
function leadingOpen(text: string): number {
  // skip white space and Markdown emphasis marks (* and _)
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (!isSpace(c) && c !== 42 && c !== 95) break;
    i++;
  }
  // (by code: most paragraphs open with a letter, and a one-character string is made for nothing)
  const c = text.charCodeAt(i);
  if (!familyOf(c)) return -1;
  // "'s" or "'90s" are not openings
  if (c === 39 && /^'(?:s|\d0s)\b/.test(text.slice(i))) return -1;
  return i;
}

/** The characters `isClose` may accept: ” " » and ’ ' */
const CLOSE_MARKS_DOUBLE = /[”"»]/g;
const CLOSE_MARKS_SINGLE = /[’']/g;

interface Closing {
  /** index of the closing mark */
  at: number;
  /** attribution found after the close, with its span */
  attribution: string | null;
  attribStart: number;
  attribEnd: number;
  /** text after the quote and its attribution */
  restStart: number;
}

/** Find where a quote opened at `open` closes in this paragraph: at the end, or before an attribution. */
function findClose(text: string, open: number, fam: "double" | "single"): Closing | null {
  const trimmedEnd = trimmedEndOfSpaceOrEmphasis(text);
  let endClose: number | null = null;
  let firstMid: number | null = null;
  const last = trimmedEnd - 1;
  if (last > open && isClose(text, last, fam)) endClose = last;
  // only the close marks are visited (a native scan), not every character of the paragraph
  const marks = fam === "double" ? CLOSE_MARKS_DOUBLE : CLOSE_MARKS_SINGLE;
  marks.lastIndex = open + 1;
  // (`test`: no match object; the mark found is the character before lastIndex)
  while (marks.test(text) && marks.lastIndex - 1 < trimmedEnd) {
    const i = marks.lastIndex - 1;
    if (!isClose(text, i, fam)) continue;
    if (i === endClose) break;
    // a window is enough for an attribution; a whole long paragraph per mark would be quadratic
    const after = text.slice(i + 1, i + 401);
    const toEnd = i + 401 >= text.length;
    const m = ATTRIB_AFTER.exec(after);
    if (m && (m[1] || m[2])) {
      const who = (m[1] ?? m[2])!.trim();
      const whoAt = i + 1 + after.indexOf(who);
      return { at: i, attribution: who, attribStart: whoAt, attribEnd: whoAt + who.length, restStart: i + 1 + m[0].length };
    }
    // “…” – Ann Lee, Chief Executive of the CRC
    const dash = toEnd ? /^\s*[–—-]{1,2}\s*([A-Z][^“”"–—]{2,160})$/.exec(after.trimEnd()) : null;
    if (dash) {
      const who = dash[1]!.trim().replace(/[.,;]$/, "");
      const whoAt = i + 1 + after.indexOf(who);
      return { at: i, attribution: who, attribStart: whoAt, attribEnd: whoAt + who.length, restStart: trimmedEnd };
    }
    if (fam === "double") {
      // A close mark mid-paragraph with no attribution: the quote ends here.
      return { at: i, attribution: null, attribStart: -1, attribEnd: -1, restStart: i + 1 };
    }
    if (firstMid === null && !/[sS]/.test(text[i - 1] ?? "")) firstMid = i;
  }
  if (endClose !== null) return { at: endClose, attribution: null, attribStart: -1, attribEnd: -1, restStart: trimmedEnd };
  // a single mark closed mid-paragraph and never at its end: a quoted word ("‘Inadequate’ service …"),
  // unless the mark may be a plural possessive ("officers’ caseloads")
  if (firstMid !== null) return { at: firstMid, attribution: null, attribStart: -1, attribEnd: -1, restStart: firstMid + 1 };
  return null;
}

/** Page headers and footers pasted from a PDF: rules, "Page 1 of 2", "Title | date". */
const PAGE_FURNITURE = /^(?:[-=_*~]{5}|page\s+\d{1,4}(?:\s+of\s+\d{1,4})?\s*$|\d{1,4}\s*$)|^[^.!?]{0,200}\s\|\s[^.!?]{0,200}$/i;

/**
 * A signature line standing as its own block after a quote: "-- Ann Lee, Chief Executive",
 * "— Ann Lee". Bounded, anchored at both ends, no sentence inside.
 */
const SIGNATURE = /^[ \t]{0,3}(?:--|[—–―-])[ \t]{0,3}(\p{Lu}[^“”"\n.!?:;]{1,158})$/u;

/** A dash (- – — ―) after at most three spaces or tabs, as SIGNATURE's match begins. */
function opensWithDash(t: string): boolean {
  let i = 0;
  while (i < 3 && (t.charCodeAt(i) === 32 || t.charCodeAt(i) === 9)) i++;
  const c = t.charCodeAt(i);
  return c === 45 || c === 0x2013 || c === 0x2014 || c === 0x2015;
}

function signatureOf(b: Block, next: Block | undefined): { text: string; start: number; end: number } | null {
  const t = trimEndOf(b.text, WS_OR_DOT);
  if (t.length > 170) return null;
  let who: string;
  if (b.kind === "list-item") {
    // the reader took the dash for a bullet: a lone item marked by a long dash (not a list's "-")
    if (!/^(?:--|[—–―])$/.test((b.marker ?? "").trim()) || next?.kind === "list-item") return null;
    const m = SIGNATURE.exec("— " + t);
    if (!m) return null;
    who = m[1]!.trim();
  } else if (b.kind === "blockquote" || b.kind === "paragraph") {
    // (most blocks after a quote do not open with a dash: SIGNATURE is not even compiled for them)
    if (!opensWithDash(t)) return null;
    const m = SIGNATURE.exec(t);
    if (!m) return null;
    who = m[1]!.trim();
  } else return null;
  const at = t.lastIndexOf(who);
  return { text: who, start: b.start + at, end: b.start + at + who.length };
}

/**
 * Whether FURNITURE may match `t`: it opens with the first letter of one of its
 * words (r, s, t, m, a, c, either case) or holds a "(". A cheap test for every block read.
 */
function mayBeFurniture(t: string): boolean {
  const c = t.charCodeAt(0) | 0x20;
  return c === 114 || c === 115 || c === 116 || c === 109 || c === 97 || c === 99 || t.includes("(");
}

/**
 * Whether PAGE_FURNITURE may match `t` trimmed: its first character after white
 * space is one of - = _ * ~, a "p" or a digit, or it holds a "|".
 */
function mayBePageFurniture(t: string): boolean {
  const c = firstNonSpaceCode(t);
  return c === 45 || c === 61 || c === 95 || c === 42 || c === 126 || (c | 0x20) === 112 || isDigit(c) || t.includes("|");
}

function isFurniture(b: Block): boolean {
  if (b.kind === "list-item" || b.kind === "heading" || b.kind === "table-row") return true;
  const t = b.text;
  if ((mayBeFurniture(t) && FURNITURE.test(t)) || (mayBePageFurniture(t) && PAGE_FURNITURE.test(t.trim()))) return true;
  return t.length < 80 && !endsSentenceOrQuote(t.charCodeAt(t.length - 1));
}

/**
 * A running page header pasted from a PDF that is too long for isFurniture
 * ("HM Inspectorate of Probation – Press release – Farnley CRC"): a
 * paragraph of three words or more with no closing punctuation, repeated
 * word for word as another paragraph of the document.
 */
function runningHeader(blocks: Block[], i: number): boolean {
  const b = blocks[i]!;
  const t = b.text;
  if (b.kind !== "paragraph" || t.length > 160 || endsSentenceOrQuote(t.charCodeAt(t.length - 1)) || !hasWords(t, 3)) return false;
  for (let j = 0; j < blocks.length && j < 2000; j++) {
    if (j !== i && blocks[j]!.text.length === t.length && blocks[j]!.text === t) return true;
  }
  return false;
}

/** [.!?:”"’'], by code: the last character of a short paragraph that is not furniture. */
function endsSentenceOrQuote(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 58 || c === 0x201d || c === 34 || c === 0x2019 || c === 39;
}

/**
 * Whether `s` holds at least `n` words (runs of non-space characters), as
 * `s.split(/\s+/).filter(Boolean).length >= n`: counting stops at the n-th.
 */
function hasWords(s: string, n: number): boolean {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const space = isSpace(s.charCodeAt(i));
    if (!space && !inWord && ++count >= n) return true;
    inWord = !space;
  }
  return false;
}

/** Words only, lower case: for comparing a pull quote with the quote it repeats. */
function plainWords(t: string): string {
  return t.toLowerCase().replace(NOT_WORD_G, " ").trim();
}
const NOT_WORD_G = /[^\p{L}\p{N}]+/gu;

/**
 * Whether the blockquote at `i` (with any blockquotes right after it) is a
 * pull quote inside the open quote `o`: the quote goes on after it (a
 * paragraph opening with a mark of its family), and its words (four at
 * least) stand in the quote's paragraphs before or after it. The index of
 * the paragraph after it if so, else -1.
 */
function pullQuoteAt(blocks: Block[], i: number, notesStart: number, o: Open): number {
  let k = i + 1;
  while (k < notesStart && k < i + 4 && blocks[k]!.kind === "blockquote") k++;
  const nb = blocks[k];
  if (!nb || k >= notesStart || nb.kind !== "paragraph") return -1;
  const nlo = leadingOpen(nb.text);
  if (nlo < 0 || family(nb.text[nlo]!) !== o.fam) return -1;
  const pull = plainWords(blocks[i]!.text);
  if (!hasWords(pull, 4) || pull.length > 600) return -1;
  // the quote's paragraphs so far, and up to three after the pull quote
  let around = o.parts.join(" ");
  for (let p = k; p < notesStart && p < k + 3 && blocks[p]!.kind === "paragraph"; p++) around += " " + blocks[p]!.text;
  return plainWords(around).includes(pull) ? k : -1;
}

/** A newsletter's sign-up box opening ("Sign up to First Edition", "Subscribe to our daily briefing"). */
const SIGN_UP_BOX = /^(?:sign up|subscribe)\b/i;
/** How many lines a sign-up box holds at most after its first. */
const SIGN_UP_LINES = 6;

/**
 * The paragraph after a newsletter's sign-up box (at `i`) that goes on with an
 * open quote: up to SIGN_UP_LINES short paragraphs with no mark of the quote's
 * family (its name, blurb, privacy line), then one opening with such a mark.
 * Its index, or -1.
 */
function pastSignUpBox(blocks: Block[], i: number, notesStart: number, fam: "double" | "single"): number {
  let k = i + 1;
  while (k < notesStart && k <= i + SIGN_UP_LINES && blocks[k]!.text.length <= 300 && isPlain(blocks[k]!, fam)) k++;
  const nb = blocks[k];
  if (!nb || k >= notesStart || k === i + 1 || nb.kind !== "paragraph") return -1;
  const nlo = leadingOpen(nb.text);
  return nlo >= 0 && family(nb.text[nlo]!) === fam ? k : -1;
}

/** The signature line of an embedded social-media post: "— Ann Lee MP (@AnnLeeMP) July 13, 2017". */
const POST_SIGNATURE = /^\s{0,3}[—–-]{1,2}\s{0,3}[^()@]{2,80}\(@\w{1,30}\)[^()]{0,40}$/;

interface Open {
  span: QuoteSpan;
  fam: "double" | "single";
  parts: string[];
}

/**
 * The quotes found so far and the block the last one ended in. (The helpers
 * below are module functions taking this state rather than closures made on
 * every call of findQuotes.)
 */
interface Found {
  quotes: QuoteSpan[];
  lastQuoteEndBlock: number;
}

/** Close the open quote (if any): keep it unless empty. Returns null, the next value of `open`. */
function finish(found: Found, open: Open | null): null {
  if (open) {
    open.span.text = open.parts.join("\n\n");
    if (!isBlank(open.span.text)) found.quotes.push(open.span);
    found.lastQuoteEndBlock = open.span.blocks[open.span.blocks.length - 1]!;
  }
  return null;
}

/**
 * The code of the last character of `s` that is not white space (NaN when there
 * is none): `/:\s*$/.test(s)` is `lastNonSpaceCode(s) === 58`, without trying
 * the pattern at every ":" of a paragraph.
 */
function lastNonSpaceCode(s: string): number {
  let e = s.length;
  while (e > 0 && isSpace(s.charCodeAt(e - 1))) e--;
  return s.charCodeAt(e - 1);
}

/** Attribution for a quote paragraph that has none of its own: the block(s) before it. */
function attributionBefore(blocks: Block[], i: number, lastQuoteEndBlock: number): { text: string; start: number; end: number } | null {
  for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
    const p = blocks[j]!;
    if (isFurniture(p) && lastNonSpaceCode(p.text) !== 58) continue;
    const t = p.text;
    const last = lastNonSpaceCode(t);
    if (last === 58 || last === 44) {
      const m = endsWithSpeechVerb(t) ? ATTRIB_BEFORE.exec(t.trimEnd()) : null;
      if (m && m[1]!.trim()) {
        const who = trimEndOf(m[1]!.trim(), ",").trim();
        const at = t.lastIndexOf(who);
        return { text: who, start: p.start + at, end: p.start + at + who.length };
      }
      // "Chief Inspector Justin Russell was measured in his praise:" — the sentence names the speaker
      if (last === 58) {
        const body = trimEndOf(t.trimEnd(), ":").trimEnd();
        const sentences = body.split(/(?<=[.!?])\s+/);
        const who = sentences[sentences.length - 1]!.trim();
        if (who && who.length <= 200 && !/[“”"]/.test(who)) {
          const at = t.lastIndexOf(who);
          return { text: who, start: p.start + at, end: p.start + at + who.length };
        }
      }
    }
    // reported speech in the paragraph before ("Dame Glenys said that …")
    if (j === i - 1 && lastQuoteEndBlock !== j) {
      const m = reportedSpeech(lastSentenceOf(t), false);
      if (m) {
        const who = m[1]!.trim();
        const at = t.lastIndexOf(who);
        return { text: who, start: p.start + at, end: p.start + at + who.length };
      }
    }
    return null;
  }
  return null;
}

/** The number of double (or single) marks in `t`. */
function markCount(t: string, fam: "double" | "single"): number {
  return t.match(fam === "double" ? DOUBLE_MARKS_G : SINGLE_MARKS_G)?.length ?? 0;
}
const DOUBLE_MARKS_G = /[“”"]/g;
const SINGLE_MARKS_G = /[‘’']/g;

/** Where a paragraph with no opening mark closes an open quote at its end, or -1. */
function closesAt(t: string, fam: "double" | "single"): number {
  const e = t.trimEnd().length - 1;
  const n = markCount(t, fam);
  const only = fam === "double" ? n === 1 : !t.includes("‘");
  return e > 0 && only && leadingOpen(t) < 0 && isClose(t, e, fam) ? e : -1;
}

/**
 * A paragraph's text added to the open quote: a line of the same paragraph
 * as the quote's last (`sameParagraph`, its block right before) goes on
 * that part after a space; any other is a part of its own.
 */
function addPart(o: Open, i: number, blocks: readonly Block[], text: string): void {
  const last = o.parts.length - 1;
  if (last >= 0 && blocks[i]!.sameParagraph && o.span.blocks[o.span.blocks.length - 1] === i - 1) o.parts[last] = `${o.parts[last]!.trimEnd()} ${text.trim()}`;
  else o.parts.push(text);
}

/** The first block from `i` on that is not a plain line of the same paragraph (at most five looked at). */
function sameParagraphRun(blocks: readonly Block[], i: number, notesStart: number, fam: "double" | "single"): number {
  let k = i;
  while (k < notesStart && k < i + 5 && blocks[k]!.sameParagraph === true && isPlain(blocks[k]!, fam)) k++;
  return k;
}

/** A paragraph with no marks of the family at all. */
function isPlain(b: Block, fam: "double" | "single"): boolean {
  return b.kind === "paragraph" && !(fam === "double" ? DOUBLE_MARK : CURLY_SINGLE_MARK).test(b.text);
}
const DOUBLE_MARK = /[“”"]/;
const CURLY_SINGLE_MARK = /[‘’]/;

/** The titles a person is named with ("Dame Glenys", "Cllr Ashby"). */
export const HONORIFIC = "(?:Mr|Mrs|Ms|Miss|Dr|Dame|Sir|Cllr|Councillor|Professor|Lord|Lady|Baroness)";

/**
 * A quoted sentence inside a paragraph, after a sentence of reported speech,
 * with its attribution after it: `Mr Lee said the plan was late. “We will
 * not wait for it either,” he added.` The quote opens after a stop, holds no
 * other quote mark, ends with a comma, "!" or "?" inside the closing mark,
 * and is attributed to a pronoun or a titled name before or after the verb,
 * in the past or (a feature's) present tense: `… left in 2017. “I had 90
 * people on my list,” she says.`
 */
/** A title and one name, without groups of its own. */
const NAMED = String.raw`${HONORIFIC}\.?\s{1,3}\p{Lu}[\p{L}’'-]{1,30}`;
/** An organisation named by its kind alone, as a speaker: "the council said" (the council named before it in full). */
const ORG_KIND = String.raw`the\s{1,3}(?:council|trust|charity|company)`;
const MID_QUOTE = new RegExp(
  String.raw`[.!?]\s{1,3}([“"])([^“”"\n]{12,600}?[,!?])[”"]\s{1,3}(?:((?:he|she|they|${NAMED}|${ORG_KIND}))\s{1,3}(?:said|says|added|adds|continued|continues|explained|explains|went\s{1,3}on|goes\s{1,3}on)|(?:said|says|added|adds|continued)\s{1,3}((?:he|she|${NAMED}|${ORG_KIND})))\s{0,3}[.]`,
  "gu",
);

/** How every MID_QUOTE match starts: the cheap test before it. */
const STOP_THEN_MARK = /[.!?]\s{1,3}[“"]/;

/**
 * The MID_QUOTE quotes that the reading above leaves out (it reads quotes
 * that open a paragraph or follow "X said:"), as quote spans.
 */
function midParagraphQuotes(blocks: Block[], quotes: QuoteSpan[]): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  for (const b of blocks) {
    if (b.kind !== "paragraph" || b.inNotes || b.text.length > 3000) continue;
    const t = b.text;
    // an opening mark after a stop (as MID_QUOTE starts), and a verb of speech: most paragraphs have neither
    if (!STOP_THEN_MARK.test(t) || !/\b(?:said|says|added|adds|continued|continues|explained|explains|went\s{1,3}on|goes\s{1,3}on)\b/.test(t)) continue;
    MID_QUOTE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = MID_QUOTE.exec(t))) {
      const inner = m[2]!;
      // a sentence: four words at least
      if (inner.trim().split(/\s+/).length < 4) continue;
      const start = b.start + m.index + m[0].indexOf(m[1]!) + 1;
      const end = start + inner.length;
      if (quotes.some((q) => q.start < end && q.end > start)) continue;
      const who = (m[3] ?? m[4])!;
      const whoAt = b.start + m.index + m[0].lastIndexOf(who);
      out.push({ text: inner, start, end, blocks: [b.index], attribution: who, attributionSpan: { start: whoAt, end: whoAt + who.length }, standalone: false, continued: false });
      // “…,” he said. “…” — the quote goes on after the attribution, to its closing mark
      const after = m.index + m[0].length;
      const c = t.charCodeAt(after) === 32 ? t.charAt(after + 1) : "";
      if (c !== "“" && c !== '"') continue;
      const close = t.indexOf(c === "“" ? "”" : '"', after + 2);
      const second = close > 0 ? t.slice(after + 2, close) : "";
      if (close > 0 && close - after < 1000 && !/[“"\n]/.test(second) && /[.!?]$/.test(second) && hasWords(second, 4)) {
        const start2 = b.start + after + 2;
        if (!quotes.some((q) => q.start < start2 + second.length && q.end > start2)) {
          out.push({ text: second, start: start2, end: start2 + second.length, blocks: [b.index], attribution: who, attributionSpan: { start: whoAt, end: whoAt + who.length }, standalone: false, continued: false });
        }
      }
    }
  }
  return out;
}

/** A picture's caption or credit line ("Photo: …", "Picture: Sam Lee / Valley News", "Pictured: …"). */
const CAPTION = /^(?:photo(?:graph)?|picture|pictured|image|caption|credit)\s{0,2}[:|]|\b(?:picture|photo|image)\s{0,2}(?:credit\s{0,2})?:\s{0,3}\p{Lu}/iu;
const CLOSING_MARK = /^[”"’]/;

/**
 * One quote of two paragraphs split by a picture's caption set between
 * them: the first paragraph opens a quote and does not close it (its
 * closing mark missing, as a quote running on into the next paragraph is
 * written), the block after it is a caption, and the next quote opens the
 * paragraph after that. The two are joined, with the second's attribution
 * (the first's, when it has one before it).
 */
function acrossCaptions(blocks: Block[], spans: QuoteSpan[]): QuoteSpan[] {
  let out: QuoteSpan[] | null = null;
  for (let i = 0; i + 1 < spans.length; i++) {
    const a = spans[i]!;
    const b = spans[i + 1]!;
    // (the first may have its attribution before it: "Jo Lee said staff were committed." / "“We met …")
    const before = a.attribution !== null && a.attributionSpan !== null && a.attributionSpan.end <= a.start;
    if (!a.standalone || (a.attribution && !before) || !b.standalone || a.blocks.length === 0 || b.blocks.length === 0) continue;
    const last = a.blocks[a.blocks.length - 1]!;
    if (b.blocks[0] !== last + 2) continue;
    const between = blocks[last + 1]!;
    if (between.kind !== "paragraph" || between.text.length > 300 || !CAPTION.test(between.text.trim())) continue;
    const lb = blocks[last]!;
    if (a.end < lb.end && CLOSING_MARK.test(lb.text.charAt(a.end - lb.start))) continue;
    const merged: QuoteSpan = { ...b, text: `${a.text.trimEnd()}\n\n${b.text.trimStart()}`, start: a.start, blocks: [...a.blocks, ...b.blocks] };
    if (before) {
      merged.attribution = a.attribution;
      merged.attributionSpan = a.attributionSpan;
    }
    out ??= spans.slice();
    const at = out.indexOf(a);
    // (a span already joined to the one before it is left as it is)
    if (at >= 0 && out[at + 1] === b) out.splice(at, 2, merged);
  }
  return out ?? spans;
}

/**
 * The quotes of the blocks before the notes, in order: those the reading
 * below finds, with the quoted sentences inside paragraphs, and quotes
 * split by a picture's caption joined.
 */
export function findQuotes(blocks: Block[], notesStart: number): QuoteSpan[] {
  const quotes = readQuotes(blocks, notesStart);
  const mid = midParagraphQuotes(blocks, quotes);
  return acrossCaptions(blocks, mid.length ? [...quotes, ...mid].sort((a, b) => a.start - b.start) : quotes);
}

function readQuotes(blocks: Block[], notesStart: number): QuoteSpan[] {
  const found: Found = { quotes: [], lastQuoteEndBlock: -10 };
  const quotes = found.quotes;
  let open: Open | null = null;

  for (let i = 0; i < notesStart; i++) {
    const b = blocks[i]!;
    const text = b.text;

    // "-- Name, Role" right after a quote: its attribution, not a quote of its own
    if (open || found.lastQuoteEndBlock === i - 1) {
      const sig = signatureOf(b, blocks[i + 1]);
      if (sig) {
        if (open) open = finish(found, open);
        // the quote just ended, and the unattributed quotes it continues
        for (let k = quotes.length - 1; k >= 0; k--) {
          const q = quotes[k]!;
          if (q.attribution) break;
          q.attribution = sig.text;
          q.attributionSpan = { start: sig.start, end: sig.end };
          const wasContinued = q.continued;
          q.continued = false;
          if (!wasContinued) break;
        }
        found.lastQuoteEndBlock = i;
        continue;
      }
    }

    // where the paragraph opens a quote (-1: it does not), asked once for every test below
    const lo = leadingOpen(text);

    if (open) {
      const o: Open = open;
      // a pull quote set between the paragraphs of an open quote, repeating its words: page furniture
      const past = b.kind === "blockquote" ? pullQuoteAt(blocks, i, notesStart, o) : -1;
      if (past >= 0) {
        i = past - 1;
        continue;
      }
      // (a heading opening with a mark is a quoted subheading, never the quote going on)
      if (lo >= 0 && family(text[lo]!) === o.fam && b.kind !== "heading") {
        // continuation paragraph
        const close = findClose(text, lo, o.fam);
        o.span.blocks.push(i);
        if (close) {
          o.parts.push(text.slice(lo + 1, close.at));
          o.span.end = b.start + close.at;
          if (close.attribution && !o.span.attribution) {
            o.span.attribution = close.attribution;
            o.span.attributionSpan = { start: b.start + close.attribStart, end: b.start + close.attribEnd };
          }
          open = finish(found, o);
        } else {
          o.parts.push(text.slice(lo + 1).trim());
          o.span.end = b.end;
        }
        continue;
      }
      if (b.kind === "blockquote" && lo < 0 && o.fam === "double" && blocks[o.span.blocks[0]!]?.kind === "blockquote") {
        o.parts.push(text);
        o.span.blocks.push(i);
        o.span.end = b.end;
        continue;
      }
      // a continuation paragraph without an opening mark, closed at its end
      if (lo < 0 && b.kind === "paragraph") {
        const at = text.trimEnd().length - 1;
        const onlyClose = o.fam === "double" ? markCount(text, o.fam) === 1 : !text.includes("‘");
        if (at > 0 && onlyClose && isClose(text, at, o.fam)) {
          addPart(o, i, blocks, text.slice(0, at));
          o.span.blocks.push(i);
          o.span.end = b.start + at;
          open = finish(found, o);
          continue;
        }
        // paragraphs with no marks at all, up to one that closes the quote: all inside it
        if (isPlain(b, o.fam)) {
          let k = i + 1;
          while (k < notesStart && k < i + 5 && isPlain(blocks[k]!, o.fam)) k++;
          if (k < notesStart && blocks[k]!.kind === "paragraph" && closesAt(blocks[k]!.text, o.fam) > 0) {
            for (let p = i; p < k; p++) {
              addPart(o, p, blocks, blocks[p]!.text);
              o.span.blocks.push(p);
            }
            const e = closesAt(blocks[k]!.text, o.fam);
            addPart(o, k, blocks, blocks[k]!.text.slice(0, e));
            o.span.blocks.push(k);
            o.span.end = blocks[k]!.start + e;
            open = finish(found, o);
            i = k;
            continue;
          }
          // lines of the open paragraph itself (one sentence a line), then its next paragraph opening with a mark
          if (b.sameParagraph && o.span.blocks[o.span.blocks.length - 1] === i - 1) {
            const k = sameParagraphRun(blocks, i, notesStart, o.fam);
            const nb = blocks[k];
            const nlo = nb ? leadingOpen(nb.text) : -1;
            if (k < notesStart && nb!.kind === "paragraph" && nlo >= 0 && family(nb!.text[nlo]!) === o.fam) {
              for (let p = i; p < k; p++) {
                addPart(o, p, blocks, blocks[p]!.text);
                o.span.blocks.push(p);
              }
              o.span.end = blocks[k - 1]!.end;
              i = k - 1;
              continue;
            }
          }
        }
      }
      if (isFurniture(b) || runningHeader(blocks, i)) {
        // look ahead: does the quote go on after the furniture?
        let k = i + 1;
        while (k < notesStart && k < i + 10 && isFurniture(blocks[k]!)) k++;
        const nb = blocks[k];
        const nlo = nb ? leadingOpen(nb.text) : -1;
        if (nb && nlo >= 0 && family(nb.text[nlo]!) === o.fam) {
          i = k - 1;
          continue;
        }
        // a newsletter's sign-up box ("Sign up to …" / "Free daily newsletter" / its blurb in sentences /
        // "after newsletter promotion"): its lines, none quoted, skipped when the quote goes on after it
        const resume = SIGN_UP_BOX.test(text) ? pastSignUpBox(blocks, i, notesStart, o.fam) : -1;
        if (resume >= 0) {
          i = resume - 1;
          continue;
        }
      }
      open = finish(found, o);
    }

    // blockquote without marks: a quoted paragraph
    if (b.kind === "blockquote" && lo < 0) {
      // an embedded post's signature line alone ("— Ann Lee (@annlee) July 13, 2017"): whose post, not speech
      if (text.includes("(@") && POST_SIGNATURE.test(text)) continue;
      const att = attributionBefore(blocks, i, found.lastQuoteEndBlock);
      const dashAttrib = /(?<=\S)\s{1,3}[—–-]\s{0,3}([^—–-]{2,80})$/.exec(text);
      const body = dashAttrib ? text.slice(0, dashAttrib.index) : text;
      open = {
        fam: "double",
        parts: [body],
        span: {
          text: "",
          start: b.start,
          end: b.start + body.length,
          blocks: [i],
          attribution: dashAttrib ? dashAttrib[1]!.trim() : att?.text ?? null,
          attributionSpan: dashAttrib ? { start: b.start + dashAttrib.index, end: b.end } : att ? { start: att.start, end: att.end } : null,
          standalone: true,
          continued: !att && !dashAttrib && found.lastQuoteEndBlock >= i - 1,
        },
      };
      const next = blocks[i + 1];
      if (!next || next.kind !== "blockquote" || dashAttrib) open = finish(found, open);
      continue;
    }

    // A paragraph that opens with a quote mark (a heading that does, “Nothing left to chance”, is a
    // quoted subheading: words picked out of a quote or the report, not speech)
    if (lo >= 0 && b.kind !== "heading") {
      const fam = family(text[lo]!)!;
      const close = findClose(text, lo, fam);
      if (close && close.attribution === null && close.restStart < text.trimEnd().length - 1) {
        // quoted words followed by more text with no attribution: a fragment (headline, subheading)
        if (!/^[.!?]?$/.test(text.slice(close.at + 1).trim())) {
          continue;
        }
      }
      const before = close?.attribution ? null : attributionBefore(blocks, i, found.lastQuoteEndBlock);
      const continued = !close?.attribution && !before && found.lastQuoteEndBlock >= i - 1;
      // a short quoted line standing alone (“Real progress”): a subheading, not speech
      if (close && !close.attribution && !continued && !before) {
        const inner = text.slice(lo + 1, close.at).trim();
        if (!/[.!?,;:…]$/.test(inner)) {
          continue;
        }
      }
      const o: Open = {
        fam,
        parts: [],
        span: {
          text: "",
          start: b.start + lo + 1,
          end: b.end,
          blocks: [i],
          attribution: close?.attribution ?? before?.text ?? null,
          attributionSpan: close?.attribution
            ? { start: b.start + close.attribStart, end: b.start + close.attribEnd }
            : before
              ? { start: before.start, end: before.end }
              : null,
          standalone: true,
          continued,
        },
      };
      open = o;
      if (close) {
        const quoted = text.slice(lo + 1, close.at);
        const end = b.start + close.at;
        // “…,” said X. “…” — the quote goes on after the attribution
        const rest = text.slice(close.restStart);
        const lo2 = reopenAfterAttribution(rest, fam);
        o.parts.push(quoted);
        o.span.end = end;
        open = finish(found, o);
        if (close.attribution && lo2 >= 0) {
          const restAt = close.restStart + lo2;
          const close2 = findClose(text, restAt, fam);
          const o2: Open = {
            fam,
            parts: [],
            span: { ...o.span, text: "", start: b.start + restAt + 1, end: b.end, blocks: [i], continued: false },
          };
          open = o2;
          if (close2) {
            o2.parts.push(text.slice(restAt + 1, close2.at));
            o2.span.end = b.start + close2.at;
            open = finish(found, o2);
          } else {
            o2.parts.push(text.slice(restAt + 1).trim());
          }
        }
      } else {
        o.parts.push(text.slice(lo + 1).trim());
      }
      continue;
    }

    // Attribution then quote in the same paragraph: "X said: “…"
    const opened = openAfterAttribution(b);
    if (opened) {
      const { at, fam, attribution, attribStart, strict, reportVoice } = opened;
      const close = findClose(text, at, fam);
      const o: Open = {
        fam,
        parts: [],
        span: {
          text: "",
          start: b.start + at + 1,
          end: b.end,
          blocks: [i],
          attribution,
          attributionSpan: { start: b.start + attribStart, end: b.start + attribStart + attribution.length },
          standalone: true,
          continued: false,
        },
      };
      if (close) {
        const quoted = text.slice(at + 1, close.at);
        // `X said, “…”` finishing a sentence counts only when it holds a full sentence
        // (a . ! or ? at its end, or one before its closing run of . ! ? and commas)
        const q = quoted.trimEnd();
        // (a relative clause finishing the writer's sentence, “which is … CRCs.”, holds none unless a sentence ends inside it)
        const inner = /[.!?]/.test(q.slice(0, trimmedEndOf(q, ".!?,")));
        const fullSentence = hasWords(quoted, 4) && (inner || (/[.!?]$/.test(q) && !RELATIVE_START.test(q)));
        // (after the report's words quoted whole, the writer's own sentence may follow:
        // "The report puts it bluntly: “… at the right time.” I agree.")
        const after = text.slice(close.at + 1);
        if (!fullSentence || (strict && !/^[\s.!?)]*$/.test(after) && !(reportVoice && /[.!?]$/.test(q) && /^\s{1,3}\p{Lu}/u.test(after)))) {
          continue;
        }
        o.parts.push(quoted);
        o.span.end = b.start + close.at;
        open = finish(found, o);
      } else {
        o.parts.push(text.slice(at + 1).trim());
        open = o;
      }
      continue;
    }

    // Reported speech, then the speaker's own words to the paragraph's end: "X said the plan was late. “We …"
    const after = b.kind === "paragraph" ? quoteAfterReported(text) : null;
    if (after) {
      const o: Open = {
        fam: "double",
        parts: [text.slice(after.at + 1, after.close < 0 ? undefined : after.close).trim()],
        span: {
          text: "",
          start: b.start + after.at + 1,
          end: after.close < 0 ? b.end : b.start + after.close,
          blocks: [i],
          attribution: after.who,
          attributionSpan: { start: b.start + after.whoAt, end: b.start + after.whoAt + after.who.length },
          standalone: true,
          continued: false,
        },
      };
      open = after.close < 0 ? o : finish(found, o);
    }
  }
  finish(found, open);
  return quotes;
}

/** A stop, then an opening double mark: where QUOTE_AFTER_REPORTED's quote may open. */
const STOP_THEN_OPEN = /[.!?]\s{1,3}[“"]/g;

/**
 * The quote that ends a paragraph after a sentence of reported speech by a
 * named speaker: "Ann Lee, head of the service, said the board had changed.
 * “When we last met, … .” (closed at the paragraph's end, or left open to go
 * on in the next paragraph). Only the last sentence before the mark is read
 * for the speaker, as for reported speech in the paragraph before a quote; a
 * bare "he" or "she" is not enough, nor is a quote with an attribution of
 * its own after it (MID_QUOTE's), nor one of fewer than four words or with
 * no full stop inside.
 */
function quoteAfterReported(text: string): { at: number; close: number; who: string; whoAt: number } | null {
  // cheap tests: a verb of reported speech and an opening mark after a stop
  if (text.length > 3000 || !REPORTED_VERB_ANY.test(text) || !STOP_THEN_MARK.test(text)) return null;
  STOP_THEN_OPEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  let at = -1;
  while ((m = STOP_THEN_OPEN.exec(text))) at = m.index + m[0].length - 1;
  if (at < 0) return null;
  // from the mark to the end: no other double mark but one closing the paragraph
  const end = trimmedEndOfSpaceOrEmphasis(text) - 1;
  let close = -1;
  for (let k = at + 1; k <= end; k++) {
    const c = text.charCodeAt(k);
    if (c !== 0x201c && c !== 0x201d && c !== 34) continue;
    if (k !== end || c === 0x201c) return null;
    close = k;
  }
  const quoted = text.slice(at + 1, close < 0 ? end + 1 : close).trim();
  if (!hasWords(quoted, 4) || !/[.!?]$/.test(quoted)) return null;
  // the sentence before the mark: reported speech by a named speaker ("X said the …", "X said it …")
  const before = text.slice(0, at).trimEnd();
  const r = reportedSpeech(lastSentenceOf(before), true);
  if (!r) return null;
  const who = r[1]!.trim();
  if (/[“”"]/.test(who)) return null;
  return { at, close, who, whoAt: before.lastIndexOf(who) };
}

/** A quoted text that starts with a relative word in lower case ("which is …", "who had …"): a clause, no sentence of its own. */
const RELATIVE_START = /^\s{0,3}(?:which|who|whose|whom|where)\s/;

/**
 * Where the quote opens again after its attribution: “…,” said X. “…” or
 * “…,” said X, Chief Inspector of Probation. “…”. -1 when it does not.
 */
function reopenAfterAttribution(rest: string, fam: "double" | "single"): number {
  const lo = leadingOpen(rest);
  if (lo >= 0) return lo;
  const head = rest.slice(0, 240);
  for (let i = 0; i < head.length; i++) {
    const ch = head[i]!;
    if (CLOSE_DOUBLE.includes(ch) || OPEN_DOUBLE.includes(ch)) {
      if (family(ch) !== fam || !/[.,;:]\s+$/.test(head.slice(0, i))) return -1;
      return i;
    }
    if (fam === "single" && OPEN_SINGLE.includes(ch) && /[.,;:]\s+$/.test(head.slice(0, i))) return i;
  }
  return -1;
}

/**
 * Where the sentence holding `at` starts: after the last ". ", "! " or "? "
 * that starts before `at` (as the largest of their lastIndexOf(…, at - 1)),
 * else 0. One walk back to the nearest, rather than three searches that
 * each run back to the paragraph's start when the mark is not there.
 */
function sentenceStartBefore(text: string, at: number): number {
  for (let p = Math.max(at - 1, 0); p >= 0; p--) {
    const c = text.charCodeAt(p);
    if ((c === 46 || c === 33 || c === 63) && text.charCodeAt(p + 1) === 32) return p + 2;
  }
  return 0;
}

/** The longest match VERB_BEFORE_MARK can make: the longest verb, "on " + 12 letters + "day" after 3 spaces, 3 spaces, ":" and 3 spaces. */
const VERB_BEFORE_MARK_MAX = Math.max(...SPEECH_VERBS.split("|").map((v) => v.length)) + 3 + 18 + 3 + 1 + 3;

/** The marks VERB_BEFORE_MARK's match must stand before. */
const MARKS = /[“"‘']/g;

/** Index of the first of “ " ‘ ' at or after `from`, or -1. */
function nextMark(text: string, from: number): number {
  MARKS.lastIndex = from;
  // (`test`: no match object; the match is one character, just before lastIndex)
  return MARKS.test(text) ? MARKS.lastIndex - 1 : -1;
}

const VERB_BEFORE_MARK = new RegExp(String.raw`\b(?:${SPEECH_VERBS})(?:\s{1,3}(?:that|today|yesterday|in a statement|on \w{1,12}day))?\s{0,3}[:,]?\s{0,3}(?=[“"‘'])`, "gi");

/**
 * Whether a VERB_BEFORE_MARK match may end at the mark at `mk` (a necessary
 * condition): before the mark, at most 7 characters of white space, ":" and
 * ",", and before those a word of letters (the whole word: the verb follows
 * a \b) that is a speech verb, or the last word of what may follow one:
 * "that", "today", "yesterday", "(in a) statement", "(on) …day".
 */
function mayEndVerbBefore(text: string, mk: number): boolean {
  let end = mk;
  while (end > 0 && mk - end <= 7) {
    const c = text.charCodeAt(end - 1);
    if (!(isSpace(c) || c === 58 || c === 44)) break;
    end--;
  }
  if (mk - end > 7) return false;
  // every such word ends in d, s, g, e, t or y: most words are turned away before they are cut out
  const last = text.charCodeAt(end - 1) | 32;
  if (last !== 100 && last !== 115 && last !== 103 && last !== 101 && last !== 116 && last !== 121) return false;
  let start = end - 1;
  while (start > 0 && end - start < 16 && isAsciiLetter(text.charCodeAt(start - 1))) start--;
  // (the longest: "on" and 12 characters before "day")
  if (end - start > 15) return false;
  const word = text.slice(start, end).toLowerCase();
  return SPEECH_VERB_SET.has(word) || word === "that" || word === "statement" || word.endsWith("day");
}

/** A whole word of 4-12 letters: with SPEECH_VERB_SET, `\b(?:${SPEECH_VERBS})\b` (flag i). */
const WORD = /\b[a-z]{4,12}\b/gi;

/** Index of the first speech verb in `s` as a whole word, or -1. */
function speechVerbIn(s: string): number {
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(s))) if (SPEECH_VERB_SET.has(m[0].toLowerCase())) return m.index;
  return -1;
}

/** ":" or "," before an opening mark: "He was clear: “…”", "… a welcome start, 'but …'" (a straight single mark too). */
const COLON_BEFORE_MARK = /[:,]\s{0,3}(?=[“"‘'])/g;

interface Opened {
  at: number;
  fam: "double" | "single";
  attribution: string;
  attribStart: number;
  /** found without a speech verb right before the mark: the quote must end the paragraph */
  strict: boolean;
  /** (strict ones) the words before the colon have the report or its inspectors speak: "The report puts it bluntly:" */
  reportVoice?: boolean;
}

/** The report or its inspectors as the subject before a colon: "The report itself puts it plainly", "Inspectors were blunt". */
const REPORT_VOICE = /^(?:the\s{1,3}|this\s{1,3}|its\s{1,3})?(?:(?:full|inspection|new|latest)\s{1,3})?(?:report|inspectors|inspectorate)\b/i;

function openAfterAttribution(b: Block): Opened | null {
  const text = b.text;
  // cheap test first: most paragraphs hold no opening mark at all
  const first = nextMark(text, 0);
  if (first < 0) return null;
  const re = VERB_BEFORE_MARK;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  // Every match ends right before a mark, at most VERB_BEFORE_MARK_MAX characters after its
  // start: each search starts that far before the next mark, not at every word of the paragraph.
  for (let mk = first; mk >= 0; mk = nextMark(text, re.lastIndex)) {
    // A mark no match can end at is passed over (a match holds no mark, so none that ends
    // later starts before it): most marks are apostrophes inside words or quotes after a stop.
    if (!mayEndVerbBefore(text, mk)) {
      re.lastIndex = mk + 1;
      continue;
    }
    re.lastIndex = Math.max(re.lastIndex, mk - VERB_BEFORE_MARK_MAX);
    m = re.exec(text);
    if (!m) break;
    const at = m.index + m[0].length;
    const ch = text[at]!;
    const fam = family(ch);
    if (!fam) continue;
    if (ch === "'" && /^'(?:s|\d0s)\b/.test(text.slice(at))) continue;
    // the speaker: the sentence's words before the verb
    const sentenceStart = sentenceStartBefore(text, m.index);
    const who = text.slice(sentenceStart, m.index).trim().replace(/,$/, "").trim();
    if (!who) continue;
    const attribStart = text.indexOf(who, sentenceStart);
    return { at, fam, attribution: who, attribStart, strict: false };
  }
  // "He was clear: “…”" and the split quote "Dame Glenys said the service was good, “but …”"
  const mark = COLON_BEFORE_MARK;
  // (a match ends right before a mark, at most 4 characters after its start: none starts before first - 4)
  mark.lastIndex = Math.max(0, first - 4);
  let k = 0;
  while ((m = mark.exec(text)) && k++ < 20) {
    const at = m.index + m[0].length;
    const fam = family(text[at]!);
    if (!fam) continue;
    if (text[at] === "'" && /^'(?:s|\d0s)\b/.test(text.slice(at, at + 5))) continue;
    const sentenceStart = sentenceStartBefore(text, m.index);
    const head = text.slice(sentenceStart, m.index);
    if (!head.trim() || head.length > 300 || /[“”"]/.test(head)) continue;
    let who: string;
    const according = /^\s*according\s+to\s+(.{2,200})$/i.exec(head);
    if (according) {
      who = according[1]!.trim();
    } else if (text[m.index] === ":") {
      who = head.trim();
    } else {
      const v = speechVerbIn(head);
      if (v < 0) continue;
      who = head.slice(0, v).trim().replace(/,$/, "").trim();
    }
    if (!who) continue;
    return { at, fam, attribution: who, attribStart: text.indexOf(who, sentenceStart), strict: true, reportVoice: text[m.index] === ":" && REPORT_VOICE.test(who) };
  }
  return null;
}
