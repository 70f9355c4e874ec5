/** media-contact: the press contact: name, role, phones, emails. */
import type { Extractor } from "./types.js";

export const mediaContact: Extractor = {
  id: "media-contact",
  fields: ["mediaContact"],
  extract() {
    return [];
  },
};
