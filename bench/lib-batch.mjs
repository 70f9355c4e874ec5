/**
 * Fallback batch runner (used when the CLI has no folder/--jobs batch mode):
 * the library API from dist/index.js in a loop over the files of a folder,
 * split across N worker threads, each record serialised as one NDJSON line
 * (counted, not written). Prints one JSON line of stats on stdout.
 *
 *   node bench/lib-batch.mjs DIR [--threads N] [--limit N] [--ext .html]
 */
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";
import { readdir } from "node:fs/promises";
import { readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { performance } from "node:perf_hooks";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");

async function work(files) {
  const { extract } = await import(pathToFileURL(join(ROOT, "dist", "index.js")).href);
  let ok = 0;
  let failed = 0;
  let bytesIn = 0;
  let bytesOut = 0;
  const errors = {};
  for (const file of files) {
    const bytes = readFileSync(file);
    bytesIn += bytes.length;
    try {
      const { record } = await extract(bytes, { path: file, format: file.endsWith(".html") ? "html" : "text" });
      bytesOut += JSON.stringify(record).length + 1;
      ok++;
    } catch (err) {
      failed++;
      const key = `${err?.name}: ${String(err?.message).slice(0, 120)}`;
      errors[key] = (errors[key] ?? 0) + 1;
    }
  }
  return { ok, failed, bytesIn, bytesOut, errors };
}

if (!isMainThread) {
  work(workerData.files).then((r) => parentPort.postMessage(r));
} else {
  const args = process.argv.slice(2);
  const dir = args[0];
  const opt = (name, def) => {
    const i = args.indexOf(name);
    return i >= 0 ? Number(args[i + 1]) : def;
  };
  const threads = opt("--threads", 2);
  const limit = opt("--limit", Infinity);
  const ext = args.includes("--ext") ? args[args.indexOf("--ext") + 1] : "";
  const t0 = performance.now();
  const files = (await readdir(dir))
    .filter((f) => !f.startsWith(".") && f.endsWith(ext))
    .sort()
    .slice(0, limit)
    .map((f) => join(dir, f));
  let results;
  if (threads <= 1) {
    results = [await work(files)];
  } else {
    const shares = Array.from({ length: threads }, (_, i) => files.filter((_, j) => j % threads === i));
    results = await Promise.all(
      shares.map(
        (share) =>
          new Promise((resolve, reject) => {
            const w = new Worker(fileURLToPath(import.meta.url), { workerData: { files: share } });
            w.once("message", resolve);
            w.once("error", reject);
          }),
      ),
    );
  }
  const total = { ok: 0, failed: 0, bytesIn: 0, bytesOut: 0, errors: {} };
  for (const r of results) {
    total.ok += r.ok;
    total.failed += r.failed;
    total.bytesIn += r.bytesIn;
    total.bytesOut += r.bytesOut;
    for (const [k, v] of Object.entries(r.errors)) total.errors[k] = (total.errors[k] ?? 0) + v;
  }
  const ms = performance.now() - t0;
  console.log(JSON.stringify({ ...total, files: files.length, threads, ms, maxRssKb: process.resourceUsage().maxRSS }));
}
