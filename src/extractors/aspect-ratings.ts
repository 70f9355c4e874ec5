/** aspect-ratings: each aspect's rating and previous rating. */
import type { Rating } from "../schema/record.js";
import { analyseRatings } from "./lib/aspects-analyse.js";
import { found, spanOf, type Extractor, type Found } from "./types.js";

interface Item {
  aspect: string;
  rating: Rating;
  previous: Rating | null;
  rank: number;
  start: number;
  end: number;
}

export const aspectRatings: Extractor = {
  id: "aspect-ratings",
  fields: ["aspectRatings"],
  extract(doc, ctx) {
    const { events } = analyseRatings(doc, ctx.get("provider"));
    const byAspect = new Map<string, Item[]>();
    for (const e of events) {
      if (e.kind !== "aspect" || !e.rating) continue;
      for (const aspect of e.aspects) {
        const item: Item = { aspect, rating: e.rating, previous: e.previous, rank: e.rank, start: e.start, end: e.end };
        const list = byAspect.get(aspect);
        if (list) list.push(item);
        else byAspect.set(aspect, [item]);
      }
    }
    const out: Found[] = [];
    for (const [aspect, items] of byAspect) {
      const top = Math.max(...items.map((i) => i.rank));
      const best = items.filter((i) => i.rank === top);
      const ratings = new Set(best.map((i) => i.rating));
      if (ratings.size > 1) {
        ctx.message(`aspectRatings: ${aspect} rated differently (${[...ratings].join(" vs ")}); left out`, { start: best[0]!.start, end: best[0]!.end });
        continue;
      }
      const rating = best[0]!.rating;
      const same = items.filter((i) => i.rating === rating);
      const previous = same.find((i) => i.previous)?.previous ?? null;
      const first = best[0]!;
      out.push(found("aspectRatings", { aspect, rating, previousRating: previous }, spanOf(doc, first.start, first.end), { rank: top }));
    }
    return out;
  },
};
