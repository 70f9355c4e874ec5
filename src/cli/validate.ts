/**
 * `inspect-extract validate [FILE|-]`: check records against the schema.
 * Accepts one JSON record, a JSON array of records, or NDJSON (one record a
 * line). Each invalid record is reported with its line and failing field path.
 */
import { resolve } from "node:path";

import { InputError } from "../input/errors.js";
import { readFileInput, readStreamInput } from "../input/read.js";
import { safeLine } from "../output/sanitize.js";
import { recordSchema } from "../schema/record.js";
import { EXIT, type Io } from "./io.js";

/** At most this many problems are listed per record. */
const MAX_ISSUES = 10;

export interface Located {
  line: number;
  value?: unknown;
  error?: string;
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function parseErrorLine(text: string, err: unknown, fallback: number): number {
  const msg = (err as Error).message;
  const lineMatch = /\bline (\d{1,9})\b/.exec(msg);
  if (lineMatch) return Number(lineMatch[1]);
  const pos = /\bposition (\d{1,12})\b/.exec(msg);
  return pos ? lineAt(text, Number(pos[1])) : fallback;
}

/** Offsets where the elements of a top-level JSON array start (a linear scan aware of strings). */
export function arrayElementOffsets(text: string): number[] {
  const offsets: number[] = [];
  let depth = 0;
  let inString = false;
  let expectElement = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === " " || c === "\n" || c === "\r" || c === "\t") continue;
    if (depth === 1 && expectElement && c !== "]") {
      offsets.push(i);
      expectElement = false;
    }
    if (c === '"') inString = true;
    else if (c === "[" || c === "{") {
      depth++;
      if (depth === 1) expectElement = true;
    } else if (c === "]" || c === "}") depth--;
    else if (c === "," && depth === 1) expectElement = true;
  }
  return offsets;
}

/** Split the input into records with the line each starts on. */
export function locateRecords(text: string): Located[] {
  const start = text.search(/\S/);
  if (start < 0) return [];
  const firstLine = lineAt(text, start);
  if (text[start] === "[") {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (err) {
      return [{ line: parseErrorLine(text, err, firstLine), error: `not valid JSON: ${(err as Error).message}` }];
    }
    if (!Array.isArray(parsed)) return [{ line: firstLine, value: parsed }];
    const offsets = arrayElementOffsets(text);
    return parsed.map((value, i) => ({ line: offsets[i] !== undefined ? lineAt(text, offsets[i]!) : firstLine, value }));
  }
  try {
    return [{ line: firstLine, value: JSON.parse(text) }];
  } catch (wholeErr) {
    // NDJSON: one record a line.
    const lines = text.split("\n");
    const firstRecordLine = lines[firstLine - 1]!.trim();
    try {
      JSON.parse(firstRecordLine);
    } catch {
      // The first line is not a record by itself: a single (broken) JSON document.
      return [{ line: parseErrorLine(text, wholeErr, firstLine), error: `not valid JSON: ${(wholeErr as Error).message}` }];
    }
    const out: Located[] = [];
    lines.forEach((l, i) => {
      const t = l.trim();
      if (!t) return;
      try {
        out.push({ line: i + 1, value: JSON.parse(t) });
      } catch (err) {
        out.push({ line: i + 1, error: `not valid JSON: ${(err as Error).message}` });
      }
    });
    return out;
  }
}

export async function runValidate(file: string | undefined, opts: { maxBytes: number; quiet?: boolean }, io: Io): Promise<number> {
  const name = !file || file === "-" ? "<stdin>" : file;
  let text: string;
  try {
    const raw = !file || file === "-" ? await readStreamInput(io.stdin, opts.maxBytes) : await readFileInput(resolve(io.cwd, file), opts.maxBytes);
    text = new TextDecoder("utf-8").decode(raw.bytes);
  } catch (err) {
    if (err instanceof InputError) {
      io.stderr.write(`inspect-extract: ${safeLine(name)}: ${err.message}\n`);
      return EXIT.someFailed;
    }
    throw err;
  }
  const records = locateRecords(text);
  if (!records.length) {
    io.stderr.write(`inspect-extract: ${safeLine(name)}: no records found\n`);
    return EXIT.someFailed;
  }
  let invalid = 0;
  records.forEach((r, i) => {
    const where = `inspect-extract: ${safeLine(name)}:${r.line}: record ${i + 1}`;
    if (r.error !== undefined) {
      invalid++;
      io.stderr.write(`${where}: ${safeLine(r.error)}\n`);
      return;
    }
    const parsed = recordSchema.safeParse(r.value);
    if (parsed.success) return;
    invalid++;
    const issues = parsed.error.issues;
    for (const issue of issues.slice(0, MAX_ISSUES)) {
      const path = issue.path.map(String).join(".") || "(record)";
      io.stderr.write(`${where}: ${safeLine(path)}: ${safeLine(issue.message)}\n`);
    }
    if (issues.length > MAX_ISSUES) io.stderr.write(`${where}: … and ${issues.length - MAX_ISSUES} more problems\n`);
  });
  if (!opts.quiet) {
    io.stderr.write(`inspect-extract: ${safeLine(name)}: ${records.length} record${records.length === 1 ? "" : "s"} checked, ${invalid} invalid\n`);
  }
  return invalid ? EXIT.someFailed : EXIT.ok;
}
