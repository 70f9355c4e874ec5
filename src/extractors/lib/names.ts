/**
 * People's names in attributions and contact lines.
 *
 * Names are given without honorifics or titles ("Dame Glenys Stacey" ->
 * "Glenys Stacey", "Martin Jones CBE" -> "Martin Jones"); a short form
 * ("Mr Russell", "Dame Glenys") is resolved to the full name the document
 * gives elsewhere. Nothing here knows any particular person: names are found
 * from their shape (capitalised words after a title, an honorific or before
 * a role) only.
 */
import { isSpace, isWordChar } from "../../blocks/normalise.js";
import { memoByString } from "../../util/memo.js";

/** `s` without any of `chars` at its end (a linear-time stand-in for /[…]+$/). */
export function trimEndOf(s: string, chars: string): string {
  let e = s.length;
  while (e > 0 && chars.includes(s[e - 1]!)) e--;
  return s.slice(0, e);
}

/** `s` without any of `chars` at its start. */
export function trimStartOf(s: string, chars: string): string {
  let b = 0;
  while (b < s.length && chars.includes(s[b]!)) b++;
  return s.slice(b);
}
/** Honorifics and forms of address, lower case, without dots. */
const HONORIFICS = new Set([
  "mr", "mrs", "ms", "miss", "mx", "dr", "dame", "sir", "lord", "lady", "baroness", "baron", "professor", "prof",
  "cllr", "councillor", "rev", "revd", "reverend", "rt", "hon", "honourable", "right",
]);
/** Honorifics used with a first name ("Dame Glenys", "Sir Martin"). */
const FIRST_NAME_HONORIFICS = new Set(["dame", "sir"]);

/** Letters after a name (only when written in capitals). */
const POST_NOMINALS = new Set([
  "CBE", "OBE", "MBE", "KBE", "DBE", "BEM", "KC", "QC", "MP", "MSP", "MLA", "JP", "DL", "PHD", "PhD", "FRSA", "CB", "KCB", "CVO", "LVO",
]);

/**
 * Capitalised words that belong to titles, organisations or sentence
 * openings rather than to a person's name. Lower case.
 */
const NOT_NAME = new Set([
  // titles and roles
  "chief", "inspector", "inspectors", "inspectorate", "director", "directors", "head", "deputy", "assistant", "interim", "acting",
  "executive", "officer", "manager", "minister", "secretary", "chair", "chairman", "chairwoman", "chairperson", "leader",
  "member", "spokesperson", "spokesman", "spokeswoman", "governor", "commissioner", "president", "vice", "lead", "coordinator",
  "operations", "communications", "probation", "prisons", "prison", "justice", "services", "service", "council", "crime",
  "police", "constabulary", "constabularies", "fire", "rescue", "education", "inspection", "inspections", "hm", "her", "his", "majesty's", "majesty’s", "cabinet", "portfolio", "holder", "strategic", "regional", "national",
  "general", "senior", "principal", "team", "area", "divisional", "youth", "offending", "ministry", "department", "state", "home",
  "office", "board", "trust", "company", "community", "rehabilitation", "shadow", "mayor", "county", "city", "borough", "district",
  "health", "children's", "children’s", "social", "care", "adult", "adults", "safeguarding", "partnership", "public", "protection",
  "policy", "quality", "performance", "victims", "group", "unit", "agency", "authority", "committee", "association", "union",
  "former", "new", "previous", "founder", "editor", "correspondent", "reporter", "trustee", "adviser", "advisor", "superintendent",
  "constable", "sergeant", "detective", "commander", "solicitor", "barrister", "judge", "mp", "ceo", "press", "media",
  "centre", "foundation", "charity", "society", "network", "government", "unitary", "limited", "ltd", "plc", "delivery",
  "unit", "region", "division", "england", "wales", "scotland", "britain", "uk", "british", "english", "welsh",
  // sentence openings and function words
  "the", "a", "an", "and", "but", "also", "however", "meanwhile", "today", "yesterday", "tomorrow", "now", "then", "speaking",
  "commenting", "responding", "reacting", "in", "on", "at", "as", "this", "that", "these", "those", "she", "he", "it", "they", "we",
  "there", "here", "our", "their", "its", "earlier", "later", "last", "next", "when", "while", "after", "before", "for", "of",
  "with", "from", "by", "to", "if", "so", "said", "says", "added", "welcoming", "publishing", "following", "according",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may",
  "june", "july", "august", "september", "october", "november", "december", "mrs", "mr",
]);

/** Words that make a phrase a role. */
export const ROLE_WORD =
  /\b(?:inspector|director|head|chief|executive|officer|manager|minister|secretary|chair(?:man|woman|person)?|leader|member|spokes(?:person|man|woman)|governor|commissioner|president|lead|co-?ordinator|councillor|mayor|MP|clerk|founder|CEO|lecturer|professor|researcher|campaigner|deputy|superintendent|constable|commander|solicitor|barrister|judge|editor|correspondent|trustee|advis[eo]r|practitioner|worker|press office|press officer|communications|media|portfolio holder)s?\b/i;

/**
 * A name word's shape, /^[A-Z\u00C0-\u00DE][\p{L}'’-]{0,30}$/u, read by hand
 * (that pattern costs a millisecond to compile on every run).
 */
function hasNameShape(b: string): boolean {
  if (!b.length || !isCapCode(b.charCodeAt(0))) return false;
  let p = 1;
  for (let k = 0; p < b.length; k++) {
    if (k === 30) return false;
    const c = b.charCodeAt(p);
    if (c === 39 || c === 0x2019 || c === 45) {
      p++;
      continue;
    }
    const len = letterLengthAt(b, p);
    if (!len) return false;
    p += len;
  }
  return true;
}

export interface NameParse {
  /** the full name as far as written, without honorifics or letters after it */
  name: string;
  /** tokens of the name */
  tokens: string[];
  /** the honorific before it, lower case, when any */
  honorific: string | null;
  /** offsets of the whole mention (honorific to letters after) in the parsed string */
  start: number;
  end: number;
}

interface Tok {
  text: string;
  start: number;
  end: number;
}

/*
 * Reading names is the hot path of three extractors (every sentence of a
 * document is read once for the names it gives in full), so the string is
 * not cut into token strings up front: a hand-written scanner records where
 * each token stands, and Tok objects are made only for runs of two or more
 * capitalised words, the only runs that can hold a name worth returning.
 * The scanner cuts exactly like /[^\s,;:()“”"]+|[,;:()“”"]/g did (at most
 * 400 tokens).
 */
const MAX_TOKENS = 400;
// token boundaries of the string being read (the reader below is not re-entrant)
const tokStart = new Int32Array(MAX_TOKENS);
const tokEnd = new Int32Array(MAX_TOKENS);

/** Punctuation that is a token of its own: , ; : ( ) “ ” " */
function isPunctCode(c: number): boolean {
  return c === 44 || c === 59 || c === 58 || c === 40 || c === 41 || c === 34 || c === 0x201c || c === 0x201d;
}

const LETTER = /^\p{L}$/u;

/** The length (1 or 2) of the code point at `at` when it is a letter (\p{L}), else 0. */
export function letterLengthAt(s: string, at: number): number {
  const c = s.charCodeAt(at);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff && at + 1 < s.length) {
    const low = s.charCodeAt(at + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return LETTER.test(s.slice(at, at + 2)) ? 2 : 0;
  }
  return at < s.length && LETTER.test(s[at]!) ? 1 : 0;
}

/** Capital initial: [A-Z\u00C0-\u00DE] */
function isCapCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde);
}

/** Tokens of s[from, to) into tokStart/tokEnd; returns their number. */
function scanTokens(s: string, from: number, to: number): number {
  let n = 0;
  let p = from;
  while (p < to && n < MAX_TOKENS) {
    const c = s.charCodeAt(p);
    if (isPunctCode(c)) {
      tokStart[n] = p;
      tokEnd[n++] = p + 1;
      p++;
      continue;
    }
    if (isSpace(c)) {
      p++;
      continue;
    }
    const b = p++;
    while (p < to) {
      const d = s.charCodeAt(p);
      if (isPunctCode(d) || isSpace(d)) break;
      p++;
    }
    tokStart[n] = b;
    tokEnd[n++] = p;
  }
  return n;
}

function capitalAt(s: string, k: number, n: number): boolean {
  return k < n && isCapCode(s.charCodeAt(tokStart[k]!));
}

function particleAt(s: string, k: number, n: number): boolean {
  if (k >= n) return false;
  const len = tokEnd[k]! - tokStart[k]!;
  return len >= 2 && len <= 3 && PARTICLES.has(s.slice(tokStart[k]!, tokEnd[k]!));
}

/** The token ends in a possessive: /[’']s\.?$/ */
function possessiveAt(s: string, k: number): boolean {
  const b = tokStart[k]!;
  let e = tokEnd[k]!;
  if (s.charCodeAt(e - 1) === 46) e--;
  if (e - 2 < b || s.charCodeAt(e - 1) !== 115) return false;
  const q = s.charCodeAt(e - 2);
  return q === 0x2019 || q === 39;
}

/** `t` without one trailing "." or ",". */
function withoutStop(t: string): string {
  const c = t.charCodeAt(t.length - 1);
  return c === 46 || c === 44 ? t.slice(0, -1) : t;
}

function bare(t: string): string {
  return trimEndOf(t, ".’'").replace(/[’']s$/, "");
}

function isHonorific(t: string): boolean {
  // the longest honorific with its dot is 11 characters ("councillor.")
  if (t.length > 11) return false;
  return HONORIFICS.has((t.charCodeAt(t.length - 1) === 46 ? t.slice(0, -1) : t).toLowerCase());
}

const PARTICLES = new Set(["de", "da", "di", "du", "van", "von", "der", "den", "le", "la", "ter", "bin", "al"]);

const POSSESSIVE = /[’']s\.?$/;

const MEMO_LIMIT = 20_000;
/**
 * Answers by string for namesIn and cleanRole are kept for a few hundred
 * documents at most: they are asked the same question within a document.
 */
const STRING_MEMO_LIMIT = 1_000;

/** Answers of isNameToken by token (the same words come back in every document). */
const nameTokenAnswers = [memoByString((t) => nameTokenOf(t, false), MEMO_LIMIT), memoByString((t) => nameTokenOf(t, true), MEMO_LIMIT)] as const;

export function isNameToken(t: string, last = false): boolean {
  return nameTokenAnswers[last ? 1 : 0](t);
}

function nameTokenOf(t: string, last: boolean): boolean {
  if (PARTICLES.has(t)) return true;
  // the last word of a name may carry a possessive: "Justin Russell’s report"
  const b = (last ? t.replace(POSSESSIVE, "") : t).replace(/[.]$/, "");
  if (!hasNameShape(b)) return false;
  if (/^[A-Z]{2,}$/.test(b) && b.length > 1) return false; // an acronym: CRC, NPS
  if (/[’']s$/.test(b)) return false; // a possessive: "Merseyside’s"
  return !NOT_NAME.has(b.toLowerCase());
}

/**
 * The names in s[from, to), pushed to `out` with offsets from `from`; only
 * those of two or more words when `fullOnly`.
 */
function readNames(s: string, from: number, to: number, fullOnly: boolean, out: NameParse[]): void {
  const n = scanTokens(s, from, to);
  let i = 0;
  while (i < n) {
    // a run of capitalised tokens (an honorific, a name word, a title word)
    if (!capitalAt(s, i, n)) {
      i++;
      continue;
    }
    let j = i;
    while (j < n && j - i < 12) {
      // a name particle between capitalised words: "Sarah de Souza", "Jan van der Berg"
      if (!capitalAt(s, j, n) && !(j > i && particleAt(s, j, n) && (capitalAt(s, j + 1, n) || (particleAt(s, j + 1, n) && capitalAt(s, j + 2, n))))) break;
      j++;
      if (possessiveAt(s, j - 1)) break; // a possessive ends the name
    }
    // a single capitalised word is never a name by itself (not even after an honorific: nothing follows it)
    if (j - i >= 2) readRun(s, i, j, from, fullOnly, out);
    i = j;
  }
}

/** Read the run of tokens [i, j) as [title words] [honorific] Name Name [letters]. */
function readRun(s: string, i: number, j: number, from: number, fullOnly: boolean, out: NameParse[]): void {
  const run: Tok[] = [];
  for (let k = i; k < j; k++) run.push({ text: s.slice(tokStart[k]!, tokEnd[k]!), start: tokStart[k]! - from, end: tokEnd[k]! - from });
  // letters after the name
  let end = run.length;
  while (end > 0 && POST_NOMINALS.has(withoutStop(run[end - 1]!.text))) end--;
  // the last honorific in the run
  let h = -1;
  for (let k = end - 1; k >= 0; k--) {
    if (isHonorific(run[k]!.text)) {
      // "Rt Hon", "Right Honourable": take the first of a chain
      h = k;
      while (h > 0 && isHonorific(run[h - 1]!.text)) h--;
      break;
    }
  }
  // the name is run[nameFrom, nameTo)
  let nameFrom = -1;
  let nameTo = -1;
  let honorific: string | null = null;
  let mentionStart = -1;
  if (h >= 0) {
    let k = h;
    while (k < end && isHonorific(run[k]!.text)) k++;
    const afterLen = end - k;
    let n = 0;
    while (n < afterLen && n < 4 && isNameToken(run[k + n]!.text, n === afterLen - 1)) n++;
    if (n > 0) {
      nameFrom = k;
      nameTo = k + n;
      honorific = bare(run[k - 1]!.text).toLowerCase();
      mentionStart = run[h]!.start;
    }
  }
  if (nameFrom < 0) {
    // trailing name words after any title words
    let k = end;
    while (k > 0 && isNameToken(run[k - 1]!.text, k === end)) k--;
    while (k < end && PARTICLES.has(run[k]!.text)) k++;
    const first = k;
    let n = end - k;
    let words = 0;
    for (let x = k; x < end; x++) if (!PARTICLES.has(run[x]!.text)) words++;
    if (words >= 4) {
      k = end - 2;
      while (k > first + 1 && PARTICLES.has(run[k - 1]!.text)) k--;
      if (PARTICLES.has(run[k]!.text)) k--;
      n = end - k;
    }
    if (n >= 2) {
      nameFrom = k;
      nameTo = end;
      mentionStart = run[k]!.start;
    }
  }
  if (nameFrom < 0 || (fullOnly && nameTo - nameFrom < 2)) return;
  const names: string[] = [];
  for (let k = nameFrom; k < nameTo; k++) names.push(bare(run[k]!.text));
  let endTok = nameTo;
  while (endTok < run.length && POST_NOMINALS.has(withoutStop(run[endTok]!.text))) endTok++;
  out.push({ name: names.join(" "), tokens: names, honorific, start: mentionStart, end: run[endTok - 1]!.end });
}

/**
 * People named in a string: each run of capitalised words is read as
 * [title words] [honorific] Name Name [letters]. A single word counts only
 * after an honorific ("Mr Russell"). The answer is shared between callers:
 * do not modify it.
 */
// (answers by string: the same attribution or contact line is read by several callers)
export const namesIn: (s: string) => readonly NameParse[] = memoByString((s) => {
  const out: NameParse[] = [];
  readNames(s, 0, s.length, false, out);
  return out;
}, STRING_MEMO_LIMIT);

/** "Dame Glenys Stacey" -> "Glenys Stacey"; "Martin Jones CBE" -> "Martin Jones"; null when no name. */
export function cleanName(s: string): string | null {
  const n = namesIn(s)[0];
  return n ? n.name : null;
}

export type KnownName = { name: string; tokens: string[]; at: number };

/*
 * Full names are read sentence by sentence: the text is cut into pieces as
 * /[^.!?\n]{1,600}/g cuts it (a stretch without a stop, in slices of at most
 * 600 characters; at most 20,000 pieces). fullNamesIn reads every piece;
 * fullNamesWith and fullNamesBetween read only the pieces that can hold
 * what they are asked for, with the same answers as filtering fullNamesIn.
 */
const MAX_PIECE = 600;
const MAX_PIECES = 20_000;
/** Below this length a text cannot hold more than MAX_PIECES pieces (each takes a character and a stop). */
const FEW_PIECES = 2 * MAX_PIECES - 1;

function isStop(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 10;
}

/**
 * Read the full names of the pieces from the one that holds (or follows)
 * `from` until a piece starts at or after `to`. `from` must be where a
 * piece may start: 0, or a position given by pieceStartAt.
 */
function readPieces(text: string, from: number, to: number, out: KnownName[], guarded: boolean): void {
  const found: NameParse[] = [];
  const len = text.length;
  let p = from;
  let guard = 0;
  while (p < len && p < to) {
    let c = text.charCodeAt(p);
    if (isStop(c)) {
      p++;
      continue;
    }
    if (guarded && guard++ >= MAX_PIECES) break;
    let e = p + 1;
    const max = Math.min(len, p + MAX_PIECE);
    while (e < max && !isStop((c = text.charCodeAt(e)))) e++;
    found.length = 0;
    readNames(text, p, e, true, found);
    for (const n of found) out.push({ name: n.name, tokens: n.tokens, at: p + n.start });
    p = e;
  }
}

/** Where the piece holding position `p` starts (p itself when it is a stop: the next piece starts after it). */
function pieceStartAt(text: string, p: number): number {
  if (p >= text.length || isStop(text.charCodeAt(p))) return p;
  let s = p;
  while (s > 0 && !isStop(text.charCodeAt(s - 1))) s--;
  return s + Math.floor((p - s) / MAX_PIECE) * MAX_PIECE;
}

// the last text read whole: quotes and chief-inspector both ask for the same document
let lastFullText: string | null = null;
let lastFullNames: KnownName[] = [];
// fullNamesWith answers for lastWithText, by word
let lastWithText: string | null = null;
const withMemo = new Map<string, KnownName[]>();

/**
 * Every full (two-or-more-word) name written in a text, in order, with where
 * it stands. The answer is shared between callers: do not modify it.
 */
export function fullNamesIn(text: string): KnownName[] {
  if (text === lastFullText) return lastFullNames;
  const out: KnownName[] = [];
  readPieces(text, 0, text.length, out, true);
  lastFullText = text;
  lastFullNames = out;
  return out;
}

/**
 * The full names of fullNamesIn(text) that may have `word` as one of their
 * words, in order: every one that has is among them. Only the sentences
 * where the word is written are read. Shared answer: do not modify it.
 */
export function fullNamesWith(text: string, word: string): KnownName[] {
  if (text === lastFullText || !word || text.length >= FEW_PIECES) return fullNamesIn(text);
  if (text !== lastWithText) {
    lastWithText = text;
    withMemo.clear();
  }
  let out = withMemo.get(word);
  if (out === undefined) {
    out = [];
    // a name's word is a token that starts with `word`: read the piece of each place it is written
    let done = -1;
    for (let q = text.indexOf(word); q >= 0; q = text.indexOf(word, q + 1)) {
      if (q < done) continue;
      const start = pieceStartAt(text, q);
      let end = start + 1;
      const max = Math.min(text.length, start + MAX_PIECE);
      while (end < max && !isStop(text.charCodeAt(end))) end++;
      readPieces(text, start, end, out, false);
      done = end;
    }
    withMemo.set(word, out);
  }
  return out;
}

/** The full names of fullNamesIn(text) that start in [from, to), in order. */
export function fullNamesBetween(text: string, from: number, to: number): KnownName[] {
  const all = text === lastFullText || text.length >= FEW_PIECES ? fullNamesIn(text) : null;
  const out: KnownName[] = [];
  if (all) {
    for (const k of all) if (k.at >= from && k.at < to) out.push(k);
    return out;
  }
  if (from >= to) return out;
  const read: KnownName[] = [];
  readPieces(text, pieceStartAt(text, Math.max(0, from)), to, read, false);
  for (const k of read) if (k.at >= from && k.at < to) out.push(k);
  return out;
}

/**
 * The full name a short form stands for: "Russell" (from "Mr Russell") ->
 * "Justin Russell"; "Glenys" (from "Dame Glenys") -> "Glenys Stacey". The
 * nearest full name before `at` wins, else the first after it; null when the
 * document gives none.
 */
export function resolveShortName(
  short: string,
  honorific: string | null,
  known: { name: string; tokens: string[]; at: number }[],
  at: number,
): string | null {
  // names ending with the short form, else (after "Dame", "Sir") names starting with it
  return nearest(known, short, at, true) ?? (honorific && FIRST_NAME_HONORIFICS.has(honorific) ? nearest(known, short, at, false) : null);
}

/** The last name before `at` whose last (or first) word is `word`, else the first such name; null when none. */
function nearest(known: readonly KnownName[], word: string, at: number, last: boolean): string | null {
  let first: KnownName | null = null;
  let before: KnownName | null = null;
  for (const k of known) {
    if (k.tokens[last ? k.tokens.length - 1 : 0] !== word) continue;
    first ??= k;
    if (k.at < at) before = k;
  }
  return (before ?? first)?.name ?? null;
}

/**
 * Fold white space and trim the punctuation a role picks up from its
 * sentence. Answers are remembered by string: the same pieces of attribution
 * are read again and again.
 */
export const cleanRole: (s: string) => string | null = memoByString(roleOf, STRING_MEMO_LIMIT);

/*
 * cleanRole runs on every attribution piece. Its patterns with Unicode
 * classes cost milliseconds to compile, so each is run only when a cheap
 * test says it can match (most roles start with no "the" and hold no
 * possessive), and the role words are looked up in a Set (as ROLE_WORD
 * reads them: whole ASCII words, any case).
 */
const THE_POSSESSIVE = /^the\s+[\p{L}-]+[’']s\s/iu;
const STARTS_THE = /^the\s/i;
const ORG_POSSESSIVE = /^(?!The\s)[A-Z][\p{L}-]{0,30}(?:\s+(?:[A-Z][\p{L}-]{0,30}|&|of|and)){0,6}[’']s\s+(?=[a-z])/u;

function roleOf(s: string): string | null {
  let r = s.replace(/\s+/g, " ").trim();
  r = trimEndOf(trimStartOf(r, ",;:–—- "), ",;:–—-").trim();
  // THE_POSSESSIVE starts with "the" and white space ("the" has no other case forms, even under /iu)
  if (!(STARTS_THE.test(r) && THE_POSSESSIVE.test(r))) r = r.replace(/^(?:the|a|an|and|its|their|our)\s+/i, "");
  // "Westshire Council’s cabinet member for children" -> the role without its organisation
  if (r.includes("’s") || r.includes("'s")) r = r.replace(ORG_POSSESSIVE, "");
  // "Director of Operations, at Merseyside CRC" -> the role without the place of work
  r = r.replace(/\s+(?:at|from|with)\s+[^,]{1,80}$/i, "").trim();
  if (!r || r.length > 120 || !hasRoleWord(r)) return null;
  // a clause about the person, not their title: "told the paper’s editor", "who leads the team"
  if (CLAUSE_WORDS.has(firstWord(r))) return null;
  if (r.split(/\s+/).length > 14) return null;
  return r;
}

/** Words of ROLE_WORD, lower case, with their plurals. */
const ROLE_WORDS = new Set<string>();
for (const w of [
  "inspector", "director", "head", "chief", "executive", "officer", "manager", "minister", "secretary", "chair", "chairman", "chairwoman",
  "chairperson", "leader", "member", "spokesperson", "spokesman", "spokeswoman", "governor", "commissioner", "president", "lead", "coordinator",
  "councillor", "mayor", "mp", "clerk", "founder", "ceo", "lecturer", "professor", "researcher", "campaigner", "deputy", "superintendent",
  "constable", "commander", "solicitor", "barrister", "judge", "editor", "correspondent", "trustee", "adviser", "advisor", "practitioner",
  "worker", "communications", "media",
]) {
  ROLE_WORDS.add(w);
  ROLE_WORDS.add(w + "s");
}
/** Role words of two: the first, the character between, the second (with plural). */
const ROLE_PAIRS = new Map<string, { between: number; second: ReadonlySet<string> }>([
  ["co", { between: 45, second: new Set(["ordinator", "ordinators"]) }], // co-ordinator
  ["press", { between: 32, second: new Set(["office", "offices", "officer", "officers"]) }],
  ["portfolio", { between: 32, second: new Set(["holder", "holders"]) }],
]);

/** The words (\w runs, ASCII) cleanRole turns away as a clause's first word. */
const CLAUSE_WORDS = new Set([
  "told", "tells", "was", "is", "has", "had", "have", "were", "are", "said", "says", "added", "speaking", "spoke", "who", "which", "when", "while",
  "gave", "made", "wrote", "writes", "described", "called", "visited", "met", "praised", "warned",
]);

/** The \w run `s` starts with, lower case ("" when it starts with another character). */
function firstWord(s: string): string {
  let e = 0;
  while (e < s.length && isWordChar(s.charCodeAt(e))) e++;
  return s.slice(0, e).toLowerCase();
}

/** ROLE_WORD.test(s), by words: ROLE_WORD's words stand between \b's, so each is a whole \w run. */
export function hasRoleWord(s: string): boolean {
  const n = s.length;
  let i = 0;
  while (i < n) {
    if (!isWordChar(s.charCodeAt(i))) {
      i++;
      continue;
    }
    let e = i + 1;
    while (e < n && isWordChar(s.charCodeAt(e))) e++;
    const w = s.slice(i, e).toLowerCase();
    if (ROLE_WORDS.has(w)) return true;
    const pair = ROLE_PAIRS.get(w);
    if (pair && s.charCodeAt(e) === pair.between) {
      let g = e + 1;
      while (g < n && isWordChar(s.charCodeAt(g))) g++;
      if (pair.second.has(s.slice(e + 1, g).toLowerCase())) return true;
    }
    i = e;
  }
  return false;
}
