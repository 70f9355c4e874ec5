/**
 * Provider mentions: every place in a text where a probation or youth justice
 * provider is named, with its type and the place phrase that names it, and
 * the standard full name and short name built from them.
 *
 * Types and the keywords that mark them:
 * - CRC: "X Community Rehabilitation Company" (also written "Centre" or
 *   "Council"), "X CRC", an acronym defined in brackets ("(DLNR CRC)").
 * - Probation Trust: "X Probation Trust".
 * - NPS division: "X division of the National Probation Service", "NPS X",
 *   "X NPS", "the National Probation Service's X division".
 * - Probation region: "Probation Service – X region", "X region of the
 *   Probation Service", "X probation region".
 * - PDU: "X Probation Delivery Unit", "X PDU".
 * - Youth justice service: "X Youth Offending Team/Service", "X Youth Justice
 *   (and Prevention) Service", "X YOT/YOS/YJS/YJPS".
 */
import type { ProviderType } from "../../schema/record.js";
import { placeAfter, placeAnd, placeBefore, placeKey, type Place } from "./places.js";
import { detached, memoByString } from "../../util/memo.js";
import { lean } from "./numbers.js";

export interface Mention {
  start: number;
  end: number;
  type: ProviderType;
  place: Place;
  /** a short form as written here ("Merseyside CRC", "NPS North West", "Leeds YOT") */
  short: string | null;
  /** youth services: the long form as written ("Youth Justice and Prevention Service") */
  long: string | null;
  /** an acronym this mention defines in brackets ("DLNR" from "(DLNR CRC)") */
  alias: string | null;
  /** the short form is an acronym defined in brackets ("(BeNCH CRC)"): the usual short name */
  defined?: boolean;
  /** the type keyword is written with capitals (a proper name, not "Leeds youth justice team") */
  capital?: boolean;
  /** the short form is built from "(CRC)", "(PDU)", "(YJS)" after a full name, not written out */
  constructed?: boolean;
  /** only a back-reference ("the North West division"): counts for an already named provider */
  weak?: boolean;
}

const YOUTH_ABBR: Record<string, string> = {
  YOT: "Youth Offending Team",
  YOS: "Youth Offending Service",
  YJS: "Youth Justice Service",
  YJPS: "Youth Justice and Prevention Service",
  YOP: "Youth Offending Partnership",
};

/** Title case of a matched keyword phrase: few distinct ones, so each is worked out once. */
const titleCase = memoByString(titleCaseOf, 256);

function titleCaseOf(s: string): string {
  return s
    .split(/\s+/)
    .map((w) => (/^(?:and|of|the)$/i.test(w) ? w.toLowerCase() : w.charAt(0).toUpperCase() + w.slice(1).toLowerCase()))
    .join(" ");
}

const BRACKET = /^[ \t]{0,3}\(([^()\n]{1,40})\)/;
/** " division" or " region" right after a place (the patterns below, hoisted: a literal in a loop makes a RegExp object each time). */
const DIVISION_NEXT = /^[ \t]+[Dd]ivision(?![A-Za-z])/;
const REGION_NEXT = /^[ \t]+[Rr]egion(?![A-Za-z])/;

/** A bracket right after `pos`: "(CRC)", "(DLNR CRC)", "(YJS)". */
function bracketAfter(text: string, pos: number): { inner: string; end: number } | null {
  const m = BRACKET.exec(text.slice(pos, pos + 50));
  return m ? { inner: m[1]!.trim(), end: pos + m[0].length } : null;
}

function push(out: Mention[], m: Mention | null): void {
  if (m && m.place.text.length >= 3) out.push(m);
}

/*
 * The provider patterns, sticky: each is tried only where the text has its
 * keyword (see keywordStarts), not scanned over the whole text. Those with
 * optional parts go through lean() (the same matches): compiled several
 * times faster, on their first use in every process.
 */
const CRC_FULL = /\bCommunity Rehabilitation (?:Company|Centre|Center|Council)(?![A-Za-z])/iy;
const CRC_SHORT = /(?<![A-Za-z(])CRC(?![A-Za-z])/y;
const TRUST = /\bProbation Trust(?![A-Za-z])/iy;
const PDU_FULL = /\bProbation Delivery Unit(?![A-Za-z])/iy;
const PDU_SHORT = /(?<![A-Za-z(])PDU(?![A-Za-z])/y;
const YOUTH_FULL = new RegExp(lean(/\bYouth (?:Offending|Justice)(?: and (?:Prevention|Early Help|Family Support|Targeted Support|Support))? (?:Team|Service|Partnership)(?![A-Za-z])/.source), "iy");
const YOUTH_SHORT = /(?<![A-Za-z(])(YOT|YOS|YJS|YJPS|YOP)(?![A-Za-z])/y;
const NPS_OF = new RegExp(lean(/\b[Dd]ivision of (?:the )?(?:National Probation Service|NPS)(?:\s*\(NPS\))?/.source), "y");
const NPS_THEN = new RegExp(lean(/\b(?:National Probation Service|NPS)(?:\s*\(NPS\))?(?:’s|'s)?[ \t]+(in[ \t]+(?:the[ \t]+)?)?/.source), "y");
const NPS_BEFORE = /(?<![A-Za-z(])NPS(?![A-Za-z])/y;
const DIV_WEAK = /\b[Dd]ivision(?![A-Za-z])/y;
const REG_AFTER = new RegExp(lean(/\bProbation Service(?:’s|'s)?[ \t]*(?:[–—-][ \t]*|in[ \t]+(?:the[ \t]+)?)?/.source), "y");
const REG_OF = new RegExp(lean(/\b(?:[Pp]robation )?[Rr]egion of (?:the )?Probation Service\b|\b[Pp]robation [Rr]egion(?![A-Za-z])/.source), "y");
const REG_WEAK = /\b[Rr]egion(?![A-Za-z])/y;

/**
 * Every keyword a provider pattern starts with, any case, in one scan of the
 * text ("probation region" before "region", so that both are seen). Grouped
 * by first letter (V8 scans for that faster); within a group the order is
 * the order of preference.
 */
const KEYWORDS =
  /c(?:ommunity rehabilitation |rc)|p(?:robation (?:trust|delivery unit|service|region)|du)|y(?:outh (?:offending|justice)|o[tsp]|jp?s)|n(?:ational probation service|ps)|division|region/gi;

type PatternName =
  | "crcFull"
  | "crcShort"
  | "trust"
  | "pduFull"
  | "pduShort"
  | "youthFull"
  | "youthShort"
  | "npsOf"
  | "npsThen"
  | "npsBefore"
  | "divWeak"
  | "regAfter"
  | "regOf"
  | "regWeak";

/** KEYWORDS as a sticky pattern, tried at the positions a caller's own scan found (see findMentions). */
const KEYWORD_AT = new RegExp(KEYWORDS.source, "iy");

/**
 * Where each provider pattern may match: the starts of its keywords, in
 * order. A keyword found inside a longer one ("probation service" in
 * "national probation service", "region" in "probation region") is added by
 * hand; the others that could hide inside a keyword ("crc" in "crcrc", "nps"
 * after "region") follow a letter, where no pattern may start.
 *
 * `candidates`, when given: ascending positions that include every one where
 * a KEYWORDS match may start after a character that is not a word character
 * (a caller that scans the text anyway finds them in the same scan);
 * KEYWORDS is tried there, a match skipping the candidates inside it. That
 * finds the mentions a global scan finds: no pattern starts after a letter,
 * and those that may start after a digit or "_" find no place before them.
 */
function keywordStarts(text: string, candidates?: readonly number[], matched?: readonly string[]): Record<PatternName, number[]> {
  const at: Record<PatternName, number[]> = {
    crcFull: [],
    crcShort: [],
    trust: [],
    pduFull: [],
    pduShort: [],
    youthFull: [],
    youthShort: [],
    npsOf: [],
    npsThen: [],
    npsBefore: [],
    divWeak: [],
    regAfter: [],
    regOf: [],
    regWeak: [],
  };
  if (candidates && matched) {
    // the caller's own matches tell which are keywords: none is tried again
    let end = 0;
    for (let i = 0; i < candidates.length; i++) {
      const p = candidates[i]!;
      const k = matched[i]!;
      if (p < end || !isKeyword(k)) continue;
      addKeyword(at, p, k);
      end = p + k.length;
    }
    return at;
  }
  if (candidates) {
    for (const m of matchesAt(KEYWORD_AT, text, candidates)) addKeyword(at, m.index, m[0]);
    return at;
  }
  KEYWORDS.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = KEYWORDS.exec(text)) !== null) addKeyword(at, m.index, m[0]);
  return at;
}

/** A keyword's first letter (lower case) in the high byte, for addKeyword's cases. */
const KEY_C = 99 << 8;
const KEY_P = 112 << 8;
const KEY_N = 110 << 8;
const KEY_D = 100 << 8;
const KEY_R = 114 << 8;

/**
 * Whether `k`, a match of the caller's scan (KEYWORD_OR_AREA in provider.ts:
 * the KEYWORDS alternatives, and coverage words), is what KEYWORD_AT matches
 * at its place: a keyword, not a coverage word ("covers", "probation
 * company", "rehabilitation ", "delivers"). By first letter and length, as
 * in addKeyword.
 */
function isKeyword(k: string): boolean {
  const n = k.length;
  switch (k.charCodeAt(0) | 32) {
    case 99: // "crc", "community rehabilitation "
      return n === 3 || n === 25;
    case 112: // "pdu", "probation trust", "probation region", "probation delivery unit", "probation service" (not "... company")
      return n === 3 || n === 15 || n === 16 || n === 23 || (n === 17 && (k.charCodeAt(10) | 32) === 115);
    case 121: // "youth offending", "youth justice", the acronyms
    case 110: // "nps", "national probation service"
      return true;
    case 100: // "division" (not "delivers")
      return (k.charCodeAt(1) | 32) === 105;
    case 114: // "region" (not "rehabilitation ", "responsible for")
      return n === 6;
    default:
      return false;
  }
}

/**
 * The patterns keyword `k` (a KEYWORDS match, any case), found at `i`, may
 * start. Its first letter and length tell which keyword it is (no two share
 * both): no lower-cased copy, no string comparisons.
 */
function addKeyword(at: Record<PatternName, number[]>, i: number, k: string): void {
  // `| 32` lower-cases the ASCII letter every keyword starts with
  switch (((k.charCodeAt(0) | 32) << 8) | k.length) {
    case KEY_C | 25: // "community rehabilitation "
      at.crcFull.push(i);
      break;
    case KEY_C | 3: // "crc"
      at.crcShort.push(i);
      break;
    case KEY_P | 15: // "probation trust"
      at.trust.push(i);
      break;
    case KEY_P | 23: // "probation delivery unit"
      at.pduFull.push(i);
      break;
    case KEY_P | 3: // "pdu"
      at.pduShort.push(i);
      break;
    case KEY_P | 17: // "probation service"
      at.regAfter.push(i);
      break;
    case KEY_N | 26: // "national probation service"
      at.npsThen.push(i);
      at.regAfter.push(i + 9);
      break;
    case KEY_N | 3: // "nps"
      at.npsThen.push(i);
      at.npsBefore.push(i);
      break;
    case KEY_D | 8: // "division"
      at.npsOf.push(i);
      at.divWeak.push(i);
      break;
    case KEY_P | 16: // "probation region"
      at.regOf.push(i, i + 10);
      at.regWeak.push(i + 10);
      break;
    case KEY_R | 6: // "region"
      at.regOf.push(i);
      at.regWeak.push(i);
      break;
    default:
      // "youth offending" (15), "youth justice" (13); else "yot", "yos", "yop", "yjs", "yjps"
      if (k.length > 4) at.youthFull.push(i);
      else at.youthShort.push(i);
  }
}

const NO_MATCHES: readonly RegExpExecArray[] = [];

/** The matches of sticky `re` tried at `starts` in order, none overlapping: what a global scan finds. */
function matchesAt(re: RegExp, text: string, starts: readonly number[]): readonly RegExpExecArray[] {
  // most patterns have no keyword in a text: nothing to allocate
  if (!starts.length) return NO_MATCHES;
  const out: RegExpExecArray[] = [];
  let end = 0;
  for (const p of starts) {
    if (p < end) continue;
    re.lastIndex = p;
    const m = re.exec(text);
    if (m) {
      out.push(m);
      end = p + m[0].length;
    }
  }
  return out;
}

/**
 * Every provider mention in `text`, in document order, overlapping ones
 * merged (the longest kept). `candidates`: see keywordStarts.
 *
 * Each kind of mention is read by its own function, called only where the
 * text has its keyword: one giant function was the dearest for V8 to
 * optimise, and most documents name only one or two kinds.
 */
export function findMentions(text: string, candidates?: readonly number[], matched?: readonly string[]): Mention[] {
  const out: Mention[] = [];
  const at = keywordStarts(text, candidates, matched);
  // (the order of the kinds is kept: it breaks ties between overlapping mentions)
  if (at.crcFull.length) crcFullMentions(out, text, at.crcFull);
  if (at.crcShort.length) crcShortMentions(out, text, at.crcShort);
  if (at.trust.length) placeBeforeMentions(out, text, TRUST, at.trust, "Probation Trust", false);
  if (at.pduFull.length) pduFullMentions(out, text, at.pduFull);
  if (at.pduShort.length) pduShortMentions(out, text, at.pduShort);
  if (at.youthFull.length) youthFullMentions(out, text, at.youthFull);
  if (at.youthShort.length) youthShortMentions(out, text, at.youthShort);
  if (at.npsOf.length) placeBeforeMentions(out, text, NPS_OF, at.npsOf, "NPS division", false);
  if (at.npsThen.length) npsThenMentions(out, text, at.npsThen);
  if (at.npsBefore.length) npsBeforeMentions(out, text, at.npsBefore);
  if (at.divWeak.length) placeBeforeMentions(out, text, DIV_WEAK, at.divWeak, "NPS division", true);
  // a region named after the service ends with " region": one of the "region" keywords (regWeak) stands after it
  if (at.regAfter.length && at.regWeak.length && at.regWeak[at.regWeak.length - 1]! > at.regAfter[0]!) regAfterMentions(out, text, at.regAfter);
  if (at.regOf.length) placeBeforeMentions(out, text, REG_OF, at.regOf, "Probation region", false);
  if (at.regWeak.length) placeBeforeMentions(out, text, REG_WEAK, at.regWeak, "Probation region", true);
  return mergeOverlaps(out);
}

/** Overlaps: keep the longest (a full form with its bracket beats the short form inside it). */
function mergeOverlaps(out: Mention[]): Mention[] {
  // (mentions of one kind come in order: a stable sort of an ordered list changes nothing, so it is skipped)
  if (!inOrder(out)) out.sort(mentionOrder);
  const kept: Mention[] = [];
  for (const x of out) {
    const prev = kept[kept.length - 1];
    if (prev && x.start < prev.end) {
      if (x.end - x.start > prev.end - prev.start && !x.weak) kept[kept.length - 1] = x;
      continue;
    }
    kept.push(x);
  }
  return kept;
}

function mentionOrder(a: Mention, b: Mention): number {
  return a.start - b.start || b.end - a.end || Number(a.weak ?? false) - Number(b.weak ?? false);
}

function inOrder(ms: readonly Mention[]): boolean {
  for (let i = 1; i < ms.length; i++) if (mentionOrder(ms[i - 1]!, ms[i]!) > 0) return false;
  return true;
}

/** The plain kinds: the place before the keyword, the mention ending with the keyword (Trust, "division of the NPS", regions). */
function placeBeforeMentions(out: Mention[], text: string, re: RegExp, starts: readonly number[], type: ProviderType, weak: boolean): void {
  for (const m of matchesAt(re, text, starts)) {
    const place = placeBefore(text, m.index);
    if (!place) continue;
    const end = m.index + m[0].length;
    // (a weak mention carries `weak`, the others none: the same objects as written out one by one)
    push(out, weak ? { start: place.start, end, type, place, short: null, long: null, alias: null, weak: true } : { start: place.start, end, type, place, short: null, long: null, alias: null });
  }
}

/** CRC, full form. */
function crcFullMentions(out: Mention[], text: string, starts: readonly number[]): void {
  for (const m of matchesAt(CRC_FULL, text, starts)) {
    const place = placeBefore(text, m.index);
    if (!place) continue;
    let end = m.index + m[0].length;
    let short: string | null = null;
    let alias: string | null = null;
    let defined = false;
    let constructed = false;
    const br = bracketAfter(text, end);
    if (br) {
      if (/^CRC$/i.test(br.inner)) {
        short = `${place.text} CRC`;
        constructed = true;
        end = br.end;
      } else {
        const a = /^([A-Za-z&]{2,12})(?:[ -]?CRC)?$/.exec(br.inner);
        if (a && /[A-Z].*[A-Z]/.test(a[1]!)) {
          alias = a[1]!;
          short = /CRC$/.test(br.inner) ? br.inner : null;
          defined = short !== null;
          end = br.end;
        }
      }
    }
    push(out, { start: place.start, end, type: "CRC", place, short, long: null, alias, defined, constructed });
  }
}

/** CRC, short form. */
function crcShortMentions(out: Mention[], text: string, starts: readonly number[]): void {
  for (const m of matchesAt(CRC_SHORT, text, starts)) {
    const place = placeBefore(text, m.index);
    if (!place) continue;
    let end = m.index + 3;
    let short = `${place.text} CRC`;
    let alias: string | null = null;
    const br = bracketAfter(text, end);
    const a = br ? /^([A-Za-z&]{2,12})[ -]?CRC$/.exec(br.inner) : null;
    if (br && a && /[A-Z].*[A-Z]/.test(a[1]!)) {
      alias = a[1]!;
      short = br.inner;
      end = br.end;
    }
    push(out, { start: place.start, end, type: "CRC", place, short, long: null, alias, defined: alias !== null });
  }
}

/** PDU, full form. */
function pduFullMentions(out: Mention[], text: string, starts: readonly number[]): void {
  for (const m of matchesAt(PDU_FULL, text, starts)) {
    const place = placeBefore(text, m.index);
    if (!place) continue;
    let end = m.index + m[0].length;
    let short: string | null = null;
    const br = bracketAfter(text, end);
    if (br && /^PDU$/i.test(br.inner)) {
      short = `${place.text} PDU`;
      end = br.end;
    }
    push(out, { start: place.start, end, type: "PDU", place, short, long: null, alias: null, constructed: true });
  }
}

/** PDU, short form. */
function pduShortMentions(out: Mention[], text: string, starts: readonly number[]): void {
  for (const m of matchesAt(PDU_SHORT, text, starts)) {
    const place = placeBefore(text, m.index);
    if (!place) continue;
    push(out, { start: place.start, end: m.index + 3, type: "PDU", place, short: `${place.text} PDU`, long: null, alias: null });
  }
}

/** A possessive ending at `i`, right after a place: "Kestermoor|’s". */
function possessive(text: string, i: number): boolean {
  const q = text.charCodeAt(i);
  return (q === 39 || q === 0x2019) && text.charCodeAt(i + 1) === 115;
}

/** Youth justice services, full form. */
function youthFullMentions(out: Mention[], text: string, starts: readonly number[]): void {
  for (const m of matchesAt(YOUTH_FULL, text, starts)) {
    const place = placeBefore(text, m.index, true);
    if (!place) continue;
    let end = m.index + m[0].length;
    let short: string | null = null;
    const br = bracketAfter(text, end);
    if (br && /^(?:YOT|YOS|YJS|YJPS|YOP)$/.test(br.inner)) {
      // ("Kestermoor’s Youth Offending Team (YOT)": the bracket shortens the service's name, not the place's possessive with it)
      if (!possessive(text, place.end)) short = `${place.text} ${br.inner}`;
      end = br.end;
    }
    const capital = /^Youth [A-Z]/.test(m[0]);
    const renamed = /\b(?:formerly|previously|former|old|once)\b(?: known as| called| named)?[ \t]*$/i.test(text.slice(Math.max(0, place.start - 30), place.start));
    push(out, { start: place.start, end, type: "Youth justice service", place, short, long: renamed ? null : titleCase(m[0]), alias: null, capital, constructed: true });
  }
}

/** Youth justice services, short form. */
function youthShortMentions(out: Mention[], text: string, starts: readonly number[]): void {
  for (const m of matchesAt(YOUTH_SHORT, text, starts)) {
    const place = placeBefore(text, m.index, true);
    if (!place) continue;
    push(out, {
      start: place.start,
      end: m.index + m[0].length,
      type: "Youth justice service",
      place,
      short: `${place.text} ${m[1]}`,
      long: YOUTH_ABBR[m[1]!] ?? null,
      alias: null,
      capital: true,
    });
  }
}

/** NPS divisions named after the service ("NPS North West", "the National Probation Service's Wales division"). */
function npsThenMentions(out: Mention[], text: string, starts: readonly number[]): void {
  for (const m of matchesAt(NPS_THEN, text, starts)) {
    const place = placeAfter(text, m.index + m[0].length);
    if (!place) continue;
    const div = DIVISION_NEXT.exec(text.slice(place.end, place.end + 12));
    if (m[1] && !div) continue;
    const end = div ? place.end + div[0].length : place.end;
    const short = /^NPS/.test(m[0]) && !m[1] ? `NPS ${place.text}` : null;
    push(out, { start: m.index, end, type: "NPS division", place, short, long: null, alias: null });
  }
}

/**
 * NPS divisions named before "NPS" ("North West NPS"). Written with
 * "division" after it ("South Fells NPS division"), the short form keeps
 * the word: that is the form the text uses.
 */
function npsBeforeMentions(out: Mention[], text: string, starts: readonly number[]): void {
  for (const m of matchesAt(NPS_BEFORE, text, starts)) {
    const place = placeBefore(text, m.index);
    if (!place) continue;
    const div = DIVISION_NEXT.exec(text.slice(m.index + 3, m.index + 15));
    push(out, {
      start: place.start,
      end: m.index + 3 + (div ? div[0].length : 0),
      type: "NPS division",
      place,
      short: div ? `${place.text} NPS ${div[0].trim()}` : `${place.text} NPS`,
      long: null,
      alias: null,
    });
  }
}

/** Probation Service regions named after the service ("Probation Service – North West region"). */
function regAfterMentions(out: Mention[], text: string, starts: readonly number[]): void {
  for (const m of matchesAt(REG_AFTER, text, starts)) {
    const place = placeAfter(text, m.index + m[0].length);
    if (!place) continue;
    const reg = REGION_NEXT.exec(text.slice(place.end, place.end + 10));
    if (!reg) continue;
    push(out, { start: m.index, end: place.end + reg[0].length, type: "Probation region", place, short: null, long: null, alias: null });
  }
}

/** Mentions of an acronym defined earlier ("DLNR CRC", "DLNR"), for the provider that defined it. */
export function aliasMentions(text: string, alias: string, type: ProviderType, place: Place): Mention[] {
  const out: Mention[] = [];
  if (!alias) return out;
  // the alias as a word, with an optional "CRC" after it (a plain search: no regex built per document)
  let from = 0;
  for (let i = text.indexOf(alias); i >= 0; i = text.indexOf(alias, from)) {
    const end = aliasEnd(text, i, i + alias.length);
    if (end < 0) {
      from = i + 1;
      continue;
    }
    const written = text.slice(i, end);
    out.push({ start: i, end, type, place, short: written.endsWith("CRC") ? written : null, long: null, alias: null });
    from = end;
  }
  return out;
}

function isLetterCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * The end of an alias mention found at `start` (the alias itself ends at
 * `end`), or -1: as /(?<![A-Za-z(])ALIAS(?:[ -]?CRC)?(?![A-Za-z])/ would match.
 */
function aliasEnd(text: string, start: number, end: number): number {
  const before = text.charCodeAt(start - 1);
  if (isLetterCode(before) || before === 40) return -1; // a letter or "(" before
  const sep = text[end] === " " || text[end] === "-";
  if (sep && text.startsWith("CRC", end + 1) && !isLetterCode(text.charCodeAt(end + 4))) return end + 4;
  if (text.startsWith("CRC", end) && !isLetterCode(text.charCodeAt(end + 3))) return end + 3;
  return isLetterCode(text.charCodeAt(end)) ? -1 : end;
}

export function mentionKey(type: ProviderType, place: string): string {
  return `${type}|${placeKey(place)}`;
}

/** The standard full name of a provider of `type` named by `place`. */
export function fullName(type: ProviderType, place: string, long: string | null): string {
  const p = placeAnd(place);
  switch (type) {
    case "CRC":
      return `${p} Community Rehabilitation Company`;
    case "Probation Trust":
      return `${p} Probation Trust`;
    case "PDU":
      return `${p} Probation Delivery Unit`;
    case "Youth justice service":
      return `${p} ${long ?? "Youth Offending Service"}`;
    case "NPS division":
      return `National Probation Service ${p} division`;
    case "Probation region":
      return `Probation Service – ${p} region`;
    default:
      return p;
  }
}

/** The short name used when the document writes none (only where the type has a fixed one). */
export function defaultShort(type: ProviderType, place: string): string | null {
  if (type === "NPS division") return `NPS ${place}`;
  if (type === "Probation region") return `${place} region`;
  if (type === "PDU") return `${place} PDU`;
  return null;
}

/** Words every provider of a type shares: they do not tell one provider from another. */
const GENERIC_NAME_WORDS = new Set(
  ("the of and on upon community rehabilitation company companies probation trust service services youth justice " +
    "offending team delivery unit crc pdu nps national division region regional his her majesty's majesty’s hm hmp " +
    "inspectorate yot yos yjs yjps prevention partnership cluster local area council city county borough").split(" "),
);

export function isGenericNameWord(word: string): boolean {
  return GENERIC_NAME_WORDS.has(word.toLowerCase());
}

/** A letter (with its combining marks) or digit outside ASCII (names are split by hand: a Unicode regex split is slow in V8). */
const OTHER_WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/**
 * The lower-case words that pick a provider out in text ("anglia",
 * "merseyside", "tees"), from its name and short name; where it has none
 * ("NPS North West"), the first word of each.
 */
export function distinctiveNameWords(p: { name: string; shortName: string | null } | null): Set<string> {
  if (!p) return new Set<string>();
  // Caseload and ratings code ask again and again for the same provider: the
  // words are kept by its names. The set is shared: callers must not change it.
  return nameWordsByName(p.name, p.shortName);
}

/**
 * nameWords by the names themselves: every document hands its extractors a
 * new provider object, but the same few providers recur across documents.
 * Bounded like memoByString (emptied when full), keys copied off their text.
 */
const NAME_WORDS_LIMIT = 512;
const nameWordsByNames = new Map<string, Map<string, Set<string>>>();

function nameWordsByName(name: string, shortName: string | null): Set<string> {
  // (nameWords treats a null and an empty short name alike)
  const short = shortName ?? "";
  let byShort = nameWordsByNames.get(name);
  let words = byShort?.get(short);
  if (words) return words;
  // worked out from the copies, so that the words kept are cut from the copies too
  const nameCopy = detached(name);
  const shortCopy = detached(short);
  words = nameWords({ name: nameCopy, shortName: shortName === null ? null : shortCopy });
  if (!byShort) {
    if (nameWordsByNames.size >= NAME_WORDS_LIMIT) nameWordsByNames.clear();
    byShort = new Map();
    nameWordsByNames.set(nameCopy, byShort);
  }
  if (byShort.size >= NAME_WORDS_LIMIT) byShort.clear();
  byShort.set(shortCopy, words);
  return words;
}

function nameWords(p: { name: string; shortName: string | null }): Set<string> {
  const out = new Set<string>();
  addNameWords(out, p.name);
  if (p.shortName) addNameWords(out, p.shortName);
  if (!out.size) {
    for (const n of [p.name, p.shortName]) {
      const first = n?.replace(/^(?:the|HMP)\s+/i, "").split(/[\s,]+/)[0];
      if (first && first.length > 2) out.add(first.toLowerCase());
    }
  }
  return out;
}

/** The words of a name, each with its hyphen parts. */
function addNameWords(out: Set<string>, name: string): void {
  for (const w of nameWordsOf(name)) {
    addNamePiece(out, w);
    if (w.includes("-")) for (const piece of w.split("-")) addNamePiece(out, piece);
  }
}

/**
 * The words of a text as provider names are read into words: runs of letters
 * and digits of any script, apostrophes (' and ’) and hyphens. Text searched
 * for a name's words must be split the same way: an ASCII split cuts "Côte"
 * into "C" and "te".
 */
export function nameWordsOf(text: string): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    let inWord = false;
    if (i < text.length) {
      const c = text.charCodeAt(i);
      if (c < 128) inWord = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 39 || c === 45;
      else if (c === 0x2019) inWord = true;
      else {
        const cp = text.codePointAt(i)!;
        inWord = OTHER_WORD_CHAR.test(String.fromCodePoint(cp));
        if (cp > 0xffff && inWord) {
          if (start < 0) start = i;
          i++; // the low half of a surrogate pair
          continue;
        }
      }
    }
    if (inWord) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      out.push(text.slice(start, i));
      start = -1;
    }
  }
  return out;
}

/** A word as a name's words are kept: lower-cased, without a possessive ending ("Côte’s" -> "côte"). */
export function nameWordKey(piece: string): string {
  const lw = piece.toLowerCase();
  const n = lw.length;
  const last = lw[n - 1];
  if (last === "'" || last === "’") return lw.slice(0, -1);
  if (last === "s" && (lw[n - 2] === "'" || lw[n - 2] === "’")) return lw.slice(0, -2);
  return lw;
}

/** A word lower-cased, without a possessive ending, unless generic or short. */
function addNamePiece(out: Set<string>, piece: string): void {
  const lw = nameWordKey(piece);
  if (lw.length > 2 && !GENERIC_NAME_WORDS.has(lw)) out.add(lw);
}
