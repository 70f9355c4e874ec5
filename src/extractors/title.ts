/** title: the headline. */
import type { Extractor } from "./types.js";

export const title: Extractor = {
  id: "title",
  fields: ["title"],
  extract() {
    return [];
  },
};
