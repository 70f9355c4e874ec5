/**
 * Where conversions run: worker threads (piscina) when running the compiled
 * JavaScript with more than one job and enough inputs to pay for starting
 * them, else in this thread. Under tsx/vitest the sources are TypeScript,
 * which a bare worker thread cannot load, so the in-process runner is used.
 */
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

import { validateWithoutCompiling } from "../schema/record.js";
import { runTask, type Task, type TaskResult } from "./task.js";

export interface Runner {
  run(task: Task): Promise<TaskResult>;
  close(): Promise<void>;
  readonly threads: number;
}

/**
 * Worker heaps are kept small: a young generation of 8 MB (V8's default is
 * larger) collects garbage sooner, which keeps resident memory flat; the old
 * generation may still grow to hold a document at the --max-bytes limit.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 512 };

/** Fewer inputs than this are converted in-process: starting workers costs more than it saves. */
export const MIN_INPUTS_FOR_WORKERS = 4;

export function inProcessRunner(): Runner {
  return { run: runTask, close: async () => undefined, threads: 0 };
}

/** The compiled worker next to this module, or null when running from TypeScript sources. */
export function workerFile(): string | null {
  const here = fileURLToPath(import.meta.url);
  if (!/\.c?js$/.test(here)) return null;
  const file = fileURLToPath(new URL("./worker.js", import.meta.url));
  return existsSync(file) ? file : null;
}

export async function createRunner(jobs: number, inputCount: number): Promise<Runner> {
  const file = workerFile();
  if (inputCount < MIN_INPUTS_FOR_WORKERS) validateWithoutCompiling();
  if (jobs <= 1 || inputCount < MIN_INPUTS_FOR_WORKERS || file === null) return inProcessRunner();
  // Through require, not import(): the CLI bundle runs as a vm.Script (src/boot/code-cache.ts), which has no dynamic import.
  const { Piscina } = createRequire(import.meta.url)("piscina") as typeof import("piscina");
  const threads = Math.min(jobs, inputCount);
  const pool = new Piscina({ filename: file, minThreads: threads, maxThreads: threads, idleTimeout: 1000, resourceLimits: WORKER_LIMITS });
  return {
    threads,
    // Bytes (standard input only) are copied, not transferred: a Buffer may share a pooled ArrayBuffer.
    run: (task) => pool.run(task) as Promise<TaskResult>,
    close: () => pool.destroy(),
  };
}
