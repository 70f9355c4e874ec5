/** Character-level clean-up shared by the text and HTML readers. */

/** Some character beyond Latin-1 (cheap: V8 answers at once for a one-byte string). Global: lastIndex tells where. */
const WIDE = /[\u0100-\uffff]/g;
/** The odd spaces and invisible characters beyond Latin-1 that `normaliseChars` rewrites. */
const ODD_WIDE = /[\u2000-\u200D\u202F\u2060\u3000]/g;

/**
 * Whether `text` holds one of ODD_WIDE's characters. They are all wide, so
 * the search starts at the first wide character: on a saved page that is
 * often past the head's scripts and styles (a third of the page, on average).
 */
function hasOddWide(text: string): boolean {
  WIDE.lastIndex = 0;
  if (!WIDE.test(text)) return false;
  ODD_WIDE.lastIndex = WIDE.lastIndex - 1;
  return ODD_WIDE.test(text);
}

/**
 * Line endings to \n, odd spaces to plain spaces, invisible characters removed.
 * Each rewrite runs only when its characters are present: single-character
 * searches cost far less than a replace's character-class scan of the page.
 */
export function normaliseChars(text: string): string {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.includes("\r")) {
    text = text.split("\r\n").join("\n");
    if (text.includes("\r")) text = text.replace(/\r/g, "\n");
  }
  const wide = hasOddWide(text);
  // (without the odd wide characters, U+00A0 and U+00AD are the only ones each class below can find)
  if (wide) text = text.replace(/[\u00A0\u2007\u202F\u2000-\u200A\u3000]/g, " ");
  else if (text.includes("\u00a0")) text = text.replaceAll("\u00a0", " ");
  if (wide) text = text.replace(/[\u200B-\u200D\u2060\u00AD]/g, "");
  else if (text.includes("\u00ad")) text = text.replaceAll("\u00ad", "");
  if (text.includes("\t")) text = text.replace(/\t/g, " ");
  if (text.includes("\f")) text = text.replace(/\f/g, "\n");
  return text;
}

/** A character code that is white space as `\s` and `trim()` see it. */
export function isSpace(c: number): boolean {
  if (c < 0xa0) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** The code of the first character of `s` that is not white space (NaN when there is none). */
export function firstNonSpaceCode(s: string): number {
  let i = 0;
  while (i < s.length && isSpace(s.charCodeAt(i))) i++;
  return s.charCodeAt(i);
}

/** [0-9] */
export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** [A-Za-z] */
export function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/** [A-Za-z0-9_]: a word character as `\w` and `\b` read it. */
export function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/** `s.trim().length` without making the trimmed string. */
export function trimmedLength(s: string): number {
  let a = 0;
  let b = s.length;
  while (a < b && isSpace(s.charCodeAt(a))) a++;
  while (b > a && isSpace(s.charCodeAt(b - 1))) b--;
  return b - a;
}

/** Only white space (or nothing): what `foldSpace` turns into "". */
export function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}

/** Runs that need folding: two white-space characters or more, or one that is not a plain space. */
const FOLDABLE = /\s{2,}|[^\S ]/g;
/** Whether a text holds such a run (where one starts): a test costs less than a replace that finds nothing. */
const HAS_FOLDABLE = /[^\S ]| {2}/;

/**
 * Trim and fold runs of white space to one space: `text.replace(/\s+/g, " ").trim()`,
 * replacing only the runs that change, not every single space between words
 * (on prose that is one match per word, and the bulk of the cost).
 */
export function foldSpace(text: string): string {
  const n = text.length;
  if (n === 0) return text;
  const t = isSpace(text.charCodeAt(0)) || isSpace(text.charCodeAt(n - 1)) ? text.trim() : text;
  // most texts (nine lines in ten of a page) have nothing to fold
  return HAS_FOLDABLE.test(t) ? t.replace(FOLDABLE, " ") : t;
}

/** The white space `normaliseChars` leaves in place besides " " and "\n" (all rare). */
const SPACES_LEFT = ["\v", "\u1680", "\u2028", "\u2029", "\u205f", "\ufeff"];

/**
 * True when text that went through `normaliseChars` holds no white space but
 * " " and "\n": its lines can then be folded with `foldPlainSpaces`. A few
 * `includes` over the document instead of a character-class scan of every line.
 */
export function onlyPlainSpaces(normalised: string): boolean {
  for (const c of SPACES_LEFT) if (normalised.includes(c)) return false;
  return true;
}

/** `foldSpace` for text whose only white space is the plain space (see `onlyPlainSpaces`). */
export function foldPlainSpaces(text: string): string {
  const n = text.length;
  if (n === 0) return text;
  const t = text.charCodeAt(0) === 32 || text.charCodeAt(n - 1) === 32 ? text.trim() : text;
  return t.includes("  ") ? t.replace(/ {2,}/g, " ") : t;
}

/** `foldSpace` for text whose only white space is single plain spaces: trimming its ends is all. */
export function trimPlainSpaces(text: string): string {
  const n = text.length;
  return n > 0 && (text.charCodeAt(0) === 32 || text.charCodeAt(n - 1) === 32) ? text.trim() : text;
}
