/**
 * Reads every rating stated in a document's prose, structured lines and
 * tables, and says what each one rates: the provider overall, one or more
 * aspects, or something else. Shared by overall-rating and aspect-ratings
 * (the last document's analysis is kept).
 */
import type { Provider, Rating } from "../../schema/record.js";
import { distinctiveNameWords } from "./provider-names.js";
import type { Doc, Sentence } from "../../segment/types.js";
import { BARE_GROUP, CASE_SUPERVISION, DOMAIN_LABEL, REFERENT, type AspectMention, aspectMentions, aspectsOfLabel, canonicalAspect, aspectWordMask } from "./aspects.js";
import { RATED_AREA_BEFORE, RATING_WORDS, clauseBreaks, clauseOf, ratingTokens, comparisonBefore, isRatingUse, isScaleOrPrisonSentence, mayHaveRatingWord, normaliseRating, previousAfter, quotedScaleVerb, type RatingToken } from "./ratings.js";
import { memoByString } from "../../util/memo.js";
import { isSpace } from "../../blocks/normalise.js";
import { GAP, lean } from "./numbers.js";
import { firstHitFrom } from "./hits.js";

export interface RatingEvent {
  kind: "overall" | "aspect";
  /** canonical aspect names (kind "aspect") */
  aspects: string[];
  /** the rating stated now; null when only a previous rating is stated */
  rating: Rating | null;
  previous: Rating | null;
  /** absolute offsets in Doc.text */
  start: number;
  end: number;
  /** how strongly the wording ties the rating to its target */
  rank: number;
  /** found in a structured line or a table rather than prose */
  structured: boolean;
  /** a domain rated as a whole, its members not named ("court disposals"): kept under its own name */
  domain?: boolean;
}

export interface Analysis {
  events: RatingEvent[];
  /** "the overall rating has stayed the same": previous = current, once current is known */
  sameAsBefore: { start: number; end: number }[];
}

/**
 * The last document analysed and its analysis: overall-rating and
 * aspect-ratings ask about the same document one after the other, and a
 * one-entry cache spares a WeakMap entry per document (an insertion, and
 * work for the garbage collector). A caller that alternates documents gets
 * the same answers, worked out again.
 */
let lastDoc: Doc | null = null;
let lastAnalysis: Analysis | null = null;

const PROVIDER_TYPES = String.raw`(?:CRC|Community${GAP}Rehabilitation${GAP}(?:Company|Centre)|NPS|National${GAP}Probation${GAP}Service|Probation${GAP}Trust|PDU|Probation${GAP}Delivery${GAP}Unit|Youth${GAP}(?:Offending|Justice)${GAP}(?:Team|Service|Services|Partnership)|YOT|YOS|YJS|division|region)`;
const NAMED_PROVIDER = new RegExp(String.raw`((?:[A-Z][\w'’&.-]{0,30}(?:,?${GAP}(?:and|&)${GAP}|,${GAP}|${GAP})){1,7})${PROVIDER_TYPES}\b`, "g");
/**
 * Words that name a provider: \b(?:A|B|C|D)\b, split into its four
 * alternatives, tested one by one (the same answer for a test; the short
 * common ones first, so that the long one is seldom run or compiled).
 */
const PROVIDER_LIKE: readonly RegExp[] = [
  /\b(?:service|trust|company|organisation|provider|it|they)\b/i,
  new RegExp(lean(String.raw`\b${PROVIDER_TYPES}\b`), "i"),
  new RegExp(lean(String.raw`\bprobation\s{1,3}(?:service|services|provider|company|area)\b`), "i"),
  new RegExp(lean(String.raw`\b(?:the|a|an|this|its|our|local)\s{1,3}(?:[\w-]{1,20}\s{1,3}){0,2}?(?:service|trust|company|organisation|provider|unit|team|partnership|division|region)\b`), "i"),
];

function providerLike(text: string): boolean {
  for (const re of PROVIDER_LIKE) if (re.test(text)) return true;
  return false;
}

const NO_KEYS: string[] = [];
const keysCache = new WeakMap<Provider, string[]>();

/**
 * providerKeys' answers by name and short name, all they depend on (written
 * as the name's length, ":", the name, then the short name): each document's
 * provider is a new object, named like many before it.
 */
const keysByNames = memoByString((names: string): string[] => {
  const colon = names.indexOf(":");
  const end = colon + 1 + Number(names.slice(0, colon));
  return [...distinctiveNameWords({ name: names.slice(colon + 1, end), shortName: names.slice(end) || null })];
}, 1024);

/** Lower-case words that identify the main provider in text: its distinctive name words ("anglia", "merseyside"). Cached per provider object, and by its names. Shared: never change it. */
function providerKeys(p: Provider | null): string[] {
  if (!p) return NO_KEYS;
  let keys = keysCache.get(p);
  if (!keys) {
    keys = keysByNames(`${p.name.length}:${p.name}${p.shortName ?? ""}`);
    keysCache.set(p, keys);
  }
  return keys;
}

/**
 * The literal words NAMED_PROVIDER cannot match without (it is case-sensitive):
 * a text with none of them names no provider, and the big regex is skipped.
 */
const PROVIDER_TYPE_GATE = /CRC|Community|NPS|National|Probation|PDU|Youth|YOT|YOS|YJS|division|region/;

function mayNameProvider(text: string): boolean {
  return PROVIDER_TYPE_GATE.test(text);
}

/**
 * NAMED_PROVIDER's provider types, for finding where the next one is: the
 * whole phrase as it must end a match ("Probation Trust", not the "Probation"
 * of "HM Inspectorate of Probation"), so that fewer places start a scan.
 */
const TYPE_WORD = new RegExp(String.raw`${PROVIDER_TYPES}\b`, "g");
/**
 * The most characters NAMED_PROVIDER's name part can span before its
 * provider type: 7 words of up to 31 characters, each followed by at most
 * ", and " with up to 3 spaces around the "and" (10 characters).
 */
const MAX_NAME_SPAN = 7 * (31 + 10);

/**
 * NAMED_PROVIDER.exec(text) from its lastIndex, the same answer, but with
 * the scan started just before the next provider type: a match cannot
 * start further than MAX_NAME_SPAN before its type, and trying every
 * capital letter of a long text is what makes the regex costly.
 */
function nextNamedProvider(text: string): RegExpExecArray | null {
  const from = NAMED_PROVIDER.lastIndex;
  TYPE_WORD.lastIndex = from;
  const t = TYPE_WORD.exec(text);
  if (!t) {
    NAMED_PROVIDER.lastIndex = 0;
    return null;
  }
  NAMED_PROVIDER.lastIndex = Math.max(from, t.index - MAX_NAME_SPAN);
  return NAMED_PROVIDER.exec(text);
}

/** A word that starts with a capital but names no one. */
const NOT_A_NAME_WORD = /^(?:The|A|An|Its|This|That|These|Their|Our|Each|Every|Both|HM|Inspectors?|Probation|Chief|While|However|And|But|In|At|On|Of|For|By|When|Local)$/;
const isNameWord = (w: string): boolean => /^[A-Z]/.test(w) && !NOT_A_NAME_WORD.test(w);

function nameWords(s: string): string[] {
  return s.trim().split(/[\s,&]+/).filter(isNameWord);
}

/**
 * The providers NAMED_PROVIDER finds in a text (those with a name word), in
 * order, in lower case (the answer does not depend on the main provider).
 */
function providerNamesIn(text: string): readonly string[] {
  const out: string[] = [];
  NAMED_PROVIDER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = nextNamedProvider(text))) if (m[1]!.trim().split(/[\s,&]+/).some(isNameWord)) out.push(m[0].toLowerCase());
  return out;
}

/** A CRC's name ("… Community Rehabilitation Company", "… CRC"), lower case. */
const CRC_NAME = /\b(?:crc|community\s{1,3}rehabilitation\s{1,3}(?:company|centre))\b/;
/** A youth justice name ("… youth justice service", "… YOT"): of NAMED_PROVIDER's types, those for children. */
const YOUTH_NAME = /\b(?:youth|yot|yos|yjs)\b/;

/**
 * Whether a provider's name (lower case, as providerNamesIn gives it) can be
 * the main provider's by its kind: a youth justice service and a probation
 * provider (a CRC, a PDU, a trust, an NPS division) are never the same one,
 * though they share a place name ("Northmoor YJS" beside "South Northmoor PDU").
 */
function sameKind(lower: string, main: Provider | null): boolean {
  const type = main?.type;
  if (!type || type === "other") return true;
  // "the former Northmoor Community Rehabilitation Company, which was rated …" in a document about a PDU: a CRC is only ever a CRC
  if (type !== "CRC" && (lower.includes("crc") || lower.includes("rehabilitation")) && CRC_NAME.test(lower)) return false;
  return YOUTH_NAME.test(lower) === (type === "Youth justice service");
}

/** Whether a name found in the text (lower case) is the main provider's: its distinctive words, and its kind. */
function isMainName(lower: string, keys: readonly string[], main: Provider | null): boolean {
  return keys.some((k) => lower.includes(k)) && sameKind(lower, main);
}

/** Whether the text names a provider that is not the main one. */
function otherProvider(text: string, main: Provider | null): boolean {
  // with no main provider (no keys) every name found would be skipped
  if (!main || !mayNameProvider(text)) return false;
  const names = providerNamesIn(text);
  // the names first: the main provider's keys (its name words worked out, once a document) are seldom needed
  if (!names.length) return false;
  const keys = providerKeys(main);
  if (!keys.length) return false;
  for (const lower of names) if (!isMainName(lower, keys, main)) return true;
  return false;
}

/** "the CRC", "the NPS", "the YOT" at the end of the words before a rating: a provider of that kind, by its type alone. */
const BARE_TYPE = /\bthe\s{1,3}(CRC|NPS|PDU|YOT|YOS|YJS)\s{0,3}$/;
const BARE_TYPE_KIND: Readonly<Record<string, string>> = { CRC: "CRC", NPS: "NPS division", PDU: "PDU", YOT: "Youth justice service", YOS: "Youth justice service", YJS: "Youth justice service" };

/**
 * "the old CRC that did half our work", "the former NPS division, which …",
 * "the area's former community rehabilitation company was rated …": a
 * provider that was, named by its kind, the last provider named before a
 * rating (no type word after it).
 */
const FORMER_TYPE = /\b(?:the|our|its|their|[a-z]{2,20}['’]s)\s{1,3}(?:old|former|previous|defunct)\s{1,3}(CRC|NPS|PDU|YOT|YOS|YJS|community\s{1,3}rehabilitation\s{1,3}company|probation\s{1,3}trust)\b/gi;
/** FORMER_TYPE's kinds written out ("the area's former community rehabilitation company"): their acronyms' kinds */
const FORMER_FULL_KIND: Readonly<Record<string, string>> = { c: "CRC", p: "Probation Trust" };
const FORMER_GATE = /\b(?:old|former|previous|defunct)\s/;

/** "… rates the CRC 'Requires improvement'" in a document about an NPS division: another provider, by its kind; null when it cannot tell. */
function bareOtherKind(text: string, main: Provider | null): "other" | null {
  const type = main?.type;
  // (a former provider, "the old CRC", is read before this: see formerOtherKind's caller)
  if (!type || type === "other" || !text.includes("the")) return null;
  const m = BARE_TYPE.exec(text);
  return m && BARE_TYPE_KIND[m[1]!] !== type ? "other" : null;
}

/** FORMER_TYPE's last match in `text`, of another kind than `type` (when known) and with no provider type word after it: "other". */
function formerOtherKind(text: string, type: string | undefined): "other" | null {
  FORMER_TYPE.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  let m: RegExpExecArray | null;
  while ((m = FORMER_TYPE.exec(text))) last = m;
  if (!last) return null;
  const kind = last[1]!.length > 3 ? FORMER_FULL_KIND[last[1]![0]!.toLowerCase()] : BARE_TYPE_KIND[last[1]!.toUpperCase()];
  if (kind === type) return null;
  TYPE_WORD.lastIndex = 0;
  const rest = text.slice(last.index + last[0].length);
  return TYPE_WORD.test(rest) ? null : "other";
}

/** The last provider named in a text: the main one, another one, or null when none is named. */
function lastNamedProvider(text: string, main: Provider | null): "main" | "other" | null {
  if (!main || !mayNameProvider(text)) return null;
  // the names first, as in otherProvider
  const names = providerNamesIn(text);
  if (!names.length) return null;
  const keys = providerKeys(main);
  if (!keys.length) return null;
  const lower = names[names.length - 1]!;
  return isMainName(lower, keys, main) ? "main" : "other";
}

const keyRegexCache = new WeakMap<Provider, RegExp[]>();

function mentionsMain(text: string, main: Provider | null): boolean {
  if (!main) return false;
  let res = keyRegexCache.get(main);
  if (!res) {
    res = providerKeys(main).map((k) => new RegExp(String.raw`\b${k.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\b`));
    keyRegexCache.set(main, res);
  }
  const lower = text.toLowerCase();
  return res.some((re) => re.test(lower));
}

const VERB_IN_CLAUSE = new RegExp(lean(String.raw`\b(?:rated|rates|rate|graded|grades|judged|judges|ranked|deemed|scored|assessed|gave|given|gives|awarded|received|receives|achieved|earned|was|were|is|are|has${GAP}been|have${GAP}been|had${GAP}been|remains|remained|retained|retaining|maintained|maintaining|kept|keeps|(?:came|comes|come)${GAP}out)\b`), "gi");
/** A rating verb before what it rates; "rating", "grading", "judging" only before "its"/"their" ("…, rating its leadership 'good'"), never the noun ("a rating of", "the lowest of the four grades"). */
const OBJECT_VERB = /\b(?:rated|(?<!\b(?:the|its|their|four|possible)\s{1,3})(?:rates|rate|grades)|graded|judged|judges|ranked|deemed|scored|assessed|gave|given|gives|awarded|(?:rating|grading|judging)(?=\s{1,3}(?:its|their)\s))\b/gi;

interface Near {
  aspects: string[];
  /** the aspect is a domain named as a whole (domainHead) */
  domain?: boolean;
  /** the words left of the verb / between verb and rating (for the provider test) */
  subject: string;
  object: string;
  /** the tail after a dash-closed list of standards (ownStandardsList), where "as was X" is read */
  after?: string;
}

function mentionAspects(text: string): string[] {
  return uniqueAspects(aspectMentions(text));
}

function uniqueAspects(ms: readonly { aspects: string[] }[]): string[] {
  const out: string[] = [];
  for (const m of ms) for (const a of m.aspects) if (!out.includes(a)) out.push(a);
  return out;
}

/** The words subjectAspects trims off the end of a subject ("... has also been"); GAP before each. */
const SUBJECT_FILLERS = "was were is are has have had been being also both all now again each then later subsequently itself themselves";
const FILLER_WORDS: ReadonlySet<string> = new Set(SUBJECT_FILLERS.split(" "));

/**
 * The subject without the filler words at its end ("... has also been"):
 * what text.replace(SUBJECT_TRIM, "") gave, with SUBJECT_TRIM
 * `(?:GAP(?:was|were|...))+\s{0,3}$` (case aside), worked out by walking back
 * word by word from the end. That pattern is anchored at the end but V8
 * still tries it from every place of the text, and nearly every subject ends
 * in a filler ("... was").
 *
 * The pattern's words are whole: each is followed by white space or the end,
 * and preceded by GAP, 1-3 white-space characters (the last 3 of a longer
 * run, which no earlier filler can then reach). At most 3 white-space
 * characters end the text. The first match, which replace() removes, starts
 * at the GAP of the first word of the longest such run of fillers.
 */
function trimSubject(text: string): string {
  let e = text.length;
  while (e > 0 && isSpace(text.charCodeAt(e - 1))) e--;
  // \s{0,3}$: more white space at the end, no match
  if (text.length - e > 3) return text;
  let cut = -1;
  for (;;) {
    // the word before e (all characters up to white space), a filler or the end of the run
    let b = e;
    while (b > 0 && !isSpace(text.charCodeAt(b - 1))) b--;
    if (b === e || !FILLER_WORDS.has(text.slice(b, e).toLowerCase())) break;
    // its GAP: the white space before it, at most its last 3 characters; none, and the run ends
    let w = b;
    while (w > 0 && isSpace(text.charCodeAt(w - 1))) w--;
    if (w === b) break;
    cut = Math.max(w, b - 3);
    if (b - w > 3) break;
    e = w;
  }
  return cut < 0 ? text : text.slice(0, cut);
}
/**
 * Whether no aspect gate word starts a filler word: then trimming them keeps
 * a text's aspectWordMask (their gate words start words, and none spans the
 * white space before the fillers), and it need not be worked out again.
 */
const TRIM_KEEPS_MASK = aspectWordMask(SUBJECT_FILLERS) === 0;

/** What cuts a subject into segments: a comma, a dash with spaces around it ("–", "—", or a hyphen typed for one: "casework - assessment, planning - were"), brackets. */
const SUBJECT_SEGMENT = /,|\s[–—-]\s|\(|\)/;

/** An aside that gives the inspectorate's name for what is rated: "which inspectors called leadership and governance". */
const NAMING_ASIDE = /^\s*(?:which|that)\s{1,3}(?:the\s{1,3})?(?:inspectors?|inspectorate|report)\s{1,3}(?:called|calls|call|terms|termed|describes\s{1,3}as|described\s{1,3}as)\s{1,3}([^,;()]{3,60})$/i;

/**
 * An aside in brackets, or between two dashes with spaces around them: "(…)",
 * " – …, … – ", or between two spaced hyphens, the dash of plain ASCII text
 * (" - assessing, planning, … - ").
 */
const GROUP_ASIDE = /\([^()]{0,160}\)|\s[–—]\s[^–—]{1,160}\s[–—](?=\s|$)|\s-\s[^–—]{1,160}\s-(?=\s|$)/g;

/** What follows a group in a subject, asides cut out (a dash only when there is one to cut). */
function groupRest(rest: string): string {
  return rest.includes("(") || rest.includes("–") || rest.includes("—") || rest.includes(" - ") ? rest.replace(GROUP_ASIDE, "") : rest;
}

/**
 * What may follow a group at the end of a subject: a short phrase, or what
 * the work is done on ("the assessment, planning and delivery of work with
 * children sentenced by the courts were"; after the verbs, "how staff
 * assess, plan, deliver and review their work with people on probation
 * were"), with no comma.
 */
const GROUP_TAIL = /^(?:[^,;:]{0,30}|\s{1,3}(?:of\s{1,3})?(?:(?:the|their|its|each)\s{1,3})?(?:work|cases|casework|sentences|orders)\b[^,;:]{0,80})$/;

/** An aside between two dashes that ends a subject: "work with X – through A and B –". */
const END_DASH_ASIDE = /\s[–—]\s[^–—]{1,160}\s[–—]\s{0,3}$/;
/** The same between two spaced hyphens, the dash of plain ASCII text: "work with X - through A and B -". */
const END_HYPHEN_ASIDE = /\s-\s[^–—]{1,160}\s-\s{0,3}$/;

/**
 * A subject without the dash aside at its end, when the aside names no aspect
 * ("work with children dealt with outside court – through cautions and community
 * resolutions – was"; or between spaced hyphens, " - through … - was"): the
 * head before it is what is rated.
 */
function cutEndAside(subject: string): string {
  const e = subject.trimEnd();
  const last = e.charCodeAt(e.length - 1);
  if (last !== 0x2013 && last !== 0x2014 && last !== 0x2d) return subject;
  const m = (last === 0x2d ? END_HYPHEN_ASIDE : END_DASH_ASIDE).exec(e);
  return m && !aspectMentions(m[0]).length ? e.slice(0, m.index) : subject;
}

/** A segment that is only a linking phrase, set off by commas: "Unpaid work, by contrast, was", "Unpaid work, however, was"; the subject is before it. */
const DISCOURSE_ASIDE = /^\s{0,3}(?:(?:by|in)\s{1,3}(?:contrast|comparison)|on\s{1,3}the\s{1,3}other\s{1,3}hand|for\s{1,3}(?:its|their)\s{1,3}part|in\s{1,3}turn|too|also|however|though|meanwhile|nevertheless|nonetheless)\s{0,3}$/i;

/** An aside that counts the subject's own standards: "Out-of-court work, all four standards, was", "…, across all its standards, were". */
const STANDARDS_ASIDE = /^\s*(?:(?:in|across|on|for)\s{1,3})?(?:all|each|every|both)\s{1,3}(?:(?:two|three|four|\d)\s{1,3})?(?:of\s{1,3})?(?:the\s{1,3}|its\s{1,3}|their\s{1,3})?(?:(?:two|three|four|\d)\s{1,3})?(?:standards|aspects|elements)\s*$/i;
/** An aside of what the work does for whom: "Resettlement work, helping children coming home from custody, was". */
const PEOPLE_ASIDE = /^\s*[a-z]{3,20}ing\s{1,3}(?:(?:the|its|their)\s{1,3})?(?:children|young\s{1,3}people|people|adults|families|victims|those)\b/i;
/** An aside of whom the work is for, naming no aspect: "Resettlement policy and provision, for children leaving custody, was". */
const FOR_PEOPLE_ASIDE = /^\s*(?:for|with)\s{1,3}(?:(?:the|its|their)\s{1,3})?(?:children|young\s{1,3}people|people|adults|families|victims|those)\b/i;

/** A subject's head segment that renames the one before it: "known as Through the Gate", "also called …". */
const RENAMING_HEAD = /^\s*(?:(?:also|more\s{1,3}commonly|usually|often)\s{1,3})?(?:known\s{1,3}as|called|referred\s{1,3}to\s{1,3}as)\s/i;

/** A subject's head segment that describes the aspect named before it, set off by commas: "the resettlement service for people leaving prison". */
const DESCRIBING_HEAD = /^\s{0,3}the\s{1,3}[a-z-]{3,30}\s{1,3}(?:service|scheme|team|programme|work)\s{1,3}for\s/;

/** The nearest comma-segment before a verb, skipping relative clauses, plus list items before it. */
function subjectAspects(left: string): string[] {
  // no aspect word anywhere in it: no group, no head phrase and no list item names an aspect (a third of
  // subjects); nor in its start, trimmed below, which then needs no trimming
  let mask = aspectWordMask(left);
  if (mask === 0) return [];
  const trimmed = trimSubject(left);
  if (trimmed.length !== left.length && !TRIM_KEEPS_MASK) {
    mask = aspectWordMask(trimmed);
    if (mask === 0) return [];
  }
  // a group named last ("the work to assess, plan, deliver and review cases", "the four case supervision standards (...)")
  const mentions = aspectMentions(trimmed, mask);
  // the last group with only a short phrase, or an aside, after it: "all four aspects of case supervision – assessing, … – were"
  let group: AspectMention | undefined;
  for (let k = mentions.length - 1; k >= 0 && !group; k--) {
    const g = mentions[k]!;
    if (g.aspects.length > 1 && GROUP_TAIL.test(groupRest(trimmed.slice(g.end)))) group = g;
  }
  if (group) {
    let aspects: string[] = [...group.aspects];
    // list items before it: "its leadership, staffing, and work to assess and plan cases"
    const before = trimmed.slice(0, group.start).split(SUBJECT_SEGMENT);
    for (let j = before.length - 2; j >= 0; j--) {
      const one = canonicalAspect(before[j]!.trim());
      if (!one) break;
      aspects = [one, ...aspects.filter((a) => a !== one)];
    }
    return aspects;
  }
  const segs = cutEndAside(trimmed).split(SUBJECT_SEGMENT);
  let i = segs.length - 1;
  while (i > 0 && !segs[i]!.trim()) i--;
  // "X's work with children given out-of-court disposals, such as cautions, was the weakest part of its work and was": the predicate after an example aside
  if (i > 1 && /^\s*(?:was|were|is|are)\s/i.test(segs[i]!) && /^\s*(?:including|such\s{1,3}as)\s/i.test(segs[i - 1]!) && !aspectMentions(segs[i]!).length) i--;
  while (i > 0 && (/^\s*(?:which|who|that|where|run\s{1,3}by|including|such\s{1,3}as|(?:in|by|for|through|under|with|from|during|of)\s{1,3}(?:which|whom))\b/i.test(segs[i]!) || (segs[i]!.length < 30 && DISCOURSE_ASIDE.test(segs[i]!)) || (segs[i]!.length < 50 && STANDARDS_ASIDE.test(segs[i]!)) || PEOPLE_ASIDE.test(segs[i]!) || (FOR_PEOPLE_ASIDE.test(segs[i]!) && !aspectMentions(segs[i]!).length))) {
    // "…, which inspectors called leadership and governance, was": the aside names the aspect
    const naming = NAMING_ASIDE.exec(segs[i]!);
    const namedA = naming ? onlyAspects(naming[1]!) : [];
    if (namedA.length) return namedA;
    i--;
  }
  // an aside ("..., which supports people as they prepare to leave prison,") is skipped above; take the head segment
  const head = (segs[i] ?? "").replace(/^\s*(?:but|yet|and|however|meanwhile|also|still|by\s{1,3}contrast|in\s{1,3}contrast)\b\s*/i, "");
  // the whole subject (most often): its mentions are known
  let aspects = listAspects(head, false, head === trimmed ? mentions : undefined);
  if (!aspects.length) return [];
  // "Resettlement support for people leaving prison, known as Through the Gate, was": the segment before is the same aspect, renamed
  if (i > 0 && RENAMING_HEAD.test(head)) return aspects;
  // "… was Through the Gate, the resettlement service for people leaving prison, which was": the head describes the aspect named just before it
  if (i > 0 && head.includes(" for ") && DESCRIBING_HEAD.test(head)) {
    const prev = segs[i - 1]!.trimEnd();
    const named = aspectMentions(prev);
    const last = named[named.length - 1];
    if (last && last.end === prev.length) return last.aspects;
  }
  // list items before it: "Leadership, staffing and services were ..."
  for (let j = i - 1; j >= 0; j--) {
    const seg = segs[j]!.trim();
    const one = canonicalAspect(seg);
    if (!one) break;
    aspects = [one, ...aspects.filter((a) => a !== one)];
  }
  return aspects;
}

const OWN_WORDS_STOP = new RegExp(lean(String.raw`\b(?:only|just|also|still|again|too|even|merely|slightly|rather|of|on|in|for|to|with|by|at|from|was|were|is|are|has|have|had|be|been|inspectors?|we|they|it|its\s{1,3}work\s{1,3}with|which|who|that|said|found|overall|rating|rated|the\s{1,3}(?:CRC|PDU|region|service|trust)|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|none|some|several|most|many|few|each|our|his|her|this|these|those|as)\b|[A-Z]{2,}|\d`));

/** What separates list items: a comma, "and", "as well as" (never an empty match). */
const LIST_SEPARATOR = /,|\band\b|\bas\s{1,3}well\s{1,3}as\b/gi;

/** A lower-case word right after an aspect's name, with no separator between: the name runs on. */
const GLUED_WORD = /^\s{1,3}(?!(?:and|or|as|was|were|is|are|has|have|had|been|being|also|both|all|now|to|in|on|for|at|by|with|from|of|which|who|that|the|its|their)\b)[a-z]/;

/** A list item of the document's own words: lower-case letters, spaces and hyphens. */
const OWN_WORDS_SHAPE = /^[a-z][a-z -]{2,40}$/;

/** Whether a text of words joined by single spaces has more than four of them (split(" ").length > 4, without the array). */
function moreThanFourWords(text: string): boolean {
  let spaces = 0;
  for (let at = text.indexOf(" "); at >= 0; at = text.indexOf(" ", at + 1)) if (++spaces === 4) return true;
  return false;
}

/**
 * The aspects of a short noun phrase list ("desistance and unpaid work",
 * "and public protection"): canonical names, plus the document's own words
 * for items that fit none, when the phrase is clearly a list of aspects
 * (one canonical item in it, or `inList` for a phrase continuing one).
 */
function listAspects(np: string, inList: boolean, ms: readonly AspectMention[] = aspectMentions(np)): string[] {
  const canon = uniqueAspects(ms);
  if (!canon.length && !inList) return [];
  // the length once a leading "within ..., " is cut off (it only cuts: a short phrase needs no cut)
  if (np.length > 90 && np.replace(/^\s*(?:within\s{1,3}[\w\s]{1,30}?,\s*)?/i, "").length > 90) return canon;
  // a canonical name running on into a noun ("resettlement policy and provision", "court work quality"): the
  // words after it belong to that one aspect's phrase, and are no aspects of their own
  for (const m of ms) if (GLUED_WORD.test(np.slice(m.end, m.end + 24))) return canon;
  // blank out canonical mentions, then read what is left as list items
  let rest = np;
  for (const m of ms) rest = rest.slice(0, m.start) + " , ".padEnd(m.end - m.start, " ") + rest.slice(m.end);
  const own: string[] = [];
  // the items of rest.split(LIST_SEPARATOR), in order, cut one at a time:
  // the first item that is not the document's own words ends the reading
  // (most often the first), and the rest of the phrase is never cut up
  for (let from = 0; ; ) {
    LIST_SEPARATOR.lastIndex = from;
    const sep = LIST_SEPARATOR.exec(rest);
    const it = rest.slice(from, sep ? sep.index : rest.length).replace(/^\s*(?:its|the|their|our|his|her|for|in|on|both|also|work\s{1,3}on)\s+/i, "").replace(/\s+/g, " ").trim();
    if (it && !/^(?:its|the|their|our|his|her|work|services?|within\s.*|for|in|on)$/i.test(it)) {
      // the cheapest test first (each one that fails gives the same answer); more than 4 words: 4 spaces (they are single)
      if (!OWN_WORDS_SHAPE.test(it) || moreThanFourWords(it) || OWN_WORDS_STOP.test(it)) return canon;
      own.push(it.charAt(0).toUpperCase() + it.slice(1));
    }
    if (!sep) break;
    from = sep.index + sep[0].length;
  }
  const out = [...canon];
  for (const o of own) if (!out.includes(o)) out.push(o);
  return out;
}

/** Both alternatives anchored under one ^ so that the engine tries position 0 only. */
const TAIL_LEAD = new RegExp(lean(String.raw`^(?:[’'”".]{0,2}\s{0,3}(?:rating\s{1,3}|grade\s{1,3})?(?:overall\s{0,3})?,?\s{0,3}(?:as\s{1,3}well\s{1,3}as\s{1,3}|and\s{1,3}also\s{1,3}|and\s{1,3})?(?:in|for|on|across|at|including|notably|especially|namely)\s|[’'”".]{0,2}\s{0,3}(?:rating|grade)\s{1,3}to\s|[’'”".*_]{0,3}\s{0,3}:\s{0,3}|[’'”".]{0,2}\s{0,3},?\s{0,3}(?:went|was${GAP}given|was${GAP}awarded)${GAP}to${GAP}(?:(?:two|three|four|five|six|\d)${GAP}(?:areas|aspects|standards)${GAP}?:\s{0,3})?)`), "i");
/** TAIL_LEAD's first word (after quote marks, commas and spaces) or its colon: a cheap necessary condition. */
const TAIL_LEAD_GATE = /^[’'”".*_,\s]*(?::|rating|grade|overall|as|and|in|for|on|across|at|notably|especially|namely|went|was)/i;
const TAIL_STOP = /\b(?:was|were|is|are|rated|judged|graded|while|but|which|who)\b|[‘“]/i;

/** "…, and so did information and facilities", "…, as was its leadership": more aspects with the same rating. */
const SO_DID = new RegExp(lean(String.raw`^[’'”".*_]{0,3}\s{0,3},?\s{0,3}(?:(?:and${GAP}so|as)${GAP}(?:did|was|were|had|has|have)|and${GAP}(?:likewise|the${GAP}same${GAP}(?:went|goes)${GAP}for)|(?:along|together)${GAP}with)${GAP}([^,;.:()–—‘“]{3,80})`), "i");
const SO_DID_GATE = /\b(?:so|as|likewise|same|with)\b/i;
/** What may stand beside the aspects in SO_DID's phrase: determiners, "and", "work", "the quality of" ("as was the quality of assessment and planning"). */
const SO_DID_FILLER = /\b(?:and|its|the|their|also|too|both|work|on|for|in|quality\s{1,3}of)\b|\b(?:team|service|trust|division|unit|partnership|company|region|organisation|crc|pdu|yot|yos|yjs|nps)['’]s?(?![a-z])|[,\s]+/gi;

function soDidAspects(tail: string): string[] {
  const head = tail.slice(0, 100);
  if (!SO_DID_GATE.test(head)) return [];
  const m = SO_DID.exec(head);
  if (!m) return [];
  // "and so was the way staff assess, plan, deliver and review their work": the four verbs' commas are the phrase's own
  if (tail.charCodeAt(m[0].length) === 44 && CS_VERBS.test(m[1]! + tail.slice(m[0].length, m[0].length + 160))) return [...CASE_SUPERVISION];
  // nothing but the aspects: "as was the case for staffing" and "as did the inspectors" name none
  const phrase = m[1]!.replace(/\s(?:while|but|though|although|when|where|because|such\s{1,3}as|including)\b.*$/i, "").replace(SO_DID_PEOPLE_WHO, "$1").replace(SO_DID_PEOPLE_WITH, "");
  // "so did the staff who ...": a person, not an aspect
  if (/\b(?:who|whom|which|that)\b/i.test(phrase)) return [];
  // "as was each of the four standards covering case work: assessment, planning and reviewing": the list after the colon
  const at = m[0].length;
  // (or after a dash: "as were all four standards for the supervision of cases – assessment, planning, …")
  const c = tail.charCodeAt(at);
  if ((c === 58 || c === 0x2013 || c === 0x2014) && SO_DID_GROUP.test(phrase)) {
    // "all four standards for out-of-court work: …": the standards of another aspect, never case supervision's
    if (c !== 58 && namesOtherThanCaseSupervision(phrase)) return [];
    const list = tail.slice(at + 1, at + 161).replace(/[.!?][\s\S]*$/, "");
    return onlyAspects(list);
  }
  return onlyAspects(phrase);
}

/**
 * The four verbs of case supervision as what was rated the same, with who
 * does them or the work they are, and what they are done with, the clause
 * ending after them: "the way staff assess, plan, deliver and review their
 * work with individual offenders", "its work to assess, plan, deliver and
 * review cases".
 */
const CS_VERBS = new RegExp(
  lean(
    String.raw`^(?:(?:the${GAP}way|how(?:${GAP}well)?)${GAP}(?:staff|it|they|the${GAP}[\w-]{2,20})|(?:the|its|their)${GAP}work${GAP}to)${GAP}assess(?:es)?,\s{0,3}plans?,\s{0,3}deliver(?:s)?,?${GAP}and${GAP}reviews?(?:${GAP}(?:(?:its|their)${GAP}work(?:${GAP}with${GAP}(?:individual${GAP})?(?:offenders|people|children|young${GAP}people|people${GAP}on${GAP}probation))?|cases|sentences))?\s{0,3}(?:[,.;]|$)`,
  ),
  "i",
);

/** "… assesses children who have been sentenced …": the people worked with, then who they are (never the staff). */
const SO_DID_PEOPLE_WHO = /\b(children|young\s{1,3}people|people)\s{1,3}who\s.*$/i;
/** "… resettlement work with children coming home from custody": the people the work is with, never an aspect of its own. */
const SO_DID_PEOPLE_WITH = /\s(?:with|for)\s{1,3}(?:the\s{1,3})?(?:children|young\s{1,3}people|people(?:\s{1,3}on\s{1,3}probation)?)\b.*$/i;

/** Whether a group's phrase names an aspect besides the four of case supervision ("all four standards for out-of-court disposals"). */
function namesOtherThanCaseSupervision(phrase: string): boolean {
  for (const m of aspectMentions(phrase)) for (const a of m.aspects) if (!(CASE_SUPERVISION as readonly string[]).includes(a)) return true;
  return false;
}

/** A phrase that names aspects as a group, its members listed after a colon: "each of the four standards covering …", "three of the four parts of case supervision". */
const SO_DID_GROUP = /\b(?:standards|aspects|areas|elements|parts)\b/i;

/** The aspects of a phrase that names nothing else ("its leadership and staffing"); [] when it says more. */
function onlyAspects(phrase: string): string[] {
  const ms = aspectMentions(phrase);
  if (!ms.length) return [];
  let rest = phrase;
  for (let i = ms.length - 1; i >= 0; i--) rest = rest.slice(0, ms[i]!.start) + " " + rest.slice(ms[i]!.end);
  return rest.replace(SO_DID_FILLER, "") ? [] : uniqueAspects(ms);
}

/** Between a rating and a second one in the same construction: "'inadequate' and implementation and delivery 'requires improvement'". */
const PARALLEL_GAP = /^[’'”".*_]{0,3}\s{0,3},?\s{0,3}(?:and|but|while|whereas)\s([^.;:!?“”"‘’]{3,80})$/i;

/**
 * A quoted rating word that reads as none on its own, right after a rating
 * use and only aspects between them: the same verb rates both.
 */
function parallelUse(sentence: string, tokens: readonly RatingToken[], uses: readonly RatingToken[], t: RatingToken): boolean {
  if (!t.quoted) return asParallel(sentence, tokens, uses, t);
  const prev = tokens[tokens.indexOf(t) - 1];
  if (!prev || !prev.quoted || !uses.includes(prev)) return false;
  const m = PARALLEL_GAP.exec(sentence.slice(prev.outerEnd, t.outerStart));
  return m !== null && onlyAspects(m[1]!).length > 0;
}

/**
 * Between an unquoted rating "as" and a second one: ", and its staffing and
 * its information and facilities as " (the same verb rates both: "rated X as
 * good, and Y as requiring improvement").
 */
const PARALLEL_AS_GAP = /^[’'”"]?\s{0,3},?\s{0,3}(?:and|but|while|whereas)\s([^.;:!?“”"‘’]{3,80}?)\s{1,3}as\s{1,3}$/i;
/** "as" right before a rating word: how the first of a PARALLEL_AS_GAP pair is given. */
const AS_BEFORE = /\sas\s{1,3}$/i;

/** An unquoted rating word after "as", right after a rating use also after "as" and only aspects between: "rated X as good, and Y as requiring improvement". */
function asParallel(sentence: string, tokens: readonly RatingToken[], uses: readonly RatingToken[], t: RatingToken): boolean {
  const prev = tokens[tokens.indexOf(t) - 1];
  if (!prev || prev.quoted || !uses.includes(prev)) return false;
  const gap = sentence.slice(prev.outerEnd, t.outerStart);
  return gap.endsWith(" ") && asParallelGap(gap) && AS_BEFORE.test(sentence.slice(Math.max(0, prev.outerStart - 8), prev.outerStart));
}

/** Whether the words from a rating word to the next one (`gap`) are a PARALLEL_AS_GAP: the earlier word starts the object of the later. */
function asParallelGap(gap: string): boolean {
  const m = gap.includes("as") ? PARALLEL_AS_GAP.exec(gap) : null;
  return m !== null && onlyAspects(m[1]!).length > 0;
}

/**
 * Between a rating use and an unquoted rating word that repeats its
 * construction: " for the way it assesses and plans, and " (the earlier
 * rating's aspects, then "and"), in "rated inadequate for A, and requires
 * improvement for B".
 */
const FOR_PARALLEL_GAP = /^[’'”"]?\s{1,3}(?:for|in)\s{1,3}([^.;:!?“”"‘’]{3,120}?),?\s{1,3}(?:and|but|while|whereas)\s{1,3}$/i;
/** After the second rating word: "for" or "in", then what it rates, to the next mark ("for its leadership and its staffing"). */
const FOR_PARALLEL_OBJECT = /^[’'”"]?\s{1,3}(?:for|in)\s{1,3}([^.;:!?,“”"‘’()–—]{3,80})/i;
/** Words the two FOR_PARALLEL patterns cannot match without. */
const FOR_IN_GATE = /\s(?:for|in)\s/i;

/**
 * A rating word after a rating use given "for" some aspects, "and", then the
 * same "for" with only aspects: the same verb rates both ("rated inadequate
 * for its casework, and requires improvement for its leadership and
 * staffing", "rated it ‘outstanding’ for its staffing and for its
 * partnerships, and ‘good’ for governance and leadership"). The first
 * one's aspects end where the second word starts.
 */
function forParallel(sentence: string, tokens: readonly RatingToken[], uses: readonly RatingToken[], t: RatingToken): boolean {
  const prev = tokens[tokens.indexOf(t) - 1];
  if (!prev || !uses.includes(prev)) return false;
  const after = sentence.slice(t.outerEnd, t.outerEnd + 100);
  if (!FOR_IN_GATE.test(after) || !forParallelGap(sentence.slice(prev.outerEnd, t.outerStart))) return false;
  const o = FOR_PARALLEL_OBJECT.exec(after);
  return o !== null && onlyAspects(o[1]!.trim()).length > 0;
}

/** Whether the words from a rating word to the next one (`gap`) are a FOR_PARALLEL_GAP naming an aspect: the earlier word's "for …" ends before the later. */
function forParallelGap(gap: string): boolean {
  const g = FOR_IN_GATE.test(gap) ? FOR_PARALLEL_GAP.exec(gap) : null;
  return g !== null && aspectMentions(g[1]!).length > 0;
}

/** "all four standards", "each of its standards", "all four of its standards", "on all four counts" with no "of …" naming them: the standards of what is rated. */
const TAIL_OWN_STANDARDS = /^(?:all|each|every|both)\s{1,3}(?:(?:two|three|four|\d)\s{1,3}(?=of\s))?(?:of\s{1,3})?(?:the\s{1,3}|its\s{1,3}|their\s{1,3})?(?:(?:two|three|four|\d)\s{1,3})?(?:standards|aspects|areas|elements|counts?)\b(?!\s{1,3}(?:of|for|in|covering|relating)\b)/i;

/** After a tail's "all four standards": a colon or a dash opening the list of them. */
const STANDARDS_LIST_OPEN = /^\s{0,3}(?::|[–—])\s{0,3}/;

/**
 * The standards a tail lists after naming them by count ("'Good' for all four
 * standards: assessment, planning, implementation and delivery, and
 * reviewing"): two or more aspects and nothing else; [] otherwise.
 */
function ownStandardsList(tail: string): { aspects: string[]; after?: string } {
  if (!tail.includes(":") && !tail.includes("–") && !tail.includes("—")) return NO_LIST;
  const m = TAIL_LEAD_GATE.test(tail) ? TAIL_LEAD.exec(tail) : null;
  if (!m) return NO_LIST;
  const rest = tail.slice(m[0].length);
  const own = TAIL_OWN_STANDARDS.exec(rest);
  if (!own) return NO_LIST;
  const open = STANDARDS_LIST_OPEN.exec(rest.slice(own[0].length));
  if (!open) return NO_LIST;
  const from = own[0].length + open[0].length;
  let list = rest.slice(from, from + 160);
  // "– assessment, planning and reviewing – as was …": a list opened by a dash ends at the next one, and the statement goes on after it
  let after: string | undefined;
  const dash = open[0].includes(":") ? null : LIST_CLOSING_DASH.exec(list);
  if (dash) {
    after = rest.slice(from + dash.index + dash[0].length);
    list = list.slice(0, dash.index);
  }
  const aspects = onlyAspects(list.replace(/[\s.!?]+$/, ""));
  return aspects.length >= 2 ? { aspects, after } : NO_LIST;
}
const NO_LIST: { aspects: string[] } = { aspects: [] };
/** The dash that closes a list opened by one: " – " (or "—") with spaces around it. */
const LIST_CLOSING_DASH = /\s[–—](?=\s)/;

/** A share of the standards, then the ones it includes: "nine of the 13 standards it was judged against, including ". */
const SHARE_INCLUDING = /^(?:[a-z]{3,9}|\d{1,2})\s{1,3}of\s{1,3}(?:the|its|their)\s{1,3}(?:[a-z]{3,9}\s{1,3}|\d{1,2}\s{1,3})?(?:standards|aspects|areas|elements)\b[^,;.:]{0,60},\s{0,3}including\s{1,3}/i;

function tailAspects(tail: string): string[] {
  // "'Inadequate' for assessment, planning, ..." / "inadequate overall, as well as in ..." / "on all four core domains"
  const m = TAIL_LEAD_GATE.test(tail) ? TAIL_LEAD.exec(tail) : null;
  if (!m) return [];
  let rest = tail.slice(m[0].length);
  // "'Good' across all four standards": the subject's own standards, no aspect of the tail
  if (TAIL_OWN_STANDARDS.test(rest)) return [];
  // "'Outstanding' in nine of the 13 standards it was judged against, including leadership, …": the ones named
  const share = rest.includes("including") ? SHARE_INCLUDING.exec(rest) : null;
  if (share) rest = rest.slice(share[0].length);
  // stop at the next verb or rating: what follows belongs to another statement
  const stop = TAIL_STOP.exec(rest);
  if (stop) rest = rest.slice(0, stop.index);
  return mentionAspects(rest);
}

function sentencesBefore(doc: Doc, si: number, max: number): Sentence[] {
  const s = doc.sentences[si]!;
  const out: Sentence[] = [];
  for (let j = si - 1; j >= 0 && out.length < max; j--) {
    const p = doc.sentences[j]!;
    if (s.block - p.block > 1) break;
    out.push(p);
  }
  return out;
}

/** "this element" / "this work": the single aspect named in the same sentence before, or the previous sentence. */
function resolveReferent(doc: Doc, si: number, leftOfReferent: string): string[] {
  const here = mentionAspects(leftOfReferent);
  if (here.length === 1) return here;
  if (here.length > 1) return [];
  for (const p of sentencesBefore(doc, si, 2)) {
    const ms = mentionAspects(p.text);
    if (ms.length === 1) return ms;
    if (ms.length > 1) return [];
  }
  return [];
}

/** "all four aspects (that we inspect)": case supervision when the context names it. */
function resolveGroup(doc: Doc, si: number, sentence: string): string[] {
  const texts = [sentence, ...sentencesBefore(doc, si, 4).map((p) => p.text)];
  for (const t of texts) {
    if (/\bcase\s{1,3}supervision\b|\bassess,\s{0,3}plan\b|\bassessment,\s{0,3}planning\b|\bcase\s{1,3}management\b/i.test(t)) return [...CASE_SUPERVISION];
  }
  return [];
}

/** A verb's object that is "all four" alone, the four just named: "… how it would assess, plan, deliver and review, and rated all four 'Good'". */
const BARE_FOUR_OBJECT = /^\s{0,3}(?:all|each\s{1,3}of\s{1,3}the|the)\s{1,3}(?:four|4)(?:\s{1,3}of\s{1,3}them)?\s{0,3}(?:as\s{1,3})?$/i;

/** Words REFERENT and FOUR_IN_TAIL cannot match without. */
const REFERENT_GATE = /this|that|same/i;
const FOUR_GATE = /four|4/i;
/** A tail that opens a new clause with a group as its subject: ", and all four aspects …", ", but the four areas …". */
const NEW_GROUP_CLAUSE = new RegExp(lean(String.raw`^[’'”".*_]{0,3}\s{0,3},?\s{0,3}(?:and|but|while|whereas|yet)${GAP}(?:all${GAP})?(?:the${GAP}|its${GAP}|their${GAP})?(?:four|4)${GAP}`), "i");
const FOUR_IN_TAIL = new RegExp(lean(String.raw`\b(?:all${GAP})?(?:four|4)${GAP}(?:core${GAP})?(?:aspects|domains|areas|elements)\b`), "i");

/**
 * What findNear reads around a rating from the sentence alone: the aspects
 * it rates, or which context names them ("this element", "all four
 * aspects"), and the words left of it for the provider test.
 */
interface NearPlan {
  aspects: string[];
  /** the aspect is a domain named as a whole (domainHead) */
  domain?: boolean;
  /** "referent": resolveReferent with `referentLeft`; "group": resolveGroup (the aspects above are then empty) */
  resolve: "referent" | "group" | null;
  referentLeft: string;
  subject: string;
  object: string;
  /** as Near's */
  after?: string;
}

function plan(aspects: string[], subject: string, object: string): NearPlan {
  return { aspects, resolve: null, referentLeft: "", subject, object };
}

/** "all four aspects": resolved from the context (resolveGroup). */
function groupPlan(subject: string, object: string): NearPlan {
  return { aspects: [], resolve: "group", referentLeft: "", subject, object };
}

/**
 * ratingTokens(sentence.slice(from, to)) where `from` starts a clause and
 * `to` is a rating word's outerStart, read off the sentence's own tokens
 * (`tokens`) instead of a second scan: the same words, at offsets less
 * `from`. A clause starts after ";" or a whole word ("but"), where no rating
 * word starts after a letter, and a rating word ending at `to` would follow
 * a letter; so the matches are the same. Their quote and emphasis marks are
 * read from the characters around them, which are the same too, unless a
 * word ends at `to` or just before it (its marks may be cut off): then the
 * slice is scanned. The result's offsets are in the sentence: less `offset`.
 */
function tokensBetween(sentence: string, tokens: readonly RatingToken[], from: number, to: number): { toks: readonly RatingToken[]; offset: number } {
  const toks: RatingToken[] = [];
  for (const tok of tokens) {
    if (tok.start < from) continue;
    if (tok.end > to - 2) {
      if (tok.end <= to) {
        const left = sentence.slice(from, to);
        return { toks: mayHaveRatingWord(left) ? ratingTokens(left) : [], offset: 0 };
      }
      break;
    }
    toks.push(tok);
  }
  return { toks, offset: from };
}

/** A relative clause that gives an old rating: ", which was rated 'Inadequate' in 2019", ", that had been judged poor at the last inspection". */
const OLD_RATING_ASIDE = new RegExp(lean(String.raw`^,${GAP}(?:which|that|who)${GAP}(?:was|were|had${GAP}been)${GAP}(?:previously${GAP}|last${GAP})?(?:rated|judged|graded)\b[^,]{1,80}$`), "i");
const OLD_TIME = /\b(?:19|20)\d\d\b|\b(?:previous|previously|last|earlier|before)\b/i;

/**
 * The subject of a rating around an aside that holds an earlier rating word
 * (from `tokStart` to `tokEnd` in `left`) and gives an old rating ("X, which
 * was rated 'Inadequate' in 2019, is now judged …"): the words before the
 * aside and after it up to the verb; null when the word is in no such aside.
 */
function subjectAroundAside(left: string, tokStart: number, tokEnd: number, verbAt: number): string | null {
  const open = left.lastIndexOf(",", tokStart);
  if (open < 0) return null;
  const close = left.indexOf(",", tokEnd);
  if (close < 0 || close >= verbAt) return null;
  const aside = left.slice(open, close);
  if (!OLD_RATING_ASIDE.test(aside) || !OLD_TIME.test(aside.slice(tokEnd - open))) return null;
  return left.slice(0, open) + left.slice(close + 1, verbAt);
}

/** Between a quoted rating and the next one, a named aspect between: ", unpaid work ", ", and court work ". */
const NEXT_RATED_ITEM = /^[’'”".*_]{0,3}\s{0,3},\s{0,3}(?:and\s{1,3})?([^.;:!?“”"‘’]{3,60})$/;

/**
 * The subject of a quoted rating as one aspect in the document's own words
 * ("public protection"), when the next rating of the sentence is quoted and
 * rates a named aspect in the same list: null otherwise.
 */
function ownSubjectInList(sentence: string, tokens: readonly RatingToken[], t: RatingToken, subject: string): string[] | null {
  const next = tokens[tokens.indexOf(t) + 1];
  if (!next || !next.quoted) return null;
  const m = NEXT_RATED_ITEM.exec(sentence.slice(t.outerEnd, next.outerStart));
  if (!m || !listAspects(m[1]!, false).length) return null;
  const segs = trimSubject(subject).split(SUBJECT_SEGMENT);
  const head = segs[segs.length - 1]!.trim();
  // "the team", "the unit": who is rated, not an aspect
  if (PROVIDER_LIKE_GATE.test(head) && providerLike(head)) return null;
  const own = listAspects(head, true);
  return own.length === 1 ? own : null;
}

/** The joining words before the next item of a list of rated aspects: ", ", ", and both ". */
const LIST_GOES_ON = /^[\s,]{0,6}(?:(?:and|but)\s{1,3})?(?:both\s{1,3})?/i;

/** What lies between a transition's old rating and its new one: "to", a short time phrase at most before it ("last time to"). */
const FROM_TO_OBJECT = /^[\s’'”".]{0,3}(?:\w{1,12}\s{1,3}){0,3}?to\s{1,3}$/i;
/** A transition's verb before its old rating: "fell from", "has moved from", "went down from". */
const TRANSITION_VERB_END = /\s(?:moved|moves|fell|falls|fallen|dropped|drops|slipped|slips|rose|rises|risen|climbed|climbs|improved|improves|went\s{1,3}(?:up|down)|gone\s{1,3}(?:up|down))\s{1,3}from\s{1,3}$/i;

/** After what a verb rates, the grade it is given then its word: " the lowest grade, ", " a rating of ", " its top mark: ", " the lowest of the four grades, ". */
const GRADE_AFTER_OBJECT = new RegExp(lean(String.raw`\s(?:the|an?|its|their)${GAP}(?:(?:second[- ])?(?:lowest|highest|top|bottom|best|worst)${GAP}(?:of${GAP}(?:the|its|their)${GAP}(?:(?:four|4)${GAP})?(?:grades|ratings|marks|scores)|(?:possible${GAP})?(?:grade|rating|mark|score)(?:${GAP}of)?)|(?:possible${GAP})?(?:grade|rating|mark|score)(?:${GAP}of)?)[\s,:–—-]{0,4}$`), "i");
const GRADE_NOUN_GATE = /grade|rating|mark|score/i;

/** A verb that gives a grade to what comes after "to": "gave", "awarded". */
const GIVING_VERB = /^(?:gave|gives|given|awarded)$/i;
/** After a given grade's word: "to" and what it is given to ("', to the way staff plan …"). */
const GIVEN_TO = /^[’'”".]{0,2}\s{0,3},?\s{0,3}to\s{1,3}/i;

/** After the rating, the verb then what it is: "' was Through the Gate", " were leadership and staffing". */
const NAMED_AFTER = /^[’'”"]?\s{0,3}(?:was|were|is|are)\s{1,3}([^,;:.()–—‘“]{3,80})/i;

/** A rating verb's object that is "it" alone: "rated it ", "judged it as ". */
const IT_OBJECT = /^\s{1,3}it\s{1,3}(?:as\s{1,3})?$/i;
/** What may stand before the aspect a sentence opens with: a quote mark, "the", "its". */
const OPENING_LEAD = /^[\s“"‘']{0,3}(?:(?:the|its|their)\s{1,3})?$/i;
/** The verb right after the aspect a sentence opens with: "Unpaid work is …", "Leadership has …". */
const OPENING_VERB = /^\s{1,3}(?:is|was|are|were|has|had|have)\s/i;

/**
 * The one aspect a sentence opens with as its subject (OPENING_LEAD before it,
 * OPENING_VERB after it), else null: "Unpaid work is well organised, and we
 * have rated it …" ("The CRC has good leadership, and we rated it …" opens with no aspect).
 */
function openingAspect(before: string): string | null {
  const ms = aspectMentions(before.slice(0, 80));
  const m = ms[0];
  if (!m || m.aspects.length !== 1 || !OPENING_LEAD.test(before.slice(0, m.start)) || !OPENING_VERB.test(before.slice(m.end, m.end + 8))) return null;
  return m.aspects[0]!;
}

/** Who rates, right before a rating verb, after an object put first: " we've ", " we have ", " inspectors ". */
const RATER_BEFORE_VERB = /\s(?:we|they|inspectors|the\s{1,3}inspectors)(?:['’]ve|\s{1,3}have|\s{1,3}had)?\s{1,3}$/i;

/** `tail` is the clause after the rating word, `tailA` the aspects tailAspects reads in it; `tokens` all rating words of the sentence. */
function planNear(sentence: string, clause: { start: number; end: number }, t: RatingToken, tail: string, tailA: string[], tokens: readonly RatingToken[]): NearPlan {
  const left = sentence.slice(clause.start, t.outerStart);
  // object: between the last rating verb and the rating word ("rated this element as", "rated its unpaid work")
  let lastVerb: RegExpExecArray | null = null;
  OBJECT_VERB.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = OBJECT_VERB.exec(left))) lastVerb = m;
  // the object starts after the verb, or after an earlier rating of the same verb ("rated its leadership 'Good' and its services 'Good'")
  let objStart = lastVerb ? lastVerb.index + lastVerb[0].length : left.length;
  // the rating words of `left`, at their offsets in `left` plus `shift`
  const { toks: leftToks, offset: shift } = tokensBetween(sentence, tokens, clause.start, t.outerStart);
  let prevTok: RatingToken | undefined;
  if (lastVerb) {
    for (let k = leftToks.length - 1; k >= 0 && !prevTok; k--) if (leftToks[k]!.quoted && leftToks[k]!.start - shift >= objStart) prevTok = leftToks[k];
    // "rated X as good, and Y as requiring improvement": the unquoted rating just before, in a parallel pair
    const lastTok = leftToks[leftToks.length - 1];
    if (!prevTok && lastTok && !lastTok.quoted && lastTok.start - shift >= objStart) {
      const gap = left.slice(lastTok.outerEnd - shift);
      // "rated X inadequate for A, and requires improvement for B": a pair in "for"
      if (asParallelGap(gap) || forParallelGap(gap)) prevTok = lastTok;
    }
  }
  if (prevTok) objStart = prevTok.outerEnd - shift;
  let object = lastVerb ? left.slice(objStart) : "";
  // "gave staffing the lowest grade, 'inadequate'": the grade named before the rating word is no part of what is rated
  if (object.length > 8 && GRADE_NOUN_GATE.test(object)) object = object.replace(GRADE_AFTER_OBJECT, "");
  let verbAt = lastVerb ? lastVerb.index : -1;
  // "X, which 'requires improvement'": the quoted word is the verb, its subject all before it (not before an earlier "was")
  if (verbAt < 0 && quotedScaleVerb(sentence, left, t)) verbAt = left.length;
  if (verbAt < 0) {
    VERB_IN_CLAUSE.lastIndex = 0;
    let v: RegExpExecArray | null;
    while ((v = VERB_IN_CLAUSE.exec(left))) verbAt = v.index;
  }
  // the subject starts after any rating stated earlier in the clause
  const earlier = leftToks[leftToks.length - 1];
  const subjFrom = earlier && earlier.outerEnd - shift <= (verbAt >= 0 ? verbAt : left.length) ? earlier.outerEnd - shift : 0;
  let subject = verbAt >= 0 ? left.slice(subjFrom, verbAt) : left.slice(subjFrom);
  // "Leadership, which was rated 'Inadequate' in 2019, is now judged …": the earlier rating is an aside on the subject
  if (earlier && subjFrom > 0 && verbAt > subjFrom) subject = subjectAroundAside(left, earlier.outerStart - shift, subjFrom, verbAt) ?? subject;

  // "…, and reviewing fell from 'Good' last time to 'Inadequate'": the rating before is this one's old rating, the subject before its verb
  const oldTok = earlier;
  if (oldTok?.quoted) {
    const between = left.slice(oldTok.outerEnd - shift);
    if (between.includes("to") && FROM_TO_OBJECT.test(between)) {
      const fromAt = oldTok.outerStart - shift;
      const v = TRANSITION_VERB_END.exec(left.slice(Math.max(0, fromAt - 40), fromAt));
      if (v) {
        const verbStart = Math.max(0, fromAt - 40) + v.index;
        let from = 0;
        for (const k of leftToks) if (k.outerEnd - shift <= verbStart) from = k.outerEnd - shift;
        const own = subjectAspects(left.slice(from, verbStart));
        if (own.length) return plan(own, left.slice(from, verbStart), "");
      }
    }
  }
  if (prevTok) {
    // "rated 'Outstanding' for X, and 'Good' for Y": a phrase opening with "for" belongs to the rating before
    if (/^[\s,]*(?:and\s{1,3})?(?:for|in|on|across)\b/i.test(object)) return plan(tailA, "", "");
    // ", staffing", ", and both services and …": the list goes on after the joining words
    const own = listAspects(object.replace(LIST_GOES_ON, ""), true);
    return plan(own.length ? own : tailA, "", object);
  }
  // "Unpaid work is well organised, …, and we have rated it 'Good'": "it" is the aspect the sentence (or its quotation) opens with
  if (object.length < 12 && IT_OBJECT.test(object)) {
    // (or the quotation it is in opens with: 'The chief inspector said: "Unpaid work is …')
    const q = sentence.lastIndexOf("“", clause.start + left.length);
    const own = openingAspect(q > 0 ? sentence.slice(q + 1) : sentence);
    if (own) return plan([own], subject, object);
  }
  if (object.trim()) {
    const objAspects = listAspects(object, false);
    if (objAspects.length) return plan(objAspects, subject, object);
    if (REFERENT_GATE.test(object) && REFERENT.test(object)) return { aspects: [], resolve: "referent", referentLeft: sentence.slice(0, clause.start + Math.max(0, verbAt)), subject, object };
    if (BARE_GROUP.test(object) || BARE_FOUR_OBJECT.test(object)) return groupPlan(subject, object);
  }
  // "gave the lowest of the four grades, 'inadequate', to the way staff planned and reviewed …": what is given the grade comes after "to"
  if (lastVerb && !object.trim() && GIVING_VERB.test(lastVerb[0]) && tail.includes("to")) {
    const to = GIVEN_TO.exec(tail);
    if (to) {
      let rest = tail.slice(to[0].length);
      const stop = TAIL_STOP.exec(rest);
      if (stop) rest = rest.slice(0, stop.index);
      const given = mentionAspects(rest);
      if (given.length) return plan(given, subject, object);
    }
  }
  if (tailA.length) return plan(tailA, subject, object);
  // "The only area rated good was Through the Gate": what is rated, named after the verb that follows
  if (tail.length > 6 && RATED_AREA_BEFORE.test(left)) {
    const named = NAMED_AFTER.exec(tail);
    const after = named ? onlyAspects(named[1]!) : [];
    if (after.length) return plan(after, subject, object);
  }
  const tailHead = tail.slice(0, 40);
  // "… inadequate, and all four aspects of … were rated …": a group right after "and"/"but" opens a clause of its own
  if (FOUR_GATE.test(tailHead) && FOUR_IN_TAIL.test(tailHead) && !NEW_GROUP_CLAUSE.test(tailHead)) return groupPlan(subject, object);
  // "organisational delivery – which covers A, B, C and D – the service was rated": the members
  const domainWord = DOMAIN_GATE.test(subject);
  const members = domainWord ? domainMembers(subject) : null;
  if (members) return plan(members, subject, object);
  let subjA = subjectAspects(subject);
  // "Staffing we've rated 'Inadequate'": the object put first, the rater after it, nothing after the verb
  if (!subjA.length && lastVerb && !object.trim() && RATER_BEFORE_VERB.test(subject)) subjA = subjectAspects(subject.replace(RATER_BEFORE_VERB, ""));
  if (subjA.length) return plan(subjA, subject, object);
  // "work with children on court orders was rated 'Good' for all four standards: assessment, planning, …": the standards listed
  const listed = ownStandardsList(tail);
  if (listed.aspects.length) return { ...plan(listed.aspects, subject, object), after: listed.after };
  // "public protection was rated 'Inadequate', unpaid work 'Good' …": a subject in its own words, first of a list of rated aspects
  const ownA = t.quoted && lastVerb ? ownSubjectInList(sentence, tokens, t, subject) : null;
  if (ownA) return plan(ownA, subject, object);
  // "its work …, known as court disposals, was rated": the domain as a whole, in its own words
  const domain = domainWord ? domainHead(subject) : null;
  if (domain) return { aspects: [domain], domain: true, resolve: null, referentLeft: "", subject, object };
  const refM = REFERENT_GATE.test(subject) ? REFERENT.exec(subject) : null;
  if (refM) return { aspects: [], resolve: "referent", referentLeft: sentence.slice(0, clause.start + refM.index), subject, object };
  if (BARE_GROUP.test(subject)) return groupPlan(subject, object);
  return plan([], subject, object);
}

/** Words DOMAIN_NAME cannot match without. */
const DOMAIN_GATE = /delivery|supervision|disposals/i;
/** A domain of the inspection framework (a group of aspects), by name. */
const DOMAIN_NAME = String.raw`(?:organi[sz]ational${GAP}delivery|case${GAP}supervision|(?<!out[- ]of[- ])court${GAP}disposals)`;
/** A domain then an aside in brackets or dashes that lists its members: "organisational delivery – which covers …", "case supervision (". */
const DOMAIN_ASIDE = new RegExp(lean(String.raw`\b${DOMAIN_NAME}\s{0,3}(?:(\()|([–—])|\s(-)\s)\s{0,3}(?:(?:which|that)${GAP}(?:covers|covered|comprises|is${GAP}made${GAP}up${GAP}of)|covering|comprising|made${GAP}up${GAP}of|namely)?\s{0,3}:?`), "i");

/**
 * A rated domain whose members the aside after its name lists, nothing but
 * aspects, at least three (a whole domain, not an example of it): those
 * members, when no other aspect is named after the aside; else null.
 */
function domainMembers(subject: string): string[] | null {
  const m = DOMAIN_ASIDE.exec(subject);
  if (!m) return null;
  const from = m.index + m[0].length;
  const close = m[1] ? subject.indexOf(")", from) : m[2] ? subject.indexOf(m[2], from) : subject.indexOf(" - ", from);
  if (close < 0) return null;
  const members = onlyAspects(subject.slice(from, close));
  if (members.length < 3) return null;
  const rest = subject.slice(close + 1);
  return aspectMentions(rest).length ? null : members;
}

/** A subject's head that is a domain as a whole: "court disposals", "known as court disposals", "its work on case supervision". */
const DOMAIN_HEAD = new RegExp(lean(String.raw`^(?:(?:known|described|referred${GAP}to)${GAP}as${GAP}(?:the${GAP})?|(?:(?:its|the|their)${GAP}|the${GAP}[\w-]{2,20}['’]s${GAP})(?:work${GAP}(?:on|in|with)${GAP})?)?(${DOMAIN_NAME})$`), "i");

/**
 * The domain a subject rates as a whole, in the document's words with a
 * capital ("Court disposals"), when its last segment is only the domain's
 * name; null otherwise.
 */
function domainHead(subject: string): string | null {
  const segs = trimSubject(subject).split(SUBJECT_SEGMENT);
  let i = segs.length - 1;
  while (i > 0 && !segs[i]!.trim()) i--;
  const m = DOMAIN_HEAD.exec(segs[i]!.trim());
  if (!m) return null;
  const name = m[1]!.replace(/\s+/g, " ");
  return name.charAt(0).toUpperCase() + name.slice(1).toLowerCase();
}

/** What a rating is about: its NearPlan, with the context resolved in the document. */
function findNear(doc: Doc, si: number, sentence: string, u: UseReading): Near {
  const p = planNear(sentence, u.clause, u.t, u.tail, u.tailA, u.tokens);
  if (p.resolve === "referent") return { aspects: resolveReferent(doc, si, p.referentLeft), subject: p.subject, object: p.object };
  if (p.resolve === "group") return { aspects: resolveGroup(doc, si, sentence), subject: p.subject, object: p.object };
  return p;
}

const SAME_OVERALL = new RegExp(lean(String.raw`\boverall\s{1,3}(?:rating|grade|mark|judgement|judgment|score|verdict)\b[^.;]{0,60}?(?:(?:stayed|stays|remained|remains|is|was|has\s{1,3}been)\s{1,3}(?:exactly\s{1,3})?(?:the\s{1,3}same|unchanged)|(?:has|had|have)\s{1,3}not\s{1,3}(?:changed|moved|improved)|(?:did|does)\s{1,3}not\s{1,3}(?:change|move|improve))|\bno\s{1,3}change\s{1,3}(?:in|to)\s{1,3}(?:the|its|their)\s{1,3}overall\s{1,3}(?:rating|grade)`), "i");

/**
 * The cheap gates before the rating regexes: "overall" for SAME_OVERALL and
 * the overall cues, a rating word (as mayHaveRatingWord) for everything else.
 * Most sentences have neither. One scan of the document's text for both finds
 * them for every sentence and block at once: a case-insensitive alternation
 * costs the same per character with "overall" in it or not, and a test per
 * sentence for each gate would scan every sentence twice.
 */
const OVERALL_WORD = /overall/i;
/**
 * The rating words of mayHaveRatingWord and "overall" (the only one of 7
 * letters), where a word starts: after no letter or digit (or at the start).
 * Every rule they gate needs them there: TOKEN_RE's (?<![A-Za-z0-9]) (its
 * "requires improvement" has "improvement" after a space), LINE_RE's rating
 * after a separator, space or mark, SAME_OVERALL's "\boverall". Scanning
 * from the character before a word, not from each letter "o", "e", "i"...,
 * makes the scan of the whole text a fifth cheaper. Matches never overlap
 * (each starts at a character that no word holds).
 *
 * ORDINAL_RATING's "lowest" and "highest" (captured) are looked for in the
 * same scan, at no extra cost per character: they are not kept as hits, but
 * say whether any sentence of the document can be one (see gateHits).
 */
const GATE_WORDS = /(?:^|[^A-Za-z0-9])(?:good|outstanding|excellent|improvement|inadequate|poor|overall|(lowest|highest))/gi;
/** A gate word at the very start of a text (for a span whose text starts inside a word of Doc.text). */
const GATE_WORD_HEAD = /^(?:good|outstanding|excellent|improvement|inadequate|poor|overall)/i;
const HAS_RATING_WORD = 1;
const HAS_OVERALL = 2;

const isAlnum = (c: number): boolean => (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);

/**
 * Whether the document's gate hits stand for a span (a sentence, a block):
 * its text is the piece of Doc.text at its offsets (its length is), and no
 * gate word was left out at its start for the letter or digit before it in
 * Doc.text (the span's own text has none there).
 */
function hitsCover(doc: Doc, span: { text: string; start: number; end: number }): boolean {
  if (span.text.length !== span.end - span.start) return false;
  return span.start === 0 || !isAlnum(doc.text.charCodeAt(span.start - 1)) || !GATE_WORD_HEAD.test(span.text);
}

/**
 * HAS_RATING_WORD and HAS_OVERALL when a span's text holds a word of that
 * gate, from the document's gate hits from index `k` (firstHitFrom(hits,
 * span.start)) when they cover it (hitsCover), else from its own text.
 */
function gatesOf(span: { text: string; start: number; end: number }, hits: readonly number[], k: number, covered: boolean): number {
  if (!covered) return (mayHaveRatingWord(span.text) ? HAS_RATING_WORD : 0) | (OVERALL_WORD.test(span.text) ? HAS_OVERALL : 0);
  // the first hit starting in the span, then every one from there that ends in it
  let flags = 0;
  for (; k < hits.length && hits[k]! < span.end; k += 2) {
    const len = hits[k + 1]!;
    if (hits[k]! + len <= span.end) flags |= len === 7 ? HAS_OVERALL : HAS_RATING_WORD;
  }
  return flags;
}

/**
 * firstHitFrom(hits, from), starting from `k`, its answer for an earlier
 * span: spans taken in order are walked in one pass (out of order, searched).
 */
function hitFrom(hits: readonly number[], from: number, k: number): number {
  if (k > 0 && hits[k - 2]! >= from) return firstHitFrom(hits, from);
  while (k < hits.length && hits[k]! < from) k += 2;
  return k;
}

/**
 * Every gate word (where a word starts) in the document's text: `hits`,
 * [start, length] pairs, in order; and `extremes`, whether "lowest" or
 * "highest" starts a word anywhere in it (any case). ORDINAL_RATING needs
 * one, after white space or a hyphen in its sentence: without one, no
 * sentence that is a piece of the text needs searching for them.
 */
function gateHits(doc: Doc): { hits: number[]; extremes: boolean } {
  const hits: number[] = [];
  let extremes = false;
  const text = doc.text;
  GATE_WORDS.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = GATE_WORDS.exec(text))) {
    if (m[1] !== undefined) {
      extremes = true;
      continue;
    }
    // the character before the word, unless the match is at the start and is the word
    const lead = m.index === 0 && isAlnum(text.charCodeAt(0)) ? 0 : 1;
    hits.push(m.index + lead, m[0].length - lead);
  }
  return { hits, extremes };
}

const OVERALL_LEFT = /\boverall\b/i;
const OVERALL_RIGHT = new RegExp(lean(String.raw`^[’'”".]{0,2}\s{0,3}(?:rating${GAP}|grade${GAP})?overall\b`), "i");
const OVERALL_NOUN = new RegExp(lean(String.raw`\boverall${GAP}(?:regional${GAP})?(?:rating|grade|judgement|performance)\b`), "i");
const RELATIVE_ASIDE = /,\s{0,3}(?:which|who|that|part of|one of|now part of)\b[^,]{0,200},/gi;
const WHO_FILLER = /\b(?:as|being|to\s{1,3}be|an?|the)\b/gi;

/** SAME_OVERALL needs "same", "unchanged", "not" or "change" besides "overall". */
const SAME_OVERALL_GATE = /same|unchanged|not|change/i;
/** PROVIDER_LIKE needs one of these words (its "it" and "they" as whole words). */
const PROVIDER_LIKE_GATE = /CRC|community|NPS|national|probation|PDU|youth|YOT|YOS|YJS|division|region|service|trust|company|organisation|provider|unit|team|partnership|\bit\b|\bthey\b/i;

/**
 * A rating word of a sentence that reads as a rating, with what the sentence
 * says around it: the part of the reading that depends on the sentence's
 * text alone.
 */
interface UseReading {
  t: RatingToken;
  clause: { start: number; end: number };
  clauseText: string;
  /**
   * The words since the previous rating in the clause (who is rated), asides
   * cut out, for lastNamedProvider; null when they hold no provider-type word
   * (nothing is named).
   */
  namedIn: string | null;
  tail: string;
  tailA: string[];
  rating: Rating | null;
  previous: Rating | null;
  overallCue: boolean;
  /** the word is the old rating of a step ("up from the 'Requires improvement'"), the new one stated before it */
  step: boolean;
  /** every rating word of the sentence (ratingTokens), shared by its uses */
  tokens: readonly RatingToken[];
}

const NO_USES: readonly UseReading[] = [];

/**
 * Providers in the plural just before the rating's verb ("worse than the
 * three regions rated 'Good' for leadership", "PDUs that were judged
 * 'Inadequate'"): other bodies, never the one provider a document is about.
 * ("Services" is an aspect too: only probation or youth justice services.)
 */
const PLURAL_BODIES = new RegExp(lean(String.raw`\b(?:regions|PDUs|CRCs|divisions|trusts|YOTs|YOSs|YJSs|(?:probation|youth${GAP}justice|youth${GAP}offending)${GAP}services)${GAP}(?:(?:that|which)${GAP})?(?:(?:were|are|have${GAP}been|had${GAP}been)${GAP})?(?:rated|judged|graded)\s{0,3}$`), "i");
/** Whether the words before a rating end on PLURAL_BODIES (read in their last 80 characters, which hold any match). */
function pluralBodies(lead: string): boolean {
  return PLURAL_BODIES.test(lead.length > 80 ? lead.slice(-80) : lead);
}

/** A subject that is a number of a set named before it: "…, with one", "and the other two", "one of them", "another". */
const ONE_OF_SET = new RegExp(lean(String.raw`(?:^|[\s,])(?:with${GAP}|and${GAP}|while${GAP})?(?:one|two|three|another|the${GAP}other(?:${GAP}(?:one|two|three))?|(?:one|two|three)${GAP}of${GAP}(?:them|these|those))${GAP}(?:(?:was|were|is|are|being|has${GAP}been|have${GAP}been)${GAP})?$`), "i");
const ONE_OF_SET_GATE = /one|two|three|other/i;

/**
 * The uses of rating words in a sentence, read from the sentence alone (what
 * depends on the document or its provider is read in analyseSentence). Not
 * remembered across documents: the bench corpus repeats sentences far more
 * than real releases do, and a memo would flatter it (see docs/PERFORMANCE.md).
 */
function readSentence(sentence: string, gate: { hits: readonly number[]; from: number; offset: number } | undefined, overallHint: boolean | undefined): readonly UseReading[] {
  const tokens = ratingTokens(sentence, gate);
  if (!tokens.length) return NO_USES;
  // the uses first: a sentence with none (a third of them) needs neither the scale test nor its clauses
  let uses = tokens.filter((t) => isRatingUse(sentence, t));
  if (!uses.length || isScaleOrPrisonSentence(sentence, tokens)) return NO_USES;
  // "rated X 'inadequate' and Y 'requires improvement'": the second one too (in order, so that a third can follow)
  if (uses.length < tokens.length) {
    const all: RatingToken[] = [];
    for (const t of tokens) if (uses.includes(t) || parallelUse(sentence, tokens, all, t) || forParallel(sentence, tokens, all, t)) all.push(t);
    uses = all;
  }
  // "rated it 'Good' or 'Outstanding' in nine of them": either of two ratings states neither
  if (tokens.length > 1) uses = uses.filter((t) => !eitherOr(sentence, tokens, t));
  // "found to be either 'Inadequate' or in need of improvement": one of two, the other in other words
  if (uses.length && sentence.includes("either")) uses = uses.filter((t) => !EITHER_BEFORE.test(sentence.slice(Math.max(0, t.outerStart - 12), t.outerStart)));
  // "the difference between 'Requires improvement' and 'Inadequate'": two grades compared, neither given
  if (uses.length && tokens.length > 1 && sentence.includes("between")) uses = uses.filter((t) => !betweenPair(sentence, tokens, t));
  // "overall" in the sentence: the document's gate hits say so when given (each overall cue needs it where a word starts)
  const hasOverall = overallHint ?? OVERALL_WORD.test(sentence);
  // the second words of "for" pairs ("rated X for A, and Y for B"), however read as uses: the first one's tail ends where they start
  let forPairs: Set<RatingToken> | undefined;
  for (let i = 1; i < uses.length; i++) {
    const n = uses[i]!;
    if (forParallel(sentence, tokens, uses, n)) (forPairs ??= new Set()).add(n);
  }
  const breaks = clauseBreaks(sentence);
  const out: UseReading[] = [];
  for (const t of uses) {
    const clause = clauseOf(breaks, sentence.length, t.start);
    const clauseText = sentence.slice(clause.start, clause.end);
    // who is rated: the words since the previous rating in the clause
    let prevUse: RatingToken | undefined;
    for (const u of uses) if (u.outerEnd <= t.outerStart && u.outerEnd > clause.start) prevUse = u;
    const localFrom = prevUse ? prevUse.outerEnd : clause.start;
    const local = sentence.slice(localFrom, t.outerStart);
    // a relative clause names what the provider belongs to, not who is rated:
    // "X PDU, which is part of the Probation Service's Y region, has been rated …"
    // (no provider-type word in it: nothing is named)
    const namedIn = mayNameProvider(local) ? (local.includes(",") ? local.replace(RELATIVE_ASIDE, ",") : local) : null;
    const next = forPairs ? uses[uses.indexOf(t) + 1] : undefined;
    const tail = sentence.slice(t.outerEnd, next && forPairs!.has(next) && next.outerStart < clause.end ? next.outerStart : clause.end);
    let tailA = tailAspects(tail);
    // "Rated 'Good': staffing; information and facilities; unpaid work.": the list goes on past the clause's ";"
    // (or opened by a colon later in the tail: "'Inadequate' for staffing and for all four aspects of case supervision: assessment; planning; …")
    if (tailA.length && sentence.charCodeAt(clause.end) === 59 && (COLON_LEAD.test(tail) || colonListInTail(tail))) tailA = semicolonList(sentence, clause.end, tokens, tailA);
    const cmpBefore = comparisonBefore(sentence, t);
    let previous = cmpBefore.previous;
    if (!cmpBefore.isPrevious) previous = previousAfter(sentence, t, clause.end) ?? previous;
    const overallCue =
      hasOverall &&
      (OVERALL_LEFT.test(sentence.slice(Math.max(clause.start, t.outerStart - 60), t.outerStart)) ||
        OVERALL_RIGHT.test(sentence.slice(t.outerEnd, t.outerEnd + 30)) ||
        OVERALL_NOUN.test(clauseText.slice(0, Math.max(0, t.outerStart - clause.start))));
    const rating = cmpBefore.isPrevious ? null : t.rating;
    out.push({ t, clause, clauseText, namedIn, tail, tailA, rating, previous, overallCue, step: cmpBefore.step === true, tokens });
  }
  return out;
}

/** A rating's tail that opens a list with a colon: "': staffing; …". */
const COLON_LEAD = /^[’'”".*_]{0,3}\s{0,3}:/;

/**
 * Whether a rating's tail ends in a colon then aspects and nothing else ("'
 * for staffing and for the four aspects of case supervision: assessment"),
 * the colon inside the words the tail rates (no verb, "while" or quote mark
 * before it): the first item of a list its clause's ";" continues.
 */
function colonListInTail(tail: string): boolean {
  const at = tail.lastIndexOf(":");
  return at > 0 && !TAIL_STOP.test(tail.slice(0, at)) && onlyAspects(tail.slice(at + 1)).length > 0;
}

/**
 * The aspects of a list after a rating and a colon whose items are set off by
 * semicolons ("Rated 'Good': staffing; information and facilities; unpaid
 * work."), from the first item's (`first`) on: when every item after the
 * first ";" (`from`) to the sentence's end names aspects and nothing else
 * and no rating word comes after; else `first` alone.
 */
function semicolonList(sentence: string, from: number, tokens: readonly RatingToken[], first: string[]): string[] {
  for (const tok of tokens) if (tok.start > from) return first;
  const out = [...first];
  for (const item of sentence.slice(from + 1).split(";")) {
    const aspects = onlyAspects(item.replace(/[.\s]+$/, ""));
    if (!aspects.length) return first;
    for (const a of aspects) if (!out.includes(a)) out.push(a);
  }
  return out;
}

/** What joins two ratings offered as alternatives: "or", "or even", "and/or". */
const OR_GAP = /^[\s’'”".,*_]{0,4}(?:and\/)?or(?:\s{1,3}even)?[\s‘'“"*_]{1,4}$/i;

/** "either" right before a rating word: the first of two alternatives ("either 'Inadequate' or …"). */
const EITHER_BEFORE = /\beither\s{1,3}(?:as\s{1,3})?$/i;

/** Whether a rating word is one of two joined by "or" ("'Good' or 'Outstanding'"). */
function eitherOr(sentence: string, tokens: readonly RatingToken[], t: RatingToken): boolean {
  const i = tokens.indexOf(t);
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  return (prev !== undefined && OR_GAP.test(sentence.slice(prev.outerEnd, t.outerStart))) || (next !== undefined && OR_GAP.test(sentence.slice(t.outerEnd, next.outerStart)));
}

/** What joins two ratings after "between": "and". */
const AND_GAP = /^[\s’'”".,*_]{0,4}and[\s‘'“"*_]{1,4}$/i;
/** "between" right before the first of two ratings. */
const BETWEEN_BEFORE = /\bbetween\s{1,3}(?:the\s{1,3})?$/i;

/** Whether a rating word is one of two compared as grades: "between 'Good' and 'Outstanding'". */
function betweenPair(sentence: string, tokens: readonly RatingToken[], t: RatingToken): boolean {
  const i = tokens.indexOf(t);
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  const first = (a: RatingToken, b: RatingToken): boolean => AND_GAP.test(sentence.slice(a.outerEnd, b.outerStart)) && BETWEEN_BEFORE.test(sentence.slice(Math.max(0, a.outerStart - 20), a.outerStart));
  return (next !== undefined && first(t, next)) || (prev !== undefined && first(prev, t));
}

/** A step's subject that points back at the rating just stated: "The grade is", "This is", "That's", "It was", "The new rating represents". */
const STEP_BACK = new RegExp(lean(String.raw`^\s{0,3}(?:(?:this|that|it)['’]s${GAP}|(?:this|that|it|the${GAP}(?:new${GAP}|latest${GAP})?(?:overall${GAP})?(?:grade|rating|result|verdict|judgement|judgment|mark))${GAP}(?:is|was|represents|marks)${GAP})`), "i");

/** A fragment that is a step alone ("Up from 'Requires improvement' in 2019", a point of a "Key points" list): the rating just stated is the new one. */
const STEP_FRAGMENT = new RegExp(lean(String.raw`^\s{0,3}[-•*·–—]?\s{0,3}(?:up|down)${GAP}(?:from|on)${GAP}`), "i");

/** A place on the four-point scale, then a step from the old rating: "the lowest of its four grades, down from '". */
const PLACE_THEN_STEP = new RegExp(lean(String.raw`\b(?:second[- ])?(?:lowest|highest)${GAP}of${GAP}(?:the${GAP}|its${GAP}|their${GAP})?(?:four|4)${GAP}(?:possible${GAP})?(?:ratings|grades)\s{0,3}[,–—]?\s{0,3}(?:up|down)${GAP}(?:from|on)${GAP}(?:the${GAP}|its${GAP}|a${GAP})?(?:previous${GAP}|last${GAP}|earlier${GAP})?[‘'“"]?$`), "i");

/** STEP_BACK's subjects that name the grade itself ("The grade is", "Its new rating was"), not "this" or "it". */
const STEP_BACK_GRADE = new RegExp(lean(String.raw`^\s{0,3}(?:the|its|their)${GAP}(?:new${GAP}|latest${GAP})?(?:overall${GAP})?(?:grade|rating)${GAP}(?:is|was)${GAP}`), "i");

/**
 * The rating the sentence before `si` (in the same or the previous block)
 * stated, from the events so far: its one overall rating, else its one
 * event; null when it stated none or several.
 */
function ratingBefore(doc: Doc, si: number, events: readonly RatingEvent[]): RatingEvent | null {
  const s = doc.sentences[si]!;
  const p = doc.sentences[si - 1];
  if (!p || s.block - p.block > 1) return null;
  let overall: RatingEvent | null = null;
  let overalls = 0;
  let count = 0;
  let one: RatingEvent | null = null;
  for (let j = events.length - 1; j >= 0 && events[j]!.start >= p.start; j--) {
    const e = events[j]!;
    if (e.start >= p.end || !e.rating) continue;
    count++;
    one = e;
    if (e.kind === "overall") {
      overalls++;
      overall = e;
    }
  }
  if (overalls === 1) return overall;
  return count === 1 ? one : null;
}

/**
 * ratingBefore of the sentence before `si` when that one, in the same or the
 * previous block, stated no rating at all ("… rated 'Outstanding'. The report
 * was published on 20 March. This is a step up from …"); else null.
 */
function ratingTwoBefore(doc: Doc, si: number, events: readonly RatingEvent[]): RatingEvent | null {
  const p = doc.sentences[si - 1];
  if (!p || si < 2 || doc.sentences[si]!.block - p.block > 1) return null;
  for (let j = events.length - 1; j >= 0 && events[j]!.start >= p.start; j--) if (events[j]!.start < p.end) return null;
  return ratingBefore(doc, si - 1, events);
}

/** Whether a verb of VERB_IN_CLAUSE stands in a sentence between two offsets. */
function verbBetween(sentence: string, from: number, to: number): boolean {
  VERB_IN_CLAUSE.lastIndex = 0;
  return VERB_IN_CLAUSE.test(sentence.slice(from, to));
}

/**
 * The events of one sentence: `uses`, its rating words read (readSentence),
 * and `same`, whether it says the overall rating has not changed.
 */
function analyseSentence(doc: Doc, si: number, main: Provider | null, out: Analysis, uses: readonly UseReading[], same: boolean): void {
  const s = doc.sentences[si]!;
  const sentence = s.text;
  const base = s.start;
  const rank0 = doc.blocks[s.block]?.inNotes ? -1 : 0;
  if (same && !otherProvider(sentence, main)) out.sameAsBefore.push({ start: base, end: s.end });
  // the events of this sentence so far: a step's old rating ("– up from the 'Requires improvement' …") belongs to the last one
  const first = out.events.length;
  // the last rating read was another provider's: a step's old rating after it is that provider's too
  let otherBefore = false;
  // the use otherBefore was read from
  let prevOther: UseReading | undefined;
  // otherProvider's answer for the clause text it was last asked about
  let otherFor: string | undefined;
  let otherIn = false;
  for (const u of uses) {
    const { t, clauseText, tailA, rating, previous } = u;
    if (u.step && out.events.length > first) {
      const last = out.events[out.events.length - 1]!;
      if (last.rating && !last.previous) last.previous = previous;
      continue;
    }
    // "The grade is a step up from the 'Requires improvement' …", "Up from 'Inadequate' in 2019" alone: the rating of the sentence before
    if (u.step && !otherBefore && out.events.length === first) {
      const lead = sentence.slice(u.clause.start, t.outerStart);
      const back = STEP_BACK.test(lead) ? (ratingBefore(doc, si, out.events) ?? ratingTwoBefore(doc, si, out.events)) : u.tokens.length === 1 && STEP_FRAGMENT.test(lead) ? ratingBefore(doc, si, out.events) : null;
      if (back) {
        back.previous ??= previous;
        continue;
      }
      // "gave the PDU the lowest of its four grades, down from 'requires improvement'": the old overall rating, when the sentence names no aspect nor another provider
      if ((lead.includes("lowest") || lead.includes("highest")) && PLACE_THEN_STEP.test(lead) && !mentionAspects(sentence).length && !(otherProvider(sentence, main) && !mentionsMain(sentence, main))) {
        out.events.push({ kind: "overall", aspects: [], rating: null, previous, rank: rank0 + 1, start: base + t.outerStart, end: base + t.outerEnd, structured: false });
        continue;
      }
      // "The grade is down from requires improvement at its last inspection", no rating read before: the old overall rating
      if (STEP_BACK_GRADE.test(sentence.slice(u.clause.start, t.outerStart))) {
        out.events.push({ kind: "overall", aspects: [], rating: null, previous, rank: rank0 + 1, start: base + t.outerStart, end: base + t.outerEnd, structured: false });
        continue;
      }
    }
    if (u.step && otherBefore) continue;
    // other providers' ratings are not the main provider's
    // (a former provider named by its kind first, in the clause's words before the rating: "the area's former
    // community rehabilitation company was rated …", in lower case, names no provider for NAMED_PROVIDER)
    const lead = u.namedIn ?? sentence.slice(u.clause.start, t.outerStart);
    const former = FORMER_GATE.test(lead) ? formerOtherKind(lead, main?.type) : null;
    const named = former ?? (u.namedIn === null ? null : (lastNamedProvider(u.namedIn, main) ?? bareOtherKind(u.namedIn, main)));
    // "Y PDU was rated 'Good' for its services and 'Requires improvement' for leadership": with no verb since
    // another provider's rating in the same clause, and no provider named, the same statement goes on
    const goesOn: boolean = named === null && otherBefore && prevOther !== undefined && prevOther.clause.start === u.clause.start && !verbBetween(sentence, prevOther.t.outerEnd, t.outerStart);
    otherBefore = named === "other" || goesOn || (named === null && pluralBodies(sentence.slice(u.clause.start, t.outerStart)));
    prevOther = otherBefore ? u : undefined;
    if (otherBefore) continue;
    // findNear's answer, worked out at most once and only when asked for
    let near: Near | undefined;
    // the uses of one clause share its text: whether it names another provider is read once for it
    if (named === null && clauseText !== otherFor) {
      otherFor = clauseText;
      otherIn = otherProvider(clauseText, main);
    }
    if (named === null && otherIn && !mentionsMain(clauseText, main) && !(near ??= findNear(doc, si, sentence, u)).aspects.length) continue;
    // the event's place, written out in each event below (a spread copy costs more)
    const start = base + t.outerStart;
    const end = base + t.outerEnd;
    if (u.overallCue) {
      out.events.push({ kind: "overall", aspects: [], rating, previous, rank: rank0 + 2, start, end, structured: false });
      // "inadequate overall, as well as in assessment, ..."
      if (tailA.length && rating) out.events.push({ kind: "aspect", aspects: tailA, rating, previous: null, rank: rank0 + 1, start, end, structured: false });
      // "and so did X", "as was X" after the rating: more aspects rated the same (read only for a rating now)
      if (rating) {
        const alsoA = soDidAspects(u.tail);
        if (alsoA.length) out.events.push({ kind: "aspect", aspects: alsoA, rating, previous: null, rank: rank0 + 1, start, end, structured: false });
      }
      continue;
    }
    const { aspects, object, subject } = (near ??= findNear(doc, si, sentence, u));
    if (aspects.length) {
      out.events.push({ kind: "aspect", aspects, rating, previous, rank: rank0 + 1, start, end, structured: false });
      if (near.domain) out.events[out.events.length - 1]!.domain = true;
      if (rating) {
        const more = soDidAspects(near.after ?? u.tail).filter((a) => !aspects.includes(a));
        if (more.length) out.events.push({ kind: "aspect", aspects: more, rating, previous, rank: rank0 + 1, start, end, structured: false });
      }
      continue;
    }
    const who = object.replace(WHO_FILLER, "").trim() ? object : subject;
    // "three services, with one judged 'Inadequate'": one of a set, not the provider
    if (who === subject && ONE_OF_SET_GATE.test(subject) && ONE_OF_SET.test(subject)) continue;
    // "its supervision, and the way it reviewed cases, were each rated": the provider's things, not the provider
    if (who === subject && severalOfProvider(subject)) continue;
    if ((PROVIDER_LIKE_GATE.test(who) && providerLike(who)) || providerKeys(main).some((k) => who.toLowerCase().includes(k))) {
      // a quoted rating with no verb and no provider subject is too loose; PROVIDER_LIKE checked above
      out.events.push({ kind: "overall", aspects: [], rating, previous, rank: rank0 + 2, start, end, structured: false });
    }
  }
}

/** A subject of several things rated one by one: "…, and …, were each rated", "… were both judged". */
const EACH_END = /\b(?:were|are|have\s{1,3}been|had\s{1,3}been)\s{1,3}(?:each|both)\s{0,3}$/i;
/** What splits such a subject into its items: a comma, "and". */
const ITEM_SPLIT = /,|\band\b/i;
/** An item that is a thing of the provider's, not the provider: "the CRC's delivery of …", "the way it reviewed cases". */
const PROVIDERS_THING = /['’]s\s|\b(?:the\s{1,3}way|how|what)\b/i;

/**
 * Whether a subject rated "each" or "both" lists things of the provider's
 * and never the provider itself ("the CRC's delivery of supervision, and
 * the way it reviewed cases, were each rated …"): no overall rating. "The
 * CRC and the company that owns it were both rated …" names the provider.
 */
function severalOfProvider(subject: string): boolean {
  if (!(subject.includes("each") || subject.includes("both"))) return false;
  const m = EACH_END.exec(subject);
  if (!m) return false;
  for (const item of subject.slice(0, m.index).split(ITEM_SPLIT)) {
    if (providerLike(item) && !PROVIDERS_THING.test(item)) return false;
  }
  return true;
}

const LINE_RE = new RegExp(
  lean(String.raw`^\s{0,3}(?:[•*·▪◦-]\s{0,3}|\d{1,2}[.)]\s{1,3}|\d{1,2}\.\d{1,2}(?:\s{0,2}[–—-]\s{0,2}\d{1,2}\.\d{1,2})?\.?\s{1,3})?[*_]{0,2}([A-Za-z][^:|–—\n]{1,120}?|[A-Za-z][^:|–—\n]{1,40}?\s[–—-]\s[^:|–—\n]{1,50}?)[*_]{0,2}\s{0,3}(?::|\s[–—-]\s|–|—|=|\||\.{3,80}|_{3,80}|…{1,40})[*_]{0,2}\s{0,3}(?:(?:all|both)\s{1,3})?[‘'“"*_]{0,2}(${RATING_WORDS.slice(3, -1)})[.’'”"*_]{0,4}\s{0,3}(?:\(\s{0,3}(?:(?:previously|last\s{1,3}time|was|up\s{1,3}from|down\s{1,3}from|from|in\s{1,3}\d{4})?:?\s{0,3}[‘'“"]?(${RATING_WORDS.slice(3, -1)})[.’'”"]{0,3}\s{0,3}(?:in\s{1,3}\d{4}|last\s{1,3}time)?|(unchanged|no\s{1,3}change|same\s{1,3}as\s{1,3}(?:last\s{1,3}time|before))[.!]?|([a-z][^()‘'“"\n]{0,40}))\s{0,3}\))?\s{0,3}[.;]?$`),
  "i",
);

/** LINE_RE's separator between label and rating: ":", a dash, "=", "|" or a dotted or underscore leader ("Leadership ...... Good"). */
const LINE_SEPARATOR = /[:–—=|…]|\s-\s|\.{3}|_{3}/;

/**
 * How LINE_RE's matches end: a rating word then at most 4 quote or emphasis
 * marks, 6 spaces and a "." or ";", or the bracketed previous rating's ")"
 * then at most 3 spaces and a "." or ";". Tested on a block's last
 * LINE_END_SPAN characters (any match fits in them): most short blocks with
 * a rating word and a dash are headlines or prose, and end otherwise.
 */
const LINE_END = /(?:outstanding|excellent|good|improvement|inadequate|poor)[.’'”"*_]{0,4}\s{0,6}[.;]?$|\)\s{0,3}[.;]?$/i;
const LINE_END_SPAN = 24;
/** Emoji (and their variation selectors and joiners) opening a line as its bullet: "✅ ", "⚠️ ", "👉🏽 ". */
const EMOJI_LEAD = /^(?:\p{Extended_Pictographic}|\p{Emoji_Modifier}|\uFE0F|\u200D|\u20E3){1,12}\s{0,3}/u;

/**
 * LINE_RE's match for a short block with a rating word, its cheap necessary
 * conditions tested first: LINE_END (its last characters only, and most
 * blocks fail it), then a separator (a scan of the whole block).
 */
function lineMatch(text: string): RegExpExecArray | null {
  if (!LINE_END.test(text.length > LINE_END_SPAN ? text.slice(-LINE_END_SPAN) : text) || !LINE_SEPARATOR.test(text)) return null;
  // "⭐ Leadership – Outstanding", "⚠️ Staff – Requires improvement": a social post's emoji stands for the bullet
  if (text.charCodeAt(0) >= 0x2190) text = text.replace(EMOJI_LEAD, "");
  const m = LINE_RE.exec(text);
  // a remark in brackets after the rating ("(no shock there)"): never one that names a rating
  return m?.[5] && mayHaveRatingWord(m[5]) ? null : m;
}

/**
 * LINE_RE's match for each block (by position in doc.blocks), null for a
 * table row, a block over 160 characters or one without a rating word or a
 * separator (the regex needs both, and is costly on long prose).
 */
function structuredLines(doc: Doc, hits: readonly number[]): (RegExpExecArray | null)[] {
  const out: (RegExpExecArray | null)[] = [];
  let k = 0;
  for (const b of doc.blocks) {
    k = hitFrom(hits, b.start, k);
    out.push(b.kind === "table-row" || b.text.length > 160 || (gatesOf(b, hits, k, hitsCover(doc, b)) & HAS_RATING_WORD) === 0 ? null : lineMatch(b.text));
  }
  return out;
}

/**
 * A label that names its aspects only by count or as a whole ("All four
 * standards", "Each standard", "All aspects"): never an aspect name itself.
 */
const COUNT_LABEL = new RegExp(lean(String.raw`^(?:all|each|every|both|the)?${GAP}?(?:of${GAP}the${GAP})?(?:(?:two|three|four|five|six|\d{1,2})${GAP})?(?:(?:the|its|these)${GAP})?(?:standards?|aspects?|elements?|areas?|domains?)(?:${GAP}(?:rated|inspected|assessed))?$`), "i");
/** "Domain three:" before a domain's name. */
const DOMAIN_PREFIX = /^\s{0,3}(?:domain\s{1,3}(?:one|two|three|four|\d)|\d{1,2}\.?)\s{0,3}[:.–—-]?\s{0,3}/i;
/** The domains whose four standards are the four of case supervision. */
const CASE_DOMAIN = /^(?:case\s{1,3}supervision|court\s{1,3}disposals)$/i;

/**
 * The aspects a group label stands for, from the nearest block above that is
 * not itself a rated line (a heading, or the parent item of a nested list):
 * the one aspect it names ("Domain three: out-of-court disposals"), or the
 * four of case supervision for its domain; null when it names neither.
 */
function groupAbove(doc: Doc, block: number, rated: (i: number) => boolean): string[] | null {
  const h = headingAbove(doc, block, rated);
  return h ? aspectsOfGroup(h.name) : null;
}

/** The aspects a group's clean name stands for: the four of case supervision for its domain, or the one aspect it names. */
function aspectsOfGroup(name: string): string[] | null {
  if (CASE_DOMAIN.test(name)) return [...CASE_SUPERVISION];
  const one = canonicalAspect(name);
  return one ? [one] : null;
}

/**
 * The aspects a group's name stands for ("Out-of-court disposals", "Domain
 * two: court disposals"): the four of case supervision for its domain, or
 * the one aspect it names; null when it names neither.
 */
function groupNamed(text: string): string[] | null {
  const name = text.replace(/[*_]+/g, "").replace(DOMAIN_PREFIX, "").trim().replace(/[:.–—-]$/, "").trim();
  return name.length > 80 ? null : aspectsOfGroup(name);
}

/** A table row's group, named in the nearest filled cell before its count label ("Out-of-court disposals | All four standards | Good"). */
function groupInCells(cells: readonly string[], labelCol: number): string[] | null {
  for (let i = labelCol - 1; i >= 0; i--) if (cells[i]!.trim()) return groupNamed(cells[i]!);
  return null;
}

/** The nearest block above a rated line that is not itself one (a heading, a parent item): its position and its name, a domain prefix dropped; null when it is a table row or too long for a heading. */
function headingAbove(doc: Doc, block: number, rated: (i: number) => boolean): { at: number; name: string } | null {
  for (let i = block - 1; i >= 0 && i >= block - 12; i--) {
    if (rated(i)) continue;
    const b = doc.blocks[i]!;
    if (b.kind === "table-row" || b.text.length > 80) return null;
    return { at: i, name: b.text.replace(/[*_]+/g, "").replace(DOMAIN_PREFIX, "").trim().replace(/[:.–—-]$/, "").trim() };
  }
  return null;
}

/**
 * The aspect a rated line's heading names when the line is one of its parts:
 * "Domain three: out-of-court disposals" above "3.2 Planning – Outstanding"
 * (a standard of case supervision under a heading naming another aspect).
 * The line then rates a part of that aspect, never the case-supervision
 * standard itself (the court work's planning is another line).
 */
function partOf(doc: Doc, block: number, aspects: readonly string[], rated: (i: number) => boolean): { at: number; aspect: string } | null {
  if (aspects.length !== 1) return null;
  const h = headingAbove(doc, block, rated);
  if (!h || CASE_DOMAIN.test(h.name)) return null;
  const one = canonicalAspect(h.name);
  if (!one || (CASE_SUPERVISION as readonly string[]).includes(one)) return null;
  if (aspects[0] !== one && !(CASE_SUPERVISION as readonly string[]).includes(aspects[0]!)) return null;
  return { at: h.at, aspect: one };
}

/** "Leadership: Good", "Unpaid work – Requires improvement", "• Through the Gate: 'Outstanding' (up from 'Good')", "Services – Good (unchanged)". */
function analyseLines(doc: Doc, lineMatches: (RegExpExecArray | null)[], out: Analysis, main: () => Provider | null): void {
  const lines: { block: number; label: string; rating: Rating; previous: Rating | null; start: number; end: number }[] = [];
  for (let i = 0; i < doc.blocks.length; i++) {
    const b = doc.blocks[i]!;
    const m = lineMatches[i];
    if (!m) continue;
    const rating = normaliseRating(m[2]!);
    if (!rating) continue;
    lines.push({ block: b.index, label: m[1]!.trim(), rating, previous: m[3] ? normaliseRating(m[3]) : m[4] ? rating : null, start: b.start, end: b.end });
  }
  const rated = (i: number): boolean => lineMatches[i] != null;
  // the heading's aspect (by the heading's position) of lines that rate its parts, its rating null when they disagree
  const parts = new Map<number, { aspect: string; rating: Rating | null; start: number; end: number }>();
  for (const l of lines) {
    // (a line's label is trimmed and holds no colon: the label block's pattern reads it as the line's own)
    if (OVERALL_LABEL_BLOCK.test(l.label)) {
      out.events.push({ kind: "overall", aspects: [], rating: l.rating, previous: l.previous, rank: 4, start: l.start, end: l.end, structured: true });
      continue;
    }
    // "Upper Brenn PDU: Inadequate": another provider's rating ("… region (overall): Good": the main one's)
    const who = providerRow(l.label, main);
    if (who) {
      if (who === "main") out.events.push({ kind: "overall", aspects: [], rating: l.rating, previous: l.previous, rank: 4, start: l.start, end: l.end, structured: true });
      continue;
    }
    const aspects = aspectsOfLabel(l.label);
    if (aspects) {
      // a part of the aspect its heading names: the heading's aspect, once, when its parts agree
      const part = partOf(doc, l.block, aspects, rated);
      if (part) {
        const group = parts.get(part.at);
        if (!group) parts.set(part.at, { aspect: part.aspect, rating: l.rating, start: l.start, end: l.end });
        else if (group.rating !== l.rating) group.rating = null;
        continue;
      }
      out.events.push({ kind: "aspect", aspects, rating: l.rating, previous: l.previous, rank: 3, start: l.start, end: l.end, structured: true });
      continue;
    }
    // "All four standards – Good": the aspects of the heading or parent item above, or none
    if (COUNT_LABEL.test(l.label)) {
      const group = groupAbove(doc, l.block, rated);
      if (group) out.events.push({ kind: "aspect", aspects: group, rating: l.rating, previous: l.previous, rank: 2, start: l.start, end: l.end, structured: true });
      continue;
    }
    // a label of the document's own words: only inside a run of such lines, and short
    const neighbours = lines.filter((o) => Math.abs(o.block - l.block) <= 2 && o !== l).length;
    if (neighbours >= 1 && l.label.length <= 60 && !/[.!?]/.test(l.label) && /^[A-Z]/.test(l.label) && l.label.split(/\s+/).length <= 8) {
      out.events.push({ kind: "aspect", aspects: [l.label.replace(/\s+/g, " ")], rating: l.rating, previous: l.previous, rank: 2, start: l.start, end: l.end, structured: true });
    }
  }
  for (const g of parts.values()) {
    if (g.rating) out.events.push({ kind: "aspect", aspects: [g.aspect], rating: g.rating, previous: null, rank: 3, start: g.start, end: g.end, structured: true });
  }
}

/** A list's caption before its colon: "Ratings chart:", "Our ratings:" (a few words, no sentence marks). */
const PAIR_LEAD = /^[A-Z][A-Za-z’' -]{0,40}:\s{0,3}/;
/**
 * A caption that ends with a dash before the first label, after PAIR_LEAD:
 * "How the CRC was rated — " (a few words, no sentence marks or colons).
 */
const PAIR_CAPTION = /^[A-Z][^.;:!?—–]{0,60}\s[—–]\s{1,3}/;
/** Between one item's rating and the next item's label: a comma, a semicolon or a slash, "and" at most after it. */
const PAIR_GAP = /^[’'”"*_]{0,3}\s{0,3}[,;/]\s{0,3}(?:and\s{1,3})?/i;
/** A colon ending an item's label: "Staffing: Good". */
const PAIR_LABEL_COLON = /\s{0,3}:$/;
/** Two of the separators PAIR_GAP reads (a list has at least three items). */
const PAIR_SEPARATORS = /[,;/][^,;/]*[,;/]/;
/** The overall rating's item: "Overall rating Good", "Overall Good". */
const PAIR_OVERALL = /^overall(?:\s{1,3}(?:rating|grade|judgement))?$/i;

/**
 * A sentence that is nothing but a list of labels each followed by its
 * rating, set off by commas ("Ratings chart: Leadership Good, Staff Good,
 * Services Requires improvement, …", as a chart's alt text gives them) or
 * slashes after a caption ("GRAPHIC: How it was rated — Leadership: Good /
 * Staffing: Inadequate / …", a graphic's caption in a paper's text):
 * three or more items, each rating written with a capital, every label a
 * canonical aspect (or "Overall rating"). Its events are pushed and true
 * returned; false (nothing pushed) when the sentence is anything else.
 */
function pairListSentence(doc: Doc, s: Sentence, out: Analysis): boolean {
  const text = s.text;
  // cheap tests first: a short sentence, two separators at least
  if (text.length > 600 || !PAIR_SEPARATORS.test(text)) return false;
  const lead = PAIR_LEAD.exec(text);
  // (a lead that is the first item's label, "Leadership: Good, Staff: Good, …", is no caption)
  let from = lead && !aspectsOfLabel(lead[0].replace(/[:\s]+$/, "")) ? lead[0].length : 0;
  // "GRAPHIC: How the CRC was rated — Leadership: Good / …": a caption before a dash (its words may be prose)
  const caption = text.includes(" / ") ? PAIR_CAPTION.exec(text.slice(from)) : null;
  if (caption) from += caption[0].length;
  if (ROW_PROSE.test(text.slice(from))) return false;
  // (the sentence's closing marks and spaces dropped by a walk back, not an end-anchored pattern)
  let stop = text.length;
  while (stop > from && (text.charCodeAt(stop - 1) === 46 || text.charCodeAt(stop - 1) === 59 || isSpace(text.charCodeAt(stop - 1)))) stop--;
  const body = text.slice(from, stop);
  const toks = ratingTokens(body);
  if (toks.length < 3) return false;
  const items: { aspects: string[] | null; rating: Rating; start: number; end: number }[] = [];
  let at = 0;
  let aspectsNamed = 0;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (!t.capital) return false;
    if (i > 0) {
      const gap = PAIR_GAP.exec(body.slice(at, t.outerStart));
      if (!gap) return false;
      at += gap[0].length;
    }
    const label = body.slice(at, t.outerStart).trim().replace(PAIR_LABEL_COLON, "");
    if (!ROW_LABEL.test(label) || ROW_PROSE.test(label)) return false;
    const aspects = PAIR_OVERALL.test(label) ? null : aspectsOfLabel(label);
    if (!aspects && !PAIR_OVERALL.test(label)) return false;
    if (aspects) aspectsNamed++;
    items.push({ aspects, rating: t.rating, start: s.start + from + at, end: s.start + from + t.outerEnd });
    at = t.outerEnd;
  }
  if (aspectsNamed < 3 || !/^[’'”"*_]{0,3}$/.test(body.slice(at).trim())) return false;
  for (const it of items) {
    if (it.aspects) out.events.push({ kind: "aspect", aspects: it.aspects, rating: it.rating, previous: null, rank: 3, start: it.start, end: it.end, structured: true });
    else out.events.push({ kind: "overall", aspects: [], rating: it.rating, previous: null, rank: 4, start: it.start, end: it.end, structured: true });
  }
  return true;
}

/** A block that is only the overall rating's label ("Overall rating", "Overall rating:"). */
const OVERALL_LABEL_BLOCK = /^(?:the\s{1,3})?overall(?:\s{1,3}(?:rating|grade|judgement|verdict))?\s{0,3}:?$/i;
/** A block or table cell that is only a rating word, quoted or emphasised at most. */
const RATING_ONLY = new RegExp(lean(String.raw`^[‘'“"*_]{0,2}(${RATING_WORDS.slice(3, -1)})[.’'”"*_!]{0,4}$`), "i");

/**
 * A label and its value in two blocks, as a highlighted box shows them
 * ("Overall rating" above "Requires improvement"): the overall rating, when
 * the label block is followed at once by a block holding only a rating. A
 * ratings table flattened one cell a line ("1.1" / "Leadership" / "Requires
 * improvement" / "1.2" / "Staff" / "Good") gives aspects so too: a block
 * naming aspects and nothing else, then one holding only a rating, two such
 * pairs at least (one alone may be a heading and a stray word).
 */
function analyseLabelPairs(doc: Doc, out: Analysis): void {
  const blocks = doc.blocks;
  let pairs: RatingEvent[] | null = null;
  for (let i = 0; i + 1 < blocks.length; i++) {
    const b = blocks[i]!;
    // (cheap tests first: two short blocks, the second a rating word alone)
    if (b.text.length > 60 || b.kind === "table-row" || b.kind === "list-item") continue;
    const v = blocks[i + 1]!;
    if (v.text.length > 30 || v.kind === "table-row") continue;
    const m = RATING_ONLY.exec(v.text.trim());
    const rating = m ? normaliseRating(m[1]!) : null;
    if (!rating) continue;
    const c = b.text.charCodeAt(0) | 32;
    if (b.text.length <= 40 && (c === 111 || c === 116) && OVERALL_LABEL_BLOCK.test(b.text)) {
      out.events.push({ kind: "overall", aspects: [], rating, previous: null, rank: 4, start: v.start, end: v.end, structured: true });
      continue;
    }
    const label = b.text.trim();
    if (!ROW_LABEL.test(label) || ROW_PROSE.test(label)) continue;
    const aspects = aspectsOfLabel(label);
    if (aspects) (pairs ??= []).push({ kind: "aspect", aspects, rating, previous: null, rank: 3, start: b.start, end: v.end, structured: true });
  }
  if (pairs && pairs.length >= 2) out.events.push(...pairs);
}

/**
 * A table flattened into text (pasted from a PDF): rows "1.1 Leadership
 * Good", "4.1 Court reports and case allocation Outstanding", one or several
 * to a block, with domain headers ("Case supervision") between them. The
 * block must be nothing but such rows and short headers.
 */
const ROW_NUMBER_GATE = /\d\.\d/;
/** Where a row starts: its number "1.1", or a range of them "3.1-3.4" (at the block start or after a space). */
const ROW_NUMBER = /(?:^|\s)\d{1,2}\.\d{1,2}(?:[–-]\d{1,2}\.\d{1,2})?\s(?=[A-Za-z])/g;
/** A row's label: words of letters (a few marks inside), no digits, no sentence marks. */
const ROW_LABEL = /^[A-Za-z][A-Za-z ,&’'()/-]{0,69}$/;
/** A header between rows ("Organisational delivery", "NPS-specific work"): short words, no digits, no sentence marks. */
const ROW_HEADER = /^[A-Z][A-Za-z ,&’'()/-]{0,79}$/;
/** A separator ending a row's label ("Assessment:", "Planning –"). */
const ROW_SEPARATOR = /\s{0,3}(?::|\s[–—-]|–|—)$/;
/** Words of prose: a label holding one is a sentence, not a row. */
const ROW_PROSE = /\b(?:was|were|is|are|has|have|had|been|rated|judged|graded|said|found)\b/i;

interface NumberedRow {
  block: number;
  label: string;
  rating: Rating;
  start: number;
  end: number;
}

/** The rows of one block, or null when the block is not made of rows and headers only. */
function numberedRows(b: { index: number; text: string; start: number; end: number }): NumberedRow[] | null {
  const text = b.text;
  const starts: number[] = [];
  ROW_NUMBER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ROW_NUMBER.exec(text))) starts.push(m.index + (/\s/.test(m[0][0]!) ? 1 : 0));
  if (!starts.length) return null;
  const lead = text.slice(0, starts[0]).trim();
  if (lead && (!ROW_HEADER.test(lead) || ROW_PROSE.test(lead) || lead.split(" ").length > 10)) return null;
  const rows: NumberedRow[] = [];
  for (let i = 0; i < starts.length; i++) {
    const from = starts[i]!;
    const to = i + 1 < starts.length ? starts[i + 1]! : text.length;
    const seg = text.slice(from, to);
    const body = seg.replace(/^\d{1,2}\.\d{1,2}(?:[–-]\d{1,2}\.\d{1,2})?\s/, "");
    const toks = ratingTokens(body);
    // one rating a row, written as a scale label (two would be this time's and last time's: not guessed)
    if (toks.length !== 1) return null;
    const t = toks[0]!;
    if (!t.capital && !t.quoted) return null;
    // (a separator between label and rating, "2.1 Assessment: Good", as a line has it)
    const label = body.slice(0, t.outerStart).trim().replace(ROW_SEPARATOR, "");
    const header = body.slice(t.outerEnd).trim();
    if (!ROW_LABEL.test(label) || ROW_PROSE.test(label) || label.split(" ").length > 8) return null;
    if (header && (!ROW_HEADER.test(header) || ROW_PROSE.test(header) || header.split(" ").length > 6)) return null;
    rows.push({ block: b.index, label, rating: t.rating, start: b.start + from, end: b.start + from + (seg.length - body.length) + t.outerEnd });
  }
  return rows;
}

/** The blocks read as flattened table rows (by position in doc.blocks), and their events. */
function analyseNumberedRows(doc: Doc, hits: readonly number[], lineMatches: readonly (RegExpExecArray | null)[], out: Analysis): boolean[] {
  const taken: boolean[] = [];
  const rows: NumberedRow[] = [];
  let k = 0;
  for (let i = 0; i < doc.blocks.length; i++) {
    const b = doc.blocks[i]!;
    k = hitFrom(hits, b.start, k);
    taken.push(false);
    // the rating word first: the gate hits answer it without a scan of the block
    if (b.kind === "table-row" || lineMatches[i] || b.text.length > 600) continue;
    if ((gatesOf(b, hits, k, hitsCover(doc, b)) & HAS_RATING_WORD) === 0 || !ROW_NUMBER_GATE.test(b.text)) continue;
    const rs = numberedRows(b);
    if (!rs) continue;
    taken[i] = true;
    rows.push(...rs);
  }
  for (const r of rows) {
    // a row naming a provider ("2.1 Northfield PDU Good") rates no aspect
    if (providerNamesInLabel(r.label)) continue;
    const canonical = aspectsOfLabel(r.label);
    // a label of the document's own words: only among other rows
    const aspects = canonical ?? (rows.length >= 3 && !COUNT_LABEL.test(r.label) && /^[A-Z]/.test(r.label) && r.label.length <= 60 ? [r.label.replace(/\s+/g, " ")] : null);
    if (aspects) out.events.push({ kind: "aspect", aspects, rating: r.rating, previous: null, rank: canonical ? 3 : 2, start: r.start, end: r.end, structured: true });
  }
  return taken;
}

function yearOf(cell: string): number | null {
  const m = /\b((?:19|20)\d\d)\b/.exec(cell);
  return m ? Number(m[1]) : null;
}

/** A rating column's header naming the earlier inspection ("Previous rating", "Last time"), the current one, or only "rating". */
const PREV_HEADER = /\b(?:last|previous|prior|before|old|earlier)\b/i;
const CUR_HEADER = /\b(?:this\s{1,3}time|current|now|latest|new|this\s{1,3}inspection)\b/i;
const RATING_HEADER = /\brating\b/i;

/**
 * Which of a row's rating columns is this time's and which last time's, from
 * the header row's words or years; null when the header does not tell. (Its
 * own function: rare tables with two rating columns, kept out of
 * analyseTables' optimised code.)
 */
function headerColumns(h: string[] | null, ratingCols: number[]): { cur: number; prev: number | null } | null {
  const prevH = h ? ratingCols.find((i) => PREV_HEADER.test(h[i] ?? "")) : undefined;
  const years = h ? ratingCols.map((i) => ({ i, y: yearOf(h[i] ?? "") })).filter((x) => x.y !== null) : [];
  // "2021 rating" | "2024 rating": two different years tell more than the bare word "rating" both columns share
  const byYears = prevH === undefined && years.length >= 2 && years.some((x) => x.y !== years[0]!.y);
  const curH = h ? ratingCols.find((i) => (CUR_HEADER.test(h[i] ?? "") || (!byYears && RATING_HEADER.test(h[i] ?? ""))) && !PREV_HEADER.test(h[i] ?? "")) : undefined;
  if (curH !== undefined || prevH !== undefined) return { cur: curH ?? ratingCols.find((i) => i !== prevH)!, prev: prevH ?? null };
  if (years.length >= 2) {
    years.sort((a, b2) => b2.y! - a.y!);
    return { cur: years[0]!.i, prev: years[1]!.i };
  }
  return null;
}

/**
 * A rated row's label that names a provider ("Upper Brenn PDU", "Eastfield
 * YOT", "Marram Coast region (overall)"): never an aspect. "main" when it
 * is the main provider's own row marked overall (its overall rating), else
 * "other" (another provider's rating); null when it names no provider.
 */
function providerRow(label: string, main: () => Provider | null): "main" | "other" | null {
  if (!mayNameProvider(label)) return null;
  const names = providerNamesIn(label);
  if (!names.length) return null;
  if (names.length === 1 && OVERALL_WORD.test(label)) {
    const m = main();
    if (isMainName(names[0]!, providerKeys(m), m)) return "main";
  }
  return "other";
}

/** Whether a row's label names a provider at all (providerRow without the main provider). */
function providerNamesInLabel(label: string): boolean {
  return mayNameProvider(label) && providerNamesIn(label).length > 0;
}

/** A rating column's cell that gives no rating: "Not inspected", "Not rated", "Not rated this time", "N/A", "New". */
const NO_RATING_CELL = /^(?:not\s{1,3}(?:inspected|rated|assessed|applicable|previously\s{1,3}(?:inspected|rated))(?:\s{1,3}(?:this\s{1,3}time|on\s{1,3}this\s{1,3}occasion|at\s{1,3}this\s{1,3}inspection))?|n\/a|no\s{1,3}rating|new(?:\s{1,3}standard)?)$/i;

/** Tables of aspects and ratings; the header row says which column is this time and which last time. */
/** A label's number before its words: "2.2 ", "3.1.4 ", "4. ", "2) ". */
const LABEL_NUMBER = /^\d{1,2}(?:(?:\.\d{1,2}){1,2}\.?|[.)])\s{1,3}(?=[A-Za-z])/;
/** A label's range of standard numbers before its words: "3.1–3.4 ", "2.1 to 2.4 " (a count label's, "3.1–3.4 All four standards"). */
const LABEL_RANGE = /^\d{1,2}(?:\.\d{1,2}){1,2}\s{0,2}(?:[–—-]|to)\s{0,2}\d{1,2}(?:\.\d{1,2}){1,2}\.?\s{1,3}(?=[A-Za-z])/i;

function analyseTables(doc: Doc, out: Analysis, main: () => Provider | null): void {
  let header: string[] | null = null;
  // the last row of one filled cell above (a section heading: "Court disposals", "Out-of-court disposals")
  let section: string | null = null;
  let prevIndex = -2;
  for (const b of doc.blocks) {
    if (b.kind !== "table-row" || !b.cells) continue;
    if (b.index !== prevIndex + 1) {
      header = null;
      section = null;
    }
    prevIndex = b.index;
    const cells = b.cells;
    // plain loops over the cells (not map and filter): the same columns, and no
    // change of array kind between the calls (which cost a recompile)
    const ratingCols: number[] = [];
    for (let i = 0; i < cells.length; i++) if (RATING_ONLY.test(cells[i]!.trim())) ratingCols.push(i);
    if (!ratingCols.length) {
      let filled = 0;
      let only = "";
      for (const c of cells) {
        if (!c.trim()) continue;
        filled++;
        only = c;
      }
      // (a row whose rating cells are all "Not inspected" is no header)
      if (filled >= 2 && !cells.some((c) => NO_RATING_CELL.test(c.trim()))) header = cells;
      else if (filled === 1) section = only;
      continue;
    }
    // the label: the text cell nearest the rating that is not a domain ("Organisational delivery | Leadership | Good")
    // nor a rating column's "Not inspected" (a rating slot left empty)
    const textCols: number[] = [];
    let slots: number[] | null = null;
    for (let i = 0; i < cells.length; i++) {
      if (ratingCols.includes(i) || !/[A-Za-z]{3}/.test(cells[i]!) || DOMAIN_LABEL.test(cells[i]!.replace(/[*_]+/g, ""))) continue;
      if (NO_RATING_CELL.test(cells[i]!.trim())) (slots ??= [...ratingCols]).push(i);
      else textCols.push(i);
    }
    const labelCol = textCols.filter((i) => i < ratingCols[0]!).pop() ?? textCols[0] ?? -1;
    if (labelCol < 0) continue;
    const label = cells[labelCol]!.replace(/[*_]+/g, " ").trim();
    let cur = ratingCols[0]!;
    let prev: number | null = null;
    if (slots) slots.sort((a, b2) => a - b2);
    if (ratingCols.length >= 2 || slots) {
      const cols = headerColumns(header, slots ?? ratingCols);
      // no header to tell: take none rather than guess which column is which
      if (!cols) continue;
      cur = cols.cur;
      prev = cols.prev;
    }
    const rating = normaliseRating(cells[cur]!);
    // this time's column "Not inspected": nothing rated now
    if (!rating) continue;
    const previous = prev !== null ? normaliseRating(cells[prev] ?? "") : null;
    if (/^(?:the\s{1,3})?overall(?:\s{1,3}(?:rating|grade|judgement|verdict))?$/i.test(label)) {
      out.events.push({ kind: "overall", aspects: [], rating, previous, rank: 4, start: b.start, end: b.end, structured: true });
      continue;
    }
    // a row per provider (the PDUs of a region, and the region's own row "… (overall)")
    const who = providerRow(label, main);
    if (who) {
      if (who === "main") out.events.push({ kind: "overall", aspects: [], rating, previous, rank: 4, start: b.start, end: b.end, structured: true });
      continue;
    }
    const canonical = aspectsOfLabel(label);
    // (a count label's numbers dropped: "3.1–3.4 All four standards", "3. All standards")
    if (!canonical && COUNT_LABEL.test(/^\d/.test(label) ? label.replace(LABEL_RANGE, "").replace(LABEL_NUMBER, "") : label)) {
      // "All four standards | Good": the aspects of the cell before it or of the section row above, or none
      const group = groupInCells(cells, labelCol) ?? (section ? groupNamed(section) : null);
      if (group) out.events.push({ kind: "aspect", aspects: group, rating, previous, rank: 2, start: b.start, end: b.end, structured: true });
      continue;
    }
    // a label of the document's own words, its number dropped ("2.2 Desistance")
    const own = canonical ? label : label.replace(LABEL_NUMBER, "");
    const aspects = canonical ?? (own.length <= 60 && own.split(/\s+/).length <= 8 ? [own.replace(/\s+/g, " ")] : null);
    if (aspects) out.events.push({ kind: "aspect", aspects, rating, previous, rank: canonical ? 3 : 2, start: b.start, end: b.end, structured: true });
  }
}

/** With no provider settled yet, the first provider the document names (its first words only matter). */
function firstNamedProvider(doc: Doc): Provider | null {
  const head = doc.text.slice(0, 6000);
  if (!mayNameProvider(head)) return null;
  NAMED_PROVIDER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = nextNamedProvider(head))) {
    const words = nameWords(m[1]!);
    if (words.length) return { name: words.join(" ") + " " + m[0].slice(m[1]!.length), shortName: null, type: "other", areas: [] };
  }
  return null;
}

/**
 * A link to another story: "Related: X rated 'Good' by inspectors", "Read
 * more: …", "See also – …". Its rating is that story's, never this one's.
 */
const LINK_PREFIX = new RegExp(lean(String.raw`^(?:related(?:${GAP}(?:stories|story|articles?|content|news|links?|reading))?|read${GAP}(?:more|next|also)|also${GAP}read|see${GAP}also|more${GAP}on${GAP}this(?:${GAP}story)?|you${GAP}may${GAP}also${GAP}like|recommended(?:${GAP}for${GAP}you)?)\s{0,3}[:|»›>–—-]`), "i");
/** A heading over a list of links to other stories ("MOST READ", "Related stories", "Trending", "More local news", "Latest UK headlines"): the list items after it are headlines. */
const LINK_HEADING = new RegExp(lean(String.raw`^(?:most${GAP}(?:read|popular|viewed|shared|commented)|related(?:${GAP}(?:stories|articles|content|news|links|reading))?|(?:more|latest)${GAP}(?:[a-z]{2,12}${GAP})?(?:stories|news|headlines)|more${GAP}from${GAP}(?:the${GAP})?(?:[a-z]{2,12}${GAP})?(?:stories|news)|read${GAP}(?:more|next)|trending(?:${GAP}now)?|top${GAP}stories|you${GAP}may${GAP}also${GAP}like|recommended(?:${GAP}for${GAP}you)?|popular(?:${GAP}now)?|in${GAP}other${GAP}news)\s{0,3}:?$`), "i");
const LINK_GATE = /related|read|see|more|like|recommended|most|trending|top|latest|popular|other/i;

/**
 * Whether block `i` is a link to another story: a LINK_PREFIX block, or a
 * list item in the run of list items right under a LINK_HEADING block. Asked
 * only of the blocks a rating sentence is in (most blocks hold none).
 */
function isLinkBlock(blocks: Doc["blocks"], i: number): boolean {
  const b = blocks[i];
  if (!b || b.kind === "table-row") return false;
  if (b.kind !== "list-item") return (LINK_GATE.test(b.text.slice(0, 24)) && LINK_PREFIX.test(b.text)) || underLinkHeading(blocks, i);
  // the block above the run of list items: a heading over links, unless it is a link itself
  let j = i - 1;
  while (j >= 0 && blocks[j]!.kind === "list-item") j--;
  const h = blocks[j];
  if (!h || h.kind === "table-row" || !LINK_GATE.test(h.text.slice(0, 24)) || LINK_PREFIX.test(h.text)) return false;
  return h.text.length <= 40 && LINK_HEADING.test(h.text.trim());
}

/** A headline's line: short, no full stop at its end. */
function headlineLine(text: string): boolean {
  const t = text.trim();
  return t.length > 0 && t.length <= 120 && !/[.:;]$/.test(t);
}

/** How many headline lines under a LINK_HEADING line are read as its links. */
const LINKS_UNDER = 8;

/**
 * A plain-text page's links to other stories, one a line under their
 * heading ("More from Local News" / "South Ashby probation unit rated good in
 * first inspection" / …): block `i`, a headline line, in a run of such lines
 * right under a LINK_HEADING line that follows the story's text (a paragraph
 * of more than 120 characters above it).
 */
function underLinkHeading(blocks: Doc["blocks"], i: number): boolean {
  if (!headlineLine(blocks[i]!.text)) return false;
  for (let j = i - 1; j >= 0 && j >= i - LINKS_UNDER; j--) {
    const h = blocks[j]!;
    if (h.kind === "table-row" || h.kind === "list-item") return false;
    // (below the story: a section label over the headline, "Latest News", has no links under it)
    if (h.text.length <= 40 && LINK_GATE.test(h.text.slice(0, 24)) && LINK_HEADING.test(h.text.trim())) return blocks.slice(0, j).some((x) => x.kind === "paragraph" && x.text.length > 120);
    if (!headlineLine(h.text)) return false;
  }
  return false;
}

/** A paragraph led by a link mark: "» Town youth team rated 'good'". */
const LINK_MARK = /^[»›]\s/;

/**
 * A paragraph led by a link mark in a run of two or more such short
 * paragraphs ("» Prison safety 'not sufficiently good'" over "» Youth team
 * rated 'good'"): a list of links to other stories whose heading ("Related
 * stories") did not survive. One such line alone may be a bullet.
 */
function isMarkedLink(blocks: Doc["blocks"], i: number): boolean {
  const marked = (j: number): boolean => {
    const b = blocks[j];
    return b !== undefined && b.kind === "paragraph" && b.text.length <= 120 && LINK_MARK.test(b.text);
  };
  return marked(i) && (marked(i - 1) || marked(i + 1));
}

/**
 * "It is the same grade the company received when it was last inspected in
 * 2018", "That's the same rating we got last time": the overall rating now is the one given last time (a sentence with
 * no rating word, read before the gates).
 */
const SAME_GRADE = new RegExp(lean(String.raw`^(?:it|this|that)(?:['’]s|${GAP}(?:is|was))${GAP}(?:exactly${GAP})?the${GAP}same${GAP}(?:overall${GAP})?(?:grade|rating|verdict|judgement|mark)${GAP}(?:that${GAP}|as${GAP})?(?:it|they|the${GAP}[\w-]{2,20}|[A-Z][\w-]{1,20})${GAP}(?:received|got|had|earned|achieved|was${GAP}given|was${GAP}awarded|were${GAP}given)${GAP}(?:when${GAP}(?:it${GAP}was${GAP}|they${GAP}were${GAP})?last${GAP}inspected|when${GAP}(?:the${GAP})?inspectors${GAP}(?:last${GAP}(?:came|visited|called)|(?:came|visited|called)${GAP}(?:last${GAP}time|before))|at${GAP}(?:its|their|the)${GAP}(?:last|previous)${GAP}inspection|last${GAP}time|in${GAP}(?:19|20)\d\d)`), "i");

/**
 * SAME_GRADE's necessary start ("it", "thi", "tha", any case) and word: the
 * three letters first, as most sentences start "The", "They" or "In" and need
 * no search for "same".
 */
function maySameGrade(text: string): boolean {
  const c0 = text.charCodeAt(0) | 32;
  const c1 = text.charCodeAt(1) | 32;
  const start = c0 === 105 ? c1 === 116 : c0 === 116 && c1 === 104 && ((text.charCodeAt(2) | 32) === 105 || (text.charCodeAt(2) | 32) === 97);
  return start && text.includes("same");
}

/**
 * A rating named by its place on the four-point scale: "was given the
 * second-lowest of the four possible ratings", "received the highest of
 * four grades". The lowest is 'Inadequate', the second-lowest 'Requires
 * improvement', the second-highest 'Good', the highest 'Outstanding'.
 */
const ORDINAL_RATING = new RegExp(lean(String.raw`\b(?:was|were|has${GAP}been|have${GAP}been|had${GAP}been)${GAP}(?:given|awarded|handed|rated|graded|placed${GAP}in)${GAP}the${GAP}(second[- ]lowest|second[- ]highest|lowest|highest)${GAP}of${GAP}(?:the${GAP})?(?:four|4)${GAP}(?:possible${GAP})?(?:ratings|grades|ratings${GAP}available|grades${GAP}available)\b`), "i");
/**
 * After ORDINAL_RATING, an aside saying it was the grade last time too: "– the
 * same rating it received after inspectors' last visit in April 2018", ", the
 * same grade it was given at its previous inspection".
 */
const SAME_ORDINAL_AFTER = new RegExp(lean(String.raw`^[^.;:!?–—]{0,80}(?:[–—,]|\s-)${GAP}the${GAP}same${GAP}(?:grade|rating)${GAP}(?:that${GAP}|as${GAP})?(?:it|they)${GAP}(?:received|got|had|was${GAP}given|were${GAP}given|was${GAP}awarded)${GAP}(?:after|at|when|in|on|following)${GAP}[^.;:!?]{0,40}?\b(?:last|previous)\b`), "i");
const ORDINAL_VALUE: Readonly<Record<string, Rating>> = { "second-lowest": "Requires improvement", "second-highest": "Good", lowest: "Inadequate", highest: "Outstanding" };

/**
 * An overall rating named by its place on the scale (ORDINAL_RATING), in a
 * sentence with no rating word: when its subject is the main provider or
 * reads as a provider, and the sentence names no aspect nor another provider.
 */
function ordinalRating(doc: Doc, s: Sentence, main: Provider | null, out: Analysis): void {
  const m = ORDINAL_RATING.exec(s.text);
  if (!m) return;
  const rating = ORDINAL_VALUE[m[1]!.toLowerCase().replace(" ", "-")];
  if (!rating || mentionAspects(s.text).length) return;
  // the subject: the words before the verb, asides cut out
  const subject = s.text.slice(0, m.index).replace(RELATIVE_ASIDE, ",");
  if (otherProvider(subject, main) && !mentionsMain(subject, main)) return;
  if (!(PROVIDER_LIKE_GATE.test(subject) && providerLike(subject)) && !mentionsMain(subject, main)) return;
  const rank0 = doc.blocks[s.block]?.inNotes ? -1 : 0;
  // "– the same rating it received after inspectors' last visit": the old one too
  const previous = s.text.includes("same") && SAME_ORDINAL_AFTER.test(s.text.slice(m.index + m[0].length)) ? rating : null;
  out.events.push({ kind: "overall", aspects: [], rating, previous, rank: rank0 + 1, start: s.start + m.index, end: s.start + m.index + m[0].length, structured: false });
}

/**
 * A verb giving aspects a grade named by its place, with no rating word:
 * "Inspectors gave the unit's leadership and its staffing the top grade",
 * "awarded reviewing the lowest rating". The top (highest) grade is
 * 'Outstanding', the lowest (bottom) 'Inadequate'.
 */
const GAVE_PLACE = new RegExp(lean(String.raw`\b(?:gave|give|gives|awarded|awards)${GAP}([^.;:!?]{3,80}?)${GAP}(?:the|its|their)${GAP}(top|highest|lowest|bottom)${GAP}(?:possible${GAP})?(?:grade|rating)\b`), "i");
const GAVE_PLACE_GATE = /top|highest|lowest|bottom/i;
const PLACE_VALUE: Readonly<Record<string, Rating>> = { top: "Outstanding", highest: "Outstanding", lowest: "Inadequate", bottom: "Inadequate" };

/** GAVE_PLACE in a sentence with no rating word, what it gives the grade to nothing but aspects: their events pushed, true. */
function gradeByPlace(doc: Doc, s: Sentence, out: Analysis): boolean {
  if (!GAVE_PLACE_GATE.test(s.text)) return false;
  const m = GAVE_PLACE.exec(s.text);
  if (!m) return false;
  const aspects = onlyAspects(m[1]!);
  const rating = PLACE_VALUE[m[2]!.toLowerCase()];
  if (!aspects.length || !rating) return false;
  out.events.push({ kind: "aspect", aspects, rating, previous: null, rank: doc.blocks[s.block]?.inNotes ? 0 : 1, start: s.start + m.index, end: s.start + m.index + m[0].length, structured: false });
  return true;
}

/**
 * A sentence that gives aspects, and nothing else, the rating just stated:
 * "Services and information and facilities came out the same.", "Unpaid
 * work was the same." (the sentence ends there: "the same as last time" is
 * another thing).
 */
const SAME_AS_ABOVE = new RegExp(lean(String.raw`^([^.;:!?,]{3,80}?)${GAP}(?:came${GAP}out|were${GAP}rated|was${GAP}rated|were|was|got|received|scored)${GAP}(?:exactly${GAP})?the${GAP}same(?:${GAP}(?:grade|rating))?\s{0,3}[.!]?$`), "i");

/**
 * SAME_AS_ABOVE in the doc's sentence `si`: the aspects get the rating of
 * the sentence before (in the same or the previous block) when every rating
 * it stated is that one. Their event pushed, true; else false.
 */
function sameAsAbove(doc: Doc, si: number, out: Analysis): boolean {
  const s = doc.sentences[si]!;
  const p = doc.sentences[si - 1];
  if (!p || s.block - p.block > 1 || s.text.length > 100) return false;
  const m = SAME_AS_ABOVE.exec(s.text);
  if (!m) return false;
  const aspects = onlyAspects(m[1]!);
  if (!aspects.length) return false;
  let rating: Rating | null = null;
  for (let j = out.events.length - 1; j >= 0 && out.events[j]!.start >= p.start; j--) {
    const e = out.events[j]!;
    if (e.start >= p.end || !e.rating) continue;
    if (rating && e.rating !== rating) return false;
    rating = e.rating;
  }
  if (!rating) return false;
  out.events.push({ kind: "aspect", aspects, rating, previous: null, rank: doc.blocks[s.block]?.inNotes ? 0 : 1, start: s.start, end: s.end, structured: false });
  return true;
}

/**
 * Aspects found, in the past tense, to need improvement, with nothing after:
 * "and found that both services and information and facilities required
 * improvement." ("required" is no rating word, so the sentence's reader
 * skips it). What is found must name aspects and nothing else ("found that
 * the work required improvement in planning" is not this).
 */
const FOUND_REQUIRED = new RegExp(lean(String.raw`\bfound${GAP}that${GAP}(?:both${GAP}|all${GAP})?([^.;:!?,“”"‘’]{3,100}?)${GAP}(?:both${GAP}|all${GAP}|also${GAP})?required${GAP}improvement\s{0,3}(?:[.;!]|$)`), "i");

/** FOUND_REQUIRED in a sentence: its aspects' event pushed, true; else false. */
function foundRequired(doc: Doc, s: Sentence, out: Analysis): boolean {
  const m = FOUND_REQUIRED.exec(s.text);
  if (!m) return false;
  const aspects = onlyAspects(m[1]!);
  if (!aspects.length) return false;
  const at = m.index + m[0].lastIndexOf("required");
  out.events.push({ kind: "aspect", aspects, rating: "Requires improvement", previous: null, rank: doc.blocks[s.block]?.inNotes ? 0 : 1, start: s.start + at, end: s.start + at + 20, structured: false });
  return true;
}

/** DOMAIN_LABEL's answer per aspect name: the names are few (the canonical ones and a document's own words), the answers fixed. */
const isDomainLabel = memoByString((name) => DOMAIN_LABEL.test(name), 2000);

export function analyseRatings(doc: Doc, provider: Provider | null): Analysis {
  if (doc === lastDoc) return lastAnalysis!;
  // the main provider, looked for in the text only when a sentence needs it (undefined: not yet)
  let main: Provider | null | undefined = provider ?? undefined;
  const out: Analysis = { events: [], sameAsBefore: [] };
  const { hits, extremes } = gateHits(doc);
  const lineMatches = structuredLines(doc, hits);
  const rowBlocks = analyseNumberedRows(doc, hits, lineMatches, out);
  let k = 0;
  // whether a block links to another story, by block position, found when a sentence first needs it
  const links = new Map<number, boolean>();
  for (let i = 0; i < doc.sentences.length; i++) {
    const s = doc.sentences[i]!;
    k = hitFrom(hits, s.start, k);
    const covered = hitsCover(doc, s);
    // most sentences hold no gate word: nothing to read in them
    const gates = gatesOf(s, hits, k, covered);
    if (gates === 0) {
      if (maySameGrade(s.text) && SAME_GRADE.test(s.text) && !mentionAspects(s.text).length) out.sameAsBefore.push({ start: s.start, end: s.end });
      // "Inspectors gave its leadership and its staffing the top grade": aspects given a grade by its place
      else if ((s.text.includes(" grade") || s.text.includes(" rating")) && gradeByPlace(doc, s, out)) continue;
      // "Services and information and facilities came out the same.": the one rating of the sentence before
      else if (s.text.includes("same") && sameAsAbove(doc, i, out)) continue;
      // (most documents have neither word: then a sentence that is a piece of the text needs no search for them)
      else if ((extremes || s.text.length !== s.end - s.start) && (s.text.includes("lowest") || s.text.includes("highest")) && doc.blocks[s.block]?.kind !== "table-row") {
        if (main === undefined) main = firstNamedProvider(doc);
        ordinalRating(doc, s, main, out);
      }
      continue;
    }
    if (doc.blocks[s.block]?.kind === "table-row") continue;
    let link = links.get(s.block);
    if (link === undefined) links.set(s.block, (link = isLinkBlock(doc.blocks, s.block) || (!lineMatches[s.block] && isMarkedLink(doc.blocks, s.block))));
    if (link) continue;
    // structured lines are read whole below
    if (lineMatches[s.block] || rowBlocks[s.block]) continue;
    // "Ratings chart: Leadership Good, Staff Good, …": a list of labels and their ratings, read as lines
    if ((gates & HAS_RATING_WORD) !== 0 && pairListSentence(doc, s, out)) continue;
    const same = (gates & HAS_OVERALL) !== 0 && SAME_OVERALL_GATE.test(s.text) && SAME_OVERALL.test(s.text);
    // the gate hits tell ratingTokens where to look, when the sentence is a piece of the text at its offsets
    const uses = (gates & HAS_RATING_WORD) === 0 ? NO_USES : readSentence(s.text, covered ? { hits, from: k, offset: s.start } : undefined, covered ? (gates & HAS_OVERALL) !== 0 : undefined);
    if (main === undefined && (same || uses.length)) main = firstNamedProvider(doc);
    if (same || uses.length) analyseSentence(doc, i, main ?? null, out, uses, same);
    // "and found that both services and information and facilities required improvement": after the sentence's rating words
    if (s.text.includes("required improvement") && s.text.includes("found that")) foundRequired(doc, s, out);
  }
  const mainNow = (): Provider | null => (main === undefined ? (main = firstNamedProvider(doc)) : main);
  analyseLines(doc, lineMatches, out, mainNow);
  analyseLabelPairs(doc, out);
  analyseTables(doc, out, mainNow);
  // a domain is a group heading, never an aspect itself
  for (const e of out.events) if (e.kind === "aspect" && !e.domain) e.aspects = e.aspects.filter((a) => !isDomainLabel(a));
  out.events = out.events.filter((e) => e.kind !== "aspect" || e.aspects.length > 0);
  lastDoc = doc;
  lastAnalysis = out;
  return out;
}
