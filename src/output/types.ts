import type { InspectionRecord } from "../schema/record.js";

export interface WriterOptions {
  /** colour the output (table only): decided by the caller from TTY, NO_COLOR and FORCE_COLOR */
  color: boolean;
}

/** Writes records to a stream one at a time, never holding them. */
export interface RecordWriter {
  write(record: InspectionRecord): Promise<void>;
  end(): Promise<void>;
}

export type WriterFactory = (out: NodeJS.WritableStream, options: WriterOptions) => RecordWriter;

/** Write and respect back-pressure (wait for `drain` when the stream's buffer is full). */
export function emit(out: NodeJS.WritableStream, text: string): Promise<void> {
  if (out.write(text)) return Promise.resolve();
  return new Promise((resolve) => out.once("drain", () => resolve()));
}
