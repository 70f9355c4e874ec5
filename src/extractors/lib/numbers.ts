/**
 * Number helpers for the numeric extractors: a regex source for numbers as
 * written ("6,235", "17.5", "12k", "sixteen thousand", "forty-two"), their
 * values, qualifiers ("more than", "around", "fewer than"), and the
 * fraction words the inspectorate uses ("a third", "two-thirds", "half").
 * Also cheap tests for a number (MAY_HAVE_NUM, NUM_END, NUM_START) and
 * lean(), which makes a long pattern cheap to compile (used by the date
 * extractors too).
 */
import type { Doc } from "../../segment/types.js";
import { NUMBER_WORD, parseNumber } from "../../nlp/compromise.js";
import { isWordChar } from "../../blocks/normalise.js";
import { wordScan } from "../../util/word-mask.js";

/** Digits (with thousands commas and decimals, optionally "thousand"/"million"), or number words. */
export const NUM = String.raw`(?:(?<![\d,.])(?:\d{1,3}(?:,\d{3})+|\d{1,9})(?:\.\d{1,3})?(?![\d,]\d)(?:\s{1,2}(?:thousand|million))?|\b${NUMBER_WORD}\b)`;

/** The words a number in words starts with (NUMBER_WORD's first alternation; any word if its shape changes). */
const FIRST_NUMBER_WORDS = /^\(\?:([a-z|]+)\)/.exec(NUMBER_WORD)?.[1] ?? "[a-z]+";
/**
 * Can NUM match anywhere in a text? Only where there is a digit or a number
 * word: a cheap test before the costly patterns built on NUM, which most
 * sentences fail.
 */
export const MAY_HAVE_NUM = new RegExp(String.raw`\d|\b(?:${FIRST_NUMBER_WORDS})\b`, "i");

/**
 * The gate words of the sentence-by-sentence extractors, found in ONE scan
 * of a sentence, once a document (figures, caseload, dates-inspection,
 * dates-previous-inspection and staff-sickness each used to scan most
 * sentences with a case-blind alternation of their own, the dearest step of
 * each). Whoever asks first pays for the scan (today dates-inspection). The bits:
 */
/** MAY_HAVE_NUM: a digit, or a number word that is a whole word */
export const SW_NUM = 1;
/** a fraction word (FRACTIONS) starts a word: "third", "quarter", "fifth", "tenth", "half" */
export const SW_FRACTION = 2;
/** a word starts like a month (lib/dates' MONTH_WORD) */
export const SW_MONTH = 4;
/** a word starts like dates-inspection's trigger words ("inspect", "reinspect", "visit", "field", "onsite", "there" of "were there"...) */
export const SW_VISIT = 8;
/** a word starts like dates-previous-inspection's "last", "previous", "prior", "earlier", "preceding" */
export const SW_EARLIER = 16;
/** staff-sickness' "sick", "sickness" or "illness" as a whole word */
export const SW_SICK = 32;
/** set once a sentence is scanned */
const SCANNED = 128;

/** Words that count where they START a word (what follows them does not matter), with their bits. */
const PREFIX_WORDS: [number, string][] = [
  [SW_FRACTION, "third quarter fifth tenth half"],
  [SW_MONTH, "jan feb mar apr may jun jul aug sep oct nov dec"],
  [SW_VISIT, "inspect reinspect visit arrived returned spent went came site field onsite there here"],
  [SW_EARLIER, "last previous prior earlier preceding"],
];
/** NUMBER_WORD's first words, which count for SW_NUM only as whole words (null if its shape changes: MAY_HAVE_NUM is then run) */
const NUMBER_WORDS = /^[a-z|]+$/.test(FIRST_NUMBER_WORDS) ? FIRST_NUMBER_WORDS.split("|") : null;
/** Words that count only as whole words ("\b" after them too), with their bits. */
const WHOLE_BITS = new Map<string, number>([
  ["sick", SW_SICK],
  ["sickness", SW_SICK],
  ["illness", SW_SICK],
]);
for (const w of NUMBER_WORDS ?? []) WHOLE_BITS.set(w, (WHOLE_BITS.get(w) ?? 0) | SW_NUM);
/** The prefix words' bits, and the whole words (bits 0 here: WHOLE_BITS gives theirs), for one scan. */
const WORD_BITS = new Map<string, number>();
for (const [bit, words] of PREFIX_WORDS) for (const w of words.split(" ")) WORD_BITS.set(w, (WORD_BITS.get(w) ?? 0) | bit);
for (const w of WHOLE_BITS.keys()) if (!WORD_BITS.has(w)) WORD_BITS.set(w, 0);
/**
 * Every listed word where a word starts, the longest at each place, carrying
 * the bits of the prefix words it starts with (util/word-mask wordScan; a
 * whole word is never hidden by a longer one: a longer word would go on with
 * a letter). Digits are looked for apart, once: most sentences with one have
 * many, and a match each cost more than the words. (A loop over the
 * characters in JS was slower than this scan.)
 */
const GATE_SCAN = wordScan([WORD_BITS]);
const DIGIT = /\d/;

/** The gate bits of a text (SW_*). */
function gateBits(t: string): number {
  let mask = DIGIT.test(t) ? SW_NUM : 0;
  let m: RegExpExecArray | null;
  GATE_SCAN.lastIndex = 0;
  while ((m = GATE_SCAN.exec(t))) {
    const w = m[0];
    const key = WORD_BITS.has(w) ? w : w.toLowerCase();
    mask |= WORD_BITS.get(key) ?? 0;
    // a whole word: "\b" after it (not a letter, digit or "_" next)
    const whole = WHOLE_BITS.get(key);
    if (whole !== undefined && !isWordChar(t.charCodeAt(m.index + w.length))) mask |= whole;
    GATE_SCAN.lastIndex = m.index + 1;
  }
  if (!NUMBER_WORDS && MAY_HAVE_NUM.test(t)) mask |= SW_NUM;
  return mask;
}

/** The gate bits (SW_*) of each sentence of a doc, 0 until scanned */
const NUM_FLAGS = new WeakMap<Doc, Uint8Array>();
/** The doc's gate bits, for sentenceMayHaveNum and sentenceGates (a caller asking for many sentences gets them once). */
export function numFlagsOf(doc: Doc): Uint8Array {
  let flags = NUM_FLAGS.get(doc);
  if (!flags) {
    flags = new Uint8Array(doc.sentences.length);
    NUM_FLAGS.set(doc, flags);
  }
  return flags;
}

/** The gate bits (SW_*) of the doc's i-th sentence, found once a document. `flags`: numFlagsOf(doc). */
export function sentenceGates(doc: Doc, i: number, flags = numFlagsOf(doc)): number {
  let f = flags[i]!;
  if (f === 0) {
    f = SCANNED | gateBits(doc.sentences[i]!.text);
    flags[i] = f;
  }
  return f;
}

/**
 * MAY_HAVE_NUM of the doc's i-th sentence, tested once a document: caseload
 * and figures both ask it of many sentences. `flags`: numFlagsOf(doc).
 */
export function sentenceMayHaveNum(doc: Doc, i: number, flags = numFlagsOf(doc)): boolean {
  return (sentenceGates(doc, i, flags) & SW_NUM) !== 0;
}

/**
 * What NUM ends with (a digit, a number word, "hundred", "thousand",
 * "million", or, after "hundred and", any word) and starts with, as regex
 * sources: for cheap tests of the words that must come right after or before
 * a number, e.g. `${NUM_END}\s{1,3}of\s` before a pattern with `(${NUM})\s{1,3}of\s`.
 */
export const NUM_END = String.raw`(?:\d|\b(?:${FIRST_NUMBER_WORDS}|hundred|thousand|million)|\band\s+\w+)`;
export const NUM_START = String.raw`(?:\d|\b(?:${FIRST_NUMBER_WORDS}))`;

export function numberOf(raw: string): number | null {
  const v = parseNumber(raw.replace(/[\u00a0\s]+/g, " "));
  return v !== null && Number.isFinite(v) ? v : null;
}

export type Qualifier = "exact" | "more than" | "about" | "fewer than";

/** Qualifier words right before a number, as a regex source (one group-free alternative list). */
export const QUAL = String.raw`(?:(?:just|slightly|well|a\s{1,2}little)\s{1,2})?(?:more\s{1,2}than|over|in\s{1,2}excess\s{1,2}of|upwards\s{1,2}of|at\s{1,2}least|above|around|about|approximately|approx\.?|roughly|some|nearly|almost|close\s{1,2}to|an\s{1,2}estimated|c\.|circa|fewer\s{1,2}than|less\s{1,2}than|under|below|up\s{1,2}to)`;

export function qualifierOf(raw: string | undefined | null): Qualifier {
  if (!raw) return "exact";
  const s = raw.toLowerCase().replace(/\s+/g, " ").trim();
  if (/\b(?:more than|over|in excess of|upwards of|at least|above)$/.test(s)) return "more than";
  if (/\b(?:fewer than|less than|under|below|up to)$/.test(s)) return "fewer than";
  return "about";
}

/** Fraction words, longest first, with their value to two places. */
export const FRACTIONS: [RegExp, number][] = [
  [/\b(?:two|2)[- ]thirds\b/i, 0.67],
  [/\b(?:three|3)[- ]quarters\b/i, 0.75],
  [/\b(?:a|one)[- ]third\b/i, 0.33],
  [/\b(?:a|one)[- ]quarter\b/i, 0.25],
  [/\b(?:a|one)[- ]fifth\b/i, 0.2],
  [/\b(?:two|2)[- ]fifths\b/i, 0.4],
  [/\b(?:three|3)[- ]fifths\b/i, 0.6],
  [/\b(?:four|4)[- ]fifths\b/i, 0.8],
  [/\b(?:a|one)[- ]tenth\b/i, 0.1],
  [/\bhalf\b/i, 0.5],
];

/** Round to two places. */
export function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

/**
 * One or more spaces between two words, for patterns: `(?!\s{4})\s+` matches
 * exactly what `\s{1,3}` does where what follows never starts with a space
 * (the whole run of one to three is taken either way, and a longer run fails
 * either way). V8 compiles it several times faster than `\s{1,3}` (which it
 * unrolls into copies) and runs it faster than lean()'s loop for `\s{1,3}`
 * (1.3 to 3 times on the bench corpus). Used where a word (or the end, `$`)
 * follows.
 */
export const GAP = String.raw`(?!\s{4})\s+`;

/**
 * The same pattern, much cheaper for V8 to compile. V8 unrolls a repeat with
 * a small count (`\s{1,3}`, `(?:of\s)?`, `(?:\w+\s){0,3}?`) into copies and
 * then generates the rest of the pattern again after each copy, so a long
 * pattern with a dozen of them costs 5-30 ms to compile on its first use in
 * every process. A repeated item that may match empty is never unrolled:
 * adding an alternative that never matches, `(?!)`, makes it so without
 * changing what matches or in which order (`\s{1,3}` becomes
 * `(?:\s|(?!)){1,3}`). Worth it for long patterns that are run after a cheap
 * gate; the loop form scans a little slower, so not for the hot ones.
 */
export function lean(source: string): string {
  /** text to insert before a position of `source`, in order */
  const edits: { at: number; text: string }[] = [];
  /** open groups: where each starts, and whether it is a non-capturing one */
  const groups: { at: number; plain: boolean }[] = [];
  /** the item a quantifier would repeat: where it starts (-1: none), and what it is */
  let itemAt = -1;
  let itemKind: "atom" | "group" | "other" = "atom";
  let i = 0;
  while (i < source.length) {
    // a run of plain characters and two-character escapes, read in one step: each is an atom, and only the last can be repeated
    PLAIN_RUN.lastIndex = i;
    if (PLAIN_RUN.test(source)) {
      const end = PLAIN_RUN.lastIndex;
      // the last atom is an escape ("\s") when an odd number of backslashes comes before its last character
      let slashes = 0;
      while (end - 2 - slashes >= i && source.charCodeAt(end - 2 - slashes) === 92) slashes++;
      const last = source.charCodeAt(end - 1);
      // "|", "^", "$", "\b" and "\B" cannot be repeated
      const assertion = slashes % 2 === 1 ? last === 98 || last === 66 : last === 124 || last === 94 || last === 36;
      itemAt = assertion ? -1 : slashes % 2 === 1 ? end - 2 : end - 1;
      itemKind = "atom";
      i = end;
      continue;
    }
    const c = source[i]!;
    const count = c === "{" ? COUNT.exec(source.slice(i, i + 12)) : null;
    if (c === "(") {
      groups.push({ at: i, plain: source.startsWith("(?:", i) });
      itemAt = -1;
      i += groupHeadLength(source, i);
    } else if (c === ")") {
      const g = groups.pop();
      if (!g) return source; // not a valid pattern: left as it is
      // V8 never unrolls a group with captures: only a non-capturing one is rewritten
      itemAt = g.at;
      itemKind = g.plain ? "group" : "other";
      i++;
    } else if (itemAt >= 0 && (count || c === "?" || c === "*" || c === "+")) {
      const min = count ? Number(count[1]) : c === "+" ? 1 : 0;
      const max = count ? (count[2] === undefined ? min : count[2] === "" ? Infinity : Number(count[2])) : c === "?" ? 1 : Infinity;
      if (max !== Infinity && max > min && max - min <= 3) {
        if (itemKind === "group") edits.push({ at: i - 1, text: "|(?!)" });
        else if (itemKind === "atom") edits.push({ at: itemAt, text: "(?:" }, { at: i, text: "|(?!))" });
      }
      i += count ? count[0].length : 1;
      if (source[i] === "?") i++; // lazy
      itemAt = -1;
    } else {
      // an atom: an escape, a class or a character ("\b", "|", "^" and "$" cannot be repeated)
      let len = 1;
      if (c === "\\") len = escapeLength(source, i);
      else if (c === "[") {
        let j = i + 1;
        while (j < source.length && source[j] !== "]") j += source[j] === "\\" ? 2 : 1;
        len = j + 1 - i;
      }
      const assertion = c === "|" || c === "^" || c === "$" || (c === "\\" && (source[i + 1] === "b" || source[i + 1] === "B"));
      itemAt = assertion ? -1 : i;
      itemKind = "atom";
      i += len;
    }
  }
  if (!edits.length) return source;
  let out = "";
  let from = 0;
  for (const e of edits) {
    out += source.slice(from, e.at) + e.text;
    from = e.at;
  }
  return out + source.slice(from);
}

/**
 * Plain characters and escapes of two characters ("\s", "\b", "\."): none
 * starts a group, a class, a count or a repeat. lean() reads a run of them at
 * once (its sources are mostly words and spaces), which took its time in a
 * cold run from about 11 ms to a few.
 */
const PLAIN_RUN = /(?:[^\\()[{?*+]|\\[^pPukxc])+/y;

/** a count ("{2}", "{1,3}", "{2,}") at the start of a text: min, and max ("" when open) */
const COUNT = /^\{(\d{1,4})(?:,(\d{0,4}))?\}/;

/** The length of the group opening at `i`: "(", "(?:", "(?=", "(?!", "(?<=", "(?<!", "(?<name>". */
function groupHeadLength(source: string, i: number): number {
  if (source[i + 1] !== "?") return 1;
  if (source[i + 2] !== "<") return 3;
  return source[i + 3] === "=" || source[i + 3] === "!" ? 4 : source.indexOf(">", i) - i + 1;
}

/** The length of the escape at `i` ("\s", "\u00a0", "\x41", "\p{L}", "\cA", "\k<name>"). */
function escapeLength(source: string, i: number): number {
  const n = source[i + 1];
  if ((n === "p" || n === "P" || n === "u") && source[i + 2] === "{") return source.indexOf("}", i) - i + 1;
  if (n === "k" && source[i + 2] === "<") return source.indexOf(">", i) - i + 1;
  if (n === "u" && /^[\dA-Fa-f]{4}/.test(source.slice(i + 2, i + 6))) return 6;
  if (n === "x" && /^[\dA-Fa-f]{2}/.test(source.slice(i + 2, i + 4))) return 4;
  if (n === "c" && /^[A-Za-z]/.test(source.slice(i + 2, i + 3))) return 3;
  return 2;
}

/** a survey another party ran ("our survey", "the branch's workload survey", "respondents", "members told us") */
const SURVEY_GATE = /survey|respondent|questionnaire|told\s{1,3}us/i;
const SURVEY = /\b(?:respondents?|questionnaires?|(?:members|colleagues|staff|practitioners)\s{1,3}told\s{1,3}us|surveyed|survey)\b/i;
/** the survey is the inspectors' own (their staff survey is evidence of the inspection) */
const INSPECTORS_SURVEY = /\binspect(?:ors?|orate|ion)(?:'s|['’]s?)?\b|\bthe\s{1,3}report\b/i;

/**
 * The doc's sentence `s` gives a result of a survey someone other than the
 * inspectors ran: the sentence says so, or it is an item of a list whose
 * lead-in or heading does ("Thank you to the members who filled in our
 * survey. The headline findings:" then "* Respondents reported holding an
 * average of 63 cases each."). Such a number is not the provider's measured
 * caseload or sickness.
 */
export function fromOthersSurvey(doc: Doc, s: { text: string; block: number }): boolean {
  const own = (t: string) => SURVEY_GATE.test(t) && SURVEY.test(t) && !INSPECTORS_SURVEY.test(t);
  if (own(s.text)) return true;
  const block = doc.blocks[s.block];
  if (block?.kind !== "list-item") return false;
  const list = doc.lists.find((l) => l.items.some((b) => b.index === s.block));
  if (!list) return false;
  return (list.leadIn !== null && own(list.leadIn.text)) || (list.heading !== null && own(list.heading.text));
}

/** Gate of PART_TEAMS: one of its nouns. */
const PART_TEAMS_GATE = /\b(?:teams?|offices?|clusters?|hubs?)\b/;
/** A named part of a provider: "in the Ashby teams", "at the Kelby office", "across the Orton cluster" (its place words first). */
const PART_TEAMS = /\b(?:in|at|across|within|among)\s{1,3}(?:the\s{1,3})?((?:[A-Z][\w’'-]{1,30}\s{1,3}){1,3})(?:teams?|offices?|clusters?|hubs?)\b/;

/**
 * The place words of a named part of a provider in `text` ("workloads were
 * high in the Ashby teams, where officers held an average of 41 cases
 * each" gives "Ashby"), else null: a number about those staff is not the
 * provider's own unless the place is its name.
 */
export function partTeamsPlace(text: string): string | null {
  if (!PART_TEAMS_GATE.test(text)) return null;
  const m = PART_TEAMS.exec(text);
  return m ? m[1]!.trim() : null;
}
