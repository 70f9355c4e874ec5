/**
 * Start-up with V8's code cache. Node 20 has no compile cache for modules
 * (module.enableCompileCache came in Node 22), so the CLI bundle is built as
 * one CommonJS script and run here through vm.Script with the bytecode V8
 * saved after a training run at build time (`npm run build`). A cold
 * `inspect-extract FILE` then skips parsing and compiling most of the bundle.
 *
 * The cache file's name carries a hash of the bundle's bytes and the Node
 * version (V8 itself checks only the source's length), so a rebuilt bundle
 * never meets a stale cache, and a copied one still finds its own (SHA-256
 * of the bytes takes about a millisecond; of the decoded text, several). A
 * missing or rejected cache (another Node version) only means a normal
 * compile. The bundles must not use dynamic import() of a module outside
 * them, which a vm.Script cannot serve (esbuild turns one of a bundled
 * module into a plain call).
 *
 * The bundle is read as Latin-1 when it is pure ASCII (the build makes it
 * so): the same string as UTF-8 decoding gives, several times faster.
 */
import { isAscii } from "node:buffer";
import { hash } from "node:crypto";
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import vm from "node:vm";

/** Set (to anything) while training: the bundles write their caches (see saveCache). */
export const WRITE_CACHE_ENV = "INSPECT_EXTRACT_WRITE_CODE_CACHE";

export function cachePath(file: string, bytes: Uint8Array): string {
  const key = hash("sha256", hash("sha256", bytes, "hex") + process.version, "hex").slice(0, 16);
  return `${file}.${key}.cache`;
}

/** A bundle's text: Latin-1 decoding is exact for ASCII and much faster than UTF-8's. */
export function sourceText(bytes: Buffer): string {
  return bytes.toString(isAscii(bytes) ? "latin1" : "utf8");
}

export interface Loaded {
  exports: Record<string, unknown>;
  /** Writes the code cache now when training (WRITE_CACHE_ENV set), else does nothing. */
  saveCache(): void;
}

/** A CommonJS script's text as the function it runs in (the code cache belongs to this exact text). */
export function wrapCommonJs(source: string): string {
  return `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
}

/** Runs a CommonJS bundle, with its code cache when one matches, and returns its exports. */
export function runCached(file: string): Loaded {
  const bytes = readFileSync(file);
  const source = sourceText(bytes);
  const cacheFile = cachePath(file, bytes);
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  const script = new vm.Script(wrapCommonJs(source), {
    filename: file,
    ...(cachedData ? { cachedData } : {}),
  });
  // Saved after the training run (not before), so functions compiled lazily are in it too.
  const saveCache = () => {
    if (!process.env[WRITE_CACHE_ENV]) return;
    const tmp = `${cacheFile}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    writeFileSync(tmp, script.createCachedData());
    renameSync(tmp, cacheFile);
  };
  const module = { exports: {} as Record<string, unknown> };
  const fn = script.runInThisContext() as (...args: unknown[]) => void;
  fn.call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
  return { exports: module.exports, saveCache };
}
