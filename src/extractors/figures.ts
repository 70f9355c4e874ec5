/** figures: other numeric findings with their sentences. */
import type { Extractor } from "./types.js";

export const figures: Extractor = {
  id: "figures",
  fields: ["figures"],
  extract() {
    return [];
  },
};
