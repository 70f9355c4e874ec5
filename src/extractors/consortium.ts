/** consortium: the owner or operator of a contracted provider and its members. */
import type { Extractor } from "./types.js";

export const consortium: Extractor = {
  id: "consortium",
  fields: ["consortium"],
  extract() {
    return [];
  },
};
