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

/**
 * A string that two values with the same JSON share (a necessary condition,
 * not a sufficient one): a string is its own probe; a plain object's probe is
 * its first property holding a string (JSON writes keys in the same order, so
 * equal JSON means the same first string property). Lets `collect` skip
 * JSON.stringify for the usual list, whose items all differ.
 */
function probeOf(v: unknown): string {
  if (typeof v === "string") return v;
  // (an object with a toJSON method writes what that returns: it gets no probe)
  if (v !== null && typeof v === "object" && !Array.isArray(v) && typeof (v as { toJSON?: unknown }).toJSON !== "function") {
    for (const k of Object.keys(v)) {
      const x = (v as Record<string, unknown>)[k];
      if (typeof x === "string") return x;
    }
  }
  return "";
}

/** List fields: every item once (the same JSON is the same item), in document order. */
export function collect<F extends FieldName>(cands: Candidate<F>[]): Candidate<F>[] {
  if (cands.length < 2) return cands.slice();
  const sorted = [...cands].sort((a, b) => a.span.start - b.span.start);
  const out: Candidate<F>[] = [];
  // the items kept so far, by probe; their JSON made only when a later item has the same probe
  const byProbe = new Map<string, Candidate<F>[]>();
  const json = new Map<Candidate<F>, string>();
  for (const c of sorted) {
    const probe = probeOf(c.value);
    const same = byProbe.get(probe);
    if (same) {
      const key = jsonOf(c, json);
      let seen = false;
      for (const k of same) if (jsonOf(k, json) === key) seen = true;
      if (seen) continue;
      same.push(c);
    } else byProbe.set(probe, [c]);
    out.push(c);
  }
  return out;
}

/** `JSON.stringify(c.value)`, made once per candidate. */
function jsonOf<F extends FieldName>(c: Candidate<F>, made: Map<Candidate<F>, string>): string {
  let j = made.get(c);
  if (j === undefined) made.set(c, (j = JSON.stringify(c.value)));
  return j;
}

export function describe(c: Candidate): string {
  const v = typeof c.value === "string" || typeof c.value === "number" ? String(c.value) : JSON.stringify(c.value);
  return `${JSON.stringify(v)} (from "${c.span.text.slice(0, 80)}")`;
}
