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
  return sameJson(a, b) ?? JSON.stringify(a) === JSON.stringify(b);
}

/** A value JSON writes as itself, so that two of them have the same JSON exactly when they are ===. */
function isJsonPrimitive(v: unknown): boolean {
  return v === null || typeof v === "string" || typeof v === "boolean" || (typeof v === "number" && Number.isFinite(v));
}

/** A plain object whose values are all JSON primitives (what candidates' list items are). */
function isFlatRecord(v: unknown): v is Record<string, unknown> {
  if (typeof v !== "object" || v === null || Object.getPrototypeOf(v) !== Object.prototype) return false;
  for (const k in v) if (!isJsonPrimitive((v as Record<string, unknown>)[k])) return false;
  return true;
}

/**
 * `JSON.stringify(a) === JSON.stringify(b)` for strings and flat records,
 * without writing the JSON (writing it was most of assembling a record):
 * the same keys in the same order (JSON's order is Object.keys'), and the
 * same values. undefined when it cannot tell (other shapes): ask JSON.
 */
function sameJson(a: unknown, b: unknown): boolean | undefined {
  if (typeof a === "string" && typeof b === "string") return a === b;
  if (!isFlatRecord(a) || !isFlatRecord(b)) return undefined;
  // most items differ in a value: no key lists made for them
  for (const k in a) if (a[k] !== b[k]) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (let i = 0; i < ka.length; i++) {
    const k = ka[i]!;
    if (k !== kb[i] || a[k] !== b[k]) return false;
  }
  return true;
}

export function strength(c: Candidate): number {
  return (c.certainty === "explicit" ? 1000 : 0) + (c.rank ?? 0);
}

/** Stronger first, then earlier in the document. */
function byStrength(a: Candidate, b: Candidate): number {
  return strength(b) - strength(a) || a.span.start - b.span.start;
}

export function order<F extends FieldName>(cands: Candidate<F>[]): Candidate<F>[] {
  return [...cands].sort(byStrength);
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
  // order(cands)[0] without sorting: the first of the strongest, earliest candidates (the sort is stable)
  let best = cands[0]!;
  for (let i = 1; i < cands.length; i++) if (byStrength(cands[i]!, best) < 0) best = cands[i]!;
  if (STRICT_FIELDS.has(field)) {
    // equally strong candidates that disagree: no value, and the conflict listed in order
    const top = strength(best);
    const rivals = cands.filter((c) => strength(c) === top && !sameValue(c.value, best.value));
    if (rivals.length) return { value: null, candidate: null, conflict: [best, ...order(rivals)] };
  }
  return { value: best.value, candidate: best, conflict: null };
}

/** List fields: every item once (the same JSON is the same item), in document order. */
export function collect<F extends FieldName>(cands: Candidate<F>[]): Candidate<F>[] {
  if (cands.length < 2) return cands.slice();
  const out: Candidate<F>[] = [];
  // the JSON of the items kept (by place in `out`), written only for items sameJson cannot compare
  const json: (string | undefined)[] = [];
  // (a list has a few items, 16 at most in the corpus: comparing each with those kept is cheap)
  // (the candidates mostly come in document order already: then no copy and no sort)
  next: for (const c of inOrder(cands) ? cands : [...cands].sort(byStart)) {
    let key: string | undefined;
    for (let i = 0; i < out.length; i++) {
      const same = sameJson(out[i]!.value, c.value);
      if (same ?? (json[i] ??= JSON.stringify(out[i]!.value)) === (key ??= JSON.stringify(c.value))) continue next;
    }
    json[out.length] = key;
    out.push(c);
  }
  return out;
}

/** Whether the candidates' places never go back (sorting them by place would change nothing). */
function inOrder(cands: Candidate[]): boolean {
  for (let i = 1; i < cands.length; i++) if (!(cands[i - 1]!.span.start <= cands[i]!.span.start)) return false;
  return true;
}

function byStart(a: Candidate, b: Candidate): number {
  return a.span.start - b.span.start;
}

export function describe(c: Candidate): string {
  const v = typeof c.value === "string" || typeof c.value === "number" ? String(c.value) : JSON.stringify(c.value);
  return `${JSON.stringify(v)} (from "${c.span.text.slice(0, 80)}")`;
}
