/** overall-rating: the overall rating and the previous one. */
import type { Extractor } from "./types.js";

export const overallRating: Extractor = {
  id: "overall-rating",
  fields: ["overallRating", "previousOverallRating"],
  extract() {
    return [];
  },
};
