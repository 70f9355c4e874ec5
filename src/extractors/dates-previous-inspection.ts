/** dates-previous-inspection: the inspection before this one. */
import type { Extractor } from "./types.js";

export const datesPreviousInspection: Extractor = {
  id: "dates-previous-inspection",
  fields: ["dates.previousInspection"],
  extract() {
    return [];
  },
};
