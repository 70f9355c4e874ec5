/** caseload: people supervised (qualifier, as-of date) and average cases per staff member. */
import type { Extractor } from "./types.js";

export const caseload: Extractor = {
  id: "caseload",
  fields: ["caseload"],
  extract() {
    return [];
  },
};
