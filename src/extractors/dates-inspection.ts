/** dates-inspection: when fieldwork began and ended. */
import type { Extractor } from "./types.js";

export const datesInspection: Extractor = {
  id: "dates-inspection",
  fields: ["dates.inspectionStart", "dates.inspectionEnd"],
  extract() {
    return [];
  },
};
