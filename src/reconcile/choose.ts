/**
 * Choosing among candidates for one field. Stated beats inferred, then the
 * higher rank, then the earlier place in the document. Where two equally
 * strong candidates disagree on a field that must not be guessed, the field
 * is left null and a warning names both.
 */
import type { Candidate, FieldName, FieldValues } from "../extractors/types.js";

/** Fields where a disagreement between equally strong candidates leaves null plus a warning. */
export const STRICT_FIELDS: ReadonlySet<FieldName> = new Set<FieldName>([
  "overallRating",
  "previousOverallRating",
  "aspectsInspected",
  "recommendations",
  "staffSicknessDays",
  "caseload",
  "chiefInspector",
  "dates.published",
]);

export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

export function strength(c: Candidate): number {
  return (c.certainty === "explicit" ? 1000 : 0) + (c.rank ?? 0);
}

export function order<F extends FieldName>(cands: Candidate<F>[]): Candidate<F>[] {
  return [...cands].sort((a, b) => strength(b) - strength(a) || a.span.start - b.span.start);
}

export interface Choice<F extends FieldName> {
  value: FieldValues[F] | null;
  candidate: Candidate<F> | null;
  /** set when equally strong candidates disagree */
  conflict: Candidate<F>[] | null;
}

export function choose<F extends FieldName>(field: F, cands: Candidate<F>[]): Choice<F> {
  if (!cands.length) return { value: null, candidate: null, conflict: null };
  // (most fields have one candidate: it has no rival, and there is nothing to sort)
  if (cands.length === 1) return { value: cands[0]!.value, candidate: cands[0]!, conflict: null };
  const sorted = order(cands);
  const best = sorted[0]!;
  const top = strength(best);
  const rivals = sorted.filter((c) => strength(c) === top && !sameValue(c.value, best.value));
  if (rivals.length && STRICT_FIELDS.has(field)) {
    return { value: null, candidate: null, conflict: [best, ...rivals] };
  }
  return { value: best.value, candidate: best, conflict: null };
}

/** List fields: every item once (the same JSON is the same item), in document order. */
export function collect<F extends FieldName>(cands: Candidate<F>[]): Candidate<F>[] {
  if (cands.length < 2) return cands.slice();
  const seen = new Set<string>();
  const out: Candidate<F>[] = [];
  for (const c of [...cands].sort((a, b) => a.span.start - b.span.start)) {
    const key = JSON.stringify(c.value);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(c);
  }
  return out;
}

export function describe(c: Candidate): string {
  const v = typeof c.value === "string" || typeof c.value === "number" ? String(c.value) : JSON.stringify(c.value);
  return `${JSON.stringify(v)} (from "${c.span.text.slice(0, 80)}")`;
}
