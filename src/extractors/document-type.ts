/** document-type: press release, news article, blog post or other. */
import type { Extractor } from "./types.js";

export const documentType: Extractor = {
  id: "document-type",
  fields: ["documentType"],
  extract() {
    return [];
  },
};
