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

/** A list field's evidence keys ("figures[0]", "figures[1]", ...), made once: a key made afresh for every item is hashed afresh too. */
const ITEM_KEYS = new Map<string, string[]>();

function itemKey(field: string, i: number): string {
  let keys = ITEM_KEYS.get(field);
  if (keys === undefined) ITEM_KEYS.set(field, (keys = []));
  return (keys[i] ??= `${field}[${i}]`);
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
  /** made when first read (only `--evidence` asks for it) */
  evidence: Record<string, Evidence>;
}

export function assemble(
  source: InspectionRecord["source"],
  byField: Map<FieldName, Candidate[]>,
  messages: Message[],
): Assembled {
  const record = emptyRecord(source);
  const keys: string[] = [];
  const from: Candidate[] = [];
  for (const [field, cands] of byField) {
    if (LIST_FIELDS.has(field)) {
      const items = collect(cands);
      const values: unknown[] = [];
      for (let i = 0; i < items.length; i++) {
        values.push(items[i]!.value);
        keys.push(itemKey(field, i));
        from.push(items[i]!);
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
      keys.push(field);
      from.push(choice.candidate);
    }
  }
  return new AssembledRecord(record, keys, from);
}

/** The record, and its evidence made when first read (only `--evidence` asks for it). */
class AssembledRecord implements Assembled {
  readonly record: InspectionRecord;
  /** the evidence's keys and the candidates they point at, in order */
  readonly #keys: string[];
  readonly #from: Candidate[];
  #evidence: Record<string, Evidence> | undefined;

  constructor(record: InspectionRecord, keys: string[], from: Candidate[]) {
    this.record = record;
    this.#keys = keys;
    this.#from = from;
  }

  // (an object of a dozen keys that vary from one document to the next is dear to build)
  get evidence(): Record<string, Evidence> {
    if (this.#evidence === undefined) {
      const evidence: Record<string, Evidence> = {};
      for (let i = 0; i < this.#keys.length; i++) evidence[this.#keys[i]!] = evidenceOf(this.#from[i]!);
      this.#evidence = evidence;
    }
    return this.#evidence;
  }
}
