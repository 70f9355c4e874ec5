/**
 * Word hits found by one scan of a document's text, kept as a flat array of
 * pairs ([start, x, start, x, ...], sorted by start), and looked up per span.
 */

/** Index (even) of the first pair in `hits` whose start is at or after `from` (hits.length when none). */
export function firstHitFrom(hits: readonly number[], from: number): number {
  let lo = 0;
  let hi = hits.length >> 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (hits[2 * mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  return 2 * lo;
}
