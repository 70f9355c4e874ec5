/**
 * Side by side, one thread, same HTML pages: Mozilla Readability on linkedom
 * (parse + article extraction) vs our full extraction (decode, blocks,
 * segmentation, every extractor, reconcile, schema validation) from dist/.
 * Prints one JSON line.
 *
 *   node bench/vs-readability.mjs FILE.html...
 */
import { readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { performance } from "node:perf_hooks";
import { parseHTML } from "linkedom";
import { Readability } from "@mozilla/readability";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const { extract } = await import(pathToFileURL(join(ROOT, "dist", "index.js")).href);
// Our reading stage alone (HTML -> text blocks, furniture dropped): the part that does Readability's job.
let htmlToBlocks = null;
try {
  ({ htmlToBlocks } = await import(pathToFileURL(join(ROOT, "dist", "html", "blocks.js")).href));
} catch {
  htmlToBlocks = null;
}

const pages = process.argv.slice(2).map((f) => ({ f, bytes: readFileSync(f) }));
const texts = pages.map((p) => p.bytes.toString("utf8"));

function readability() {
  let chars = 0;
  for (const html of texts) {
    const { document } = parseHTML(html);
    const article = new Readability(document).parse();
    chars += article?.textContent?.length ?? 0;
  }
  return chars;
}

async function ours() {
  let fields = 0;
  for (const p of pages) {
    const { record } = await extract(p.bytes, { path: p.f, format: "html" });
    fields += record.title ? 1 : 0;
  }
  return fields;
}

function reading() {
  let blocks = 0;
  for (const html of texts) blocks += htmlToBlocks(html).blocks.length;
  return blocks;
}

async function time(fn) {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

// Warm up both (JIT, lazy module loads), then alternate and keep the best of three.
const warm = texts.length;
await ours();
readability();
const r = [];
const o = [];
const b = [];
for (let round = 0; round < 3; round++) {
  o.push(await time(ours));
  r.push(await time(readability));
  if (htmlToBlocks) b.push(await time(reading));
}
const best = (xs) => Math.min(...xs);
console.log(JSON.stringify({ pages: warm, bytes: pages.reduce((a, p) => a + p.bytes.length, 0), readabilityMs: best(r), oursMs: best(o), ratio: best(o) / best(r), ...(b.length ? { readingMs: best(b), readingRatio: best(b) / best(r) } : {}) }));
