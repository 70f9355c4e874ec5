/**
 * Stage 3: sentences inside each block. A rule-based splitter: a sentence
 * ends at . ! or ? (with any closing quotes or brackets) before white space
 * and a capital, digit or opening quote, unless the word before is an
 * abbreviation ("Mr.", "St.", "e.g.") or an initial.
 */
import type { Block, Sentence } from "./types.js";

const ABBREVIATIONS = new Set([
  "mr", "mrs", "ms", "dr", "st", "prof", "cllr", "no", "nos", "sr", "jr", "rev", "hon", "gen", "col", "capt",
  "e.g", "i.e", "etc", "vs", "v", "approx", "inc", "dept", "govt", "jan", "feb", "mar", "apr", "jun", "jul",
  "aug", "sep", "sept", "oct", "nov", "dec", "fig", "para", "ref", "tel", "mob",
]);

const BOUNDARY = /[.!?]{1,10}["'”’)\]]{0,5}(?=\s+["'“‘([]?[A-Z0-9])/g;

export function splitSentences(text: string, base = 0, block = 0): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  BOUNDARY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BOUNDARY.exec(text))) {
    const end = m.index + m[0].length;
    const before = text.slice(Math.max(start, m.index - 12), m.index);
    const word = /([A-Za-z.]+)$/.exec(before)?.[1]?.toLowerCase() ?? "";
    if (m[0].startsWith(".") && (ABBREVIATIONS.has(word) || /^[a-z]$/i.test(word) || /^(?:[a-z]\.)+[a-z]$/i.test(word))) continue;
    pushSentence(out, text, start, end, base, block);
    start = end;
    while (start < text.length && /\s/.test(text[start]!)) start++;
  }
  pushSentence(out, text, start, text.length, base, block);
  return out;
}

function pushSentence(out: Sentence[], text: string, start: number, end: number, base: number, block: number): void {
  const raw = text.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const trimmed = raw.trim();
  if (!trimmed) return;
  out.push({ text: trimmed, start: base + start + lead, end: base + start + lead + trimmed.length, block });
}

export function sentencesOf(blocks: Block[]): Sentence[] {
  return blocks.flatMap((b) => splitSentences(b.text, b.start, b.index));
}
