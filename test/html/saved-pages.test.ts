/**
 * A story's record does not depend on the page around it: each text fixture
 * below, put in a bare HTML page and in the bench's three full saved pages
 * (a government site, the inspectorate's WordPress-style site, a local news
 * site: menus of dozens of links, cookie banners, sidebars and "most read"
 * lists naming other services and ratings, comments, ad slots, forms, JSON
 * state), gives the same record apart from where it came from.
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { extract } from "../../src/extract.js";
import { governmentPage, inspectoratePage, newsPage, type PageMeta } from "../../bench/pages.mjs";

const docs = new URL("../../fixtures/docs/", import.meta.url).pathname;
const gold = new URL("../../fixtures/expected/", import.meta.url).pathname;

/** A deterministic random source (the pages' furniture varies with it). */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a * 1664525 + 1013904223) >>> 0;
    return a / 4294967296;
  };
}

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The story's paragraphs as HTML: headings, bullet lists and paragraphs. */
function bodyOf(paragraphs: string[]): string {
  return paragraphs
    .map((p) => {
      const lines = p.split("\n");
      if (lines.every((l) => /^[-•*]\s/.test(l))) return `<ul>${lines.map((l) => `<li>${esc(l.slice(2))}</li>`).join("")}</ul>`;
      if (p.length < 60 && !/[.:!?”"]$/.test(p)) return `<h2>${esc(p)}</h2>`;
      return `<p>${esc(p.replace(/\n/g, " "))}</p>`;
    })
    .join("\n");
}

/** Text fixtures whose gold record has a provider, an overall rating and a publication date. */
const FIXTURES = [
  "press-release-kent-surrey-sussex-crc-2019.txt",
  "press-release-telford-wrekin-yjs-2022.txt",
  "press-release-merseyside-crc-2020.txt",
  "press-release-durham-tees-valley-crc-2019.txt",
  "news-leeds-yjs-2024.txt",
];

/** Everything but where the record came from and what kind of page it was. */
function story(record: Record<string, unknown>): Record<string, unknown> {
  const { source: _source, documentType: _type, warnings: _warnings, ...rest } = record;
  return rest;
}

describe("a story in a full saved page", () => {
  for (const file of FIXTURES) {
    it(`${file}: the same record bare and in each saved page`, async () => {
      // the pages' dates agree with the story's, as a site's do
      const isoDate = (JSON.parse(readFileSync(join(gold, file.replace(/\.txt$/, ".json")), "utf8")) as { dates: { published: string } }).dates.published;
      const paragraphs = readFileSync(join(docs, file), "utf8").split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
      const [title, ...rest] = paragraphs as [string, ...string[]];
      const body = bodyOf(rest);
      const rand = seeded(7);
      const [y, m, d] = isoDate.split("-").map(Number) as [number, number, number];
      const months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
      const meta: PageMeta = {
        isoDate,
        wordDate: `${d} ${months[m - 1]} ${y}`,
        standfirst: "",
        otherHeadline: (r) => `${["Northmoor", "Eastbridge", "Westfold", "Southmere"][Math.floor(r() * 4)]} probation service ${["rated 'Outstanding'", "rated inadequate", "told to improve"][Math.floor(r() * 3)]}`,
        byline: "Sam Reporter",
        paper: "Evening Courier",
      };
      const bare = `<!DOCTYPE html><html><head><title>${esc(title)}</title><meta property="article:published_time" content="${isoDate}"></head><body><h1>${esc(title)}</h1>\n${body}</body></html>`;
      const recordOf = async (html: string) => story((await extract(Buffer.from(html), { path: "page.html", format: "html" })).record as unknown as Record<string, unknown>);
      const expected = await recordOf(bare);
      // the bare page's record is a real one: a provider, a rating, a date
      expect(expected["provider"]).not.toBeNull();
      expect(expected["overallRating"]).not.toBeNull();
      expect((expected["dates"] as { published: string | null }).published).toBe(isoDate);
      for (const page of [governmentPage(title, body, meta, rand), inspectoratePage(title, body, meta, rand), newsPage(title, body, rest, meta, rand)]) {
        expect(page.length).toBeGreaterThan(30_000);
        expect(await recordOf(page)).toEqual(expected);
      }
    });
  }
});
