/** overall-rating: the overall rating and the previous one. */
import type { Rating } from "../schema/record.js";
import { analyseRatings } from "./lib/aspects-analyse.js";
import { found, spanOf, type Extractor, type Found } from "./types.js";

export const overallRating: Extractor = {
  id: "overall-rating",
  fields: ["overallRating", "previousOverallRating"],
  extract(doc, ctx) {
    const { events, sameAsBefore } = analyseRatings(doc, ctx.get("provider"));
    const out: Found[] = [];
    // a thematic or an annual report rates no one provider overall
    const subject = ctx.get("subject");
    if (subject === "thematic" || subject === "annual-report") return out;
    const overall = events.filter((e) => e.kind === "overall");
    for (const e of overall) {
      const span = spanOf(doc, e.start, e.end);
      if (e.rating) out.push(found("overallRating", e.rating, span, { rank: e.rank }));
      if (e.previous) out.push(found("previousOverallRating", e.previous, span, { rank: e.rank }));
    }
    // "the overall rating has stayed the same": previous = current, when current is settled
    if (sameAsBefore.length) {
      const rated = overall.filter((e) => e.rating);
      const top = Math.max(...rated.map((e) => e.rank), -Infinity);
      const values = new Set(rated.filter((e) => e.rank === top).map((e) => e.rating));
      if (values.size === 1) {
        const current = [...values][0] as Rating;
        for (const s of sameAsBefore) out.push(found("previousOverallRating", current, spanOf(doc, s.start, s.end), { rank: 3 }));
      }
    }
    return out;
  },
};
