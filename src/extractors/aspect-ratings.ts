/** aspect-ratings: each aspect's rating and previous rating. */
import type { Extractor } from "./types.js";

export const aspectRatings: Extractor = {
  id: "aspect-ratings",
  fields: ["aspectRatings"],
  extract() {
    return [];
  },
};
