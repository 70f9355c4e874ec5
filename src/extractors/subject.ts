/** subject: provider inspection, thematic, annual report or other. */
import type { Extractor } from "./types.js";

export const subject: Extractor = {
  id: "subject",
  fields: ["subject"],
  extract() {
    return [];
  },
};
