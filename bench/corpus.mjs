/**
 * Builds a varied bench corpus from the seed documents in fixtures/docs:
 * paragraph order shuffled (the title stays first), numbers and capitalised
 * names substituted, hard-wrapped or CRLF text, and six HTML wrappings:
 * three light ones (bare, token news-site furniture, token GOV.UK-like) and
 * three full saved pages at their real size (bench/pages.mjs), named
 * `*-saved.html`.
 * Deterministic: the same seed and count give the same files.
 *
 *   node bench/corpus.mjs DIR COUNT [SEED]
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync, existsSync, rmSync } from "node:fs";
import { join, dirname, extname } from "node:path";
import { fileURLToPath } from "node:url";
import { TextDecoder } from "node:util";
import { governmentPage, inspectoratePage, MONTHS as MONTH_NAMES, newsPage } from "./pages.mjs";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const GENERATOR_VERSION = 8;
const MONTHS = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
const DAY_BEFORE_MONTH = new RegExp(`^(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTHS}\\b`, "i");
const MONTH_BEFORE_DAY = new RegExp(`\\b${MONTHS}\\.?\\s+$`, "i");
/** The year (and month) before a number in a numeric date: "2019-07-|30", "2019-|07-30". */
const IN_NUMERIC_DATE = /(?:19|20)\d\d[-/](?:\d{1,2}[-/])?$/;

/** mulberry32: a small, fast, seedable PRNG. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ["ash", "bro", "cal", "den", "el", "far", "gran", "hol", "ing", "jar", "ken", "lon", "mar", "nor", "ow", "pen", "quin", "ros", "stan", "tor", "ul", "ver", "wick", "yar", "ford", "ton", "ley", "by", "ham", "well"];

function nameOf(rand) {
  const n = 2 + Math.floor(rand() * 2);
  let s = "";
  for (let i = 0; i < n; i++) s += SYLLABLES[Math.floor(rand() * SYLLABLES.length)];
  return s[0].toUpperCase() + s.slice(1);
}

const KEEP = new Set(["The", "This", "That", "These", "There", "They", "It", "In", "On", "Of", "A", "An", "And", "But", "HM", "Inspectorate", "Probation", "Chief", "Inspector", "Service", "Community", "Rehabilitation", "Company", "Trust", "National", "Good", "Outstanding", "Inadequate", "Requires", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Justice", "Ministry", "Youth", "Notes", "Editors", "Mr", "Mrs", "Ms", "Dr", "Dame", "Sir"]);

function seeds() {
  const dir = join(ROOT, "fixtures", "docs");
  return readdirSync(dir)
    .filter((f) => /\.(?:txt|html?)$/i.test(f))
    .sort()
    .map((f) => ({ name: f, ext: extname(f).toLowerCase(), text: decodeSeed(readFileSync(join(dir, f))) }));
}

/** Seeds come in several encodings (UTF-16 with a BOM, UTF-8 with a BOM, Windows-1252): variants are written as UTF-8. */
function decodeSeed(bytes) {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder("utf-8").decode(bytes.subarray(3));
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

/** Furniture of a seed page, not its story: its text must not become a variant's paragraphs. */
const SEED_FURNITURE = /^(?:nav|aside|footer|form|script|style|svg|head)$/;
const SEED_FURNITURE_ATTRS = /role="(?:banner|navigation|complementary|contentinfo)"|(?:^|\s)hidden(?=[\s=/]|$)|aria-hidden="true"|class="[^"]{0,300}(?:cookie|comment|newsletter|most-read|sidebar|related|share|breadcrumb|site-header|feedback)/i;

/** The HTML without the elements `drop` picks (with everything inside them). */
function dropElements(html, drop) {
  const tag = /<(\/?)([a-zA-Z][a-zA-Z0-9]{0,20})\b([^>]{0,3000})>/g;
  const VOID = /^(?:area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr)$/i;
  let out = "";
  let from = 0;
  let open = null; // { name, depth, start }
  let m;
  while ((m = tag.exec(html))) {
    const [whole, close, rawName, attrs] = m;
    const name = rawName.toLowerCase();
    if (VOID.test(name) || attrs.endsWith("/")) continue;
    if (open) {
      if (name === open.name) open.depth += close ? -1 : 1;
      if (open.depth === 0) {
        from = m.index + whole.length;
        open = null;
      }
    } else if (!close && drop(name, attrs)) {
      out += html.slice(from, m.index);
      open = { name, depth: 1 };
    }
  }
  return open ? out : out + html.slice(from);
}

/** The named character references seed pages use (others stay as written). */
const NAMED = { nbsp: " ", amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", lsquo: "‘", rsquo: "’", ldquo: "“", rdquo: "”", ndash: "–", mdash: "—", hellip: "…", pound: "£", middot: "·" };

export function htmlToParagraphs(html) {
  // Seeds that are already HTML: keep their story's text roughly by block.
  // (the page's frame is never dropped: a body's classes often name what the page has, "has-sidebar")
  return dropElements(html, (name, attrs) => SEED_FURNITURE.test(name) || (!/^(?:html|body|main|article)$/.test(name) && SEED_FURNITURE_ATTRS.test(attrs)))
    .replace(/<\/(?:p|div|h[1-6]|li|tr|blockquote)>/gi, "\n\n")
    .replace(/<[^<>]{0,2000}>/g, "")
    .replace(/&(?:#(\d{1,7})|#x([\da-f]{1,6})|([a-z]{2,8}));/gi, (m, dec, hex, name) => {
      if (dec || hex) return String.fromCodePoint(Number.parseInt(dec ?? hex, dec ? 10 : 16));
      return NAMED[name.toLowerCase()] ?? m;
    })
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

function vary(paragraphs, rand) {
  const out = paragraphs.slice();
  // Shuffle a few middle paragraphs (title and the closing notes stay put).
  const swaps = Math.floor(rand() * 4);
  for (let s = 0; s < swaps && out.length > 4; s++) {
    const i = 1 + Math.floor(rand() * (out.length - 3));
    const j = 1 + Math.floor(rand() * (out.length - 3));
    [out[i], out[j]] = [out[j], out[i]];
  }
  // Substitute capitalised names consistently within the document.
  const map = new Map();
  const rename = rand() < 0.8;
  const renumber = rand() < 0.8;
  return out.map((p) => {
    let q = p;
    if (rename) {
      q = q.replace(/(?<=[a-z,] )[A-Z][a-z]{3,20}\b/g, (w) => {
        if (KEEP.has(w)) return w;
        if (!map.has(w)) map.set(w, rand() < 0.5 ? nameOf(rand) : w);
        return map.get(w);
      });
    }
    if (renumber) {
      q = q.replace(/\b\d{1,3}(?:,\d{3})*\b/g, (d, at, whole) => {
        const n = Number(d.replace(/,/g, ""));
        if (n >= 1990 && n <= 2030) return d; // years stay plausible
        if (IN_NUMERIC_DATE.test(whole.slice(Math.max(0, at - 8), at))) return d; // and numeric dates whole
        // so do days of the month ("9 July", "July 9"): a "36 July" is no date a writer would give
        if (DAY_BEFORE_MONTH.test(whole.slice(at + d.length, at + d.length + 16)) || MONTH_BEFORE_DAY.test(whole.slice(Math.max(0, at - 12), at))) {
          return String(1 + Math.floor(rand() * 28));
        }
        const m = Math.max(1, Math.round(n * (0.5 + rand())));
        return d.includes(",") ? m.toLocaleString("en-GB") : String(m);
      });
    }
    return q;
  });
}

function wrap(text, width) {
  return text
    .split("\n")
    .map((line) => {
      const words = line.split(" ");
      const lines = [];
      let cur = "";
      for (const w of words) {
        if (cur && cur.length + 1 + w.length > width) {
          lines.push(cur);
          cur = w;
        } else cur = cur ? cur + " " + w : w;
      }
      lines.push(cur);
      return lines.join("\n");
    })
    .join("\n");
}

/** Text escaped for an element (quote marks stay: bodyHtml may curl them). */
const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

export function bodyHtml(paragraphs, rand) {
  const parts = [];
  let list = [];
  const flush = () => {
    if (list.length) parts.push(`<ul>\n${list.map((l) => `  <li>${l}</li>`).join("\n")}\n</ul>`);
    list = [];
  };
  paragraphs.slice(1).forEach((p) => {
    const m = /^(?:[-*•]|\d{1,2}[.)])\s([^]*)$/.exec(p);
    if (m) {
      list.push(esc(m[1].trim()));
      return;
    }
    flush();
    let h = esc(p).replace(/\n/g, " ");
    if (rand() < 0.3) h = h.replace(/'/g, "&#8217;").replace(/"([^"]{1,400})"/g, "&#8220;$1&#8221;");
    if (p.length < 60 && !/[.!?]$/.test(p)) parts.push(`<h2>${h}</h2>`);
    else if (/^["“]/.test(p) && rand() < 0.5) parts.push(`<blockquote><p>${h}</p></blockquote>`);
    else parts.push(`<p>${h}</p>`);
  });
  flush();
  return parts.join("\n");
}

const HEADLINE_ENDS = ["praised by inspectors", "told to improve after inspection", "rated good by watchdog", "found to be short of staff", "makes progress, inspectors say", "criticised over risk assessments", "has too many cases, report finds", "rated inadequate"];
const PAPERS = ["Evening Courier", "Daily Echo", "Gazette", "Herald", "Chronicle"];

/** What a full saved page shows besides the story: its date, a summary, other stories' headlines, a byline. */
export function pageMeta(paragraphs, rand) {
  const text = paragraphs.join(" ");
  // The page's date is the story's first full date where it gives one (a site and its story agree), else one in its year.
  const full = new RegExp(`\\b(\\d{1,2}) (${MONTH_NAMES.join("|")}) (20[12]\\d)\\b`).exec(text);
  const year = full?.[3] ?? /\b20[12]\d\b/.exec(text)?.[0] ?? "2020";
  const month = full ? MONTH_NAMES.indexOf(full[2]) + 1 : 1 + Math.floor(rand() * 12);
  const day = full ? Number(full[1]) : 1 + Math.floor(rand() * 28);
  const lede = paragraphs[1] ?? paragraphs[0] ?? "";
  const cut = lede.length > 160 ? lede.slice(0, lede.lastIndexOf(" ", 160)) + "…" : lede;
  return {
    isoDate: `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`,
    wordDate: `${day} ${MONTH_NAMES[month - 1]} ${year}`,
    standfirst: cut.replace(/\s+/g, " "),
    otherHeadline: (r) => `${nameOf(r)} ${r() < 0.5 ? "probation service" : "youth justice service"} ${HEADLINE_ENDS[Math.floor(r() * HEADLINE_ENDS.length)]}`,
    byline: `${nameOf(rand)} ${nameOf(rand)}`,
    paper: `${nameOf(rand)} ${PAPERS[Math.floor(rand() * PAPERS.length)]}`,
  };
}

/**
 * The page, in one of six wrappings: three light ones (bare; a news page with
 * token furniture; a government page with token furniture) and three full
 * saved pages at their real size (bench/pages.mjs). `saved` says which.
 */
function toHtml(paragraphs, rand) {
  const title = esc(paragraphs[0] ?? "Untitled");
  const body = bodyHtml(paragraphs, rand);
  const style = Math.floor(rand() * 6);
  if (style >= 3) {
    const meta = pageMeta(paragraphs, rand);
    const plain = paragraphs[0] ?? "Untitled";
    const page = style === 3 ? governmentPage(plain, body, meta, rand) : style === 4 ? inspectoratePage(plain, body, meta, rand) : newsPage(plain, body, paragraphs.slice(1), meta, rand);
    return { html: page, saved: true };
  }
  return { html: lightPage(title, body, style, rand), saved: false };
}

export function lightPage(title, body, style, rand) {
  if (style === 0) {
    return `<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>${title}</title></head>\n<body><h1>${title}</h1>\n${body}\n</body></html>\n`;
  }
  if (style === 1) {
    const nav = Array.from({ length: 12 }, (_, i) => `<li><a href="/section/${i}">Section ${i}</a></li>`).join("");
    const related = Array.from({ length: 6 }, (_, i) => `<li><a href="/story/${i}">Another story number ${i} about local news</a></li>`).join("");
    return `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>${title} | Local News</title>
<meta property="og:title" content="${title}"><meta property="article:published_time" content="2020-0${1 + Math.floor(rand() * 9)}-1${Math.floor(rand() * 9)}T09:00:00Z">
<script>window.dataLayer=[];for(var i=0;i<10;i++){dataLayer.push(i)}</script>
<style>body{font-family:sans-serif}.ad{display:block}</style></head>
<body><header class="site-header"><nav><ul>${nav}</ul></nav></header>
<div class="cookie-banner">We use cookies to improve your experience. <button>Accept</button></div>
<main><article><h1>${title}</h1><div class="byline">By ${nameOf(rand)} ${nameOf(rand)}</div>
<div class="article-body">
${body.replace(/<\/p>\n<p>/, `</p>\n<div class="ad-slot"><script>loadAd("mpu")</script>Advertisement</div>\n<p>`)}
</div></article>
<aside class="related"><h3>Related stories</h3><ul>${related}</ul></aside></main>
<footer class="site-footer"><p>© Local News Ltd. All rights reserved.</p></footer>
<script src="/static/app.js"></script></body></html>\n`;
  }
  return `<!DOCTYPE html>
<html lang="en" class="govuk-template"><head><meta charset="utf-8"><title>${title} - GOV.UK</title></head>
<body class="govuk-template__body"><a href="#main-content" class="govuk-skip-link">Skip to main content</a>
<header role="banner" class="govuk-header"><div class="govuk-header__container">GOV.UK</div></header>
<div class="govuk-width-container"><main class="govuk-main-wrapper" id="main-content" role="main">
<h1 class="govuk-heading-xl">${title}</h1>
<div class="gem-c-metadata"><dl><dt>From:</dt><dd>HM Inspectorate of Probation</dd><dt>Published</dt><dd>${1 + Math.floor(rand() * 28)} March 2020</dd></dl></div>
<div class="govuk-govspeak">
${body}
</div></main></div>
<footer class="govuk-footer" role="contentinfo"><div>All content is available under the Open Government Licence v3.0</div></footer></body></html>\n`;
}

/** A seed's paragraphs: a text's blank-line-separated blocks, an HTML page's story blocks. */
function paragraphsOf(seed) {
  if (seed.ext !== ".txt") return htmlToParagraphs(seed.text);
  const blocks = seed.text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  // a text with one paragraph a line (no blank lines) is split at its lines
  return blocks.length > 2 ? blocks : seed.text.split(/\r?\n/).map((p) => p.trim()).filter(Boolean);
}

/** One variant document: { name, content } (content is a string). */
export function makeDocument(seedDocs, index, rand) {
  const seed = seedDocs[index % seedDocs.length];
  let varied = vary(paragraphsOf(seed), rand);
  // Some documents are longer: a second article appended, as on a page with two stories.
  if (rand() < 0.1) varied = varied.concat(vary(paragraphsOf(seedDocs[(index + 1) % seedDocs.length]).slice(1), rand));
  const kind = rand();
  const base = seed.name.replace(/\.[^.]+$/, "");
  const id = String(index).padStart(6, "0");
  if (kind < 0.5) {
    const { html, saved } = toHtml(varied, rand);
    return { name: `${id}-${base}${saved ? "-saved" : ""}.html`, content: html };
  }
  let text = varied.join("\n\n") + "\n";
  if (kind < 0.6) text = wrap(text, 72);
  else if (kind < 0.7) text = text.replace(/\n/g, "\r\n");
  return { name: `${id}-${base}.txt`, content: text };
}

/** Write COUNT documents into DIR (reused when a stamp says it is already there). */
export function buildCorpus(dir, count, seed = 20260101) {
  const stamp = join(dir, ".stamp");
  const want = JSON.stringify({ count, seed, version: GENERATOR_VERSION, seeds: seeds().map((s) => s.name) });
  if (existsSync(stamp) && readFileSync(stamp, "utf8") === want) return { reused: true, ...summary(dir) };
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const seedDocs = seeds();
  if (!seedDocs.length) throw new Error("no seed documents in fixtures/docs");
  const rand = prng(seed);
  for (let i = 0; i < count; i++) {
    const { name, content } = makeDocument(seedDocs, i, rand);
    writeFileSync(join(dir, name), content);
  }
  writeFileSync(stamp, want);
  return { reused: false, ...summary(dir) };
}

export function corpusFiles(dir) {
  return readdirSync(dir)
    .filter((f) => !f.startsWith("."))
    .sort()
    .map((f) => join(dir, f));
}

function summary(dir) {
  const files = corpusFiles(dir);
  let bytes = 0;
  for (const f of files) bytes += readFileSync(f).length;
  return { files: files.length, bytes };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dir, count, seed] = process.argv.slice(2);
  if (!dir || !count) {
    console.error("usage: node bench/corpus.mjs DIR COUNT [SEED]");
    process.exitCode = 2;
  } else {
    console.log(buildCorpus(dir, Number(count), seed ? Number(seed) : undefined));
  }
}
