import type { InspectionRecord } from "../schema/record.js";

export interface WriterOptions {
  /** colour the output (table only): decided by the caller from TTY, NO_COLOR and FORCE_COLOR */
  color: boolean;
}

/**
 * A record as a conversion hands it back from a worker thread: its compact
 * JSON text (a string crosses threads far more cheaply than an object graph,
 * and NDJSON and JSON output print it as it is). The object is parsed from
 * the text only when a writer needs it (CSV, table, indented JSON).
 */
export class EncodedRecord {
  #record: InspectionRecord | undefined;
  constructor(readonly json: string) {}
  get record(): InspectionRecord {
    return (this.#record ??= JSON.parse(this.json) as InspectionRecord);
  }
}

/** What writers take: a record, or a record as compact JSON. */
export type WrittenRecord = InspectionRecord | EncodedRecord;

export function compactJson(r: WrittenRecord): string {
  return r instanceof EncodedRecord ? r.json : JSON.stringify(r);
}

export function recordOf(r: WrittenRecord): InspectionRecord {
  return r instanceof EncodedRecord ? r.record : r;
}

/** Writes records to a stream one at a time, never holding them. */
export interface RecordWriter {
  write(record: WrittenRecord): Promise<void>;
  end(): Promise<void>;
}

export type WriterFactory = (out: NodeJS.WritableStream, options: WriterOptions) => RecordWriter;

/** Write and respect back-pressure (wait for `drain` when the stream's buffer is full). */
export function emit(out: NodeJS.WritableStream, text: string): Promise<void> {
  if (out.write(text)) return Promise.resolve();
  return new Promise((resolve) => out.once("drain", () => resolve()));
}
