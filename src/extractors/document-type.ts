/**
 * documentType: an official release (ENDS, notes to editors, embargo lines,
 * "For media enquiries"), a news article (bylines, datelines, "a report has
 * said", adverts, NewsArticle metadata), a blog post (share buttons, related
 * posts, comment forms, first-person commentary, BlogPosting metadata), or
 * other. Each kind collects weighted signals; the strongest kind wins when
 * it clearly leads.
 */
import type { InspectionRecord } from "../schema/record.js";
import type { Doc } from "../segment/types.js";
import { isEndsLine } from "../segment/02-notes.js";
import { found, spanOf, type Extractor, type Found } from "./types.js";
import { wordMask } from "../util/word-mask.js";
import { lean } from "./lib/numbers.js";

type Kind = Exclude<InspectionRecord["documentType"], "other">;

interface Signal {
  kind: Kind;
  weight: number;
  start: number;
  end: number;
}

/**
 * A signal's regex with its cheap gate: the regex only runs (and is only
 * compiled) when the lower-cased text starts with one of `starts` or contains
 * one of `has`. Each gate is a necessary condition of its regex: most blocks
 * start with none of these words, and most documents contain none of them.
 * (A block is first checked against all line gates at once, LINE_STARTS_RE
 * and LINE_HAS_RE; the text's `has` words are found in one scan, TEXT_WORD_RE.)
 */
interface Gated {
  kind: Kind;
  weight: number;
  re: RegExp;
  starts?: readonly string[];
  has?: readonly string[];
  /** a gate no word list says: "starts with three capitals" */
  test?: (text: string) => boolean;
}

function passes(g: Gated, text: string, lower: string): boolean {
  if (g.test) return g.test(text);
  if (g.starts) for (const w of g.starts) if (lower.startsWith(w)) return true;
  if (g.has) for (const w of g.has) if (lower.includes(w)) return true;
  return false;
}

const isCapital = (c: number): boolean => c >= 65 && c <= 90;

/** Whole-line signals (a block's full text). */
const LINE_SIGNALS: Gated[] = [
  { kind: "press-release", weight: 3, re: /^(?:[-–—*#\s]{0,5})(?:notes?\s+(?:to|for)\s+(?:the\s+)?editors?|editors?['’]?s?\s+notes?)\b/i, has: ["note"] },
  { kind: "press-release", weight: 3, re: /^(?:press|news|media)\s+release\b/i, starts: ["press", "news", "media"] },
  { kind: "press-release", weight: 2, re: /^(?:for immediate release|embargo(?:ed)?\b|strictly embargoed|under (?:strict )?embargo|not for (?:publication|release|broadcast) (?:before|until))/i, starts: ["for immediate release", "embargo", "strictly embargoed", "under ", "not for "] },
  { kind: "news-article", weight: 2, re: /^(?:top (?:news )?stories|most read|most popular|read more|read next|more (?:news|stories)|advertisement|sponsored(?: content)?|trending)\b.{0,80}$/i, starts: ["top ", "most ", "read ", "more ", "advertisement", "sponsored", "trending"] },
  { kind: "news-article", weight: 3, re: /^[A-Z]{3,}(?:[ -][A-Z]{2,}){0,3},?\s+(?:[A-Z][a-z]{2,8}day,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}|[A-Z][a-z]{2,8}\s+\d{1,2}(?:st|nd|rd|th)?),?\s+\d{4}\s*[–—:-]\s/, test: (t) => isCapital(t.charCodeAt(0)) && isCapital(t.charCodeAt(1)) && isCapital(t.charCodeAt(2)) },
  { kind: "news-article", weight: 1, re: /^date:? \d{4}-\d{2}-\d{2}/i, starts: ["date"] },
  { kind: "blog-post", weight: 2, re: /^(?:issue|vol\.?|volume)\s+\d{1,4}\b.{0,80}$/i, starts: ["issue", "vol"] },
  { kind: "press-release", weight: 2, re: /^(?:published|issued|posted|date)?:?\s*.{0,40}\bcategor(?:y|ies):?\s+(?:press releases?|news releases?|media releases?)\b/i, has: ["categor"] },
  { kind: "news-article", weight: 2, re: /^(?:[Bb]y|BY)\s+[A-Z][\w'’.-]{1,30}(?:\s+[A-Z][\w'’.-]{1,30}){0,3}\s*(?:[,|–-]\s*.{0,60})?$/, starts: ["by"] },
  { kind: "news-article", weight: 2, re: /^[A-Z][\w'’.-]{1,30}(?:\s+[A-Z][\w'’.-]{1,30}){0,3},?\s+(?:(?:senior|chief|home affairs|crime|courts|local democracy|political|health)\s+)?(?:reporter|correspondent|journalist|editor)\b.{0,60}$/, has: ["reporter", "correspondent", "journalist", "editor"] },
  { kind: "news-article", weight: 2, re: /^(?:sign up to|get the latest|subscribe to) (?:our|the)\b.{0,60}newsletter/i, has: ["newsletter"] },
  { kind: "blog-post", weight: 3, re: /^(?:share this(?: post| article)?|share on (?:facebook|twitter|x|linkedin)|share:?)$/i, starts: ["share"] },
  { kind: "blog-post", weight: 3, re: /^(?:related posts?|you (?:may|might) also like|similar posts|more posts|recent posts|previous post|next post)\b.{0,40}$/i, starts: ["related", "you ", "similar", "more posts", "recent", "previous", "next"] },
  { kind: "blog-post", weight: 4, re: /^(?:leave a (?:reply|comment)|post a comment|add a comment|\d{1,5}\s+(?:comments?|responses?|replies)|no comments(?: yet)?|comments? \(\d{1,5}\)|join the discussion)\b.{0,40}$/i, has: ["comment", "repl", "respons", "discussion"] },
  { kind: "blog-post", weight: 2, re: /^(?:posted (?:by|in|on)|filed under|categor(?:y|ies)|tags?)\b\s*:?.{0,120}$/i, starts: ["posted", "filed", "categor", "tag"] },
  { kind: "blog-post", weight: 2, re: /^(?:subscribe|get every (?:blog )?post by email|follow (?:this|the) blog)\b.{0,60}$/i, starts: ["subscribe", "get every", "follow"] },
  { kind: "blog-post", weight: 3, re: /\bposts sponsored by\b/i, has: ["posts sponsored by"] },
  { kind: "blog-post", weight: 2, re: /^in this (?:issue|edition)\b.{0,60}$/i, starts: ["in this"] },
  { kind: "press-release", weight: 2, re: /^from:?\s+.{0,80}\b(?:inspectorate|ministry|council|department|probation service|hmpps)\b.{0,40}$/i, starts: ["from"] },
];

/** Any LINE_SIGNALS `starts` word at the start of a block, any `has` word in it (case aside). */
const escapeWord = (w: string): string => w.replace(/[.()]/g, "\\$&");
const LINE_STARTS_RE = new RegExp(`^(?:${LINE_SIGNALS.flatMap((g) => g.starts ?? []).map(escapeWord).join("|")})`, "i");
const LINE_HAS_RE = new RegExp(LINE_SIGNALS.flatMap((g) => g.has ?? []).map(escapeWord).join("|"), "i");

function anyTestGate(t: string): boolean {
  for (const g of LINE_SIGNALS) if (g.test?.(t)) return true;
  return false;
}

/**
 * Signals anywhere in the text (their gates: `has` only, no word starting
 * another). The "a report has said" one runs on most documents: built through
 * lean() (lib/numbers.ts), the same matches at a fraction of the compile cost.
 */
const TEXT_SIGNALS: Gated[] = [
  { kind: "press-release", weight: 3, re: /\bfor (?:all )?(?:media|press) (?:enquiries|inquiries|queries)\b/i, has: ["quiries", "queries"] },
  { kind: "press-release", weight: 2, re: /\b(?:contact|call|ring)\b.{0,80}\bpress office\b/i, has: ["press office"] },
  { kind: "press-release", weight: 2, re: /\bembargo(?:ed)? (?:until|till|to)\b/i, has: ["embargo"] },
  { kind: "press-release", weight: 1, re: /\bthe report (?:is|will be) (?:available|published)\b/i, has: ["the report "] },
  { kind: "news-article", weight: 2, re: new RegExp(lean(String.raw`\b(?:a|the) (?:report|watchdog|inspection|review) (?:has )?(?:said|says|found|warned|revealed)\s*[.!]`), "i"), has: ["said", "says", "found", "warned", "revealed"] },
  { kind: "news-article", weight: 1, re: /\bhas been (?:criticised|slammed|blasted|branded|praised|rapped)\b/i, has: ["has been "] },
  { kind: "news-article", weight: 1, re: /\((?:pic|photo|picture|image)[:\s]/i, has: ["(pic", "(photo", "(image"] },
  { kind: "news-article", weight: 2, re: /\b(?:local democracy reporting service|told the [A-Z][a-z]{2,20}|told (?:this|our) (?:newspaper|paper|website))\b/, has: ["local democracy reporting service", "told "] },
  { kind: "news-article", weight: 2, re: /\b(?:a|the) (?:probation |prisons? |justice |inspection )?watchdog\b/i, has: ["watchdog"] },
  { kind: "news-article", weight: 1, re: /\bdamning report\b/i, has: ["damning report"] },
  { kind: "blog-post", weight: 1, re: /\b(?:I think|I believe|in my (?:view|opinion)|I['’]m|I have (?:long )?argued|I wrote|my (?:view|opinion|blog|post))\b/, has: ["i think", "i believe", "i'm", "i’m", "i have", "i wrote", "my view", "my opinion", "my blog", "my post"] },
  { kind: "blog-post", weight: 3, re: /\byour email address will not be published\b/i, has: ["your email address"] },
  { kind: "blog-post", weight: 3, re: /\b(?:unsubscribe from (?:this|our) (?:list|newsletter)|view this email in your browser|you are receiving this (?:email|newsletter|bulletin)|forward (?:this email )?to a friend)\b/i, has: ["unsubscribe", "view this email", "you are receiving", "to a friend"] },
];

/**
 * The TEXT_SIGNALS gate words, found in one scan of the text (not one scan
 * per signal): each word's bit says which signals it lets through.
 */
const TEXT_WORD_RE = new RegExp(
  [...new Set(TEXT_SIGNALS.flatMap((g) => g.has ?? []))].map(escapeWord).join("|"),
  "gi",
);
const TEXT_WORD_SIGNALS = new Map<string, number>();
TEXT_SIGNALS.forEach((g, i) => {
  for (const w of g.has ?? []) TEXT_WORD_SIGNALS.set(w, (TEXT_WORD_SIGNALS.get(w) ?? 0) | (1 << i));
});

/** Bit i set: TEXT_SIGNALS[i]'s gate word occurs in the text. */
function textSignalsToRun(text: string): number {
  return wordMask(TEXT_WORD_RE, TEXT_WORD_SIGNALS, text);
}

const META_TYPES: [Kind, number, RegExp][] = [
  ["news-article", 5, /^(?:NewsArticle|ReportageNewsArticle|AnalysisNewsArticle)$/],
  ["blog-post", 5, /^(?:BlogPosting|Blog|LiveBlogPosting|SocialMediaPosting)$/],
  ["press-release", 2, /^(?:PressRelease)$/i],
];

const OFFICIAL_SITE = /\b(?:inspectorate|gov\.uk|council|ministry|department|probation service|police|constabulary|nhs|borough|county|authority|commissioner|hmpps|justice inspectorates)\b/i;

/** The site name a page title ends with ("Headline | Site", "Headline - Site"). */
function titleSuffix(title: string | null): string | null {
  if (!title || title.length > 500) return null;
  const m = /\s(?:[|–—·]|-|::)\s([^|–—·]{2,60})$/.exec(title);
  return m && m[1]!.split(" ").length <= 7 ? m[1]!.trim() : null;
}

const NEWS_SITE = /\b(?:news|echo|post|times|gazette|herald|mail|mirror|guardian|telegraph|independent|express|chronicle|journal|argus|star|standard|observer|press|courier|evening|bbc|itv|sky|live|advertiser|mercury|sentinel|examiner|leader|today|online|daily|weekly)\b/i;
const BLOG_SITE = /\b(?:blog|blogs|wordpress|substack|medium|musings|diary|bulletin|newsletter|commentary|digest|notes)\b/i;

export function documentTypeSignals(doc: Doc): Signal[] {
  const signals: Signal[] = [];
  const seen = new Set<string>();
  const add = (kind: Kind, weight: number, start: number, end: number, key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    signals.push({ kind, weight, start, end });
  };
  let endsSeen = false;
  for (const b of doc.blocks) {
    const t = b.text.trim();
    if (t.length <= 200) {
      if (!endsSeen && isEndsLine(t)) {
        endsSeen = true;
        add("press-release", 4, b.start, b.end, "ends");
      }
      // most blocks pass no line gate at all: two small regexes say so at once
      if (!LINE_STARTS_RE.test(t) && !LINE_HAS_RE.test(t) && !anyTestGate(t)) continue;
      const lower = t.toLowerCase();
      for (let i = 0; i < LINE_SIGNALS.length; i++) {
        const g = LINE_SIGNALS[i]!;
        if (passes(g, t, lower) && g.re.test(t)) add(g.kind, g.weight, b.start, b.end, `line${i}`);
      }
    }
  }
  const text = doc.text.length > 400_000 ? doc.text.slice(0, 400_000) : doc.text;
  const run = textSignalsToRun(text);
  for (let i = 0; i < TEXT_SIGNALS.length; i++) {
    const g = TEXT_SIGNALS[i]!;
    const m = run & (1 << i) ? g.re.exec(text) : null;
    if (m) add(g.kind, g.weight, m.index, m.index + m[0].length, `text${i}`);
  }
  for (const type of doc.meta.types) {
    for (const [kind, weight, re] of META_TYPES) if (re.test(type)) add(kind, weight, 0, 0, `meta${type}`);
  }
  // Who publishes it: the site name, a page title's " | Site" suffix, or a masthead line.
  const site = doc.meta.siteName ?? titleSuffix(doc.meta.title) ?? "";
  if (site) {
    if (OFFICIAL_SITE.test(site)) add("press-release", 3, 0, 0, "site");
    else if (BLOG_SITE.test(site)) add("blog-post", 3, 0, 0, "site");
    else if (NEWS_SITE.test(site)) add("news-article", 3, 0, 0, "site");
  }
  const first = doc.blocks[0];
  if (first && first.kind !== "heading" && first.text.length <= 40 && first.text.split(" ").length <= 5 && doc.blocks.length > 3) {
    // A masthead: "Derby Evening Mercury", "PROBATION PRACTICE BULLETIN"
    const t = first.text;
    if (!/\b(?:press|news|media) (?:release|notice|statement)\b/i.test(t) && /^(?:[A-Z][\w&'’.-]*)(?:\s+(?:[A-Z][\w&'’.-]*|&|of|the|and|on))*$/.test(t)) {
      if (BLOG_SITE.test(t)) add("blog-post", 2, first.start, first.end, "masthead");
      else if (NEWS_SITE.test(t) && !OFFICIAL_SITE.test(t)) add("news-article", 2, first.start, first.end, "masthead");
    }
  }
  return signals;
}

export const documentType: Extractor = {
  id: "document-type",
  fields: ["documentType"],
  extract(doc) {
    const signals = documentTypeSignals(doc);
    const score: Record<Kind, number> = { "press-release": 0, "news-article": 0, "blog-post": 0 };
    for (const s of signals) score[s.kind] += s.weight;
    const ranked = (Object.keys(score) as Kind[]).sort((a, b) => score[b] - score[a]);
    const best = ranked[0]!;
    const second = ranked[1]!;
    if (score[best] < 2 || score[best] === score[second]) return [];
    const evidence = signals.filter((s) => s.kind === best).sort((a, b) => b.weight - a.weight)[0]!;
    const out: Found[] = [found("documentType", best, spanOf(doc, evidence.start, evidence.end), { rank: score[best] - score[second] })];
    return out;
  },
};
