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

/** The highest rank among an aspect's items. */
function topRank(items: readonly Item[]): number {
  let top = -Infinity;
  for (const i of items) if (i.rank > top) top = i.rank;
  return top;
}

/**
 * A youth justice inspection's leadership standard is "Governance and
 * leadership": "Leadership" read from prose beside it ("singling out the
 * leadership of the service as 'Outstanding'", next to "Governance and
 * leadership – Outstanding") is the same standard by a shorter name, and is
 * dropped when it ranks no higher and gives the same rating. (A document
 * reporting a PDU and a youth justice service has both, rated apart.)
 */
function dropShortLeadership(byAspect: Map<string, Item[]>): void {
  const short = byAspect.get("Leadership");
  const full = byAspect.get("Governance and leadership");
  if (!short || !full) return;
  const top = topRank(full);
  const fullRatings = new Set(full.filter((i) => i.rank === top).map((i) => i.rating));
  if (topRank(short) <= top && short.every((i) => fullRatings.has(i.rating))) byAspect.delete("Leadership");
}

export const aspectRatings: Extractor = {
  id: "aspect-ratings",
  fields: ["aspectRatings"],
  extract(doc, ctx) {
    const { events } = analyseRatings(doc, ctx.get("provider"));
    const byAspect = new Map<string, Item[]>();
    // "Unpaid work had previously been rated 'Inadequate'": an old rating stated on its own, by aspect
    let previousOnly: Map<string, Set<Rating>> | undefined;
    for (const e of events) {
      if (e.kind !== "aspect") continue;
      if (!e.rating) {
        if (!e.previous) continue;
        previousOnly ??= new Map();
        for (const aspect of e.aspects) {
          const set = previousOnly.get(aspect);
          if (set) set.add(e.previous);
          else previousOnly.set(aspect, new Set([e.previous]));
        }
        continue;
      }
      for (const aspect of e.aspects) {
        const item: Item = { aspect, rating: e.rating, previous: e.previous, rank: e.rank, start: e.start, end: e.end };
        const list = byAspect.get(aspect);
        if (list) list.push(item);
        else byAspect.set(aspect, [item]);
      }
    }
    dropShortLeadership(byAspect);
    const out: Found[] = [];
    for (const [aspect, items] of byAspect) {
      // the top rank, its first item, and whether the items of that rank disagree (plain loops: this runs for every aspect)
      let top = -Infinity;
      for (const i of items) if (i.rank > top) top = i.rank;
      let first: Item | undefined;
      let mixed = false;
      for (const i of items) {
        if (i.rank !== top) continue;
        if (!first) first = i;
        else if (i.rating !== first.rating) mixed = true;
      }
      if (mixed) {
        const ratings = new Set(items.filter((i) => i.rank === top).map((i) => i.rating));
        ctx.message(`aspectRatings: ${aspect} rated differently (${[...ratings].join(" vs ")}); left out`, { start: first!.start, end: first!.end });
        continue;
      }
      const rating = first!.rating;
      let previous: Rating | null = null;
      for (const i of items) {
        if (i.rating === rating && i.previous) {
          previous = i.previous;
          break;
        }
      }
      // else the old rating stated on its own, when it is one
      const olds = previousOnly?.get(aspect);
      if (!previous && olds?.size === 1) previous = [...olds][0]!;
      out.push(found("aspectRatings", { aspect, rating, previousRating: previous }, spanOf(doc, first!.start, first!.end), { rank: top }));
    }
    return out;
  },
};
