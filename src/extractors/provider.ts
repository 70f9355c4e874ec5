/**
 * provider: the provider the document mainly reports, and the others it reports.
 *
 * 1. Find every provider mention (lib/provider-names) outside page furniture,
 *    group them by type and place (a place whose words are a subset of a
 *    longer place of the same type joins it: "West Midlands CRC" is
 *    "Staffordshire and West Midlands CRC").
 * 2. Score each provider: one point a mention (half in the notes), one more
 *    where the sentence inspects, rates, or says what it covers, two for a
 *    title that names its place; a mention in a comparison ("like the
 *    neighbouring X published earlier this week") scores nothing. The highest
 *    is `provider`; the first named breaks a tie. A mention the text calls
 *    the report's subject ("X, the subject of Thursday's report,") scores three more.
 * 3. Areas: the longest place list after a coverage phrase ("covers",
 *    "serving", "supervises ... across", "the service supports ... across") in
 *    a sentence about that provider.
 * 4. Others whose own inspection the document reports (an inspection or
 *    rating word in a sentence naming them, not a comparison) go to
 *    `alsoInspected`, with a rating stated near their name.
 * Thematic inspections, annual reports, other inspectorates' reports and
 * documents not about an inspection have no provider.
 */
import type { ProviderType, Rating } from "../schema/record.js";
import type { Doc } from "../segment/types.js";
import { found, spanOf, type Context, type Extractor, type Found } from "./types.js";
import { aliasMentions, defaultShort, findMentions, fullName, mentionKey, type Mention } from "./lib/provider-names.js";
import { placeKey, placeList, type Place } from "./lib/places.js";
import { foldSpace, isBlank } from "../blocks/normalise.js";
import { blockAt, docCues, furnitureBlocks, sentenceAt, sentencesAt } from "./lib/provider-doc.js";
import { normaliseRating, RATING_WORDS } from "./lib/ratings.js";
import { memoByString } from "../util/memo.js";
import { isTeaserLine } from "./lib/dates.js";

const MAX_MENTIONS = 400;
const MAX_ALSO = 12;

export interface ProviderGroup {
  key: string;
  type: ProviderType;
  place: string;
  mentions: Mention[];
  score: number;
  first: number;
  /** a sentence naming it inspects or rates it (outside comparisons) */
  inspected: boolean;
  /** every mention is in a comparison or aside */
  comparisonOnly: boolean;
  /** where its first strong mention in running text (a paragraph, not a list, heading or table) is, else `first` */
  firstProse: number;
}

/*
 * In these patterns one `\b` stands before all the alternatives, not one
 * before each: the same matches, and V8 scans a text for them faster.
 */
/**
 * A sentence that compares with another provider's report rather than
 * reporting it ("compared with X", "the findings compare poorly with those
 * for X", "unlike X", "worse than X, which was rated ..."). "neighbouring"
 * before a kind of place ("the neighbouring borough of X") describes the provider's own patch, not a neighbour's report.
 */
const COMPARISON =
  /\b(?:neighbouring\b(?!\s(?:borough|count(?:y|ies)|district|cit(?:y|ies)|town|village|area|(?:local )?authorit(?:y|ies)|unitary|metropolitan|shire|parish|council area)s?\b)|like the\b|unlike\b|similar to\b|as with\b|compar(?:es?|ed|ing)(?: (?:poorly|well|favourably|unfavourably|badly))? (?:with|to)\b|than\b[^.;:,!?]{3,60}, which (?:the inspectorate |inspectors )?(?:was |were )?(?:also )?(?:rated|graded|judged)\b|sister\b)/i;
/**
 * A sentence that dates a report ("earlier this week", "last year",
 * "published in"): a comparison with another provider's report only where
 * the document names another provider; a document naming one provider
 * dates the report it is about ("Last week the inspectorate published its
 * report on X").
 */
const DATED =
  /\b(?:(?:earlier|last|previous) (?:this )?(?:week|month)\b|(?<!\b(?:January|February|March|April|May|June|July|August|September|October|November|December|[Ii]n|[Dd]uring) )(?:earlier|last|previous) (?:this )?year\b|published (?:earlier|last|previously|in)\b)/i;
const INSPECTS = /\b(?:inspect(?:ed|ion|ions|ing)|rated|rating|graded|judged|scored|assessed as|deemed)\b/i;
const COVERS = /\b(?:covers|covering|serves|serving|supervis(?:es|ing)|manag(?:es|ing)|responsible for)\b/i;

const RATING_QUOTED = new RegExp(`[‘'"“]\\s{0,2}(${RATING_WORDS})\\s{0,2}[.,]?[’'"”]`, "i");
const RATING_CUED = new RegExp(
  `\\b(?:rated|rating|graded|judged|assessed|scored|received|deemed|found to be)\\b[^.;:]{0,50}?\\b(${RATING_WORDS})\\b`,
  "i",
);

/** A rating stated in `s` (quoted, or after a rating word), or null. */
export function ratingIn(s: string): Rating | null {
  const q = RATING_CUED.exec(s) ?? RATING_QUOTED.exec(s);
  return q ? normaliseRating(q[1]!) : null;
}

/** The words of a place (the same few places recur in every document: each is split once; the sets are shared, never changed). */
const wordSet = memoByString(placeWords, 1024);

function placeWords(place: string): Set<string> {
  return new Set(placeKey(place).split(/[\s-]+/).filter((w) => w && w !== "and" && w !== "the" && w !== "of"));
}

/**
 * What a sentence naming a provider does with it: inspects or rates it, else
 * says what it covers, else nothing; with a flag where it compares
 * (COMPARISON) or dates a report (DATED).
 */
const enum Says {
  Nothing = 0,
  Inspects = 1,
  Covers = 2,
  Compares = 4,
  Dated = 8,
}

/** A sentence's `says` is a comparison: a stated one, or a dated report where the document names other providers. */
function compares(said: number, others: boolean): boolean {
  return (said & Says.Compares) !== 0 || (others && (said & Says.Dated) !== 0);
}

/**
 * Several mentions share a sentence: each sentence's text is tested once a
 * document (kept for the last document only: see furnitureBlocks in lib/provider-doc).
 */
let saysDoc: Doc | null = null;
let saysCache = new Map<string, number>();

function says(doc: Doc, text: string): number {
  if (saysDoc !== doc) {
    saysCache = new Map();
    saysDoc = doc;
  }
  const cache = saysCache;
  let r = cache.get(text);
  if (r === undefined) {
    r =
      (COMPARISON.test(text) ? Says.Compares : 0) |
      (DATED.test(text) ? Says.Dated : 0) |
      (INSPECTS.test(text) ? Says.Inspects : COVERS.test(text) ? Says.Covers : Says.Nothing);
    cache.set(text, r);
  }
  return r;
}

/**
 * What stands before a provider that no longer exists ("the old Ashby
 * Probation Trust was split in two", "the former X CRC", "the now-defunct
 * X Trust"): its mention is history, not the provider reported.
 */
const FORMER_BEFORE = /\b(?:old|former|defunct|now-defunct|abolished|predecessor)\s{1,3}$/;

/** A mention of a provider that no longer exists: FORMER_BEFORE right before its place (the cheap test, a lower-case letter there, first). */
function former(text: string, m: Mention): boolean {
  if (m.start < 4) return false;
  const c = text.charCodeAt(m.start - 2);
  if (c < 97 || c > 122) return false;
  return FORMER_BEFORE.test(text.slice(Math.max(0, m.start - 16), m.start));
}

/** What stands before a division or region the text calls the service's own: "the service's ", "its ". */
const OWNER_BEFORE = /(?:\bthe service(?:’s|'s)|\b[Ii]ts)\s$/;
/** The service a division or region belongs to, named somewhere in the text. */
const NPS_NAMED = /\bNational Probation Service\b|\bNPS\b/;
const REGION_OWNER_NAMED = /\bProbation Service\b/;

/**
 * A back-reference alone ("the Kestrelmoor division") names no provider, but "the
 * service's <Place> division" or "its <Place> region" in a sentence that
 * rates or inspects it (not a comparison) is the thing rated, where the text
 * names the service it belongs to. The qualifying mention is made strong
 * (a copy: the others stay weak).
 */
function ownDivisionRated(doc: Doc, ms: Mention[], others: boolean): boolean {
  const text = doc.text;
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i]!;
    // the cheap test first: the possessive right before the place
    if (m.start < 4 || !OWNER_BEFORE.test(text.slice(Math.max(0, m.start - 14), m.start))) continue;
    const said = says(doc, sentenceAt(doc, m.start).text);
    if (!(said & Says.Inspects) || compares(said, others)) continue;
    if (!(m.type === "NPS division" ? NPS_NAMED : REGION_OWNER_NAMED).test(text)) return false;
    const { weak: _weak, ...strong } = m;
    ms[i] = strong;
    return true;
  }
  return false;
}

function subset(a: Set<string>, b: Set<string>): boolean {
  for (const w of a) if (!b.has(w)) return false;
  return true;
}

/*
 * Helpers of providerGroups, kept at module level: a closure made on every
 * call costs its allocation (and, run through tsx, a name set on it).
 */

/** The words of group `k`'s place, from its first mention (which never changes), worked out once a call. */
function groupWords(words: Map<string, Set<string>>, k: string, ms: Mention[]): Set<string> {
  let w = words.get(k);
  if (!w) {
    w = wordSet(ms[0]!.place.text);
    words.set(k, w);
  }
  return w;
}

/** Is block `bi` one of the first that repeat the title (worked out once a block, in `seen`). */
function inTitle(doc: Doc, bi: number, titleNorm: string | null, seen: Map<number, boolean>): boolean {
  if (bi < 0 || titleNorm === null || bi > 3) return false;
  let r = seen.get(bi);
  if (r === undefined) {
    r = foldSpace(doc.blocks[bi]!.text) === titleNorm;
    seen.set(bi, r);
  }
  return r;
}

function byStart(ms: readonly Mention[]): boolean {
  for (let i = 1; i < ms.length; i++) if (ms[i - 1]!.start > ms[i]!.start) return false;
  return true;
}

/** Joins each group into a longer place's group of the same type whose words include its own. */
function joinContained(groups: Map<string, Mention[]>): void {
  const keys = [...groups.keys()].sort((a, b) => b.length - a.length);
  // a group's first mention never changes: its words are worked out once
  const words = new Map<string, Set<string>>();
  for (const small of keys) {
    const ms = groups.get(small);
    if (!ms) continue;
    const type = ms[0]!.type;
    const ws = groupWords(words, small, ms);
    for (const big of keys) {
      if (big === small || !groups.has(big)) continue;
      const bm = groups.get(big)!;
      if (bm[0]!.type !== type) continue;
      const wb = groupWords(words, big, bm);
      if (wb.size > ws.size && subset(ws, wb)) {
        bm.push(...ms);
        groups.delete(small);
        break;
      }
    }
  }
}

/**
 * A mention the text calls the report's subject, right after the name:
 * "X PDU, the subject of Thursday's report, was rated ...", "X CRC (the
 * focus of today's inspection report)". Where a document names several
 * providers this says which one it is about.
 */
const SUBJECT_AFTER = /^,?\s{1,3}\(?(?:which (?:is|was) )?the (?:subject|focus) of (?:[\w’'-]+\s){0,3}?(?:report|inspection)\b/i;

/** The subject cue after mention `m` (the cheap test, "the subject of" or "the focus of" close after it, first). */
function namedSubject(text: string, m: Mention): boolean {
  const after = text.slice(m.end, m.end + 80);
  if (!after.includes("the subject of") && !after.includes("the focus of")) return false;
  return SUBJECT_AFTER.test(after);
}

/** Marks that may follow or precede a place in a title without being part of it. */
const TITLE_MARKS = /[:;!?()[\]"“”|]/g;

/** Where the first of `strong` (in order) in a paragraph or quotation is, else the first's start. */
function firstProse(doc: Doc, strong: readonly Mention[]): number {
  for (const m of strong) {
    const k = doc.blocks[blockAt(doc, m.start)]?.kind;
    if (k === "paragraph" || k === "blockquote") return m.start;
  }
  return strong[0]!.start;
}

/** Every provider the document names, strongest first, with the reasons it scores. */
export function providerGroups(doc: Doc, title: string | null): ProviderGroup[] {
  const furn = furnitureBlocks(doc);
  const text = doc.text;
  // real documents name a provider tens of times; a cap keeps hostile input cheap
  const hits = textHits(doc);
  const all = findMentions(text, hits.keywords, hits.keywordTexts)
    .filter((m) => !furn.has(blockAt(doc, m.start)))
    .slice(0, MAX_MENTIONS);
  // group by type and place
  const groups = new Map<string, Mention[]>();
  for (const m of all) {
    const k = mentionKey(m.type, m.place.text);
    const g = groups.get(k);
    if (g) g.push(m);
    else groups.set(k, [m]);
  }
  // weak-only groups (a bare "North West division") do not name a provider, unless the text rates it as the service's own
  for (const [k, ms] of groups) if (ms.every((m) => m.weak) && !ownDivisionRated(doc, ms, groups.size > 1)) groups.delete(k);
  // a place contained in a longer one of the same type joins it (most documents name one provider: nothing to join)
  if (groups.size > 1) joinContained(groups);
  // acronyms defined in brackets count for their provider
  for (const ms of groups.values()) {
    const def = ms.find((m) => m.alias);
    if (!def?.alias) continue;
    for (const a of aliasMentions(text, def.alias, def.type, def.place).slice(0, MAX_MENTIONS)) {
      if (furn.has(blockAt(doc, a.start))) continue;
      if (all.some((m) => a.start < m.end && m.start < a.end)) continue;
      ms.push(a);
    }
  }
  // (a colon or bracket after a place in the title, "Work in X: staff committed", is no part of it)
  const titleKey = title ? ` ${placeKey(title.replace(TITLE_MARKS, " "))} ` : "";
  const titleNorm = title ? foldSpace(title) : null;
  // is block bi one of the first that repeat the title (worked out once a block)
  const titleBlocks = new Map<number, boolean>();
  const out: ProviderGroup[] = [];
  // another provider to compare with (a report dated "last week" is a neighbour's only where there is one)
  const others = groups.size > 1;
  for (const [key, ms] of groups) {
    // (in order already unless an acronym's mentions were added: a stable sort would change nothing)
    if (!byStart(ms)) ms.sort((a, b) => a.start - b.start);
    const strong = ms.filter((m) => !m.weak);
    const place = strong.reduce((best, m) => (m.place.text.length > best.length ? m.place.text : best), strong[0]!.place.text);
    let score = 0;
    let inspected = false;
    let comparisonOnly = true;
    let body = 0;
    for (const m of ms) {
      const bi = blockAt(doc, m.start);
      if (inTitle(doc, bi, titleNorm, titleBlocks)) continue;
      // a magazine's teaser line for its other stories ("ALSO IN THIS ISSUE: Northby CRC rated 'Good' (p12)")
      if (bi >= 0 && bi < 8 && isTeaserLine(doc.blocks[bi]!.text)) continue;
      const said = says(doc, sentenceAt(doc, m.start).text);
      if (compares(said, others) || former(text, m)) continue;
      comparisonOnly = false;
      const inNotes = bi >= 0 && doc.blocks[bi]!.inNotes;
      let w = inNotes ? 0.5 : 1;
      if (said & Says.Inspects) {
        inspected = true;
        w += 1;
      } else if (said & Says.Covers) w += 0.5;
      // "X PDU, the subject of this report,": the provider the document is about
      if (others && namedSubject(text, m)) w += 3;
      score += w;
      if (!m.weak) body++;
    }
    // named only in the headline (a nickname like "South West CRC"): not a provider the text reports
    if (!body) continue;
    const pk = placeKey(place);
    if (titleKey && pk && titleKey.includes(` ${pk} `)) score += 2;
    out.push({ key, type: ms[0]!.type, place, mentions: ms, score, first: strong[0]!.start, inspected, comparisonOnly, firstProse: firstProse(doc, strong) });
  }
  // a tie goes to the provider running text names first: a bulletin's list of contents names its items in any order
  out.sort((a, b) => b.score - a.score || a.firstProse - b.firstProse || a.first - b.first);
  return out;
}

/** The verbs of a patch's places: "covers", "serves", "spans", "takes in the towns of A, B and C". */
const COVER_DIRECT =
  /\b(?:covers|covering|covered|cover|serves|serving|spans|spanning|takes in|taking in|operates (?:in|across)|operating (?:in|across)|works across|worked across|working across|(?:probation|youth justice|youth offending|rehabilitation) (?:service|services|company|provider|trust|team)(?: \([a-z]{2,6}\))? (?:in|for|across)|(?<=\b(?:its|probation|the (?:trust|crc|service|team|yot|division|pdu|company)['’]s) )work (?:in|across))\s+/gi;
/** What stands before the verb "cover": its subject or "to". */
const COVER_SUBJECT = /\b(?:we|they|to|which|that|who)\s$/i;
const MANAGE = /\b(?:supervis(?:es|ing)|support(?:s|ing)|manag(?:es|ing)|oversee(?:s|ing)|look(?:s|ing) after|responsible for|works with|worked with|working with|deliver(?:s|ing))\b/g;
/** Sentences about the inspectorate or the nation, not a provider's patch. */
const NOT_PATCH = /\b(?:is (?:the|an) (?:independent )?inspector(?:ate)?|inspects|[Nn]ationally|national)\b/;
const MANAGE_IN = /\s(?:across|in|throughout)\s+/g;
/** The far "across" of a sentence about the provider's own work (see areasOf). */
const ACROSS_FAR = /\s(?:across|throughout)\s+/g;
/** Either of the above, any case, tried where the scan below finds one may start (exported for its test). */
export const AREA_AT = new RegExp(`\\b(?:${COVER_DIRECT.source.replace(/^\\b/, "")}|${MANAGE.source.replace(/^\\b/, "")})`, "iy");

/*
 * One scan of the text, any case, finds both the provider keywords
 * (KEYWORDS in lib/provider-names) and the coverage words above: every
 * position where a match of either may start (two scans cost more, and
 * most of the cost of a scan is stepping through the text). Written with
 * the alternatives grouped by first letter (V8 scans for that faster); it
 * must stay a superset of both: a KEYWORDS keyword, or the start of an
 * AREA_AT alternative up to its first fixed word.
 *
 * Only where a word starts (`\b`, which V8 tests before the alternatives:
 * a fifth cheaper than trying them everywhere). AREA_AT starts with `\b`
 * itself; no provider mention starts inside a word either: the patterns
 * with `\b` cannot, and those that only refuse a letter before ("CRC",
 * "PDU", "YOT", "NPS" after a digit or "_") find no place there (the word
 * before holds a digit, or "_" stands between).
 */
const KEYWORD_OR_AREA =
  /\b(?:c(?:ommunity rehabilitation |rc|over(?:s|ing|ed)?)|p(?:robation (?:trust|delivery unit|service|region|company|provider|team)|du)|y(?:outh (?:offending|justice)|o[tsp]|jp?s)|n(?:ational probation service|ps)|division|re(?:gion|habilitation |sponsible for)|s(?:erv(?:es|ing)|pan(?:s|ning)|up(?:ervis|port)(?:es|ing|s))|o(?:perat(?:es|ing) |versee(?:s|ing))|work(?:(?:s|ed|ing) (?:across|with)| (?:in|across) )|manag(?:es|ing)|look(?:s|ing) after|deliver(?:s|ing)|ta(?:kes|king) in )/gi;

/** First letters (lower case) of the KEYWORDS alternatives, and of the AREA_AT ones. */
const KEYWORD_FIRST = new Set([..."cpyndr"].map((c) => c.charCodeAt(0)));
const AREA_FIRST = new Set([..."csowpyrmdlt"].map((c) => c.charCodeAt(0)));

/**
 * A KEYWORD_OR_AREA match where no AREA_AT alternative can start: "crc",
 * "pdu", "nps", the youth acronyms, "community rehabilitation", "national
 * probation service", "probation delivery unit", "probation region",
 * "division", "region" (most matches). Told by first letter and length, as
 * in addKeyword (lib/provider-names); "delivers" is as long as "division".
 */
function keywordOnly(k: string): boolean {
  const c = k.charCodeAt(0) | 32;
  const n = k.length;
  switch (c) {
    case 99: // "c": "crc", "community rehabilitation " (not "covers", "covering", "covered")
      return n === 3 || n === 25;
    case 112: // "p": "pdu", "probation region", "probation delivery unit"
      return n === 3 || n === 16 || n === 23;
    case 110: // "n": "nps", "national probation service"
      return true;
    case 121: // "y": the acronyms (not "youth offending", "youth justice")
      return n <= 4;
    case 100: // "d": "division" (not "delivers", "delivering")
      return (k.charCodeAt(1) | 32) === 105;
    case 114: // "r": "region" (not "rehabilitation ", "responsible for")
      return n === 6;
    default:
      return false;
  }
}

interface TextHits {
  /** where a provider keyword may start (for findMentions) */
  keywords: number[];
  /** what the scan matched at each of those places (findMentions tells the keywords by them) */
  keywordTexts: string[];
  /** where the AREA_AT matches a global scan would find start */
  areas: number[];
}

/** textHits of the last document asked about (see furnitureBlocks in lib/provider-doc). */
let hitsDoc: Doc | null = null;
let lastHits: TextHits = { keywords: [], keywordTexts: [], areas: [] };

/** The KEYWORD_OR_AREA scan of a document, once (providerGroups and areasOf both ask; exported for its test). */
export function textHits(doc: Doc): TextHits {
  if (hitsDoc === doc) return lastHits;
  const hits: TextHits = { keywords: [], keywordTexts: [], areas: [] };
  const text = doc.text;
  let areaEnd = 0;
  KEYWORD_OR_AREA.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = KEYWORD_OR_AREA.exec(text)) !== null) {
    const p = m.index;
    // every start, even inside another match (a keyword inside a coverage phrase)
    KEYWORD_OR_AREA.lastIndex = p + 1;
    // only ASCII letters match here (an `i` pattern without `u`): `| 32` lower-cases them
    const c = text.charCodeAt(p) | 32;
    if (KEYWORD_FIRST.has(c)) {
      hits.keywords.push(p);
      hits.keywordTexts.push(m[0]);
    }
    // (a word starts here, as AREA_AT's `\b` asks); its matches do not overlap, as in a global scan
    if (p >= areaEnd && AREA_FIRST.has(c) && !keywordOnly(m[0])) {
      AREA_AT.lastIndex = p;
      const a = AREA_AT.exec(text);
      if (a) {
        hits.areas.push(p);
        areaEnd = p + a[0].length;
      }
    }
  }
  hitsDoc = doc;
  lastHits = hits;
  return hits;
}

/** A sentence that names no provider may still be about one ("the service covers ..."). */
const ABOUT_A_PROVIDER = /\b(?:the|this|a|which|that|it)\b|\bprobation\b|\bservice\b/i;
const NATION = /^(?:England|Britain|Great Britain|United Kingdom|UK)$/;
const ENDS_SENTENCE = /[.!?]["”’]?$/;

/** The one-word kinds a provider is named by after "the", "this" or "its": "the PDU", "this service". */
const PROVIDER_KIND = String.raw`(?:PDU|CRC|division|service|trust|team|company|unit|YOT|YOS|YJS)`;

/** A sentence's subject naming a provider only by its kind, then an aside between commas: "The PDU, part of ... region," */
const KIND_WITH_ASIDE = new RegExp(String.raw`^(?:The|This|Its)\s(?:${PROVIDER_KIND}|partnership)\s?,[^,]{3,100},`);

/** A sentence's subject naming a provider by its kind: "The PDU", "This service", "Its YOT". */
const KIND_SUBJECT_HEAD = String.raw`^(?:The|This|Its)\s${PROVIDER_KIND}`;

/** A provider named by its kind, then "is" or "was": "the NPS division is ", "The service was ". */
const KIND_IS = new RegExp(String.raw`\b(?:[Tt]he|[Tt]his|[Ii]ts)\s(?:NPS\s|probation\s)?${PROVIDER_KIND}\s(?:is|was)\s`);

/**
 * A subject naming a provider by its kind, then what it is part of: "The PDU is part of the ", "The PDU is
 * one of eleven delivery units in the ".
 */
const PART_OF_SUBJECT = new RegExp(
  String.raw`${KIND_SUBJECT_HEAD}\s(?:(?:is|was|forms)\s(?:a\s)?part\sof|(?:is|was)\sone\sof\s(?:[\w-]{1,20}\s){1,4}?(?:in|within))\s(?:the\s)?`,
);

/** What the provider is part of, set before a subject naming it by its kind: "Part of the Probation Service's North Fen region, the PDU ". */
const PART_OF_FRONT = new RegExp(String.raw`^[Pp]art\sof\s(?:the\s)?(?=[^,.]{3,80},\s(?:the|this|its)\s${PROVIDER_KIND}\b)`);

/** After KIND_WITH_ASIDE's aside (which may hold a list with commas), what the provider is part of: ", is part of the ". */
const PART_OF_AFTER_ASIDE = /,\s{1,3}(?:is|was|forms)\s(?:a\s)?part\sof\s(?:the\s)?/;

/**
 * Whether a mention at `at` is the parent PART_OF names at `parentAt`: at
 * it, or within the parent's own name ("the Probation Service's East Fen
 * region"), with no comma or full stop between.
 */
function parentOf(text: string, parentAt: number, at: number): boolean {
  if (parentAt < 0 || at < parentAt || at - parentAt > 40) return false;
  return !/[,.;]/.test(text.slice(parentAt, at));
}

/** A sentence whose subject is a provider named by its kind ("The service supports ..."). */
const KIND_SUBJECT = new RegExp(String.raw`${KIND_SUBJECT_HEAD}\b`);

/** "the work of the trust in ": a provider's work, named by its kind, before the places it is done in */
const WORK_OF_IN = /^the\s{1,3}work\s{1,3}of\s{1,3}(?:the|this|its)\s{1,3}(?:trust|CRC|service|division|PDU|unit|team|YOT|YOS|YJS|region|company|partnership)\s{1,3}(?:in|across)\s{1,3}/i;

/** ", including " right after a place: the places it names inside that place follow. */
const INCLUDING_AFTER = /^,?[ \t\n]{1,3}including[ \t\n]{1,3}/;

/**
 * A single broad place followed by the places inside it ("across Ashby,
 * including the city of Kelby and the towns of Orton and Wenn"): those
 * places, the more specific ones; else the list as read.
 */
function specificList(text: string, l: Place[]): Place[] {
  if (l.length !== 1) return l;
  const end = l[0]!.end;
  if (text.charCodeAt(end) !== 44 && text.charCodeAt(end) !== 32) return l;
  const inc = INCLUDING_AFTER.exec(text.slice(end, end + 16));
  if (!inc) return l;
  const inner = placeList(text, end + inc[0].length);
  return inner.length ? inner : l;
}

/** Places the provider is said to cover: the longest list in a sentence about it. */
export function areasOf(doc: Doc, main: ProviderGroup, others: ProviderGroup[]): { places: Place[]; start: number; end: number } | null {
  const furn = furnitureBlocks(doc);
  let best: { places: Place[]; start: number; end: number } | null = null;
  const otherMentions: Mention[] = [];
  for (const g of others) for (const m of g.mentions) if (!m.weak) otherMentions.push(m);
  const headline = headlineIndex(doc);
  for (const i of sentencesAt(doc, textHits(doc).areas)) {
    const s = doc.sentences[i]!;
    if (furn.has(s.block) || titleBlock(doc, s.block, headline)) continue;
    // (another provider named in an aside after a subject that names none, "The PDU, part of the South West region, supervises ...", is not whose sentence it is)
    const aside = KIND_WITH_ASIDE.exec(s.text);
    // the nation in such an aside ("The PDU, one of the units created when probation became one national service, supervises …") is no remit
    if (NOT_PATCH.test(aside ? s.text.slice(aside[0].length) : s.text)) continue;
    // whose sentence it is, before its place lists are read (the cheaper tests first)
    const mentionsMain = main.mentions.some((x) => x.start >= s.start && x.start < s.end);
    const asideEnd = aside ? s.start + aside[0].length : s.start;
    // (nor is the region a subject naming the provider by its kind is "part of": "The PDU is part of the … region and covers …")
    // (or after the aside: "The PDU, which covers A, B and C, is part of the Probation Service's … region")
    // (or before it: "Part of the … region, the PDU supervises …")
    const parent = aside ? PART_OF_AFTER_ASIDE.exec(s.text) : (PART_OF_SUBJECT.exec(s.text) ?? (s.text.startsWith("art of", 1) ? PART_OF_FRONT.exec(s.text) : null));
    const parentAt = parent ? s.start + parent.index + parent[0].length : -1;
    const mentionsOther = otherMentions.some((x) => x.start >= asideEnd && x.start < s.end && !parentOf(doc.text, parentAt, x.start));
    if (mentionsOther && !mentionsMain) continue;
    if (!mentionsMain && !ABOUT_A_PROVIDER.test(s.text)) continue;
    const lists: Place[][] = [];
    let m: RegExpExecArray | null;
    COVER_DIRECT.lastIndex = 0;
    while ((m = COVER_DIRECT.exec(s.text)) !== null) {
      // "cover" (no ending) is a verb only after its subject or "to" ("We cover …"), not the noun ("sickness cover")
      if (/^cover\s/.test(m[0]) && !COVER_SUBJECT.test(s.text.slice(Math.max(0, m.index - 8), m.index))) continue;
      // "The report … covers the work of the trust in Ashby and …": the provider's work, then its places
      const work = s.text.startsWith("the work", m.index + m[0].length) ? WORK_OF_IN.exec(s.text.slice(m.index + m[0].length, m.index + m[0].length + 60)) : null;
      const l = specificList(doc.text, placeList(doc.text, s.start + m.index + m[0].length + (work ? work[0].length : 0)));
      if (l.length) lists.push(l);
    }
    MANAGE.lastIndex = 0;
    while ((m = MANAGE.exec(s.text)) !== null) {
      // partners support people, or look after them, too ("a charity that supports families in ..."): only the provider's own sentence
      // ("the NPS division is …, looking after … across A and B": the provider by its kind, the clause's subject before the verb;
      // "The CRC, which looks after … in A, B and C": the sentence's subject)
      // ("The service … works with …. It supports families in A, B and C": "It" after such a sentence is the provider too)
      if (m[0].startsWith("look") && !mentionsMain && !KIND_IS.test(s.text.slice(0, m.index)) && !KIND_SUBJECT.test(s.text) && !itAfterKind(doc, i)) continue;
      if (m[0].startsWith("supp") && !mentionsMain && !KIND_SUBJECT.test(s.text) && !itAfterKind(doc, i)) continue;
      const from = m.index + m[0].length;
      const window = s.text.slice(from, from + 120);
      MANAGE_IN.lastIndex = 0;
      let n = MANAGE_IN.exec(window);
      // "supervises 4,100 offenders in the community across A, B and C": "in the community" says how, the places come after
      if (n && window.startsWith("the community", n.index + n[0].length)) n = MANAGE_IN.exec(window);
      let off = 0;
      // "The division manages …, prepares … and runs … across A, B and C": in a sentence whose subject is the
      // provider (by its kind), a far "across" ends the run of what it does, and says where it does it all
      if (!n && s.text.length > from + 120 && KIND_SUBJECT.test(s.text)) {
        const far = s.text.slice(from + 100, from + 260);
        ACROSS_FAR.lastIndex = 0;
        n = ACROSS_FAR.exec(far);
        off = 100;
      }
      if (!n) continue;
      let l = placeList(doc.text, s.start + from + off + n.index + n[0].length);
      // "works with children who have been in trouble with the law across A, B and C": an "in" that names no
      // place says how; an "across" after it in the window says where
      if (!l.length && !off && n[0].trimStart().startsWith("in")) {
        ACROSS_FAR.lastIndex = n.index + n[0].length;
        const far = ACROSS_FAR.exec(window);
        if (far) l = placeList(doc.text, s.start + from + far.index + far[0].length);
        // (or the next "in" in the window: "works with children who have been in trouble with the law in A and in B")
        else {
          const next = MANAGE_IN.exec(window);
          if (next && next[0].trimStart().startsWith("in")) l = placeList(doc.text, s.start + from + next.index + next[0].length);
        }
      }
      if (l.length) lists.push(specificList(doc.text, l));
    }
    if (!lists.length) continue;
    for (const l of lists) {
      // a provider never covers all of England: that is the inspectorate's remit
      if (l.some((p) => NATION.test(p.text))) continue;
      const places = l;
      if (!best || places.length > best.places.length) best = { places, start: s.start, end: s.end };
    }
  }
  return best;
}

/**
 * Sentence `i` has "It" for its subject, right after a sentence of the same
 * paragraph whose subject names a provider by its kind: "The service works
 * with …. It supports families in …".
 */
function itAfterKind(doc: Doc, i: number): boolean {
  const s = doc.sentences[i]!;
  if (!s.text.startsWith("It ") || i === 0) return false;
  const p = doc.sentences[i - 1]!;
  return p.block === s.block && KIND_SUBJECT.test(p.text);
}

/** The index of the first block with any text. */
function headlineIndex(doc: Doc): number {
  // (isBlank: the same test as `trim().length === 0`, without making the trimmed copy)
  return doc.blocks.findIndex((x) => !isBlank(x.text));
}

/** The headline block (a heading, or a first short block with no full stop). */
function titleBlock(doc: Doc, bi: number, headline: number): boolean {
  const b = doc.blocks[bi];
  if (!b) return false;
  if (b.kind === "heading") return true;
  return bi === headline && !ENDS_SENTENCE.test(b.text.trim());
}

function shortNameOf(g: ProviderGroup): string | null {
  const own = g.mentions.filter((m) => m.short && !m.weak);
  // an acronym defined in brackets, else a short form naming the same place as the full name
  const written = own.filter((m) => !m.constructed);
  const defined = own.find((m) => m.defined);
  const gk = placeKey(g.place);
  const same = written.find((m) => placeKey(m.place.text) === gk);
  const m = defined ?? same ?? written[0] ?? own[0];
  if (m?.short) return foldSpace(m.short);
  return defaultShort(g.type, g.place);
}

function longOf(g: ProviderGroup): string | null {
  // the name given with its acronym in brackets ("… Youth Justice Service (YJS)") is the one the text defines:
  // a masthead's or a board's name before it is not
  return g.mentions.find((m) => m.long && m.capital && m.short && (m.defined || m.constructed))?.long ?? g.mentions.find((m) => m.long && m.capital)?.long ?? g.mentions.find((m) => m.long)?.long ?? null;
}

export const provider: Extractor = {
  id: "provider",
  fields: ["provider", "alsoInspected"],
  extract(doc: Doc, ctx: Context): Found[] {
    const title = ctx.get("title");
    const cues = docCues(doc, title);
    if (!cues.aboutInspection || cues.otherInspectorate || cues.annual || cues.thematic) return [];
    const inspectorate = ctx.get("inspectorate");
    if (inspectorate && !/probation/i.test(inspectorate)) return [];
    const groups = providerGroups(doc, title).filter((g) => !g.comparisonOnly);
    if (!groups.length) return [];
    const main = groups[0]!;
    // a cross-provider inspection hinted at, and no provider clearly in focus
    if (cues.thematicHint && main.score < 3) return [];
    const second = groups[1];
    if (second && second.score === main.score && second.type !== main.type) {
      ctx.message(`two providers named equally often: ${main.place} (${main.type}) and ${second.place} (${second.type}); took the first`, {
        start: second.first,
        end: second.first + 1,
      }, "info");
    }
    const out: Found[] = [];
    const areas = areasOf(doc, main, groups.slice(1));
    const firstMention = main.mentions.find((m) => !m.weak)!;
    const span = areas
      ? spanOf(doc, Math.min(firstMention.start, areas.start), Math.max(firstMention.end, areas.end))
      : spanOf(doc, firstMention.start, firstMention.end);
    out.push(
      found("provider", {
        name: fullName(main.type, main.place, longOf(main)),
        shortName: shortNameOf(main),
        type: main.type,
        areas: areas ? dedupe(areas.places.map((p) => p.text)) : [],
      }, span, { rank: Math.round(main.score) }),
    );
    for (const g of groups.slice(1, 1 + MAX_ALSO)) {
      // a headline naming a second provider type ("NPS on track but CRC must do more") reports both
      const inHeadline = g.type !== main.type && title !== null && TYPE_WORDS[g.type].test(title);
      if (!g.inspected && !inHeadline) continue;
      const m = g.mentions.find((x) => !x.weak)!;
      out.push(
        found("alsoInspected", {
          name: fullName(g.type, g.place, longOf(g)),
          shortName: shortNameOf(g),
          type: g.type,
          overallRating: ratingNear(doc, g, groups),
        }, spanOf(doc, m.start, m.end)),
      );
    }
    return out;
  },
};

const TYPE_WORDS: Record<ProviderType, RegExp> = {
  CRC: /\bCRCs?\b|Community Rehabilitation/i,
  "NPS division": /\bNPS\b|National Probation Service/i,
  "Probation Trust": /\bProbation Trust\b/i,
  "Probation region": /\bregion\b/i,
  PDU: /\bPDUs?\b|Probation Delivery Unit/i,
  "Youth justice service": /\bYO[TS]\b|\bYJP?S\b|\byouth (?:justice|offending)\b/i,
  other: /(?!)/,
};

function dedupe(xs: string[]): string[] {
  const seen = new Set<string>();
  return xs.filter((x) => {
    const k = placeKey(x);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** A rating stated in a sentence naming `g`, between its name and the next provider named. */
function ratingNear(doc: Doc, g: ProviderGroup, groups: ProviderGroup[]): Rating | null {
  const others: number[] = [];
  for (const x of groups) if (x !== g) for (const m of x.mentions) others.push(m.start);
  for (const m of g.mentions) {
    const s = sentenceAt(doc, m.start);
    if (compares(says(doc, s.text), true)) continue;
    // the first other provider named after it in the sentence
    let next = s.end;
    for (const o of others) if (o > m.end && o < next) next = o;
    const r = ratingIn(doc.text.slice(m.end, next));
    if (r) return r;
    // "X, Y and Z were each rated 'Inadequate'": a rating after all the names counts for each
    const r2 = ratingIn(doc.text.slice(m.end, s.end));
    if (r2 && !others.some((o) => o > m.end && o < s.end && ratingIn(doc.text.slice(m.end, o)))) return r2;
  }
  return null;
}
