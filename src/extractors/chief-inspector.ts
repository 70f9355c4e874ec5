/**
 * chief-inspector: the full name of the Chief Inspector quoted or named.
 *
 * "Chief Inspector of Probation Justin Russell", "said Liz Calderbank, Chief
 * Inspector of Probation", "HM Chief Inspector of Probation, Martin Jones
 * CBE", "interim Chief Inspector of Probation Sue McAllister", "Dame Glenys
 * Stacey, the Chief Inspector", and in a paper's lower case "Dame Glenys
 * Stacey, the chief inspector of probation," or "<Name>, who became chief
 * inspector last year,". The Chief Inspector is the inspectorate's
 * whose inspection it is (of Prisons for a prisons report, of Probation
 * otherwise). Never a deputy or assistant chief inspector, never a former
 * one, never a police rank ("Det Chief Inspector").
 */
import type { Block, Doc } from "../segment/types.js";
import { fullNamesWith, letterLengthAt, namesIn, resolveShortName } from "./lib/names.js";
import { isSpace } from "../blocks/normalise.js";
import { found, spanOf, type Context, type Extractor, type Found } from "./types.js";

/** The title; group 1 is the body ("Probation", "Prisons") when written. */
const TITLE = /\b(?:H\.?M\.?\s+|His\s+Majesty['’]s\s+|Her\s+Majesty['’]s\s+)?(?:Chief\s+Inspector|[Cc]hief\s+inspector)(?:\s+of\s+(Probation|probation|Prisons|prisons|Constabulary|Fire\s+and\s+Rescue\s+Services|Education[^,.;:]{0,40}|Children['’]s\s+Social\s+Care|Schools))?\b|\b[Cc]hief\s+(Probation|Prisons?|probation|prisons?)\s+[Ii]nspector\b/g;

/** Characters of TITLE's optional "HM " / "His Majesty's " / "Her Majesty's " (white space aside). */
const TITLE_PREFIX_CHARS = new Set("HM.isajetyr'’");

/**
 * The next TITLE match from `from`, as a global TITLE search would find it,
 * started just before the next "hief" instead of at every character: a
 * match's "hief" follows its "C"/"c" and the prefix, which holds no "h",
 * so no match can start before the prefix characters ahead of that "hief".
 */
function nextTitle(text: string, from: number): RegExpExecArray | null {
  const h = text.indexOf("hief", from + 1);
  if (h < 0) return null;
  let start = h - 1;
  while (start > from && (TITLE_PREFIX_CHARS.has(text[start - 1]!) || isSpace(text.charCodeAt(start - 1)))) start--;
  TITLE.lastIndex = Math.max(from, start);
  return TITLE.exec(text);
}

/** What stands before a lower-case "chief inspector" without "of <body>" that is the title ("the", "The" opening a sentence, "who became", "who has been"). */
const LOWER_TITLE_BEFORE = /\b(?:[Tt]he|became|been|is|interim|acting|new)\s+$/;

/** Words before the title that make it someone else's. */
const NOT_THE_CHIEF = /\b(?:deputy|assistant|former|previous|then|late|ex|detective|det\.?|police|fire|chief)[\s-]+(?:(?:HM|interim|acting)\s+)?$/i;

/*
 * The name written after the title, read as
 *   /^[,:]?\s+(?:is\s+)?((?:(?:Dame|Sir|Mr|Mrs|Ms|Dr|Professor|Lord|Lady|Baroness)\s+)?[A-Z][\p{L}’'-]{0,30}(?:\s+[A-Z][\p{L}’'-]{0,30}){0,3}(?:\s+(?:CBE|OBE|MBE|KBE|DBE|QC|KC))?)/u
 * would read it, by hand: that pattern's Unicode classes cost milliseconds
 * to compile on every run. Every part after the first capital is optional
 * and every repeat is followed by something it cannot match, so the
 * pattern never backtracks into a choice it made: reading left to right,
 * longest first, gives the same match.
 */
const NAME_AFTER_HONORIFICS = ["Dame", "Sir", "Mr", "Mrs", "Ms", "Dr", "Professor", "Lord", "Lady", "Baroness"];
const NAME_AFTER_LETTERS = ["CBE", "OBE", "MBE", "KBE", "DBE", "QC", "KC"];

/** The end of the white space run from `p` (p when none). */
function spacesFrom(s: string, p: number): number {
  while (p < s.length && isSpace(s.charCodeAt(p))) p++;
  return p;
}

function isAsciiCapital(s: string, p: number): boolean {
  // past the end is no capital (read, it would throw optimised code away: "out of bounds")
  if (p >= s.length) return false;
  const c = s.charCodeAt(p);
  return c >= 65 && c <= 90;
}

/** [\p{L}’'-]{0,30} from `p`: where it ends. */
function nameWordFrom(s: string, p: number): number {
  for (let k = 0; k < 30 && p < s.length; k++) {
    const c = s.charCodeAt(p);
    if (c === 0x2019 || c === 39 || c === 45) {
      p++;
      continue;
    }
    const len = letterLengthAt(s, p);
    if (!len) break;
    p += len;
  }
  return p;
}

/** [A-Z][\p{L}’'-]{0,30}(?:\s+[A-Z][\p{L}’'-]{0,30}){0,3}(?:\s+(?:CBE|…|KC))? from a capital at `p`: where it ends. */
function nameWordsFrom(s: string, p: number): number {
  let e = nameWordFrom(s, p + 1);
  for (let k = 0; k < 3; k++) {
    const w = spacesFrom(s, e);
    if (w === e || !isAsciiCapital(s, w)) break;
    e = nameWordFrom(s, w + 1);
  }
  const w = spacesFrom(s, e);
  if (w > e) {
    for (const letters of NAME_AFTER_LETTERS) {
      if (s.startsWith(letters, w)) return w + letters.length;
    }
  }
  return e;
}

/** The name after the title: where it starts in `tail` and the words; null when none. */
function nameAfter(tail: string): { at: number; words: string } | null {
  if (!tail) return null;
  let p = tail.charCodeAt(0) === 44 || tail.charCodeAt(0) === 58 ? 1 : 0; // [,:]?
  const w = spacesFrom(tail, p);
  if (w === p) return null;
  p = w;
  if (tail.startsWith("is", p)) {
    const w2 = spacesFrom(tail, p + 2);
    // after "is ", the name must follow: nothing else can start with "is"
    if (w2 > p + 2) p = w2;
  }
  for (const h of NAME_AFTER_HONORIFICS) {
    if (!tail.startsWith(h, p)) continue;
    const w3 = spacesFrom(tail, p + h.length);
    if (w3 > p + h.length && isAsciiCapital(tail, w3)) return { at: p, words: tail.slice(p, nameWordsFrom(tail, w3)) };
  }
  return isAsciiCapital(tail, p) ? { at: p, words: tail.slice(p, nameWordsFrom(tail, p)) } : null;
}

interface Hit {
  name: string;
  body: string | null;
  start: number;
  end: number;
  quoted: boolean;
  /** "Chief Inspector <Name>" with no body, no "HM" and no article */
  bare: boolean;
}

/**
 * What may stand between the comma or bracket and the title: "the", "new",
 * "interim", "acting", after a clause saying the person holds it now ("who
 * became", "who is", "who has been", "who took over as"; not "who was").
 */
/** The verbs of holding a title now: "became", "is now", "has been", "took over as". */
const HOLDS_VERBS = String.raw`became|is\s+now|has\s+been|took\s+over\s+as|has\s+taken\s+over\s+as`;
const HOLDS_NOW = String.raw`(?:who\s+(?:${HOLDS_VERBS}|is)\s+)?`;
const BEFORE_TITLE = new RegExp(String.raw`^\s*${HOLDS_NOW}(?:(?:the|new|interim|acting)\s+)*$`);
const NAME_BEFORE = new RegExp(String.raw`([A-Z][^,.;:!?()“”"]{2,100}?)\s*(?:,|\()\s*${HOLDS_NOW}(?:the\s+|(?:new\s+|interim\s+|acting\s+)?)*$`, "u");

function nameBefore(text: string, at: number): { name: string; honorific: string | null; start: number } | null {
  // "<Name>, Chief Inspector" / "<Name>, the Chief Inspector" / "<Name> (Chief Inspector"
  const head = text.slice(Math.max(0, at - 120), at);
  // NAME_BEFORE ends with the last comma or bracket of `head` and the words allowed after it: test that first
  const cut = Math.max(head.lastIndexOf(","), head.lastIndexOf("("));
  if (cut < 0 || !BEFORE_TITLE.test(head.slice(cut + 1))) return null;
  const m = NAME_BEFORE.exec(head);
  if (!m) return null;
  const names = namesIn(m[1]!);
  const n = names[names.length - 1];
  if (!n) return null;
  // the name must end the phrase (nothing but letters after it)
  const afterName = m[1]!.slice(n.end).trim();
  if (afterName && !/^(?:CBE|OBE|MBE|KBE|DBE|QC|KC)$/.test(afterName)) return null;
  return { name: n.name, honorific: n.honorific, start: at - head.length + m.index + n.start };
}

/** A verb saying the person before it holds the title now, right before it: "Martin Jones became ", "X has been the ". */
const HOLDS_NOW_VERB = new RegExp(String.raw`\s(?:${HOLDS_VERBS})\s+(?:(?:the|new|interim|acting)\s+)*$`);

/**
 * "since Martin Jones became Chief Inspector of Probation": a full name
 * right before HOLDS_NOW_VERB (nothing between them), or null.
 */
function nameBeforeVerb(text: string, at: number): { name: string; start: number } | null {
  const head = text.slice(Math.max(0, at - 80), at);
  const v = HOLDS_NOW_VERB.exec(head);
  if (!v) return null;
  const words = head.slice(0, v.index);
  const names = namesIn(words);
  const n = names[names.length - 1];
  if (!n || n.tokens.length < 2 || words.slice(n.end).trim()) return null;
  return { name: n.name, start: at - head.length + n.start };
}

/** "Probation", "prisons", "Fire and  Rescue Services" as the body's name: "Probation", "Prisons", "Fire and Rescue Services". */
function bodyName(word: string): string {
  const w = word.replace(/\s+/g, " ");
  const b = w.charAt(0).toUpperCase() + w.slice(1);
  return b === "Prison" ? "Prisons" : b;
}

/** Whether a quote's attribution covers [start, end]. */
function inAttribution(doc: Doc, start: number, end: number): boolean {
  for (const q of doc.quotes) if (q.attributionSpan && q.attributionSpan.start <= end && q.attributionSpan.end >= start) return true;
  return false;
}

/**
 * The blocks that hold "hief", in order: every title has "Chief" or "chief"
 * in it, and most blocks have not. Looked for once in doc.text, whose slices
 * the blocks are (at their offsets).
 */
function blocksWithChief(doc: Doc): Block[] {
  const out: Block[] = [];
  const blocks = doc.blocks;
  let k = 0;
  for (let p = doc.text.indexOf("hief"); p >= 0 && k < blocks.length; ) {
    while (k < blocks.length && blocks[k]!.end < p + 4) k++;
    if (k === blocks.length) break;
    const b = blocks[k]!;
    if (b.start <= p) {
      out.push(b);
      k++;
      p = doc.text.indexOf("hief", b.end);
    } else {
      p = doc.text.indexOf("hief", b.start);
    }
  }
  return out;
}

/** The title as a possessive ending a heading: "The Chief Inspector's take", "Chief Inspector's view" */
const POSSESSIVE_AFTER = /^['’]s(?:\s{1,3}[\w-]{1,20}){0,3}\s{0,3}[:.?!]?\s{0,3}$/;

/**
 * A full name opening the block after heading `b` ("Justin Russell didn't
 * hold back."): its first words, two at least, the whole name.
 */
function nameOpeningNext(doc: Doc, b: Block): { name: string; start: number; end: number } | null {
  const next = doc.blocks[b.index + 1];
  if (!next || next.kind !== "paragraph" || !isAsciiCapital(next.text, 0)) return null;
  const head = next.text.slice(0, nameWordsFrom(next.text, 0));
  const n = namesIn(head)[0];
  if (!n || n.start !== 0 || n.tokens.length < 2 || n.end !== head.length) return null;
  return { name: n.name, start: next.start, end: next.start + n.end };
}

/**
 * A signature: the block above title block `b` ("HM Chief Inspector of
 * Probation", nothing else) is a full name and nothing else ("Jane Doe"), as
 * a foreword or letter is signed.
 */
function signatureAbove(doc: Doc, b: Block): { name: string; start: number; end: number } | null {
  const above = doc.blocks[b.index - 1];
  if (!above || above.kind !== "paragraph" || above.text.length > 60 || !isAsciiCapital(above.text, 0)) return null;
  const t = above.text.trim();
  const n = namesIn(t)[0];
  if (!n || n.start !== 0 || n.tokens.length < 2 || n.end !== t.length) return null;
  return { name: n.name, start: above.start, end: above.start + n.end };
}

/** "the " right before the title. */
const THE_BEFORE = /\bthe\s{1,3}$/i;
/**
 * The next sentence speaking of the Chief Inspector by "his" or "her", then
 * a full name that says something: "In his annual report, published today,
 * Justin Russell said …". Group 1: the words before the speech verb.
 */
const HIS_REPORT_SAID = /\b(?:[Hh]is|[Hh]er)\s[^.;:!?"“”]{0,120}?,\s{1,3}([A-Z][^.;:!?,"“”]{3,60}?)\s{1,3}(?:said|says|warned|warns|added|wrote|writes|told)\b/;

/**
 * A title with no name of its own, "the Chief Inspector of Probation has
 * warned": the speaker of the sentence after it, named by a full name
 * after "his"/"her" (HIS_REPORT_SAID); null when there is none.
 */
function speakerNext(doc: Doc, at: number): { name: string; start: number; end: number } | null {
  const ss = doc.sentences;
  let i = 0;
  while (i < ss.length && ss[i]!.end <= at) i++;
  const next = ss[i + 1];
  if (!next || !(next.text.includes("his ") || next.text.includes("His ") || next.text.includes("her ") || next.text.includes("Her "))) return null;
  const m = HIS_REPORT_SAID.exec(next.text);
  if (!m) return null;
  const words = m[1]!;
  const n = namesIn(words)[0];
  if (!n || n.tokens.length < 2 || n.start !== 0 || n.end !== words.length) return null;
  const from = next.start + m.index + m[0].lastIndexOf(words);
  return { name: n.name, start: from + n.start, end: from + n.end };
}

export function chiefInspectorHits(doc: Doc): Hit[] {
  const hits: Hit[] = [];
  for (const b of blocksWithChief(doc)) {
    const text = b.text;
    if (text.length > 20_000) continue;
    let m: RegExpExecArray | null;
    let guard = 0;
    let from = 0;
    while ((m = nextTitle(text, from)) && guard++ < 30) {
      from = TITLE.lastIndex;
      const before = text.slice(Math.max(0, m.index - 40), m.index);
      if (NOT_THE_CHIEF.test(before)) continue;
      const bodyWord = m[1] ?? m[2];
      // a lower-case "chief inspector" is a title only with its body ("of probation") or after "the" or "became"
      // (a sentence's first word aside: "Chief inspector of probation Dame Glenys Stacey said")
      const lower = m[0].charCodeAt(0) === 99 || /hief\s+inspector/.test(m[0]);
      if (!bodyWord && lower && !LOWER_TITLE_BEFORE.test(before)) continue;
      const body = bodyWord ? bodyName(bodyWord) : null;
      // a bare "Chief Inspector" without the inspectorate's mark ("HM") or an article may be a police rank
      const bare = !body && !/^H/.test(m[0]) && !/\b(?:the|interim|acting|new|inspectorate['’]s|probation['’]s)\s+$/i.test(before);
      // (so may a lower-case one, in a paper's style, whatever stands before it)
      if ((bare || (lower && !body)) && /\b(?:police|constabulary|force|fire|detective|officers?)\b/i.test(text.slice(Math.max(0, m.index - 80), m.index + 160))) continue;
      let name: string | null = null;
      let honorific: string | null = null;
      let start = m.index;
      let end = m.index + m[0].length;
      const tail = text.slice(end, end + 120);
      const after = nameAfter(tail);
      if (after) {
        const n = namesIn(after.words)[0];
        if (n && (n.tokens.length >= 2 || n.honorific) && n.start === 0) {
          name = n.name;
          honorific = n.honorific;
          end = end + after.at + n.end;
        }
      }
      if (!name) {
        const nb = nameBefore(text, m.index);
        if (nb) {
          name = nb.name;
          honorific = nb.honorific;
          start = nb.start;
        }
      }
      // "since Martin Jones became Chief Inspector of Probation": a full name, then a verb of holding the title
      if (!name && (before.includes("became") || before.includes("been") || before.includes("over") || before.includes("now"))) {
        const nv = nameBeforeVerb(text, m.index);
        if (nv) {
          name = nv.name;
          start = nv.start;
        }
      }
      if (!name && b.kind === "heading") {
        // "### The Chief Inspector's take" and a paragraph opening "Justin Russell didn't hold back.": the name after the heading
        const next = POSSESSIVE_AFTER.test(tail) ? nameOpeningNext(doc, b) : null;
        if (next) {
          name = next.name;
          start = next.start - b.start;
          end = next.end - b.start;
        }
      }
      // a signed foreword: "Jane Doe" / "HM Chief Inspector of Probation", the title a block of its own
      if (!name && body && text.length <= 60 && text.trim() === m[0]) {
        const sig = signatureAbove(doc, b);
        if (sig) {
          name = sig.name;
          start = sig.start - b.start;
          end = m.index + m[0].length;
        }
      }
      // "the Chief Inspector of Probation has warned. In his annual report …, Justin Russell said …": the name in the next sentence
      // (in a paper's lower case, the body left out: "The chief inspector herself did not mince her words. In her foreword …, Jane Doe writes")
      if (!name && (body || lower) && THE_BEFORE.test(before)) {
        const next = speakerNext(doc, b.start + m.index);
        if (next) {
          name = next.name;
          start = next.start - b.start;
          end = next.end - b.start;
        }
      }
      if (!name) continue;
      if (!name.includes(" ")) {
        const full = resolveShortName(name, honorific, fullNamesWith(doc.text.length > 400_000 ? doc.text.slice(0, 400_000) : doc.text, name), b.start + start);
        if (!full) continue;
        name = full;
      }
      const quoted = inAttribution(doc, b.start + start, b.start + end);
      hits.push({ name, body, start: b.start + start, end: b.start + end, quoted, bare });
    }
  }
  return hits;
}

/**
 * How well a hit fits the inspection: 2 names the inspectorate's own Chief
 * Inspector, 1 may, 0 does not.
 */
function fits(h: Hit, inspectorate: string | null, wanted: string): number {
  if (h.body === null) return h.bare && !inspectorate ? 0 : 1;
  if (h.body.toLowerCase() === wanted.toLowerCase()) return 2;
  // no inspectorate settled: a Chief Inspector of Prisons still names the inspection's chief
  return !inspectorate && h.body === "Prisons" ? 1 : 0;
}

export const chiefInspector: Extractor = {
  id: "chief-inspector",
  fields: ["chiefInspector"],
  extract(doc: Doc, ctx: Context): Found[] {
    const hits = chiefInspectorHits(doc);
    if (!hits.length) return [];
    const inspectorate = ctx.get("inspectorate");
    const wanted = inspectorate && /Prisons/i.test(inspectorate) ? "Prisons" : "Probation";
    const notesAt = doc.notesStart < doc.blocks.length ? doc.blocks[doc.notesStart]!.start : Infinity;
    const usable: { hit: Hit; score: number }[] = [];
    for (const h of hits) {
      const fit = fits(h, inspectorate, wanted);
      if (fit > 0) usable.push({ hit: h, score: fit * 10 + (h.quoted ? 5 : 0) + (h.start < notesAt ? 1 : 0) });
    }
    if (!usable.length) return [];
    if (usable.length > 1) usable.sort(byScore);
    const best = usable[0]!;
    const rivals = new Set<string>();
    for (let k = 1; k < usable.length; k++) {
      const u = usable[k]!;
      if (u.score === best.score && u.hit.name !== best.hit.name) rivals.add(u.hit.name);
    }
    if (rivals.size) {
      ctx.message(`chief inspector: ${best.hit.name} and ${[...rivals].join(", ")} are both named; took the first`, { start: best.hit.start, end: best.hit.end });
    }
    return [found("chiefInspector", best.hit.name, spanOf(doc, best.hit.start, best.hit.end), { rank: best.score })];
  },
};

function byScore(a: { hit: Hit; score: number }, b: { hit: Hit; score: number }): number {
  return b.score - a.score || a.hit.start - b.hit.start;
}
