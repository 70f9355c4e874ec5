// Bundles the CLI and its worker-thread entry with esbuild into two CommonJS
// scripts, so a cold `inspect-extract FILE` loads one file instead of
// hundreds of modules (zod, commander, cheerio, chrono-node...), and V8 can
// cache its compiled code (src/boot/code-cache.ts): after bundling, a short
// training run over a few fixtures writes each bundle's code cache.
// compromise stays outside the bundle: it is loaded lazily through
// createRequire, only when a rule needs it; so is piscina (worker threads).
import { build } from "esbuild";
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const OUT = "dist/bundle";

// commander requires node:child_process when it loads, for subcommands that
// are separate programs (this tool has none); loading it pulls in net, dgram
// and more, about 9 ms of every cold run. Its require gets a stand-in that
// loads the real module on first use instead.
const lazyChildProcess = {
  name: "lazy-child-process",
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      /[\\/]commander[\\/]/.test(args.importer) ? { path: "lazy-child-process", namespace: "ie-lazy" } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: "ie-lazy" }, () => ({
      contents: 'let real; module.exports = new Proxy({}, { get: (_, key) => (real ??= require("node:child_process"))[key] });',
      loader: "js",
    }));
  },
};
rmSync(OUT, { recursive: true, force: true });

// start: the bin's start-up (src/boot/start.ts), which the CommonJS bin
// requires, so that a cold run never starts Node's ES module loader.
await build({
  entryPoints: { cli: "src/cli/main.ts", worker: "src/batch/worker.ts", start: "src/boot/start.ts" },
  outdir: OUT,
  outExtension: { ".js": ".cjs" },
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  // IE_NO_MINIFY=1 keeps names readable for profiling (node --cpu-prof bin/inspect-extract.js ...)
  minify: !process.env.IE_NO_MINIFY,
  legalComments: "none",
  external: ["compromise", "piscina"],
  // The sources are ES modules: give them the URL of the script they end up in.
  define: { "import.meta.url": "__ieUrl", IE_BUNDLE: "true" },
  banner: { js: "const __ieUrl = require('node:url').pathToFileURL(__filename).href;" },
  logLevel: "warning",
  plugins: [lazyChildProcess],
});

// Pure ASCII bundles: the loader reads them as Latin-1, several times faster
// than decoding UTF-8 (src/boot/code-cache.ts). esbuild leaves some non-ASCII
// characters in regex literals and String.raw templates (the sources'
// curly quotes and dashes); each becomes a \u escape, which means the same
// character in a string, a regex literal and a pattern built from String.raw
// text alike. (The check in test/cli/bin.test.ts runs the bundle on curly quotes.)
for (const name of ["cli.cjs", "worker.cjs"]) {
  const file = join(OUT, name);
  const text = readFileSync(file, "utf8");
  const ascii = text.replace(/[^\0-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  if (ascii !== text) writeFileSync(file, ascii);
}

// The file piscina loads in each worker thread: the worker bundle, run with its code cache.
writeFileSync(
  join(OUT, "worker.js"),
  `import { fileURLToPath } from "node:url";
import { runCached } from "../boot/code-cache.js";
import { setV8Flags } from "../boot/v8-flags.js";

setV8Flags();
const worker = runCached(fileURLToPath(new URL("./worker.cjs", import.meta.url)));
const convert = worker.exports.default;

export default async function (task) {
  const result = await convert(task);
  worker.saveCache();
  return result;
}
`,
);

// Training: convert a few fixtures (text and HTML) in worker threads, then in
// this process, with the cache writer switched on. Skipped outside a checkout.
const FIXTURES = "fixtures/docs";
if (existsSync(FIXTURES)) {
  const docs = readdirSync(FIXTURES).sort();
  const pick = (ext, n) => docs.filter((f) => f.endsWith(ext)).slice(0, n).map((f) => join(FIXTURES, f));
  const env = { ...process.env, INSPECT_EXTRACT_WRITE_CODE_CACHE: "1" };
  const run = (args) => execFileSync(process.execPath, ["bin/inspect-extract.js", "--quiet", ...args], { env, stdio: ["ignore", "ignore", "inherit"] });
  run(["--jobs", "2", "--format", "ndjson", ...pick(".txt", 3), ...pick(".html", 3)]);
  // Last, so the CLI's cache holds the extraction code too (3 inputs run in-process).
  run(["--format", "ndjson", ...pick(".txt", 2), ...pick(".html", 1)]);
}
