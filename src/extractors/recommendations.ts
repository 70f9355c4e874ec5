/**
 * recommendations: how many recommendations the report makes.
 * "The Inspectorate has made eight recommendations", "The report makes
 * nine recommendations", "Inspectors made 14 recommendations", "five
 * recommendations to the region and three to HMPPS" (eight). A count only:
 * "a number of recommendations" and recommendations of an earlier report
 * ("of the 10 recommendations from our last inspection, six were met") are
 * not counted.
 */
import type { Doc } from "../segment/types.js";
import type { Context, Extractor, Found } from "./types.js";
import { found, spanOf } from "./types.js";
import { lean, NUM, numberOf } from "./lib/numbers.js";
import { isPlaceWord } from "./lib/places.js";
import { distinctiveNameWords } from "./lib/provider-names.js";
import { HONORIFIC } from "../segment/05-quotes.js";

// The long patterns are built with lean(): cheap to compile.
const MADE = new RegExp(
  lean(
    String.raw`\b(?:make|makes|made|making|set(?:s|ting)?\s{1,3}out|includes?|contains?|issues?|issued|gives?|gave|lists?)\s{1,3}(?:a\s{1,3}total\s{1,3}of\s{1,3}|just\s{1,3}|only\s{1,3})?(${NUM})\s{1,3}(?:(?:new|key|main|further|specific|clear|important|priority|formal)\s{1,3}){0,2}recommendations?\b`,
  ),
  "gi",
);
const BARE = new RegExp(lean(String.raw`(?:^|[\s(:])(${NUM})\s{1,3}(?:(?:new|key|main|further)\s{1,3})?recommendations\b`), "gi");
/** "... to the region and three to HMPPS": more for another body in the same report */
const AND_MORE = new RegExp(
  lean(
    String.raw`^\s{0,3}(?:to|for)\s{1,3}[^.;:]{1,80}?(?:,|\band\b)\s{1,3}(?:a\s{1,3}further\s{1,3}|another\s{1,3})?(${NUM})\s{1,3}(?:more\s{1,3})?(?:recommendations?\s{1,3})?(?:to|for)\b`,
  ),
  "i",
);
const EARLIER = new RegExp(
  lean(String.raw`\b(?:last|previous|earlier|prior|original|first)\s{1,3}(?:\w{1,20}\s{1,3})?(?:inspection|report|visit)\b`),
  "i",
);
/** Recommendations acted on ("six were met", "had been implemented"): earlier ones, not this report's. */
const ACTED_ON = /\b(?:implemented|achieved|met|completed|progress\s{1,3}(?:on|against))\b/i;
/**
 * Where what a recommendation asks for starts ("..., including that the
 * division should make sure checks are completed"): words after it describe
 * the work asked for, not recommendations acted on.
 */
const ASKS = /\b(?:should|must|needs?\s{1,3}to|including\s{1,3}that|to\s{1,3}ensure|calling\s{1,3}(?:on|for))\b/i;

/** Whether a sentence speaks of earlier recommendations, or of recommendations acted on (before what they ask for). */
function earlier(t: string): boolean {
  if (EARLIER.test(t)) return true;
  const asks = ASKS.exec(t);
  return ACTED_ON.test(asks ? t.slice(0, asks.index) : t);
}
/**
 * "The Wenning Vale report ...", "the Orlby CRC inspection ...": a report named
 * by a place (with a provider keyword or not). A report named by a place that
 * is none of the provider's name words is another provider's.
 */
const NAMED_REPORT = /\b[Tt]he\s{1,3}((?:[A-Z][A-Za-z’'-]{1,30}\s{1,3}){1,5})(?:(?:division|trust|unit)(?:’s|'s)?\s{1,3})?(?:report|inspection)\b/;
/** A provider keyword among a report's name words ("the Orlby CRC report"). */
const PROVIDER_WORD = /^(?:CRC|PDU|YOT|YOS|YJS|NPS)(?:’s|'s)?$/;

/** Whether the sentence's recommendations are those of a report named for a place outside the provider's name. */
function otherReport(before: string, names: Set<string>): boolean {
  // the clause that makes them: after the last ";" before the count
  const m = NAMED_REPORT.exec(before.slice(before.lastIndexOf(";") + 1));
  if (!m) return false;
  let place = false;
  for (const w of m[1]!.trim().split(/\s{1,3}/)) {
    if (PROVIDER_WORD.test(w)) continue;
    if (!isPlaceWord(w) || names.has(w.toLowerCase())) return false;
    place = true;
  }
  return place;
}
/** "its", "the report's", "the inspectorate's" right before a count (the text before it, at its end). */
const OWNER_BEFORE = /\b(?:its|(?:report|inspection|inspectorate)['’]s|inspectors['’])\s{1,3}$/i;
const REPORT_WORD = /\b(?:report|inspection)\b/i;

/**
 * Whether the count at `at` is the report's by a possessive: "the report's
 * five recommendations", or "its five recommendations" after the report is
 * named in the sentence ("proud of the report and would use its four ...").
 */
function reportsOwn(t: string, at: number): boolean {
  const head = t.slice(Math.max(0, at - 24), at);
  const m = OWNER_BEFORE.exec(head);
  if (!m) return false;
  return m[0].toLowerCase().startsWith("its") ? REPORT_WORD.test(t.slice(0, at - m[0].length)) : true;
}
/** "our" right before a count ("Our eight recommendations are designed to …"). */
const OUR_BEFORE = /\bour\s{1,3}$/i;
/** An attribution naming the inspectorate's voice: its Chief Inspector by title, the inspectorate, its inspectors. */
/** A title and one name, the whole attribution. */
const TITLED_ONE = new RegExp(String.raw`^${HONORIFIC}\.?\s{1,3}([\p{Lu}][\p{L}’'-]{1,30})$`, "u");
const INSPECTORATE_SPEAKER = /\b(?:chief\s{1,3}inspector|inspectorate|inspectors|HMI\s{0,3}Probation)\b/i;

/**
 * Whether the count at `at` of the sentence `s` is the inspectorate's own in
 * its own words: "our eight recommendations" inside a quote of the Chief
 * Inspector (by name or title) or of the inspectorate. Anyone else's "our"
 * (a provider's, a council's) is not the report's.
 */
function inspectorsOwn(doc: Doc, t: string, sStart: number, at: number, chief: string | null): boolean {
  if (!OUR_BEFORE.test(t.slice(Math.max(0, at - 8), at))) return false;
  const abs = sStart + at;
  const k = doc.quotes.findIndex((q) => q.start <= abs && abs < q.end);
  if (k < 0) return false;
  // a quote continuing the one before it: that one's attribution
  let j = k;
  while (j > 0 && !doc.quotes[j]!.attribution && doc.quotes[j]!.continued) j--;
  const who = doc.quotes[j]!.attribution;
  if (!who) return false;
  if (INSPECTORATE_SPEAKER.test(who)) return true;
  if (!chief) return false;
  if (who.includes(chief)) return true;
  // "Mr McDowell", "Dame Glenys": the Chief Inspector by title and one of their names
  const titled = TITLED_ONE.exec(who.trim());
  return titled !== null && chief.split(" ").includes(titled[1]!);
}

const MAKER = /\b(?:report|inspectorate|inspectors?|we|I|it|HMI\s{1,3}Probation|watchdog)\b/i;

export const recommendations: Extractor = {
  id: "recommendations",
  fields: ["recommendations"],
  extract(doc: Doc, ctx: Context): Found[] {
    const out: Found[] = [];
    let names: Set<string> | null = null;
    for (const s of doc.sentences) {
      const t = s.text;
      if (t.length > 1000 || !/recommendations?\b/i.test(t) || earlier(t)) continue;
      MADE.lastIndex = 0;
      const m = MADE.exec(t);
      if (m) {
        // "The Orlby report made twelve recommendations": another provider's report (the provider asked for only here)
        const before = t.slice(0, m.index);
        if (before.includes("he ")) {
          names ??= distinctiveNameWords(ctx.get("provider"));
          if (names.size && otherReport(before, names)) continue;
        }
        let value = numberOf(m[1]!);
        if (value === null || value < 1 || value > 200 || !Number.isInteger(value)) continue;
        if (value === 1 && /^(?:a|an)$/i.test(m[1]!.trim())) continue;
        const more = AND_MORE.exec(t.slice(m.index + m[0].length));
        if (more) {
          const extra = numberOf(more[1]!);
          if (extra !== null && Number.isInteger(extra) && extra > 0 && extra < 200) value += extra;
        }
        const rank = MAKER.test(t.slice(0, m.index)) ? 20 : 15;
        out.push(found("recommendations", value, spanOf(doc, s.start, s.end), { rank }));
        continue;
      }
      BARE.lastIndex = 0;
      const b = BARE.exec(t);
      // "… proud of the report and would use its four recommendations": the report's own count, in anyone's words
      // "Our eight recommendations …" in the Chief Inspector's quote: the report's count too
      if (b && (reportsOwn(t, t.indexOf(b[1]!, b.index)) || inspectorsOwn(doc, t, s.start, t.indexOf(b[1]!, b.index), ctx.get("chiefInspector")))) {
        const value = numberOf(b[1]!);
        if (value !== null && value >= 2 && value <= 200 && Number.isInteger(value)) out.push(found("recommendations", value, spanOf(doc, s.start, s.end), { rank: 12 }));
        continue;
      }
      if (b && (t.length < 80 || /\b(?:there\s{1,3}(?:are|were)|with)\s{1,3}\S{1,12}\s{1,3}(?:\w{1,10}\s{1,3})?recommendations/i.test(t))) {
        const value = numberOf(b[1]!);
        if (value === null || value < 2 || value > 200 || !Number.isInteger(value)) continue;
        out.push(found("recommendations", value, spanOf(doc, s.start, s.end), { rank: 10 }));
      }
    }
    return out;
  },
};
