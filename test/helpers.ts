/** Test helpers: build a Doc or a whole record from a string, without the CLI. */
import { extractDecoded, type ExtractResult } from "../src/extract.js";
import { looksLikeHtml } from "../src/input/decode.js";
import { segment } from "../src/segment/index.js";
import type { Doc } from "../src/segment/types.js";
import { EXTRACTORS } from "../src/configuration.js";
import { runExtractors } from "../src/reconcile/run.js";
import { choose } from "../src/reconcile/choose.js";
import type { Candidate, FieldName, FieldValues } from "../src/extractors/types.js";

export function docOf(text: string, format?: "text" | "html"): Doc {
  return segment({ text, format: format ?? (looksLikeHtml(text) ? "html" : "text") });
}

/** The whole pipeline on a string: the record and its messages. */
export function recordOf(text: string, format?: "text" | "html"): ExtractResult {
  const f = format ?? (looksLikeHtml(text) ? "html" : "text");
  return extractDecoded(text, f, new TextEncoder().encode(text), "utf-8", { path: null, evidence: true });
}

/**
 * Run the extractors in configuration order up to and including `id`, and
 * return the candidates the last one found for `field`.
 */
export function candidatesOf<F extends FieldName>(id: string, field: F, text: string, format?: "text" | "html"): Candidate<F>[] {
  const upto = EXTRACTORS.findIndex((e) => e.id === id);
  if (upto < 0) throw new Error(`no extractor ${id}`);
  const { byField } = runExtractors(docOf(text, format), EXTRACTORS.slice(0, upto + 1));
  return ((byField.get(field) ?? []) as Candidate<F>[]).filter((c) => c.extractor === id);
}

/** The value a field settles on after the extractors up to `id`. */
export function valueOf<F extends FieldName>(id: string, field: F, text: string, format?: "text" | "html"): FieldValues[F] | null {
  return choose(field, candidatesOf(id, field, text, format)).value;
}

/** The aspect-ratings extractor's "Aspect=Rating" pairs for a text, sorted. */
export function aspectPairsOf(text: string, format?: "text" | "html"): string[] {
  return candidatesOf("aspect-ratings", "aspectRatings", text, format)
    .map((c) => `${c.value.aspect}=${c.value.rating}`)
    .sort();
}
