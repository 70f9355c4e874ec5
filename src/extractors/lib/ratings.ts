/** The inspectorate's four-point scale and the other spellings that map onto it. */
import type { Rating } from "../../schema/record.js";
import { GAP, lean } from "./numbers.js";
import { aspectMentions } from "./aspects.js";

/**
 * A rating word as written: the four-point scale plus blog/news variants. The
 * space inside "requires improvement" is bounded like TOKEN_RE's (a hard wrap,
 * "requires\nimprovement", is one to three white-space characters).
 */
export const RATING_WORDS = String.raw`(?:outstanding|excellent|good|requires?\s{1,3}improvement|requiring\s{1,3}improvement|inadequate|poor)`;

/*
 * Most patterns below are built through lean() (lib/numbers.ts): the same
 * matches, but V8 compiles their small counted repeats (`\s{1,3}`) as loops
 * instead of unrolled copies, which makes a cold first use several times
 * cheaper (UP_DOWN, SAME_AS and COMPARED cost ~20 ms each otherwise). The hot
 * TOKEN_RE, run on every sentence with a rating word, is left as it is.
 *
 * Gates. Most rating regexes below need some word to match at all; a small
 * regex of those words (plain alternatives, cheap to compile and run) is
 * tested first, and the big one only runs, and is only compiled, when the
 * word is there. Each gate is a necessary condition, never a change of rule.
 */

/** Every rating word contains one of these. */
const RATING_WORD_GATE = /good|outstanding|excellent|improvement|inadequate|poor/i;

/** Cheap gate before the rating regexes: false when the text cannot hold a rating word. */
export function mayHaveRatingWord(text: string): boolean {
  return RATING_WORD_GATE.test(text);
}

export function normaliseRating(word: string): Rating | null {
  // the plain words as most often written, without the clean-up below
  switch (word) {
    case "Outstanding":
    case "outstanding":
    case "Excellent":
    case "excellent":
      return "Outstanding";
    case "Good":
    case "good":
      return "Good";
    case "Requires improvement":
    case "requires improvement":
    case "Requires Improvement":
    case "Requiring improvement":
    case "requiring improvement":
      return "Requires improvement";
    case "Inadequate":
    case "inadequate":
    case "Poor":
    case "poor":
      return "Inadequate";
  }
  const w = word.toLowerCase().replace(/[‘’'“”".,;:!]/g, "").replace(/\s+/g, " ").trim();
  if (w === "outstanding" || w === "excellent") return "Outstanding";
  if (w === "good") return "Good";
  if (/^requir(?:es?|ing) improvement$/.test(w)) return "Requires improvement";
  if (w === "inadequate" || w === "poor") return "Inadequate";
  return null;
}

/** The opening and closing quote marks (‘ ' “ " and ’ ' ” "), by character code: no one-character strings made per rating word. */
const isOpenQuote = (c: number): boolean => c === 0x2018 || c === 39 || c === 0x201c || c === 34;
const isCloseQuote = (c: number): boolean => c === 0x2019 || c === 39 || c === 0x201d || c === 34;

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

const isEmphasis = (c: string | undefined): boolean => c === "*" || c === "_";

/** The run of up to two "*" / "_" just before `at` ("" when none). */
function emphasisBefore(text: string, at: number): string {
  if (at < 1 || !isEmphasis(text[at - 1])) return "";
  return at >= 2 && isEmphasis(text[at - 2]) ? text.slice(at - 2, at) : text[at - 1]!;
}

/** The run of up to two "*" / "_" from `at` ("" when none). */
function emphasisAfter(text: string, at: number): string {
  if (!isEmphasis(text[at])) return "";
  return isEmphasis(text[at + 1]) ? text.slice(at, at + 2) : text[at]!;
}

/**
 * The most characters a TOKEN_RE match starts before the gate word in it
 * ("requiring" and three spaces before "improvement"; the other words are
 * their own gate word).
 */
const TOKEN_LEAD = 12;

/**
 * All rating words in a text, with their quote marks. `gate`, when given:
 * the text's gate words (every occurrence in the text of good, outstanding,
 * excellent, improvement, inadequate or poor, and maybe other words), as
 * [start, length] pairs from `gate.from` on, at `gate.offset` plus their
 * place in the text. Every match holds one of them and starts at most
 * TOKEN_LEAD characters before it, so each search starts there, not at the
 * end of the previous match: the same matches, fewer places tried.
 */
export function ratingTokens(text: string, gate?: { hits: readonly number[]; from: number; offset: number }): RatingToken[] {
  const out: RatingToken[] = [];
  TOKEN_RE.lastIndex = 0;
  let k = gate ? gate.from : 0;
  let m: RegExpExecArray | null;
  for (;;) {
    if (gate) {
      const hits = gate.hits;
      const from = TOKEN_RE.lastIndex;
      while (k < hits.length && hits[k]! - gate.offset < from) k += 2;
      // no gate word left in the text: no rating word either
      if (k >= hits.length || hits[k]! - gate.offset >= text.length) break;
      TOKEN_RE.lastIndex = Math.max(from, hits[k]! - gate.offset - TOKEN_LEAD);
    }
    if (!(m = TOKEN_RE.exec(text))) break;
    const rating = normaliseRating(m[1]!);
    if (!rating) continue;
    const start = m.index;
    const end = start + m[0].length;
    let outerStart = start;
    let outerEnd = end;
    let afterPos = end;
    // 'Requiring improvement.' with the full stop inside the marks
    const next = text.charCodeAt(end);
    if ((next === 46 || next === 44) && isCloseQuote(text.charCodeAt(end + 1))) afterPos = end + 1;
    let quoted = isOpenQuote(text.charCodeAt(start - 1)) && isCloseQuote(text.charCodeAt(afterPos));
    if (quoted) {
      outerStart = start - 1;
      outerEnd = afterPos + 1;
    } else {
      // Markdown emphasis reads like quote marks: *Good*, __Inadequate__, **Requires improvement**
      const lead = emphasisBefore(text, start);
      const trail = emphasisAfter(text, end);
      if (lead && lead === trail) {
        quoted = true;
        outerStart = start - lead.length;
        outerEnd = end + trail.length;
      }
    }
    const c0 = m[1]!.charCodeAt(0);
    out.push({ rating, start, end, outerStart, outerEnd, quoted, capital: c0 >= 65 && c0 <= 90 });
  }
  return out;
}


/** A verb (or noun) that gives a rating, read just before a rating word. */
export const RATING_VERB = String.raw`(?:rated|rates|rate|rating|re-rated|graded|grades|grade|judged|judges|judge|scored|assessed|ranked|deemed|marked|given|gave|awarded|received|receives|achieved|earned|retained|retaining|retains|maintained|maintaining|maintains|kept|keeps)`;

const VERB_BEFORE = new RegExp(lean(String.raw`\b${RATING_VERB}${GAP}(?:as${GAP})?(?:being${GAP}|to${GAP}be${GAP})?(?:an?${GAP}|its${GAP}|their${GAP}|the${GAP})?(?:overall${GAP})?$`), "i");
const VERB_OBJECT_BEFORE = new RegExp(lean(String.raw`\b(?:rated|graded|judged|ranked|deemed|scored|assessed)\s{1,3}[^.;:!?“”"]{1,80}?\s(?:as\s{1,3})?(?:being\s{1,3}|to\s{1,3}be\s{1,3})?$`), "i");
/** "the overall rating is", "its grade was", "a verdict of": a rating noun then the word. */
const NOUN_BEFORE = new RegExp(lean(String.raw`\b(?:rating|grade|grading|verdict|judgement|judgment)${GAP}(?:is|was|of|has${GAP}been|had${GAP}been|remains|remained|stays|stayed|is${GAP}now|came${GAP}out${GAP}as)${GAP}(?:an?${GAP})?$`), "i");
const NOUN_AFTER = new RegExp(lean(String.raw`^[’'”".]{0,2}\s{0,3}(?:overall${GAP})?(?:rating|grade|grading|score|mark|judgement|judgment|verdict|assessment)\b`), "i");
const ADVERB_BEFORE = /\b(?:reasonably|sufficiently|not|very|fairly|quite|really|particularly|generally|largely|mostly|broadly|consistently|too|so|less|more|as|how|was|were|is|are)\s{1,3}$/i;
const PLAIN_AFTER = new RegExp(lean(String.raw`^[’'”"]?(?:\s{0,3}$|[.,;:!?)–—]|${GAP}(?:-\s|overall\b|in\b|for\b|by\b|on\b|and\b|or\b|across\b|at\b|last\b|following\b|after\b|again\b|from\b|when\b|since\b|but\b|while\b|with\b|this\b|the\b|throughout\b|too(?=[.,;:!?)]|\s{0,3}$)|–|—|\())`), "i");

/** An area of the work, rated, before the rating word: "The only area rated ", "the aspects judged as ", "the one part to be graded ". */
export const RATED_AREA_BEFORE = new RegExp(lean(String.raw`\b(?:area|aspect|standard|element|part)s?${GAP}(?:to${GAP}be${GAP}|(?:that|which)${GAP}(?:was|were)${GAP})?(?:rated|judged|graded|deemed)${GAP}(?:as${GAP})?[‘'“"]?$`), "i");
/** A verb "to be" right after the rating word, what is rated named after it: "… rated good was Through the Gate". */
const BE_AFTER = /^[’'”"]?\s{1,3}(?:was|were|is|are)\s/i;

/** Words SUFFICIENTLY_BEFORE and NOUN_AFTER cannot match without. */
const SUFFICIENTLY_GATE = /reasonably|sufficiently/i;
const NOUN_AFTER_GATE = /rating|grad|score|mark|judg|verdict|assessment/i;
const SUFFICIENTLY_BEFORE = /\b(?:reasonably|not\s{1,3}sufficiently|sufficiently)\s{1,3}$/i;
const RATING_NOUN = /\b(?:rating|grade|mark|score)s?\b/i;
const DETERMINER_BEFORE = /\b(?:an?|its|their|the)\s{1,3}$/i;

/**
 * Word stems that VERB_BEFORE, VERB_OBJECT_BEFORE and NOUN_BEFORE cannot
 * match without ("rat" for rated/rates/rating/re-rated, "grad" for
 * graded/grade/grading, "judg" for judged/judgement...), at the start of a
 * word as in those patterns ("re-rated": after the "-"): "demonstrated",
 * "learn" or "strategy" let none of them through.
 */
const VERB_BEFORE_GATE = /\b(?:rat|grad|judg|scor|assess|rank|deem|mark|giv|gave|award|receiv|achiev|earn|retain|maintain|kept|keep|verdict)/i;

/**
 * The end of `left` that VERB_BEFORE and NOUN_BEFORE need: their matches end
 * it and are at most 47 characters long ("maintaining as to be their
 * overall " with three spaces each), so the last 60 characters hold any
 * match and the character before it (for its \b). They are tried at every
 * place of what they are given.
 */
const VERB_BEFORE_SPAN = 60;

/**
 * A rating word as a bar, not a rating given: "nine aspects below 'Good'",
 * "anything less than 'Good'", "at least 'Requires improvement'".
 */
const THRESHOLD_BEFORE = new RegExp(lean(String.raw`\b(?:below|above|beneath|under|short${GAP}of|less${GAP}than|better${GAP}than|worse${GAP}than|lower${GAP}than|higher${GAP}than|at${GAP}least|at${GAP}best|at${GAP}worst)${GAP}(?:the${GAP}|a${GAP})?$`), "i");
const THRESHOLD_GATE = /below|above|beneath|under|short|than|least|best|worst/i;
/** A bar written after the rating: "'Good' or better", "'requires improvement' or worse" (a share of providers at or past it, no rating given). */
const THRESHOLD_AFTER = /^[’'”"]{0,2}\s{1,3}or\s{1,3}(?:better|above|higher|worse|below|lower)\b/i;

/**
 * A rating given in news words: "has again been told it requires
 * improvement", "was told that it was 'inadequate'", "were all found to
 * require improvement". Read only with a plain end after the word (STRICT_AFTER).
 */
const TOLD_BEFORE = new RegExp(lean(String.raw`\btold${GAP}(?:that${GAP})?(?:it|they)${GAP}(?:(?:is|was|are|were|remains|remained)${GAP})?(?:still${GAP})?$`), "i");
const FOUND_TO_BEFORE = /\bfound\s{1,3}to\s{1,3}$/i;
const TOLD_GATE = /told|found/i;
/** After "found to require improvement": "for" and what it is for ("was found to require improvement for staffing and assessment"), the aspects read by the sentence's reader. */
const FOR_ASPECTS_AFTER = /^\s{1,3}for\s{1,3}[a-z]/i;
const STRICT_AFTER = new RegExp(lean(String.raw`^[’'”"]?(?:\s{0,3}$|[.,;:!?)–—]|${GAP}(?:-\s|and\b|while\b|whereas\b|but\b|by\b|overall\b|again\b|–|—))`), "i");

/**
 * A rating only imagined: "the rating would have been 'Inadequate'", "it
 * should be rated 'Good'", "could have been judged poor". Never one given.
 */
const HYPOTHETICAL_BEFORE = new RegExp(lean(String.raw`(?:\b(?:would|should|could|might|ought${GAP}to)|['’]d)${GAP}(?:(?:not|never|surely|probably|still|easily)${GAP})?(?:have${GAP}been|be|have${GAP}got|get|have${GAP}received|receive|(?:have${GAP})?(?:said|gone${GAP}for|called${GAP}it|(?:given|rated|graded|marked|put)${GAP}(?:it|them|us|him|her)(?:${GAP}(?:at|down${GAP}as))?))${GAP}(?:(?:rated|judged|graded|given|deemed|marked)${GAP})?(?:as${GAP})?(?:an?${GAP})?$`), "i");
/** HYPOTHETICAL_BEFORE's modal ("would", "could", "I'd"…): a cheap necessary condition. */
const HYPOTHETICAL_GATE = /would|should|could|might|ought|['’]d\s/i;

/**
 * A rating denied: "if the service was not rated good by then", "has never
 * been judged 'Outstanding'". Never one given.
 */
const NEGATED_BEFORE = new RegExp(lean(String.raw`(?:\b(?:not|never)|n['’]t)${GAP}(?:(?:yet|ever|once)${GAP})?(?:(?:been|be)${GAP})?(?:rated|judged|graded|deemed|assessed|marked)${GAP}(?:as${GAP})?(?:an?${GAP})?$`), "i");
const NEGATED_GATE = /not|never|n['’]t/i;

/**
 * A rating hoped for: "can return to a 'Good' rating", "aims to get back to
 * 'Outstanding'" (a modal or "to" before the verb). "returned to 'Good'" is
 * a rating given and is not this.
 */
const HOPED_BEFORE = new RegExp(lean(String.raw`\b(?:can|could|will|would|should|might|must|to)${GAP}(?:(?:soon|quickly|still|now|eventually|swiftly)${GAP})?(?:return|get${GAP}back|go${GAP}back|move${GAP}back(?:${GAP}up)?|climb${GAP}back(?:${GAP}up)?|be${GAP}back)${GAP}to${GAP}(?:an?${GAP}|its${GAP}|the${GAP})?(?:previous${GAP}|former${GAP})?$`), "i");
const HOPED_GATE = /return|back/i;

/**
 * A rating wished for: "I want the service to be rated 'Outstanding'", "we
 * aim to become the first service in the region rated 'Outstanding'", "hopes
 * to get a 'Good' next time": a wish, then "to be" (or "become", "get",
 * "achieve"...) and no comma before the word. Never one given.
 */
const WISHED_BEFORE = new RegExp(lean(String.raw`\b(?:want|wants|wanted|wanting|aim|aims|aimed|aiming|hope|hopes|hoped|hoping|ambition|aspire|aspires|aspiring|determined|intend|intends|strive|strives|striving)\b[^.;:!?,]{0,60}\bto${GAP}(?:be|become|get|achieve|reach|earn|secure|gain)\b[^.;:!?,]{0,50}$`), "i");
const WISHED_GATE = /want|aim|hop|ambition|aspir|determined|intend|striv/i;
const WISHED_SPAN = 130;

/**
 * A rating whose subject is a bare count, the first words of its clause:
 * "of the 14 reports published this year, nine have come back
 * 'Inadequate'", "and six were rated 'Good'": a tally of other reports (or
 * of unnamed items), never a rating of what the document is about. Not
 * "all four were rated" (the count after "all" is a group's), nor a tally
 * whose list follows ("Three were rated 'Good': staff, …", LIST_OPENS_AFTER).
 */
const COUNT_SUBJECT_BEFORE = new RegExp(lean(String.raw`(?:^|[,;–—]|\b(?:and|but|while|whereas))\s{0,3}(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)${GAP}(?:of${GAP}(?:them|these|those)${GAP})?(?:(?:have|has|had)${GAP}(?:been${GAP})?|were${GAP}|are${GAP})?(?:come${GAP}back|came${GAP}back|rated|judged|graded)?${GAP}(?:as${GAP})?$`), "i");
/** After a tally's rating: a colon opening the list of what was so rated ("Three were rated 'Good': staff, …"), which names them. */
const LIST_OPENS_AFTER = /^[’'”"]?\s{0,3}:/;
/** How much of a sentence isRatingUse reads before the word (more than COUNT_SUBJECT_BEFORE's longest match, about 80). */
const LEFT_SPAN = 140;
const COUNT_SUBJECT_GATE = /\d|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty/i;

/**
 * A quoted rating as the inspectors' own word, then who said it: 'X
 * "requires improvement", inspectors have said', 'the unit is "inadequate",
 * the watchdog found'. The word is the predicate: the verb of the scale
 * ("requires improvement", "require improvement") straight after its subject,
 * or any word after "is", "was", "remains"... Read only for quoted words.
 */
const SAID_AFTER = new RegExp(lean(String.raw`^[’'”"]?[.,]?[’'”"]?\s{0,3},?\s{0,3}(?:the${GAP})?(?:inspectors?|inspectorate|(?:probation${GAP})?watchdog|(?:a|the)${GAP}report)${GAP}(?:(?:have|has|had)${GAP})?(?:said|say|says|found|find|finds|concluded|conclude|concludes|ruled|rule|rules|warned|warn|warns)\b`), "i");
const SAID_GATE = /inspector|watchdog|report/i;
const BE_BEFORE = new RegExp(lean(String.raw`\b(?:is|was|are|were|remains|remained|(?:has|have|had)${GAP}been|(?:is|was|are|were)${GAP}(?:still|now))${GAP}$`), "i");
/** The verb of the scale as written after a subject: "requires improvement", "require improvement" (never "requiring"). */
const REQUIRES_WORD = /^requires?\s/i;

function saidAfter(sentence: string, left: string, t: RatingToken, right: string): boolean {
  if (!SAID_GATE.test(right) || !SAID_AFTER.test(right)) return false;
  return REQUIRES_WORD.test(sentence.slice(t.start, t.end)) || BE_BEFORE.test(left.slice(-30));
}

/**
 * The verb of the scale quoted as the predicate of "which", "that", "it" or
 * "they": "out-of-court work, which 'requires improvement' in all four
 * standards", "it still 'requires improvement'". The marks make it the
 * scale's label; unquoted ("which requires improvement") it is any advice.
 */
const PRONOUN_SUBJECT_BEFORE = /\b(?:which|that|it|they)\s{1,3}(?:(?:still|now|also|both|all)\s{1,3})?$/i;

export function quotedScaleVerb(sentence: string, left: string, t: RatingToken): boolean {
  return t.quoted && REQUIRES_WORD.test(sentence.slice(t.start, t.end)) && PRONOUN_SUBJECT_BEFORE.test(left.slice(-24));
}

/** "told it requires improvement", "found to require improvement": see TOLD_BEFORE. */
function toldBefore(left: string, t: RatingToken, right: string): boolean {
  if (!TOLD_GATE.test(left)) return false;
  const end = left.slice(-40);
  // "found to" takes the verb of the scale only: "found to be good" is any praise
  if (t.rating === "Requires improvement" && FOUND_TO_BEFORE.test(end)) return STRICT_AFTER.test(right) || FOR_ASPECTS_AFTER.test(right);
  return TOLD_BEFORE.test(end) && STRICT_AFTER.test(right);
}

/** A rating verb or noun right before the word ("rated as", "the overall rating is"). */
function verbBefore(left: string): boolean {
  if (!VERB_BEFORE_GATE.test(left)) return false;
  const end = left.length > VERB_BEFORE_SPAN ? left.slice(-VERB_BEFORE_SPAN) : left;
  return VERB_BEFORE.test(end) || VERB_OBJECT_BEFORE.test(left) || NOUN_BEFORE.test(end);
}

/**
 * A rating given by another inspectorate ("rated 'Good' by Ofsted", "the
 * Care Quality Commission rated it 'Inadequate'"): never this inspection's.
 */
const OTHER_RATER_GATE = /Ofsted|Estyn|CQC|Care\s|HMIC/;
const OTHER_RATER = String.raw`(?:Ofsted|Estyn|CQC|HMICFRS|HMIC|(?:the\s{1,3})?Care\s{1,3}(?:Quality\s{1,3}Commission|Inspectorate(?:\s{1,3}Wales)?))`;
const OTHER_RATER_AFTER = new RegExp(lean(String.raw`^[’'”".]{0,2}\s{1,3}(?:overall\s{1,3})?by\s{1,3}${OTHER_RATER}\b`));
const OTHER_RATER_BEFORE = new RegExp(lean(String.raw`\b${OTHER_RATER}\s{1,3}(?:inspectors\s{1,3})?(?:has\s{1,3}|had\s{1,3})?(?:rated|judged|graded|found|gave|awarded)\b[^.;:!?]{0,60}$`));
const OTHER_RATER_SPAN = 90;

/**
 * A rating word that says how work was done in a share of cases ("judged
 * the quality of assessment to be poor in almost half of the cases", "good
 * in 12 of the 20 cases"): a finding about cases, never a rating.
 */
const CASE_SHARE_AFTER = new RegExp(lean(String.raw`^[’'”"]?\s{1,3}in\s{1,3}(?:[\w-]{1,15}\s{1,3}){0,6}(?:cases|case\s{1,3}files)\b`), "i");

/**
 * Whether a rating word reads as a rating in its sentence: quoted with a
 * capital, quoted after a rating verb or noun, or unquoted straight after a
 * rating verb / before "rating". "found inadequate work" is not one.
 * The wording that makes it a rating is read first, the exclusions ("at
 * least", "by Ofsted", "in half the cases") only when it is there: every test
 * is a pure one, so the answer is the same, and most words of prose ("good
 * practice") have no such wording and need no exclusion tried.
 */
export function isRatingUse(sentence: string, t: RatingToken): boolean {
  const left = sentence.slice(Math.max(0, t.outerStart - LEFT_SPAN), t.outerStart);
  const right = sentence.slice(t.outerEnd, t.outerEnd + 60);
  const leftNear = left.slice(-40);
  return readsAsRating(sentence, t, left, right, leftNear) && !excludedUse(left, right, leftNear);
}

/** The wording around a rating word that makes it a rating (isRatingUse without its exclusions). */
function readsAsRating(sentence: string, t: RatingToken, left: string, right: string, leftNear: string): boolean {
  if (t.quoted && t.capital) return true;
  const nounAfter = NOUN_AFTER_GATE.test(right) && NOUN_AFTER.test(right);
  if (t.quoted) {
    if (!t.capital && attributiveAspect(right, t) && !verbBefore(left)) return false;
    return verbBefore(left) || nounAfter || RATING_NOUN.test(sentence) || toldBefore(left, t, right) || saidAfter(sentence, left, t, right) || quotedScaleVerb(sentence, left, t) || quotedStep(left, leftNear);
  }
  if (nounAfter) return !ADVERB_BEFORE.test(leftNear) || DETERMINER_BEFORE.test(leftNear);
  if (verbBefore(left)) return PLAIN_AFTER.test(right) || (BE_AFTER.test(right) && RATED_AREA_BEFORE.test(leftNear));
  // "down from requires improvement at its last inspection": an old rating, named with the time it was given
  if (STEP_GATE.test(leftNear) && FROM_ON_GATE.test(leftNear) && STEP_FROM.test(left.slice(-STEP_SPAN))) return stepTimeAfter(right);
  return toldBefore(left, t, right);
}

/** A lower-case word straight after a closing quote mark: "’ leadership". */
const WORD_AFTER_QUOTE = /^\s{1,2}[a-z]/;

/**
 * A quoted adjective of the scale before the aspect it describes, with no
 * rating verb before it ("inspectors hail ‘outstanding’ leadership", "its
 * ‘good’ partnerships"): praise of that work, no rating given to the
 * provider. "Requires improvement" is no adjective.
 */
function attributiveAspect(right: string, t: RatingToken): boolean {
  if (t.rating === "Requires improvement" || !WORD_AFTER_QUOTE.test(right)) return false;
  const next = right.slice(0, 40);
  const first = aspectMentions(next)[0];
  return first !== undefined && first.start <= 3;
}

/** A quoted word after a step ("It’s up from ‘requires improvement’ when …"): the marks make it the scale's label, the old rating. */
function quotedStep(left: string, leftNear: string): boolean {
  return STEP_GATE.test(leftNear) && FROM_ON_GATE.test(leftNear) && STEP_FROM.test(left.slice(-STEP_SPAN));
}

/** A rating word that is no rating given whatever the wording: a bar ("at least"), an imagined, denied, hoped-for or wished-for one, a tally's, a share of cases, another inspectorate's. */
function excludedUse(left: string, right: string, leftNear: string): boolean {
  if (SUFFICIENTLY_GATE.test(leftNear) && SUFFICIENTLY_BEFORE.test(leftNear)) return true;
  if (THRESHOLD_GATE.test(leftNear) && THRESHOLD_BEFORE.test(leftNear)) return true;
  if (right.includes(" or ") && THRESHOLD_AFTER.test(right)) return true;
  if (HYPOTHETICAL_GATE.test(leftNear) && HYPOTHETICAL_BEFORE.test(leftNear)) return true;
  if (NEGATED_GATE.test(leftNear) && NEGATED_BEFORE.test(leftNear)) return true;
  if (HOPED_GATE.test(leftNear) && HOPED_BEFORE.test(leftNear)) return true;
  if (WISHED_GATE.test(left) && WISHED_BEFORE.test(left.slice(-WISHED_SPAN))) return true;
  // (its "^" is the sentence's start: a match from the start of a `left` cut shorter than the sentence would be longer than any)
  if (COUNT_SUBJECT_GATE.test(leftNear) && !LIST_OPENS_AFTER.test(right) && COUNT_SUBJECT_BEFORE.test(left)) return true;
  if (right.includes("case") && CASE_SHARE_AFTER.test(right)) return true;
  if (OTHER_RATER_GATE.test(right) && OTHER_RATER_AFTER.test(right)) return true;
  return OTHER_RATER_GATE.test(left) && OTHER_RATER_BEFORE.test(left.length > OTHER_RATER_SPAN ? left.slice(-OTHER_RATER_SPAN) : left);
}

const SCALE_WORDS = new RegExp(lean(String.raw`\b(?:scale|rating\s{1,3}system|four[- ](?:point|band|tier|grade)|ratings?\s{1,3}(?:are|is|range)|ranging\s{1,3}from|possible\s{1,3}ratings|grades\s{1,3}(?:are|range))\b`), "i");
const PRISON_GATE = /prison|reasonably|sufficiently|purposeful|rehabilitation/i;
const PRISON_TESTS = new RegExp(lean(String.raw`\b(?:healthy\s{1,3}prison|reasonably\s{1,3}good|not\s{1,3}sufficiently\s{1,3}good|purposeful\s{1,3}activity|rehabilitation\s{1,3}and\s{1,3}release\s{1,3}planning|outcomes\s{1,3}for\s{1,3}prisoners)\b`), "i");

const LIST_GAP = /^[\s,’'”"‘“/.]{0,6}(?:and|or|to|then)?[\s‘'“"]{0,4}$/i;

/** One bit per rating of the scale, for counting distinct ones without a Set. */
const RATING_BIT: Readonly<Record<Rating, number>> = { Outstanding: 1, Good: 2, "Requires improvement": 4, Inadequate: 8 };

/** How many different ratings the tokens name (new Set(ratings).size, without the set: this runs for every sentence with a rating use). */
function distinctRatings(toks: readonly RatingToken[]): number {
  let bits = 0;
  for (const t of toks) bits |= RATING_BIT[t.rating];
  let n = 0;
  for (; bits; bits &= bits - 1) n++;
  return n;
}

/** A sentence that explains the scale ("uses a four-point scale: 'Outstanding', 'Good'...") or a prison's tests. */
export function isScaleOrPrisonSentence(sentence: string, tokens?: RatingToken[]): boolean {
  if (PRISON_GATE.test(sentence) && PRISON_TESTS.test(sentence)) return true;
  const toks = tokens ?? ratingTokens(sentence);
  const distinct = distinctRatings(toks);
  if (distinct >= 2 && SCALE_WORDS.test(sentence) && !onlyPlaceOnScale(sentence)) return true;
  if (distinct < 3) return false;
  // the scale listed: "excellent, good, requires improvement and poor", "from 'Outstanding' to 'Inadequate'"
  let listed = 0;
  for (let i = 1; i < toks.length; i++) {
    const gap = sentence.slice(toks[i - 1]!.outerEnd, toks[i]!.outerStart);
    if (LIST_GAP.test(gap)) listed++;
  }
  return listed >= 2;
}

/**
 * A rating's place on the scale, said beside it: "– the highest of the four
 * possible ratings –", "(the lowest of four grades)". Its scale words
 * describe one rating given, not the scale.
 */
const PLACE_ON_SCALE = new RegExp(lean(String.raw`\b(?:the${GAP})?(?:second[- ])?(?:highest|lowest|top|bottom|best|worst)${GAP}of${GAP}(?:the${GAP})?(?:four|4)${GAP}(?:possible${GAP})?(?:ratings|grades)(?:${GAP}available)?`), "gi");
const PLACE_GATE = /highest|lowest|top|bottom|best|worst/i;

/** Whether SCALE_WORDS matches a sentence only inside PLACE_ON_SCALE phrases (asked only when it matches). */
function onlyPlaceOnScale(sentence: string): boolean {
  return PLACE_GATE.test(sentence) && !SCALE_WORDS.test(sentence.replace(PLACE_ON_SCALE, " "));
}

/** The rating words of a sentence that read as ratings. */
export function ratingUses(sentence: string): RatingToken[] {
  const tokens = ratingTokens(sentence);
  if (!tokens.length || isScaleOrPrisonSentence(sentence, tokens)) return [];
  return tokens.filter((t) => isRatingUse(sentence, t));
}

/** A rating word in a comparison, bounded like TOKEN_RE's: "poorly" and "goodwill" hold none. */
const CMP_RATING = String.raw`[‘'“"]?(?<![A-Za-z0-9])(${RATING_WORDS.slice(3, -1)})(?![A-Za-z0-9])[.’'”"]{0,2}`;
const UP_DOWN = new RegExp(lean(String.raw`^[’'”".]{0,2}\s{0,3}(?:(?:overall\s{1,3})?by\s{1,3}[^,;–—(]{1,60}?)?[,–—(-]?\s{0,3}(?:which\s{1,3}is\s{1,3}|an?\s{1,3})?(?:up|down|improved|improving|an\s{1,3}improvement|a\s{1,3}drop|a\s{1,3}fall|a\s{1,3}rise|rising|falling|dropping|moving|climbing|having\s{1,3}(?:improved|risen|fallen|dropped))\s{1,3}(?:on\s{1,3}|from\s{1,3})(?:its\s{1,3}|the\s{1,3}|a\s{1,3})?(?:previous\s{1,3}|earlier\s{1,3}|last\s{1,3})?${CMP_RATING}`), "i");
const SAME_AS = new RegExp(lean(String.raw`^[’'”".]{0,2}\s{0,3}(?:overall\s{0,3})?(?:by\s{1,3}[^,;–—(]{1,60}?)?[,–—(-]?\s{0,3}(?:which\s{1,3}is\s{1,3})?(?:(?:exactly\s{1,3})?the\s{1,3}same\s{1,3}(?:mark|rating|grade|score|result|judgement|verdict)?\s{0,3}as\s{1,3}(?:last|the\s{1,3}(?:last|previous)|its\s{1,3}(?:last|previous)|in\s{1,3}\d{4}|at\s{1,3}the)|(?:exactly\s{1,3})?the\s{1,3}same\s{1,3}(?:overall\s{1,3})?(?:mark|rating|grade|score|result|judgement|verdict)\s{1,3}(?:that\s{1,3})?(?:it|they|the\s{1,3}[\w-]{2,20})\s{1,3}(?:received|got|had|earned|achieved|was\s{1,3}given|were\s{1,3}given|was\s{1,3}awarded)\s{1,3}(?:at\s{1,3}(?:its|their|the)\s{1,3}(?:last|previous)\s{1,3}inspection|when\s{1,3}(?:it\s{1,3}was\s{1,3}|they\s{1,3}were\s{1,3})?last\s{1,3}inspected|last\s{1,3}time|in\s{1,3}(?:19|20)\d\d)|unchanged\s{1,3}from|as\s{1,3}(?:it\s{1,3}was\s{1,3})?(?:last|at\s{1,3}the\s{1,3}(?:last|previous)|in\s{1,3}\d{4}|previously)|again\s{1,3}(?:at|in)\s{1,3}(?:the|its)\s{1,3}(?:last|previous)|for\s{1,3}the\s{1,3}second\s{1,3}(?:inspection\s{1,3}in\s{1,3}a\s{1,3}row|consecutive|time\s{1,3}in\s{1,3}a\s{1,3}row|time\s{1,3}running))`), "i");
const FOR_SECOND = new RegExp(lean(String.raw`\bfor\s{1,3}(?:the\s{1,3})?(?:second|third|fourth)\s{1,3}(?:inspection\s{1,3}in\s{1,3}a\s{1,3}row|consecutive\s{1,3}(?:inspection|time)|time\s{1,3}in\s{1,3}a\s{1,3}row|successive\s{1,3}inspection)`), "i");
const COMPARED = new RegExp(lean(String.raw`^[’'”".]{0,2}\s{0,3}(?:(?:overall\s{1,3})?by\s{1,3}[^,;–—(]{1,60}?)?[,–—(-]?\s{0,3}(?:compared\s{1,3}(?:with|to)|against|from|having\s{1,3}been|after\s{1,3}being|previously|previously\s{1,3}rated|it\s{1,3}was\s{1,3}previously\s{1,3}rated|when\s{1,3}it\s{1,3}was\s{1,3}rated)\s{1,3}(?:as\s{1,3})?${CMP_RATING}\s{0,3}(?:rating\s{1,3})?(?:last\s{1,3}(?:time|year)|in\s{1,3}(?:\w{3,9}\s{1,3})?\d{4}|at\s{1,3}(?:the|its)\s{1,3}(?:last|previous)|previously|before|when)`), "i");

/** Words UP_DOWN, COMPARED and FOR_SECOND cannot match without. */
const UP_DOWN_GATE = /up|down|improv|drop|fall|rise|rising|moving|climbing|having/i;
const COMPARED_GATE = /compared|against|from|having|after|previously|when/i;
const ORDINAL_GATE = /second|third|fourth/i;
const SAME_GATE = /same|unchanged|second/i;
const AS_GATE = /as|again/i;
const LAST_GATE = /last|previous|\d/i;

/** A necessary condition for SAME_AS: "same", "unchanged", "second", or "as"/"again" with "last"/"previous"/a year. */
function maySayTheSame(text: string): boolean {
  return SAME_GATE.test(text) || (AS_GATE.test(text) && LAST_GATE.test(text));
}

/**
 * A comparison stated right after a rating ("– up from 'Requires
 * improvement' last time", "the same mark as last year"): the previous
 * rating, or null when none is stated.
 */
export function previousAfter(sentence: string, t: RatingToken, clauseEnd: number): Rating | null {
  const right = sentence.slice(t.outerEnd, Math.min(clauseEnd, t.outerEnd + 160));
  // UP_DOWN and COMPARED name the old rating: no rating word, no need to run them
  if (RATING_WORD_GATE.test(right)) {
    const ud = UP_DOWN_GATE.test(right) ? UP_DOWN.exec(right) : null;
    if (ud) return normaliseRating(ud[1]!);
    const cmp = COMPARED_GATE.test(right) ? COMPARED.exec(right) : null;
    if (cmp) return normaliseRating(cmp[1]!);
  }
  if (maySayTheSame(right) && SAME_AS.test(right)) return t.rating;
  const head = right.slice(0, 100);
  if (ORDINAL_GATE.test(head) && FOR_SECOND.test(head)) return t.rating;
  return null;
}

const TRANSITION = new RegExp(lean(String.raw`\b(?:moves|moved|climbs|climbed|improves|improved|improving|moving|risen|rose|rising|fallen|fell|falling|dropped|dropping|slipped|slipping|gone\s{1,3}(?:up|down)|went\s{1,3}(?:up|down)|upgraded|downgraded)\s{1,3}from\s{1,3}${CMP_RATING}\s{1,3}(?:\w{1,12}\s{1,3}){0,3}?to\s{1,3}$`), "i");
const RETAINED = new RegExp(lean(String.raw`\b(?:retained|retaining|retains|retain|maintained|maintaining|maintains|maintain|kept|keeps|keeping|keep|held\s{1,3}on\s{1,3}to|holds\s{1,3}on\s{1,3}to|held|holds|again\s{1,3}(?:rated|judged|graded)(?:\s{1,3}as)?)\s{1,3}(?:its|their|the|a|an|his|her)?\s{0,3}(?:overall\s{1,3})?$`), "i");
const PREVIOUSLY = new RegExp(lean(String.raw`\b(?:previously|formerly|last\s{1,3}time|at\s{1,3}(?:the|its)\s{1,3}(?:last|previous)\s{1,3}inspection|in\s{1,3}(?:the|its)\s{1,3}(?:last|previous)\s{1,3}inspection)\s{1,3}(?:been\s{1,3})?(?:rated|judged|graded|assessed|deemed|ranked)?\s{0,3}(?:as\s{1,3})?(?:being\s{1,3})?$`), "i");

/**
 * "up from the", "a step up from its", "an improvement on the previous",
 * "down from", "an improvement on its previous rating of", "a drop from
 * the": the rating word after it is the one given last time.
 */
const STEP_FROM = new RegExp(lean(String.raw`\b(?:an?${GAP}(?:(?:big|significant|welcome|clear)${GAP})?(?:step|move|jump|climb|rise)${GAP}up|an?${GAP}(?:step|move|drop|fall|slip)${GAP}down|an?${GAP}(?:(?:big|sharp|significant)${GAP})?(?:drop|fall|rise)(?=${GAP}from)|an${GAP}improvement|up|down|improved|improving|rising|risen|falling|fallen|dropping|dropped|slipping|slipped|climbing|climbed)${GAP}(?:from|on)${GAP}(?:the${GAP}|its${GAP}|their${GAP}|a${GAP})?(?:previous${GAP}|earlier${GAP}|last${GAP}|former${GAP}|old${GAP})?(?:(?:overall${GAP})?(?:rating|grade|judgement)${GAP}of${GAP})?$`), "i");
/** Words STEP_FROM cannot match without, at a word start. */
const STEP_GATE = /\b(?:up|down|improv|ris|fall|drop|slip|climb)/i;
const STEP_SPAN = 90;
/**
 * STEP_FROM's "from" or "on", white space on both sides, ends a match but
 * for at most 52 characters (GAP, "their", GAP, "previous", GAP, "overall",
 * GAP, "judgement", GAP, "of", GAP): it lies in the last STEP_TAIL_SPAN
 * characters. Most words before a rating have no
 * "from" or "on" there, and STEP_GATE's "up" (in "support", "update"...) is
 * common: this test first.
 */
const STEP_TAIL = /\s(?:from|on)\s/i;
const STEP_TAIL_SPAN = 57;

const FROM_BEFORE = /\bfrom\s{1,3}$/i;
const FROM_ON_GATE = /\b(?:from|on)\b/i;
const STEP_YEAR_AFTER = /^[’'”".]{0,2}\s{0,3},?\s{0,3}in\s{1,3}(?:\w{3,9}\s{1,3})?(?:19|20)\d\d\b/i;

/** After an unquoted old rating of a step: when it was given ("at its last inspection", "in 2019", "last time"). */
function stepTimeAfter(right: string): boolean {
  return (EARLIER_GATE.test(right) && EARLIER_AFTER.test(right)) || (CENTURY_GATE.test(right) && STEP_YEAR_AFTER.test(right));
}
/** "… to 'Good'" after an old rating, a short time phrase at most between ("from 'Good' last time to 'Inadequate'"). */
const TO_RATING_AFTER = new RegExp(lean(String.raw`^[.’'”"]{0,2}\s{1,3}(?:\w{1,12}\s{1,3}){0,3}?to\s{1,3}${CMP_RATING}`), "i");
/** Words TRANSITION, RETAINED, PREVIOUSLY and EARLIER_AFTER cannot match without, at a word start as there; IN_YEAR needs "19" or "20". */
const FROM_GATE = /\bfrom/i;
const RETAINED_GATE = /\b(?:retain|maintain|kept|keep|held|holds|again)/i;
/**
 * The most characters a RETAINED match spans ("again graded as", "their",
 * "overall" with three spaces after each word: 40), and one before it for
 * its \b: it is tested, with its gate, on that end of the words before the
 * rating only (the pattern is anchored at the end, but tried from every
 * place). PREVIOUSLY's longest ("at the previous inspection been assessed
 * as being ", three spaces each): 66, and one.
 */
const RETAINED_SPAN = 41;
const PREVIOUSLY_SPAN = 67;
/*
 * PREVIOUSLY's every alternative holds "previous", "formerly" or "last" (its
 * "inspection" comes after one of them), EARLIER_AFTER's "last", "previous",
 * "earlier" or "when", each at the start of a word: "inspection", in most
 * sentences of a release, is no gate.
 */
const PREVIOUSLY_GATE = /\b(?:previous|formerly|last)/i;
const EARLIER_GATE = /\b(?:last|previous|earlier|when)/i;
const CENTURY_GATE = /19|20/;
const EARLIER_AFTER = new RegExp(lean(String.raw`^[’'”".]{0,2}\s{0,3}(?:(?:at|in|during|following|after)${GAP}(?:the|its|their)${GAP}(?:[\w-]{2,20}['’]s${GAP})?(?:last|previous|earlier)${GAP}inspection|(?:the${GAP})?(?:last|previous)${GAP}time|when${GAP}(?:it${GAP}was${GAP}|last${GAP})(?:last${GAP})?inspected|previously)`), "i");
/**
 * A move out of a rating ("climbs out of 'Inadequate'", "has been lifted out
 * of the 'inadequate'", "hauled itself out of"): the rating after it is the
 * one left behind, the previous one.
 */
const OUT_OF = new RegExp(lean(String.raw`\b(?:climbs?|climbed|climbing|moves?|moved|moving|comes?|came|coming|gets?|got|getting|lifts?|lifted|lifting|hauls?|hauled|hauling|pulls?|pulled|pulling|drags?|dragged|dragging|crawls?|crawled|crawling|emerges?|emerged|emerging|breaks?|broke|broken|breaking|steps?|stepped|stepping|rises?|rose|risen|rising)${GAP}(?:(?:itself|themselves)${GAP})?out${GAP}of${GAP}(?:the${GAP}|its${GAP}|their${GAP}|an?${GAP})?$`), "i");
/** OUT_OF's longest match ("dragging themselves out of their ", three spaces each) and one before it for its \b. */
const OUT_OF_SPAN = 50;
const WAS_RATED_BEFORE = new RegExp(lean(String.raw`\b(?:was|were|had\s{1,3}been)\s{1,3}(?:rated|judged|graded)\s{1,3}(?:as\s{1,3})?$`), "i");
/**
 * "It was last inspected in 2018, when it was rated", "was previously
 * inspected in 2019, when it was rated", "when it was last
 * inspected, in March 2017, the trust was rated", "At its last inspection, in
 * 2019, the service was rated", "When inspectors last called, in October
 * 2022, the unit was rated", "When the service was last inspected in 2018,
 * under the former chief inspector, it was rated": the rating after it is
 * the one given at that inspection.
 */
const LAST_VISIT_BEFORE = new RegExp(lean(String.raw`\b(?:(?:last|previously)${GAP}inspected|(?:inspectors?|we|they)${GAP}last${GAP}(?:called|visited|came)|(?:at|in|during)${GAP}(?:the|its|their)${GAP}(?:last|previous)${GAP}inspection)\b[^.;:!?‘“'"]{0,90}?(?:,${GAP}when|\swhen|,)${GAP}(?:it|they|the${GAP}[\w-]{2,20}|[A-Z][\w-]{1,20})${GAP}(?:was|were)${GAP}(?:rated|judged|graded)${GAP}(?:as${GAP})?$`), "i");
const LAST_VISIT_GATE = /(?:last|previously)\s{1,3}(?:inspected|called|visited|came)|(?:last|previous)\s{1,3}inspection/i;
/** "… two years ago", "by its inspectors three years ago": a time before this inspection, in the rating's clause. */
const YEARS_AGO_AFTER = new RegExp(lean(String.raw`^[’'”".]{0,2}(?:${GAP}(?:by|when|at|from)${GAP}[^.;:!?,()–—]{1,50}?)?${GAP}(?:a|an|some|(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2}))${GAP}years?${GAP}ago\b`), "i");
const IN_YEAR = /\bin\s{1,3}(?:\w{3,9}\s{1,3})?(?:19|20)\d\d\b/;
const PREVIOUS_WORD = /\b(?:previous|last|earlier|before|prior)\b/i;
/** "progress since the unit was rated", "improved since it was judged": the time since a rating given before (then a year: "… 'Inadequate' in 2022"). */
const SINCE_RATED_BEFORE = new RegExp(lean(String.raw`\bsince${GAP}(?:it|they|the${GAP}[\w-]{2,20})${GAP}(?:was|were|had${GAP}been)${GAP}(?:rated|judged|graded)${GAP}(?:as${GAP})?$`), "i");
/**
 * A change since a rating ("have improved since they were rated", "has made
 * progress since it was judged", "got better since the unit was graded"):
 * the change came after that rating, so it is an earlier one, year or none.
 * ("Since it was rated 'Inadequate' in June, managers have …", no change
 * before "since", may be this inspection's own.)
 */
const CHANGED_SINCE_RATED_BEFORE = new RegExp(lean(String.raw`\b(?:improved|improving|improvements?|progress|progressed|better|changed)${GAP}(?:[a-z]{2,15}${GAP}){0,2}?since${GAP}(?:it|they|the${GAP}[\w-]{2,20})${GAP}(?:was|were|had${GAP}been)${GAP}(?:rated|judged|graded)${GAP}(?:as${GAP})?$`), "i");
/** CHANGED_SINCE_RATED_BEFORE's longest match ("improvements", two 15-letter words, "since the", a 20-letter word, "had been graded as", three spaces each), and one for its \b. */
const CHANGED_SINCE_SPAN = 120;
const CHANGED_SINCE_GATE = /\bsince\s/i;

/** "… is now judged to be good", "has now been rated": a rating now, after one given in a year before. */
const NOW_RATED = new RegExp(lean(String.raw`\bnow${GAP}(?:been${GAP})?(?:rated|judged|graded|deemed|assessed|ranked)\b`), "i");

/** "which was rated 'Inadequate' in 2019, is now judged …": the sentence rates again, now, after the word. */
function nowRatedAfter(sentence: string, t: RatingToken): boolean {
  const after = sentence.slice(t.outerEnd, t.outerEnd + 160);
  return after.includes("now") && NOW_RATED.test(after);
}

/** A comparison stated before a rating: "improved from 'Inadequate' to" (prev), "retaining its" (same), "previously rated" (the word IS the previous rating). */
export function comparisonBefore(sentence: string, t: RatingToken): { previous: Rating | null; isPrevious: boolean; step?: boolean } {
  const left = sentence.slice(Math.max(0, t.outerStart - 120), t.outerStart);
  // "up from the 'Requires improvement' (it was given in 2019)": this word is the old rating, the new one stated before it
  const stepLeft = left.slice(-STEP_SPAN);
  if (STEP_TAIL.test(left.slice(-STEP_TAIL_SPAN)) && STEP_GATE.test(stepLeft) && STEP_FROM.test(stepLeft) && !TO_RATING_AFTER.test(sentence.slice(t.outerEnd, t.outerEnd + 40))) {
    return { previous: t.rating, isPrevious: true, step: true };
  }
  const hasFrom = FROM_GATE.test(left);
  // "moves from 'Inadequate' to 'Good'": this word is the old rating
  if (hasFrom && FROM_BEFORE.test(left) && TO_RATING_AFTER.test(sentence.slice(t.outerEnd, t.outerEnd + 40))) {
    return { previous: t.rating, isPrevious: true };
  }
  const tr = hasFrom ? TRANSITION.exec(left) : null;
  if (tr) return { previous: normaliseRating(tr[1]!), isPrevious: false };
  // "climbs out of 'Inadequate'": this word is the rating left behind
  const outLeft = left.slice(-OUT_OF_SPAN);
  if (outLeft.includes(" out of") && OUT_OF.test(outLeft)) return { previous: t.rating, isPrevious: true };
  const retainedLeft = left.slice(-RETAINED_SPAN);
  if (RETAINED_GATE.test(retainedLeft) && RETAINED.test(retainedLeft)) return { previous: t.rating, isPrevious: false };
  const previouslyLeft = left.slice(-PREVIOUSLY_SPAN);
  if (PREVIOUSLY_GATE.test(previouslyLeft) && PREVIOUSLY.test(previouslyLeft)) return { previous: t.rating, isPrevious: true };
  // "was rated 'Good' at its last inspection" / "in 2019": the word itself is the old rating
  const right = sentence.slice(t.outerEnd, t.outerEnd + 80);
  if (EARLIER_GATE.test(right) && EARLIER_AFTER.test(right)) {
    return { previous: t.rating, isPrevious: true };
  }
  if (LAST_VISIT_GATE.test(left) && LAST_VISIT_BEFORE.test(left)) return { previous: t.rating, isPrevious: true };
  // "was rated 'Inadequate' by the inspectors two years ago": the word is the old rating
  if (right.includes("ago") && YEARS_AGO_AFTER.test(right) && WAS_RATED_BEFORE.test(left)) return { previous: t.rating, isPrevious: true };
  // "have improved since they were rated inadequate": the word is the old rating
  if (CHANGED_SINCE_GATE.test(left) && CHANGED_SINCE_RATED_BEFORE.test(left.slice(-CHANGED_SINCE_SPAN))) return { previous: t.rating, isPrevious: true };
  // the year test first: it is the cheapest and the rarest
  const near = right.slice(0, 30);
  if (CENTURY_GATE.test(near) && IN_YEAR.test(near) && WAS_RATED_BEFORE.test(left) && (PREVIOUS_WORD.test(sentence) || nowRatedAfter(sentence, t) || (left.includes("since") && SINCE_RATED_BEFORE.test(left)))) {
    return { previous: t.rating, isPrevious: true };
  }
  return { previous: null, isPrevious: false };
}

/**
 * A verb right after a parenthetical ", however," / ", though," /
 * ", meanwhile,": "Unpaid work, however, was rated 'good'" is one clause
 * (its subject before the aside), where "Leadership was good, however,
 * unpaid work ..." is two.
 */
const PARENTHESIS_VERB = String.raw`(?:was|were|is|are|has|had|have|received|got|earned|scored|remained|stayed|kept|retained|achieved)\b`;

/** Clause boundaries within a sentence, for pairing a rating with what it rates. */
export const CLAUSE_BREAK = new RegExp(lean(String.raw`;|\s(?:but|while|whereas|although|yet|(?:though|however|meanwhile)\b(?!,${GAP}${PARENTHESIS_VERB}))\b|,${GAP}(?:and${GAP})?(?:while|whereas|although|but|though\b(?!,${GAP}${PARENTHESIS_VERB}))\b`), "gi");


/** The clause [start, end) of a sentence around a position. */
export function clauseAround(sentence: string, pos: number): { start: number; end: number } {
  return clauseOf(clauseBreaks(sentence), sentence.length, pos);
}

/** The clause breaks of a sentence, flat: [start0, end0, start1, end1, ...] (one scan for all its rating words). */
export function clauseBreaks(sentence: string): number[] {
  const out: number[] = [];
  // no word gate first: CLAUSE_BREAK starts at ";", "," or a space and is
  // cheaper to run than a gate of its words would be
  CLAUSE_BREAK.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CLAUSE_BREAK.exec(sentence))) out.push(m.index, m.index + m[0].length);
  return out;
}

/** The clause [start, end) around a position, from the breaks of its sentence (of length `length`). */
export function clauseOf(breaks: readonly number[], length: number, pos: number): { start: number; end: number } {
  let start = 0;
  let end = length;
  for (let i = 0; i < breaks.length; i += 2) {
    const bStart = breaks[i]!;
    const bEnd = breaks[i + 1]!;
    if (bEnd <= pos) start = bEnd;
    else if (bStart >= pos) {
      end = bStart;
      break;
    }
  }
  return { start, end };
}
