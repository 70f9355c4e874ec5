/** chief-inspector: the full name of the Chief Inspector quoted or named. */
import type { Extractor } from "./types.js";

export const chiefInspector: Extractor = {
  id: "chief-inspector",
  fields: ["chiefInspector"],
  extract() {
    return [];
  },
};
