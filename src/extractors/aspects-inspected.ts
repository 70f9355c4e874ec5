/** aspects-inspected: how many aspects were rated. */
import type { Extractor } from "./types.js";

export const aspectsInspected: Extractor = {
  id: "aspects-inspected",
  fields: ["aspectsInspected"],
  extract() {
    return [];
  },
};
