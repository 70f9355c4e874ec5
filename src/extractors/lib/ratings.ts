/** The inspectorate's four-point scale and the other spellings that map onto it. */
import type { Rating } from "../../schema/record.js";

/** A rating word as written: the four-point scale plus blog/news variants. */
export const RATING_WORDS = String.raw`(?:outstanding|excellent|good|requires?\s+improvement|requiring\s+improvement|inadequate|poor)`;

export function normaliseRating(word: string): Rating | null {
  const w = word.toLowerCase().replace(/[‘’'“”".,;:!]/g, "").replace(/\s+/g, " ").trim();
  if (w === "outstanding" || w === "excellent") return "Outstanding";
  if (w === "good") return "Good";
  if (/^requir(?:es?|ing) improvement$/.test(w)) return "Requires improvement";
  if (w === "inadequate" || w === "poor") return "Inadequate";
  return null;
}

const OPEN = "‘'“\"";
const CLOSE = "’'”\"";

/** One rating word found in a text, with how strongly it reads as a rating. */
export interface RatingToken {
  rating: Rating;
  /** offsets of the word itself (without quote marks) in the text searched */
  start: number;
  end: number;
  /** offsets including the quote marks when quoted */
  outerStart: number;
  outerEnd: number;
  quoted: boolean;
  /** the word as written starts with a capital ("Good", not "good") */
  capital: boolean;
}

const TOKEN_RE = new RegExp(String.raw`(?<![A-Za-z0-9])(outstanding|excellent|good|requires?\s{1,3}improvement|requiring\s{1,3}improvement|inadequate|poor)(?![A-Za-z0-9])`, "gi");

/** All rating words in a text, with their quote marks. */
export function ratingTokens(text: string): RatingToken[] {
  const out: RatingToken[] = [];
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text))) {
    const rating = normaliseRating(m[1]!);
    if (!rating) continue;
    const start = m.index;
    const end = start + m[0].length;
    let outerStart = start;
    let outerEnd = end;
    const before = text[start - 1] ?? "";
    let after = text[end] ?? "";
    let afterPos = end;
    // 'Requiring improvement.' with the full stop inside the marks
    if ((after === "." || after === ",") && CLOSE.includes(text[end + 1] ?? "x")) {
      afterPos = end + 1;
      after = text[afterPos]!;
    }
    let quoted = OPEN.includes(before) && before !== "" && CLOSE.includes(after) && after !== "";
    if (quoted) {
      outerStart = start - 1;
      outerEnd = afterPos + 1;
    } else {
      // Markdown emphasis reads like quote marks: *Good*, __Inadequate__, **Requires improvement**
      const lead = /[*_]{1,2}$/.exec(text.slice(Math.max(0, start - 2), start))?.[0] ?? "";
      const trail = /^[*_]{1,2}/.exec(text.slice(end, end + 2))?.[0] ?? "";
      if (lead && lead === trail) {
        quoted = true;
        outerStart = start - lead.length;
        outerEnd = end + trail.length;
      }
    }
    out.push({ rating, start, end, outerStart, outerEnd, quoted, capital: /^[A-Z]/.test(m[1]!) });
  }
  return out;
}

/** A verb (or noun) that gives a rating, read just before a rating word. */
export const RATING_VERB = String.raw`(?:rated|rates|rate|rating|re-rated|graded|grades|grade|judged|judges|judge|scored|assessed|ranked|deemed|marked|given|gave|awarded|received|receives|achieved|earned|retained|retaining|retains|maintained|maintaining|maintains|kept|keeps)`;

const VERB_BEFORE = new RegExp(String.raw`\b${RATING_VERB}\s{1,3}(?:as\s{1,3})?(?:being\s{1,3}|to\s{1,3}be\s{1,3})?(?:an?\s{1,3}|its\s{1,3}|their\s{1,3}|the\s{1,3})?(?:overall\s{1,3})?$`, "i");
const VERB_OBJECT_BEFORE = new RegExp(String.raw`\b(?:rated|graded|judged|ranked|deemed|scored|assessed)\s{1,3}[^.;:!?“”"]{1,80}?\s(?:as\s{1,3})?(?:being\s{1,3}|to\s{1,3}be\s{1,3})?$`, "i");
/** "the overall rating is", "its grade was", "a verdict of": a rating noun then the word. */
const NOUN_BEFORE = /\b(?:rating|grade|grading|verdict|judgement|judgment)\s{1,3}(?:is|was|of|has\s{1,3}been|had\s{1,3}been|remains|remained|stays|stayed|is\s{1,3}now|came\s{1,3}out\s{1,3}as)\s{1,3}(?:an?\s{1,3})?$/i;
const NOUN_AFTER = /^[’'”".]{0,2}\s{0,3}(?:overall\s{1,3})?(?:rating|grade|grading|score|mark|judgement|judgment|verdict|assessment)\b/i;
const ADVERB_BEFORE = /\b(?:reasonably|sufficiently|not|very|fairly|quite|really|particularly|generally|largely|mostly|broadly|consistently|too|so|less|more|as|how|was|were|is|are)\s{1,3}$/i;
const PLAIN_AFTER = /^[’'”"]?(?:\s{0,3}$|[.,;:!?)–—]|\s{1,3}(?:-\s|overall\b|in\b|for\b|by\b|on\b|and\b|or\b|across\b|at\b|last\b|following\b|after\b|again\b|from\b|when\b|since\b|but\b|while\b|with\b|this\b|the\b|throughout\b|–|—|\())/i;

/**
 * Whether a rating word reads as a rating in its sentence: quoted with a
 * capital, quoted after a rating verb or noun, or unquoted straight after a
 * rating verb / before "rating". "found inadequate work" is not one.
 */
export function isRatingUse(sentence: string, t: RatingToken): boolean {
  const left = sentence.slice(Math.max(0, t.outerStart - 140), t.outerStart);
  const right = sentence.slice(t.outerEnd, t.outerEnd + 60);
  const leftNear = left.slice(-40);
  if (/\b(?:reasonably|not\s{1,3}sufficiently|sufficiently)\s{1,3}$/i.test(leftNear)) return false;
  if (t.quoted && t.capital) return true;
  const verbBefore = VERB_BEFORE.test(left) || VERB_OBJECT_BEFORE.test(left) || NOUN_BEFORE.test(left);
  const nounAfter = NOUN_AFTER.test(right);
  if (t.quoted) return verbBefore || nounAfter || /\b(?:rating|grade|mark|score)s?\b/i.test(sentence);
  if (nounAfter) return !ADVERB_BEFORE.test(leftNear) || /\b(?:an?|its|their|the)\s{1,3}$/i.test(leftNear);
  if (verbBefore) return PLAIN_AFTER.test(right);
  return false;
}

const SCALE_WORDS = /\b(?:scale|rating\s{1,3}system|four[- ](?:point|band|tier|grade)|ratings?\s{1,3}(?:are|is|range)|ranging\s{1,3}from|possible\s{1,3}ratings|grades\s{1,3}(?:are|range))\b/i;
const PRISON_TESTS = /\b(?:healthy\s{1,3}prison|reasonably\s{1,3}good|not\s{1,3}sufficiently\s{1,3}good|purposeful\s{1,3}activity|rehabilitation\s{1,3}and\s{1,3}release\s{1,3}planning|outcomes\s{1,3}for\s{1,3}prisoners)\b/i;

/** A sentence that explains the scale ("uses a four-point scale: 'Outstanding', 'Good'...") or a prison's tests. */
export function isScaleOrPrisonSentence(sentence: string): boolean {
  if (PRISON_TESTS.test(sentence)) return true;
  const toks = ratingTokens(sentence);
  const distinct = new Set(toks.map((t) => t.rating));
  if (distinct.size >= 2 && SCALE_WORDS.test(sentence)) return true;
  if (distinct.size < 3) return false;
  // the scale listed: "excellent, good, requires improvement and poor", "from 'Outstanding' to 'Inadequate'"
  let listed = 0;
  for (let i = 1; i < toks.length; i++) {
    const gap = sentence.slice(toks[i - 1]!.outerEnd, toks[i]!.outerStart);
    if (/^[\s,’'”"‘“/.]{0,6}(?:and|or|to|then)?[\s‘'“"]{0,4}$/i.test(gap)) listed++;
  }
  return listed >= 2;
}

/** The rating words of a sentence that read as ratings. */
export function ratingUses(sentence: string): RatingToken[] {
  if (isScaleOrPrisonSentence(sentence)) return [];
  return ratingTokens(sentence).filter((t) => isRatingUse(sentence, t));
}

const CMP_RATING = String.raw`[‘'“"]?(${RATING_WORDS.slice(3, -1)})[.’'”"]{0,2}`;
const UP_DOWN = new RegExp(String.raw`^[’'”".]{0,2}\s{0,3}(?:(?:overall\s{1,3})?by\s{1,3}[^,;–—(]{1,60}?)?[,–—(-]?\s{0,3}(?:which\s{1,3}is\s{1,3}|an?\s{1,3})?(?:up|down|improved|improving|an\s{1,3}improvement|a\s{1,3}drop|a\s{1,3}fall|a\s{1,3}rise|rising|falling|dropping|moving|climbing|having\s{1,3}(?:improved|risen|fallen|dropped))\s{1,3}(?:on\s{1,3}|from\s{1,3})(?:its\s{1,3}|the\s{1,3}|a\s{1,3})?(?:previous\s{1,3}|earlier\s{1,3}|last\s{1,3})?${CMP_RATING}`, "i");
const SAME_AS = /^[’'”".]{0,2}\s{0,3}(?:(?:overall\s{1,3})?by\s{1,3}[^,;–—(]{1,60}?)?[,–—(-]?\s{0,3}(?:which\s{1,3}is\s{1,3})?(?:(?:exactly\s{1,3})?the\s{1,3}same\s{1,3}(?:mark|rating|grade|score|result|judgement|verdict)?\s{0,3}as\s{1,3}(?:last|the\s{1,3}(?:last|previous)|its\s{1,3}(?:last|previous)|in\s{1,3}\d{4}|at\s{1,3}the)|unchanged\s{1,3}from|as\s{1,3}(?:it\s{1,3}was\s{1,3})?(?:last|at\s{1,3}the\s{1,3}(?:last|previous)|in\s{1,3}\d{4}|previously)|again\s{1,3}(?:at|in)\s{1,3}(?:the|its)\s{1,3}(?:last|previous)|for\s{1,3}the\s{1,3}second\s{1,3}(?:inspection\s{1,3}in\s{1,3}a\s{1,3}row|consecutive|time\s{1,3}in\s{1,3}a\s{1,3}row|time\s{1,3}running))/i;
const FOR_SECOND = /\bfor\s{1,3}(?:the\s{1,3})?(?:second|third|fourth)\s{1,3}(?:inspection\s{1,3}in\s{1,3}a\s{1,3}row|consecutive\s{1,3}(?:inspection|time)|time\s{1,3}in\s{1,3}a\s{1,3}row|successive\s{1,3}inspection)/i;
const COMPARED = new RegExp(String.raw`^[’'”".]{0,2}\s{0,3}(?:(?:overall\s{1,3})?by\s{1,3}[^,;–—(]{1,60}?)?[,–—(-]?\s{0,3}(?:compared\s{1,3}(?:with|to)|against|from|having\s{1,3}been|after\s{1,3}being|previously|previously\s{1,3}rated|it\s{1,3}was\s{1,3}previously\s{1,3}rated|when\s{1,3}it\s{1,3}was\s{1,3}rated)\s{1,3}(?:as\s{1,3})?${CMP_RATING}\s{0,3}(?:rating\s{1,3})?(?:last\s{1,3}(?:time|year)|in\s{1,3}(?:\w{3,9}\s{1,3})?\d{4}|at\s{1,3}(?:the|its)\s{1,3}(?:last|previous)|previously|before|when)`, "i");

/**
 * A comparison stated right after a rating ("– up from 'Requires
 * improvement' last time", "the same mark as last year"): the previous
 * rating, or null when none is stated.
 */
export function previousAfter(sentence: string, t: RatingToken, clauseEnd: number): Rating | null {
  const right = sentence.slice(t.outerEnd, Math.min(clauseEnd, t.outerEnd + 160));
  const ud = UP_DOWN.exec(right);
  if (ud) return normaliseRating(ud[1]!);
  const cmp = COMPARED.exec(right);
  if (cmp) return normaliseRating(cmp[1]!);
  if (SAME_AS.test(right)) return t.rating;
  if (FOR_SECOND.test(right.slice(0, 100))) return t.rating;
  return null;
}

const TRANSITION = new RegExp(String.raw`\b(?:moves|moved|climbs|climbed|improves|improved|improving|moving|risen|rose|rising|fallen|fell|falling|dropped|dropping|slipped|slipping|gone\s{1,3}(?:up|down)|went\s{1,3}(?:up|down)|upgraded|downgraded)\s{1,3}from\s{1,3}${CMP_RATING}\s{1,3}(?:\w{1,12}\s{1,3}){0,3}?to\s{1,3}$`, "i");
const RETAINED = /\b(?:retained|retaining|retains|retain|maintained|maintaining|maintains|maintain|kept|keeps|keeping|keep|held\s{1,3}on\s{1,3}to|holds\s{1,3}on\s{1,3}to|held|holds|again\s{1,3}(?:rated|judged|graded)(?:\s{1,3}as)?)\s{1,3}(?:its|their|the|a|an|his|her)?\s{0,3}(?:overall\s{1,3})?$/i;
const PREVIOUSLY = /\b(?:previously|formerly|last\s{1,3}time|at\s{1,3}(?:the|its)\s{1,3}(?:last|previous)\s{1,3}inspection|in\s{1,3}(?:the|its)\s{1,3}(?:last|previous)\s{1,3}inspection)\s{1,3}(?:been\s{1,3})?(?:rated|judged|graded|assessed|deemed|ranked)?\s{0,3}(?:as\s{1,3})?(?:being\s{1,3})?$/i;

/** A comparison stated before a rating: "improved from 'Inadequate' to" (prev), "retaining its" (same), "previously rated" (the word IS the previous rating). */
export function comparisonBefore(sentence: string, t: RatingToken): { previous: Rating | null; isPrevious: boolean } {
  const left = sentence.slice(Math.max(0, t.outerStart - 120), t.outerStart);
  // "moves from 'Inadequate' to 'Good'": this word is the old rating
  if (/\bfrom\s{1,3}$/i.test(left) && new RegExp(String.raw`^[.’'”"]{0,2}\s{1,3}to\s{1,3}${CMP_RATING}`, "i").test(sentence.slice(t.outerEnd, t.outerEnd + 40))) {
    return { previous: t.rating, isPrevious: true };
  }
  const tr = TRANSITION.exec(left);
  if (tr) return { previous: normaliseRating(tr[1]!), isPrevious: false };
  if (RETAINED.test(left)) return { previous: t.rating, isPrevious: false };
  if (PREVIOUSLY.test(left)) return { previous: t.rating, isPrevious: true };
  // "was rated 'Good' at its last inspection" / "in 2019": the word itself is the old rating
  const right = sentence.slice(t.outerEnd, t.outerEnd + 80);
  if (/^[’'”".]{0,2}\s{0,3}(?:(?:at|in|during|following|after)\s{1,3}(?:the|its|their)\s{1,3}(?:last|previous|earlier)\s{1,3}inspection|(?:the\s{1,3})?(?:last|previous)\s{1,3}time|when\s{1,3}(?:it\s{1,3}was\s{1,3}|last\s{1,3})(?:last\s{1,3})?inspected|previously)/i.test(right)) {
    return { previous: t.rating, isPrevious: true };
  }
  if (/\b(?:was|were|had\s{1,3}been)\s{1,3}(?:rated|judged|graded)\s{1,3}(?:as\s{1,3})?$/i.test(left) && /\bin\s{1,3}(?:\w{3,9}\s{1,3})?(?:19|20)\d\d\b/.test(right.slice(0, 30)) && /\b(?:previous|last|earlier|before|prior)\b/i.test(sentence)) {
    return { previous: t.rating, isPrevious: true };
  }
  return { previous: null, isPrevious: false };
}

/** Clause boundaries within a sentence, for pairing a rating with what it rates. */
export const CLAUSE_BREAK = /;|\s(?:but|while|whereas|although|though|however|yet|meanwhile)\b|,\s{1,3}(?:and\s{1,3})?(?:while|whereas|although|though|but)\b/gi;

/** The clause [start, end) of a sentence around a position. */
export function clauseAround(sentence: string, pos: number): { start: number; end: number } {
  let start = 0;
  let end = sentence.length;
  CLAUSE_BREAK.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CLAUSE_BREAK.exec(sentence))) {
    const bStart = m.index;
    const bEnd = m.index + m[0].length;
    if (bEnd <= pos) start = bEnd;
    else if (bStart >= pos) {
      end = bStart;
      break;
    }
  }
  return { start, end };
}
