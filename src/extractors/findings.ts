/**
 * findings: bullet-list findings that the document presents as strengths
 * ("Inspectors were pleased to find that:", "Key strengths ... are as
 * follows:", "What's working well") or as concerns ("concerned to find",
 * "areas for improvement", "requiring improvement are as follows", "Areas
 * for development"). Each bullet is one finding, as written, without a
 * trailing ";" or "; and". Lists without such a lead-in (news menus,
 * navigation, notes to editors, aspect ratings, recommendations) are not
 * findings.
 */
import type { Block, Doc, List } from "../segment/types.js";
import { found, spanOf, type Extractor, type Found } from "./types.js";
import { lean } from "./lib/numbers.js";
import { foldSpace } from "../blocks/normalise.js";

type Side = "findings.strengths" | "findings.concerns";

// STRENGTH and CONCERN are built with lean(): cheap to compile.
const STRENGTH = new RegExp(
  lean(
    String.raw`\b(?:strengths?|strongest|pleased (?:to (?:find|see|note|report)|that|with)|(?:what|which|things)(?: (?:we|inspectors|they|the report) (?:found|saw|said|says))?(?:['’]s| is| are| was| were)? (?:working|going|done) well|what(?:['’]s| is| was| were)? working$|what (?:has )?worked$|what works|worked well|works well|positives?\b|positive (?:findings|aspects|practice|features)|(?:areas?|examples?) of (?:good|strong|effective|notable) (?:practice|work)|good practice|(?:effective|good|strong|positive|notable|promising) (?:practice|work)(?: was| were)? (?:found|seen|noted|identified)?\s?:|(?:some|pockets of) (?:effective|good|strong|positive|notable|promising|encouraging) (?:practice|work)|examples of (?:positive|promising|encouraging) (?:practice|work)|encouraging (?:practice|signs|work|progress)|(?:did|does|doing) well|impressed|praise[ds]?|commended|(?:reasons?|grounds|cause) for (?:encouragement|optimism)|encouraged (?:to (?:find|see)|by|that)|highlights? included|notable successes|(?:things|much|something|plenty|a lot|a good deal) to (?:praise|commend|celebrate)|(?:where|what) (?:we|inspectors|they)(?: have)? (?:saw|seen|found|noted|observed) (?:progress|improvements?)|(?:what|things) (?:we|inspectors|they|the inspectors)(?: (?:especially|particularly|really|most))? (?:liked|praised|admired|valued)(?! less)|(?:signs|areas) of progress|progress (?:made|seen|included))\b`,
  ),
  "i",
);

const CONCERN = new RegExp(
  lean(
    String.raw`\b(?:concern(?:s|ed|ing)?|worr(?:y|ied|ying)|areas? (?:(?:identified|highlighted|singled out|picked out) )?(?:for|of|requiring|needing|that (?:need|require)s?|which (?:need|require)s?|in need of) (?:further )?(?:improvement|development|attention|concern)|(?:requir(?:es|ing|e)|need(?:s|ing)?|in need of) (?:further |significant |some )?improvement|improvements? (?:is|are|were|was) (?:needed|required)|(?:want|wants|wanted|would like|expect|expects|hope|hopes) to see (?:further |more |some |an |real |significant )?improve(?:d|ments?)?|room for (?:further |some |significant )?improvement|need(?:s|ed)? to improve|(?:where|areas?|things|what)\b[^.:;]{0,40}?(?:must|has to|have to|needs? to) (?:still )?(?:improve|get better|work on)|(?:should|must|could) (?:still )?improve (?:in |on )?(?:these|the following)|to be improved|weakness(?:es)?|shortcomings|fell short|found wanting|(?:what|which|things)(?: (?:we|inspectors|they|the report) (?:found|saw|said|says))?(?:['’]s| is| are)? (?:not working|needs? (?:to )?improv\w*|needs? fixing|could (?:be|go) better)|areas? (?:still )?to (?:improve|develop)|what (?:isn['’]t|doesn['’]t|does not|aren['’]t)(?: working| work)?|what (?:is|are) not$|even better if|disappointed|critical of|poor practice|deficiencies|failings|(?:what|which|things)(?:['’]s| is| are)? (?:needs?|has|have) to change|needs? to change|must change|(?:significant|serious|major|several|some|a number of|persistent|key) (?:problems|difficulties|gaps|weaknesses)|problems (?:were|remain(?:ed)?) :?|(?:were|was|are|is) (?:also )?(?:significant |serious )?problems|not (?:good|well) enough|less positive|more needs to be done)\b`,
  ),
  "i",
);

/** Lead-ins and headings whose lists are never findings. */
const NOT_FINDINGS = /\b(?:recommend(?:s|ed|ations?)?|top (?:news )?stories|most read|read more|related|notes? to editors|contact|rated|ratings?|graded|scored|follow us|share)\b/i;

const RATING_ITEM = /^[^:–—-]{1,80}[:–—-]\s*['‘’"“”]?(?:outstanding|good|requires improvement|requiring improvement|inadequate)\b/i;

/** The finding's text: trailing ";", "; and", ", and", "and" removed; a final full stop kept. */
export function cleanFinding(text: string): string {
  let t = foldSpace(text);
  for (let i = 0; i < 3; i++) {
    const before = t;
    t = t.replace(/(?:[;,] ?(?:and|or)?| (?:and|or))$/i, "").trim();
    if (t === before) break;
  }
  return t;
}

/**
 * A lead-in whose list finishes its sentence with what is still to do:
 * "The report says the service needs to:", "… the team has to:".
 */
const NEEDS_TO_LEAD = /\b(?:needs?|has|have)\s{1,3}to\s{0,2}:\s{0,3}$/i;
/**
 * The same after reported speech: "But it said the service should:", "The
 * report found that the team must:". A verb of saying is needed: "The PDU
 * should:" alone heads a list of recommendations.
 */
const SAID_SHOULD_LEAD = /\b(?:said|says|found|concluded|added|warned)\s{1,3}(?:that\s{1,3})?(?:the|its|this)\s{1,3}(?:[\w’'-]{1,25}\s{1,3}){1,4}?(?:should|must)(?:\s{1,3}(?:now|still|also))?\s{0,2}:\s{0,3}$/i;

function classify(text: string): Side | null {
  const t = text.length > 600 ? text.slice(-600) : text;
  if (NOT_FINDINGS.test(t) && !/\b(?:strengths?|concern\w*|areas? for (?:improvement|development))\b/i.test(t)) return null;
  const s = STRENGTH.test(t);
  // (the cheap test first: the lead-in ends with a colon)
  const c = CONCERN.test(t) || (t.trimEnd().endsWith(":") && (NEEDS_TO_LEAD.test(t) || SAID_SHOULD_LEAD.test(t)));
  if (s && !c) return "findings.strengths";
  if (c && !s) return "findings.concerns";
  if (s && c) {
    // "Key strengths ... but inspectors were concerned" is ambiguous; a lead-in
    // ending with the side it introduces settles it ("However, ... concerned to find that:").
    const sLast = lastIndex(t, STRENGTH);
    const cLast = lastIndex(t, CONCERN);
    if (Math.abs(sLast - cLast) > 40) return sLast > cLast ? "findings.strengths" : "findings.concerns";
  }
  return null;
}

function lastIndex(text: string, re: RegExp): number {
  const g = new RegExp(re.source, "gi");
  let last = -1;
  let m: RegExpExecArray | null;
  let n = 0;
  while ((m = g.exec(text)) && n++ < 50) last = m.index;
  return last;
}

/**
 * A lead-in naming the areas a service will now work on ("Areas the service
 * will now build on include:", "Things the team will focus on next:"): with
 * items written as actions (ACTION_ITEM), a list of what is to improve.
 */
const WORK_ON_LEAD = /\b(?:areas?|things|priorities)\b[^.:;]{0,40}?\b(?:will|plans? to|intends? to|(?:is|are) going to)\s(?:now\s|next\s)?(?:build on|work on|focus on|develop|improve|strengthen|address)\b/i;
/** An item written as an action to take: "making sure …", "better recording of …", "strengthening …". */
const ACTION_ITEM = /^(?:[a-z]{2,20}ing|better|more|greater|clearer|fuller|stronger)\s/;

/** Two items or more, each written as an action (ACTION_ITEM), none ending on a colon. */
function actionItems(items: Block[]): boolean {
  return items.length >= 2 && items.every((b) => {
    const t = b.text.trim();
    return !t.endsWith(":") && ACTION_ITEM.test(t);
  });
}

/** Which side a list stands on: its lead-in decides, else its heading. */
export function sideOf(list: List): Side | null {
  const lead = list.leadIn;
  if (lead && lead.kind !== "heading") {
    // A lead-in introduces the list: it ends with a colon, is short, or says
    // "as follows"; a story paragraph that happens to precede a list does not.
    const introduces = lead.text.trimEnd().endsWith(":") || lead.text.length <= 120 || /\b(?:as follows|the following|following (?:areas|strengths|concerns))\b/i.test(lead.text);
    if (!introduces) return null;
    const side = classify(lead.text);
    if (side) return side;
    // (the cheap test first: the lead-in says "on", "develop", "improve", "strengthen" or "address")
    if (/\b(?:on|develop|improve|strengthen|address)\b/i.test(lead.text) && WORK_ON_LEAD.test(lead.text) && actionItems(list.items)) return "findings.concerns";
  }
  const heading = list.heading ?? (lead?.kind === "heading" ? lead : null);
  if (heading && heading.text.length <= 120) return classify(heading.text);
  return null;
}

/** A neutral lead-in that introduces what inspectors found, good and bad alike ("Inspectors found that:", "The report also said that:"). */
const NEUTRAL_LEAD = /\b(?:(?:inspectors|we|they|the inspection|the report) (?:also )?(?:found|find|noted|concluded|identified|highlighted|said|says)|(?:key |main |our )?findings)\b[^.]{0,80}:\s*$/i;
/** A lead-in that opens with a turn ("However, inspectors also found that:", "But they found:"). */
const CONTRAST_LEAD = /^(?:however|but|on the other hand|nevertheless|by contrast|in contrast|conversely)\b/i;
/** A lead-in that is only a turn: "However:", "But:". */
const BARE_CONTRAST = /^(?:however|but|on the other hand|by contrast|in contrast|conversely)\s{0,2}:$/i;
/** At most this many blocks between the list before and a contrasting lead-in. */
const CONTRAST_GAP = 3;

/** An item that turns from the good to the bad: "…; but", "…, however". */
const PIVOT = /(?:[;,]\s{0,3}|\s)(?:but|however|whereas|although)[.,:]?$/i;
/** Words a shortcoming is written in. */
const NEGATIVE = /\b(?:not|no|never|too (?:few|many|little|much|slow)|insufficient(?:ly)?|inadequate(?:ly)?|poor(?:ly)?|lack(?:ed|ing)?|fail(?:ed|ing|s)?|weak(?:ness|nesses)?|limited|rarely|inconsistent(?:ly)?|delays?|backlogs?|unclear)\b/i;

/** "strengths and weaknesses" (either way round): a pair named together, no shortcoming ("understood the unit's strengths and weaknesses"). */
const BOTH_SIDES = /\b(?:strengths\s{1,3}and\s{1,3}weaknesses|weaknesses\s{1,3}and\s{1,3}strengths)\b/gi;

/** Whether an item is written with a word of shortcoming (NEGATIVE's), a pair of both sides aside. */
function negative(text: string): boolean {
  if (!NEGATIVE.test(text)) return false;
  return !text.includes("eaknesses") || NEGATIVE.test(text.replace(BOTH_SIDES, " "));
}

/**
 * A neutral "Inspectors found that:" list whose items turn once from the good
 * to the bad at an item ending "; but": the items up to that one are
 * strengths, the rest concerns, when the rest are written as shortcomings.
 */
function pivotSides(items: Block[]): Side[] | null {
  const pivots = items.map((b, i) => (PIVOT.test(b.text.trim()) ? i : -1)).filter((i) => i >= 0);
  if (pivots.length !== 1) return null;
  const at = pivots[0]!;
  const after = items.slice(at + 1);
  if (at < 0 || after.length === 0) return null;
  const before = items.slice(0, at + 1);
  if (after.filter((b) => negative(b.text)).length * 2 < after.length) return null;
  if (before.filter((b) => negative(b.text)).length * 2 > before.length) return null;
  return items.map((_, i) => (i <= at ? "findings.strengths" : "findings.concerns"));
}

/** Words a shortcoming of a share or a count is written in ("only 38 of the 94 cases", "fewer than half", "few staff had"). */
const SHORT_OF = /^(?:only|few|too few)\b|\b(?:fewer|less) than\b|\bonly (?:a (?:minority|handful|third|quarter)|\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|half|some)\b/i;

/**
 * Whether every item (three at least, none ending on a colon) is written as
 * a shortcoming: NEGATIVE's words or SHORT_OF's.
 */
function allShortcomings(items: Block[]): boolean {
  if (items.length < 3) return false;
  return items.every((b) => {
    const t = b.text.trim();
    return !t.endsWith(":") && (negative(t) || SHORT_OF.test(t));
  });
}

/** A list of shortcomings: allShortcomings or mostlyShortcomings. */
function shortcomings(items: Block[]): boolean {
  return allShortcomings(items) || mostlyShortcomings(items);
}

/** Words a finding that is plainly good is written in ("well", but not "well above the norm"). */
const POSITIVE = /\b(?:good|well(?! (?:above|below|over|under|short|behind|beyond)\b)|effective(?:ly)?|strong(?:ly)?|positive(?:ly)?|improved|constructive|helpful|impressive|excellent|strengths?)\b/i;

/**
 * Four or more items, all written as shortcomings but one, and none written
 * as a good thing ("practitioners had little training", "letters were often
 * the only way in"): a neutral "Inspectors found:" list of concerns.
 */
function mostlyShortcomings(items: Block[]): boolean {
  if (items.length < 4) return false;
  const short = shortcomingCount(items);
  return short >= 0 && items.length - short <= 1;
}

/**
 * How many items are written as shortcomings (NEGATIVE's or SHORT_OF's
 * words); -1 when any is written as a good thing (POSITIVE) or ends on a
 * colon (a lead-in, not an item).
 */
function shortcomingCount(items: Block[]): number {
  let short = 0;
  for (const b of items) {
    const t = b.text.trim();
    if (t.endsWith(":") || POSITIVE.test(t)) return -1;
    if (negative(t) || SHORT_OF.test(t)) short++;
  }
  return short;
}

/** A lead-in that adds to what came before ("Inspectors also found that:", "But the report also said that:"). */
const ALSO_LEAD = /\balso (?:found|noted|identified|concluded|said|says)\b/i;

/**
 * A neutral "Inspectors found that:" list with no item written as a
 * shortcoming, followed closely by an "Inspectors also found that:" list
 * whose items all are: the first list holds the strengths.
 */
function strengthsBeforeConcerns(doc: Doc, list: List, next: List | undefined, items: Block[]): boolean {
  if (!next || items.length < 2 || !next.leadIn || next.leadIn.kind === "heading") return false;
  const last = list.items[list.items.length - 1]!;
  if (next.leadIn.index - last.index > CONTRAST_GAP) return false;
  const nextLead = next.leadIn.text.trim();
  const also = ALSO_LEAD.test(nextLead) && NEUTRAL_LEAD.test(nextLead);
  const nextConcerns = !also && sideOf(next) === "findings.concerns";
  // "However, inspectors were concerned to find that:": a turn to lead-in words of concern
  const turnToConcerns = nextConcerns && CONTRAST_LEAD.test(nextLead);
  // "They said the team should improve in these areas:" close below the list (a paragraph or two
  // between), whose items are mostly written as good things ("Inspectors were also concerned": the
  // list before was of concerns too)
  const besideConcerns = nextConcerns && !turnToConcerns && !/\balso\b/i.test(nextLead);
  if (!also && !turnToConcerns && !besideConcerns && !BARE_CONTRAST.test(nextLead)) return false;
  if (items.some((b) => b.text.trim().endsWith(":"))) return false;
  // after a turn to concerns ("However, inspectors were concerned that:"), one item of four or more may
  // hold a word of shortcoming ("were reported for breach when they failed to comply")
  const short = items.filter((b) => negative(b.text) || SHORT_OF.test(b.text.trim())).length;
  if (short > (turnToConcerns && items.length >= 4 ? 1 : 0)) return false;
  if (besideConcerns) return items.filter((b) => POSITIVE.test(b.text)).length * 2 >= items.length;
  const after = itemsOf(doc, next);
  // "Inspectors also found that:" must be all shortcomings; after a bare "However:", or a turn before the
  // "also" ("However, inspectors also found that:"), the turn says as much, and half the items written as
  // shortcomings (none as a good thing) will do
  if (turnToConcerns) return true;
  return also && !CONTRAST_LEAD.test(nextLead) ? shortcomings(after) : halfShortcomings(after);
}

/** A turn inside a lead-in: "They did, however, praise …", "but inspectors also praised …". */
const TURN_WORD = /\b(?:however|but|nevertheless|nonetheless|though)\b/i;

/**
 * A neutral "The inspectors found:" list, at least half written as
 * shortcomings and none as a good thing, followed closely by a lead-in that
 * turns to strengths ("They did, however, praise some aspects of the work:"):
 * the first list holds the concerns.
 */
function concernsBeforeStrengths(list: List, next: List | undefined, items: Block[]): boolean {
  if (!next || !next.leadIn || next.leadIn.kind === "heading") return false;
  const last = list.items[list.items.length - 1]!;
  if (next.leadIn.index - last.index > CONTRAST_GAP) return false;
  const nextLead = next.leadIn.text.trim();
  if (!TURN_WORD.test(nextLead)) return false;
  const nextSide = sideOf(next);
  // "Inspectors did, however, note that:" over items all written as good things
  if (nextSide !== "findings.strengths" && !(nextSide === null && nextLead.endsWith(":") && goodItems(next.items, 1))) return false;
  return halfShortcomings(items);
}

/** Items that end a sentence of action ("The service should …"), not of finding. */
const ACTION = /\b(?:should|must|needs? to|will)\b/i;

/**
 * At least `min` items, each written as a good thing (POSITIVE) and none as
 * a shortcoming or an action, or ending on a colon.
 */
function goodItems(items: Block[], min: number): boolean {
  if (items.length < min) return false;
  return items.every((b) => {
    const t = b.text.trim();
    return !t.endsWith(":") && POSITIVE.test(t) && !negative(t) && !SHORT_OF.test(t) && !ACTION.test(t);
  });
}

/**
 * A list of good things right after a list of concerns, under a heading that
 * says nothing of its side ("And the small mercies", two items at least) or
 * after a lead-in that turns ("Inspectors did, however, note that:"):
 * strengths.
 */
function strengthsAfterConcerns(list: List, items: Block[], prevSide: Side | null, prevEnd: number): boolean {
  if (prevSide !== "findings.concerns") return false;
  const lead = list.leadIn;
  if (!lead || lead.index <= prevEnd || lead.index - prevEnd > CONTRAST_GAP || NOT_FINDINGS.test(lead.text)) return false;
  const t = lead.text.trim();
  if (lead.kind === "heading") return t.length <= 60 && goodItems(items, 2);
  return t.endsWith(":") && t.length <= 120 && TURN_WORD.test(t) && goodItems(items, 1);
}

/**
 * Two items or more, at least half written as shortcomings (NEGATIVE's or
 * SHORT_OF's words) and none as a good thing (POSITIVE) or ending on a colon.
 */
function halfShortcomings(items: Block[]): boolean {
  if (items.length < 2) return false;
  const short = shortcomingCount(items);
  return short >= 0 && short * 2 >= items.length;
}

/**
 * A list of shortcomings under a heading that says nothing of its side ("And
 * the rest", "The other side"), right after a list of strengths: concerns.
 */
function concernsAfterStrengths(list: List, items: Block[], prevSide: Side | null, prevEnd: number): boolean {
  if (prevSide !== "findings.strengths") return false;
  const heading = list.leadIn;
  if (!heading || heading.kind !== "heading" || heading.text.length > 60 || NOT_FINDINGS.test(heading.text)) return false;
  return heading.index - prevEnd <= CONTRAST_GAP && heading.index > prevEnd && halfShortcomings(items);
}

/** A finding without the linking word it ended on ("…; but"). */
function withoutPivot(text: string): string {
  return text.replace(/(?:[;,]\s{0,3}|\s)(?:but|however|whereas|although)[.,:]?$/i, "");
}

/**
 * The side a short heading right above a lead-in stands on; in plain text, a
 * short line of its own with no closing punctuation ("Strengths", "Areas for
 * improvement") stands as a heading.
 */
function headingAbove(doc: Doc, lead: Block): Side | null {
  const above = doc.blocks[lead.index - 1];
  if (!above || above.index !== lead.index - 1) return null;
  if (above.kind === "heading") return above.text.length <= 120 ? classify(above.text) : null;
  return above.kind === "paragraph" && bareHeadingLine(above.text) ? classify(above.text) : null;
}

/** A line that reads as a heading: short, capitalised, without closing punctuation. */
function bareHeadingLine(text: string): boolean {
  const t = text.trim();
  return t.length >= 4 && t.length <= 40 && /^[A-Z]/.test(t) && !/[.!?:;,"”’)]$/.test(t);
}

function itemsOf(doc: Doc, list: List): Block[] {
  return list.items.filter((b) => !b.inNotes && b.start < doc.text.length);
}

export const findings: Extractor = {
  id: "findings",
  fields: ["findings.strengths", "findings.concerns"],
  extract(doc) {
    const out: Found[] = [];
    // the side of the last list of findings, and the block it ended at
    let prevSide: Side | null = null;
    let prevEnd = -1;
    const lists = doc.lists.slice(0, 500);
    for (const [k, list] of lists.entries()) {
      if (list.items.length === 0 || list.items[0]!.inNotes) continue;
      const items = itemsOf(doc, list);
      // A list of aspect ratings ("Leadership: Good") is not a list of findings.
      if (items.filter((b) => RATING_ITEM.test(b.text)).length * 2 >= items.length) continue;
      const lead = list.leadIn && list.leadIn.kind !== "heading" ? list.leadIn : null;
      let listSide = sideOf(list);
      // a heading just above a lead-in that says nothing of its side ("What they said was going well",
      // then "The report gives credit for some things:") decides
      // (unless the items, written as shortcomings, say otherwise)
      if (!listSide && lead && !list.heading && lead.text.trimEnd().endsWith(":")) {
        const above = headingAbove(doc, lead);
        if (above && !(above === "findings.strengths" && halfShortcomings(items))) listSide = above;
      }
      // "However, inspectors also found that:" right after a list of strengths
      // introduces the other side (and after a list of concerns, strengths)
      if (!listSide && lead && prevSide && lead.index - prevEnd <= CONTRAST_GAP && CONTRAST_LEAD.test(lead.text.trim()) && (NEUTRAL_LEAD.test(lead.text) || BARE_CONTRAST.test(lead.text.trim()))) {
        listSide = prevSide === "findings.strengths" ? "findings.concerns" : "findings.strengths";
      }
      // "The good points:" … then "And the rest" over a list of shortcomings
      if (!listSide && !lead && concernsAfterStrengths(list, items, prevSide, prevEnd)) listSide = "findings.concerns";
      // "What the inspectors found wanting" … then "And the small mercies" over a list of good things
      else if (!listSide && strengthsAfterConcerns(list, items, prevSide, prevEnd)) listSide = "findings.strengths";
      const neutral: boolean = !listSide && lead !== null && NEUTRAL_LEAD.test(lead.text);
      const pivoted: Side[] | null = neutral ? pivotSides(items) : null;
      // "The inspection found that:" over three or more items each written as a shortcoming: concerns
      if (neutral && !pivoted && shortcomings(items)) listSide = "findings.concerns";
      // "Inspectors found that:" (all good) then "Inspectors also found that:" (all shortcomings)
      else if (neutral && !pivoted && strengthsBeforeConcerns(doc, list, lists[k + 1], items)) listSide = "findings.strengths";
      // "The inspectors found:" (half shortcomings) then "They did, however, praise …:" close below
      else if (neutral && !pivoted && concernsBeforeStrengths(list, lists[k + 1], items)) listSide = "findings.concerns";
      // Lead-ins inside the list ("3. Inspectors were concerned to find that:") switch its side.
      let side: Side | null = listSide;
      for (const [i, item] of items.slice(0, 200).entries()) {
        const t = item.text.trim();
        if (t.endsWith(":") && t.length <= 200) {
          side = classify(t);
          continue;
        }
        const itemSide: Side | null = pivoted ? pivoted[i]! : side;
        if (!itemSide) continue;
        const text = cleanFinding(withoutPivot(t));
        // fewer than three words (two spaces), counted without splitting
        const space = text.indexOf(" ");
        if (space < 0 || text.indexOf(" ", space + 1) < 0) continue;
        out.push(found(itemSide, text, spanOf(doc, item.start, item.end)));
        prevSide = itemSide;
        prevEnd = item.index;
      }
    }
    return out;
  },
};
