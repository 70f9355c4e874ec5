/**
 * dates-inspection: when fieldwork began and ended.
 * "Fieldwork for this inspection took place in January 2020", "conducted a
 * routine inspection of X in January and February" (two months: start and
 * end; a year from the publication date, the latest such month not after
 * it), "inspectors visited between 3 and 14 March 2019" (days). Dates of
 * other things in the same sentence ("since July 2020", "unification in
 * June 2021", "a programme that started in April 2013") and the previous
 * inspection ("We last inspected X in June 2018") are not taken.
 */
import type { Doc } from "../segment/types.js";
import type { Context, Extractor, Found } from "./types.js";
import { found, spanOf } from "./types.js";
import { MONTH_WORD, otherStoriesStart, periodAt, settlePeriod, type Period } from "./lib/dates.js";
import { GAP, lean, numFlagsOf, sentenceGates, SW_MONTH, SW_VISIT } from "./lib/numbers.js";

const FIELDWORK = /\bfield\s{0,2}work\b|\bon-?site\s{1,3}(?:work|visits?|inspection)\b/gi;
// ("Inspectors came in during July and August": "came in" or "went in" before a preposition of duration, a vague verb;
// "led a full joint inspection of X in June": "joint" between the determiner and "inspection";
// "inspectors carried out most of their work remotely, in May": the inspectors' work;
// "Inspectors were in the division in November and December": the inspectors in the provider, named by its kind,
// before a preposition of time)
const INSPECTION = new RegExp(
  lean(
    String.raw`\b(?:inspected|inspecting|visited|arrived|(?:a|the|their|its|our)${GAP}(?:\w{1,20}${GAP})?visits?|returned|spent|went${GAP}back|came${GAP}back|(?:came|went)${GAP}in(?=${GAP}(?:during|between|over|throughout)\s)|(?:were|was)${GAP}(?:on${GAP}site|here|there|with${GAP}(?:us|them))|inspectors${GAP}were${GAP}in${GAP}(?:the|its)${GAP}(?:division|service|area|region|CRC|trust|PDU|unit|team|company|YOT|YOS|YJS)(?=${GAP}(?:in|during|between|over|throughout|for)\s)|(?:re-?inspection${GAP}(?:that|which)${GAP}|(?:re-?)?inspection${GAP})(?:took${GAP}place|was${GAP}(?:carried${GAP}out|conducted|undertaken|completed))|(?:conducted|carried${GAP}out|undertook|completed)${GAP}(?:an?|the|its|our)${GAP}(?:\w{1,20}${GAP}){0,2}inspection|inspectors${GAP}(?:carried${GAP}out|did|conducted)${GAP}(?:(?:most|much|all|some)${GAP}of${GAP})?their${GAP}work|(?:latest|recent|most${GAP}recent|this|the|an?|routine|full|unannounced|new)${GAP}(?:joint${GAP})?inspection)\b`,
  ),
  "gi",
);
/**
 * INSPECTION's re-inspection that took place or was carried out ("follows a
 * re-inspection that was carried out remotely in June"): this inspection. An
 * inspection "that was carried out" in a month may be an earlier one: only a
 * re-inspection is taken with "that" or "which".
 */
const REDONE = /^re-?inspection\s/i;
/**
 * "they" just before a vague trigger ("when they visited in March"): the
 * inspectors, when one of the sentences just before speaks of them.
 */
const THEY_BEFORE = /\bthey\s{1,3}$/i;
/** How many sentences before a "they" are read for the inspectors it stands for */
const THEY_BACK = 2;

/**
 * "we" just before a vague trigger ("When we were there in February"): the
 * inspectors speaking, when one of the sentences just before has them rating
 * or inspecting in the first person ("Staffing we've rated 'Inadequate'").
 */
const WE_BEFORE = /\bwe\s{1,3}$/i;
const WE_INSPECTORS = /\bwe(?:['’]ve|\s{1,3}have)?\s{1,3}(?:rated|inspected|graded|judged)\b|\bour\s{1,3}inspection\b/i;

/** Whether the vague trigger at `at` in sentence `i` has "they" before it, and a sentence just before speaks of inspecting (or "we", and one has them rating). */
function theyInspectors(doc: Doc, i: number, t: string, at: number): boolean {
  const before = t.slice(Math.max(0, at - 12), at);
  const we = !THEY_BEFORE.test(before);
  if (we && !WE_BEFORE.test(before)) return false;
  for (let k = i - 1; k >= Math.max(0, i - THEY_BACK); k--) if ((we ? WE_INSPECTORS : /\binspect/i).test(doc.sentences[k]!.text)) return true;
  return false;
}

/**
 * The inspectorate named by its short name before a vague trigger ("A team
 * from HMI Probation visited the YOT between 12 and 15 January"): the
 * visit is the inspection's, as with "inspect" in the sentence.
 */
const HMIP_BEFORE = /\bHMI\s{0,2}Probation\b|\bHMIP\b/;

/** "separately" just before a trigger ("the CRC was separately inspected in May"): another body's inspection, as after it (OTHER_EVENT) */
const SEPARATELY_BEFORE = /\bseparately\s{1,3}$/i;

/** verbs that say nothing about inspecting unless the sentence does */
const VAGUE = /^(?:visited|arrived|a|the|their|its|our|returned|spent|went|came|were|was)\b/i;
/** a sentence about the inspection before this one, up to the date */
const PREVIOUS = new RegExp(
  lean(String.raw`\b(?:last|previous(?:ly)?|prior|earlier|preceding|former|first)${GAP}(?:\w{1,20}${GAP})?(?:inspect\w{0,4}|visit\w{0,2}|time)\b|\blast${GAP}year['’]s\b|\bre-?inspect`),
  "i",
);
/**
 * Inspectors reading a sample of cases over a period ("Inspectors examined a
 * representative sample of 104 cases between 12 and 23 March 2012"), or the
 * inspectorate examining the provider ("HM Inspectorate of Probation examined
 * the division remotely during March and April 2021"): the weakest trigger,
 * taken only with a preposition of duration (SAMPLE_LEAD), as "cases from
 * March" or "cases in May" may be the cases' own dates.
 */
const SAMPLE = new RegExp(
  lean(String.raw`\b(?:inspectors|inspectorate(?:${GAP}of${GAP}probation)?)${GAP}(?:examined|reviewed|read|looked${GAP}at|assessed|audited|scrutinised)\b`),
  "gi",
);
const SAMPLE_LEAD = /^(?:between|during|over|throughout)\s/i;
/**
 * a second period joined to the first ("20–24 January and 3–7 February 2025", "from 1 to 5 May and from 15 to 19 May",
 * "late June and the first week of July")
 */
const AND_PERIOD = /^\s{0,3},?\s{0,3}(?:and|&)\s{1,3}(?=(?:from|between)\s|\d|the\s{1,3}(?:first|second|third|fourth|last|final)\s{1,3}(?:week|fortnight|days)\s{1,3}of\s)/i;
/**
 * words between the trigger and the date that show the date is another
 * event's; "separately" is another body's inspection ("Brackenford CRC, which
 * was inspected separately in May 2019")
 */
const OTHER_EVENT = new RegExp(
  lean(
    String.raw`\b(?:since|after|before|following|until|till|unification|unified|launch\w{0,3}|start\w{0,3}|began|begun|begin|begins|beginning|introduc\w{1,5}|reform\w{0,3}|contract\w{0,3}|transfer\w{0,4}|merg\w{1,3}|lockdown|pandemic|programme|published|publish|report|available|website|online|embargo\w{0,3}|released|sentenced|convicted|referred|commenced|terminated|closed|\d\d:\d\d|joined|appointed|took${GAP}over|created|formed|established|previous\w{0,2}|last|separately)\b`,
  ),
  "i",
);
/** the triggers, strongest first, with their rank */
const TRIGGERS = [
  [FIELDWORK, 30],
  [INSPECTION, 20],
  [SAMPLE, 15],
] as const;
/**
 * What FIELDWORK and INSPECTION cannot match without, and a month for the
 * date: SW_VISIT and SW_MONTH of lib/numbers' one scan of a sentence. Each
 * trigger word starts a word in every match ("onsite" is one of the words).
 */
const GATES = SW_VISIT | SW_MONTH;
/** "in", "between"...; and "the" of "spent the second week of March with us" */
const PREPOSITION = /\b(?:in|between|from|during|over|throughout|on|the(?=\s{1,3}(?:first|second|third|fourth|last|final)\s))\s/gi;
/**
 * A relative clause set off by commas between the trigger's object and the
 * date ("visited the service, which changed its name in 2017, in July"): its
 * dates and words are another event's, not the visit's.
 */
const RELATIVE = /,\s{1,3}(?:which|who|whose)\s/i;
const YEAR_WORD = /^\s{0,3},?\s{0,3}(?:of\s{1,3})?(last|this|the\s{1,3}previous|the\s{1,3}same)\s{1,3}year\b/i;

interface Hit {
  start: string;
  end: string;
  /** only one end of the fieldwork is stated ("beginning 23 January"): the other is not this hit's */
  only?: "start" | "end";
  inferred: boolean;
  rank: number;
  at: { start: number; end: number };
}

/**
 * Whether a period starts after the document's publication ("a new programme
 * of inspections will begin in December 2023" in a release of November
 * 2023): a plan, never the fieldwork the document reports. Compared at the
 * precision both share ("2023-12" after "2023-11-16"; "2023-11" is not).
 */
function afterPublished(start: string, published: string | null): boolean {
  if (!published) return false;
  const n = Math.min(start.length, published.length);
  return start.slice(0, n) > published.slice(0, n);
}

/** a sentence opening on a period ("Between February and April 2021 the inspectorate visited …") */
const OPENING = /^\s{0,3}(?:between|from|during|in|over|throughout)\s/i;
/** what may stand between an opening period and the inspection it dates: a short subject, no other clause */
const SUBJECT_GAP = /^\s{0,3},?\s{0,3}(?:(?:the|our|its|their|HM|His|Her|Majesty['’]s)\s{1,3}){0,2}(?:[\w'’-]{1,25}\s{1,3}){0,3}$/i;

/**
 * A period that opens the sentence, before the inspection it dates:
 * "Between February and April 2021 the inspectorate visited six units", "In
 * March 2019, inspectors spent two weeks with the team". The trigger must
 * follow the period after a short subject (SUBJECT_GAP), in a sentence about
 * inspecting; not a previous inspection, nor another event's date.
 */
function leadingPeriod(t: string, published: string | null, s: { start: number; end: number }): Hit | null {
  if (!OPENING.test(t)) return null;
  const p = periodAt(t);
  if (!p) return null;
  const after = t.slice(p.index + p.length, p.index + p.length + 120);
  INSPECTION.lastIndex = 0;
  FIELDWORK.lastIndex = 0;
  const trig = INSPECTION.exec(after) ?? FIELDWORK.exec(after);
  if (!trig || !SUBJECT_GAP.test(after.slice(0, trig.index))) return null;
  if (VAGUE.test(trig[0]) && !/\binspect/i.test(t)) return null;
  if (PREVIOUS.test(t) || OTHER_EVENT.test(after.slice(0, trig.index + trig[0].length))) return null;
  const settled = settlePeriod(p, published);
  if (!settled) return null;
  if (published && published.length === 10 && (settled.start === published || settled.end === published)) return null;
  if (afterPublished(settled.start, published)) return null;
  return { start: settled.start, end: settled.end, inferred: settled.inferred, rank: 20, at: { start: s.start, end: s.end } };
}

/** A verb of fieldwork's own start or end right after it, and "in" or "on": "began in", "beginning", "concluded in". */
const BOUND_VERB = /\b(?:(began|begun|started|commenced|beginning|starting|commencing)|concluded|ended|finished|concluding|ending|finishing)\s{1,3}(?:(?:in|on)\s{1,3})?/gi;
/** What may stand between the first bound's date and the second's verb: "and", "and was", ", and". */
const BOUND_JOIN = /^\s{0,3},?\s{0,3}(?:and|but)\s{1,3}(?:(?:was|were|it|they)\s{1,3})?$/i;

/**
 * Fieldwork's start and end told by their own verbs after the trigger
 * ("Our fieldwork began in January and concluded in February", "We
 * conducted fieldwork … over two weeks, beginning 23 January 2023"): one
 * or both ends, each a date after its verb. The words before the first verb
 * must name no other event; a second verb follows the first date after
 * "and" alone. Null when no verb is followed by a date.
 */
function fieldworkBounds(tail: string, published: string | null): Omit<Hit, "rank" | "at"> | null {
  BOUND_VERB.lastIndex = 0;
  const m = BOUND_VERB.exec(tail);
  if (!m || m.index > 100 || OTHER_EVENT.test(tail.slice(0, m.index)) || /[.;:!?]/.test(tail.slice(0, m.index))) return null;
  const first = periodAt(tail.slice(m.index + m[0].length));
  if (!first) return null;
  const starts = m[1] !== undefined;
  const firstEnd = m.index + m[0].length + first.index + first.length;
  let p: Period = first;
  let only: "start" | "end" | undefined = starts ? "start" : "end";
  if (starts) {
    BOUND_VERB.lastIndex = firstEnd;
    const n = BOUND_VERB.exec(tail);
    const second = n && n[1] === undefined && BOUND_JOIN.test(tail.slice(firstEnd, n.index)) ? periodAt(tail.slice(n.index + n[0].length)) : null;
    if (second) {
      p = { start: first.start, end: second.end, index: first.index, length: first.length };
      only = undefined;
    }
  }
  // one end alone: that end's date (a span's first or last point)
  if (only === "start") p = { ...p, end: p.start };
  if (only === "end") p = { ...p, start: p.end };
  const settled = settlePeriod(p, published);
  if (!settled) return null;
  return { start: settled.start, end: settled.end, only, inferred: settled.inferred };
}

function scan(doc: Doc, published: string | null): Hit[] {
  const hits: Hit[] = [];
  const pubYear = published ? Number(published.slice(0, 4)) : null;
  const flags = numFlagsOf(doc);
  // a page's other stories ("NEWS IN BRIEF"): their visits are other events'
  const others = otherStoriesStart(doc);
  for (let i = 0; i < doc.sentences.length; i++) {
    const s = doc.sentences[i]!;
    if (s.block >= others) break;
    // a trigger, and a month for the date: most sentences lack one or the other
    if (s.text.length > 1000 || (sentenceGates(doc, i, flags) & GATES) !== GATES) continue;
    const t = s.text;
    let hit: Hit | null = null;
    for (const [re, rank] of TRIGGERS) {
      re.lastIndex = 0;
      let trig: RegExpExecArray | null;
      while (!hit && (trig = re.exec(t))) {
        if (rank === 20 && VAGUE.test(trig[0]) && !/\binspect/i.test(t) && !HMIP_BEFORE.test(t.slice(0, trig.index)) && !theyInspectors(doc, i, t, trig.index)) continue;
        if (SEPARATELY_BEFORE.test(t.slice(Math.max(0, trig.index - 14), trig.index))) continue;
        const from = trig.index + trig[0].length;
        const tail = t.slice(from, from + 200);
        // a period after the trigger needs a month in its tail; when the tail
        // runs to the end of the sentence, no later match of this trigger has
        // one either (its tail is a part of this one, and starts after a
        // word's end, where no month word can start)
        if (!MONTH_WORD.test(tail)) {
          if (from + 200 >= t.length) break;
          continue;
        }
        // "fieldwork began in January and concluded in February": its own verbs
        const bounds = rank === 30 ? fieldworkBounds(tail, published) : null;
        if (bounds) {
          hit = { ...bounds, rank, at: { start: s.start, end: s.end } };
          break;
        }
        PREPOSITION.lastIndex = 0;
        let m: RegExpExecArray | null;
        while ((m = PREPOSITION.exec(tail))) {
          // periodAt only takes a period that starts its text (after "in", "during
          // the weeks of", "early"...), so with a month within 68 characters. Without
          // one it finds none here; and skipping OTHER_EVENT is safe, as a match
          // before this preposition is also one before the next.
          if (!MONTH_WORD.test(tail.slice(m.index, m.index + 72))) continue;
          let before = tail.slice(0, m.index);
          const rel = before.includes(", wh") ? RELATIVE.exec(before) : null;
          // a clause straight after the trigger ("the inspection, which took place in May") is the inspection's own
          if (rel && rel.index > 0) {
            const close = before.indexOf(",", rel.index + 1);
            // a date inside the clause is the clause's
            if (close < 0) continue;
            before = `${before.slice(0, rel.index)} ${before.slice(close + 1)}`;
          }
          if (OTHER_EVENT.test(before)) break;
          if (rank === 15 && !SAMPLE_LEAD.test(m[0])) continue;
          const p = periodAt(tail.slice(m.index));
          if (!p) continue;
          // fieldwork in two spells: from the first's start to the second's end
          const joined = AND_PERIOD.exec(tail.slice(m.index + p.index + p.length));
          if (joined) {
            const restAt = m.index + p.index + p.length + joined[0].length;
            const q = periodAt(tail.slice(restAt));
            // kept only when the second spell ends after the first (settlePeriod gives the first's year from the second's)
            const both = q && { ...p, end: q.end, length: restAt + q.index + q.length - m.index - p.index };
            if (both && settlePeriod(both, published)) Object.assign(p, both);
          }
          // "a re-inspection that was carried out in June": the re-inspection is
          // this one (its trigger says it took place), not a previous one
          if (rank === 20 && PREVIOUS.test(REDONE.test(trig[0]) ? `${t.slice(0, trig.index)} ${t.slice(from, from + m.index)}` : t.slice(0, from + m.index))) break;
          let inferredYear = false;
          const yw = YEAR_WORD.exec(tail.slice(m.index + p.index + p.length));
          if (yw && p.end.year === null && p.start.year === null) {
            if (pubYear === null) break;
            p.end.year = /^last|previous/i.test(yw[1]!) ? pubYear - 1 : pubYear;
            inferredYear = true;
          }
          const settled = settlePeriod(p, published);
          if (!settled) break;
          // the day of publication is never the fieldwork, nor a period after it
          if (published && published.length === 10 && (settled.start === published || settled.end === published)) break;
          if (afterPublished(settled.start, published)) break;
          // written out (the keys in the order a spread of `settled` gives): a spread copy costs more than the rest of a hit
          hit = { start: settled.start, end: settled.end, inferred: settled.inferred || inferredYear, rank, at: { start: s.start, end: s.end } };
          break;
        }
      }
      if (hit) break;
    }
    hit ??= leadingPeriod(t, published, s);
    if (hit) hits.push(hit);
  }
  return hits;
}

export const datesInspection: Extractor = {
  id: "dates-inspection",
  fields: ["dates.inspectionStart", "dates.inspectionEnd"],
  extract(doc: Doc, ctx: Context): Found[] {
    const published = ctx.get("dates.published");
    const out: Found[] = [];
    for (const h of scan(doc, published)) {
      const span = spanOf(doc, h.at.start, h.at.end);
      // a period with day precision says more than one with months only
      const rank = h.rank + (h.start.length === 10 ? 2 : 0) + (h.start !== h.end ? 1 : 0);
      const certainty = h.inferred ? "implied" : "explicit";
      if (h.only !== "end") out.push(found("dates.inspectionStart", h.start, span, { rank, certainty }));
      if (h.only !== "start") out.push(found("dates.inspectionEnd", h.end, span, { rank, certainty }));
    }
    return out;
  },
};
