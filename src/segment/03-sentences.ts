/**
 * Stage 3: sentences inside each block. A rule-based splitter: a sentence
 * ends at . ! or ? (with any closing quotes or brackets) before white space
 * and a capital, digit or opening quote, unless the word before is an
 * abbreviation ("Mr.", "St.", "e.g.") or an initial.
 */
import type { Block, Sentence } from "./types.js";
import { isAsciiLetter, isSpace } from "../blocks/normalise.js";

const ABBREVIATIONS = new Set([
  "mr", "mrs", "ms", "dr", "st", "prof", "cllr", "no", "nos", "sr", "jr", "rev", "hon", "gen", "col", "capt",
  "e.g", "i.e", "etc", "vs", "v", "approx", "inc", "dept", "govt", "jan", "feb", "mar", "apr", "jun", "jul",
  "aug", "sep", "sept", "oct", "nov", "dec", "fig", "para", "ref", "tel", "mob",
]);

let longest = 0;
for (const a of ABBREVIATIONS) longest = Math.max(longest, a.length);
const LONGEST_ABBREVIATION = longest;

const BOUNDARY = /[.!?]{1,10}["'”’)\]]{0,5}(?=\s+["'“‘([]?[A-Z0-9])/g;

/**
 * A full stop at `dot` that ends an abbreviation or an initial, not a sentence:
 * the word before it (letters and dots, within 12 characters, not before `from`)
 * is a known abbreviation, one letter, or letters joined by dots ("e.g", "U.S").
 */
function isAbbreviationStop(text: string, dot: number, from: number): boolean {
  let w = dot;
  const stop = Math.max(from, dot - 12);
  let dots = false;
  for (; w > stop; w--) {
    const c = text.charCodeAt(w - 1);
    if (c === 46) dots = true;
    else if (!isAsciiLetter(c)) break;
  }
  const len = dot - w;
  if (len === 0) return false;
  if (len === 1) return isAsciiLetter(text.charCodeAt(w));
  // (most sentences end with a plain word longer than any abbreviation: no string is made for it)
  if (!dots && len > LONGEST_ABBREVIATION) return false;
  const word = text.slice(w, dot).toLowerCase();
  return ABBREVIATIONS.has(word) || (dots && /^(?:[a-z]\.)+[a-z]$/.test(word));
}

/** ["'”’)\]]: what may close a sentence after its . ! or ? */
function isCloser(c: number): boolean {
  return c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 41 || c === 93;
}

/** [.!?] */
function isStop(c: number): boolean {
  return c === 46 || c === 33 || c === 63;
}

export function splitSentences(text: string, base = 0, block = 0, out: Sentence[] = []): Sentence[] {
  let start = 0;
  BOUNDARY.lastIndex = 0;
  // (`test`, not `exec`: no match object for every boundary; where the match
  // starts is found by walking back from its end over what it can hold, as
  // many closing marks (5 at most) and stops (10 at most) as stand there:
  // the closing marks it took run up to white space, and it starts as far
  // back as 10 stops allow)
  while (BOUNDARY.test(text)) {
    const end = BOUNDARY.lastIndex;
    let at = end;
    for (let k = 0; k < 5 && isCloser(text.charCodeAt(at - 1)); k++) at--;
    for (let k = 0; k < 10 && isStop(text.charCodeAt(at - 1)); k++) at--;
    if (text.charCodeAt(at) === 46 && isAbbreviationStop(text, at, start)) continue;
    pushSentence(out, text, start, end, base, block);
    start = end;
    while (start < text.length && isSpace(text.charCodeAt(start))) start++;
  }
  pushSentence(out, text, start, text.length, base, block);
  return out;
}

/** The sentence text[start, end) trimmed, unless it is only white space. */
function pushSentence(out: Sentence[], text: string, start: number, end: number, base: number, block: number): void {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (start === end) return;
  out.push({ text: text.slice(start, end), start: base + start, end: base + end, block });
}

export function sentencesOf(blocks: Block[]): Sentence[] {
  const out: Sentence[] = [];
  for (const b of blocks) splitSentences(b.text, b.start, b.index, out);
  return out;
}
