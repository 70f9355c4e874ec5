#!/usr/bin/env node
/**
 * `npm run bench`: speed and memory of inspect-extract on a generated corpus.
 *
 *   node bench/run.mjs [--no-build] [--quick] [--profile] [--jobs N] [--sizes 2000,20000]
 *
 * 1. builds dist/ (`npm run build`; --no-build to use the dist/ there is),
 * 2. writes a varied corpus (bench/corpus/, git-ignored) from fixtures/docs,
 * 3. runs the batch over 2,000 and 20,000 documents, through the CLI's batch
 *    mode when it has one (a folder input and --jobs), else through the
 *    library API in worker threads (bench/lib-batch.mjs): documents/s, MB/s,
 *    peak resident memory (GNU time's %M: the largest process's maxRSS),
 * 4. times a cold `node bin/inspect-extract.js FILE` beside `node -e 0`,
 * 5. runs Mozilla Readability (linkedom) and our extraction over the same
 *    300 HTML pages, one thread,
 * 6. with --profile, or when a throughput target is missed, profiles one
 *    thread with --cpu-prof and prints where the time goes.
 * The machine is shared: the load average is printed with the figures.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, openSync, closeSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";
import { cpus, loadavg, tmpdir } from "node:os";
import { buildCorpus, corpusFiles } from "./corpus.mjs";
import { summarise } from "./profile-summary.mjs";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const value = (name, def) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : def;
};
const QUICK = flag("--quick");
const SIZES = value("--sizes", QUICK ? "2000,5000" : "2000,20000").split(",").map(Number);
const JOBS = Number(value("--jobs", String(Math.max(1, Math.min(cpus().length, 8)))));
const TARGET = { docsPerSec: 500, rssMb: 250, coldRatio: 3, htmlRatio: 0.5, flat: 1.25 };
const CLI = join(ROOT, "bin", "inspect-extract.js");
const TIME = existsSync("/usr/bin/time") ? "/usr/bin/time" : null;

const log = (...a) => console.log(...a);
const mb = (bytes) => bytes / (1024 * 1024);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const verdict = (ok) => (ok ? "ok" : "MISSED");
const missed = [];

log(`inspect-extract bench (${new Date().toISOString()}): node ${process.version}, ${cpus().length} CPUs, load average ${loadavg().map((x) => x.toFixed(2)).join(" ")}`);

// 1. build
if (!flag("--no-build")) {
  const t0 = performance.now();
  const b = spawnSync("npm", ["run", "--silent", "build"], { cwd: ROOT, encoding: "utf8" });
  if (b.status !== 0) {
    log(`build: tsc reported errors (exit ${b.status}); using the dist/ it emitted:\n${(b.stdout + b.stderr).split("\n").slice(0, 5).join("\n")}`);
  } else log(`build: ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}
if (!existsSync(join(ROOT, "dist", "index.js"))) {
  console.error("bench: dist/ is missing: run `npm run build` first");
  process.exit(2);
}

// 2. corpus
const corpusRoot = join(ROOT, "bench", "corpus");
const corpora = {};
for (const n of SIZES) {
  const t0 = performance.now();
  corpora[n] = { dir: join(corpusRoot, `n${n}`), ...buildCorpus(join(corpusRoot, `n${n}`), n) };
  const c = corpora[n];
  log(`corpus: ${c.files} documents, ${mb(c.bytes).toFixed(1)} MB in ${c.dir.replace(ROOT + "/", "")} (${c.reused ? "reused" : `written in ${((performance.now() - t0) / 1000).toFixed(1)} s`})`);
}

// 3. batch
const help = spawnSync(process.execPath, [CLI, "--help"], { encoding: "utf8" }).stdout ?? "";
const cliBatch = /--jobs\b/.test(help);
const cliNdjson = /ndjson/.test(help);

function timed(cmd, argv, { stdoutToNull = true } = {}) {
  const timeFile = join(tmpdir(), `bench-time-${process.pid}-${Date.now()}`);
  const full = TIME ? [TIME, ["-f", "%e %M %U %S", "-o", timeFile, cmd, ...argv]] : [cmd, argv];
  const devnull = stdoutToNull ? openSync("/dev/null", "w") : "pipe";
  const t0 = performance.now();
  const r = spawnSync(full[0], full[1], { cwd: ROOT, stdio: ["ignore", devnull, "pipe"], encoding: "utf8", maxBuffer: 64 << 20 });
  const ms = performance.now() - t0;
  if (typeof devnull === "number") closeSync(devnull);
  let rssKb = null;
  let cpuMs = null;
  if (TIME && existsSync(timeFile)) {
    const last = readFileSync(timeFile, "utf8").trim().split("\n").pop().split(" ");
    rssKb = Number(last[1]);
    cpuMs = (Number(last[2]) + Number(last[3])) * 1000;
    rmSync(timeFile, { force: true });
  }
  return { ms, rssKb, cpuMs, status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function batch(n) {
  const c = corpora[n];
  if (cliBatch) {
    const argv = [CLI, "--jobs", String(JOBS), ...(cliNdjson ? ["--format", "ndjson"] : []), c.dir];
    const r = timed(process.execPath, argv);
    const failedLines = (r.stderr ?? "").split("\n").filter(Boolean).length;
    return { stderr: r.stderr, via: `CLI: node bin/inspect-extract.js ${argv.slice(1).join(" ").replace(ROOT + "/", "")}`, ms: r.ms, cpuMs: r.cpuMs, rssKb: r.rssKb, failed: failedLines, status: r.status };
  }
  const argv = [join(ROOT, "bench", "lib-batch.mjs"), c.dir, "--threads", String(JOBS)];
  const r = timed(process.execPath, argv, { stdoutToNull: false });
  const stats = JSON.parse(r.stdout.trim().split("\n").pop());
  return { via: `library API from dist/index.js in ${JOBS} worker threads (the CLI has no --jobs batch mode yet)`, ms: r.ms, cpuMs: r.cpuMs, rssKb: r.rssKb ?? stats.maxRssKb, failed: stats.failed, errors: stats.errors, status: r.status };
}

const batches = {};
for (const n of SIZES) {
  const r = batch(n);
  batches[n] = r;
  const c = corpora[n];
  const dps = c.files / (r.ms / 1000);
  log(`batch ${n}: ${(r.ms / 1000).toFixed(1)} s wall, ${dps.toFixed(0)} documents/s, ${(mb(c.bytes) / (r.ms / 1000)).toFixed(2)} MB/s, peak RSS ${r.rssKb ? (r.rssKb / 1024).toFixed(0) + " MB" : "unknown"}, ${r.failed} failed, exit ${r.status}`);
  if (r.status !== 0 && r.stderr) log(`  stderr (first lines):\n${r.stderr.split("\n").slice(0, 3).map((l) => "    " + l).join("\n")}`);
  if (r.cpuMs) log(`  CPU ${(r.cpuMs / 1000).toFixed(1)} s (user+system): ${(c.files / (r.cpuMs / 1000)).toFixed(0)} documents per CPU-second, so ${((JOBS * c.files) / (r.cpuMs / 1000)).toFixed(0)} documents/s on ${JOBS} idle cores`);
  if (r.errors && Object.keys(r.errors).length) log(`  errors: ${JSON.stringify(r.errors).slice(0, 400)}`);
  r.dps = dps;
}
log(`  via ${batches[SIZES[0]].via}`);
const small = batches[SIZES[0]];
const large = batches[SIZES[SIZES.length - 1]];
// A batch that crashed (exit code 2 or 3) or refused many documents measures nothing.
const valid = (b, n) => (b.status === 0 || b.status === 1) && b.failed <= corpora[n].files * 0.05;
for (const n of SIZES) if (!valid(batches[n], n)) log(`batch ${n}: INVALID (exit ${batches[n].status}, ${batches[n].failed} failed): its figures do not count`);
const bestDps = Math.max(0, ...SIZES.filter((n) => valid(batches[n], n)).map((n) => batches[n].dps));
const peakMb = Math.max(...Object.values(batches).map((b) => (b.rssKb ?? 0) / 1024));
const flatRatio = small.rssKb && large.rssKb ? large.rssKb / small.rssKb : NaN;
log(`target throughput >= ${TARGET.docsPerSec} documents/s: ${bestDps.toFixed(0)} ${verdict(bestDps >= TARGET.docsPerSec)}`);
if (bestDps < TARGET.docsPerSec) missed.push("throughput");
log(`target peak RSS <= ${TARGET.rssMb} MB: ${peakMb.toFixed(0)} MB ${verdict(peakMb <= TARGET.rssMb)}`);
if (peakMb > TARGET.rssMb) missed.push("memory");
log(`target flat memory (${SIZES[0]} -> ${SIZES[SIZES.length - 1]} documents): ${((small.rssKb ?? 0) / 1024).toFixed(0)} MB -> ${((large.rssKb ?? 0) / 1024).toFixed(0)} MB, x${flatRatio.toFixed(3)} ${verdict(flatRatio <= TARGET.flat)}`);
if (!(flatRatio <= TARGET.flat)) missed.push("flat memory");

// 4. cold start
const sample = corpusFiles(corpora[SIZES[0]].dir).find((f) => f.endsWith(".txt"));
const RUNS = QUICK ? 7 : 11;
const cold = [];
const bare = [];
for (let i = 0; i < RUNS; i++) {
  let t0 = performance.now();
  const r = spawnSync(process.execPath, [CLI, sample], { stdio: "ignore" });
  cold.push(performance.now() - t0);
  if (r.status !== 0) log(`cold run exited ${r.status}`);
  t0 = performance.now();
  spawnSync(process.execPath, ["-e", "0"], { stdio: "ignore" });
  bare.push(performance.now() - t0);
}
const coldRatio = median(cold) / median(bare);
log(`cold: node bin/inspect-extract.js FILE median ${median(cold).toFixed(0)} ms; node -e 0 median ${median(bare).toFixed(0)} ms (${RUNS} runs each); x${coldRatio.toFixed(2)}`);
log(`target cold run <= ${TARGET.coldRatio}x node -e 0: ${verdict(coldRatio <= TARGET.coldRatio)}`);
if (coldRatio > TARGET.coldRatio) {
  missed.push("cold start");
  // Where a cold start goes: the import time of each dependency on its own.
  // (compromise is loaded lazily, only when an extractor needs it; dist/cli/program.js is the unbundled CLI)
  const parts = ["chrono-node", "cheerio/slim", "zod", "commander", "compromise", "./dist/cli/program.js"];
  const costs = parts.map((m) => {
    const runs = [];
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      spawnSync(process.execPath, ["--input-type=module", "-e", `await import(${JSON.stringify(m)})`], { cwd: ROOT, stdio: "ignore" });
      runs.push(performance.now() - t0 - median(bare));
    }
    return `${m} +${median(runs).toFixed(0)} ms`;
  });
  log(`  import cost over node -e 0 (each alone, median of 5): ${costs.join(", ")}`);
}

// 5. vs Readability
const html = corpusFiles(corpora[SIZES[0]].dir).filter((f) => f.endsWith(".html")).slice(0, 300);
const vr = spawnSync(process.execPath, [join(ROOT, "bench", "vs-readability.mjs"), ...html], { cwd: ROOT, encoding: "utf8" });
if (vr.status === 0) {
  const v = JSON.parse(vr.stdout.trim().split("\n").pop());
  log(`HTML, one thread, ${v.pages} pages (${mb(v.bytes).toFixed(1)} MB): Readability+linkedom ${v.readabilityMs.toFixed(0)} ms, inspect-extract ${v.oursMs.toFixed(0)} ms, ratio ${v.ratio.toFixed(2)}`);
  for (const [name, g] of Object.entries(v.groups ?? {})) {
    const what = name === "saved" ? "full saved pages (site furniture at its real size)" : "light pages (bare, or token furniture)";
    log(`  ${what}: ${g.pages} pages (${mb(g.bytes).toFixed(1)} MB): Readability ${g.readabilityMs.toFixed(0)} ms, inspect-extract ${g.oursMs.toFixed(0)} ms, ratio ${g.ratio.toFixed(2)}`);
  }
  if (v.readingMs !== undefined) log(`  our reading stage alone (HTML -> blocks, furniture dropped): ${v.readingMs.toFixed(0)} ms, ratio ${v.readingRatio.toFixed(2)}`);
  log(`target HTML <= ${TARGET.htmlRatio}x Readability (full extraction): ${verdict(v.ratio <= TARGET.htmlRatio)}`);
  if (v.ratio > TARGET.htmlRatio) missed.push("html vs readability");
} else log(`vs Readability failed: ${vr.stderr.split("\n").slice(0, 5).join("\n")}`);

// 6. profile
if (flag("--profile") || missed.some((m) => m === "throughput" || m === "html vs readability")) {
  const dir = join(ROOT, "bench", "corpus", "profiles");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  spawnSync(process.execPath, ["--cpu-prof", "--cpu-prof-dir", dir, join(ROOT, "bench", "lib-batch.mjs"), corpora[SIZES[0]].dir, "--threads", "1", "--limit", "1000"], { cwd: ROOT, stdio: "ignore" });
  const prof = readdirSync(dir).find((f) => f.endsWith(".cpuprofile"));
  if (prof) log(summarise(join(dir, prof), 15));
}

log(missed.length ? `missed: ${missed.join(", ")}` : "all targets met");
