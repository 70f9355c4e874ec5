/**
 * V8 settings for this tool's workload, set by the CLI and its worker
 * threads before they load their bundle. V8's flags are part of the check it
 * makes on a code cache, so they are set in every run alike (the training
 * run that writes the cache included).
 *
 * - `--no-regexp-tier-up`: V8 first runs a regular expression in its bytecode
 *   interpreter and compiles it to machine code only on a later run. This
 *   tool's patterns mostly run on every sentence, so nearly all of them got
 *   compiled twice. Compiling each straight to machine code takes about a
 *   quarter off the CPU time of a cold single-document run, and measurably
 *   nothing off or on a batch.
 * - `--heap-growing-percent=20`: after a full garbage collection V8 lets the
 *   heap grow to several times what was live before collecting again, so a
 *   long batch's resident memory kept climbing (to about 300 MB over 20,000
 *   documents) with only about 35 MB live in each thread. Growing by a fifth
 *   keeps it flat (about 240 MB) at the same speed.
 * - `--interrupt-budget=264000` (four times V8's 67584): a function is
 *   optimised by TurboFan only after four times as much work in the
 *   interpreter. Optimising the extractors' large functions costs each worker
 *   thread seconds of CPU (each thread compiles its own), much of it for
 *   functions that are not hot for long: a 2,000-document batch takes about
 *   a sixth less CPU. The trade-off: over 20,000 documents V8's own budget
 *   took 5-15 % less CPU (alternated runs, session 7), since early
 *   optimisation pays back over many documents. Batches of hundreds to a few
 *   thousand releases are the usual job, so the larger budget stays. (It
 *   cannot be chosen per batch: set after start-up, once the inputs are
 *   counted, the flag no longer changes what the worker threads optimise.)
 * - `--semi-space-growth-factor=1` and `--min-semi-space-size=4`: V8 starts
 *   a thread's young generation small and doubles it each time enough has
 *   survived collection since the last doubling, which in a long batch always
 *   happens: the main thread (which only hands out paths and prints records)
 *   grew to about 45 MB of young generation it did not need. It now keeps
 *   its first size. A worker thread's young generation is set by the pool
 *   (src/batch/pool.ts) and starts at that size (the minimum is clamped to
 *   it), so workers collect as before. In alternating runs, batches of
 *   2,000 and 20,000 documents peaked 16-24 MB lower for the same CPU; a
 *   cold run is unchanged.
 */
import { setFlagsFromString } from "node:v8";

export function setV8Flags(): void {
  setFlagsFromString("--no-regexp-tier-up");
  setFlagsFromString("--heap-growing-percent=20");
  setFlagsFromString("--interrupt-budget=264000");
  setFlagsFromString("--semi-space-growth-factor=1");
  setFlagsFromString("--min-semi-space-size=4");
}
