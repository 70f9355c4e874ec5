/** Test helper for the date and number extractors: run one extractor with fixed settled fields. */
import { docOf } from "../helpers.js";
import { choose, collect } from "../../src/reconcile/choose.js";
import type { Candidate, Context, Extractor, FieldName, FieldValues } from "../../src/extractors/types.js";

export function runWith<F extends FieldName>(
  extractor: Extractor,
  field: F,
  text: string,
  settled: Partial<{ [K in FieldName]: FieldValues[K] }> = {},
  quotes: Candidate<"quotes">[] = [],
): { value: FieldValues[F] | null; list: FieldValues[F][]; warnings: string[] } {
  const doc = docOf(text);
  const warnings: string[] = [];
  const ctx: Context = {
    doc,
    get: <G extends FieldName>(f: G) => (settled[f] ?? null) as FieldValues[G] | null,
    candidates: <G extends FieldName>(f: G) => (f === "quotes" ? quotes : []) as unknown as Candidate<G>[],
    message: (reason) => void warnings.push(reason),
  };
  const cands = extractor.extract(doc, ctx).map((c) => ({ ...c, extractor: extractor.id })) as Candidate<F>[];
  const mine = cands.filter((c) => c.field === field);
  return { value: choose(field, mine).value, list: collect(mine).map((c) => c.value), warnings };
}
