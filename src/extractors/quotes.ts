/**
 * quotes: direct speech with speaker and role.
 *
 * segment/05-quotes finds the quoted text and the attribution as written;
 * here the attribution is read into a speaker and a role:
 * - people by full name without honorifics ("Mr Russell" -> the full name
 *   given elsewhere in the document);
 * - "he"/"she" and unattributed continuations -> the previous speaker, or
 *   the person the quote's paragraph opens on; "he"/"she" a paragraph or
 *   more after an organisation's quote -> no one named;
 * - a bare "a spokesperson" -> the organisation asked in the sentence before;
 * - organisations ("a Ministry of Justice spokesperson" -> "Ministry of Justice");
 * - the report, the inspectorate, inspectors -> the inspectorate when the
 *   document names it, else null;
 * - a role stated for a person anywhere in the document goes with every
 *   quote of theirs.
 */
import type { Quote } from "../schema/record.js";
import { HONORIFIC } from "../segment/05-quotes.js";
import type { Doc, QuoteSpan } from "../segment/types.js";
import { cleanRole, letterLengthAt, namesIn, resolveShortName, type KnownName } from "./lib/names.js";
import { knownBetween, knownWith, peopleIndex, readAttribution, soleFirstName, type PeopleIndex } from "./lib/people.js";
import { blockAt } from "./lib/provider-doc.js";
import { found, spanOf, type Context, type Extractor, type Found } from "./types.js";

/** Quote text: white space folded inside paragraphs, paragraphs joined by a blank line. */
export function quoteText(raw: string): string {
  // no white space to fold (so no paragraph break either): the text itself, trimmed
  if (!UNFOLDED.test(raw)) return raw.trim();
  return raw
    .split(PARAGRAPH_BREAK)
    .map(foldSpace)
    .filter(Boolean)
    .join("\n\n");
}

/**
 * A quote without the web address an embedded post ends on ("… must act now.
 * https://t.co/Ab3k"): the link is the post's, not the speaker's words. Only
 * after a sentence's end.
 */
function withoutTrailingLink(text: string): string {
  if (!text.includes("http")) return text;
  const m = /(?<=[.!?”’"])\s{1,3}https?:\/\/\S{1,200}$/.exec(text);
  return m ? text.slice(0, m.index) : text;
}

const PARAGRAPH_BREAK = /\n\s*\n/;
const SPACES = /\s+/g;
/** White space that folding would change: two in a row, or one other than a plain space. */
const UNFOLDED = /\s\s|[^\S ]/;

function foldSpace(p: string): string {
  return (UNFOLDED.test(p) ? p.replace(SPACES, " ") : p).trim();
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

const TRAILING_HONORIFIC = /\s(?:Dame|Sir|Mr|Mrs|Ms|Dr|Cllr|Councillor|Professor|Lord|Lady|Baroness)$/;

/** "<Role> <Name>" or "<Role>, <Name>" at the end of the sentence piece before the name. */
const ROLE_BEFORE =
  /((?:(?:HM|His Majesty['’]s|Her Majesty['’]s|interim|acting)\s+)?[A-Z][\p{L}’'-]*(?:\s+(?:(?:of|for|and|the|&)\s+)?[A-Z][\p{L}’'-]{0,30}){0,8})\s{0,3},?\s{0,3}(?:(?:Dame|Sir|Mr|Mrs|Ms|Dr|Cllr|Councillor|Professor|Lord|Lady|Baroness)\s{1,3})?$/u;
/** "<Name>, <Role>,": the words after the name up to the next comma or stop. */
const ROLE_AFTER = /^(?:\s{1,3}(?:CBE|OBE|MBE|KBE|DBE|QC|KC|MP)){0,4}\s{0,3},\s{0,3}([^,.;:!?()“”"]{3,100})/;
const SAID_TAIL = /\s+(?:said|says|added|told|explained|commented)\b.*$/is;

function isSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdfff;
}

/**
 * Where `name` stands as a whole word in `text` (not inside a longer word),
 * from `from` on: what /(?:^|[^\p{L}])NAME(?![\p{L}])/gu finds from lastIndex
 * `from`, without building a regex per name. -1 when nowhere.
 */
function wordAt(text: string, name: string, from: number): number {
  let q = text.indexOf(name, from);
  while (q >= 0) {
    let ok = q === 0;
    if (!ok) {
      // the code point before it, which the regex match would start with, must not be a letter
      const lowBefore = text.charCodeAt(q - 1);
      const highBefore = q >= 2 ? text.charCodeAt(q - 2) : 0;
      const start = lowBefore >= 0xdc00 && lowBefore <= 0xdfff && highBefore >= 0xd800 && highBefore <= 0xdbff ? q - 2 : q - 1;
      ok = start >= from && !letterLengthAt(text, start);
    }
    const e = q + name.length;
    if (ok && (e >= text.length || !letterLengthAt(text, e))) return q;
    q = text.indexOf(name, q + 1);
  }
  return -1;
}

/** A role the document states for a person outside the quotes' attributions. */
export function roleInDoc(doc: Doc, name: string): string | null {
  const text = doc.text;
  // names with a surrogate at either end (never seen) go through the regex itself
  const plain = name.length > 0 && !isSurrogate(name.charCodeAt(0)) && !isSurrogate(name.charCodeAt(name.length - 1));
  const re = plain ? null : new RegExp(String.raw`(?:^|[^\p{L}])${escapeRe(name)}(?![\p{L}])`, "gu");
  let from = 0;
  let n = 0;
  for (;;) {
    let at: number;
    if (re) {
      const m = re.exec(text);
      if (!m) break;
      at = m.index + (m[0].length - name.length);
    } else {
      at = wordAt(text, name, from);
      if (at < 0) break;
      from = at + name.length;
    }
    if (n++ >= 50) break;
    // "<Role> <Name>": the same sentence before the name
    const head = text.slice(Math.max(0, at - 160), at);
    const sentence = head.slice(Math.max(head.lastIndexOf("."), head.lastIndexOf("!"), head.lastIndexOf("?"), head.lastIndexOf("\n")) + 1);
    const pieces = sentence.split(",");
    // "<Role> <Name>" or the appositive "<Role>, <Name>"
    const lastPiece = !pieces[pieces.length - 1]!.trim() && pieces.length > 1 ? pieces[pieces.length - 2]! : pieces[pieces.length - 1]!;
    const prefix = ROLE_BEFORE.exec(lastPiece);
    if (prefix) {
      // "Chief Inspector of Probation Dame": the honorific before the name is not the role's
      const words = prefix[1]!.replace(TRAILING_HONORIFIC, "");
      const role = cleanRole(words);
      if (role && !namesIn(words).length) return role;
    }
    // "<Name>, <Role>,": the words after the name up to the next comma or stop
    const tail = text.slice(at + name.length, at + name.length + 160);
    const after = ROLE_AFTER.exec(tail);
    if (after) {
      const role = cleanRole(after[1]!.replace(SAID_TAIL, ""));
      if (role) return role;
    }
  }
  return null;
}

const NOT_WORD = /[^\p{L}\p{N}]+/gu;

/** Quote text for comparison: lower case, words only. */
function normalise(t: string): string {
  return t.toLowerCase().replace(NOT_WORD, " ").trim();
}

/** The longest run of [a-z0-9] in a lower-case text. */
function longestPlainWord(lower: string): string {
  let best = 0;
  let bestAt = 0;
  let start = 0;
  for (let i = 0; i <= lower.length; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : 0;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) continue;
    if (i - start > best) {
      best = i - start;
      bestAt = start;
    }
    start = i + 1;
  }
  return lower.slice(bestAt, bestAt + best);
}

/**
 * Pull-quote test: are the words of `short` (in order) within those of `long`?
 * Normalising costs a unicode-class pass over both texts, so a cheap
 * necessary condition is tested first: the longest plain word of the short
 * text stays whole in its normal form, so it must stand in the long text.
 */
class QuoteWords {
  private lowerText: string | undefined;
  private plainWord: string | undefined;
  private normal: string | undefined;
  constructor(private readonly text: string) {}
  lower(): string {
    return (this.lowerText ??= this.text.toLowerCase());
  }
  word(): string {
    return (this.plainWord ??= longestPlainWord(this.lower()));
  }
  norm(): string {
    return (this.normal ??= normalise(this.text));
  }
  within(long: QuoteWords): boolean {
    if (!long.lower().includes(this.word())) return false;
    return long.norm().includes(this.norm());
  }
}

/** roleInDoc, once per name and document. */
function roleOnce(doc: Doc, memo: Map<string, string | null>, name: string): string | null {
  let role = memo.get(name);
  if (role === undefined) {
    role = roleInDoc(doc, name);
    memo.set(name, role);
  }
  return role;
}

/** A title and one name: group 1 the title, group 2 the name. */
const TITLED = String.raw`(${HONORIFIC})\.?\s{1,3}(\p{Lu}[\p{L}’'-]{1,30})`;
/** Verbs that report speech and lead into it ("said", "went on"). */
const SPEAKS = String.raw`(?:said|says|added|told|warned|explained|went\s{1,3}on|continued)`;

const TITLED_NAME = new RegExp(String.raw`\b${TITLED}`, "gu");

/** Verbs of speech a named person may be the subject of ("Jo Bloggs said a plan was in place"). */
const NAME_SPEAKS = "(?:said|says|added|told|explained|commented|stated|insisted|warned|admitted|acknowledged)";
/** A verb of speech right after a name: "Jo Bloggs said a plan was in place". */
const SPEECH_VERB = new RegExp(String.raw`^,?\s{1,3}${NAME_SPEAKS}\b`);

/**
 * A paragraph that reports someone's speech and leads into a quote below it:
 * "She said many of those supervised …", "She described X as …, and went
 * on:", "… he told the meeting:".
 */
const REPORTED_SPEECH = new RegExp(String.raw`\b(?:he|she)\s{1,3}${SPEAKS}\b`, "i");
/**
 * A paragraph opening on a titled short name that speaks ("Dame Glenys said
 * the picture was …", "Mr Okafor added that …", "Mr Okafor acknowledged
 * that …"): that person's reported speech.
 */
const TITLED_SPEAKS = new RegExp(String.raw`^${TITLED}\s{1,3}(?:${SPEAKS}|${NAME_SPEAKS})\b`, "u");
/** A lead-in ending with a colon: "… and went on:", "…, before going on:", "…, adding:". */
const LEADS_IN = new RegExp(String.raw`\b(?:${SPEAKS}|go(?:es|ing)?\s{1,3}on|adding|saying|continuing|concluding)\b[^.!?]{0,80}:\s{0,3}$`, "i");

/**
 * The speaker of a quote set as its own paragraph with no attribution, from
 * the paragraph just above: one that reports a person's speech (by "she
 * said" or a lead-in ending with a colon) and names one person only.
 */
function speakerAbove(doc: Doc, index: PeopleIndex, q: QuoteSpan): string | null {
  const first = q.blocks[0];
  if (first === undefined || first === 0) return null;
  const above = doc.blocks[first - 1]!;
  if (above.kind !== "paragraph" || above.text.length > 1500) return null;
  const titled = TITLED_SPEAKS.exec(above.text.trimStart());
  const known = knownBetween(index, above.start, above.end);
  // "Jo Bloggs said the staff were …": a person named in full as the subject of a verb of speech
  // (the cheap test first: a known name and a verb of speech in the paragraph)
  const named = !titled && known.length > 0 && MAY_SPEAK.test(above.text) && known.some((k) => speaksAt(doc.text, k));
  if (!titled && !named && !REPORTED_SPEECH.test(above.text) && !LEADS_IN.test(above.text)) return null;
  // a quote of its own in the paragraph above has its own speaker
  if (doc.quotes.some((o) => o.standalone && o.blocks.includes(above.index))) return null;
  let name: string | null = null;
  for (const k of known) {
    if (name !== null && k.name !== name) return null;
    name = k.name;
  }
  if (titled) {
    // the titled name resolved to the full name given before; another person named in the paragraph: no one
    const full = resolveShortName(titled[2]!, titled[1]!.toLowerCase(), knownWith(index, titled[2]!), above.start);
    if (!full || (name !== null && name !== full)) return null;
    return full;
  }
  return name;
}

/** Whether the name `k` stands as the subject of a verb of speech (reported speech by that person). */
function speaksAt(text: string, k: KnownName): boolean {
  const last = k.tokens[k.tokens.length - 1];
  if (!last) return false;
  const near = text.slice(k.at, k.at + 80);
  const e = near.indexOf(last);
  return e >= 0 && SPEECH_VERB.test(near.slice(e + last.length, e + last.length + 20));
}

/** A verb of SPEECH_VERB in a paragraph: the cheap test before speaksAt. */
const MAY_SPEAK = new RegExp(String.raw`\b${NAME_SPEAKS}\b`);

/** An attribution naming a piece of writing: "This passage, about …", "One extract", "The following paragraph". */
const PASSAGE = /^(?:this|that|one|a|the|the\s{1,3}following)\s{1,3}(?:passage|extract|excerpt|paragraph|section)s?\b/i;
/** The report named in the lead-in: "The report itself is …", "the inspectors' report". */
const REPORT_WORD = /\breport\b/i;
/** The report or its authors named in the paragraph before a passage's lead-in ("These reports …", "the inspectorate's …"). */
const REPORT_OR_INSPECTORATE = /\b(?:reports?|inspectorate|inspectors)\b/i;

/**
 * A passage quoted from the report: the attribution names a passage
 * ("This passage, about one of the offices, stopped me in my tracks") and
 * the lead-in paragraph it ends names the report before it.
 */
function passageOfReport(doc: Doc, q: QuoteSpan): boolean {
  const a = q.attribution!;
  if (!PASSAGE.test(a) || !q.attributionSpan) return false;
  const at = q.attributionSpan.start;
  const block = doc.blocks.find((b) => b.start <= at && at < b.end);
  if (!block) return false;
  if (REPORT_WORD.test(doc.text.slice(block.start, at))) return true;
  // "The passage that stopped me:" standing alone, the paragraph before it on the report ("These reports don't …")
  if (at !== block.start || block.index === 0) return false;
  const before = doc.blocks[block.index - 1]!;
  return before.kind === "paragraph" && before.text.length <= 1500 && REPORT_OR_INSPECTORATE.test(before.text);
}

/** The report as a sentence's subject: "The report noted …", "The inspectors' report found …", "Its report says …". */
const REPORT_SUBJECT = /^(?:the|its|their|this|that)\s{1,3}(?:[\p{L}’'-]{1,20}\s{1,3}){0,2}report\s{1,3}[a-z]/iu;

/** An attribution that is "it", alone or after a topic set off by a comma ("On leadership, it"). */
const IT_SPEAKS = /^(?:it|(?:in|on|of|about|at|during)\s[^,;:]{1,60},\s{0,3}it)$/i;

/**
 * "It said: “…”" (or "On leadership, it says: “…”") where the sentence before, in the same paragraph, has the
 * report as its subject ("The report noted that … It said: “…”"): a passage
 * quoted from the report, not the previous speaker's words.
 */
function itIsTheReport(doc: Doc, q: QuoteSpan): boolean {
  // ("It said:", or after a topic: "On leadership, it says:")
  if (!q.attributionSpan || !IT_SPEAKS.test(q.attribution!.trim())) return false;
  const at = q.attributionSpan.start;
  const block = doc.blocks[blockAt(doc, at)];
  if (!block || block.kind !== "paragraph") return false;
  const before = doc.text.slice(block.start, at).trimEnd();
  if (!before || before.length > 1500) return false;
  // the sentence just before "It"
  const stop = lastStopBefore(before);
  return REPORT_SUBJECT.test(stop > 0 ? before.slice(stop + 2).trimStart() : before);
}

/** "As the report puts it", "as Ms Doyle put it": who put it. */
const AS_PUT_IT = /^as\s{1,3}(\S.{0,79}?)\s{1,3}(?:puts|put)\s{1,3}it$/i;
/** "In the words of the report", "in the chief inspector's words": whose words. */
const IN_WORDS_OF = /^in\s{1,3}the\s{1,3}words\s{1,3}of\s{1,3}(\S.{0,79})$/i;

/**
 * The speaker's part of an attribution that wraps it ("As the report puts
 * it" -> "the report", "In the words of the report" -> "the report"), with
 * its offset in the attribution; the attribution itself otherwise.
 */
export function whoseWords(attribution: string): { text: string; offset: number } {
  const c = attribution.charCodeAt(0) | 32;
  if (c !== 97 && c !== 105) return { text: attribution, offset: 0 }; // "a", "i"
  const m = AS_PUT_IT.exec(attribution) ?? IN_WORDS_OF.exec(attribution);
  return m ? { text: m[1]!, offset: m.index + m[0].indexOf(m[1]!) } : { text: attribution, offset: 0 };
}

/** A spokesperson of no named organisation: "A spokesperson told the Gazette", "a spokeswoman". */
const BARE_SPOKES = /^(?:a|an|the)\s{1,3}spokes(?:person|man|woman)(?:\s{1,3}(?:told|said\s{1,3}to)\s{1,3}[^,.]{1,60})?$/i;
/** An organisation named with capitals after "the": "the Probation Service", "the Ministry of Justice". */
const THE_ORG = /\bthe\s{1,3}(\p{Lu}[\p{L}’'-]{1,30}(?:\s{1,3}(?:(?:of|for|and)\s{1,3})?\p{Lu}[\p{L}’'-]{1,30}){0,5})/gu;

/**
 * The organisation a bare spokesperson speaks for: the one organisation the
 * sentence before, in the same paragraph, names ("I asked the Probation
 * Service what it intended to do. A spokesperson told the Gazette:"). Null
 * when that sentence names none, or more than one, or a person.
 */
function orgAsked(doc: Doc, index: PeopleIndex, at: number): string | null {
  const block = doc.blocks.find((b) => b.start <= at && at < b.end);
  if (!block || at - block.start < 10) return null;
  const before = doc.text.slice(Math.max(block.start, at - 400), at).trimEnd();
  if (!/[.!?]$/.test(before)) return null;
  const sentence = lastSentenceOf(before.slice(0, -1));
  let name: string | null = null;
  THE_ORG.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = THE_ORG.exec(sentence))) {
    if (name !== null && m[1] !== name) return null;
    name = m[1]!;
  }
  if (!name) return null;
  const a = readAttribution(name, at, index);
  return a.kind === "organisation" ? a.name : null;
}

/** Where the last sentence of `t` but one ends: its last ". ", "? " or "! " (not one at its very end), or -1. */
function lastStopBefore(t: string): number {
  const from = t.length - 2;
  return Math.max(t.lastIndexOf(". ", from), t.lastIndexOf("? ", from), t.lastIndexOf("! ", from));
}

/** The last sentence of a text: what follows its last ". ", "! " or "? " (the whole text when none). */
function lastSentenceOf(t: string): string {
  const cut = Math.max(t.lastIndexOf(". "), t.lastIndexOf("! "), t.lastIndexOf("? "));
  return cut < 0 ? t : t.slice(cut + 2);
}

/** Whether a whole block stands between the previous quote's last block and the quote's first. */
function apart(q: QuoteSpan, prevQuote: QuoteSpan | undefined): boolean {
  const first = q.blocks[0];
  const prevLast = prevQuote?.blocks[prevQuote.blocks.length - 1];
  return first !== undefined && prevLast !== undefined && first - prevLast > 1;
}

/** A paragraph opening on "He"/"She" reporting speech ("She went on to say that …", "He added that …"). */
const PRONOUN_SPEAKS = new RegExp(String.raw`^(?:he|she)\s{1,3}${SPEAKS}\b`, "i");

/**
 * The speaker of a quote set as its own paragraph with no attribution, under
 * a paragraph of reported speech by "he" or "she" that names no one ("She
 * went on to say that …"), itself right after the previous quote, a
 * person's: that person.
 */
function pronounAbove(doc: Doc, index: PeopleIndex, q: QuoteSpan, prevQuote: QuoteSpan | undefined): boolean {
  const first = q.blocks[0];
  const prevLast = prevQuote?.blocks[prevQuote.blocks.length - 1];
  if (first === undefined || prevLast === undefined || first - 2 !== prevLast) return false;
  const above = doc.blocks[first - 1]!;
  if (above.kind !== "paragraph" || above.text.length > 600 || !PRONOUN_SPEAKS.test(above.text.trimStart())) return false;
  return knownBetween(index, above.start, above.end).length === 0 && !doc.quotes.some((o) => o.blocks.includes(above.index));
}

/** an attribution ending with "he" or "she": a person speaks */
const PERSONAL_PRONOUN = /\b(?:he|she)\s{0,3}$/i;
/** an attribution holding "he" or "she" ("Asked how it went, he shrugs"): a person, never an organisation */
const HE_OR_SHE = /\b(?:he|she)\b/i;

/**
 * The person a quote's paragraph opens on, as its subject, when the quote's
 * pronoun speaks for them: "Jo Bloggs spent 11 years as an officer. “By the
 * end I had 90 cases,” she says." The name stands at the paragraph's start,
 * is not a possessive ("Jo Bloggs’s manager …") and is the only full name
 * before the quote in the paragraph.
 */
function paragraphSubject(doc: Doc, index: PeopleIndex, q: QuoteSpan): KnownName | undefined {
  const block = doc.blocks[q.blocks[0] ?? -1];
  if (!block || block.kind !== "paragraph" || q.start <= block.start) return undefined;
  const names = knownBetween(index, block.start, q.start);
  const k = names[0];
  if (!k || names.some((n) => n.name !== k.name)) return undefined;
  if (doc.text.slice(block.start, k.at).trim() !== "") return undefined;
  const after = doc.text.charAt(k.at + k.name.length);
  return after === "’" || after === "'" ? undefined : k;
}

/** A paragraph opening on one capitalised word and a word in small letters: "Priya is candid that …". */
const ONE_NAME_SUBJECT = /^([A-Z][\p{L}’'-]{1,30})\s{1,3}[a-z]{2,20}\b/u;

/**
 * The person the paragraph right above a quote, or its last sentence, opens
 * on by first name alone ("We talk about it. Priya is candid that the turnaround started with people." then "“When I
 * arrived …,” she tells Tom."), when that first name starts one full name
 * only in the document and the paragraph names no one in full. The paragraph
 * stands after the previous quote (`from`), and the quote opens its own.
 */
function firstNameAbove(doc: Doc, index: PeopleIndex, q: QuoteSpan, from: number): KnownName | undefined {
  const first = q.blocks[0];
  const block = first === undefined ? undefined : doc.blocks[first];
  if (!block || block.index === 0 || doc.text.slice(block.start, q.start).trim().length > 2) return undefined;
  const above = doc.blocks[block.index - 1]!;
  if (above.kind !== "paragraph" || above.start < from || above.text.length > 1500) return undefined;
  if (knownBetween(index, above.start, above.end).length > 0) return undefined;
  // the paragraph's first sentence, or its last ("We talk about …. Priya is candid that …")
  const t = above.text.trimEnd();
  const stop = lastStopBefore(t);
  let full: string | null = null;
  for (const sentence of stop > 0 ? [t, t.slice(stop + 2)] : [t]) {
    const m = ONE_NAME_SUBJECT.exec(sentence);
    full = m ? soleFirstName(m[1]!, knownWith(index, m[1]!)) : null;
    if (full) break;
  }
  return full ? { name: full, tokens: full.split(" "), at: above.start } : undefined;
}

const HONORIFIC_AT = new RegExp(String.raw`^${HONORIFIC}\b`);

/**
 * A speaker the writer names by a name of their own choosing: "As one man I
 * support, whom I will call Dean, told me", "a mother, who asked to be
 * known as Sara, said": that name (group 1 or 2), the only one given.
 */
const PSEUDONYM = /\b(?:wh(?:om|o)\s{1,3}(?:I|we)(?:['’]ll|\s{1,3}(?:will|shall|am\s{1,3}going\s{1,3}to|are\s{1,3}going\s{1,3}to))\s{1,3}call\s{1,3}(\p{Lu}[\p{Ll}’'-]{1,30})|asked\s{1,3}(?:us\s{1,3}|me\s{1,3})?(?:to\s{1,3}be|that\s{1,3}(?:we|I)\s{1,3}(?:call|name))\s{1,3}(?:(?:called|known|named|identified)\s{1,3}(?:only\s{1,3})?(?:as\s{1,3})?)?(\p{Lu}[\p{Ll}’'-]{1,30}))\b(?!\s{1,3}\p{Lu})/u;

/**
 * A paragraph that ends by announcing a statement set below it: "UPDATE: a
 * spokesperson for Orlby Council sent us the following statement.",
 * "Orlby Council has issued this statement:". Group 1 the sender, read as
 * an attribution.
 */
const STATEMENT_BELOW = /(?:^|[.:;!?]\s{1,3})([^.:;!?]{3,120}?)\s{1,3}(?:has\s{1,3}|have\s{1,3}|had\s{1,3})?(?:sent|gave|issued|provided|released|emailed|supplied|offered)\s{1,3}(?:(?:us|me|the\s{1,3}[\w-]{1,20})\s{1,3})?(?:with\s{1,3})?(?:the\s{1,3}following|this)\s{1,3}statement\s{0,3}[.:]\s{0,3}$/i;

/** The sender STATEMENT_BELOW finds in the paragraph just above a standalone quote, read as an organisation or a person. */
function statementAbove(doc: Doc, index: PeopleIndex, q: QuoteSpan, opts: { providerName: string | null; chiefInspector: string | null }): { speaker: string; role: string | null; person: boolean } | null {
  const first = q.blocks[0];
  if (first === undefined || first === 0) return null;
  const above = doc.blocks[first - 1]!;
  if (above.kind !== "paragraph" || above.text.length > 600 || !above.text.includes("statement")) return null;
  const m = STATEMENT_BELOW.exec(above.text.trimEnd());
  if (!m) return null;
  const at = above.start + above.text.indexOf(m[1]!);
  const a = readAttribution(m[1]!, at, index, opts);
  if ((a.kind !== "organisation" && a.kind !== "person") || !a.name) return null;
  return { speaker: a.name, role: a.role, person: a.kind === "person" };
}

export const quotes: Extractor = {
  id: "quotes",
  fields: ["quotes"],
  extract(doc: Doc, ctx: Context): Found[] {
    if (!doc.quotes.length) return [];
    const index = peopleIndex(doc);
    const provider = ctx.get("provider");
    const inspectorate = ctx.get("inspectorate");
    const chief = ctx.get("chiefInspector");
    const items: { quote: Quote; start: number; end: number; person: boolean }[] = [];
    let prev = null as { speaker: string | null; role: string | null; person: boolean } | null;
    let prevEnd = 0;
    let prevQuote: QuoteSpan | undefined;
    // roleInDoc scans the whole text: once per name
    const roleMemo = new Map<string, string | null>();
    // how attributions are read: the provider's name and the Chief Inspector's are known
    const opts = { providerName: provider ? provider.shortName ?? provider.name : null, chiefInspector: chief };

    for (const q of doc.quotes) {
      const text = withoutTrailingLink(quoteText(q.text));
      if (!text) continue;
      let speaker: string | null = null;
      let role: string | null = null;
      let person = false;
      if (q.attribution) {
        const who = whoseWords(q.attribution);
        const a = readAttribution(who.text, (q.attributionSpan?.start ?? q.start) + who.offset, index, opts);
        let pseudonym: RegExpExecArray | null = null;
        if (a.kind === "person") {
          speaker = a.name;
          role = a.role;
          person = true;
        } else if (a.kind === "organisation") {
          speaker = a.name;
          role = a.role;
        } else if (a.kind === "inspectorate" || (a.kind === "unknown" && passageOfReport(doc, q)) || (a.kind === "pronoun" && itIsTheReport(doc, q))) {
          speaker = inspectorate;
        } else if (a.kind === "unknown" && (pseudonym = PSEUDONYM.exec(who.text))) {
          // "As one man I support, whom I will call Dean, told me last week": the name the writer gives him
          speaker = pseudonym[1] ?? pseudonym[2]!;
          person = true;
        } else if (a.kind === "unknown" && q.attributionSpan && BARE_SPOKES.test(who.text.trim())) {
          // "I asked the Probation Service what it would do. A spokesperson told the Gazette: “…”"
          const asked = orgAsked(doc, index, q.attributionSpan.start);
          if (asked) speaker = asked;
        } else if (a.kind === "pronoun") {
          // the person last named since the previous quote, else the previous speaker
          const from = prevEnd;
          const to = Math.min(q.start, q.attributionSpan?.start ?? q.start);
          // the person the quote's own paragraph opens on, else the last one named with a title, a role or a verb of speech
          let named: KnownName | undefined = paragraphSubject(doc, index, q);
          // or the first name alone the paragraph just above opens on ("Priya is candid that …" / "“…,” she tells Tom.")
          if (!named && PERSONAL_PRONOUN.test(q.attribution)) named = firstNameAbove(doc, index, q, from);
          const since = knownBetween(index, from, to);
          for (let x = since.length - 1; x >= 0 && !named; x--) {
            const k = since[x]!;
            if (HONORIFIC_AT.test(doc.text.slice(k.at, k.at + 12)) || roleOnce(doc, roleMemo, k.name) !== null || speaksAt(doc.text, k)) named = k;
          }
          // or a person named by title and one name since then ("Dame Glenys herself …. She said:")
          let titled: string | null = null;
          if (!named) {
            const between = doc.text.slice(Math.max(from, to - 600), to);
            let m: RegExpExecArray | null;
            TITLED_NAME.lastIndex = 0;
            while ((m = TITLED_NAME.exec(between))) titled = resolveShortName(m[2]!, m[1]!.toLowerCase(), knownWith(index, m[2]!), to) ?? titled;
          }
          // "she" or "he" after a quote that was no person's: the last person named since
          const last = since[since.length - 1];
          if (!named && !titled && last && !prev?.person && PERSONAL_PRONOUN.test(q.attribution)) named = last;
          if (named && named.name !== prev?.speaker) {
            speaker = named.name;
            person = true;
          } else if (titled && titled !== prev?.speaker) {
            speaker = titled;
            person = true;
          } else if (prev && !(!prev.person && HE_OR_SHE.test(q.attribution) && apart(q, prevQuote))) {
            // (but "he" or "she" a paragraph or more after an organisation's quote is someone else, unnamed:
            // "… A Ministry spokesperson said: “…” / The inspectorate made nine recommendations. / Asked how it went, he shrugs: “…”")
            ({ speaker, role, person } = prev);
          }
        }
      } else if (q.continued && prev) {
        ({ speaker, role, person } = prev);
      } else if (q.standalone) {
        speaker = speakerAbove(doc, index, q);
        person = speaker !== null;
        // "… a spokesperson for Orlby Council sent us the following statement." then the statement
        const sent = speaker ? null : statementAbove(doc, index, q, opts);
        if (sent) ({ speaker, role, person } = sent);
        // "She went on to say that …" after a person's quote, then the quote: theirs
        if (!speaker && prev?.person && prev.speaker && pronounAbove(doc, index, q, prevQuote)) ({ speaker, role, person } = prev);
      }
      prevQuote = q;
      prev = { speaker, role, person };
      prevEnd = q.end;
      items.push({ quote: { speaker, role, text }, start: q.start, end: Math.max(q.end, q.start + 1), person });
    }

    // A role stated once for a person goes with all their quotes.
    const roles = new Map<string, string>();
    for (const it of items) {
      if (it.person && it.quote.speaker && it.quote.role && !roles.has(it.quote.speaker)) roles.set(it.quote.speaker, it.quote.role);
    }
    for (const it of items) {
      if (!it.person || !it.quote.speaker || it.quote.role) continue;
      let role = roles.get(it.quote.speaker) ?? null;
      if (!role) {
        role = roleOnce(doc, roleMemo, it.quote.speaker);
        if (role) roles.set(it.quote.speaker, role);
      }
      it.quote.role = role;
    }
    // A pull quote repeating words of a longer quote is not a quote of its own.
    const words: QuoteWords[] = [];
    for (const it of items) words.push(new QuoteWords(it.quote.text));
    const out: Found[] = [];
    for (let k = 0; k < items.length; k++) {
      const it = items[k]!;
      let repeated = false;
      for (let j = 0; j < items.length && !repeated; j++) {
        const other = items[j]!;
        // (the same words twice, as in a post embedded under the quote it repeats: the first stands)
        if (j < k && other.quote.text === it.quote.text && other.quote.speaker === it.quote.speaker) {
          repeated = true;
          continue;
        }
        if (j === k || other.quote.text.length <= it.quote.text.length) continue;
        if (it.quote.speaker !== null && it.quote.speaker !== other.quote.speaker) continue;
        repeated = words[k]!.within(words[j]!);
      }
      if (!repeated) out.push(found("quotes", it.quote, spanOf(doc, it.start, it.end)));
    }
    return out;
  },
};
