/** provider: the provider the document mainly reports, and the others it reports. */
import type { Extractor } from "./types.js";

export const provider: Extractor = {
  id: "provider",
  fields: ["provider", "alsoInspected"],
  extract() {
    return [];
  },
};
