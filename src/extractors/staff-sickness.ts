/** staff-sickness: average sickness days a staff member a year. */
import type { Extractor } from "./types.js";

export const staffSickness: Extractor = {
  id: "staff-sickness",
  fields: ["staffSicknessDays"],
  extract() {
    return [];
  },
};
