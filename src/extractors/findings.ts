/** findings: bullet-list findings as strengths and concerns. */
import type { Extractor } from "./types.js";

export const findings: Extractor = {
  id: "findings",
  fields: ["findings.strengths", "findings.concerns"],
  extract() {
    return [];
  },
};
