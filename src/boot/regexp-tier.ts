/**
 * V8 first runs a regular expression in its bytecode interpreter and
 * compiles it to machine code only on a later run ("tier-up"). This tool's
 * patterns mostly run on every sentence, so nearly all of them get compiled
 * twice: once to bytecode, once to machine code. Compiling each straight to
 * machine code takes about a quarter off the CPU time of a cold
 * single-document run, and measurably nothing off or on a batch.
 *
 * The flag is part of the check V8 makes on a code cache, so the CLI and its
 * worker threads set it before loading their bundle, in every run alike
 * (the training run that writes the cache included).
 */
import { setFlagsFromString } from "node:v8";

export function compileRegExpsNatively(): void {
  setFlagsFromString("--no-regexp-tier-up");
}
