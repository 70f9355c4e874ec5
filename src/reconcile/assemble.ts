/** Chosen candidates -> the record, with evidence for every filled field. */
import type { Evidence, InspectionRecord } from "../schema/record.js";
import { emptyRecord } from "../schema/record.js";
import type { Candidate, FieldName, Message } from "../extractors/types.js";
import { LIST_FIELDS } from "../extractors/types.js";
import { choose, collect, describe } from "./choose.js";

/** Each field's path split at its dots, split once ("dates.published" -> ["dates", "published"]). */
const PATHS = new Map<string, string[]>();

function setPath(record: InspectionRecord, path: string, value: unknown): void {
  let keys = PATHS.get(path);
  if (keys === undefined) PATHS.set(path, (keys = path.split(".")));
  let target = record as unknown as Record<string, unknown>;
  for (let i = 0; i < keys.length - 1; i++) target = target[keys[i]!] as Record<string, unknown>;
  target[keys[keys.length - 1]!] = value;
}

function evidenceOf(c: Candidate): Evidence {
  return { start: c.span.start, end: c.span.end, text: c.span.text, extractor: c.extractor };
}

/** The warning for a strict field left null (kept out of assemble's loop: it is rare). */
function conflictMessage(field: FieldName, conflict: Candidate[]): Message {
  return {
    source: "reconcile",
    severity: "warning",
    reason: `${field}: left null, candidates disagree: ${conflict.map(describe).join(" vs ")}`,
    place: { start: conflict[0]!.span.start, end: conflict[0]!.span.end },
  };
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
  for (const [field, cands] of byField) {
    if (LIST_FIELDS.has(field)) {
      const items = collect(cands);
      const values: unknown[] = [];
      for (let i = 0; i < items.length; i++) {
        values.push(items[i]!.value);
        evidence[`${field}[${i}]`] = evidenceOf(items[i]!);
      }
      setPath(record, field, values);
      continue;
    }
    const choice = choose(field, cands);
    if (choice.conflict) {
      messages.push(conflictMessage(field, choice.conflict));
      continue;
    }
    if (choice.candidate) {
      setPath(record, field, choice.value);
      evidence[field] = evidenceOf(choice.candidate);
    }
  }
  return { record, evidence };
}
