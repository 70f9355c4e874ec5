/**
 * Side by side, one thread, same HTML pages: Mozilla Readability on linkedom
 * (parse + article extraction) vs our full extraction (decode, blocks,
 * segmentation, every extractor, reconcile, schema validation) from dist/.
 * Prints one JSON line, with the figures of the corpus's full saved pages
 * (files named *-saved.html) and of its light pages apart.
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

const pages = process.argv.slice(2).map((f) => ({ f, bytes: readFileSync(f), saved: /-saved\.html?$/.test(f) }));
for (const p of pages) p.text = p.bytes.toString("utf8");
/** The corpus's full saved pages (bench/pages.mjs) and its light ones (bare, or with token furniture), timed apart too. */
const groups = { saved: pages.filter((p) => p.saved), light: pages.filter((p) => !p.saved) };

function readability(list) {
  let chars = 0;
  for (const p of list) {
    const { document } = parseHTML(p.text);
    const article = new Readability(document).parse();
    chars += article?.textContent?.length ?? 0;
  }
  return chars;
}

async function ours(list) {
  let fields = 0;
  for (const p of list) {
    const { record } = await extract(p.bytes, { path: p.f, format: "html" });
    fields += record.title ? 1 : 0;
  }
  return fields;
}

function reading(list) {
  let blocks = 0;
  for (const p of list) blocks += htmlToBlocks(p.text).blocks.length;
  return blocks;
}

async function time(fn, list) {
  const t0 = performance.now();
  await fn(list);
  return performance.now() - t0;
}

// Warm up both (JIT, lazy module loads), then alternate and keep the best of three rounds (by the round's total).
await ours(pages);
readability(pages);
const rounds = [];
for (let round = 0; round < 3; round++) {
  const r = { ours: {}, readability: {}, reading: {} };
  for (const [name, list] of Object.entries(groups)) {
    r.ours[name] = await time(ours, list);
    r.readability[name] = await time(readability, list);
    if (htmlToBlocks) r.reading[name] = await time(reading, list);
  }
  const sum = (o) => Object.values(o).reduce((a, b) => a + b, 0);
  r.oursMs = sum(r.ours);
  r.readabilityMs = sum(r.readability);
  r.readingMs = sum(r.reading);
  rounds.push(r);
}
const best = (key) => Math.min(...rounds.map((r) => r[key]));
const bestOf = (tool, group) => Math.min(...rounds.map((r) => r[tool][group]));
const byGroup = {};
for (const [name, list] of Object.entries(groups)) {
  if (!list.length) continue;
  byGroup[name] = { pages: list.length, bytes: list.reduce((a, p) => a + p.bytes.length, 0), readabilityMs: bestOf("readability", name), oursMs: bestOf("ours", name), ratio: bestOf("ours", name) / bestOf("readability", name) };
}
console.log(
  JSON.stringify({
    pages: pages.length,
    bytes: pages.reduce((a, p) => a + p.bytes.length, 0),
    readabilityMs: best("readabilityMs"),
    oursMs: best("oursMs"),
    ratio: best("oursMs") / best("readabilityMs"),
    ...(htmlToBlocks ? { readingMs: best("readingMs"), readingRatio: best("readingMs") / best("readabilityMs") } : {}),
    groups: byGroup,
  }),
);
