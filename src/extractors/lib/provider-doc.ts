/**
 * Document-level helpers shared by provider, consortium and subject: which
 * blocks are page furniture (related posts, "Top stories" lists), which
 * sentence a position falls in, and the cues that tell what kind of document
 * this is (about an inspection at all, another inspectorate's, an annual
 * report, a thematic inspection).
 */
import type { Doc, Sentence } from "../../segment/types.js";
import { wordMask } from "../../util/word-mask.js";
import { isSpace } from "../../blocks/normalise.js";
import { lean } from "./numbers.js";

/** Headings after which the rest of a page is furniture. */
const TAIL =
  /^(?:related(?: posts?| articles?| stories| content| news| links| reading)?|you (?:may|might) also like|more (?:from|stories|news|articles|on this)\b.{0,40}|most (?:read|popular|viewed)|recommended(?: for you| reading| articles)?|latest (?:news|posts|stories|articles)|leave a (?:reply|comment)|\d{0,4} ?comments?|also in the news|trending(?: now)?|popular posts|recent posts|previous post|next post)\s*:?$/i;
/** A bare comment count ("9 Comments"): the comments heading after a post's body, its meta line before it. */
const COMMENT_COUNT = /^\d{0,4} ?comments?\s*:?$/i;
/** A paragraph of body text: long, and ending a sentence. */
const BODY_END = /[.!?]["”’]?$/;
/** Headings of an inline box whose list items are furniture. */
const BOX = /^(?:top (?:news )?stories|read more|see also|most read|more stories|also read|related)\s*:?$/i;

/*
 * Per-document answers are kept for the last document asked about only, not
 * in a WeakMap keyed by every Doc: the extractors ask all their questions of
 * one document before the next, and a WeakMap entry for each new Doc costs
 * microseconds (its table fills with dead documents until a collection).
 * Asked about an earlier document again, the answer is worked out again:
 * the same answer.
 */
let furnitureDoc: Doc | null = null;
let furniture = new Set<number>();

/**
 * Indices of blocks that are page furniture. Several extractors ask for the
 * same Doc, so the set is computed once and shared: callers must not change it.
 */
export function furnitureBlocks(doc: Doc): Set<number> {
  if (furnitureDoc !== doc) {
    furniture = findFurniture(doc);
    furnitureDoc = doc;
  }
  return furniture;
}

/** Lines that point elsewhere ("Read more: ..."). */
const READ_ON = /^(?:read more|see also|related|also read)\s*:/i;

/**
 * The first two letters (lower case) of every line TAIL, BOX or READ_ON can
 * match (or a digit: "12 comments"): most blocks are paragraphs that start
 * otherwise, and are not tested against them.
 */
const FURNITURE_STARTS = new Uint8Array(128 * 128);
for (const p of ["re", "yo", "mo", "la", "le", "co", "al", "tr", "po", "pr", "ne", "to", "se"]) FURNITURE_STARTS[p.charCodeAt(0) * 128 + p.charCodeAt(1)] = 1;

function mayBeFurniture(t: string): boolean {
  const c = t.charCodeAt(0);
  if (c >= 48 && c <= 57) return true;
  // `| 32` lower-cases an ASCII letter (the patterns match no other letter there)
  const a = c | 32;
  const b = t.charCodeAt(1) | 32;
  return a < 128 && b < 128 && FURNITURE_STARTS[a * 128 + b] === 1;
}

/** s.trim(), without a call where there is nothing to trim (blocks come trimmed as a rule). */
function trimmed(s: string): string {
  return s.length && (isSpace(s.charCodeAt(0)) || isSpace(s.charCodeAt(s.length - 1))) ? s.trim() : s;
}

function findFurniture(doc: Doc): Set<number> {
  const out = new Set<number>();
  let tail = false;
  let box = false;
  // has a paragraph of body text been seen (a comment count before one is the post's meta line, "Posted on ... | 9 Comments")
  let body = false;
  for (const b of doc.blocks) {
    const t = trimmed(b.text);
    if (tail) {
      out.add(b.index);
      continue;
    }
    const may = mayBeFurniture(t);
    if (may && TAIL.test(t) && b.index > 2) {
      out.add(b.index);
      if (body || !COMMENT_COUNT.test(t)) tail = true;
      continue;
    }
    if (!body && t.length >= 120 && BODY_END.test(t)) body = true;
    if (may && BOX.test(t)) {
      box = true;
      out.add(b.index);
      continue;
    }
    if (box && b.kind === "list-item") {
      out.add(b.index);
      continue;
    }
    box = false;
    if (may && READ_ON.test(t)) out.add(b.index);
  }
  return out;
}

/** The block index holding offset `pos`, or -1. */
export function blockAt(doc: Doc, pos: number): number {
  let lo = 0;
  let hi = doc.blocks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const b = doc.blocks[mid]!;
    if (pos < b.start) hi = mid - 1;
    else if (pos >= b.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** The sentence holding offset `pos`; falls back to the block, then to a window. */
export function sentenceAt(doc: Doc, pos: number): { start: number; end: number; text: string } {
  const si = sentenceIndexAt(doc.sentences, pos);
  const s = si >= 0 ? doc.sentences[si]! : null;
  // (a run-on "sentence", a table or a page without full stops, gives a block or a window instead)
  if (s && s.end - s.start <= 1000) return { start: s.start, end: s.end, text: s.text };
  const bi = blockAt(doc, pos);
  if (bi >= 0 && doc.blocks[bi]!.end - doc.blocks[bi]!.start <= 1000) {
    const b = doc.blocks[bi]!;
    return { start: b.start, end: b.end, text: doc.text.slice(b.start, b.end) };
  }
  const start = Math.max(0, pos - 200);
  const end = Math.min(doc.text.length, pos + 200);
  return { start, end, text: doc.text.slice(start, end) };
}

/**
 * Indices of the sentences holding the ascending positions `starts` (where a
 * pattern matches, found by one scan of the whole text: far cheaper than
 * running it on every sentence), in document order, each once. A gate, not
 * a finder: run the precise patterns on these sentences only.
 */
export function sentencesAt(doc: Doc, starts: readonly number[]): number[] {
  const out: number[] = [];
  for (const p of starts) addSentenceAt(doc.sentences, p, out);
  return out;
}

/** Appends the index of the sentence holding `pos` (if any, and not the last appended). */
function addSentenceAt(ss: readonly Sentence[], pos: number, out: number[]): void {
  const si = sentenceIndexAt(ss, pos);
  if (si >= 0 && out[out.length - 1] !== si) out.push(si);
}

/** Index of the sentence holding offset `pos` (binary search), -1 when none does. */
function sentenceIndexAt(ss: readonly Sentence[], pos: number): number {
  let lo = 0;
  let hi = ss.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = ss[mid]!;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

export interface DocCues {
  /** the document talks about an inspection, inspectors or the inspectorate */
  aboutInspection: boolean;
  /**
   * some of that talk is of an inspection reported now: not every mention is
   * of the last one or of one to come ("was last inspected in 2022", "the
   * watchdog is expected to return next year")
   */
  inspectionNow: boolean;
  /** another inspectorate's (prisons, police ...) and not the probation inspectorate's */
  otherInspectorate: boolean;
  /** an annual or summary report across providers */
  annual: boolean;
  /** stated to be a thematic inspection or review */
  thematic: boolean;
  /** weaker hints of a cross-provider inspection ("joint inspection", "a joint report by the two inspectorates", "in six areas") */
  thematicHint: boolean;
  /** the title and first paragraphs, for cue tests */
  lead: string;
}

/*
 * The three body patterns are global: bodyHas scans the document text for
 * them from a match to the next (see there); has() tests a short text from
 * its start. One compiled form of each.
 */
const PROBATION_BODY =
  /Inspectorate of Probation|HMI ?Probation|Inspector of Probation|probation inspector(?:ate|s)?\b|\bHMIP\b(?!risons)|probation watchdog/gi;
const OTHER_BODY =
  /Inspectorate of (?:Prisons|Constabulary|Court Administration)|HMI ?Prisons|HMICFRS|HMIC\b|Inspector of (?:Prisons|Constabulary)|Ofsted|Care Quality Commission|Crown Prosecution Service Inspectorate|HMCPSI/gi;
// (one `\b` before and after all the alternatives, not one each: the same matches, scanned faster)
const INSPECTION = /\binspect(?:ion|ions|ed|ing|or|ors|orate|orates)\b|\bwatchdog\b/gi;
const ANNUAL = /\b(?:annual (?:report|review|summary|digest)|summary report|state of (?:probation|youth justice))\b/i;
const THEMATIC = /\b(?:thematic|(?:a|an|the|this|our) (?:national |joint )?(?:review|inspection) (?:of|into) (?:how|the (?:work|quality|use|management|delivery|provision|experiences?|arrangements)|work with|probation services'? (?:work|approach)|services for))\b/i;
/*
 * lean(): the same pattern in a form V8 compiles several times faster (its
 * counted and optional parts kept as loops, not copied out): it is compiled
 * in every process that reads a document.
 */
const THEMATIC_HINT = new RegExp(
  lean(
    /\b(?:joint (?:thematic )?(?:inspection|review|report)|criminal justice joint inspection|across (?:England and Wales|England|Wales|the country)|(?:in|across|of|visited) (?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?:probation |youth (?:offending|justice) |local |police force )?(?:areas|regions|CRCs|PDUs|divisions|local authorities|services|providers|probation services))\b/.source,
  ),
  "i",
);

// For each lead pattern above, words one of which every text it matches contains.
const OTHER_BODY_WORDS = ["prisons", "constabulary", "court administration", "hmic", "ofsted", "care quality commission", "crown prosecution service inspectorate", "hmcpsi"];
const ANNUAL_WORDS = ["annual ", "summary report", "state of "];
const THEMATIC_WORDS = ["thematic", "review of", "review into", "inspection of", "inspection into"];
const THEMATIC_HINT_WORDS = ["joint", "across", "areas", "regions", "crcs", "pdus", "divisions", "authorities", "services", "providers"];

/**
 * All those words in one scan of the lower-cased lead (26 `includes` calls
 * cost several times more), each standing for the bit of its list. No word
 * starts another, so the scan (restarted a character after each match, see
 * wordMask) sees every occurrence of every word.
 */
const LEAD_WORD_BIT = new Map<string, number>(
  [OTHER_BODY_WORDS, ANNUAL_WORDS, THEMATIC_WORDS, THEMATIC_HINT_WORDS].flatMap((ws, g) => ws.map((w): [string, number] => [w, 1 << g])),
);
const LEAD_WORDS = new RegExp([...LEAD_WORD_BIT.keys()].join("|"), "g");
const OTHER_BODY_BIT = 1;
const ANNUAL_BIT = 2;
const THEMATIC_BIT = 4;
const THEMATIC_HINT_BIT = 8;

/** docCues of the last document asked about (see furnitureBlocks), for that title. */
let cuesDoc: Doc | null = null;
let cuesTitle: string | null = null;
let lastCues: DocCues | null = null;

/**
 * Cues about the whole document, from its title and non-furniture, non-notes
 * body. Provider and subject both ask, with the same title: computed once a
 * Doc (the result is shared; callers must not change it).
 */
export function docCues(doc: Doc, title: string | null): DocCues {
  if (lastCues !== null && cuesDoc === doc && cuesTitle === title) return lastCues;
  const cues = computeCues(doc, title);
  cuesDoc = doc;
  cuesTitle = title;
  lastCues = cues;
  return cues;
}

/** Global `re` tested on `s` from its start. */
function has(re: RegExp, s: string): boolean {
  re.lastIndex = 0;
  return re.test(s);
}

/**
 * Global `re` tested on the body: the blocks that are not furniture, joined
 * by line breaks. No body pattern can match across a block break (nor looks
 * past one), so the document text (blocks joined by blank lines) stands for
 * the body once matches inside furniture are passed over: no joined copy.
 */
function bodyHas(doc: Doc, furn: Set<number>, re: RegExp): boolean {
  re.lastIndex = 0;
  if (!furn.size) return re.test(doc.text);
  let m: RegExpExecArray | null;
  while ((m = re.exec(doc.text)) !== null) {
    const bi = blockAt(doc, m.index);
    if (bi >= 0 && !furn.has(bi)) return true;
    re.lastIndex = m.index + 1;
  }
  return false;
}

/**
 * A sentence about an inspection before this one or one still to come ("The
 * service was last inspected in 2022", "the watchdog is expected to return
 * next year", "its next inspection is due in the spring").
 */
const NOT_NOW =
  /\b(?:last|previously)\s{1,3}(?:inspected|rated|visited)\b|\b(?:expected|due|set|scheduled|likely)\s{1,3}to\s{1,3}(?:return|re-?inspect|inspect|visit|come\s{1,3}back)\b|\bnext\s{1,3}(?:inspection|visit)\b/i;

/**
 * Whether the body speaks of an inspection (INSPECTION) outside furniture in
 * a sentence that is not about the last inspection or the next (NOT_NOW):
 * a local story that says only "last inspected in 2022" reports none.
 */
function inspectionNow(doc: Doc, furn: Set<number>): boolean {
  const re = INSPECTION;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(doc.text)) !== null) {
    const bi = blockAt(doc, m.index);
    re.lastIndex = m.index + 1;
    if (bi < 0 || furn.has(bi)) continue;
    const s = sentenceAt(doc, m.index);
    if (!NOT_NOW.test(s.text)) return true;
    // the rest of this sentence is passed over
    re.lastIndex = Math.max(re.lastIndex, s.end);
  }
  return false;
}

function computeCues(doc: Doc, title: string | null): DocCues {
  const furn = furnitureBlocks(doc);
  const paras: string[] = [];
  // a page's menu and cookie notice stand before its headline: the lead's paragraphs come after the headline's block
  const from = titleBlockIndex(doc, title) + 1;
  for (let k = from; k < doc.blocks.length; k++) {
    const b = doc.blocks[k]!;
    if (paras.length === 2) break;
    if (furn.has(b.index) || b.inNotes || b.kind === "heading") continue;
    if (trimmed(b.text).length > 60) paras.push(b.text);
  }
  let lead = title ?? "";
  for (const p of paras) lead += "\n" + p;
  const words = wordMask(LEAD_WORDS, LEAD_WORD_BIT, lead.toLowerCase());
  const probation = bodyHas(doc, furn, PROBATION_BODY);
  // the body scan for another inspectorate only matters when the probation inspectorate is not named
  const other = ((words & OTHER_BODY_BIT) !== 0 && has(OTHER_BODY, lead)) || (!probation && bodyHas(doc, furn, OTHER_BODY));
  const about = bodyHas(doc, furn, INSPECTION);
  return {
    aboutInspection: about,
    inspectionNow: about && inspectionNow(doc, furn),
    otherInspectorate: other && !has(PROBATION_BODY, lead) && !(probation && /\bjoint\b/i.test(lead)) && !probationLead(lead),
    annual: (words & ANNUAL_BIT) !== 0 && ANNUAL.test(lead),
    thematic: (words & THEMATIC_BIT) !== 0 && THEMATIC.test(lead),
    thematicHint: (words & THEMATIC_HINT_BIT) !== 0 && THEMATIC_HINT.test(lead) && !oneTeamJoint(lead),
    lead,
  };
}

/** How many blocks from the top the headline is looked for in. */
const TITLE_BLOCKS = 12;

/**
 * The index of the block (among the first few) whose text is the title,
 * where every block before it is a page's furniture, a line that ends no
 * sentence ("Skip to main content", "News | Crime | Courts", a masthead);
 * else -1.
 */
function titleBlockIndex(doc: Doc, title: string | null): number {
  if (!title) return -1;
  const n = Math.min(doc.blocks.length, TITLE_BLOCKS);
  for (let k = 0; k < n; k++) {
    const t = trimmed(doc.blocks[k]!.text);
    if (t.length === title.length && t === title) return k;
    if (BODY_END.test(t) && !COOKIE.test(t)) return -1;
  }
  return -1;
}

/** A cookie notice: furniture, though it ends a sentence. */
const COOKIE = /\bcookies?\b/i;

/** The lead names a probation or youth justice provider type. */
function probationLead(lead: string): boolean {
  return /\bprobation\b|\bCRC\b|Community Rehabilitation|\bPDU\b|\bYouth (?:Offending|Justice)\b|\bYO[TS]\b|\bYJS\b/i.test(lead);
}

/**
 * A joint inspection of one named place's youth offending work ("a joint
 * inspection of youth offending work in X", "... of X Youth Offending
 * Team"), nothing across areas: the full joint inspections of one YOT, led by
 * the probation inspectorate with others, are provider inspections, so
 * "joint inspection" there is no hint of a thematic one.
 */
const ONE_TEAM_JOINT =
  /\b[Jj]oint [Ii]nspection of (?:(?:the )?[Yy]outh (?:[Oo]ffending|[Jj]ustice) (?:[Ww]ork|[Ss]ervices?) in (?!England\b|Wales\b)[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,3}|(?:the )?[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,3} (?:Youth (?:Offending|Justice) (?:Team|Service)|YOT|YOS|YJS))(?![ -][A-Z]|[a-z]|,? and [A-Z]|, [A-Z])/;
/** Any sign of an inspection across several areas or the nation. */
const MANY_AREAS =
  /\b(?:thematic|across (?:England|Wales|the country)|(?:in|across|of|visited) (?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?:[a-z]+ ){0,2}(?:areas|regions|YOTs|services|teams|local authorities))\b/i;

function oneTeamJoint(lead: string): boolean {
  if (!lead.includes("oint ") || !lead.includes("nspection of")) return false;
  return ONE_TEAM_JOINT.test(lead) && !MANY_AREAS.test(lead);
}
