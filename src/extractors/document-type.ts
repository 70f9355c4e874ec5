/**
 * documentType: an official release (ENDS, notes to editors, embargo lines,
 * "For media enquiries"), a news article (bylines, datelines, "a report has
 * said", adverts, NewsArticle metadata), a blog post (share buttons, related
 * posts, comment forms, first-person commentary, BlogPosting metadata), or
 * other. Each kind collects weighted signals; the strongest kind wins when
 * it clearly leads.
 */
import type { InspectionRecord } from "../schema/record.js";
import type { Block, Doc } from "../segment/types.js";
import { isEndsLine } from "../segment/02-notes.js";
import { found, spanOf, type Extractor, type Found } from "./types.js";
import { lean } from "./lib/numbers.js";
import { escapeWord, wordMask, wordScan } from "../util/word-mask.js";

type Kind = Exclude<InspectionRecord["documentType"], "other">;

interface Signal {
  kind: Kind;
  weight: number;
  start: number;
  end: number;
  /** which signal it is ("line8", "ends", "metaNewsArticle") */
  key: string;
}

/**
 * A signal's regex with its cheap gate: the regex only runs (and is only
 * compiled) when the lower-cased text starts with one of `starts` or contains
 * one of `has`. Each gate is a necessary condition of its regex: most blocks
 * start with none of these words, and most documents contain none of them.
 * (All `has` words are found in one scan of the text, findGateWords; a
 * block's gates are then worked out at once, lineGates.)
 */
interface Gated {
  kind: Kind;
  weight: number;
  re: RegExp;
  starts?: readonly string[];
  has?: readonly string[];
  /** a gate no word list says: "starts with three capitals" */
  test?: (text: string) => boolean;
  /** TEXT_SIGNALS: every match begins with one of the `has` words (case aside) */
  begins?: true;
  /** TEXT_SIGNALS: what the text reads (sticky, case aside) at the `has` word of every match */
  at?: RegExp;
  /** LINE_SIGNALS: not read on a list item (a link in a list of links names another page) */
  notInList?: true;
}

const isCapital = (c: number): boolean => c >= 65 && c <= 90;

/** Whole-line signals (a block's full text). */
const LINE_SIGNALS: Gated[] = [
  // (an agency's note on its own story is no release's: "NOTE TO EDITORS: This story is subject to an embargo")
  { kind: "press-release", weight: 3, re: /^(?:[-–—*#\s]{0,5})(?:notes?\s+(?:to|for)\s+(?:the\s+)?editors?|editors?['’]?s?\s+notes?)\b(?!\s{0,3}:?\s{0,3}this\s+(?:story|copy)\b)/i, has: ["note"] },
  { kind: "press-release", weight: 3, re: /^(?:press|news|media)\s+release\b/i, starts: ["press", "news", "media"], notInList: true },
  { kind: "press-release", weight: 2, re: /^(?:for immediate release|embargo(?:ed)?\b|strictly embargoed|under (?:strict )?embargo|not for (?:publication|release|broadcast) (?:before|until))/i, starts: ["for immediate release", "embargo", "strictly embargoed", "under ", "not for "] },
  { kind: "news-article", weight: 2, re: /^(?:top (?:news )?stories|most read|most popular|read more|read next|more (?:news|stories)|advertisement|sponsored(?: content)?|trending)\b.{0,80}$/i, starts: ["top ", "most ", "read ", "more ", "advertisement", "sponsored", "trending"] },
  { kind: "news-article", weight: 3, re: /^[A-Z]{3,}(?:[ -][A-Z]{2,}){0,3},?\s+(?:[A-Z][a-z]{2,8}day,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}|[A-Z][a-z]{2,8}\s+\d{1,2}(?:st|nd|rd|th)?),?\s+\d{4}\s*[–—:-]\s/, test: (t) => isCapital(t.charCodeAt(0)) && isCapital(t.charCodeAt(1)) && isCapital(t.charCodeAt(2)) },
  { kind: "news-article", weight: 1, re: /^date:? \d{4}-\d{2}-\d{2}/i, starts: ["date"] },
  { kind: "blog-post", weight: 2, re: /^(?:issue|vol\.?|volume)\s+\d{1,4}\b.{0,80}$/i, starts: ["issue", "vol"] },
  { kind: "press-release", weight: 2, re: /^(?:published|issued|posted|date)?:?\s*.{0,40}\bcategor(?:y|ies):?\s+(?:press releases?|news releases?|media releases?)\b/i, has: ["categor"] },
  { kind: "news-article", weight: 2, re: /^(?:[Bb]y|BY)\s+[A-Z][\w'’.-]{1,30}(?:\s+[A-Z][\w'’.-]{1,30}){0,3}\s*(?:[,|–-]\s*.{0,60})?$/, starts: ["by"] },
  // a reporter's byline: the name, the beat in a word or two ("Jo Bloggs, crime reporter", "Jo Bloggs Social affairs correspondent",
  // "By Jo Bloggs, news editor")
  { kind: "news-article", weight: 2, re: /^[A-Z][\w'’.-]{1,30}(?:\s+[A-Z][\w'’.-]{1,30}){0,3},?\s+(?:(?:senior|chief|home|social|legal|justice|crime|courts|local democracy|political|health|education|affairs|policy|news)\s+){0,2}(?:reporter|correspondent|journalist|editor)\b.{0,60}$/, has: ["reporter", "correspondent", "journalist", "editor"] },
  { kind: "news-article", weight: 2, re: /^(?:sign up to|get the latest|subscribe to) (?:our|the)\b.{0,60}newsletter/i, has: ["newsletter"] },
  // a columnist's byline ("By Jo Bloggs Columnist Published …", "Jo Bloggs, columnist"): commentary
  { kind: "blog-post", weight: 2, re: /^(?:by\s+)?[A-Z][\w'’.-]{1,30}(?:\s+[A-Z][\w'’.-]{1,30}){0,3},?\s+(?:(?:guest|regular|weekly|resident|political|senior)\s+)?columnist\b.{0,120}$/i, has: ["columnist"] },
  // an opinion section's label over the column, with the writer's name ("Opinion · Jo Bloggs", "COMMENT | Jo Bloggs")
  { kind: "blog-post", weight: 2, re: /^(?:opinion|comment)\s{0,3}[·|•:–—-]\s{0,3}[A-Z][\w'’.-]{1,30}(?:\s+[A-Z][\w'’.-]{1,30}){0,3}$/i, starts: ["opinion", "comment"] },
  { kind: "blog-post", weight: 3, re: /^(?:share this(?: post| article)?|share on (?:facebook|twitter|x|linkedin)|share:?)$/i, starts: ["share"] },
  { kind: "blog-post", weight: 3, re: /^(?:related posts?|you (?:may|might) also like|similar posts|more posts|recent posts|previous post|next post)\b.{0,40}$/i, starts: ["related", "you ", "similar", "more posts", "recent", "previous", "next"] },
  { kind: "blog-post", weight: 4, re: /^(?:leave a (?:reply|comment)|post a comment|add a comment|\d{1,5}\s+(?:comments?|responses?|replies)|no comments(?: yet)?|comments? \(\d{1,5}\)|join the discussion)\b.{0,40}$/i, has: ["comment", "repl", "respons", "discussion"] },
  // "Posted by ...", "Posted on 3 May 2023 by ...", "Posted 3 May 2023 by ..."
  { kind: "blog-post", weight: 2, re: /^(?:posted (?:by|in|on|\d{1,2}(?:st|nd|rd|th)? [a-z]{3,9},? \d{4} by)|filed under|categor(?:y|ies)|tags?)\b\s*:?.{0,120}$/i, starts: ["posted", "filed", "categor", "tag"] },
  { kind: "blog-post", weight: 2, re: /^(?:subscribe|get every (?:blog )?post by email|follow (?:this|the) blog)\b.{0,60}$/i, starts: ["subscribe", "get every", "follow"] },
  { kind: "blog-post", weight: 3, re: /\bposts sponsored by\b/i, has: ["posts sponsored by"] },
  { kind: "blog-post", weight: 2, re: /^in this (?:issue|edition)\b.{0,60}$/i, starts: ["in this"] },
  { kind: "press-release", weight: 2, re: /^from:?\s+.{0,80}\b(?:inspectorate|ministry|council|department|probation service|hmpps)\b.{0,40}$/i, starts: ["from"] },
  // a heading over the publisher's own press contact ("Media enquiries", "Press contacts:"): its own release
  { kind: "press-release", weight: 2, re: /^(?:media|press)\s(?:enquiries|inquiries|contacts?)\s?:?$/i, starts: ["media", "press"] },
];


/** Each `has` word of the signals, with its bits (bit i: signals[i] has it). */
function hasBits(signals: readonly Gated[]): Map<string, number> {
  const bits = new Map<string, number>();
  signals.forEach((g, i) => {
    for (const w of g.has ?? []) bits.set(w, (bits.get(w) ?? 0) | (1 << i));
  });
  return bits;
}

/** LINE_SIGNALS' `has` words ("...newsletter" may end a word: "enewsletter"), and a scan for them alone */
const LINE_BITS = hasBits(LINE_SIGNALS);
const LINE_INSIDE = ["newsletter"];
const LINE_WORDS_RE = wordScan([LINE_BITS], LINE_INSIDE);
/** Any LINE_SIGNALS `starts` word at the start of a block (case aside); then each one, with its bit. */
const LINE_STARTS_RE = new RegExp(`^(?:${LINE_SIGNALS.flatMap((g) => g.starts ?? []).map(escapeWord).join("|")})`, "i");
const LINE_STARTS = new Map<string, [string, number][]>();
LINE_SIGNALS.forEach((g, i) => {
  for (const w of g.starts ?? []) LINE_STARTS.set(w[0]!, [...(LINE_STARTS.get(w[0]!) ?? []), [w, 1 << i]]);
});
/** the signals with a `test` gate */
const LINE_TESTED = LINE_SIGNALS.flatMap((g, i) => (g.test ? [i] : []));

/**
 * A news agency's wire: its code after the dateline's date, opening the first
 * paragraph ("LEEDS, Tuesday October 15 2024 (PA) - The city's ..."). Read in
 * blocks of any length (a dateline runs into its paragraph), on the block's
 * first 120 characters.
 */
const WIRE_DATELINE = /^[A-Z]{3,}(?:[ -][A-Z]{2,}){0,3},?\s+(?:[A-Z][a-z]{2,8}day,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}|[A-Z][a-z]{2,8}\s+\d{1,2}(?:st|nd|rd|th)?),?\s+\d{4}\s*\([A-Z]{2,10}\)\s*[–—:-]\s/;
/**
 * A wire's dateline weighs as a dateline (3) and an agency's code (4): more
 * than a release's "ENDS" (4) and embargo line (2, 2), which wires carry too.
 */
const WIRE_WEIGHT = 7;
/** How many blocks from the start a wire's dateline is looked for in */
const WIRE_BLOCKS = 12;
/**
 * A news agency's transmission header opening its copy: the service in
 * capitals, a numeric date and a time, then its desk ("PA WIRE 13/03/2019
 * 15:42 GMT HOME NEWS PRIORITY: ROUTINE"). It weighs as a wire's dateline:
 * such copy carries an embargo line, "ends" and a note to editors too.
 */
const WIRE_HEADER = /^[A-Z][A-Z&.' -]{1,30}\sWIRE\s{1,6}[0-3]?\d\/[01]?\d\/(?:19|20)?\d\d\s{1,6}[0-2]?\d[:.][0-5]\d\b/;
/** How many blocks from the start a wire's header is looked for in */
const WIRE_HEADER_BLOCKS = 3;

/** Bit i set: LINE_SIGNALS[i]'s gate lets the block's (trimmed) text through; `has`: the bits of its `has` words. */
function lineGates(t: string, has: number): number {
  let gates = has;
  if (LINE_STARTS_RE.test(t)) {
    const lower = t.toLowerCase();
    for (const [w, bit] of LINE_STARTS.get(lower[0]!) ?? []) if (lower.startsWith(w)) gates |= bit;
  }
  for (const i of LINE_TESTED) if (LINE_SIGNALS[i]!.test!(t)) gates |= 1 << i;
  return gates;
}

/**
 * Signals anywhere in the text (their gates: `has` only, no word starting
 * another). The "a report has said" one runs on most documents: built through
 * lean() (lib/numbers.ts), the same matches at a fraction of the compile cost.
 */
const TEXT_SIGNALS: Gated[] = [
  { kind: "press-release", weight: 3, re: /\bfor (?:all )?(?:media|press) (?:enquiries|inquiries|queries)\b/i, has: ["enquiries", "inquiries", "queries"] },
  { kind: "press-release", weight: 2, re: /\b(?:contact|call|ring)\b.{0,80}\bpress office\b/i, has: ["press office"] },
  { kind: "press-release", weight: 2, re: /\bembargo(?:ed)? (?:until|till|to)\b/i, has: ["embargo"], begins: true },
  { kind: "press-release", weight: 1, re: /\bthe report (?:is|will be) (?:available|published)\b/i, has: ["the report "], begins: true },
  // most documents say "said" or "found", few at the end of a sentence
  { kind: "news-article", weight: 2, re: new RegExp(lean(String.raw`\b(?:a|the) (?:report|watchdog|inspection|review) (?:has )?(?:said|says|found|warned|revealed)\s*[.!]`), "i"), has: ["said", "says", "found", "warned", "revealed"], at: /(?:said|says|found|warned|revealed)\s*[.!]/iy },
  { kind: "news-article", weight: 1, re: /\bhas been (?:criticised|slammed|blasted|branded|praised|rapped)\b/i, has: ["has been "], begins: true },
  { kind: "news-article", weight: 1, re: /\((?:pic|photo|picture|image)[:\s]/i, has: ["(pic", "(photo", "(image"], begins: true },
  // (the service's name as written, in capitals or not: "Local Democracy Reporting Service")
  { kind: "news-article", weight: 2, re: /\b(?:[Ll]ocal [Dd]emocracy [Rr]eporting [Ss]ervice|told the [A-Z][a-z]{2,20}|told (?:this|our) (?:newspaper|paper|website))\b/, has: ["local democracy reporting service", "told "], begins: true },
  { kind: "news-article", weight: 2, re: /\b(?:a|the) (?:probation |prisons? |justice |inspection )?watchdog\b/i, has: ["watchdog"] },
  { kind: "news-article", weight: 1, re: /\bdamning report\b/i, has: ["damning report"], begins: true },
  // a broadcaster's transcript of its own programme ("a transcript of an interview broadcast on Breakfast on Tuesday")
  { kind: "news-article", weight: 2, re: /\btranscript of (?:an? |the |this )?(?:interview|report|item|segment|discussion|conversation|programme|bulletin)s? (?:first )?(?:broadcast|aired)\b/i, has: ["transcript of"], begins: true },
  { kind: "blog-post", weight: 1, re: /\b(?:I think|I believe|in my (?:view|opinion)|I['’]m|I have (?:long )?argued|I wrote|my (?:view|opinion|blog|post))\b/, has: ["i think", "i believe", "i'm", "i’m", "i have", "i wrote", "my view", "my opinion", "my blog", "my post"] },
  { kind: "blog-post", weight: 3, re: /\byour email address will not be published\b/i, has: ["your email address"], begins: true },
  { kind: "blog-post", weight: 3, re: /\b(?:unsubscribe from (?:this|our) (?:list|newsletter)|view this email in your browser|you are receiving this (?:email|newsletter|bulletin)|forward (?:this email )?to a friend)\b/i, has: ["unsubscribe", "view this email", "you are receiving", "to a friend"] },
];

/**
 * The TEXT_SIGNALS gate words, found in one scan of the text (not one scan per
 * signal), with the LINE_SIGNALS `has` words: a block's are those in its stretch
 * of the text (none holds white space but single spaces, so none runs from one
 * block into the next).
 */
const TEXT_BITS = hasBits(TEXT_SIGNALS);
const GATE_WORDS_RE = wordScan([TEXT_BITS, LINE_BITS], LINE_INSIDE);
/**
 * A signal's match starts at most this many characters before the gate word
 * in it (the most: "contact", 80 characters, "press office"), so its first
 * match is looked for from there on, not from the start of the text.
 */
const GATE_LEAD = 100;
/** TEXT_SIGNALS' patterns, global (to look from a place on) and sticky (to try at one place) */
const TEXT_SIGNALS_G = TEXT_SIGNALS.map((g) => new RegExp(g.re.source, g.re.flags + "g"));
const TEXT_SIGNALS_Y = TEXT_SIGNALS.map((g) => new RegExp(g.re.source, g.re.flags + "y"));

/** What findGateWords finds in a text. */
interface GateWords {
  /** the bits of all TEXT_SIGNALS gates that passed */
  run: number;
  /** where the TEXT_SIGNALS gate words are in the text, in order, with their bits */
  hitAt: number[];
  hitBits: number[];
  /** the blocks the LINE_SIGNALS `has` words are in, in order, with their bits */
  lineHitBlock: number[];
  lineHitBits: number[];
}

/** The gate words of both signal lists, in one scan of the text. */
function findGateWords(text: string, blocks: readonly Block[]): GateWords {
  const found: GateWords = { run: 0, hitAt: [], hitBits: [], lineHitBlock: [], lineHitBits: [] };
  let b = 0;
  let m: RegExpExecArray | null;
  const re = GATE_WORDS_RE;
  re.lastIndex = 0;
  while ((m = re.exec(text))) {
    const word = m[0].toLowerCase();
    const bits = TEXT_BITS.get(word) ?? 0;
    if (bits) {
      found.run |= bits;
      found.hitAt.push(m.index);
      found.hitBits.push(bits);
    }
    const line = LINE_BITS.get(word) ?? 0;
    if (line) {
      while (b < blocks.length && blocks[b]!.end <= m.index) b++;
      if (b < blocks.length && blocks[b]!.start <= m.index) {
        found.lineHitBlock.push(b);
        found.lineHitBits.push(line);
      }
    }
    re.lastIndex = m.index + 1;
  }
  return found;
}

/** The first match of TEXT_SIGNALS[i] in the text, looked for only near its gate words (findGateWords). */
function firstTextMatch(text: string, i: number, { hitAt, hitBits }: GateWords): RegExpExecArray | null {
  const g = TEXT_SIGNALS[i]!;
  const bit = 1 << i;
  for (let h = 0; h < hitAt.length; h++) {
    if (!(hitBits[h]! & bit)) continue;
    const at = hitAt[h]!;
    if (g.begins) {
      // a match begins at a gate word: the first gate word where one does
      const y = TEXT_SIGNALS_Y[i]!;
      y.lastIndex = at;
      const m = y.exec(text);
      if (m) return m;
      continue;
    }
    if (g.at) {
      g.at.lastIndex = at;
      if (!g.at.test(text)) continue;
    }
    const re = TEXT_SIGNALS_G[i]!;
    re.lastIndex = Math.max(0, at - GATE_LEAD);
    return re.exec(text);
  }
  return null;
}

const META_TYPES: [Kind, number, RegExp][] = [
  ["news-article", 5, /^(?:NewsArticle|ReportageNewsArticle|AnalysisNewsArticle)$/],
  ["blog-post", 5, /^(?:BlogPosting|Blog|LiveBlogPosting|SocialMediaPosting)$/],
  // schema.org's news article "that primarily expresses opinions rather than journalism": commentary, the
  // publisher's own word for this page, above its site's name and a news article's wording ("told the Gazette")
  ["blog-post", 6, /^OpinionNewsArticle$/],
  ["press-release", 2, /^(?:PressRelease)$/i],
];

const OFFICIAL_SITE = /\b(?:inspectorate|gov\.uk|council|ministry|department|probation service|police|constabulary|nhs|borough|county|authority|commissioner|hmpps|justice inspectorates)\b/i;

/** The site name a page title ends with ("Headline | Site", "Headline - Site"). */
function titleSuffix(title: string | null): string | null {
  if (!title || title.length > 500) return null;
  const m = /\s(?:[|–—·]|-|::)\s([^|–—·]{2,60})$/.exec(title);
  return m && countOf(m[1]!, " ") <= 6 ? m[1]!.trim() : null;
}

const NEWS_SITE = /\b(?:news|echo|post|times|gazette|herald|mail|mirror|guardian|telegraph|independent|express|chronicle|journal|argus|star|standard|observer|press|courier|evening|bbc|itv|sky|live|advertiser|mercury|sentinel|examiner|leader|today|online|daily|weekly)\b/i;
const BLOG_SITE = /\b(?:blog|blogs|wordpress|substack|medium|musings|diary|bulletin|newsletter|commentary|digest|notes)\b/i;

/** The signals found so far, each key (which rule, where) once. */
class Signals {
  readonly list: Signal[] = [];
  private readonly seen = new Set<string>();
  add(kind: Kind, weight: number, start: number, end: number, key: string): void {
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.list.push({ kind, weight, start, end, key });
  }
}

export function documentTypeSignals(doc: Doc): Signal[] {
  // a class, not a closure made per call: optimised code that inlined one
  // document's closure was thrown away ("wrong call target") on the next
  const signals = new Signals();
  const text = doc.text.length > 400_000 ? doc.text.slice(0, 400_000) : doc.text;
  const gateWords = findGateWords(text, doc.blocks);
  const { lineHitBlock, lineHitBits } = gateWords;
  let h = 0;
  let endsSeen = false;
  for (const b of doc.blocks) {
    const t = b.text.trim();
    if (b.index < WIRE_BLOCKS && isCapital(t.charCodeAt(0)) && isCapital(t.charCodeAt(1)) && isCapital(t.charCodeAt(2)) && t.includes(") ") && WIRE_DATELINE.test(t.slice(0, 120))) {
      signals.add("news-article", WIRE_WEIGHT, b.start, b.end, "wire");
    }
    if (b.index < WIRE_HEADER_BLOCKS && isCapital(t.charCodeAt(0)) && t.includes("/") && WIRE_HEADER.test(t.slice(0, 120))) {
      signals.add("news-article", WIRE_WEIGHT, b.start, b.end, "wire");
    }
    if (t.length <= 200) {
      if (!endsSeen && isEndsLine(t)) {
        endsSeen = true;
        signals.add("press-release", 4, b.start, b.end, "ends");
      }
      // most blocks pass no line gate at all (a block past the text scanned is scanned alone)
      let has = 0;
      while (h < lineHitBlock.length && lineHitBlock[h]! < b.index) h++;
      while (h < lineHitBlock.length && lineHitBlock[h] === b.index) has |= lineHitBits[h++]!;
      const gates = lineGates(t, b.end <= text.length ? has : wordMask(LINE_WORDS_RE, LINE_BITS, t));
      // the signals whose gates passed, in order (the lowest bit first)
      for (let rest = gates; rest; rest &= rest - 1) {
        const i = 31 - Math.clz32(rest & -rest);
        const g = LINE_SIGNALS[i]!;
        if (!(g.notInList && b.kind === "list-item") && g.re.test(t)) signals.add(g.kind, g.weight, b.start, b.end, `line${i}`);
      }
    }
  }
  for (let i = 0; i < TEXT_SIGNALS.length; i++) {
    if (!(gateWords.run & (1 << i))) continue;
    const g = TEXT_SIGNALS[i]!;
    const m = firstTextMatch(text, i, gateWords);
    if (m) signals.add(g.kind, g.weight, m.index, m.index + m[0].length, `text${i}`);
  }
  // Who publishes it: the site name, a page title's " | Site" suffix, or a masthead line.
  const site = doc.meta.siteName ?? titleSuffix(doc.meta.title) ?? "";
  const newsSite = site !== "" && !OFFICIAL_SITE.test(site) && !BLOG_SITE.test(site) && NEWS_SITE.test(site);
  for (const type of doc.meta.types) {
    // a news site's live page ("LiveBlogPosting" on "The Ashby Echo"): its rolling news, not commentary
    if (newsSite && type === "LiveBlogPosting") {
      signals.add("news-article", META_TYPES[0]![1], 0, 0, `meta${type}`);
      continue;
    }
    for (const [kind, weight, re] of META_TYPES) if (re.test(type)) signals.add(kind, weight, 0, 0, `meta${type}`);
  }
  if (site) {
    if (OFFICIAL_SITE.test(site)) signals.add("press-release", 3, 0, 0, "site");
    else if (BLOG_SITE.test(site)) signals.add("blog-post", 3, 0, 0, "site");
    else if (NEWS_SITE.test(site)) signals.add("news-article", 3, 0, 0, "site");
  }
  // (a skip link above it is no masthead: "Skip to main content" / "Community Justice Today")
  const first = doc.blocks[SKIP_LINK.test(doc.blocks[0]?.text ?? "") ? 1 : 0];
  if (first && first.kind !== "heading" && first.text.length <= 40 && countOf(first.text, " ") <= 4 && doc.blocks.length > 3) {
    // A masthead: "Derby Evening Mercury", "PROBATION PRACTICE BULLETIN"
    const t = first.text;
    if (!/\b(?:press|news|media) (?:release|notice|statement)\b/i.test(t) && /^(?:[A-Z][\w&'’.-]*)(?:\s+(?:[A-Z][\w&'’.-]*|&|of|the|and|on))*$/.test(t)) {
      if (BLOG_SITE.test(t)) signals.add("blog-post", 2, first.start, first.end, "masthead");
      else if (NEWS_SITE.test(t) && !OFFICIAL_SITE.test(t)) signals.add("news-article", 2, first.start, first.end, "masthead");
    }
  }
  // undecided so far: a writer speaking for themselves and their organisation
  // (a parliamentary record's members speak for themselves: no writer's voice)
  const lead = leader(signals.list);
  // a parliamentary record is no blog, whatever its furniture looks like ("Volume 659: debated on …" is Hansard's volume, not an issue's)
  if (lead?.kind === "blog-post" && parliamentary(doc, text)) return signals.list.filter((s) => s.kind !== "blog-post");
  if (!lead && !parliamentary(doc, text)) {
    const v = ownVoice(doc, text);
    if (v) signals.add("blog-post", 2, v.start, v.end, "voice");
  } else if (lead?.kind === "news-article" && metaOnly(signals.list)) {
    // the page's schema type alone ("NewsArticle", a publishing platform's default for every post) against a writer
    // speaking for themselves in the first person singular: the writer's voice is the surer sign of commentary
    const v = ownVoice(doc, text, true);
    if (v) signals.add("blog-post", META_TYPES[0]![1] + 1, v.start, v.end, "voice");
  } else if (lead?.kind === "news-article" && bylineOnly(signals.list)) {
    // a byline alone ("By Jo Bloggs": a blog's author line too) against a writer speaking for themselves in the
    // first person singular ("I spent eleven years as a case manager there"): commentary
    const v = ownVoice(doc, text, true);
    if (v) signals.add("blog-post", lead.lead + 1, v.start, v.end, "voice");
  }
  return signals.list;
}

/**
 * The kind the signals point to, with its lead over the next kind: the
 * strongest (the first of equals in KINDS' order), when it scores at least
 * 2 and more than any other; else null.
 */
function leader(list: readonly Signal[]): { kind: Kind; lead: number } | null {
  const score: Record<Kind, number> = { "press-release": 0, "news-article": 0, "blog-post": 0 };
  for (const s of list) score[s.kind] += s.weight;
  let best: Kind = KINDS[0]!;
  for (const k of KINDS) if (score[k] > score[best]) best = k;
  let second = -1;
  for (const k of KINDS) if (k !== best && score[k] > second) second = score[k];
  return score[best] < 2 || score[best] === second ? null : { kind: best, lead: score[best] - second };
}

/**
 * Every news-article signal is a page's schema type (no line, text, site or
 * masthead signal for news); signals for the other kinds may stand beside it
 * (a blogging platform's name as the site: "Headline | by Jo Bloggs | Medium").
 */
function metaOnly(list: readonly Signal[]): boolean {
  const news = list.filter((x) => x.kind === "news-article");
  return news.length > 0 && news.every((x) => x.start === 0 && x.end === 0 && x.weight === META_TYPES[0]![1]);
}

/** LINE_SIGNALS' byline ("By Jo Bloggs"): its key */
const BYLINE_KEY = `line${LINE_SIGNALS.findIndex((g) => g.kind === "news-article" && g.starts?.[0] === "by")}`;

/** The only news-article signal is a byline (the other kinds' signals, weaker, may stand beside it). */
function bylineOnly(list: readonly Signal[]): boolean {
  const news = list.filter((x) => x.kind === "news-article");
  return news.length === 1 && news[0]!.key === BYLINE_KEY;
}

/** The writer's "we", "us", "our" (a blog's, a charity's, a team's), and "I", "me", "my" (case checked by singular()). */
const WE = /\b(?:we|us|our|ourselves|i|me|my|myself)\b/gi;
/** "We" as the inspectorate itself, on its own page ("We inspected the PDU", "We have made six recommendations"). */
const WE_INSPECT = /\b(?:we (?:inspected|rated|interviewed|(?:have )?made (?:\w{1,12} )?recommendations?)|our (?:inspection|inspectors|fieldwork)\b)/i;
/** So many sentences in the writer's own voice (outside quotes and notes) make commentary. */
const VOICE_SENTENCES = 5;
/** So many in the first person singular ("I'd go further", "stood out for me"): a writer speaking for themselves. */
const VOICE_SENTENCES_I = 3;

/** A WE match in the first person singular, as written: "I" (not "i"), "me", "my", "My", "myself" (not "ME", "MY"). */
function singular(w: string): boolean {
  return w === "I" || w === "me" || w === "my" || w === "myself" || w === "Me" || w === "My" || w === "Myself";
}

/**
 * Commentary in the first person plural: at least VOICE_SENTENCES sentences
 * outside quotes and notes say "we", "us" or "our" ("five things we learned",
 * "We have worked alongside the service since 2016"), none of them as the
 * inspectorate reporting its own work. A release quotes its people's "we";
 * an inspectorate's page says "We inspected". The span of the first such
 * sentence, or null.
 */
function ownVoice(doc: Doc, text: string, singularOnly = false): { start: number; end: number } | null {
  const { sentences, quotes, blocks } = doc;
  let si = 0;
  let qi = 0;
  // sentences in the first person plural, and (apart) singular: the last of each counted, and the first of each
  let n = 0;
  let nI = 0;
  let last = -1;
  let lastI = -1;
  let first: { start: number; end: number } | null = null;
  let firstI: { start: number; end: number } | null = null;
  WE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WE.exec(text)) !== null) {
    const at = m.index;
    const w = m[0];
    // "I", "me", "my", "myself" ("i", and "ME" or "MY" in capitals, are no one's voice)
    const c = w.charCodeAt(0) | 32;
    const one = c === 105 || c === 109;
    if (one && !singular(w)) continue;
    while (qi < quotes.length && quotes[qi]!.end <= at) qi++;
    if (qi < quotes.length && quotes[qi]!.start <= at) continue;
    while (si < sentences.length && sentences[si]!.end <= at) si++;
    const s = sentences[si];
    if (!s || s.start > at || si === (one ? lastI : last) || blocks[s.block]?.inNotes) continue;
    if (WE_INSPECT.test(s.text)) return null;
    if (one) {
      lastI = si;
      firstI ??= { start: s.start, end: s.end };
      nI++;
    } else {
      last = si;
      first ??= { start: s.start, end: s.end };
      n++;
    }
  }
  if (singularOnly) return nI >= VOICE_SENTENCES_I ? firstI : null;
  return n >= VOICE_SENTENCES ? first : nI >= VOICE_SENTENCES_I ? firstI : null;
}

/** A member's heading in a parliamentary record: "Jo Bloggs (Ashby East) (Lab)". */
const MEMBER_LINE = /^[A-Z][\w'’.-]{0,30}(?: [A-Z][\w'’.-]{0,30}){0,4} \([^()]{2,60}\) \((?:Lab|Con|LD|SNP|DUP|PC|UUP|SDLP|Green|Ind|Alliance|Lab\/Co-op|CB|Reform|SF)\)$/;
/** A record's own lines: the House or the sitting as a line of its own, and the procedure's set words. */
const HOUSE_LINE = /^(?:house of (?:commons|lords)|westminster hall|commons chamber|lords chamber|hansard)$/i;
const PROCEDURE = /\b(?:I beg to move|Question put and agreed to|Question put and negatived|will the (?:hon\.|noble) (?:Lady|Gentleman|Member|Friend|Lord|Baroness) give way)\b/;

/**
 * A transcript of a parliamentary sitting (Hansard, a debate pasted from it):
 * two of its marks at least, a House line and a member's heading near the
 * top, and the procedure's set words. Its speakers' "I" and "we" are no
 * writer's. Tested only when no other signal decides, on a few blocks and a
 * text with "hon." or "move" in it.
 */
function parliamentary(doc: Doc, text: string): boolean {
  let marks = 0;
  let house = false;
  let member = false;
  for (let i = 0; i < doc.blocks.length && i < 15; i++) {
    const t = doc.blocks[i]!.text.trim();
    if (t.length > 80) continue;
    if (!house && HOUSE_LINE.test(t)) {
      house = true;
      marks++;
    } else if (!member && t.endsWith(")") && MEMBER_LINE.test(t)) {
      member = true;
      marks++;
    }
  }
  if (marks === 0) return false;
  if (marks < 2 && (text.includes("hon. ") || text.includes("I beg to move") || text.includes("Question put")) && PROCEDURE.test(text)) marks++;
  return marks >= 2;
}

/** A forum post's heading as a reply to the thread: "Re: Report out today". */
const REPLY_HEADING = /^re\s{0,2}:\s{1,3}\S/i;
/** A poster's profile line beside each post: "Joined: Mar 2016", "Member since: 12 May 2019", "Registered: 2011". */
const PROFILE_LINE = /^(?:joined|member\s{1,3}since|registered)\s{0,3}:\s{0,3}[\w ,./-]{0,30}\b(?:19|20)\d\d\b[\w ,./-]{0,12}$/i;
/** How many of each a thread shows at least (the first post and a reply; two posters). */
const FORUM_MARKS = 2;

/**
 * A discussion-forum thread: replies headed "Re: …" and the posters'
 * profile lines ("Joined: Mar 2016"), each at least twice, as blocks of
 * their own. A thread is none of the three kinds (documentType other), even
 * where a post pastes a release with its "ENDS" and notes to editors. An
 * e-mail's "Re:" subject has no profile lines; a blog's comments no "Re:"
 * headings.
 */
export function forumThread(doc: Doc): boolean {
  let replies = 0;
  let profiles = 0;
  for (const b of doc.blocks) {
    const t = b.text;
    if (t.length > 120) continue;
    const c = t.charCodeAt(0) | 0x20;
    // (r: "Re:", j m r: the profile lines; most blocks open with none)
    if (c !== 114 && c !== 106 && c !== 109) continue;
    const u = t.trim();
    if (c === 114 && REPLY_HEADING.test(u)) replies++;
    else if (PROFILE_LINE.test(u)) profiles++;
    if (replies >= FORUM_MARKS && profiles >= FORUM_MARKS) return true;
  }
  return false;
}

/** A page's skip link, read as its first line: "Skip to main content", "Skip to content", "Skip navigation". */
const SKIP_LINK = /^\s{0,3}skip\s(?:to\s(?:the\s)?(?:main\s)?content|navigation)\s{0,3}$/i;

/** The kinds, in the order a tie is settled in. */
const KINDS: readonly Kind[] = ["press-release", "news-article", "blog-post"];

/** How many times `c` is in `text`. */
function countOf(text: string, c: string): number {
  let n = 0;
  for (let i = text.indexOf(c); i >= 0; i = text.indexOf(c, i + 1)) n++;
  return n;
}

export const documentType: Extractor = {
  id: "document-type",
  fields: ["documentType"],
  extract(doc) {
    if (forumThread(doc)) return [];
    const signals = documentTypeSignals(doc);
    const lead = leader(signals);
    if (!lead) return [];
    const best = lead.kind;
    // its heaviest signal (the first of equals)
    let evidence: Signal | undefined;
    for (const s of signals) if (s.kind === best && (!evidence || s.weight > evidence.weight)) evidence = s;
    const out: Found[] = [found("documentType", best, spanOf(doc, evidence!.start, evidence!.end), { rank: lead.lead })];
    return out;
  },
};
