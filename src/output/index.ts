/** Output formats: name -> writer. */
import { csvWriter } from "./csv.js";
import { jsonWriter, prettyWriter } from "./json.js";
import { ndjsonWriter } from "./ndjson.js";
import { tableWriter } from "./table.js";
import type { WriterFactory } from "./types.js";

export const FORMATS = ["json", "ndjson", "csv", "table"] as const;
export type FormatName = (typeof FORMATS)[number];

export const WRITERS: Record<FormatName, WriterFactory> = {
  json: jsonWriter,
  ndjson: ndjsonWriter,
  csv: csvWriter,
  table: tableWriter,
};

/** The writer for a run: an explicit --format, else one indented object for one input and NDJSON for several. */
export function writerFor(format: FormatName | undefined, inputCount: number): WriterFactory {
  if (format) return WRITERS[format];
  return inputCount === 1 ? prettyWriter : ndjsonWriter;
}

export type { RecordWriter, WriterFactory, WriterOptions, WrittenRecord } from "./types.js";
export { EncodedRecord, compactJson, recordOf } from "./types.js";
export { colorLevel } from "./color.js";
export { stripTerminalControls, safeLine } from "./sanitize.js";
