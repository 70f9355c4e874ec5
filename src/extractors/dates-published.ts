/**
 * dates-published: when the document (or, for a release, its report) was
 * published. Sources, by kind of document:
 * - a release: the report's date ("The report is available at ... on
 *   10 June 2020 00.01", "will be published on", "EMBARGOED until 00:01
 *   Tuesday 10 June 2020");
 * - an article or post: its own date line ("Thursday 9 July 2020",
 *   "Published: 4 March 2021", a byline with a date, a scraped
 *   "date 2020-04-06" glued to the first sentence) or the page's metadata
 *   (JSON-LD datePublished, article:published_time, DC.date.issued,
 *   <time datetime>; never a modification date).
 * Only the strongest candidate is returned, so equal ranks never collide.
 */
import type { Doc } from "../segment/types.js";
import type { Context, Extractor, Found, Span } from "./types.js";
import { found, spanOf } from "./types.js";
import { dayMonthOf, isoToPartial, MONTH, MONTH_UPPER, nextDayMonth, parseStatedDate, WEEKDAY, WEEKDAY_UPPER, YEAR } from "./lib/dates.js";
import { lean } from "./lib/numbers.js";

interface Cand {
  value: string;
  span: Span;
  kind: "report" | "embargo" | "dateline" | "meta";
}

const REPORT_KEY = /\b(?:available|published|publish|publication|released|release date|launched)\b/i;
const REPORT_NOUN = /\b(?:report|inspection|findings|review|it)\b/i;
const NOT_THIS_REPORT = /\b(?:previous|last|earlier|prior|first|original)\s{1,3}(?:report|inspection)|\bupdated?\b|\bmodified\b|\bin response\b/i;
const EMBARGO = /\bembargo(?:ed)?\b/i;
/** What EMBARGO and REPORT_KEY start with: one cheap test for both */
const EMBARGO_OR_KEY = /embargo|available|publi|release|launched/i;
/** Every candidate is a date with its year: a cheap test first */
const YEAR_DIGITS = /(?:19|20)\d\d/;
const DATE_LABEL = new RegExp(
  lean(
    String.raw`^(?:published(?:\s{1,3}on)?|posted(?:\s{1,3}on)?|first\s{1,3}published|date(?:\s{1,3}published)?|publication\s{1,3}date|released|issued|press\s{1,3}release|for\s{1,3}(?:immediate\s{1,3})?release|embargoed\s{1,3}until|sent(?=\s{0,3}:))\b\s{0,3}:?`,
  ),
  "i",
);
const NOT_DATELINE = /\b(?:updated|modified|revised|edited|last\s{1,3}reviewed|comments?\s{1,3}closed|deadline|event|webinar|expires?)\b/i;
/*
 * The date of a place-name dateline, in ordinary case or in capitals ("LEEDS,
 * TUESDAY 15 OCTOBER 2024 –"), a wire's with its agency code before the dash
 * ("LEEDS, Tuesday October 15 2024 (PA) -"). PLACE_DATELINE stays case-sensitive (its place
 * is in capitals), so each part of the date is given in both forms.
 */
const WEEKDAY_ANY = `(?:${WEEKDAY}|${WEEKDAY_UPPER})`;
const MONTH_ANY = `(?:${MONTH}|${MONTH_UPPER})`;
const DAY_ANY = String.raw`[0-3]?\d(?:st|nd|rd|th|ST|ND|RD|TH)?`;
const PLACE_DATELINE = new RegExp(
  lean(
    String.raw`^[A-Z][A-Z .'’-]{1,30},?\s{1,3}((?:${WEEKDAY_ANY},?\s{1,3})?(?:${DAY_ANY}\s{1,3}${MONTH_ANY}\.?,?\s{1,3}${YEAR}|${MONTH_ANY}\.?\s{1,3}${DAY_ANY},?\s{1,3}${YEAR}))\s{0,3}(?:\([A-Z]{2,10}\)\s{0,3})?[–—-]`,
  ),
);
/** PLACE_DATELINE's start: two capitals (cheap to test first) */
const PLACE_START = /^[A-Z][A-Z .'’-]/;
/** the start of a note that the page was updated */
const UPDATED = /\b(?:last\s{1,3})?(?:updated|modified|amended|revised)\b/i;
const GLUED = /\bdate\s{0,3}:?\s{0,3}((?:19|20)\d\d-[01]\d-[0-3]\d)/i;

/** What datelineCandidates blanks out of a date line to see what else it holds */
const TIMES_AND_NUMBERS = /\b\d{1,2}[:.]\d\d\s{0,2}(?:am|pm|bst|gmt)?\b|\b\d{1,6}(?:st|nd|rd|th)?\b/gi;
const FURNITURE_END = /\b(?:share(?: this)?|print|email|tweet|save|comments?)$/i;
const MONTH_AND_DAY_NAMES = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?|\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]{0,6}\b/gi;
const SEPARATORS = /[\s,|•·/–—:-]+/g;
/** what may be left of a date line besides the date: an issue number, a byline, a debate's "debated on" ("Volume 659: debated on Wednesday 8 May 2019") */
const BYLINE_REST = /^(?:(?:issue|no|number|vol|volume|edition)\.?\s{0,3}){0,2}(?:by\s{1,3}[A-Z][\w'’.-]{0,30}(?:\s{1,3}[A-Z][\w'’.-]{0,30}){0,3})?\s{0,3}(?:debated\s{1,3})?(?:(?:on|at|in)\s{0,3})?$/i;
/** an issue number's word ("Issue", "No.", "Vol"): ISSUE_LINE's, ISSUE_DATE's and ISSUE_PART's */
const ISSUE_NO = String.raw`(?:issue|no\.?|number|vol\.?|volume|edition)`;
/** "Issue 41", "Issue No. 87", "Vol. 3 No. 2" */
const ISSUE_LINE = new RegExp(String.raw`^${ISSUE_NO}(?:\s{0,3}${ISSUE_NO})?\s{0,3}\d`, "i");
/** An issue line's numbers ("Issue 12 ", "Vol. 3 No. 12, "), blanked before its date is read. */
const ISSUE_PREFIX = new RegExp(String.raw`^\s{0,3}(?:${ISSUE_NO}(?:\s{0,3}${ISSUE_NO})?\s{0,3}\d{1,4}\b[\s,]{0,3}){1,2}`, "i");

/**
 * A newsletter's issue number with its date after a separator ("Issue 22 |
 * Tuesday 8 April 2025"), where the masthead runs into the rest of its block
 * (an e-mail laid out in tables): the date must follow the separator at once.
 */
const ISSUE_DATE = new RegExp(
  lean(
    String.raw`\b${ISSUE_NO}\s{0,3}\d{1,4}\s{1,3}[|•·–—-]\s{1,3}((?:${WEEKDAY},?\s{1,3})?(?:[0-3]?\d(?:st|nd|rd|th)?\s{1,3}${MONTH}\.?,?\s{1,3}${YEAR}|${MONTH}\.?\s{1,3}(?:[0-3]?\d(?:st|nd|rd|th)?,?\s{1,3})?${YEAR}))(?!\d)`,
  ),
  "i",
);
/** what ISSUE_DATE needs: an issue word (a cheap test first) */
const ISSUE_WORD = /issue|no\.|number|vol|edition/i;

/** the parts of a masthead line ("Partnership Briefing | No. 58 | 21 May 2025") */
const MASTHEAD_SEP = /\s{1,3}[|•·]\s{1,3}/;
const ISSUE_PART = new RegExp(String.raw`^${ISSUE_NO}\s{0,3}\d{1,4}$`, "i");
/** a part that names the publication: a few words, no sentence */
const NAME_PART = /^[\p{Lu}\d][\p{L}\d'’&-]{0,30}(?:\s{1,3}[\p{L}\d'’&-]{1,30}){0,5}$/u;

/**
 * A newsletter's masthead line: a publication name, an issue number and the
 * date, set apart by pipes or bullets ("Partnership Briefing | No. 58 | 21 May
 * 2025"). The issue number is what makes it one: a name and a date alone may
 * be an event's line.
 */
function isIssueMasthead(text: string): boolean {
  const parts = text.trim().split(MASTHEAD_SEP);
  if (parts.length < 3 || parts.length > 4) return false;
  let issue = 0;
  let date = 0;
  for (const part of parts) {
    const p = part.trim();
    if (ISSUE_PART.test(p)) issue++;
    else if (YEAR_DIGITS.test(p) && parseStatedDate(p) && !p.replace(TIMES_AND_NUMBERS, " ").replace(MONTH_AND_DAY_NAMES, " ").replace(SEPARATORS, "")) date++;
    else if (!NAME_PART.test(p)) return false;
  }
  return issue === 1 && date === 1;
}

/** A page number ending a line ("… Page 7", "… p. 12"). */
const PAGE_END = /\s(?:page|p\.)\s{0,3}\d{1,4}$/i;

/**
 * A printed page's running header pasted with its text: the paper's name,
 * the date and the page number ("THE DALESIDE ECHO  Friday, May 6, 2016
 * Page 12"). `rest` is the line without its date and numbers ("THE DALESIDE ECHO Page").
 */
function isPageHeader(line: string, rest: string): boolean {
  if (!PAGE_END.test(line)) return false;
  const name = rest.replace(/\s{0,3}\b(?:page|p\.?)$/i, "");
  return name.length > 0 && name.length <= 60 && NAME_PART.test(name);
}

function reportCandidates(doc: Doc): Cand[] {
  const out: Cand[] = [];
  for (const s of doc.sentences) {
    if (s.text.length > 600 || !YEAR_DIGITS.test(s.text) || !EMBARGO_OR_KEY.test(s.text)) continue;
    const emb = EMBARGO.exec(s.text);
    if (emb) {
      const v = parseStatedDate(s.text.slice(emb.index));
      if (v) {
        out.push({ value: v, span: spanOf(doc, s.start, s.end), kind: "embargo" });
        continue;
      }
    }
    const key = REPORT_KEY.exec(s.text);
    if (!key || !REPORT_NOUN.test(s.text) || NOT_THIS_REPORT.test(s.text)) continue;
    const after = s.text.slice(key.index);
    // the date must be what the report is published "on" / "in"
    const on = /\b(?:on|from|at)\b/i.exec(after);
    if (!on) continue;
    const v = parseStatedDate(after.slice(on.index));
    if (!v) continue;
    out.push({ value: v, span: spanOf(doc, s.start, s.end), kind: "report" });
  }
  return out;
}

/** An embargo line opening its block ("EMBARGOED TO 0001 THURSDAY MARCH 14", "Embargoed until 00:01 Thursday 14 March") */
const EMBARGO_LINE = /^(?:strictly\s{1,3})?embargo(?:ed)?\b/i;
/** How many blocks above an embargo line without a year are read for the day it is dated from */
const STAMP_BLOCKS = 4;

/**
 * An embargo line near the top without a year, under a dated line (a wire's
 * transmission stamp "PA WIRE 13/03/2019 15:42 GMT …" above "EMBARGOED TO
 * 0001 THURSDAY MARCH 14"): its day and month, in the year that puts them
 * on or after the stamp's day (and on the weekday written with them).
 */
function yearlessEmbargo(doc: Doc): Cand | null {
  const limit = Math.min(doc.blocks.length, doc.notesStart, 8);
  for (let i = 1; i < limit; i++) {
    const b = doc.blocks[i]!;
    const t = b.text.trim();
    if (t.length > 120 || !EMBARGO_LINE.test(t) || YEAR_DIGITS.test(t)) continue;
    const dm = dayMonthOf(t);
    if (!dm) continue;
    for (let j = i - 1; j >= Math.max(0, i - STAMP_BLOCKS); j--) {
      const above = doc.blocks[j]!.text;
      if (above.length > 200 || !YEAR_DIGITS.test(above)) continue;
      const stamp = parseStatedDate(above);
      const v = stamp && nextDayMonth(dm, stamp);
      if (v) return { value: v, span: spanOf(doc, b.start, b.end), kind: "embargo" };
      break;
    }
  }
  return null;
}

/** A cover's publisher line: an inspectorate's name alone ("HM Inspectorate of Probation"). */
const PUBLISHER_LINE = /^(?:(?:HM|His Majesty['’]s|Her Majesty['’]s)\s{1,3})?Inspectorate\s{1,3}of\s{1,3}[A-Z][a-z]{2,20}$/;

/**
 * Whether block `i` of the first few sits right under a publisher line, as the
 * month on a report's cover does ("HM Inspectorate of Probation" / "April 2023").
 */
function underPublisher(doc: Doc, i: number): boolean {
  const above = doc.blocks[i - 1];
  return i <= 8 && above !== undefined && above.text.length <= 60 && PUBLISHER_LINE.test(above.text.trim());
}

/** How many blocks past the headline a dateline is looked for, when the headline stands below the first few. */
const BELOW_HEADLINE = 6;

/**
 * The index of the block holding the headline (the title candidate ranked
 * highest, found in the text), or -1: a page whose site menu runs one item a
 * line ("News" / "Opinion" / … / "Youth justice") has its headline and
 * dateline below the first 15 blocks.
 */
function headlineIndex(doc: Doc, ctx: Context): number {
  let best: { start: number; end: number; rank: number } | null = null;
  for (const c of ctx.candidates("title")) {
    const rank = c.rank ?? 0;
    if (c.span.end > c.span.start && (!best || rank > best.rank)) best = { start: c.span.start, end: c.span.end, rank };
  }
  if (!best) return -1;
  const limit = Math.min(doc.blocks.length, doc.notesStart, 40);
  for (let i = 0; i < limit; i++) if (doc.blocks[i]!.end >= best.end) return doc.blocks[i]!.start <= best.start ? i : -1;
  return -1;
}

function datelineCandidates(doc: Doc, ctx: Context): Cand[] {
  const out: Cand[] = [];
  const headline = headlineIndex(doc, ctx);
  const limit = Math.min(doc.blocks.length, doc.notesStart, Math.max(15, headline + 1 + BELOW_HEADLINE));
  for (let i = 0; i < limit; i++) {
    const b = doc.blocks[i]!;
    // the block's text is doc.text from b.start to b.end (segment/01-offsets), without a copy
    const text = b.text;
    // every date below is read within the first 300 characters
    const head = text.length > 300 ? text.slice(0, 300) : text;
    if (!YEAR_DIGITS.test(head)) continue;
    const glued = GLUED.exec(head);
    if (glued) {
      const v = isoToPartial(glued[1]!);
      if (v) {
        out.push({ value: v, span: spanOf(doc, b.start + glued.index, b.start + glued.index + glued[0].length), kind: "dateline" });
        continue;
      }
    }
    // a place-name dateline opening the first paragraph: "LEEDS, Tuesday 15 October 2024 – The city's ..."
    const placed = PLACE_START.test(text) ? PLACE_DATELINE.exec(text.slice(0, 120)) : null;
    if (placed) {
      const v = parseStatedDate(placed[1]!);
      if (v) {
        out.push({ value: v, span: spanOf(doc, b.start, b.start + placed[0].length), kind: "dateline" });
        continue;
      }
    }
    // a masthead's "Issue 22 | Tuesday 8 April 2025" run into the text after it
    const issued = text.length > 160 && ISSUE_WORD.test(head) ? ISSUE_DATE.exec(head) : null;
    if (issued) {
      const v = parseStatedDate(issued[1]!);
      if (v) {
        out.push({ value: v, span: spanOf(doc, b.start + issued.index, b.start + issued.index + issued[0].length), kind: "dateline" });
        continue;
      }
    }
    // "5 December 2024 | Updated 6 December 2024": the part before the update. A
    // longer line is only a date line when cut within its first 160 characters,
    // so only its first 200 are searched.
    const cut = UPDATED.exec(text.length > 200 ? text.slice(0, 200) : text);
    const text0 = cut && cut.index > 8 ? text.slice(0, cut.index) : text;
    if (text0.length > 160 || NOT_DATELINE.test(text0) || EMBARGO.test(text0)) continue;
    const labelled = DATE_LABEL.exec(text0);
    const body = labelled ? text0.slice(labelled[0].length) : text0;
    // "Issue 12 March 2022": the number after an issue word is the issue's, not the day
    const v = parseStatedDate(ISSUE_LINE.test(body.trimStart()) ? body.replace(ISSUE_PREFIX, " ") : body);
    if (!v) continue;
    // a labelled line is a date line; an unlabelled one must be a date line by its shape
    if (!labelled) {
      // an unlabelled heading "June 2020" is not a date line, but a newsletter's "Issue 41 - March 2022" is
      // (but a report's cover gives its month so, under the publisher's name: "HM Inspectorate of Probation" / "April 2023")
      if (v.length < 10 && !ISSUE_LINE.test(text0.trim()) && !(v.length === 7 && underPublisher(doc, i))) continue;
      // a date line is mostly the date: a label, a weekday, a byline, a time
      const rest = body
        .replace(TIMES_AND_NUMBERS, " ")
        // page furniture beside the date ("25 October 2018 Share", "| Print")
        .replace(FURNITURE_END, " ")
        .replace(MONTH_AND_DAY_NAMES, " ")
        .replace(SEPARATORS, " ")
        .trim();
      if (rest.length > 0 && !BYLINE_REST.test(rest) && !isIssueMasthead(text0) && !isPageHeader(body, rest)) continue;
    }
    out.push({ value: v, span: spanOf(doc, b.start, b.end), kind: "dateline" });
  }
  return out;
}

/** A meeting's date line opening the minutes ("Meeting held on Tuesday 5 March 2024 at 6.30 pm", "Date of meeting: 5 March 2024"). */
const MEETING_LINE = /^(?:(?:the )?meeting (?:was )?held on|held on|date of (?:the )?meeting\s{0,3}:)/i;
/** A broadcaster's note on its transcript: when the programme went out ("a transcript of an interview broadcast on Breakfast on Thursday 18 May 2023"). */
const BROADCAST = /\btranscript of\b.{0,80}?\b(?:broadcast|aired)\b/i;

/**
 * The date of the occasion the document records, stated near its top: a
 * meeting's minutes (the meeting's date line) or a programme's transcript
 * (the day it was broadcast). It is the document's own date line.
 */
function occasionCandidates(doc: Doc): Cand[] {
  const limit = Math.min(doc.blocks.length, doc.notesStart, 6);
  for (let i = 0; i < limit; i++) {
    const b = doc.blocks[i]!;
    const head = b.text.length > 300 ? b.text.slice(0, 300) : b.text;
    if (!YEAR_DIGITS.test(head)) continue;
    let from = -1;
    const lower = head.trimStart().slice(0, 30).toLowerCase();
    if ((lower.startsWith("meeting") || lower.startsWith("held") || lower.startsWith("the meeting") || lower.startsWith("date of")) && MEETING_LINE.test(head.trimStart())) from = 0;
    else if (head.includes("ranscript of")) {
      const m = BROADCAST.exec(head);
      if (m) from = m.index + m[0].length;
    }
    if (from < 0) continue;
    const v = parseStatedDate(head.slice(from, from + 120));
    if (v && v.length === 10) return [{ value: v, span: spanOf(doc, b.start, b.end), kind: "dateline" }];
  }
  return [];
}

function metaCandidates(doc: Doc): Cand[] {
  const out: Cand[] = [];
  for (const p of doc.meta.published) {
    if (/modif|updat/i.test(p.source)) continue;
    const v = isoToPartial(p.value);
    if (v && /^\d{4}-\d\d-\d\d$/.test(v)) out.push({ value: v, span: spanOf(doc, 0, 0), kind: "meta" });
  }
  return out;
}

function rankOf(kind: Cand["kind"], docType: string | null): number {
  const release = docType === "press-release";
  const article = docType === "news-article" || docType === "blog-post";
  switch (kind) {
    case "embargo":
      return release ? 32 : 24;
    case "report":
      return release ? 30 : article ? 20 : 26;
    case "dateline":
      return release ? 22 : 28;
    case "meta":
      return release ? 21 : 29;
  }
}

export const datesPublished: Extractor = {
  id: "dates-published",
  fields: ["dates.published"],
  extract(doc: Doc, ctx: Context): Found[] {
    const docType = ctx.get("documentType");
    const cands = [...reportCandidates(doc), ...datelineCandidates(doc, ctx), ...occasionCandidates(doc), ...metaCandidates(doc)];
    // an embargo line without its year, dated from the stamp above it (only when no embargo line states its date)
    if (!cands.some((c) => c.kind === "embargo")) {
      const e = yearlessEmbargo(doc);
      if (e) cands.push(e);
    }
    if (!cands.length) return [];
    const ranked = cands
      .map((c) => ({ c, rank: rankOf(c.kind, docType) + (c.value.length === 10 ? 1 : 0) }))
      .sort((a, b) => b.rank - a.rank || a.c.span.start - b.c.span.start);
    const best = ranked[0]!;
    // the same kind of source stating two different dates: too doubtful
    const rival = ranked.find((r) => r.c.kind === best.c.kind && r.c.value !== best.c.value && !best.c.value.startsWith(r.c.value) && best.c.kind !== "meta");
    if (rival) {
      ctx.message(`dates.published: "${best.c.value}" and "${rival.c.value}" are both given`, { start: rival.c.span.start, end: rival.c.span.end });
      if (best.c.kind === "dateline") return [];
    }
    return [found("dates.published", best.c.value, best.c.span, { rank: best.rank })];
  },
};
