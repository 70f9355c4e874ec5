/**
 * One conversion: read (unless the bytes are given), extract, and return a
 * plain, cloneable result, so the same function runs in-process and in a
 * worker thread.
 */
import { extract, InvalidRecordError } from "../extract.js";
import { InputError } from "../input/errors.js";
import { formatHint, readFileInput } from "../input/read.js";

export interface Task {
  /** path shown and put in the record's source.path (null for standard input) */
  path: string | null;
  /** absolute path to read (when bytes are not given) */
  abs?: string;
  bytes?: Uint8Array;
  maxBytes: number;
  evidence: boolean;
}

/**
 * A conversion's result. The record travels as its compact JSON text: a
 * string crosses from a worker thread far more cheaply than an object graph
 * (structured cloning a record and rebuilding it cost the main thread more
 * than printing it), and NDJSON output prints it as it is.
 */
export type TaskResult =
  | { ok: true; json: string }
  | { ok: false; kind: "input" | "invalid" | "internal"; message: string; stack?: string };

export async function runTask(task: Task): Promise<TaskResult> {
  try {
    const bytes = task.bytes ?? (await readFileInput(task.abs ?? task.path ?? "", task.maxBytes)).bytes;
    const hint = formatHint(task.path);
    const { record } = await extract(bytes, { path: task.path, ...(hint ? { format: hint } : {}), evidence: task.evidence });
    return { ok: true, json: JSON.stringify(record) };
  } catch (err) {
    if (err instanceof InputError) return { ok: false, kind: "input", message: err.message };
    if (err instanceof InvalidRecordError) return { ok: false, kind: "invalid", message: err.message, stack: err.stack };
    const e = err instanceof Error ? err : new Error(String(err));
    return { ok: false, kind: "internal", message: `internal error: ${e.message}`, stack: e.stack };
  }
}
