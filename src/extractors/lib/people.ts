/**
 * Who speaks: an attribution as written ("Chief Inspector of Probation Justin
 * Russell", "Mr Russell", "he", "a Ministry of Justice spokesperson", "the
 * report") read into a speaker (a person's full name or an organisation) and
 * a role.
 */
import type { Doc } from "../../segment/types.js";
import { foldSpace } from "../../blocks/normalise.js";
import { cleanRole, fullNamesBetween, fullNamesIn, fullNamesWith, isNameToken, namesIn, resolveShortName, trimEndOf, trimStartOf, type KnownName, type NameParse } from "./names.js";

export type Attribution =
  | { kind: "person"; name: string; role: string | null; short: boolean }
  | { kind: "organisation"; name: string | null; role: string | null }
  | { kind: "pronoun"; name: null; role: null }
  | { kind: "inspectorate"; name: null; role: null }
  | { kind: "unknown"; name: null; role: null };

const PRONOUN = /^(?:he|she|they|it)$/i;
/** a prepositional phrase of circumstance without a comma, then the pronoun that speaks */
const CIRCUMSTANCE_PRONOUN = /^(?:in|on|at|during)\s[^,;:]{0,100}\s(?:he|she|they)$/i;
/** a short topic or circumstance set off by a comma, then "it" that speaks: "On leadership, it", "Of the offices, it" */
const CIRCUMSTANCE_IT = /^(?:in|on|of|about|at|during)\s[^,;:]{1,60},\s?it$/i;
/** The Chief Inspector named by title alone: "the Chief Inspector", "HM Chief Inspector of Probation". */
const CHIEF_TITLE = /^(?:the\s+)?(?:(?:HM|His Majesty['’]s|Her Majesty['’]s|interim|acting)\s+)?Chief\s+Inspector(?:\s+of\s+(?:Probation|Prisons))?$/i;

/** The inspectorate's own voice: its report, its inspectors. */
const INSPECTORATE_VOICE =
  /^(?:the\s+)?(?:(?:full|inspection|inspectors['’]?|inspectorate['’]?s?|latest|new|published)\s+)?(?:report|inspectors|inspectorate|probation inspectorate|watchdog|probation watchdog|inspection report)$|^(?:HM|His Majesty['’]s|Her Majesty['’]s)\s+Inspectorate\s+of\s+(?:Probation|Prisons)$|^HMI\s?(?:Probation|Prisons)$|^HMIP$/i;

/** The last words INSPECTORATE_VOICE can end with (it matches a whole phrase). */
const VOICE_ENDS = ["report", "inspectors", "inspectorate", "watchdog", "probation", "prisons", "hmip"];

/** INSPECTORATE_VOICE.test(s), tested only when `s` ends with one of its last words. */
function isInspectorateVoice(s: string, lower = s.slice(-12).toLowerCase()): boolean {
  for (const w of VOICE_ENDS) if (lower.endsWith(w)) return INSPECTORATE_VOICE.test(s);
  return false;
}

/** "A Solway Partnership statement, issued last night," */
const ISSUED_ASIDE = /^([^,]{2,100}),\s{0,3}(?:issued|released|published|posted|sent|given|read out|made)\b/i;

/** Whether a (lower-case) phrase has a word SPOKES_FOR and ORG_SPOKES need. */
function hasSpokesWord(lower: string): boolean {
  return lower.includes("spokes") || lower.includes("representative") || lower.includes("statement") || lower.includes("source");
}

const SPOKES = String.raw`(spokes(?:person|man|woman)|spokespeople|representative|statement|source)`;
/** "a Ministry of Justice spokesperson" */
const ORG_SPOKES = new RegExp(String.raw`^(?:[Aa]n?\s+|[Tt]he\s+)?([A-Z][^,]{1,80}?)\s+${SPOKES}$`);
/** "A spokesperson for Working Links", "a statement from the Ministry of Justice" */
const SPOKES_FOR = new RegExp(String.raw`^(?:a|an|the)\s+${SPOKES}\s+(?:for|from|at|of)\s+(?:the\s+)?([A-Z][^,]{1,80})$`, "i");

/** "a council spokeswoman": an organisation named by its kind alone. */
const GENERIC_SPOKES = new RegExp(String.raw`^(?:a|an|the)\s{1,3}(council|trust|charity|company)\s{1,3}${SPOKES}$`, "i");

/**
 * "the council": an organisation named by its kind alone, as the speaker ("the trust", "the company": PROVIDER_REF);
 * "the partnership": the partnership last named ("the Meridian Partnership", a CRC's owners), else the provider.
 */
const ORG_KIND_ALONE = /^the\s{1,3}(council|charity|partnership)$/i;

/**
 * Sentence openings before the speaker: "Commenting on the report, …", "In a statement, …".
 * Each opening word must end where its word ends: "Andrew", "Butler" and "Alsop" are names, not "And", "But", "Also".
 */
const OPENING = /^(?:(?:commenting|speaking|responding|reacting|writing)\b[^,]{0,120},|(?:in|and in)\s+(?:a|the|his|her|their|its)\s+(?:statement|response|foreword|blog|introduction|report|letter|interview)[^,]{0,60},|asked\s[^,]{0,80},|(?:but|and|however|meanwhile|today|yesterday|also|separately|elsewhere|in response|in reply)\b\s{0,3},?)\s{0,3}/i;

/** Generic references to the provider: "the CRC", "the trust". */
const PROVIDER_REF = /^the\s+(?:crc|trust|company|provider|service|pdu|division|yot|yos|yjs|partnership|probation service|youth justice service|youth offending (?:team|service))$/i;

/** A lone first name with an age or a "who" clause after it. */
const HAS_DIGIT = /\d/;
const GIVEN_NAME_ONLY = /^(\p{Lu}[\p{Ll}'’-]{1,30})(?:\s{0,3},\s{0,3}(?:(?:aged\s{1,3})?\d{1,3}\b|who\b)|\s{1,3}\(\s{0,3}\d{1,3}\s{0,3}\))/u;

export interface PeopleIndex {
  /** every full name the document gives, in order */
  known: KnownName[];
  /** names of `known` that may have `word` as one of their words, every one that has among them (default: known) */
  withWord?(word: string): KnownName[];
  /** names of `known` that start in [from, to) */
  between?(from: number, to: number): KnownName[];
  /** the nearest proper name ending with `word` ("Orlby Borough Council" for "Council") before `at`, or null */
  orgBefore?(word: string, at: number): string | null;
}

/**
 * The full names a document gives, read when asked and only where needed:
 * reading every sentence of a document for names is the dearest step here,
 * and most attributions name their speaker in full.
 */
class DocPeople implements PeopleIndex {
  private readonly text: string;
  constructor(doc: Doc) {
    this.text = doc.text.length > 400_000 ? doc.text.slice(0, 400_000) : doc.text;
  }
  get known(): KnownName[] {
    return fullNamesIn(this.text);
  }
  withWord(word: string): KnownName[] {
    return fullNamesWith(this.text, word);
  }
  between(from: number, to: number): KnownName[] {
    return fullNamesBetween(this.text, from, to);
  }
  orgBefore(word: string, at: number): string | null {
    const t = this.text;
    // at most a few mentions back: each found with lastIndexOf, then read backwards over its capitalised words
    for (let k = Math.min(at, t.length), n = 0; n < 20; n++) {
      const hit = t.lastIndexOf(" " + word, k - 1);
      if (hit < 0) return null;
      k = hit;
      const after = t.charCodeAt(hit + 1 + word.length);
      if (after >= 97 && after <= 122) continue;
      const m = ORG_WORDS_BEFORE.exec(t.slice(Math.max(0, hit - 100), hit));
      if (m) return `${m[1]!} ${word}`;
    }
    return null;
  }
}

/** The capitalised words of a name before its last word ("Orlby Borough" of "Orlby Borough Council"), not "The". */
const ORG_WORDS_BEFORE = /(?<![\p{L}’'-])(?!(?:The|A|An|This|That)\b)(\p{Lu}[\p{L}’'-]{1,30}(?: \p{Lu}[\p{L}’'-]{1,30}){0,3})$/u;

export function peopleIndex(doc: Doc): PeopleIndex {
  return new DocPeople(doc);
}

/** The names of the index that may have `word` as one of their words (see PeopleIndex.withWord). */
export function knownWith(index: PeopleIndex, word: string): KnownName[] {
  return index.withWord ? index.withWord(word) : index.known;
}

/** The names of the index that start in [from, to), in order. */
export function knownBetween(index: PeopleIndex, from: number, to: number): KnownName[] {
  if (index.between) return index.between(from, to);
  const out: KnownName[] = [];
  for (const k of index.known) if (k.at >= from && k.at < to) out.push(k);
  return out;
}

/** The words OPENING starts with (any case, whole or not: "but" reads "Butler"'s start too). */
const OPENING_STARTS = ["commenting", "speaking", "responding", "reacting", "writing", "in", "and", "asked", "but", "however", "meanwhile", "today", "yesterday", "also", "separately", "elsewhere"];

/** Whether OPENING may match: most attributions start with none of its words, and it is dear to compile. */
function mayOpen(t: string): boolean {
  const head = t.slice(0, 10).toLowerCase();
  for (const w of OPENING_STARTS) if (head.startsWith(w)) return true;
  return false;
}

function stripOpening(s: string): string {
  // (foldSpace: `s.replace(/\s+/g, " ").trim()` without a match for every space between words)
  let t = foldSpace(s);
  for (let i = 0; i < 3; i++) {
    const m = mayOpen(t) ? OPENING.exec(t) : null;
    if (!m || !m[0]) break;
    t = t.slice(m[0].length).trim();
  }
  t = trimEndOf(trimStartOf(t, ",;:–—- "), ",;:–—-").trim();
  // "Russell also", "The trust later": an adverb between the speaker and the verb
  const sp = t.lastIndexOf(" ");
  if (sp > 0 && TRAILING_ADVERBS.has(t.slice(sp + 1).toLowerCase())) t = t.slice(0, sp);
  // "The council said in its formal response": the speaker before the verb and its circumstance
  if (t.includes(" said ") || t.includes(" says ")) {
    const m = SAID_CIRCUMSTANCE.exec(t);
    if (m && m.index > 0) t = t.slice(0, m.index);
  }
  return t;
}

/** Adverbs that stand between a speaker and the speech verb cut off after them ("Russell also said that …"). */
const TRAILING_ADVERBS = new Set(["also", "later", "then", "further", "again", "too", "previously"]);

/** "said in its formal response", "says on its website": the verb and a circumstance ending an attribution. */
const SAID_CIRCUMSTANCE = /\s(?:said|says)\s(?:in|on|at|through|via|during|after)\s[^,;:]{1,80}$/;

/**
 * Read an attribution. `at` is where it stands in the document (to resolve
 * "Mr Russell" to the nearest full name); `providerName` names "the CRC";
 * `inspectorate` names "the report".
 */
export function readAttribution(
  raw: string,
  at: number,
  index: PeopleIndex,
  opts: { providerName?: string | null; chiefInspector?: string | null } = {},
): Attribution {
  const s = stripOpening(raw);
  if (!s || s.length > 300) return { kind: "unknown", name: null, role: null };
  // "The inspectorate, she added, …" — the pronoun is the speaker
  if (PRONOUN.test(s) || /,\s*(?:he|she|they)$/i.test(s)) return { kind: "pronoun", name: null, role: null };
  // "In the inspectorate's press release she", "On the radio this morning he": a circumstance, then the pronoun
  if (CIRCUMSTANCE_PRONOUN.test(s)) return { kind: "pronoun", name: null, role: null };
  // "On leadership, it": a topic, then "it" (the report or the body named before, see itIsTheReport in quotes)
  if (s.endsWith("it") && CIRCUMSTANCE_IT.test(s)) return { kind: "pronoun", name: null, role: null };
  // most attributions name a person: each pattern below runs only when the words it needs are there
  const lower = s.toLowerCase();
  if (isInspectorateVoice(s, lower)) return { kind: "inspectorate", name: null, role: null };
  if (lower.includes("chief") && CHIEF_TITLE.test(s)) {
    return opts.chiefInspector ? { kind: "person", name: opts.chiefInspector, role: cleanRole(s), short: false } : { kind: "unknown", name: null, role: null };
  }

  // "A Solway Partnership statement, issued last night," and "A spokesperson for Orlby Council, which funds
  // the service," -> the part before the aside
  const head = (s.includes(",") ? ISSUED_ASIDE.exec(s)?.[1] ?? beforeAside(s) : undefined) ?? s;
  if (hasSpokesWord(head === s ? lower : head.toLowerCase())) {
    // "A Solway Council spokesperson told the local paper": who they told is no part of the speaker
    const told = head.indexOf(" told ");
    if (told > 0) return readAttribution(head.slice(0, told), at, index, opts);
    const spokesFor = SPOKES_FOR.exec(head);
    if (spokesFor) return org(spokesFor[2]!, spokesFor[1]!);
    const orgSpokes = ORG_SPOKES.exec(head);
    if (orgSpokes) return org(orgSpokes[1]!, orgSpokes[2]!);
    // "a council spokeswoman": the council the document last named ("Orlby Borough Council said …")
    const generic = GENERIC_SPOKES.exec(head);
    const named = generic && index.orgBefore ? index.orgBefore(generic[1]!.charAt(0).toUpperCase() + generic[1]!.slice(1).toLowerCase(), at) : null;
    if (named) return org(named, generic![2]!);
  }

  // "the council said": the council the document last named in full ("A spokesperson for Orlby Council said …")
  const kind = lower.length < 16 && lower.startsWith("the ") ? ORG_KIND_ALONE.exec(s) : null;
  if (kind && index.orgBefore) {
    const named = index.orgBefore(kind[1]!.charAt(0).toUpperCase() + kind[1]!.slice(1).toLowerCase(), at);
    if (named) return org(named);
  }

  // the speaker: the first name not in an aside (else the first name)
  let person: NameParse | undefined;
  let personAside = 0;
  for (const n of namesIn(s)) {
    if (n.tokens.length < 2 && !n.honorific) continue;
    const a = aside(s, n);
    if (!person || a < personAside) {
      person = n;
      personAside = a;
    }
    if (a === 0) break;
  }
  // the only name stands in an aside about the organisation that speaks
  if (person && personAside) {
    const firstPiece = orgBeforeAside(s);
    if (firstPiece) return org(firstPiece);
  }
  if (person) {
    let name = person.name;
    let short = false;
    if (person.tokens.length === 1) {
      const full = resolveShortName(person.tokens[0]!, person.honorific, knownWith(index, person.tokens[0]!), at);
      if (full) name = full;
      else short = true;
    }
    const rest = (s.slice(0, person.start) + " , " + s.slice(person.end)).split(",");
    for (let k = 0; k < rest.length; k++) rest[k] = rest[k]!.trim();
    let role: string | null = null;
    for (let k = 0; k < rest.length; k++) {
      role = cleanRole(rest[k]!.replace(/[’']s$/, ""));
      if (!role) continue;
      // "cabinet member for children, young people and families": a list the role goes on with
      let j = k + 1;
      while (j < rest.length && /^[a-z]/.test(rest[j]!) && !/^(?:at|from|with|in|on|wh(?:o|ich|ose)\b|speaking|said|adding|as|when|while|after|but|and\s+(?:a|an|the)\b)/.test(rest[j]!) && /\b(?:and|&)\b/.test(rest.slice(k + 1, j + 1).join(" "))) {
        role = `${role}, ${rest[j]!.trim()}`;
        j++;
      }
      break;
    }
    return { kind: "person", name, role, short };
  }
  // a person named by first name alone, marked as a person by an age or a "who" clause:
  // "Kelly, 41, who …", "Kelly (41)", "Kelly, aged 41", "Kelly, who …"
  // GIVEN_NAME_ONLY needs a comma and an age or "who", or a bracketed age: test that first (it is dear to compile)
  const given = ((s.includes(",") && (HAS_DIGIT.test(s) || s.includes("who"))) || (s.includes("(") && HAS_DIGIT.test(s))) ? GIVEN_NAME_ONLY.exec(s) : null;
  if (given && isNameToken(given[1]!)) return { kind: "person", name: given[1]!, role: null, short: true };
  // a sentence whose subject speaks: "He was clear, though, that …", "The report puts it bluntly"
  if (/^(?:he|she|they)\s/i.test(s)) return { kind: "pronoun", name: null, role: null };
  // (after a short topic phrase: "On staffing, the report does not mince its words")
  const subject = /^(?:(?:on|about|regarding|as\s{1,3}for|turning\s{1,3}to)\s[^,]{1,40},\s{0,3})?((?:the\s+)?(?:[\w’'-]+\s+){0,2}?(?:report|inspectors|inspectorate|watchdog))(?:,|\s+(?!of\b|for\b|on\b|into\b|and\b)[a-z])/i.exec(s);
  if (subject && isInspectorateVoice(subject[1]!)) return { kind: "inspectorate", name: null, role: null };
  // where in the report the words stand, then the report as the whole subject: "Buried on page 31, the report"
  const where = s.includes(",") ? WHERE_THEN_REPORT.exec(s) : null;
  if (where && isInspectorateVoice(where[1]!)) return { kind: "inspectorate", name: null, role: null };
  // "The Chief Inspector reports, in an overall assessment that"
  const chiefSubject = /^((?:the\s+)?(?:(?:outgoing|new|interim|acting|HM)\s+)?Chief\s+(?:Inspector(?:\s+of\s+(?:Probation|Prisons))?|probation\s+inspector))\b/i.exec(s);
  if (chiefSubject && opts.chiefInspector && !/\b(?:deputy|assistant|former)\b/i.test(chiefSubject[1]!)) {
    return { kind: "person", name: opts.chiefInspector, role: cleanRole(chiefSubject[1]!), short: false };
  }
  // a surname alone ("Russell says") that the document gives in full elsewhere
  if (/^[A-Z][\p{L}’'-]{1,30}$/u.test(s)) {
    const known = knownWith(index, s);
    const full = resolveShortName(s, null, known, at) ?? soleFirstName(s, known);
    if (full) return { kind: "person", name: full, role: null, short: false };
  }
  // one name as the subject of a sentence led in with a colon ("Jordan closes the episode with a message
  // for others:", "Russell ends on a warning:"), that name a known person's first name or surname
  const subjectName = SUBJECT_NAME.exec(s);
  if (subjectName) {
    const known = knownWith(index, subjectName[1]!);
    const full = resolveShortName(subjectName[1]!, null, known, at) ?? soleFirstName(subjectName[1]!, known);
    if (full) return { kind: "person", name: full, role: null, short: false };
  }
  // words quoted "from the report", or the report quoted ("Let me quote the report directly"): the inspectorate's voice
  if (/\b(?:from|in|of|quot(?:e|es|ed|ing)(?:\s{1,3}(?:directly|again|once\s{1,3}more))?)\s{1,3}(?:the|this|its)\s{1,3}(?:(?:full|inspection|inspectorate['’]s|inspectors['’])\s{1,3})?report\b/i.test(s)) {
    return { kind: "inspectorate", name: null, role: null };
  }
  if (PROVIDER_REF.test(s)) return { kind: "organisation", name: opts.providerName ?? null, role: null };
  // an organisation named as the speaker: "Merseyside CRC", "The Ministry of Justice"
  const whole = asOrg(s);
  if (whole) return org(whole);
  const firstPiece = orgBeforeAside(s);
  if (firstPiece) return org(firstPiece);
  return { kind: "unknown", name: null, role: null };
}

/**
 * A phrase saying where in the report, then the report (or its inspectors)
 * as all that is left of the attribution before the verb: "Buried on page
 * 31, the report", "Later in the document, the inspectors".
 */
/** One capitalised word, then a verb in small letters: a sentence's one-name subject ("Russell ends on a warning:"). */
const SUBJECT_NAME = /^([A-Z][\p{L}’'-]{1,30})\s{1,3}[a-z]{2,20}\s/u;

const WHERE_THEN_REPORT = /^(?:in|at|later|elsewhere|further|hidden|tucked|buried|deep|near|towards?)\s[^,]{1,40},\s{0,3}((?:the\s{1,3})?(?:[\w’'-]{1,30}\s{1,3}){0,2}?(?:report|inspectors|inspectorate|watchdog))$/i;

/**
 * A first name alone ("Commenting on the report, Asha said:") that starts one
 * full name only in the document ("Asha Brennan-Hale, MP for …"): that name.
 * Null when no full name starts with it, or two different ones do.
 */
export function soleFirstName(word: string, known: readonly KnownName[]): string | null {
  let name: string | null = null;
  for (const k of known) {
    if (k.tokens.length < 2 || k.tokens[0] !== word) continue;
    if (name !== null && name !== k.name) return null;
    name = k.name;
  }
  return name;
}

/** A name after a preposition in its clause ("Asked about West Midlands, Mr Russell") is less likely the speaker. */
function aside(s: string, n: { start: number }): number {
  // the words since the last comma before the name (no array of all the pieces)
  const clause = n.start > 0 ? s.slice(s.lastIndexOf(",", n.start - 1) + 1, n.start) : "";
  return ASIDE_WORD.test(clause) ? 1 : 0;
}

const ASIDE_WORD = /\b(?:about|on|to|with|after|before|following|from|in|into|over|by|as|when|while|asked|visiting)\b/;
const ORG_ASIDE = /^\s*(?:which|who|whose|owned|run|part|now|formerly)\b/i;
const LOWER_WORD = /^[a-z]/;
const ORG_SMALL_WORD = /^(?:of|for|and|the|in|on|&)$/;
const WORD_GAP = /\s+/;

/** The words before a first comma that opens an aside ("…, which jointly funds the service"), or undefined. */
function beforeAside(s: string): string | undefined {
  const comma = s.indexOf(",");
  return comma >= 0 && ORG_ASIDE.test(s.slice(comma + 1)) ? s.slice(0, comma) : undefined;
}

/** "Northshire CRC, which is owned by Bright Paths," -> the organisation before the aside. */
function orgBeforeAside(s: string): string | null {
  const head = beforeAside(s);
  return head === undefined ? null : asOrg(head);
}

/** A phrase read as an organisation's name: capitalised words (and "of", "and"…), no sentence. */
function asOrg(x: string): string | null {
  const o = x.trim().replace(/^the\s+/i, "");
  if (!/^[A-Z0-9]/.test(o) || /[.!?]/.test(o)) return null;
  const words = o.split(WORD_GAP);
  if (words.length > 8) return null;
  for (const w of words) if (LOWER_WORD.test(w) && !ORG_SMALL_WORD.test(w)) return null;
  return o;
}

function org(name: string, spokes: string | null = null): Attribution {
  // "the Ministry of Justice (MoJ)" -> "Ministry of Justice"
  const n = name.replace(/^the\s+/i, "").replace(/\s\([^()]{1,20}\)$/, "").replace(/[’']s$/, "").trim();
  if (isInspectorateVoice(n)) return { kind: "inspectorate", name: null, role: null };
  const role = spokes && /^spokes/i.test(spokes) ? spokes.toLowerCase() : null;
  return { kind: "organisation", name: n || null, role };
}
