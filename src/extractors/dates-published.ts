/** dates-published: when the document (or the report) was published. */
import type { Extractor } from "./types.js";

export const datesPublished: Extractor = {
  id: "dates-published",
  fields: ["dates.published"],
  extract() {
    return [];
  },
};
