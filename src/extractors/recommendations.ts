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
const MAKER = /\b(?:report|inspectorate|inspectors?|we|I|it|HMI\s{1,3}Probation|watchdog)\b/i;

export const recommendations: Extractor = {
  id: "recommendations",
  fields: ["recommendations"],
  extract(doc: Doc, ctx: Context): Found[] {
    void ctx;
    const out: Found[] = [];
    for (const s of doc.sentences) {
      const t = s.text;
      if (t.length > 1000 || !/recommendations?\b/i.test(t) || earlier(t)) continue;
      MADE.lastIndex = 0;
      const m = MADE.exec(t);
      if (m) {
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
      if (b && (t.length < 80 || /\b(?:there\s{1,3}(?:are|were)|with)\s{1,3}\S{1,12}\s{1,3}(?:\w{1,10}\s{1,3})?recommendations/i.test(t))) {
        const value = numberOf(b[1]!);
        if (value === null || value < 2 || value > 200 || !Number.isInteger(value)) continue;
        out.push(found("recommendations", value, spanOf(doc, s.start, s.end), { rank: 10 }));
      }
    }
    return out;
  },
};
