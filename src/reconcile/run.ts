/** Runs the extractors in order over a Doc, collecting candidates and messages. */
import type { Doc } from "../segment/types.js";
import type { Candidate, Context, Extractor, FieldName, FieldValues, Message } from "../extractors/types.js";
import { LIST_FIELDS } from "../extractors/types.js";
import { choose } from "./choose.js";

export interface RunResult {
  byField: Map<FieldName, Candidate[]>;
  messages: Message[];
}

export function runExtractors(doc: Doc, extractors: readonly Extractor[]): RunResult {
  const byField = new Map<FieldName, Candidate[]>();
  const messages: Message[] = [];
  let current = "";
  // ctx.get is asked for the same settled fields many times: remember each
  // choice until a new candidate for that field arrives.
  const chosen = new Map<FieldName, unknown>();
  const ctx: Context = {
    doc,
    get<F extends FieldName>(field: F): FieldValues[F] | null {
      if (LIST_FIELDS.has(field)) return null;
      if (chosen.has(field)) return chosen.get(field) as FieldValues[F] | null;
      const cands = (byField.get(field) ?? []) as Candidate<F>[];
      const value = choose(field, cands).value;
      chosen.set(field, value);
      return value;
    },
    candidates<F extends FieldName>(field: F): Candidate<F>[] {
      return (byField.get(field) ?? []) as Candidate<F>[];
    },
    message(reason, place, severity = "warning") {
      messages.push({ source: current, reason, severity, ...(place ? { place } : {}) });
    },
  };
  for (const extractor of extractors) {
    current = extractor.id;
    const found = extractor.extract(doc, ctx);
    for (const f of found) {
      if (!extractor.fields.includes(f.field)) {
        throw new Error(`extractor ${extractor.id} returned field ${f.field} it does not declare`);
      }
      // Each candidate is a fresh object of the extractor's: stamp it rather than copy it.
      const c = f as Candidate;
      c.extractor = extractor.id;
      chosen.delete(f.field);
      const list = byField.get(f.field);
      if (list) list.push(c);
      else byField.set(f.field, [c]);
    }
  }
  return { byField, messages };
}
