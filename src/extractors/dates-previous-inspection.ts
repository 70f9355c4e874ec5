/**
 * dates-previous-inspection: the inspection before this one.
 * "We last inspected Merseyside CRC in June 2018" -> "2018-06"; "last
 * inspected in 2018", "previously rated 'Inadequate' in 2022", "at our
 * previous inspection in March 2017", "Inspectors last looked at the CRC's work in
 * November 2016"; "the same mark as last year" -> the
 * year before the publication year (null when that is unknown).
 */
import type { Doc } from "../segment/types.js";
import type { Context, Extractor, Found } from "./types.js";
import { found, spanOf } from "./types.js";
import type { Period } from "./lib/dates.js";
import { lastYear, MONTH, parsePartial, periodAt, settlePeriod, YEAR } from "./lib/dates.js";
import { lean, numFlagsOf, sentenceGates, SW_EARLIER } from "./lib/numbers.js";
import { isBlank } from "../blocks/normalise.js";
import { RATING_WORDS } from "./lib/ratings.js";

/** The cheap tests some triggers need first: a word the trigger cannot match without. */
const TIME_WORD = /time/i;
const CARRIED_WORD = /carried|conducted|undertaken/i;
const RATING_NOUN_WORD = /rating|grade|judgement/i;

/** Each trigger, with the word it needs (tested first) when it has a rare one. */
const TRIGGERS: { re: RegExp; needs: RegExp | null }[] = (
  [
  String.raw`\b(?:last|previously)\s{1,3}(?:inspected|visited|rated|judged|graded|assessed|looked\s{1,3}at|examined|reviewed|reported\s{1,3}on)\b`,
  String.raw`\b(?:previous|last|prior|earlier|preceding)\s{1,3}(?:\w{1,20}\s{1,3}){0,2}(?:inspection|visit)\b`,
  String.raw`\b(?:was|were)\s{1,3}(?:\w{1,20}\s{1,3})?(?:inspected|rated|judged|graded)\s{1,3}(?:\w{1,20}\s{1,3}){0,3}previously\b`,
  // "A joint inspection on the same subject was last carried out in 2016", "the inspection, last conducted in 2019,": the inspection
  // (with its "of"/"on" phrase, nothing else between: "the inspection found that reviews were last carried out" is no inspection's date) the subject
  [String.raw`\b(?:inspection|visit)(?:\s{1,3}(?:of|on|into|in|at)(?:\s{1,3}[\w'’-]{1,30}){1,6}?)?(?:,\s{0,3}|\s{1,3}(?:was|were|had\s{1,3}been)\s{1,3})(?:last|previously)\s{1,3}(?:carried\s{1,3}out|conducted|undertaken)\b`, CARRIED_WORD],
  // "when the inspectorate last came, in the spring of 2017", "inspectors were last here in 2016": the inspectors named, a plain verb
  // ("the inspectorate had last been in to look at probation in the area in 2017": a visit, never "been in touch")
  // (or "HM Inspectorate of Probation last went into Ashby PDU, in November 2022")
  String.raw`\b(?:inspectors?|(?:the\s{1,3})?inspectorate(?:\s{1,3}of\s{1,3}probation)?|we)\s{1,3}(?:(?:last|previously)\s{1,3}(?:came|called|visited|went\s{1,3}in(?:to)?)|were\s{1,3}(?:last|previously)\s{1,3}(?:here|there)|(?:had|have|has)\s{1,3}last\s{1,3}been\s{1,3}(?:in|here|there|back)\b(?!\s{1,3}(?:touch|contact|charge|post|office|place|the\s{1,3}news)\b))\b`,
  // "The last time they looked at the CRC was in the autumn of 2015": the inspectors' last look, "last time" opening the clause
  [String.raw`\bthe\s{1,3}last\s{1,3}time\s{1,3}(?:(?:the\s{1,3})?inspectors?|(?:the\s{1,3})?inspectorate|we|they)\s{1,3}(?:looked\s{1,3}at|inspected|visited|examined|rated)\b`, TIME_WORD],
  // "the same rating we got last time round, in 2022": a rating or an inspection named before "last time"
  [String.raw`\b(?:rating|grade|mark|rated|graded|judged|inspected|inspection|inspectors)\b[^.;]{0,60}?\blast\s{1,3}time(?:\s{1,3}(?:round|around))?\b`, TIME_WORD],
  // "an improvement on its previous rating of 'Requires improvement' in 2019": the previous rating named, then its year
  [String.raw`\b(?:previous|last|prior|earlier)\s{1,3}(?:overall\s{1,3})?(?:rating|grade|judgement)\s{1,3}of\s{1,3}[‘'“"]?${RATING_WORDS}[’'”"]?`, RATING_NOUN_WORD],
  ] as (string | [string, RegExp])[]
).map((t) => (typeof t === "string" ? { re: new RegExp(lean(t), "gi"), needs: null } : { re: new RegExp(lean(t[0]), "gi"), needs: t[1] }));
/**
 * "down from the 'Good' rating it was given at its first regional inspection
 * in 2023", "up from … at its first inspection": a rating compared with the
 * one at the provider's first inspection, which is then the previous one (the
 * comparison needed: "rated 'Good' at its first inspection" may be this one).
 */
const FIRST_COMPARED: { re: RegExp; needs: RegExp | null } = {
  re: new RegExp(
    lean(
      String.raw`\b(?:down|up|improved?|improvement|drop|fall|rise|step\s{1,3}(?:up|down))\s{1,3}(?:from|on)\s[^.;]{0,80}?\bat\s{1,3}(?:its|their|the)\s{1,3}first\s{1,3}(?:[\w-]{1,20}\s{1,3}){0,2}?inspection\b`,
    ),
    "gi",
  ),
  needs: null,
};
const WITH_FIRST = [...TRIGGERS, FIRST_COMPARED];
/**
 * "the inspectorate's first thematic on the subject since 2018", "its first
 * full inspection of the service since March 2019": the first inspection
 * since a date, straight after "since", is the one before it then. Only an
 * inspection or a thematic ("the first time since 2016", "the first report
 * since" are other things), and no other event after "since" ("since
 * unification in 2021").
 */
const FIRST_SINCE = new RegExp(
  lean(
    String.raw`\bfirst\s{1,3}(?:[\w-]{1,20}\s{1,3}){0,2}?(?:inspection|thematic|inspection\s{1,3}visit)(?:\s{1,3}(?:of|on|into|in|at)(?:\s{1,3}[\w'’-]{1,30}){1,6}?)?\s{1,3}since\s{1,3}((?:${MONTH}\s{1,3})?${YEAR})\b(?!\s{0,3}(?:[-–—/]|to\s|and\s)\s{0,3}\d)`,
  ),
  "i",
);
const FIRST_ONLY = [FIRST_COMPARED];

/** "in June 2018", "in 2018", ", in March 2017", "of June 2018" right after the trigger */
const LEAD = new RegExp(lean(String.raw`^((?:\s{1,3}[\w'’‘“”"-]{1,30}){0,6}?[\s,(]{1,3})((?:in|of|during|on|between|from)\s)`), "i");
/** "in 2018", "in early 2018", "in the spring of 2017", "in spring 2022", "in the second half of 2016" */
const YEAR_AFTER = new RegExp(
  lean(
    String.raw`^\s{0,3}(?:in|of|during)\s{1,3}(?:early\s|late\s|mid-?|(?:the\s{1,3})?(?:spring|summer|autumn|winter|start|beginning|end|middle|first\s{1,3}half|second\s{1,3}half)\s{1,3}of\s|(?:spring|summer|autumn|winter)\s)?\s{0,2}(${YEAR})\b`,
  ),
  "i",
);
/** "in Tarnby " / "at North Ormby " / "in the Trust's area " before "in"/"during" and a date: a place phrase, passed over */
// (or "in the two counties ": a counted group of places)
const PLACE_THEN =
  /^(?:in|at)\s{1,3}(?:[A-Z][\w'’-]{1,30}(?:\s{1,3}[A-Z][\w'’-]{1,30}){0,3}|(?:the|its|their)\s{1,3}(?:[A-Z][\w'’-]{1,30}\s{1,3})?(?:area|region|patch)|the\s{1,3}(?:two|three|four|five|six)\s{1,3}(?:counties|boroughs|districts|areas|towns|cities))\s{1,3}(?=(?:in|during)\s{1,3}(?:[A-Z][a-z]{2,8}\s{1,3})?(?:19|20)\d\d\b)/;
/**
 * An inspection's "of" phrase and a plain "was" between the trigger and its
 * date: "The last inspection of the service was in 2015", "the previous visit
 * to the trust took place in May 2010" (the date follows: " in"/" during").
 */
const OF_WAS = /^(?:\s{1,3}(?:of|on|into|at|to)(?:\s{1,3}[\w'’-]{1,30}){1,6}?)?\s{1,3}(?:was|took\s{1,3}place)(?=\s{1,3}(?:in|during)\s)/i;
/** The inspectors as the agent of the inspection: " by HM Inspectorate of Probation", " by the inspectorate", " by inspectors". */
const BY_INSPECTORS = /^\s{1,3}by\s{1,3}(?:the\s{1,3})?(?:(?:HM|His\s{1,3}Majesty['’]s|Her\s{1,3}Majesty['’]s)\s{1,3})?(?:inspectorate|inspectors|HMI\s?Probation|HMIP)(?:\s{1,3}of\s{1,3}(?:Probation|Prisons))?\b/i;
/** The programme or framework the inspection was under: " under the first Offender Management Inspection programme". */
const UNDER_PROGRAMME = new RegExp(
  lean(String.raw`^\s{1,3}under\s{1,3}(?:the|its|our|a|an)\s{1,3}(?:[\w'’()-]{1,30}\s{1,3}){0,6}?(?:programme|program|framework|regime|methodology|arrangements)\b`),
  "i",
);
/**
 * Another organisation's own inspection ("Eastwold PDU, which was rated 'Good'
 * at its own inspection last year", in a thematic): not this one's previous.
 */
const OWN_INSPECTION = /\b(?:its|their)\s{1,3}own\s{1,3}(?:[\w-]{1,20}\s{1,3})?inspection/i;
/**
 * A sentence about the organisations before probation was unified ("Before
 * unification, the work was split between the NPS and Ashby CRC, which the
 * Inspectorate last rated 'Good' in May 2019", "its predecessor CRC was last
 * inspected in 2018", a sentence opening "The area's former community
 * rehabilitation company was …"): another provider's inspection, not this
 * one's previous.
 */
const PREDECESSOR = /^(?:before|prior\s{1,3}to|until)\s{1,3}(?:the\s{1,3})?(?:re)?unification\b|^(?:before|until)\s{1,3}(?:probation\s{1,3})?services\s{1,3}were\s{1,3}(?:re)?unified\b|\bpredecessor\b|^(?:the|its|their)\s{1,3}(?:[a-z]{2,20}['’]s\s{1,3})?(?:old|former|defunct)\s{1,3}(?:CRC|community\s{1,3}rehabilitation\s{1,3}company|probation\s{1,3}trust)\b/i;
/**
 * The same, the former body named ("The old Eastby and Weald Probation Trust,
 * which ran probation here until 2014, was last inspected in 2013"): a
 * sentence opening on it.
 */
const FORMER_NAMED = new RegExp(
  lean(
    String.raw`^(?:[Tt]he|[Ii]ts|[Tt]heir)\s{1,3}(?:old|former|defunct)\s{1,3}(?:[A-Z][\w'’&-]{1,30}\s{1,3}(?:(?:and|&|of|upon)\s{1,3})?){1,5}(?:Probation\s{1,3}Trust|Trust|CRC|Community\s{1,3}Rehabilitation\s{1,3}Company|YOT|Youth\s{1,3}Offending\s{1,3}(?:Team|Service))\b`,
  ),
);
/**
 * The document calls this inspection the provider's first: "This was the
 * first inspection of the division since it was created" (not "the first
 * inspection of the service since 2019": a date after "since" is the
 * previous one, FIRST_SINCE's).
 */
const FIRST_OF_PROVIDER =
  /\b(?:this|it)\s{1,3}was\s{1,3}(?:the|its)\s{1,3}first\s{1,3}inspection\s{1,3}of\s{1,3}(?:the|this)\s{1,3}(?:division|CRC|PDU|service|company|region|unit|YOT|YOS|YJS|partnership)\b(?!\s{1,3}since\s{1,3}(?:\d|[A-Z][a-z]{2,8}\s{1,3}\d))/i;
/** The inspection was of the work when another body did it: "…, when it was delivered by Ashby Probation Trust". */
const WHEN_RUN_BY = /\bwhen\s{1,3}(?:it|the\s{1,3}work|probation)\s{1,3}was\s{1,3}(?:run|delivered|provided|managed|operated)\s{1,3}by\b/i;
const OTHER_EVENT = /\b(?:since|after|before|following|until|by|published|report)\b/i;
const LAST_YEAR = new RegExp(
  lean(
    String.raw`\b(?:same\s{1,3}(?:\w{1,15}\s{1,3})?(?:mark|rating|grade|score|result)\s{1,3}as\s{1,3}last\s{1,3}year|(?:up|down|improved|declined|dropped|fallen|risen)\s{1,3}from\s{1,3}[^.;]{0,60}?\blast\s{1,3}year|last\s{1,3}year['’]s\s{1,3}(?:inspection|rating|grade|visit)|(?:inspected|inspection|rated|visited)\s{1,3}last\s{1,3}year|\b(?:last|previously)\s{1,3}(?:inspected|visited|reported|rated|inspection)\b[^.;]{0,80}?\blast\s{1,3}year)\b`,
  ),
  "i",
);
/** What every alternative of LAST_YEAR holds: a cheap test first (LAST_YEAR is long to compile and to run). */
const LAST_YEAR_WORDS = /last\s{1,3}year/i;
/*
 * Every trigger and LAST_YEAR need "last", "previous", "prior", "earlier" or
 * "preceding" where a word starts: SW_EARLIER of lib/numbers' one scan of a
 * sentence. Most sentences have none.
 */

/** A year opening a sentence, with no digit or date separator after it: "2010, under the ... programme." */
const YEAR_OPENING = new RegExp(String.raw`^(${YEAR})(?!\d|[/.-]\d)`);

/**
 * A period with no year that ends sentence i with no full stop, when the next
 * sentence follows with only white space between and opens with a year: the
 * period in that year. Otherwise the period unchanged.
 */
function withYearAfter(doc: Doc, i: number, p: Period): Period {
  const s = doc.sentences[i]!;
  const next = doc.sentences[i + 1];
  if (!next || next.start - s.end > 6 || !isBlank(doc.text.slice(s.end, next.start))) return p;
  const c = next.text.charCodeAt(0);
  if (c < 49 || c > 50) return p;
  const y = YEAR_OPENING.exec(next.text);
  if (!y) return p;
  const year = Number(y[1]);
  return { ...p, start: { ...p.start, year: p.start.month <= p.end.month ? year : year - 1 }, end: { ...p.end, year } };
}

export const datesPreviousInspection: Extractor = {
  id: "dates-previous-inspection",
  fields: ["dates.previousInspection"],
  extract(doc: Doc, ctx: Context): Found[] {
    const published = ctx.get("dates.published");
    const out: Found[] = [];
    const flags = numFlagsOf(doc);
    // this inspection is the provider's first: one of the body before it is not its previous (worked out when a sentence needs it)
    let firstOf: boolean | undefined;
    for (let i = 0; i < doc.sentences.length; i++) {
      const s = doc.sentences[i]!;
      if (s.text.length > 1000) continue;
      const t = s.text;
      // no "last", "previous", ...: only a comparison with the first inspection
      const earlier = (sentenceGates(doc, i, flags) & SW_EARLIER) !== 0;
      const first = t.includes(" first ") && t.includes("inspection");
      const since = t.includes(" since ") && t.includes("first ");
      if (!earlier && !first && !since) continue;
      if (t.includes(" own ") && OWN_INSPECTION.test(t)) continue;
      if ((t.includes("nifi") || t.includes("redecessor") || t.includes("former ") || t.includes("old ") || t.includes("defunct ")) && (PREDECESSOR.test(t) || FORMER_NAMED.test(t))) continue;
      if (t.includes(" by") && WHEN_RUN_BY.test(t) && (firstOf ??= doc.text.includes("first inspection") && FIRST_OF_PROVIDER.test(doc.text))) continue;
      let done = false;
      for (const { re, needs } of earlier ? (first ? WITH_FIRST : TRIGGERS) : first ? FIRST_ONLY : []) {
        if (needs && !needs.test(t)) continue;
        re.lastIndex = 0;
        const trig = re.exec(t);
        if (!trig) continue;
        let tail = t.slice(trig.index + trig[0].length, trig.index + trig[0].length + 160);
        // "last inspected by HM Inspectorate of Probation in February 2009": the inspectorate as the agent is no other event
        const agent = tail.startsWith(" by ") ? BY_INSPECTORS.exec(tail) : null;
        if (agent) tail = tail.slice(agent[0].length);
        // "last inspected under the first Offender Management Inspection programme in 2008": the inspection's programme, no other event
        const under = tail.startsWith(" under ") ? UNDER_PROGRAMME.exec(tail) : null;
        if (under) tail = tail.slice(under[0].length);
        // "The last inspection of the service was in 2015": the inspection's own phrase and "was" before the date
        const ofWas = /(?:inspection|visit)$/i.test(trig[0]) ? OF_WAS.exec(tail) : null;
        if (ofWas) tail = tail.slice(ofWas[0].length);
        const lead = LEAD.exec(tail);
        if (!lead || OTHER_EVENT.test(lead[1]!)) continue;
        let rest = tail.slice(lead[1]!.length);
        // "last reported on probation work in Tarnby in May 2015": a place named before the date ("in" and capitalised words only)
        const place = PLACE_THEN.exec(rest);
        if (place && !YEAR_AFTER.test(rest)) rest = rest.slice(place[0].length);
        let p = periodAt(rest);
        // "was last inspected in November" + a new block "2010, under ...": a line break (a page or a wrapped note)
        // cut the date; a month ending its sentence takes the year that opens the next one, not one guessed
        if (p && p.end.year === null && p.start.year === null && isBlank(rest.slice(p.index + p.length)) && t.endsWith(rest)) p = withYearAfter(doc, i, p);
        if (p) {
          const settled = settlePeriod(p, published);
          if (settled) {
            // a previous inspection cannot be after this document
            const pub = parsePartial(published);
            if (pub && settled.start.slice(0, 4) > String(pub.year)) continue;
            out.push(found("dates.previousInspection", settled.start, spanOf(doc, s.start, s.end), { rank: 30, certainty: settled.inferred ? "implied" : "explicit" }));
            done = true;
            break;
          }
        }
        const y = YEAR_AFTER.exec(rest);
        if (y) {
          out.push(found("dates.previousInspection", y[1]!, spanOf(doc, s.start, s.end), { rank: 25 }));
          done = true;
          break;
        }
      }
      if (done) continue;
      const fs = since ? FIRST_SINCE.exec(t) : null;
      if (fs) {
        // a year alone, or a month and year
        const p = /^\d/.test(fs[1]!) ? null : periodAt(fs[1]!);
        const date = p ? settlePeriod(p, published)?.start : fs[1]!;
        const pub = parsePartial(published);
        if (date && !(pub && date.slice(0, 4) > String(pub.year))) {
          out.push(found("dates.previousInspection", date, spanOf(doc, s.start, s.end), { rank: 25 }));
          continue;
        }
      }
      if (!earlier) continue;
      if (LAST_YEAR_WORDS.test(t) && LAST_YEAR.test(t)) {
        const y = lastYear(published);
        if (y !== null) out.push(found("dates.previousInspection", String(y), spanOf(doc, s.start, s.end), { rank: 20, certainty: "implied" }));
      }
    }
    return out;
  },
};
