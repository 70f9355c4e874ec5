/** quotes: direct speech with speaker and role. */
import type { Extractor } from "./types.js";

export const quotes: Extractor = {
  id: "quotes",
  fields: ["quotes"],
  extract() {
    return [];
  },
};
