/** inspectorate: the inspectorate whose inspection is the subject, under its standard name. */
import type { Extractor } from "./types.js";

export const inspectorate: Extractor = {
  id: "inspectorate",
  fields: ["inspectorate"],
  extract() {
    return [];
  },
};
