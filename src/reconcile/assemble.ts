/** Chosen candidates -> the record, with evidence for every filled field. */
import type { Evidence, InspectionRecord } from "../schema/record.js";
import { emptyRecord } from "../schema/record.js";
import type { Candidate, FieldName, Message } from "../extractors/types.js";
import { LIST_FIELDS } from "../extractors/types.js";
import { choose, collect, describe } from "./choose.js";

function setPath(record: InspectionRecord, path: string, value: unknown): void {
  const keys = path.split(".");
  let target = record as unknown as Record<string, unknown>;
  for (const k of keys.slice(0, -1)) target = target[k] as Record<string, unknown>;
  target[keys[keys.length - 1]!] = value;
}

export interface Assembled {
  record: InspectionRecord;
  evidence: Record<string, Evidence>;
}

export function assemble(
  source: InspectionRecord["source"],
  byField: Map<FieldName, Candidate[]>,
  messages: Message[],
): Assembled {
  const record = emptyRecord(source);
  const evidence: Record<string, Evidence> = {};
  const ev = (c: Candidate): Evidence => ({ start: c.span.start, end: c.span.end, text: c.span.text, extractor: c.extractor });
  for (const [field, cands] of byField) {
    if (LIST_FIELDS.has(field)) {
      const items = collect(cands);
      setPath(record, field, items.map((c) => c.value));
      items.forEach((c, i) => (evidence[`${field}[${i}]`] = ev(c)));
      continue;
    }
    const choice = choose(field, cands);
    if (choice.conflict) {
      messages.push({
        source: "reconcile",
        severity: "warning",
        reason: `${field}: left null, candidates disagree: ${choice.conflict.map(describe).join(" vs ")}`,
        place: { start: choice.conflict[0]!.span.start, end: choice.conflict[0]!.span.end },
      });
      continue;
    }
    if (choice.candidate) {
      setPath(record, field, choice.value);
      evidence[field] = ev(choice.candidate);
    }
  }
  return { record, evidence };
}
