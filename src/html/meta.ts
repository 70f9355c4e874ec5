/**
 * What a page says about itself: title, publication date (meta tags,
 * JSON-LD, <time>), site name and page type. Modification dates are decoys
 * and are never read. Works from the elements one walk of the tree collected
 * (no selector passes over the whole tree).
 */
import type { AnyNode, Element } from "domhandler";
import type { PageMeta } from "../segment/types.js";
import { emptyMeta } from "../segment/types.js";
import { foldSpace } from "../blocks/normalise.js";

/** Elements the reader collects while walking the page once. */
export interface Collected {
  metas: Element[];
  titles: Element[];
  ldJson: Element[];
  times: Element[];
}

const PUBLISHED_META: [(el: Element) => boolean, string][] = [
  [(el) => el.attribs["property"] === "article:published_time", "article:published_time"],
  [(el) => el.attribs["name"] === "article:published_time", "article:published_time"],
  [(el) => /^DC\.date\.issued$/i.test(el.attribs["name"] ?? ""), "DC.date.issued"],
  [(el) => /^dcterms\.issued$/i.test(el.attribs["name"] ?? ""), "dcterms.issued"],
  [(el) => el.attribs["itemprop"] === "datePublished", "itemprop datePublished"],
  [(el) => /^publication_date$/i.test(el.attribs["name"] ?? ""), "publication_date"],
  [(el) => /^date$/i.test(el.attribs["name"] ?? ""), "meta date"],
];

/** Text of a subtree, iteratively. */
export function textOf(root: AnyNode, limit = 1_000_000): string {
  const out: string[] = [];
  let size = 0;
  const stack: AnyNode[] = [root];
  while (stack.length && size < limit) {
    const node = stack.pop()!;
    if (node.type === "text") {
      const d = (node as unknown as { data: string }).data;
      out.push(d);
      size += d.length;
    } else if ("children" in node && Array.isArray((node as Element).children)) {
      if ((node as Element).name === "br") out.push("\n");
      const kids = (node as Element).children;
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
    }
  }
  return out.join("");
}

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

function headlineOf(v: unknown): string | null {
  return typeof v === "string" && v.trim() ? foldSpace(v) : null;
}

// What readMeta asks of the page's meta tags (module functions, not closures made on every call).
const isOgTitle = (el: Element): boolean => el.attribs["property"] === "og:title";
const isTwitterTitle = (el: Element): boolean => el.attribs["name"] === "twitter:title";
const isOgSiteName = (el: Element): boolean => el.attribs["property"] === "og:site_name";
const isApplicationName = (el: Element): boolean => /^application-name$/i.test(el.attribs["name"] ?? "");
const isOgType = (el: Element): boolean => el.attribs["property"] === "og:type";

/** The content of the first meta tag `pred` accepts, spaces folded; null when empty or none. */
function contentOf(metas: Element[], pred: (el: Element) => boolean): string | null {
  const el = metas.find(pred);
  const v = el?.attribs["content"];
  return v ? foldSpace(v) || null : null;
}

function hasDatetime(el: Element): boolean {
  return !!el.attribs["datetime"];
}

/** Whether a <time> stands inside an <article> or <main>. */
function inMain(el: Element): boolean {
  for (let p = el.parent as Element | null, n = 0; p && n < 400; p = p.parent as Element | null, n++) {
    if (p.name === "article" || p.name === "main") return true;
  }
  return false;
}

export function readMeta(c: Collected): PageMeta {
  const meta = emptyMeta();
  const metas = c.metas;
  const titleEl = c.titles[0];
  meta.title = contentOf(metas, isOgTitle) ?? contentOf(metas, isTwitterTitle) ?? (titleEl ? foldSpace(textOf(titleEl)) || null : null);
  meta.siteName = contentOf(metas, isOgSiteName) ?? contentOf(metas, isApplicationName);
  const ogType = contentOf(metas, isOgType);
  if (ogType) meta.types.push(ogType);

  for (const el of c.ldJson.slice(0, 50)) {
    const raw = textOf(el, 500_001);
    if (raw.length > 500_000) continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      continue;
    }
    const items: Record<string, unknown>[] = [];
    jsonLdItems(parsed, items);
    for (const item of items) {
      const t = item["@type"];
      for (const type of Array.isArray(t) ? t : [t]) if (typeof type === "string") meta.types.push(type);
      if (typeof item["datePublished"] === "string") meta.published.push({ value: item["datePublished"], source: "JSON-LD datePublished" });
      if (!meta.title) meta.title = headlineOf(item["headline"]);
      if (!meta.siteName && item["publisher"] && typeof item["publisher"] === "object") {
        meta.siteName = headlineOf((item["publisher"] as Record<string, unknown>)["name"]);
      }
    }
  }
  for (const [pred, source] of PUBLISHED_META) {
    const v = contentOf(metas, pred);
    if (v) meta.published.push({ value: v, source });
  }
  const withDate = c.times.filter(hasDatetime);
  const time = withDate.find(inMain) ?? withDate[0];
  if (time) {
    const v = time.attribs["datetime"]!;
    const parentText = time.parent ? textOf(time.parent, 200).slice(0, 80) : "";
    if (v && !/updated|modified/i.test(parentText + (time.attribs["class"] ?? "") + (time.attribs["itemprop"] ?? ""))) {
      meta.published.push({ value: v, source: "<time datetime>" });
    }
  }
  return meta;
}
