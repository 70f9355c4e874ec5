/** recommendations: how many recommendations the report makes. */
import type { Extractor } from "./types.js";

export const recommendations: Extractor = {
  id: "recommendations",
  fields: ["recommendations"],
  extract() {
    return [];
  },
};
