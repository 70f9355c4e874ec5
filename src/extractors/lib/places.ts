/**
 * Place phrases: the capitalised names before a provider keyword ("Humberside,
 * Lincolnshire & North Yorkshire" CRC), after one ("NPS North West"), and the
 * lists of places a provider is said to cover ("across Liverpool, Knowsley,
 * St Helens, Sefton and Wirral"). Token scans in code, no backtracking regex.
 */
import { foldSpace, isSpace } from "../../blocks/normalise.js";
import { memoByString } from "../../util/memo.js";

export interface Tok {
  text: string;
  start: number;
  end: number;
  /** isPlaceWord(text), once asked (the scans below ask about a token several times) */
  pw?: boolean | undefined;
}

/** Capitalised words that are never part of a place name. */
const STOP = new Set(
  (
    "The A An This That These Those Its It Their Our Your His Her Hers HM HMI HMIP HMPPS Majesty Majesty’s Majesty's " +
    "Inspectorate Inspectorates Inspection Inspections Inspector Inspectors Chief Interim Probation Service Services " +
    "National Report Reports Today Today’s Today's Yesterday Dame Mr Mrs Ms Miss Dr Sir Lord Lady Cllr Councillor Professor " +
    "In At By For From On Of With Into Within Across Under Over Onto Upon To And Or But However Meanwhile While Whilst " +
    "Although Though Both When Where Why How What Which Who Latest New Local Whole Following After Before Since During As " +
    "Like Unlike Each All Every Neighbouring Former Formerly Previous Current Also Justice Ministry Company Companies " +
    "Community Rehabilitation Trust Trusts Youth Team Teams Unit Units Delivery Division Divisions Region Regions Council " +
    "Councils Centre Center Offending Partnership Partnerships Government Minister Secretary Department Director Head " +
    "Manager Officer Officers Staff Government’s Prison Prisons Court Courts Police Crime Commissioner Said Says Read More " +
    "Share Click See Photo Picture Image Pic Credit Update Updated Published Posted Press Release News Notes Note Editor Editors " +
    "Ends ENDS Key Findings Conclusion Background Overall Outstanding Good Inadequate Requires Requiring Improvement " +
    "Excellent Poor CRC CRCs NPS PDU PDUs YOT YOS YJS YJPS YOTs Probation’s Inspectorate’s Here There Then Now Some Many Most " +
    "Several Other Others Such Only Just Even Still Yet Not No Yes If So Because Whether Despite Against Between Among Amongst " +
    "Throughout Without About Around Near Inside Outside Up Down Out Off Through Via Per Than Plus Including Includes " +
    "January February March April May June July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep " +
    "Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun " +
    "He She They We You I Mr. Mrs. Ms. Dr. St. Under Quality Impact Adult Adults Children Work Standards Standard"
  ).split(/\s+/),
);

/** Words that may precede "of" inside a place name ("Isle of Wight", "Vale of Glamorgan", "East Riding of Yorkshire", "Soke of Peterborough"). */
const OF_HEADS = /^(?:Isle|Isles|Vale|City|County|Borough|Forest|Royal|Kingdom|Bishop|Port|Riding|Soke)$/;
/** Words that may follow "of" inside a place name ("East of England"). */
const OF_TAILS = /^(?:England|Wales|Scotland)$/;

export const COMPASS = /^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Mid)$/;

/** Lower-case hyphen parts that may link a place name ("Stockton-on-Tees", "Weston-super-Mare"). */
const HYPHEN_LINKS = new Set(["on", "in", "upon", "under", "le", "la", "the", "by", "sur", "en", "super"]);

// Char codes for the hand-written scans below (the hottest code of provider
// extraction: a regex call per word costs more than the test itself).
const HYPHEN = 45;
const APOSTROPHE = 39;
const RIGHT_QUOTE = 0x2019;

/**
 * A Latin letter with a mark, of Latin-1 and Latin Extended-A and -B ("â",
 * "Ŵ" of "Bro Ŵyr", "é"): a place word may start with one or hold one
 * (not "×" and "÷", the two signs in that range).
 */
function isLatinMarked(c: number): boolean {
  return c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7;
}

/** A marked Latin capital ("Ŵ", "Ö"): one that lower-cases to another letter. */
function isMarkedUpper(c: number): boolean {
  if (!isLatinMarked(c)) return false;
  const ch = String.fromCharCode(c);
  return ch !== ch.toLowerCase();
}

function isUpper(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 0xc0 && isMarkedUpper(c));
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && isLatinMarked(c));
}

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && isLatinMarked(c));
}

export function isPlaceWord(w: string): boolean {
  if (!isUpper(w.charCodeAt(0))) return false;
  if (STOP.has(w)) return false;
  const n = w.length;
  const pre = w.charCodeAt(n - 2);
  // a possessive, "’s", or "’S" in a shouted word ("ASHBY’S youth offending service")
  if (n >= 2 && (w.charCodeAt(n - 1) | 32) === 115 && (pre === APOSTROPHE || pre === RIGHT_QUOTE)) return false;
  let upper = true;
  let hyphen = false;
  for (let i = 0; i < n; i++) {
    const c = w.charCodeAt(i);
    if (c >= 48 && c <= 57) return false; // a digit
    if (!isUpper(c)) upper = false;
    if (c === HYPHEN) hyphen = true;
  }
  if (n >= 2 && upper) return false; // acronyms (DLNR, KSS) and shouting headlines
  if (!hyphen) return true;
  // "Sodexo-owned", "Leeds-based": a lower-case hyphen part other than a linking word
  const parts = w.split("-");
  for (let i = 1; i < parts.length; i++) {
    const p = parts[i]!;
    const c = p.charCodeAt(0);
    if (c >= 97 && c <= 122 && !HYPHEN_LINKS.has(p)) return false;
  }
  return true;
}

/** isPlaceWord of a token's text, worked out once a token. */
function placeWord(t: Tok): boolean {
  let r = t.pw;
  if (r === undefined) {
    r = isPlaceWord(t.text);
    t.pw = r;
  }
  return r;
}

/**
 * The next token at or after `i` and before `to`: a word (letters, digits,
 * hyphens and inner apostrophes, at most 41 characters; letters with marks
 * too, "Ŵ", "â": isLatinMarked), "&" or ",". Exactly the matches of
 * /[A-Za-z0-9](?:[A-Za-z0-9-]|[’'](?=[A-Za-z])){0,40}|&|,/g (with those letters in each class) on
 * text.slice(i, to), hand-written because it runs for every word near every
 * provider keyword.
 */
function nextToken(text: string, i: number, to: number): Tok | null {
  for (; i < to; i++) {
    const c = text.charCodeAt(i);
    if (isAlnum(c)) {
      const start = i++;
      for (let n = 0; n < 40 && i < to; n++) {
        const d = text.charCodeAt(i);
        if (isAlnum(d) || d === HYPHEN) i++;
        else if ((d === APOSTROPHE || d === RIGHT_QUOTE) && i + 1 < to && isLetter(text.charCodeAt(i + 1))) i++;
        else break;
      }
      return { text: text.slice(start, i), start, end: i, pw: undefined };
    }
    if (c === 38 || c === 44) return { text: text[i]!, start: i, end: i + 1, pw: false }; // "&", ","
  }
  return null;
}

/** A character no word token contains: tokenising from it gives the same tokens as from any earlier point. */
function isTokenBreak(c: number): boolean {
  return !isAlnum(c) && c !== HYPHEN && c !== APOSTROPHE && c !== RIGHT_QUOTE;
}

export function tokens(text: string, base = 0): Tok[] {
  const out: Tok[] = [];
  let t = nextToken(text, 0, text.length);
  while (t) {
    out.push({ text: t.text, start: base + t.start, end: base + t.end, pw: t.pw });
    t = nextToken(text, t.end, text.length);
  }
  return out;
}

/** Tokens of text[from, to), scanned only as far as they are asked for (most scans stop after a few words). */
class TokenStream {
  private readonly toks: Tok[] = [];
  private pos: number;
  private done = false;
  constructor(
    private readonly text: string,
    from: number,
    private readonly to: number,
  ) {
    this.pos = from;
  }

  /** Only spaces (and single line breaks) between two of its tokens. */
  joined(a: Tok, b: Tok): boolean {
    return joined(this.text, a, b);
  }

  /** A colon right after `a`, then only spaces before `b` ("districts: Ashby"). */
  colonJoined(a: Tok, b: Tok): boolean {
    return this.text.charCodeAt(a.end) === 58 && blank(this.text, a.end + 1, b.start, false);
  }

  /** A colon or a spaced dash between a group's words and its first place ("districts: Ashby", "towns – Ashby"). */
  markJoined(a: Tok, b: Tok): boolean {
    return this.colonJoined(a, b) || this.dashJoined(a, b);
  }

  /** A spaced dash between `a` and `b` ("towns – Ashby", "towns - Ashby", "towns — Ashby"). */
  dashJoined(a: Tok, b: Tok): boolean {
    const { text } = this;
    // (a space, the dash, a space: one dash, nothing else between)
    if (b.start - a.end > 8 || text.charCodeAt(a.end) !== 32 || text.charCodeAt(b.start - 1) !== 32) return false;
    let dashes = 0;
    for (let k = a.end; k < b.start; k++) {
      const c = text.charCodeAt(k);
      if (c === 0x2013 || c === 0x2014 || c === HYPHEN) dashes++;
      else if (c !== 32 && c !== 0xa0) return false;
    }
    return dashes === 1;
  }

  at(i: number): Tok | undefined {
    while (!this.done && this.toks.length <= i) {
      const t = nextToken(this.text, this.pos, this.to);
      if (t) {
        this.toks.push(t);
        this.pos = t.end;
      } else this.done = true;
    }
    return this.toks[i];
  }
}

/** Only spaces, tabs and no-break spaces in text[a, b), and with `newline` at most one line break. */
function blank(text: string, a: number, b: number, newline: boolean): boolean {
  let nl = !newline;
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 0xa0) continue;
    if (c === 10 && !nl) {
      nl = true;
      continue;
    }
    return false;
  }
  return true;
}

/** Only spaces (and single line breaks) between two tokens. */
function joined(text: string, a: Tok, b: Tok): boolean {
  return blank(text, a.end, b.start, true);
}

export interface Place {
  /** as written, spaces folded */
  text: string;
  start: number;
  end: number;
}

function render(toks: Tok[]): string {
  let s = "";
  for (const t of toks) {
    if (t.text === ",") s += ",";
    else s += (s ? " " : "") + t.text;
  }
  return s.trim();
}

/** Drop connectors at the edges, and commas not followed by "and"/"&" (so "In Leeds, Bradford" is "Bradford"). */
function tidy(parts: Tok[]): Tok[] {
  // the kept tokens are parts[a, b): worked out by index, with no copies on the way
  let a = 0;
  let b = parts.length;
  while (a < b && !placeWord(parts[a]!)) a++;
  while (a < b && !placeWord(parts[b - 1]!)) b--;
  let lastComma = -1;
  for (let i = b - 1; i >= a; i--) {
    if (parts[i]!.text === ",") {
      lastComma = i;
      break;
    }
  }
  if (lastComma >= 0) {
    let after = false;
    for (let i = lastComma + 1; i < b && !after; i++) after = parts[i]!.text === "and" || parts[i]!.text === "&";
    if (!after) a = lastComma + 1;
  }
  return parts.slice(a, b);
}

/**
 * Tokens of text[lo, pos) from the last one back, read only as far as they
 * are asked for (a place phrase is a few words). Each run of word characters
 * is split as a forward scan of the whole window would split it: tokens never
 * span a character outside a word.
 */
class TokensBefore {
  /** the tokens read so far, the last one first */
  private readonly toks: Tok[] = [];
  private at: number;
  constructor(
    private readonly text: string,
    private readonly lo: number,
    pos: number,
  ) {
    this.at = pos;
  }

  /** The k-th token back from the end (0: the last). */
  get(k: number): Tok | undefined {
    while (this.toks.length <= k && this.at > this.lo) this.readBack();
    return this.toks[k];
  }

  private readBack(): void {
    const { text, lo } = this;
    let i = this.at - 1;
    let c = text.charCodeAt(i);
    while (i >= lo && isTokenBreak(c) && c !== 38 && c !== 44) c = text.charCodeAt(--i);
    if (i < lo) {
      this.at = lo;
      return;
    }
    if (c === 38 || c === 44) {
      // "&" or ","
      this.toks.push({ text: text[i]!, start: i, end: i + 1, pw: false });
      this.at = i;
      return;
    }
    let start = i;
    while (start > lo && !isTokenBreak(text.charCodeAt(start - 1))) start--;
    const run = tokensIn(text, start, i + 1);
    for (let k = run.length - 1; k >= 0; k--) this.toks.push(run[k]!);
    this.at = start;
  }
}

function tokensIn(text: string, from: number, to: number): Tok[] {
  const out: Tok[] = [];
  let t = nextToken(text, from, to);
  while (t) {
    out.push(t);
    t = nextToken(text, t.end, to);
  }
  return out;
}

/**
 * The place phrase that ends right before `pos` in `text` (only spaces
 * between), or null. "inspection of Humberside, Lincolnshire & North
 * Yorkshire| CRC" gives "Humberside, Lincolnshire & North Yorkshire".
 * `possessive`: a place in the possessive right before is read as well
 * ("Pellingford’s| Youth Justice Service" gives "Pellingford").
 */
export function placeBefore(text: string, pos: number, possessive = false): Place | null {
  if (possessive) {
    const q = possessiveBefore(text, pos);
    if (q >= 0) return placeBefore(text, q);
  }
  const toks = new TokensBefore(text, Math.max(0, pos - 180), pos);
  const last = toks.get(0);
  if (!last) return null;
  // only spaces before the keyword, or a possessive apostrophe ("Stockton-on-Tees' Youth ...")
  if (!blank(text, last.end, pos, false)) {
    const q = text.charCodeAt(last.end);
    if (!((q === APOSTROPHE || q === RIGHT_QUOTE) && blank(text, last.end + 1, pos, false) && last.text.endsWith("s"))) return null;
  }
  // the phrase's tokens, last first
  const rev: Tok[] = [];
  for (let k = 0; ; k++) {
    const t = toks.get(k);
    if (!t) break;
    const next = rev[rev.length - 1];
    if (next && !joined(text, t, next)) break;
    if (placeWord(t)) {
      rev.push(t);
      continue;
    }
    // (nothing read yet: stop before reading the word before, the usual end of "the CRC")
    if (!rev.length) break;
    const prev = toks.get(k + 1);
    if (!prev) break;
    if ((t.text === "and" || t.text === "&" || t.text === ",") && placeWord(prev)) {
      rev.push(t);
      continue;
    }
    if (t.text === "upon" && placeWord(prev)) {
      rev.push(t);
      continue;
    }
    if (t.text === "of" && (OF_HEADS.test(prev.text) || OF_TAILS.test(next!.text))) {
      rev.push(t);
      continue;
    }
    if (t.text === "the" && prev.text === "and" && next && placeWord(next)) {
      rev.push(t);
      continue;
    }
    break;
  }
  if (!rev.length) return null;
  const p = tidy(rev.reverse());
  if (!p.length) return null;
  return { text: render(p), start: p[0]!.start, end: p[p.length - 1]!.end };
}

/**
 * Where the apostrophe of a possessive "’s" right before `pos` (only spaces
 * between) stands, after a letter: "Pellingford’s| Youth Justice Service";
 * else -1.
 */
function possessiveBefore(text: string, pos: number): number {
  let i = pos - 1;
  while (i > 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  if (i === pos - 1 || i < 2 || text.charCodeAt(i) !== 115) return -1;
  const q = text.charCodeAt(i - 1);
  return (q === APOSTROPHE || q === RIGHT_QUOTE) && isLetter(text.charCodeAt(i - 2)) ? i - 1 : -1;
}

/**
 * The place phrase that starts at `pos` (after optional spaces), or null.
 * Stops before a non-place word; "North West division" gives "North West".
 */
export function placeAfter(text: string, pos: number, allowComma = false): Place | null {
  const toks = new TokenStream(text, pos, Math.min(text.length, pos + 180));
  const first = toks.at(0);
  if (!first || !blank(text, pos, first.start, false)) return null;
  const parts: Tok[] = [];
  for (let i = 0; ; i++) {
    const t = toks.at(i);
    if (!t) break;
    const prev = parts[parts.length - 1];
    if (prev && !joined(text, prev, t)) break;
    if (placeWord(t)) {
      parts.push(t);
      continue;
    }
    if (!prev) break;
    const nx = toks.at(i + 1);
    if (!nx) break;
    if ((t.text === "and" || t.text === "&" || (allowComma && t.text === ",")) && placeWord(nx)) {
      parts.push(t);
      continue;
    }
    const nx2 = t.text === "and" && nx.text === "the" ? toks.at(i + 2) : undefined;
    if (nx2 && placeWord(nx2)) {
      parts.push(t, nx);
      i++;
      continue;
    }
    if (t.text === "upon" && placeWord(nx)) {
      parts.push(t);
      continue;
    }
    if (t.text === "of" && (OF_HEADS.test(prev.text) || OF_TAILS.test(nx.text))) {
      parts.push(t);
      continue;
    }
    break;
  }
  const p = tidy(parts);
  if (!p.length) return null;
  return { text: render(p), start: p[0]!.start, end: p[p.length - 1]!.end };
}

/** Words that introduce a place inside a list item and are dropped ("parts of Yorkshire", "the rest of Wiltshire"). */
const ITEM_LEAD = /^(?:the|parts?|of|most|all|much|some|areas?|whole|large|rest|county|city|borough|boroughs|counties|cities)$/i;

const MONTH_TOWN = /^(?:March|May)$/;
/** A compass word in lower case that may start a list item ("and west Norfolk"): part of the place only before a place word. */
const LOWER_COMPASS = /^(?:north|south|east|west|north-east|north-west|south-east|south-west|northern|southern|eastern|western|central|mid)$/;
/** Lower-case words that may end a list item after a place word: a feature ("the Aire valley"), then a group ("the Aire valley towns"). */
const TAIL_FEATURE = /^(?:valleys?|vale|coast|dales|moors|fells|fens|wolds|estuary|coalfield)$/;
const TAIL_GROUP = /^(?:villages|towns|communities)$/;
const GROUP_ADJ = /^(?:surrounding|nearby|neighbouring|neighboring|market|rural|coastal|outlying|smaller|former|mining|seaside|industrial|unitary|old|pit)$/;
/** The provider's own town or city, unnamed, before the group phrase: "the town and the old pit villages of". */
const OWN_TOWN = /^(?:town|city)$/;
/** An adverb ("largely", "mostly", "predominantly") before a describing word. */
const ADVERB = /^[a-z]{2,16}ly$/;
const GROUP_NOUN = /^(?:towns?|villages?|parish(?:es)?|districts?|areas?|boroughs?|city|cities|communities|council|councils|authority|authorities|local)$/;
/** A lower-case area word after a place, before the list goes on ("the Wrayfield district, ...", "Ashby town and ..."): not part of the place. */
const AREA_TAIL = /^(?:district|borough|area|county|town|city)$/;

/**
 * The number of tokens from `i` of a group phrase ending in "of" before a
 * place ("the surrounding towns of", "the Fenland market towns of"), or 0.
 */
function groupLead(toks: TokenStream, i: number): number {
  let j = i;
  // "the town and the villages of": the town is the one the sentence is about, not named
  if (toks.at(j)?.text === "the" && OWN_TOWN.test(toks.at(j + 1)?.text ?? "") && toks.at(j + 2)?.text === "and") j += 3;
  if (toks.at(j)?.text === "the") j++;
  // "the two boroughs of": a count before the group words
  if (j > i && COUNT_WORD.test(toks.at(j)?.text ?? "")) j++;
  let n = 0;
  for (let t = toks.at(j); t && n < 3 && (GROUP_ADJ.test(t.text) || placeWord(t) || adverbBeforeAdj(toks, j)); t = toks.at(j)) {
    j++;
    n++;
  }
  let nouns = 0;
  for (let t = toks.at(j); t && nouns < 2 && GROUP_NOUN.test(t.text); t = toks.at(j)) {
    j++;
    nouns++;
  }
  if (!nouns || toks.at(j)?.text !== "of") return 0;
  // "the villages of the Marl Valley": a "the" after "of" goes with the group words
  const the = toks.at(j + 1)?.text === "the" ? 1 : 0;
  const nx = toks.at(j + 1 + the);
  if (!nx || !placeWord(nx)) return 0;
  return j - i + 1 + the;
}

/** An adverb before a describing word of a group phrase: "largely" in "the largely rural district of". */
function adverbBeforeAdj(toks: TokenStream, j: number): boolean {
  const t = toks.at(j);
  return t !== undefined && ADVERB.test(t.text) && GROUP_ADJ.test(toks.at(j + 1)?.text ?? "");
}

const COUNT_WORD = /^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})$/;
const POSSESSIVE = /^[a-z]{2,20}[’']s$/;
const PLURAL_GROUP = /^(?:towns|villages|parishes|districts|areas|boroughs|cities|communities|counties|councils|authorities)$/;

/**
 * The number of tokens from `i` of a counted group set before its places
 * with a comma ("the district’s three towns,", "its four boroughs,", "the
 * three market towns,"), the place word after the comma, or 0. The count
 * is needed: "the towns, Ashby" alone reads as a list. A colon stands for
 * the comma ("the county's four districts: Ashby, Kelby ..."), and so does
 * a spaced dash ("the borough’s three towns – Ashby, Kelby and Orton"); they
 * are no tokens, so the count then ends at the group word.
 */
function countedGroupLead(toks: TokenStream, i: number): number {
  let j = i;
  const lead = toks.at(j)?.text;
  if (lead !== "the" && lead !== "its" && lead !== "their") return 0;
  j++;
  if (lead === "the" && POSSESSIVE.test(toks.at(j)?.text ?? "")) j++;
  if (!COUNT_WORD.test(toks.at(j)?.text ?? "")) return 0;
  j++;
  for (let n = 0; n < 2 && GROUP_ADJ.test(toks.at(j)?.text ?? ""); n++) j++;
  if (!PLURAL_GROUP.test(toks.at(j)?.text ?? "")) return 0;
  j++;
  const comma = toks.at(j);
  // "four districts: Ashby"
  if (comma && placeWord(comma) && toks.markJoined(toks.at(j - 1)!, comma)) return j - i;
  const nx = toks.at(j + 1);
  if (comma?.text !== "," || !nx || !placeWord(nx) || !toks.joined(toks.at(j - 1)!, comma) || !toks.joined(comma, nx)) return 0;
  return j - i + 1;
}

/** Is one of the `n` tokens from `i` a plural group word ("towns", "cities")? */
function pluralWithin(toks: TokenStream, i: number, n: number): boolean {
  for (let k = i; k < i + n; k++) if (PLURAL_GROUP.test(toks.at(k)?.text ?? "")) return true;
  return false;
}

/** Do tokens from `i` read "as well as" followed by a place (a place word, or a group phrase or compass word before one)? */
function asWellAs(toks: TokenStream, i: number): boolean {
  const w = toks.at(i + 1);
  const a = toks.at(i + 2);
  const nx = toks.at(i + 3);
  if (w?.text !== "well" || a?.text !== "as" || !nx || !toks.joined(toks.at(i)!, w) || !toks.joined(w, a) || !toks.joined(a, nx)) return false;
  return placeWord(nx) || lowerCompass(toks, i + 3) || groupLead(toks, i + 3) > 0;
}

/**
 * Do tokens from `i` read "along with" (or "together with") followed by a
 * place (a place word, or a group phrase or compass word before one)?
 */
function alongWith(toks: TokenStream, i: number): boolean {
  const w = toks.at(i + 1);
  const nx = toks.at(i + 2);
  if (w?.text !== "with" || !nx || !toks.joined(toks.at(i)!, w) || !toks.joined(w, nx)) return false;
  return placeWord(nx) || lowerCompass(toks, i + 2) || groupLead(toks, i + 2) > 0;
}

/** Is token `i` a lower-case compass word joined to a place word after it ("west Norfolk")? */
function lowerCompass(toks: TokenStream, i: number): boolean {
  const t = toks.at(i);
  if (!t || !LOWER_COMPASS.test(t.text)) return false;
  const nx = toks.at(i + 1);
  return nx !== undefined && placeWord(nx) && toks.joined(t, nx);
}

/** Whether the item so far ends with a place word. */
function prev0(cur: Tok[]): boolean {
  const p = cur[cur.length - 1];
  return p !== undefined && placeWord(p);
}

function isAnd(t: Tok): boolean {
  return t.text === "and" || t.text === "&";
}

function placeOf(toks: Tok[]): Place {
  return { text: render(toks), start: toks[0]!.start, end: toks[toks.length - 1]!.end };
}

/**
 * One list item's tokens as places. "West and East Midlands" is two places;
 * with `splitAnd` (the last item of a list) the first other "and" splits too
 * ("West Sussex and Brighton and Hove" -> "West Sussex", "Brighton and Hove";
 * "North and South Tyneside and Northumberland" -> three places).
 */
function expandItem(seg: Tok[], splitAnd: boolean): Tok[][] {
  if (seg.length >= 4 && COMPASS.test(seg[0]!.text) && isAnd(seg[1]!) && COMPASS.test(seg[2]!.text)) {
    const rest = seg.slice(3);
    const k = rest.findIndex(isAnd);
    const noun = k < 0 ? rest : rest.slice(0, k);
    return [[seg[0]!, ...noun], ...expandItem(seg.slice(2), splitAnd)];
  }
  const i = seg.findIndex(isAnd);
  if (!splitAnd || i <= 0 || i === seg.length - 1) return [seg];
  return [seg.slice(0, i), ...expandItem(seg.slice(i + 1), false)];
}

/** Words whose possessive begins a place name ("King's Lynn", "Bishop's Stortford", "Queen's Park"). */
const POSSESSIVE_HEADS = new Set(["King", "Queen", "Bishop", "Prince", "Abbot", "Abbots", "Lady", "Earl", "Monk", "Monks"]);

/**
 * Token `i` is a possessive that begins a place name, the place word after it
 * joined to it: one of POSSESSIVE_HEADS, or a saint's name after "St"
 * ("St John's Wood"). Any other possessive ("Fenland's towns", "Kent's
 * Medway towns") is the owner of what follows, not part of a name.
 */
function possessiveHead(text: string, toks: TokenStream, i: number): boolean {
  const t = toks.at(i);
  if (!t) return false;
  const w = t.text;
  const n = w.length;
  if (n < 4 || w.charCodeAt(n - 1) !== 115) return false;
  const q = w.charCodeAt(n - 2);
  if (q !== APOSTROPHE && q !== RIGHT_QUOTE) return false;
  const stem = w.slice(0, n - 2);
  if (!POSSESSIVE_HEADS.has(stem)) {
    const prev = i > 0 ? toks.at(i - 1) : undefined;
    if (!prev || (prev.text !== "St" && prev.text !== "Saint") || !joined(text, prev, t) || !isUpper(stem.charCodeAt(0))) return false;
  }
  const nx = toks.at(i + 1);
  return nx !== undefined && joined(text, t, nx) && placeWord(nx);
}

/** A place word of a list: a place word, or a town that shares a month's name (module-level: no closure a call). */
function listPlace(t: Tok, monthTowns: Set<Tok>): boolean {
  return placeWord(t) || monthTowns.has(t);
}

function anyPlace(toks: Tok[], monthTowns: Set<Tok>): boolean {
  for (const t of toks) if (listPlace(t, monthTowns)) return true;
  return false;
}

/**
 * A list of places starting at `pos`: "Liverpool, Knowsley, St Helens, Sefton
 * and Wirral", "Lincolnshire and parts of Yorkshire", "Redcar and Cleveland,
 * and Stockton-on-Tees" (an "and" inside a comma-separated item keeps the
 * item whole), "Birmingham, Staffordshire, and the West and East Midlands"
 * (the last expands to "West Midlands", "East Midlands"). [] when no place
 * starts there.
 */
export function placeList(text: string, pos: number): Place[] {
  const toks = new TokenStream(text, pos, Math.min(text.length, pos + 400));
  const first = toks.at(0);
  if (!first || !blank(text, pos, first.start, false)) return [];
  // A list starts with a place word, a lead word ("the", "parts") or a lower-case compass word: the loop
  // below stops at any other first token with nothing found (most calls).
  if (!placeWord(first) && !ITEM_LEAD.test(first.text) && !LOWER_COMPASS.test(first.text) && first.text !== "its" && first.text !== "their" && !possessiveHead(text, toks, 0)) return [];
  // comma-separated segments of place words and "and"s
  const segs: Tok[][] = [];
  // lower-case tokens that belong to a place here (a town that shares a month's name, "west", "valley")
  const monthTowns = new Set<Tok>();
  let cur: Tok[] = [];
  // segments that end a list of their own (before "and the ..."): their "and"s split as a last item's do
  const listEnds = new Set<Tok[]>();
  let last: Tok | null = null;
  // "the towns of Ashby, ...": the group words before the first place are not a place
  // (or "the district’s three towns, Ashby, …")
  const i0 = groupLead(toks, 0) || countedGroupLead(toks, 0);
  if (!i0 && (first.text === "its" || first.text === "their")) return [];
  // (a colon or a dash after the group words stands between them and the first place: "four districts: Ashby")
  if (i0) {
    const lead = toks.at(i0 - 1)!;
    last = toks.markJoined(lead, toks.at(i0) ?? lead) ? null : lead;
  }
  // the item under way follows a plural group's words ("the cities of Ashby and Kelby"): its "and" names two places
  let afterPlural = i0 > 0 && pluralWithin(toks, 0, i0);
  for (let i = i0; ; i++) {
    const t = toks.at(i);
    if (!t) break;
    if (last && !joined(text, last, t)) break;
    const nx = toks.at(i + 1);
    if (placeWord(t)) {
      cur.push(t);
      last = t;
      continue;
    }
    // "King's Lynn": a possessive that begins a place name
    if (possessiveHead(text, toks, i)) {
      cur.push(t);
      monthTowns.add(t);
      last = t;
      continue;
    }
    if (t.text === ",") {
      afterPlural = false;
      if (!anyPlace(cur, monthTowns)) break;
      segs.push(cur);
      cur = [];
      last = t;
      continue;
    }
    // "Bolton and the surrounding towns of Farnworth, ...": the group words are not a place
    // ("and in the unitary authority of Brindle Moor": an "in" after the "and" goes with them)
    const andIn = isAnd(t) && nx?.text === "in" ? 1 : 0;
    const lead = isAnd(t) && (cur.length || segs.length) ? groupLead(toks, i + 1 + andIn) : 0;
    if (lead) {
      // after a comma list, the "and" before the group words ends it as a comma would: its last item's "and"s split
      // ("Ashby, Kelby and Orton and the rural district of Wenning")
      // (so does the "and" of an item a plural group's words led: "the cities of Ashby and Kelby and the rural districts of ...")
      if ((segs.length || afterPlural) && anyPlace(cur, monthTowns)) listEnds.add(cur);
      if (anyPlace(cur, monthTowns)) segs.push(cur);
      cur = [];
      afterPlural = pluralWithin(toks, i + 1 + andIn, lead);
      i += lead + andIn;
      last = toks.at(i)!;
      continue;
    }
    // "the Wrayfield district and the …": an area word after a place, with more of the list after it, is passed over
    if (prev0(cur) && AREA_TAIL.test(t.text) && nx && (nx.text === "," || isAnd(nx)) && joined(text, t, nx)) {
      last = t;
      continue;
    }
    // "Ashby itself, Kelby and …": "itself" after a place, with more of the list after it, is passed over
    if (t.text === "itself" && prev0(cur) && nx && (nx.text === "," || isAnd(nx)) && joined(text, t, nx)) {
      last = t;
      continue;
    }
    // "the town of Ashby as well as Kelby and Orton": "as well as" joins list items as a comma does
    if (t.text === "as" && anyPlace(cur, monthTowns) && asWellAs(toks, i)) {
      // (after a comma list, it ends the list as a comma would: its last item's "and"s split,
      // "Ashby, Kelby and Orton as well as the city of Tove")
      if (segs.length) listEnds.add(cur);
      segs.push(cur);
      cur = [];
      // (with the group words of "as well as the villages of ...")
      i += 2 + groupLead(toks, i + 3);
      last = toks.at(i)!;
      continue;
    }
    // "Ashby, Kelby and Orton, along with the villages of the Wenning valley": "along with" after the list (or its comma) joins as "as well as" does
    // (and so does "together with": "the city of Ashby together with Kelby and Orton")
    if ((t.text === "along" || t.text === "together") && (anyPlace(cur, monthTowns) || (!cur.length && segs.length && last?.text === ",")) && alongWith(toks, i)) {
      if (cur.length) segs.push(cur);
      cur = [];
      // (it ends a comma list as a comma would: the last item's "and"s split)
      if (segs.length > 1) listEnds.add(segs[segs.length - 1]!);
      i += 1 + groupLead(toks, i + 2);
      last = toks.at(i)!;
      continue;
    }
    // a town that shares a month's name ("Wisbech, March, Chatteris"), only inside a list
    if (MONTH_TOWN.test(t.text) && !cur.length && segs.length && last?.text === "," && nx && (nx.text === "," || isAnd(nx)) && joined(text, t, nx) && isPlaceWord(toks.at(i + 2)?.text ?? "")) {
      cur.push(t);
      monthTowns.add(t);
      last = t;
      continue;
    }
    // "Orlby, Fenhall and Tarn Cross and the rural Wenning Vale": an "and" before a lead word after a place
    // ends the list so far as a comma would, and the place names before it split on their own "and"s
    if (isAnd(t) && nx && !placeWord(nx) && ITEM_LEAD.test(nx.text) && anyPlace(cur, monthTowns)) {
      segs.push(cur);
      listEnds.add(cur);
      cur = [];
      last = t;
      continue;
    }
    // "in Ashby itself and in Kelby, Orton and Wenn": "and in" before a place word joins list items as a comma does
    if (isAnd(t) && nx?.text === "in" && anyPlace(cur, monthTowns) && joined(text, t, nx)) {
      const nx2 = toks.at(i + 2);
      if (nx2 && placeWord(nx2) && joined(text, nx, nx2)) {
        segs.push(cur);
        cur = [];
        last = nx;
        i++;
        continue;
      }
    }
    // "Ashby, Kelby and along the Orton coast": "along the" after the "and" leads the last item as "the" does
    if (isAnd(t) && nx?.text === "along" && toks.at(i + 2)?.text === "the" && anyPlace(cur, monthTowns) && joined(text, t, nx)) {
      cur.push(t);
      last = nx;
      i++;
      continue;
    }
    if (isAnd(t) && nx && (placeWord(nx) || ITEM_LEAD.test(nx.text) || lowerCompass(toks, i + 1)) && (cur.length || segs.length)) {
      cur.push(t);
      last = t;
      continue;
    }
    // "and west Norfolk": a lower-case compass word joined to the place word after it
    if ((!cur.length || isAnd(cur[cur.length - 1]!)) && lowerCompass(toks, i)) {
      cur.push(t);
      monthTowns.add(t);
      last = t;
      continue;
    }
    const prev = cur[cur.length - 1];
    // "and the Brack valley villages": lower-case feature and group words end the item, and the list
    if (prev && listPlace(prev, monthTowns) && (TAIL_FEATURE.test(t.text) || TAIL_GROUP.test(t.text))) {
      cur.push(t);
      monthTowns.add(t);
      const g = TAIL_FEATURE.test(t.text) && nx && joined(text, t, nx) && TAIL_GROUP.test(nx.text) ? nx : null;
      if (g) {
        cur.push(g);
        monthTowns.add(g);
      }
      break;
    }
    if (prev && placeWord(prev) && nx && placeWord(nx) && (t.text === "upon" || (t.text === "of" && (OF_HEADS.test(prev.text) || OF_TAILS.test(nx.text))))) {
      cur.push(t);
      last = t;
      continue;
    }
    if (ITEM_LEAD.test(t.text) && (!prev || !placeWord(prev))) {
      last = t;
      continue;
    }
    // "the rural Wenning Vale": a describing word between a lead word and a place word is not the place
    if ((!prev || !placeWord(prev)) && last && ITEM_LEAD.test(last.text) && nx && placeWord(nx) && GROUP_ADJ.test(t.text)) {
      last = t;
      continue;
    }
    // "the largely rural Wenning Vale": an adverb before the describing word goes with it
    if ((!prev || !placeWord(prev)) && last && ITEM_LEAD.test(last.text) && nx && ADVERB.test(t.text) && GROUP_ADJ.test(nx.text) && joined(text, t, nx)) {
      const nx2 = toks.at(i + 2);
      if (nx2 && placeWord(nx2) && joined(text, nx, nx2)) {
        last = nx;
        i++;
        continue;
      }
    }
    break;
  }
  if (anyPlace(cur, monthTowns)) segs.push(cur);
  const items: Tok[][] = [];
  segs.forEach((sg, k) => {
    let s = sg;
    const oxford = s.length > 0 && isAnd(s[0]!);
    while (s.length && !listPlace(s[0]!, monthTowns)) s = s.slice(1);
    while (s.length && !listPlace(s[s.length - 1]!, monthTowns)) s = s.slice(0, -1);
    if (!s.length) return;
    items.push(...expandItem(s, listEnds.has(sg) || !(k < segs.length - 1 || (oxford && segs.length > 1))));
  });
  return items.filter((it) => it.length).map(placeOf).filter((p) => !COMPASS.test(p.text));
}

/** Case- and punctuation-folded key of a place phrase ("Humberside, Lincolnshire & North Yorkshire"). */
// (the same few place phrases are keyed again and again: grouping, scoring, short names)
export const placeKey: (s: string) => string = memoByString(foldPlace, 4096);

function foldPlace(s: string): string {
  const lower = s.toLowerCase();
  return plainKey(lower) ? lower : foldMarks(lower);
}

/** Nothing for foldMarks to do: no "&", comma, full stop or apostrophe, and only single spaces between words (most place phrases). */
function plainKey(s: string): boolean {
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      if (i === 0 || i === n - 1 || s.charCodeAt(i + 1) === 32) return false;
    } else if (c === 38 || c === 44 || c === 46 || c === APOSTROPHE || c === RIGHT_QUOTE || isSpace(c)) return false;
  }
  return true;
}

function foldMarks(s: string): string {
  return s
    .replace(/&/g, " and ")
    .replace(/[,.’']/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** A place with "&" spelled "and", commas kept ("Humberside, Lincolnshire and North Yorkshire"). */
export function placeAnd(s: string): string {
  return foldSpace(s.includes("&") ? s.replace(/\s*&\s*/g, " and ") : s);
}

