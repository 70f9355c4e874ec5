/** The inspectorate's four-point scale and the other spellings that map onto it. */
import type { Rating } from "../../schema/record.js";

/** A rating word as written: the four-point scale plus blog/news variants. */
export const RATING_WORDS = String.raw`(?:outstanding|excellent|good|requires?\s+improvement|requiring\s+improvement|inadequate|poor)`;

export function normaliseRating(word: string): Rating | null {
  const w = word.toLowerCase().replace(/[‘’'“”".,;:!]/g, "").replace(/\s+/g, " ").trim();
  if (w === "outstanding" || w === "excellent") return "Outstanding";
  if (w === "good") return "Good";
  if (/^requir(?:es?|ing) improvement$/.test(w)) return "Requires improvement";
  if (w === "inadequate" || w === "poor") return "Inadequate";
  return null;
}
