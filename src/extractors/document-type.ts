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

type Kind = Exclude<InspectionRecord["documentType"], "other">;

interface Signal {
  kind: Kind;
  weight: number;
  start: number;
  end: number;
}

/** Whole-line signals (a block's full text). */
const LINE_SIGNALS: [Kind, number, RegExp][] = [
  ["press-release", 3, /^(?:[-–—*#\s]{0,5})(?:notes?\s+(?:to|for)\s+(?:the\s+)?editors?|editors?['’]?s?\s+notes?)\b/i],
  ["press-release", 3, /^(?:press|news|media)\s+release\b/i],
  ["press-release", 2, /^(?:for immediate release|embargo(?:ed)?\b|strictly embargoed|under (?:strict )?embargo|not for (?:publication|release|broadcast) (?:before|until))/i],
  ["news-article", 2, /^(?:top (?:news )?stories|most read|most popular|read more|read next|more (?:news|stories)|advertisement|sponsored(?: content)?|trending)\b.{0,80}$/i],
  ["news-article", 3, /^[A-Z]{3,}(?:[ -][A-Z]{2,}){0,3},?\s+(?:[A-Z][a-z]{2,8}day,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}|[A-Z][a-z]{2,8}\s+\d{1,2}(?:st|nd|rd|th)?),?\s+\d{4}\s*[–—:-]\s/],
  ["news-article", 1, /^date:? \d{4}-\d{2}-\d{2}/i],
  ["blog-post", 2, /^(?:issue|vol\.?|volume)\s+\d{1,4}\b.{0,80}$/i],
  ["press-release", 2, /^(?:published|issued|posted|date)?:?\s*.{0,40}\bcategor(?:y|ies):?\s+(?:press releases?|news releases?|media releases?)\b/i],
  ["news-article", 2, /^(?:[Bb]y|BY)\s+[A-Z][\w'’.-]{1,30}(?:\s+[A-Z][\w'’.-]{1,30}){0,3}\s*(?:[,|–-]\s*.{0,60})?$/],
  ["news-article", 2, /^[A-Z][\w'’.-]{1,30}(?:\s+[A-Z][\w'’.-]{1,30}){0,3},?\s+(?:(?:senior|chief|home affairs|crime|courts|local democracy|political|health)\s+)?(?:reporter|correspondent|journalist|editor)\b.{0,60}$/],
  ["news-article", 2, /^(?:sign up to|get the latest|subscribe to) (?:our|the)\b.{0,60}newsletter/i],
  ["blog-post", 3, /^(?:share this(?: post| article)?|share on (?:facebook|twitter|x|linkedin)|share:?)$/i],
  ["blog-post", 3, /^(?:related posts?|you (?:may|might) also like|similar posts|more posts|recent posts|previous post|next post)\b.{0,40}$/i],
  ["blog-post", 4, /^(?:leave a (?:reply|comment)|post a comment|add a comment|\d{1,5}\s+(?:comments?|responses?|replies)|no comments(?: yet)?|comments? \(\d{1,5}\)|join the discussion)\b.{0,40}$/i],
  ["blog-post", 2, /^(?:posted (?:by|in|on)|filed under|categor(?:y|ies)|tags?)\b\s*:?.{0,120}$/i],
  ["blog-post", 2, /^(?:subscribe|get every (?:blog )?post by email|follow (?:this|the) blog)\b.{0,60}$/i],
  ["blog-post", 3, /\bposts sponsored by\b/i],
  ["blog-post", 2, /^in this (?:issue|edition)\b.{0,60}$/i],
  ["press-release", 2, /^from:?\s+.{0,80}\b(?:inspectorate|ministry|council|department|probation service|hmpps)\b.{0,40}$/i],
];

/** Signals anywhere in the text. */
const TEXT_SIGNALS: [Kind, number, RegExp][] = [
  ["press-release", 3, /\bfor (?:all )?(?:media|press) (?:enquiries|inquiries|queries)\b/i],
  ["press-release", 2, /\b(?:contact|call|ring)\b.{0,80}\bpress office\b/i],
  ["press-release", 2, /\bembargo(?:ed)? (?:until|till|to)\b/i],
  ["press-release", 1, /\bthe report (?:is|will be) (?:available|published)\b/i],
  ["news-article", 2, /\b(?:a|the) (?:report|watchdog|inspection|review) (?:has )?(?:said|says|found|warned|revealed)\s*[.!]/i],
  ["news-article", 1, /\bhas been (?:criticised|slammed|blasted|branded|praised|rapped)\b/i],
  ["news-article", 1, /\((?:pic|photo|picture|image)[:\s]/i],
  ["news-article", 2, /\b(?:local democracy reporting service|told the [A-Z][a-z]{2,20}|told (?:this|our) (?:newspaper|paper|website))\b/],
  ["news-article", 2, /\b(?:a|the) (?:probation |prisons? |justice |inspection )?watchdog\b/i],
  ["news-article", 1, /\bdamning report\b/i],
  ["blog-post", 1, /\b(?:I think|I believe|in my (?:view|opinion)|I['’]m|I have (?:long )?argued|I wrote|my (?:view|opinion|blog|post))\b/],
  ["blog-post", 3, /\byour email address will not be published\b/i],
  ["blog-post", 3, /\b(?:unsubscribe from (?:this|our) (?:list|newsletter)|view this email in your browser|you are receiving this (?:email|newsletter|bulletin)|forward (?:this email )?to a friend)\b/i],
];

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
      if (isEndsLine(t) && !endsSeen) {
        endsSeen = true;
        add("press-release", 4, b.start, b.end, "ends");
      }
      LINE_SIGNALS.forEach(([kind, weight, re], i) => {
        if (re.test(t)) add(kind, weight, b.start, b.end, `line${i}`);
      });
    }
  }
  const text = doc.text.length > 400_000 ? doc.text.slice(0, 400_000) : doc.text;
  TEXT_SIGNALS.forEach(([kind, weight, re], i) => {
    const m = re.exec(text);
    if (m) add(kind, weight, m.index, m.index + m[0].length, `text${i}`);
  });
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
