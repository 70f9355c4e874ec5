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
import { DROP_TAGS } from "./prune.js";

/** Elements the reader collects while walking the page once. */
export interface Collected {
  metas: Element[];
  titles: Element[];
  ldJson: Element[];
  times: Element[];
}

/** Where a publication date may stand in a meta tag, in order of preference: the sources, and each one's slot in MetaTags.published. */
const PUBLISHED_SOURCES = [
  "article:published_time", // property
  "article:published_time", // name
  "DC.date.issued",
  "dcterms.issued",
  "itemprop datePublished",
  "publication_date",
  "meta date",
];

/** The first meta tag of each kind readMeta asks about (the first is read even when its content is empty). */
interface MetaTags {
  ogTitle?: Element;
  twitterTitle?: Element;
  ogSiteName?: Element;
  applicationName?: Element;
  ogType?: Element;
  published: (Element | undefined)[];
}

/**
 * The meta tags sorted into MetaTags in one pass (a search of the whole list
 * for each kind cost a dozen passes). Names compared without case are tested
 * only when their length fits.
 */
function sortMetas(metas: Element[]): MetaTags {
  const t: MetaTags = { published: new Array<Element | undefined>(PUBLISHED_SOURCES.length) };
  const pub = t.published;
  for (const el of metas) {
    const a = el.attribs;
    const property = a["property"];
    const name = a["name"];
    if (property !== undefined) {
      if (property === "og:title") t.ogTitle ??= el;
      else if (property === "og:site_name") t.ogSiteName ??= el;
      else if (property === "og:type") t.ogType ??= el;
      else if (property === "article:published_time") pub[0] ??= el;
    }
    if (name) {
      if (name === "twitter:title") t.twitterTitle ??= el;
      else if (name === "article:published_time") pub[1] ??= el;
      else if (name.length === 16) {
        if (/^application-name$/i.test(name)) t.applicationName ??= el;
        else if (/^publication_date$/i.test(name)) pub[5] ??= el;
      } else if (name.length === 14) {
        if (/^DC\.date\.issued$/i.test(name)) pub[2] ??= el;
        else if (/^dcterms\.issued$/i.test(name)) pub[3] ??= el;
      } else if (name.length === 4 && /^date$/i.test(name)) pub[6] ??= el;
    }
    if (a["itemprop"] === "datePublished") pub[4] ??= el;
  }
  return t;
}

/**
 * Text of a subtree, iteratively. The elements never read as content
 * (DROP_TAGS: scripts, menus, icons...) below the root are passed over, as
 * the reader passes over them; their content may be cut before parsing.
 */
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
      if (node !== root && DROP_TAGS.has((node as Element).name)) continue;
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

/** The content of a meta tag, spaces folded; null when empty or no tag. */
function contentOf(el: Element | undefined): string | null {
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
  const tags = sortMetas(c.metas);
  const titleEl = c.titles[0];
  meta.title = contentOf(tags.ogTitle) ?? contentOf(tags.twitterTitle) ?? (titleEl ? foldSpace(textOf(titleEl)) || null : null);
  meta.siteName = contentOf(tags.ogSiteName) ?? contentOf(tags.applicationName);
  const ogType = contentOf(tags.ogType);
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
  for (let i = 0; i < PUBLISHED_SOURCES.length; i++) {
    const v = contentOf(tags.published[i]);
    if (v) meta.published.push({ value: v, source: PUBLISHED_SOURCES[i]! });
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
