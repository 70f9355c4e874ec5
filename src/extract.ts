/**
 * The pipeline a document flows through:
 * read and decode -> blocks (HTML furniture dropped) -> segment -> extractors
 * -> reconcile -> validate. `extract()` is the library API; the CLI is a thin
 * layer over it.
 */
import { decode, type Format } from "./input/decode.js";
import { sha256 } from "./input/read.js";
import { segment } from "./segment/index.js";
import type { Doc } from "./segment/types.js";
import { EXTRACTORS } from "./configuration.js";
import { runExtractors } from "./reconcile/run.js";
import { assemble } from "./reconcile/assemble.js";
import type { Message } from "./extractors/types.js";
import { validateRecord, type InspectionRecord } from "./schema/record.js";

export interface ExtractOptions {
  /** the path as given on the command line (null for standard input) */
  path?: string | null;
  /** a hint from the file name; the content decides */
  format?: Format;
  /** add an `evidence` object to the record */
  evidence?: boolean;
}

export interface ExtractResult {
  record: InspectionRecord;
  messages: Message[];
  doc: Doc;
  encoding: string;
}

/** A record that fails its own schema: a bug in the tool (exit code 3). */
export class InvalidRecordError extends Error {
  constructor(readonly issues: string[]) {
    super(`internal error: the extracted record does not match the schema: ${issues.join("; ")}`);
    this.name = "InvalidRecordError";
  }
}

export async function extract(input: string | Uint8Array, options: ExtractOptions = {}): Promise<ExtractResult> {
  const bytes = typeof input === "string" ? new TextEncoder().encode(input) : input;
  const decoded = await decode(bytes, options.format);
  return extractDecoded(decoded.text, decoded.format, bytes, decoded.encoding, options);
}

export function extractDecoded(
  text: string,
  format: Format,
  bytes: Uint8Array,
  encoding: string,
  options: ExtractOptions = {},
): ExtractResult {
  const doc = segment({ text, format }, options.path ?? null);
  const { byField, messages } = runExtractors(doc, EXTRACTORS);
  const source = { path: options.path ?? null, format, sha256: sha256(bytes), bytes: bytes.length };
  const assembled = assemble(source, byField, messages);
  const record = assembled.record;
  record.warnings = [...new Set(messages.filter((m) => m.severity === "warning").map((m) => m.reason))];
  // the evidence is made only when read
  if (options.evidence) record.evidence = assembled.evidence;
  const parsed = validateRecord(record);
  if (!parsed.success) {
    throw new InvalidRecordError(parsed.error.issues.map((i) => `${i.path.join(".") || "(record)"}: ${i.message}`));
  }
  return { record: parsed.data, messages, doc, encoding };
}
