/**
 * title: the headline. HTML: the page's h1, else its meta title without the
 * " - Site name" suffix. Text: the first heading, else the first line that is
 * not page furniture (licence boilerplate, site taglines, navigation, "Press
 * release" labels, dates, bylines). ALL-CAPS headlines are kept as written.
 */
import type { Block, Doc } from "../segment/types.js";
import { found, spanOf, type Extractor, type Found } from "./types.js";
import { foldSpace, isSpace, trimmedLength } from "../blocks/normalise.js";
import { lean } from "./lib/numbers.js";
import { memoByString } from "../util/memo.js";
import { TEASER_LINE } from "./lib/dates.js";

/** Lines that end a site header: what comes before them is furniture too. */
const NAV_END =
  /^(?:search|search this site|menu|main menu|navigation|toggle navigation|skip to (?:main )?content|skip navigation|home|log ?in|sign ?in|sign ?up|subscribe|close|open menu|accept(?: all)?(?: cookies)?|reject(?: all)?(?: cookies)?)$/i;

/** The longest line NAV_END matches: "skip to main content". */
const NAV_END_MAX = 20;

/** One button of a cookie-consent banner ("Accept all", "Manage preferences", "More options"). */
const CONSENT_BUTTON =
  "(?:(?:accept|reject|allow|decline|refuse)(?: all| essential)?(?: cookies)?|(?:more|manage) (?:options|preferences|settings|choices)|(?:cookie|privacy) settings|i agree|i accept|agree|disagree|got it)";

/**
 * A cookie-consent banner's row of buttons pasted as one line ("ACCEPT ALL
 * REJECT ALL MORE OPTIONS"): two to five buttons and nothing else. It ends a
 * site header, like NAV_END's lines.
 */
const CONSENT_BUTTONS = new RegExp(`^${CONSENT_BUTTON}(?:\\s{1,6}(?:[|·•/]\\s{0,3})?${CONSENT_BUTTON}){1,4}$`, "i");

/**
 * A breadcrumb trail ("NEWS > CRIME", "Home › News › Local", "HM Inspectorate
 * of Probation › News"): two to six short items (one to four words each)
 * between arrows. It ends a site header.
 */
const BREADCRUMB = /^[\p{L}\d][\p{L}\d'’&-]*(?: [\p{L}\d'’&-]+){0,3}(?: ?[>›»] ?[\p{L}\d][\p{L}\d'’&-]*(?: [\p{L}\d'’&-]+){0,3}){1,5}$/u;

/**
 * A site's breadcrumb trail from its home page, whose items may be longer
 * titles with commas ("Home > Crime, justice and the law > Youth justice"):
 * "Home", then one to five items of up to eight words each between arrows.
 */
const HOME_TRAIL = /^Home ?[>›»] ?[\p{L}\d][\p{L}\d'’&,-]*(?: [\p{L}\d'’&,-]+){0,7}(?: ?[>›»] ?[\p{L}\d][\p{L}\d'’&,-]*(?: [\p{L}\d'’&,-]+){0,7}){0,4}$/u;

/** The words a row of consent buttons starts with (lower case): CONSENT_BUTTONS's cheap test. */
const CONSENT_STARTS = ["accept", "reject", "allow", "decline", "refuse", "more", "manage", "cookie", "privacy", "i ", "agree", "disagree", "got"];
const CONSENT_START = new RegExp(`^(?:${CONSENT_STARTS.join("|")})`, "i");

/** A breadcrumb trail's label ("You are here: Home > News", "You are in: News › Local"): the trail follows it. */
const TRAIL_LABEL = /^you are (?:here|in)\s{0,3}:?\s{0,3}/i;

/**
 * A line that ends a site header besides NAV_END's: a row of consent buttons
 * or a breadcrumb trail, with its label or without ("You are here: Home >
 * Media > Press releases > 2020").
 */
function navEnd(text: string): boolean {
  let t = text.trim();
  if (t.length > 120) return false;
  if (startsCaseBlind(t, "you are ")) t = t.replace(TRAIL_LABEL, "");
  if (/[>›»]/.test(t) && (BREADCRUMB.test(t) || (startsCaseBlind(t, "home") && HOME_TRAIL.test(t)))) return true;
  return CONSENT_START.test(t) && CONSENT_BUTTONS.test(t);
}

const DIGITS = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"];

/**
 * Lines that are never the headline. Most lines are tested against them all,
 * so the patterns that search a whole line name words one of which (lower
 * case) every line they match contains (`needs`), and the patterns anchored
 * at the line's start the words one of which it starts with (`starts`, lower
 * case): a cheap test first. A headline is new on every page, so these
 * patterns are run on few lines each, and each run costs more in loading
 * the pattern's code than in matching.
 */
const FURNITURE_AS_WRITTEN: { re: RegExp; needs?: readonly string[]; starts?: readonly string[] }[] = [
  { re: NAV_END, starts: ["search", "menu", "main menu", "navigation", "toggle", "skip", "home", "log", "sign", "subscribe", "close", "open menu", "accept", "reject"] },
  { re: /open government licen[cs]e|crown copyright|licensed under|this publication is (?:licensed|available)|to view this licen[cs]e|nationalarchives\.gov\.uk|\bpsi@/i, needs: ["licen", "copyright", "publication is", "nationalarchives", "psi@"] },
  { re: /\bcookies?\b/i, needs: ["cookie"] },
  // a breadcrumb trail's label and its trail ("You are here: Home > Media > Press releases")
  { re: /^you are (?:here|in)\s{0,3}:/i, starts: ["you are "] },
  { re: /^(?:press|news|media)\s+(?:release|notice|statement)s?\b.{0,40}$/i, starts: ["press", "news", "media"] },
  { re: /^(?:news(?: story)?|press|blog|opinion|comment|analysis|features?|(?:latest|local|breaking|regional) news|news and updates?|probation|youth justice)$/i, starts: ["news", "press", "blog", "opinion", "comment", "analysis", "feature", "latest news", "local news", "breaking news", "regional news", "probation", "youth justice"] },
  // a broadcaster's player and header lines ("Listen Live", "Now playing: The Breakfast Show", "Weather: Ashby 4°C, light rain")
  { re: /^(?:listen (?:live|again|now)|watch live|on air now|(?:now playing|on air|weather)\s{0,3}:.{0,100})$/i, starts: ["listen", "watch live", "on air", "now playing", "weather"] },
  // a feature's section label above its headline ("The long read", "In depth", "Special report")
  { re: /^(?:the )?(?:long|big) read$|^(?:in[- ]depth|explainer|special report|investigation|exclusive)$/i, starts: ["the ", "long", "big", "in", "explainer", "special", "investigation", "exclusive"] },
  { re: /^(?:for immediate (?:release|use|publication)|immediate release|embargo(?:ed)?|under embargo|strictly embargoed|not for publication)\b.{0,120}$/i, starts: ["for immediate ", "immediate release", "embargo", "under embargo", "strictly embargoed", "not for publication"] },
  // a release's reference line ("Ref: PR/19/087", "Our ref. 2019/44", "Reference number: N-118")
  { re: /^(?:our |your )?ref(?:erence)?\b\.?(?:\s{0,3}(?:no\.?|number))?\s{0,3}[:.]?\s{0,3}[\w/.-]{0,20}\d[\w/.-]{0,20}$/i, starts: ["ref", "our ref", "your ref"] },
  // a stock-market announcement's number line ("RNS Number : 2231Q", "Announcement No: 44/2019"): a code, no words after it
  { re: /^[A-Z]{2,5}\s{1,3}(?:number|no\.?)\s{0,3}:\s{0,3}[A-Z\d][\w/.-]{0,15}$|^announcement\s{1,3}(?:number|no\.?)\s{0,3}:?\s{0,3}[A-Z\d][\w/.-]{0,15}$/i, needs: ["number", "no"] },
  { re: /^.{0,60}\b(?:press|news|media) release$/i, needs: ["release"] },
  { re: /^(?:issue|vol\.?|volume)\s+\d{1,4}\b.{0,80}$/i, starts: ["issue", "vol"] },
  // a magazine's teaser line for its other stories ("ALSO IN THIS ISSUE: Prisons rated … (p12) * Letters (p30)")
  { re: TEASER_LINE, starts: ["also in", "also inside", "elsewhere in", "elsewhere inside", "more in", "more inside"] },
  // "Newsletter of the Wharfe Valley Forum", "Bulletin for members"
  { re: /^(?:the\s+)?(?:news ?letter|(?:e-?)?bulletin|magazine|journal)\s+(?:of|for|from)\b.{0,100}$/i, starts: ["the", "news", "e", "bulletin", "magazine", "journal"] },
  // a newsletter's masthead ("Community Justice Forum - Weekly Bulletin")
  { re: /^.{0,60}\b(?:news ?letter|(?:e-?)?bulletin|digest|round-?up)(?:\s{0,3}[-–:|,]?\s{0,3}(?:issue|no\.?|number|#)\s{0,3}\d{1,4})?$/i, needs: ["letter", "bulletin", "digest", "round"] },
  { re: /^(?:from|published|updated|last updated|posted(?: on| by| in)?|written by|by|date(?: issued| of issue| of release)?|issued(?: on)?|issue date|release date|categor(?:y|ies)|tags?|filed under)\s*:.{0,120}$/i, needs: [":"] },
  // front matter and e-mail header lines ("title: …", "Subject: …", "To: …")
  { re: /^(?:title|subject|to|cc|bcc|sent|reply-to|sender|author|authors|layout|slug|permalink|draft|summary|description|excerpt|image|lang|type|status|message-id|mime-version|content-type|x-[\w-]{1,40})\s*:.{0,300}$/i, needs: [":"] },
  // release labels and embargo lines ("Press release – embargoed until 00:01 Wednesday 9 October 2024")
  { re: /^.{0,60}\b(?:embargo(?:ed)?|for immediate release|not for (?:publication|broadcast))\b.{0,120}$/i, needs: ["embargo", "immediate release", "not for "] },
  { re: /^(?:published|updated|last updated|posted|first published)\s+(?:on\s+)?\d.{0,60}$/i, starts: ["published", "updated", "last updated", "posted", "first published"] },
  { re: /^by\s+[A-Z][\w'’.-]{0,30}(?:\s+[A-Z][\w'’.-]{0,30}){0,3}(?:\s*[,|–-]\s*.{0,60})?$/, starts: ["by"] },
  // a news site's age banner over an old story ("This article is more than 1 year old")
  { re: /^this (?:article|story|page|post|content) is (?:more than|over) (?:\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten) (?:years?|months?|weeks?|days?) old$/i, starts: ["this "] },
  { re: /^(?:share|share this|share this (?:page|post|article|story)|print|email|print this page)$/i, starts: ["share", "print", "email"] },
  // a dateline, the weekday in full or short, the time with its zone ("Thu Mar 14, 2019 11:47 GMT")
  { re: /^(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?\d{4}(?:[\s,]{1,3}\d{1,2}[:.]\d{2}\s*(?:am|pm)?(?:\s{1,2}(?:gmt|bst|utc))?)?$/i, starts: [...DIGITS, "mon", "tue", "wed", "thu", "fri", "sat", "sun", "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"] },
  // a wire service's slug line ("UK-COURTS/PRISONS (UPDATE 2)"): capitals joined by "-" and "/", no spaces
  { re: /^[A-Z][A-Z\d-]{1,30}\/[A-Z\d][A-Z\d/-]{0,40}(?: \((?:UPDATE|CORRECTED|REFILE|RPT|WRAPUP)[A-Z\d ,-]{0,20}\))?$/, needs: ["/"] },
  // a news agency's catch line: a topic word in capitals, a place, the agency's code ("PRISONS Leeds (PA)", not "… (PDF)")
  { re: /^[A-Z]{3,20}(?:[-/][A-Z]{2,20}){0,2} [A-Z][a-z][\w'’-]{0,30}(?: [A-Z][\w'’-]{0,30}){0,3} \((?!PDF\)|DOCX?\))[A-Z]{2,10}\)$/, needs: [")"] },
  // a news agency's catch line without its code: a topic word or two in capitals, a word or two after it ("PROBATION Inspection")
  { re: /^[A-Z]{3,20}(?: [A-Z]{3,20})? [A-Z][a-z]{2,20}(?: [A-Za-z][a-z]{2,20})?$/ },
  // a wire's transmission stamp: the service in capitals, a numeric date, a time ("PA WIRE 13/03/2019 15:42 GMT HOME NEWS")
  { re: /^[A-Z][A-Z&.' -]{1,30} [0-3]?\d\/[01]?\d\/(?:19|20)?\d\d [0-2]?\d[:.][0-5]\d\b.{0,100}$/, needs: ["/"] },
  { re: /^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}$/, starts: DIGITS },
  // a printed page's running header: the paper, the date, the page ("THE DALESIDE ECHO  Friday, May 6, 2016  Page 12")
  { re: /^[^.!?]{0,80}\b(?:19|20)\d\d\s{1,6}(?:[|•·–-]\s{1,3})?page\s{1,3}\d{1,4}$/i, needs: ["page"] },
  { re: /^(?:h\.?m\.?|his majesty['’]?s|her majesty['’]?s)\s+inspectorate of (?:probation|prisons)$/i, starts: ["h"] },
  { re: /^(?:hmi probation|hmip|justice inspectorates|gov\.uk)$/i, starts: ["hmi", "justice inspectorates", "gov.uk"] },
  // a parliamentary record's header: the House, the sitting, the chair ("Westminster Hall", "[Sir Ann Bloggs in the Chair]")
  { re: /^(?:house of (?:commons|lords)|westminster hall|commons chamber|lords chamber|grand committee|hansard|\[[^\]]{2,60} in the chair\])$/i, starts: ["house of ", "westminster hall", "commons chamber", "lords chamber", "grand committee", "hansard", "["] },
  { re: /^(?:keep|stay)\s+up[- ]to[- ]date\b/i, starts: ["keep", "stay"] },
  { re: /^(?:follow us|sign up|get (?:every|our|the latest)|join our|donate|support us)\b/i, starts: ["follow us", "sign up", "get ", "join our", "donate", "support us"] },
  { re: /^https?:\/\/\S+$/i, starts: ["http"] },
  // an e-mail newsletter's furniture ("View this email in your browser: https://…", "Having trouble viewing this email?")
  { re: /^(?:(?:view|read|open)\s(?:this|the|it|our)\b.{0,40}\b(?:online|browser|web\s?page|web\s?version)|having trouble (?:viewing|reading)|(?:can['’]t|cannot) see (?:this|the) (?:e-?mail|images|newsletter)|unsubscribe|forward (?:this|to a friend))\b.{0,200}$/i, starts: ["view", "read", "open", "having", "can", "unsubscribe", "forward"] },
  { re: CONSENT_BUTTONS, starts: CONSENT_STARTS },
  // a link to a file, its type and size in brackets ("Read this release in Welsh (Welsh version, PDF 210 KB)")
  { re: /^[^()]{0,200}\((?:[^()]{0,60}[,;] ?)?(?:PDF|DOCX?|ODT|RTF)[,;]? ?\d[\d.,]{0,6} ?[KMG]B\)$/i, needs: ["kb)", "mb)", "gb)"] },
  { re: /^[^\s@]{1,64}@[\w.-]{1,255}$/, needs: ["@"] },
  // an office's letterhead line ("From the office of Jo Bloggs MP, Member of Parliament for Ashby", "From the constituency office of …")
  { re: /^from the (?:[\w-]{1,20} ){0,2}office of \S.{0,160}$/i, starts: ["from the "] },
  // a member's letterhead line ("Jo Bloggs MP, Member of Parliament for Ashby and Elm", "Office of Jo Bloggs MP"): a name, "MP", no sentence;
  // the office or the constituency named with it (a title-case headline may end "… Angers Local MP")
  { re: /^(?:(?:[Tt]he )?[Oo]ffice of [\p{Lu}][\p{L}'’.-]{0,30}(?: [\p{Lu}][\p{L}'’.-]{0,30}){0,4} MP(?:,? (?:Member of Parliament|MP) for [\p{Lu}][^.!?]{0,120})?|[\p{Lu}][\p{L}'’.-]{0,30}(?: [\p{Lu}][\p{L}'’.-]{0,30}){0,4} MP,? (?:Member of Parliament|MP) for [\p{Lu}][^.!?]{0,120})$/u, needs: [" mp"] },
];

/**
 * The same patterns in the form lean() gives (the same matches; their counted
 * and optional parts kept as loops): V8 compiles them several times faster,
 * and a single-file run compiles most of them.
 */
const FURNITURE = FURNITURE_AS_WRITTEN.map((f) => (f.re === NAV_END || f.re === CONSENT_BUTTONS ? f : { ...f, re: new RegExp(lean(f.re.source), f.re.flags) }));

/** A navigation bar: three or more short items between pipes ("Home | About | Archive"). */
function isNavBar(text: string): boolean {
  const parts = text.split(/\s[|•·]\s/);
  return parts.length >= 3 && parts.every((p) => p.trim().split(/\s+/).length <= 3);
}

/** Verbs a headline in title case may hold ("Probation Service Is Rated Good"): such a line is no section row. */
const ROW_VERB = /^(?:is|are|was|were|be|been|has|have|had|gets?|got|wins?|won|says?|said|falls?|fell|rises?|rose|needs?|must|will|can|could|should|would|may|\p{L}{2,}(?:ed|ing))$/iu;

/** A newspaper's section names (lower case): a section row is mostly these. */
const SECTION_WORDS = new Set(["news", "opinion", "sport", "sports", "culture", "lifestyle", "life", "style", "world", "uk", "politics", "business", "money", "travel", "health", "education", "crime", "science", "tech", "technology", "environment", "entertainment", "weather", "comment", "arts", "video", "podcasts", "local", "home", "features", "food", "football", "regions", "society", "law", "property", "motoring", "obituaries", "letters", "puzzles", "jobs"]);

/**
 * A newspaper's section row ("News Opinion Sport Culture Lifestyle"): four to
 * twelve single capitalised words, no verb among them, at least half of them
 * section names. (A headline in title case, "Probation Service Rated Good",
 * has a verb and few section names.)
 */
function isSectionRow(t: string): boolean {
  if (t.length > 120 || t.includes(",") || t.includes(".")) return false;
  const words = t.split(" ");
  if (words.length < 4 || words.length > 12) return false;
  let sections = 0;
  for (const w of words) {
    if (!/^(?:\p{Lu}[\p{L}'’-]{0,20}|&)$/u.test(w) || ROW_VERB.test(w)) return false;
    if (SECTION_WORDS.has(w.toLowerCase())) sections++;
  }
  return sections * 2 >= words.length;
}

/**
 * Lines that end a page header: navigation, dates, issue lines, release
 * labels, rules, and a breadcrumb trail further down than navEnd's first
 * lines are scanned ("Home > News > Crime" below a long section menu).
 */
function endsHeader(text: string): boolean {
  return (isFurniture(text) && !/^by\s/i.test(text.trim())) || navEnd(text);
}

/**
 * A short name-like line: a masthead, site name or letterhead ("Derby
 * Evening Mercury", "ABC – Association of Probation Staff"); a dash or
 * other sign between its words is no word.
 */
function isMasthead(text: string): boolean {
  const t = text.trim();
  if (t.length <= 160 && t.includes(" | ") && isJointLetterhead(t)) return true;
  if (t.length > 60 || /[.!?:]$/.test(t)) return false;
  let words = 0;
  for (const w of t.split(/\s+/)) if (/[\p{L}\d]/u.test(w)) words++;
  return words <= 6;
}

/** A masthead line written in capitals ("ANYTOWN BOROUGH COUNCIL"): no lower-case letter. */
function isCapitalsName(text: string): boolean {
  return isMasthead(text) && /\p{Lu}{2}/u.test(text) && !/\p{Ll}/u.test(text);
}

/**
 * A page header naming the release and its subject ("HMI Probation - Press
 * Release: Anytown Trust", pasted from a PDF's running header): above the
 * header's furniture, like a masthead, not the headline below it.
 */
function isReleaseHead(text: string): boolean {
  const t = text.trim();
  return t.length <= 160 && /release/i.test(t) && /^.{0,60}\b(?:press|news|media) release\s{0,3}[:|]\s{0,3}[^.!?]{3,100}$/i.test(t);
}

/**
 * A joint letterhead: two or three organisations' names between pipes ("HM
 * Inspectorate of Probation | Care Quality Commission"), each name in title
 * case (every word capitalised but "of", "and", "the", "for", "in", "on", "at"), so that a
 * headline with a site name after a pipe is none.
 */
function isJointLetterhead(t: string): boolean {
  const parts = t.split(" | ");
  if (parts.length < 2 || parts.length > 3) return false;
  return parts.every((p) => /^[\p{Lu}][\p{L}'’.&-]{0,30}(?: (?:of|and|for|the|in|on|at|&|[\p{Lu}][\p{L}'’.&-]{0,30})){0,7}$/u.test(p.trim()));
}

/** A site menu item copied with the page's text ("About", "Contact us"): one or two words, no punctuation. */
function isMenuItem(text: string): boolean {
  const t = text.trim();
  return t.length > 0 && t.length <= 20 && /^[\p{Lu}\d][\p{L}\d'’&-]*(?: [\p{L}\d'’&-]+)?$/u.test(t);
}

/** At least this many menu items in a row make a menu. */
const MENU_RUN = 3;

/** Could this block be a headline (not a first paragraph)? */
function headlineLike(text: string): boolean {
  const t = text.trim();
  return t.length <= 200 && !t.endsWith(".");
}

/** Lines already judged: the header scan asks about the same first blocks several times. */
/** furnitureLine's answers by line (the same site furniture comes back on every page). */
const furnitureSeen = memoByString((text) => furnitureLine(text, text.trim()), 1024);

function isFurniture(text: string): boolean {
  const t = text.trim();
  if (!t) return true;
  if (t.length > 300) return true;
  return furnitureSeen(text);
}

/** isFurniture for a line of at most 300 characters (`t`: the line trimmed). */
function furnitureLine(text: string, t: string): boolean {
  if (isNavBar(text) || isSectionRow(t)) return true;
  if (!/[A-Za-z]{2}/.test(t)) return true;
  if (endsWithPostcode(t)) return true;
  const lower = t.toLowerCase();
  for (const { re, needs, starts } of FURNITURE) {
    if (needs && !needs.some(isIn, lower)) continue;
    if (starts && !starts.some(startsIt, lower)) continue;
    if (re.test(t)) return true;
  }
  return false;
}

/** A letterhead's address line ending with a UK postcode ("2 Mill Lane, Leeds LS1 4AB"). */
const POSTCODE_LINE = /^[^.!?]{0,160},[^.!?]{0,60}\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/;

/** Whether `t` is an address line: tested only when it ends with a digit and two capitals, as a postcode does. */
function endsWithPostcode(t: string): boolean {
  const n = t.length;
  if (n < 8 || n > 220) return false;
  const a = t.charCodeAt(n - 1);
  const b = t.charCodeAt(n - 2);
  const d = t.charCodeAt(n - 3);
  return a >= 65 && a <= 90 && b >= 65 && b <= 90 && d >= 48 && d <= 57 && POSTCODE_LINE.test(t);
}

/** `this.includes(w)`, for `some` with the lower-cased line as `this` (no closure made per line). */
function isIn(this: string, w: string): boolean {
  return this.includes(w);
}

/** `this.startsWith(w)`, likewise. */
function startsIt(this: string, w: string): boolean {
  return this.startsWith(w);
}

const SITE_SEPARATORS = [" - ", " – ", " — ", " | ", " :: ", " · "];

/** " - Site name", " | Site name" and "Site name: " removed from a page title. */
export function stripSiteName(title: string, siteName: string | null): string {
  let t = title.trim();
  if (t.length > 500) return t;
  if (siteName) {
    const s = siteName.trim();
    // (the name itself tested first: most titles neither end nor start with it, and no "sep + name" is made)
    for (const sep of SITE_SEPARATORS) {
      if (t.endsWith(s) && t.endsWith(sep + s)) t = t.slice(0, -(sep + s).length);
      if (t.startsWith(s) && t.startsWith(s + sep)) t = t.slice((s + sep).length);
    }
  }
  // A trailing " | Something short" or " - Something short" segment is a site name.
  const m = /^(.{15,400}?)\s+(?:[|–—·]|-|::)\s+([^|–—·]{2,60})$/.exec(t);
  if (m && m[2]!.split(/\s+/).length <= 6 && !/[.!?]$/.test(m[2]!)) t = m[1]!;
  return t.trim();
}

/** The first block whose folded text is `folded`. */
function blockRepeating(doc: Doc, folded: string): Block | undefined {
  for (const x of doc.blocks) if (foldEquals(x.text, folded)) return x;
  return undefined;
}

/** A page title's parts between separators (" | ", " :: ", " – "…), when it has two or more. */
const TITLE_PARTS = /\s+(?:[|–—·]|::|-)\s+/;

/**
 * The part of a page title, between its separators, that the page repeats as
 * a block of its own ("Wrayford Courier :: Printer friendly version :: X",
 * with X the page's bold headline), of 15 characters or more; null when none.
 */
function repeatedPart(doc: Doc, title: string): { text: string; block: Block } | null {
  if (!TITLE_PARTS.test(title)) return null;
  for (const part of title.split(TITLE_PARTS)) {
    if (part.length < 15) continue;
    const b = blockRepeating(doc, fold(part));
    if (b) return { text: part, block: b };
  }
  return null;
}

/** "Site" from "Headline | Site". */
function siteSuffix(title: string | null): string | null {
  if (!title) return null;
  const stripped = stripSiteName(title, null);
  return stripped.length < title.trim().length ? title.trim().slice(stripped.length).replace(/^\s*(?:[|–—·]|-|::)\s*/, "") : null;
}

function fold(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
}

/**
 * fold(s) === folded, comparing as it goes: most blocks differ from a title
 * in their first word, and folding a whole long block is wasted.
 */
function foldEquals(s: string, folded: string): boolean {
  let j = 0;
  let gap = false; // other characters since the last letter or digit: one space
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    let gapAfter = false;
    if (c >= 65 && c <= 90) c += 32;
    else if (c === 0x130) {
      c = 105; // "İ" lower-cases to "i" and a combining dot
      gapAfter = true;
    } else if (c === 0x212a) c = 107; // the Kelvin sign lower-cases to "k"
    else if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) {
      gap = true;
      continue;
    }
    if (gap && j > 0) {
      if (j >= folded.length || folded.charCodeAt(j) !== 32) return false;
      j++;
    }
    // `folded` ended: no match (tested first, as reading past its end throws optimised code away)
    if (j >= folded.length || folded.charCodeAt(j) !== c) return false;
    j++;
    gap = gapAfter;
  }
  return j === folded.length;
}

/** Whether `t` starts with the lower-case ASCII `word`, in any case. */
function startsCaseBlind(t: string, word: string): boolean {
  if (t.length < word.length) return false;
  for (let i = 0; i < word.length; i++) if ((t.charCodeAt(i) | 32) !== word.charCodeAt(i)) return false;
  return true;
}

/** A newsletter's contents heading ("In this issue", "Contents", "Inside this edition"). */
const CONTENTS = /^(?:(?:in|inside)(?: this)? (?:issue|edition|bulletin|newsletter|briefing)|(?:table of )?contents|this (?:issue|edition|week|month)|inside)\s{0,3}:?$/i;

/**
 * Past a contents heading and its list of items: the headline is the lead
 * item's, the first in the list; the block below the list that repeats it
 * (the lead item's own heading) when there is one. Null when `b` is no
 * contents heading with a list under it.
 */
function pastContents(doc: Doc, b: Block, limit: number): Block | null {
  const t = b.text.trim();
  if (t.length > 40 || !CONTENTS.test(t)) return null;
  const first = doc.blocks[b.index + 1];
  if (first?.kind !== "list-item" || doc.blocks[b.index + 2]?.kind !== "list-item") return null;
  // a printed contents list: "Inspectors' verdict on the unit ........ p1"
  const leader = first.text.includes("....") ? LEADER.exec(first.text) : null;
  const lead = fold(leader ? first.text.slice(0, leader.index) : first.text);
  if (!lead) return null;
  for (let i = b.index + 2; i < Math.min(doc.blocks.length, limit + 10); i++) {
    if (foldEquals(doc.blocks[i]!.text, lead)) return doc.blocks[i]!;
    // the item's own heading, fuller than its contents line: "INSPECTORS' VERDICT ON THE UNIT: 'GOOD'"
    if (leader && !doc.blocks[i]!.text.includes("....") && doc.blocks[i]!.text.length <= 200 && startsFolded(doc.blocks[i]!.text, lead)) return doc.blocks[i]!;
  }
  // a contents line with its dot leader and page number is never the headline
  return leader ? null : first;
}

/** A contents line's dot leader and page number: "........ p1", ".... 4" */
const LEADER = /\s{0,3}\.{4,200}\s{0,3}(?:p(?:age|\.)?\s{0,2})?\d{1,3}\s{0,3}$/i;

/** Whether fold(s) starts with `folded` as whole words */
function startsFolded(s: string, folded: string): boolean {
  const f = fold(s);
  return f.startsWith(folded) && (f.length === folded.length || f.charCodeAt(folded.length) === 32);
}

/**
 * A newsletter's masthead lines (its name, a tagline, an issue line: short,
 * none a sentence) above its contents heading: the lead item's headline, as
 * pastContents reads it. Null when a sentence comes first.
 */
function contentsBelowMasthead(doc: Doc, first: Block, limit: number): Block | null {
  // a boxed masthead's border lines (no letter or digit) are not counted
  let end = first.index + 5;
  for (let i = first.index + 1; i < Math.min(limit, end); i++) {
    const b = doc.blocks[i]!;
    const t = b.text.trim();
    if (t.length <= 120 && !/[\p{L}\d]/u.test(t)) {
      end++;
      continue;
    }
    if (t.length > 80 || /[.!?]$/.test(t)) return null;
    if (t.length <= 40) {
      const lead = pastContents(doc, b, limit);
      if (lead) return lead;
    }
  }
  return null;
}

/** A post's dateline ("Posted on Monday 3 June 2024 by admin", "Published 12 May 2023"). */
const DATELINE = /^(?:posted|published)\b.{0,80}\b(?:19|20)\d\d\b/i;

function isDateline(text: string): boolean {
  const t = text.trim();
  return t.length <= 120 && (startsCaseBlind(t, "posted") || startsCaseBlind(t, "published")) && DATELINE.test(t);
}

/**
 * A blog's masthead (`first`, a short name-like line) and a line or two
 * under it (a tagline, written as a sentence), then the post's title with
 * its dateline ("Posted … 2024") right below: the title. Null when the
 * masthead has the dateline under it itself, or a line between is no
 * sentence (a short headline over a "Listen" or "Share" line).
 */
function aboveDateline(doc: Doc, first: Block, limit: number): Block | null {
  if (!isMasthead(first.text)) return null;
  const next = doc.blocks[first.index + 1];
  if (!next || isDateline(next.text)) return null;
  for (let i = first.index + 1; i < Math.min(limit - 1, first.index + 4); i++) {
    const b = doc.blocks[i]!;
    if (b.kind !== "paragraph" || b.text.length > 160) return null;
    if (i > first.index + 1 && isDateline(doc.blocks[i + 1]!.text)) return headlineLike(b.text) && !startsCaseBlind(b.text.trim(), "by ") && !isFurniture(b.text) ? b : null;
    // a tagline is written as a sentence: any other line is no tagline, and this no blog's header
    if (!/[.!?]$/.test(b.text.trim())) return null;
  }
  return null;
}

/** A navigation bar's first item, "Home", then its separator ("Home | About | Blog"). */
const HOME_BAR = /^home\s[|•·]\s/i;

/** A site's navigation bar from its home page: "Home | About the campaign | Blog | Donate". */
function isHomeBar(text: string): boolean {
  const t = text.trim();
  return t.length <= 200 && startsCaseBlind(t, "home") && HOME_BAR.test(t) && isNavBar(t);
}

/**
 * A blog's masthead (`first`, a short name-like line), its tagline or not (a
 * line of its own, as a sentence or not), its navigation bar from "Home",
 * a section label or two (furniture), then the post's title with its
 * dateline ("Posted on … 2020") right below: the title. Null when no
 * dateline follows the first line past the bar, or that line is no headline.
 */
function belowHomeBar(doc: Doc, first: Block, limit: number): Block | null {
  if (!isMasthead(first.text)) return null;
  let i = first.index + 1;
  const tagline = doc.blocks[i];
  if (tagline && !isHomeBar(tagline.text) && tagline.kind === "paragraph" && tagline.text.length <= 160 && !isDateline(tagline.text)) i++;
  if (i >= limit || !isHomeBar(doc.blocks[i]!.text)) return null;
  for (let j = i + 1; j < Math.min(limit - 1, i + 4); j++) {
    const b = doc.blocks[j]!;
    if (isFurniture(b.text)) continue;
    return headlineLike(b.text) && !startsCaseBlind(b.text.trim(), "by ") && isDateline(doc.blocks[j + 1]!.text) ? b : null;
  }
  return null;
}

/**
 * A Markdown blog's masthead (`first`, a short name-like line not itself a
 * heading), a tagline or two, then the post's own heading with its dateline
 * ("Posted 14 May 2025 by ...") right below it: that heading.
 */
function headingAboveDateline(doc: Doc, first: Block, limit: number): Block | null {
  if (!isMasthead(first.text) || isDateline(doc.blocks[first.index + 1]?.text ?? "")) return null;
  // a masthead set as a heading ("# Notes from the Desk") stands a level above the post's own ("## …")
  const over = first.kind === "heading" ? (first.level ?? 1) : 0;
  for (let i = first.index + 2; i < Math.min(limit - 1, first.index + 4); i++) {
    const b = doc.blocks[i]!;
    if (b.kind !== "heading" || (b.level ?? 1) > 2 || !isDateline(doc.blocks[i + 1]!.text)) continue;
    if ((b.level ?? 1) <= over) return null;
    // a heading with its dateline under it may be written as a sentence ("We got a 'Good'. Here's why.")
    return (over ? b.text.trim().length <= 200 : headlineLike(b.text)) && !isFurniture(b.text) ? b : null;
  }
  return null;
}

/** The first block that could be a headline, skipping a site header. */
function headlineBlock(doc: Doc): Block | null {
  const limit = Math.min(doc.blocks.length, doc.notesStart, 25);
  // A page header (masthead, navigation, date, issue line) before the
  // headline: start after its last furniture line, provided everything
  // before that is furniture or a short masthead-like line.
  // Where a navigation line ("Search", "Menu") ends a header early on, start after it.
  let navFrom = 0;
  for (let i = 0; i < Math.min(limit, 8); i++) {
    const t = doc.blocks[i]!.text;
    // a line longer than NAV_END's longest is none of its lines: not tested
    if ((t.length <= NAV_END_MAX || trimmedLength(t) <= NAV_END_MAX) && NAV_END.test(t.trim())) navFrom = i + 1;
    else if (navEnd(t)) navFrom = i + 1;
  }
  // A run of menu items ("Home / About / Contact / Archive", one a line) is a
  // site menu: the headline comes after it.
  // Two make one when one of them is a navigation word ("Home / About").
  let run = 0;
  let nav = false;
  let end = Math.min(limit, 12);
  for (let i = 0; i < end; i++) {
    const b = doc.blocks[i]!;
    // a contents heading and its list ("Contents" / "1. Summary" / "2. Ratings") are no site menu
    if (b.text.length <= 40 && doc.blocks[i + 1]?.kind === "list-item" && CONTENTS.test(b.text.trim())) {
      while (doc.blocks[i + 1]?.kind === "list-item") i++;
      run = 0;
      nav = false;
      continue;
    }
    if (b.kind !== "heading" && isMenuItem(b.text)) {
      run++;
      nav ||= NAV_END.test(b.text.trim());
      if (run >= (nav ? 2 : MENU_RUN)) {
        navFrom = Math.max(navFrom, i + 1);
        // a newspaper's section menu one item a line ("News" / "Opinion" / … / "Youth justice") may run past
        // the lines scanned: followed to its last item
        if (i === end - 1 && end < limit) end++;
      }
    } else {
      run = 0;
      nav = false;
    }
  }
  let from = navFrom;
  /** masthead lines passed since the last furniture line */
  let names = 0;
  for (let i = navFrom; i < Math.min(limit, navFrom + 8); i++) {
    const t = doc.blocks[i]!.text;
    if (!endsHeader(t)) {
      // One masthead line may stand above the header's furniture, not below it.
      if (i === navFrom && (isMasthead(t) || isReleaseHead(t))) continue;
      // a bilingual letterhead: the name in capitals, then its translation in capitals
      // ("ANYTOWN BOROUGH COUNCIL" / "CYNGOR BWRDEISTREF ANYTOWN"), furniture below it
      if (i === navFrom + 1 && from === navFrom && isCapitalsName(doc.blocks[navFrom]!.text) && isCapitalsName(t)) continue;
      // Once the header has begun, a name or two between its furniture lines: an
      // announcement's "RNS Number : 1234A" / "Acme Group plc" / "3 May 2019"
      // (the header ends only at the last furniture line, as before).
      if (from > navFrom && names < 2 && isMasthead(t)) {
        names++;
        continue;
      }
      break;
    }
    from = i + 1;
    names = 0;
  }
  // the blocks below are asked about several times: each is judged once
  const judged: (boolean | undefined)[] = [];
  const after = firstText(doc, from, limit, judged);
  if (from > navFrom && (!after || !headlineLike(after.text))) from = navFrom;
  if (doc.format === "html") {
    // A site logo set as a heading is not the headline.
    const site: string[] = [];
    if (doc.meta.siteName) site.push(fold(doc.meta.siteName));
    const suffix = siteSuffix(doc.meta.title);
    if (suffix) site.push(fold(suffix));
    const h = firstHeading(doc, from, limit, judged, site);
    return (h && pastContents(doc, h, limit)) ?? h;
  }
  const heading = firstHeading(doc, from, limit, judged, null);
  let first = firstText(doc, from, limit, judged);
  // a newspaper's section label under its navigation bar ("Home | News | Crime & Justice" / "Crime & Justice")
  if (first && isSectionLabel(doc, first)) first = firstText(doc, first.index + 1, limit, judged);
  const printed = first && printedTitle(doc, first, limit);
  if (printed) return printed;
  const episode = first && episodeTitle(doc, first.index, limit, judged);
  if (episode) return episode;
  const minutes = first && minutesHeading(doc, first);
  if (minutes) return minutes;
  const lead = first && (pastContents(doc, first, limit) ?? contentsBelowMasthead(doc, first, limit));
  if (lead) return lead;
  const posted = first && (aboveDateline(doc, first, limit) ?? belowHomeBar(doc, first, limit));
  if (posted) return posted;
  const marked = heading && first && (heading.index > first.index || first.kind === "heading") ? headingAboveDateline(doc, first, limit) : null;
  if (marked) return marked;
  if (heading && first && heading.index > first.index && first.kind === "paragraph" && first.text.length > 150) return heading;
  return first ?? heading ?? null;
}

/**
 * A section label (`b`, a short line) that repeats an item of the navigation
 * bar just above it ("Home | News | Crime & Justice | Sport" / "Crime &
 * Justice"): the section the story is filed in, not its headline.
 */
function isSectionLabel(doc: Doc, b: Block): boolean {
  const t = b.text.trim();
  if (t.length > 40 || b.index === 0) return false;
  const above = doc.blocks[b.index - 1]!.text;
  const row = isSectionRow(above.trim());
  if (!row && !isNavBar(above)) return false;
  const folded = fold(t);
  return folded.length > 0 && above.split(row ? " " : /\s[|•·]\s/).some((p) => foldEquals(p.trim(), folded));
}

/**
 * A page printed to text with its title line first ("Headline - GOV.UK"):
 * the block below that repeats the title without the site's name (the
 * page's own headline). Null when none does.
 */
function printedTitle(doc: Doc, first: Block, limit: number): Block | null {
  const t = first.text.trim();
  if (t.length > 250 || !TITLE_PARTS.test(t)) return null;
  const stripped = stripSiteName(t, null);
  if (stripped.length === t.length || stripped.length < 15) return null;
  const folded = fold(stripped);
  for (let i = first.index + 1; i < Math.min(limit, first.index + 6); i++) if (foldEquals(doc.blocks[i]!.text, folded)) return doc.blocks[i]!;
  return null;
}

/** A podcast episode's number on a line of its own ("Episode 41", "Ep. 7"). */
const EPISODE = /^(?:episode|ep\.?)\s{0,2}#?\d{1,4}$/i;

/**
 * A podcast page's episode label ("Episode 41") among the first lines from
 * `from`, with the episode's title right under it: that title (the page's
 * first line is the show's name). Null when the line under it is no headline.
 */
function episodeTitle(doc: Doc, from: number, limit: number, judged: (boolean | undefined)[]): Block | null {
  for (let i = from; i < Math.min(limit - 1, from + 6); i++) {
    const t = doc.blocks[i]!.text.trim();
    if (t.length > 14 || !startsCaseBlind(t, "ep") || !EPISODE.test(t)) continue;
    const next = doc.blocks[i + 1]!;
    const n = next.text.trim();
    return headlineLike(n) && n.includes(" ") && !judgedFurniture(next, judged) && !startsCaseBlind(n, "by ") ? next : null;
  }
  return null;
}

/** A meeting's minutes heading ("Minutes of the Scrutiny Committee", "Draft minutes of the meeting of …"). */
const MINUTES = /^(?:(?:draft|approved|confirmed|unconfirmed) )?minutes of (?:the )?(?:meeting of (?:the )?)?[\p{Lu}][^.!?]{3,150}$/iu;

/**
 * A body's letterhead (`first`, a short name line: "ANYTOWN CITY COUNCIL")
 * with its minutes heading right under it: the heading is the title.
 */
function minutesHeading(doc: Doc, first: Block): Block | null {
  const next = doc.blocks[first.index + 1];
  if (!next || next.text.length > 200 || !/minutes/i.test(next.text) || !isMasthead(first.text)) return null;
  return MINUTES.test(next.text.trim()) ? next : null;
}

/*
 * The scans of headlineBlock, written as loops rather than a search taking a
 * test function: a closure made on every call was a good part of this
 * extractor's time. `judged` keeps isFurniture's answers by block index.
 */

function judgedFurniture(b: Block, judged: (boolean | undefined)[]): boolean {
  return (judged[b.index] ??= isFurniture(b.text));
}

/** The first block in [from, to) that is not a list item, a table row or furniture. */
function firstText(doc: Doc, from: number, to: number, judged: (boolean | undefined)[]): Block | null {
  for (let i = from; i < to; i++) {
    const b = doc.blocks[i]!;
    if (b.kind !== "list-item" && b.kind !== "table-row" && !judgedFurniture(b, judged)) return b;
  }
  return null;
}

/** The first heading of level 1 or 2 in [from, to) that is not furniture, nor (folded) one of `site`'s names. */
function firstHeading(doc: Doc, from: number, to: number, judged: (boolean | undefined)[], site: string[] | null): Block | null {
  for (let i = from; i < to; i++) {
    const b = doc.blocks[i]!;
    if (b.kind === "heading" && (b.level ?? 1) <= 2 && !judgedFurniture(b, judged) && !(site?.length && isSiteName(b.text, site))) return b;
  }
  return null;
}

/** `site.includes(fold(text))`, without folding the whole text (foldEquals stops at the first difference). */
function isSiteName(text: string, site: string[]): boolean {
  for (const name of site) if (foldEquals(text, name)) return true;
  return false;
}

/**
 * A social-media post's stamp line under the page's name: when it was posted,
 * then the "·" the site writes after it ("14 October at 09:12 · 🌍", "March 3
 * at 8:15 PM ·", "2h ·", "Yesterday at 18:40 ·").
 */
const POST_STAMP = /^(?:(?:[0-3]?\d [A-Z][a-z]{2,8}|[A-Z][a-z]{2,8} [0-3]?\d)(?:,? (?:19|20)\d\d)? at [0-2]?\d[:.][0-5]\d(?: ?[AaPp][Mm])?|[Yy]esterday at [0-2]?\d[:.][0-5]\d(?: ?[AaPp][Mm])?|\d{1,2} ?(?:h|hrs?|m|mins?|d)|[Jj]ust now) ?·/;

/**
 * A social-media post copied as text: the page's or person's name, then the
 * post's stamp line (POST_STAMP). A post has no headline: the name is its
 * author's, and its first line is the post itself.
 */
function isSocialPost(doc: Doc): boolean {
  if (doc.format !== "text" || doc.blocks.length < 3) return false;
  const name = doc.blocks[0]!.text.trim();
  const stamp = doc.blocks[1]!.text.trim();
  return stamp.length <= 60 && stamp.includes("·") && name.length <= 60 && !/[.!?:]$/.test(name) && POST_STAMP.test(stamp);
}

/**
 * A page with no heading and no usable page title (an e-mail laid out in
 * tables, saved from a mail program): the lead story's headline is the first
 * one-cell row or paragraph that reads as a headline (short, no final stop,
 * not furniture, no byline) with a paragraph of prose right under it, and
 * no prose above it. A row of two cells ("Our July round-up | View this
 * email in your browser") is the e-mail's own furniture.
 */
function tableLayoutHeadline(doc: Doc): Block | null {
  const limit = Math.min(doc.blocks.length - 1, doc.notesStart, 25);
  for (let i = 0; i < limit; i++) {
    const b = doc.blocks[i]!;
    if (b.kind !== "paragraph" && b.kind !== "table-row") continue;
    if (b.kind === "table-row" && (b.cells?.length ?? 1) > 1) continue;
    const t = b.text.trim();
    if (isFurniture(t) || startsCaseBlind(t, "by ")) continue;
    // prose before any headline: the page has none
    if (!headlineLike(t)) return null;
    if (t.length < 15 || !t.includes(" ")) continue;
    const next = doc.blocks[i + 1]!;
    const n = next.text.trim();
    if ((next.kind === "paragraph" || (next.kind === "table-row" && (next.cells?.length ?? 1) === 1)) && n.length >= 80 && /[.!?]["'”’]?$/.test(n)) return b;
    // the first candidate decides: a headline-like line with no prose under it is no lead story's
    return null;
  }
  return null;
}

/** A title that stops on a preposition and a colon: its object is on the next line ("… probation services in:"). */
const CUT_AT_COLON = /\s(?:in|of|at|for|on|into|by|across)\s{0,2}:$/;

/**
 * The block that ends a title cut after its colon and a preposition ("An
 * inspection of probation services in:" / "Northfield PDU"): a short line right after it,
 * a name rather than a sentence (no closing mark). Null when there is none.
 */
function titleRest(doc: Doc, b: Block): Block | null {
  const next = doc.blocks[b.index + 1];
  if (!next || (next.kind !== "paragraph" && next.kind !== "heading") || next.text.length > 100) return null;
  const t = next.text.trim();
  return /^[\p{Lu}\d]/u.test(t) && !/[.!?:;,]$/.test(t) && !isFurniture(t) ? next : null;
}

export const title: Extractor = {
  id: "title",
  fields: ["title"],
  extract(doc) {
    const out: Found[] = [];
    if (isSocialPost(doc)) return out;
    // Front matter ("title: …") names the headline; an e-mail's Subject is a fallback only.
    const header: Found[] = [];
    for (let i = 0; i < doc.blocks.length && i < 30; i++) {
      const b = doc.blocks[i]!;
      // only a line starting "title" or "subject" (after white space) can match (many start "The" or "She")
      const c = b.text.charCodeAt(0) | 32;
      if (c !== 116 && c !== 115 && !isSpace(b.text.charCodeAt(0))) continue;
      const trimmed = b.text.trim();
      if (!startsCaseBlind(trimmed, "title") && !startsCaseBlind(trimmed, "subject")) continue;
      const m = /^(title|subject)\s{0,3}:\s{0,3}(\S.{0,300})$/i.exec(trimmed);
      if (!m) continue;
      const value = m[2]!.replace(/^["'“‘](.{1,300})["'”’]$/, "$1").trim();
      if (!value || isFurniture(value)) continue;
      const start = b.start + b.text.indexOf(value);
      const front = m[1]!.toLowerCase() === "title";
      header.push(found("title", value, spanOf(doc, start, start + value.length), { rank: front ? 22 : 4 }));
    }
    const block = headlineBlock(doc);
    // With a header title to fall back on, a first paragraph written as a sentence is not taken for the headline.
    if (block && !(header.length && block.kind !== "heading" && !headlineLike(block.text))) {
      let text = block.text.trim();
      // A headline is one sentence at most; a first paragraph is not a headline.
      if (text.length <= 250) {
        // (`text.replace(/\s+/g, " ")`, which rewrites every single space: foldSpace replaces only what changes)
        text = foldSpace(text);
        // a cover's title broken after its colon: the next line ends it
        const rest = text.endsWith(":") && CUT_AT_COLON.test(text) ? titleRest(doc, block) : null;
        if (rest) text = `${text} ${foldSpace(rest.text.trim())}`;
        out.push(found("title", text, spanOf(doc, block.start, (rest ?? block).end), { rank: block.kind === "heading" ? 20 : 10 }));
      }
    }
    for (const h of header) out.push(h);
    let metaTitle = false;
    if (doc.format === "html" && doc.meta.title) {
      let t = stripSiteName(doc.meta.title, doc.meta.siteName);
      if (t && !isFurniture(t)) {
        metaTitle = true;
        // Point at the block that repeats it, when one does.
        let b = blockRepeating(doc, fold(t));
        // "Site :: Printer friendly version :: Headline": the part the page repeats as a block is the headline
        if (!b) {
          const part = repeatedPart(doc, doc.meta.title);
          if (part) ({ text: t, block: b } = part);
        }
        const span = b ? spanOf(doc, b.start, b.end) : spanOf(doc, 0, 0);
        // The headline the page repeats in its own metadata is the surest.
        out.push(found("title", b ? b.text : t, span, { rank: b ? 25 : 5 }));
      }
    }
    // a page with neither a heading nor a usable title: an e-mail laid out in tables
    if (doc.format === "html" && !block && !metaTitle) {
      const lead = tableLayoutHeadline(doc);
      if (lead) out.push(found("title", foldSpace(lead.text.trim()), spanOf(doc, lead.start, lead.end), { rank: 10 }));
    }
    return out;
  },
};
