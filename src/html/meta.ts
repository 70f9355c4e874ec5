/**
 * What a page says about itself: title, publication date (meta tags,
 * JSON-LD, <time>), site name and page type. Modification dates are decoys
 * and are never read.
 */
import type { CheerioAPI } from "cheerio/slim";
import type { PageMeta } from "../segment/types.js";
import { emptyMeta } from "../segment/types.js";
import { foldSpace } from "../blocks/normalise.js";

const PUBLISHED_META: [string, string][] = [
  ['meta[property="article:published_time"]', "article:published_time"],
  ['meta[name="article:published_time"]', "article:published_time"],
  ['meta[name="DC.date.issued" i]', "DC.date.issued"],
  ['meta[name="dcterms.issued" i]', "dcterms.issued"],
  ['meta[itemprop="datePublished"]', "itemprop datePublished"],
  ['meta[name="publication_date" i]', "publication_date"],
  ['meta[name="date" i]', "meta date"],
];

function jsonLdItems(value: unknown, out: Record<string, unknown>[], depth = 0): void {
  if (depth > 6 || value === null || typeof value !== "object") return;
  if (Array.isArray(value)) {
    for (const v of value.slice(0, 100)) jsonLdItems(v, out, depth + 1);
    return;
  }
  const obj = value as Record<string, unknown>;
  out.push(obj);
  if (obj["@graph"]) jsonLdItems(obj["@graph"], out, depth + 1);
}

export function readMeta($: CheerioAPI): PageMeta {
  const meta = emptyMeta();
  const attr = (sel: string, name = "content") => {
    const v = $(sel).first().attr(name);
    return v ? foldSpace(v) : null;
  };
  meta.title = attr('meta[property="og:title"]') ?? attr('meta[name="twitter:title"]') ?? (foldSpace($("title").first().text()) || null);
  meta.siteName = attr('meta[property="og:site_name"]');
  const ogType = attr('meta[property="og:type"]');
  if (ogType) meta.types.push(ogType);

  $('script[type="application/ld+json"]').each((_, el) => {
    const raw = $(el).text();
    if (raw.length > 500_000) return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      return;
    }
    const items: Record<string, unknown>[] = [];
    jsonLdItems(parsed, items);
    for (const item of items) {
      const t = item["@type"];
      for (const type of Array.isArray(t) ? t : [t]) if (typeof type === "string") meta.types.push(type);
      if (typeof item["datePublished"] === "string") meta.published.push({ value: item["datePublished"], source: "JSON-LD datePublished" });
      if (!meta.title && typeof item["headline"] === "string") meta.title = foldSpace(item["headline"]);
    }
  });
  for (const [sel, source] of PUBLISHED_META) {
    const v = attr(sel);
    if (v) meta.published.push({ value: v, source });
  }
  const time = $("article time[datetime], main time[datetime], time[datetime]").first();
  if (time.length) {
    const v = time.attr("datetime");
    if (v && !/updated|modified/i.test(time.parent().text().slice(0, 80) + (time.attr("class") ?? ""))) {
      meta.published.push({ value: v, source: "<time datetime>" });
    }
  }
  return meta;
}
