/**
 * Where conversions run: worker threads (piscina) when running the compiled
 * JavaScript with more than one job and enough inputs to pay for starting
 * them, else in this thread. Under tsx/vitest the sources are TypeScript,
 * which a bare worker thread cannot load, so the in-process runner is used.
 */
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import type { ResourceLimits } from "node:worker_threads";

import { validateWithoutCompiling } from "../schema/record.js";
import { runTask, type Task, type TaskResult } from "./task.js";

export interface Runner {
  run(task: Task): Promise<TaskResult>;
  close(): Promise<void>;
  readonly threads: number;
  /** how many conversions to keep asked for at once, so that no worker waits for its next task */
  readonly window: number;
}

/**
 * Worker heaps are kept small: a young generation of 8 MB (V8's default is
 * larger) collects garbage sooner, which keeps resident memory flat; the old
 * generation may still grow to hold a document at the --max-bytes limit.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 512 };

/**
 * Documents handed to a worker thread in one message. Each message costs a
 * structured clone, a wake-up of the worker and one of the main thread (about
 * a tenth of a short document's conversion); grouping pays that once per
 * group. Results still come back, and are printed, in input order.
 */
export const GROUP = 8;

/** Fewer inputs than this are converted in-process: starting workers costs more than it saves. */
export const MIN_INPUTS_FOR_WORKERS = 4;

export function inProcessRunner(): Runner {
  return { run: runTask, close: async () => undefined, threads: 0, window: 8 };
}

/** The compiled worker next to this module, or null when running from TypeScript sources. */
export function workerFile(): string | null {
  const here = fileURLToPath(import.meta.url);
  if (!/\.c?js$/.test(here)) return null;
  const file = fileURLToPath(new URL("./worker.js", import.meta.url));
  return existsSync(file) ? file : null;
}

/**
 * `limits` replaces the worker threads' heap limits (a test gives a tiny one
 * to make a worker die on a large document).
 */
export async function createRunner(jobs: number, inputCount: number, limits: ResourceLimits = WORKER_LIMITS): Promise<Runner> {
  const file = workerFile();
  if (inputCount < MIN_INPUTS_FOR_WORKERS) validateWithoutCompiling();
  if (jobs <= 1 || inputCount < MIN_INPUTS_FOR_WORKERS || file === null) return inProcessRunner();
  // Through require, not import(): the CLI bundle runs as a vm.Script (src/boot/code-cache.ts), which has no dynamic import.
  const { Piscina } = createRequire(import.meta.url)("piscina") as typeof import("piscina");
  const threads = Math.min(jobs, inputCount);
  const pool = new Piscina({ filename: file, minThreads: threads, maxThreads: threads, idleTimeout: 1000, resourceLimits: limits });
  // Tasks asked for in the same turn of the event loop go to a worker together, up to GROUP at a time.
  let pending: { task: Task; resolve: (r: TaskResult) => void; reject: (e: unknown) => void }[] = [];
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    const group = pending;
    pending = [];
    if (!group.length) return;
    // Bytes (standard input only) are copied, not transferred: a Buffer may share a pooled ArrayBuffer.
    (pool.run(group.map((p) => p.task)) as Promise<TaskResult[]>).then(
      (results) => group.forEach((p, i) => p.resolve(results[i]!)),
      // A worker that died (out of memory on one document, say) fails its whole group:
      // each task is asked for again alone, so only the culprit fails.
      () => group.forEach((p) => (pool.run(p.task) as Promise<TaskResult>).then(p.resolve, p.reject)),
    );
  };
  return {
    threads,
    window: threads * GROUP * 2,
    run: (task) =>
      new Promise<TaskResult>((resolve, reject) => {
        pending.push({ task, resolve, reject });
        if (pending.length >= GROUP) flush();
        else if (!scheduled) {
          scheduled = true;
          setImmediate(flush);
        }
      }),
    close: () => pool.destroy(),
  };
}
