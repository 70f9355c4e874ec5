/**
 * The batch conversion: expand the inputs, convert them (in worker threads
 * when it pays), and either stream the records to stdout in input order in
 * the chosen format, or write one file per input under --out. Errors are
 * reported per input and the batch goes on.
 */
import { realpathSync } from "node:fs";
import { extname, resolve } from "node:path";

import type { Io } from "../cli/io.js";
import { EXIT } from "../cli/io.js";
import { InputError } from "../input/errors.js";
import { readStreamInput } from "../input/read.js";
import { colorLevel, EncodedRecord, safeLine, writerFor, type FormatName, type RecordWriter } from "../output/index.js";
import { expandInputs, outputRelPath, type Expanded, type InputItem } from "./expand.js";
import { mapOrdered } from "./ordered.js";
import { OutDir } from "./out.js";
import { createRunner, type Runner } from "./pool.js";
import type { TaskResult } from "./task.js";

export interface BatchOptions {
  inputs: string[];
  extensions: string[];
  jobs: number;
  maxBytes: number;
  evidence: boolean;
  format?: FormatName;
  outDir?: string;
  force: boolean;
  quiet: boolean;
  debug: boolean;
}

type Outcome = { item: InputItem; target: string | null } & (
  | { status: "done"; result: TaskResult }
  | { status: "skipped" }
  | { status: "failed"; kind: "input" | "internal"; message: string; stack?: string }
);

function realKey(abs: string): string {
  try {
    return realpathSync(abs);
  } catch {
    return abs;
  }
}

/**
 * The inputs without repeats: the same file named twice (a file and its
 * folder, overlapping globs, a link to it) is converted once. (Synchronous:
 * nothing else runs yet, and a promise per file costs more than the look-up.)
 * A function of its own so that its table of real paths is let go of before
 * the batch runs. Skipped when the expansion says no file can repeat (one
 * folder without links): a look-up per file costs a long batch's start.
 */
function onceEach({ items: expanded, mayRepeat }: Expanded): InputItem[] {
  if (!mayRepeat) return expanded;
  const seen = new Set<string>();
  const items: InputItem[] = [];
  for (const item of expanded) {
    if (item.kind === "file") {
      const key = realKey(item.abs);
      // (the absolute path itself when it is the real one: no second copy of it per file)
      const k = key === item.abs ? item.abs : key;
      if (seen.has(k)) continue;
      seen.add(k);
    }
    items.push(item);
  }
  return items;
}

/**
 * The inputs expanded, without repeats. (Its own async function: a value an
 * async function awaited stays held by its suspended frame, and the expanded
 * list held by runBatch's would keep every input alive to the end.)
 */
async function inputsOnce(options: BatchOptions, cwd: string, outRoot: string | null): Promise<InputItem[]> {
  return onceEach(await expandInputs(options.inputs, { cwd, extensions: options.extensions, exclude: outRoot ? [outRoot] : [] }));
}

/**
 * The entries of `list` in order, each let go of (the slot emptied) once
 * handed out, so that a long batch holds only the inputs still to convert
 * and those in flight, not every one it has done. (Exported for its test.)
 */
export function* handOut<T>(list: (T | undefined)[]): Generator<T> {
  for (let i = 0; i < list.length; i++) {
    const x = list[i] as T;
    list[i] = undefined;
    yield x;
  }
}

function shownPath(item: InputItem): string {
  return item.kind === "stdin" ? "<stdin>" : safeLine(item.path);
}

export async function runBatch(options: BatchOptions, io: Io): Promise<number> {
  const started = Date.now();
  const outRoot = options.outDir ? resolve(io.cwd, options.outDir) : null;
  const items: (InputItem | undefined)[] = await inputsOnce(options, io.cwd, outRoot);
  const stdinCount = items.filter((i) => i?.kind === "stdin").length;
  if (stdinCount > 1) {
    io.stderr.write("inspect-extract: `-` (standard input) can be given only once\n");
    return EXIT.usage;
  }
  if (items.length === 0) {
    io.stderr.write("inspect-extract: no documents found in the inputs (see --ext for the file types read from folders)\n");
    return EXIT.someFailed;
  }

  const out = outRoot ? new OutDir(outRoot) : null;
  const targets: (string | null)[] = items.map((item) => {
    if (!item) return null;
    if (!out || item.kind === "error") return null;
    const rel = outputRelPath(item, io.cwd);
    const ext = item.kind === "file" ? extname(item.path) : "";
    return out.target(rel, ext || "_");
  });

  const workCount = items.filter((i) => i?.kind !== "error").length;
  let runner: Runner | null = null;
  let writer: RecordWriter | null = null;
  let bar: import("cli-progress").SingleBar | null = null;
  let code: number = EXIT.ok;
  let converted = 0;
  let skipped = 0;
  let failed = 0;

  const report = (line: string) => {
    io.stderr.write((bar ? "\r\x1b[2K" : "") + line + "\n");
  };

  const convertOne = async (item: InputItem, index: number): Promise<Outcome> => {
    const target = targets[index] ?? null;
    targets[index] = null;
    if (item.kind === "error") return { item, target, status: "failed", kind: "input", message: item.message };
    try {
      if (out && target) {
        if (await out.isInput(target, item.kind === "file" ? item.abs : null)) {
          return { item, target, status: "failed", kind: "input", message: `its record would overwrite an input (${target}): not converted` };
        }
        if (!options.force && (await out.exists(target))) return { item, target, status: "skipped" };
      }
      if (item.kind === "stdin") {
        const raw = await readStreamInput(io.stdin, options.maxBytes);
        return { item, target, status: "done", result: await runner!.run({ path: null, bytes: raw.bytes, maxBytes: options.maxBytes, evidence: options.evidence }) };
      }
      return {
        item,
        target,
        status: "done",
        result: await runner!.run({ path: item.path, abs: item.abs, maxBytes: options.maxBytes, evidence: options.evidence }),
      };
    } catch (err) {
      if (err instanceof InputError) return { item, target, status: "failed", kind: "input", message: err.message };
      const e = err instanceof Error ? err : new Error(String(err));
      return { item, target, status: "failed", kind: "internal", message: `internal error: ${e.message}`, stack: e.stack };
    }
  };

  try {
    runner = await createRunner(options.jobs, workCount);
    if (options.debug) {
      io.stderr.write(`inspect-extract: debug: ${workCount} inputs, ${runner.threads ? `${runner.threads} worker threads` : "converted in-process"}\n`);
    }
    if (!out) {
      const color = colorLevel(io.env, io.stdout.isTTY) > 0;
      writer = writerFor(options.format, items.length)(io.stdout, { color });
    }
    if (io.stderr.isTTY && !options.quiet) {
      // loaded only for a terminal: piped and quiet runs (and every cold single-file run in a script) skip it
      const cliProgress = (await import("cli-progress")).default;
      bar = new cliProgress.SingleBar(
        { stream: io.stderr, hideCursor: true, clearOnComplete: true, format: " {bar} {value}/{total} documents | {duration}s" },
        cliProgress.Presets.shades_classic,
      );
      bar.start(items.length, 0);
    }

    const window = runner.window;
    for await (const outcome of mapOrdered(handOut(items), convertOne, window, io.signal)) {
      const where = shownPath(outcome.item);
      if (outcome.status === "skipped") {
        skipped++;
      } else if (outcome.status === "failed" || !outcome.result.ok) {
        failed++;
        const f = outcome.status === "failed" ? outcome : (outcome.result as Extract<TaskResult, { ok: false }>);
        report(`inspect-extract: ${where}: ${safeLine(f.message)}`);
        if (options.debug && f.stack) report(f.stack);
        code = Math.max(code, f.kind === "input" ? EXIT.someFailed : EXIT.internal);
      } else if (out && outcome.target) {
        try {
          await out.write(outcome.target, new EncodedRecord(outcome.result.json).record);
          converted++;
        } catch (err) {
          failed++;
          report(`inspect-extract: ${where}: cannot write ${safeLine(outcome.target)}: ${safeLine((err as Error).message)}`);
          code = Math.max(code, EXIT.someFailed);
        }
      } else if (writer) {
        await writer.write(new EncodedRecord(outcome.result.json));
        converted++;
      }
      bar?.increment();
    }
    await writer?.end();
  } finally {
    bar?.stop();
    await out?.cleanup();
    await runner?.close();
  }

  const interrupted = io.signal?.aborted ?? false;
  if (!out && interrupted && !options.quiet) {
    io.stderr.write(`inspect-extract: interrupted: ${converted} records printed, ${failed} failed\n`);
  }
  if (out && !options.quiet) {
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    io.stderr.write(
      `inspect-extract: ${interrupted ? "interrupted: " : ""}${converted} converted, ${skipped} skipped, ${failed} failed in ${seconds}s\n`,
    );
  }
  return interrupted ? EXIT.interrupted : code;
}
