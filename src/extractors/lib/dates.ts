/**
 * Small, non-backtracking date helpers shared by the date and caseload
 * extractors: month names, partial dates ("YYYY", "YYYY-MM", "YYYY-MM-DD"),
 * months without a year resolved against the publication date, and month
 * ranges ("January and February", "between 3 and 14 March 2019").
 */
import { createRequire } from "node:module";
import type { Doc } from "../../segment/types.js";
import { GAP, lean } from "./numbers.js";
import { isDigit, isWordChar } from "../../blocks/normalise.js";
import { memoByString } from "../../util/memo.js";

// chrono is loaded on first use only, through its CommonJS build: loading it
// costs about 100 ms, and the fast path below reads nearly every date
// without it. Only the English locale: the package root loads every locale.
type Chrono = typeof import("chrono-node/en");
let chronoModule: Chrono | undefined;
function chrono(): Chrono {
  chronoModule ??= createRequire(import.meta.url)("chrono-node/en") as Chrono;
  return chronoModule;
}

const MONTH_NAMES = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
] as const;

/** A month name or its usual abbreviation, as a regex source (no groups). */
export const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)`;
/** A four-digit year from 1990 to 2099. */
export const YEAR = String.raw`(?:19[9]\d|20\d\d)`;
/** A day of the month with an optional ordinal suffix. */
export const DAY = String.raw`(?:[0-3]?\d)(?:st|nd|rd|th)?`;
export const WEEKDAY = String.raw`(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?`;
/** MONTH and WEEKDAY in capitals ("MAY", "SEPT", "TUESDAY"), for patterns that are otherwise case-sensitive. */
export const MONTH_UPPER = String.raw`(?:JAN(?:UARY)?|FEB(?:RUARY)?|MAR(?:CH)?|APR(?:IL)?|MAY|JUNE?|JULY?|AUG(?:UST)?|SEP(?:T(?:EMBER)?)?|OCT(?:OBER)?|NOV(?:EMBER)?|DEC(?:EMBER)?)`;
export const WEEKDAY_UPPER = String.raw`(?:MON|TUES?|WED(?:NES)?|THU(?:RS?)?|FRI|SAT(?:UR)?|SUN)(?:DAY)?\.?`;

/** Each month's index (0-11) by its first three letters, which no two months share. */
const MONTH_BY_PREFIX = new Map<string, number>(MONTH_NAMES.map((m, i) => [m.slice(0, 3), i]));

/** "January" / "Jan" / "sept" -> 1..12, or null. */
export function monthIndex(name: string): number | null {
  const lower = name.trim().toLowerCase();
  const s = lower.endsWith(".") ? lower.slice(0, -1) : lower;
  if (s.length < 3) return null;
  // the only month that can start with s is the one its first three letters name
  const i = MONTH_BY_PREFIX.get(s.slice(0, 3));
  return i !== undefined && MONTH_NAMES[i]!.startsWith(s) ? i + 1 : null;
}

const pad = (n: number) => String(n).padStart(2, "0");

export interface Ymd {
  year: number;
  month?: number;
  day?: number;
}

/** Days in each month of a common year. */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function validDay(y: number, m: number, d: number): boolean {
  if (d < 1 || d > 31) return false;
  // whole numbers (all the readers give): the Gregorian calendar's days, without a Date
  if (Number.isInteger(y) && Number.isInteger(m) && Number.isInteger(d) && m >= 1 && m <= 12) {
    const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
    return d <= (m === 2 && leap ? 29 : MONTH_DAYS[m - 1]!);
  }
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCMonth() === m - 1;
}

/** A partial date string, or null when the parts are not a real date. */
export function formatDate(p: Ymd): string | null {
  if (p.year < 1900 || p.year > 2099) return null;
  if (p.month === undefined) return String(p.year);
  if (p.month < 1 || p.month > 12) return null;
  if (p.day === undefined) return `${p.year}-${pad(p.month)}`;
  if (!validDay(p.year, p.month, p.day)) return null;
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}

/**
 * A day and month written without a year, the weekday before them or not,
 * in either order and case ("THURSDAY MARCH 14", "Thursday 14 March",
 * "Tues 3rd June"): group 1 the weekday, 2 and 5 the day, 3 and 4 the month.
 */
const DAY_MONTH_NO_YEAR = new RegExp(
  lean(
    String.raw`(?<![\p{L}\d])(?:(${WEEKDAY}|${WEEKDAY_UPPER}),?\s{1,3})?(?:([0-3]?\d)(?:st|nd|rd|th|ST|ND|RD|TH)?\s{1,3}(?:of\s{1,3})?(${MONTH}|${MONTH_UPPER})|(${MONTH}|${MONTH_UPPER})\.?\s{1,3}([0-3]?\d)(?:st|nd|rd|th|ST|ND|RD|TH)?)(?![\p{L}\d]|\s{0,3},?\s{0,3}(?:19|20)\d\d)`,
  ),
  "u",
);
const WEEKDAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

/**
 * The first day and month written without a year in `text` ("EMBARGOED TO
 * 0001 THURSDAY MARCH 14"), with the weekday written before them (0 for
 * Sunday), or null when none.
 */
export function dayMonthOf(text: string): { month: number; day: number; weekday: number | null } | null {
  const m = DAY_MONTH_NO_YEAR.exec(text.slice(0, 300));
  if (!m) return null;
  const month = monthIndex((m[3] ?? m[4])!);
  const day = Number(m[2] ?? m[5]);
  if (!month || day < 1 || day > 31) return null;
  const weekday = m[1] ? WEEKDAYS.indexOf(m[1].slice(0, 3).toLowerCase()) : -1;
  return { month, day, weekday: weekday >= 0 ? weekday : null };
}

/**
 * A day and month without a year, dated from a known day before it (a
 * wire's transmission stamp above its embargo line): the first such day on
 * or after `from`, within a year; null when the weekday written with it
 * does not fall on that day, or `from` is no day.
 */
export function nextDayMonth(dm: { month: number; day: number; weekday: number | null }, from: string): string | null {
  const f = parsePartial(from);
  if (!f || f.month === undefined || f.day === undefined) return null;
  const year = dm.month > f.month || (dm.month === f.month && dm.day >= f.day) ? f.year : f.year + 1;
  const v = formatDate({ year, month: dm.month, day: dm.day });
  if (!v) return null;
  if (dm.weekday !== null && new Date(Date.UTC(year, dm.month - 1, dm.day)).getUTCDay() !== dm.weekday) return null;
  return v;
}

/** "2020-06-10" -> {2020, 6, 10}; also "2020-06" and "2020". */
export function parsePartial(s: string | null | undefined): Ymd | null {
  if (!s) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s);
  if (!m) return null;
  return { year: Number(m[1]), ...(m[2] ? { month: Number(m[2]) } : {}), ...(m[3] ? { day: Number(m[3]) } : {}) };
}

/** parsePartial's answer for the last publication date asked about: a document asks again for each date it reads. */
let lastPublished: string | null | undefined;
let lastParts: Ymd | null = null;
function publishedParts(published: string | null | undefined): Ymd | null {
  if (published !== lastPublished) {
    lastParts = parsePartial(published);
    lastPublished = published;
  }
  return lastParts;
}

/**
 * The year of a month stated without one: the latest such month not after
 * the publication date. Null when the publication date (or its month) is unknown.
 */
export function yearForMonth(month: number, published: string | null | undefined): number | null {
  const p = publishedParts(published);
  if (!p || p.month === undefined) return null;
  return month <= p.month ? p.year : p.year - 1;
}

/** The year before the publication year ("last year"), or null. */
export function lastYear(published: string | null | undefined): number | null {
  const p = parsePartial(published);
  return p ? p.year - 1 : null;
}

/**
 * An ISO-like timestamp from page metadata ("2020-06-10T00:01:00+01:00",
 * "2020-06-10", "20200610") -> "2020-06-10" as written (no time-zone shift).
 * Other forms go through chrono.
 */
export function isoToPartial(raw: string): string | null {
  const s = raw.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]|$)/.exec(s);
  if (m) return formatDate({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) });
  m = /^(\d{4})(\d{2})(\d{2})(?:T|$)/.exec(s);
  if (m) return formatDate({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) });
  m = /^(\d{4})-(\d{2})$/.exec(s);
  if (m) return formatDate({ year: Number(m[1]), month: Number(m[2]) });
  return parseStatedDate(s.slice(0, 200));
}

/**
 * The first fully stated date in a short text ("Wednesday, December 5, 2018",
 * "Thursday 9 July 2020", "10/06/2020", "4 March 2021", "2020-04-06") as a
 * partial date, as precise as written; null when none states its year.
 */
export function parseStatedDate(text: string): string | null {
  const s = text.slice(0, 400);
  // only a stated year makes a date here: without one, chrono is never asked
  if (!/(?:19|20)\d\d/.test(s)) return null;
  return statedDate(s);
}

/** parseStatedUncached's answers by text: the date extractors ask about the same lines. */
const statedDate = memoByString(parseStatedUncached, 2000);

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
/** "5 December 2018", "December 5, 2018", "Dec. 5th 2018", "December 2018" (capitalised month names only: "may" is a verb). */
const MONTH_DATE = new RegExp(
  lean(
    String.raw`(?<![\p{L}\d])(?:(\d{1,2})(?:st|nd|rd|th)?\s{1,3}(?:of\s{1,3})?)?(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?,?\s{1,3}(?:(\d{1,2})(?:st|nd|rd|th)?,?\s{1,3})?((?:19|20)\d\d)(?!\d)`,
  ),
  "u",
);
/**
 * MONTH_DATE in capitals ("EMBARGOED UNTIL 00:01 THURSDAY 21 NOVEMBER 2013"),
 * so that such a line does not need chrono (slow to load and to compile), and
 * reads as the same line in ordinary case does. "MAY" included: as "May" in
 * MONTH_DATE, it is only taken with a year straight after it (or after its
 * day), never the verb's shape; left out, "THE REPORT MAY 2019, FIRST DRAFT
 * JUNE 2018" read as June 2018.
 */
const MONTH_DATE_UPPER = new RegExp(
  lean(
    String.raw`(?<![\p{L}\d])(?:(\d{1,2})(?:ST|ND|RD|TH)?\s{1,3}(?:OF\s{1,3})?)?(${MONTH_UPPER})\.?,?\s{1,3}(?:(\d{1,2})(?:ST|ND|RD|TH)?,?\s{1,3})?((?:19|20)\d\d)(?!\d)`,
  ),
  "u",
);
/** what MONTH_DATE_UPPER needs: a capital month name (a cheap test first) */
const UPPER_MONTH = /\b(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)/;
/** "10/06/2020", "10.06.2020" (day first, as in Britain) */
const NUMERIC_DATE = /(?<!\d)(\d{1,2})[/.](\d{1,2})[/.]((?:19|20)\d\d)(?!\d)/;

/** A word that starts like a month name ("March", "Sept", but also "Marford", "Mayor"): CHRONO_MONTH tells them apart. */
const MONTH_NAME_WORD = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\b/gi;
/**
 * A word chrono reads as a month: a name or abbreviation of its month
 * dictionary, or one run into an ordinal word ("Marfirst 2019" is 1 March
 * 2019 to chrono); a longer word ("Marford", "Mayor", "Decker") it never
 * reads as a month.
 */
const CHRONO_MONTH = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?:first|second|third|fourth|fifth|sixth|eighth|ninth|tenth|twenty|thirty)?$/i;

/**
 * Whether `s` has a word chrono may read as a month. Loading chrono costs
 * 300-400 ms of a process's first use, and a word that only starts like a
 * month ("© Wakefield Marford & Post 2019", the one kind of line that asked
 * chrono in 20,000 bench documents) finds nothing there. (Such a word no
 * longer sends the rest of its text to chrono either: a text holds a date
 * chrono alone reads only with a month word or a digit date, as without it.)
 * MONTH_NAME_WORD's words are at most nine letters: the ordinals that fit.
 */
function hasChronoMonth(s: string): boolean {
  MONTH_NAME_WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = MONTH_NAME_WORD.exec(s))) if (CHRONO_MONTH.test(m[0])) return true;
  return false;
}
const DIGIT_DATE_LIKE = /\d[/.-]\d/;
/** A financial or academic year ("2021/22", "2019-20", "2020/2021"): chrono reads no date in one. */
const YEAR_RANGE = /(?<![\d/.-])(?:19|20)\d\d[/-]\d{1,4}(?!\d|[/.-]\d)/g;

/**
 * `s` with its year ranges blanked out. Public-sector writing is full of
 * them ("spent £2m in 2021/22"), and asking chrono about such a sentence
 * would load it (tens of milliseconds, and hundreds on first use) to find
 * nothing.
 */
function yearRangesOut(s: string): string {
  return s.includes("/") || s.includes("-") ? s.replace(YEAR_RANGE, " ") : s;
}

/**
 * The common written forms, read without chrono: undefined when the text
 * holds a form only chrono knows, so chrono is asked.
 */
function fastStatedDate(s: string, iso: RegExpExecArray | null): string | null | undefined {
  // a text with no capitalised date may have one in capitals
  const named = MONTH_DATE.exec(s) ?? (UPPER_MONTH.test(s) ? MONTH_DATE_UPPER.exec(s) : null);
  const numeric = NUMERIC_DATE.exec(s);
  const found: { at: number; v: string | null }[] = [];
  if (named) {
    const month = MONTHS.indexOf(named[2]!.slice(0, 3).toLowerCase()) + 1;
    const day = Number(named[1] ?? named[3] ?? 0);
    found.push({ at: named.index, v: formatDate({ year: Number(named[4]), month, ...(day ? { day } : {}) }) });
  }
  if (numeric) found.push({ at: numeric.index, v: formatDate({ year: Number(numeric[3]), month: Number(numeric[2]), day: Number(numeric[1]) }) });
  if (iso) found.push({ at: iso.index, v: formatDate({ year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) }) });
  if (!found.length) return hasChronoMonth(s) || DIGIT_DATE_LIKE.test(yearRangesOut(s)) ? undefined : null;
  found.sort((a, b) => a.at - b.at);
  return found[0]!.v ?? undefined;
}

function parseStatedUncached(s: string): string | null {
  const iso = /(?<!\d)((?:19|20)\d\d)-(\d{2})-(\d{2})(?!\d)/.exec(s);
  // a lone ISO date is read directly
  if (iso && iso.index === 0 && iso[0].length === s.trim().length) return formatDate({ year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) });
  const fast = fastStatedDate(s, iso);
  if (fast !== undefined) return fast;
  const results = chrono().GB.parse(s, new Date(Date.UTC(2000, 0, 1)));
  for (const r of results) {
    if (iso && iso.index <= r.index + r.text.length && iso.index + iso[0].length >= r.index) break;
    const st = r.start;
    if (!st.isCertain("year") || !/(?:19|20)\d\d/.test(r.text)) continue;
    const year = st.get("year");
    const month = st.isCertain("month") ? st.get("month") : null;
    const day = st.isCertain("day") ? st.get("day") : null;
    if (year === null) continue;
    const v = formatDate({ year, ...(month ? { month } : {}), ...(month && day ? { day } : {}) });
    if (v) return v;
  }
  if (iso) return formatDate({ year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) });
  return null;
}

/** One end of a stated period, before its year is settled. */
export interface Point {
  year: number | null;
  month: number;
  day: number | null;
}

export interface Period {
  start: Point;
  end: Point;
  /** index and length of the whole expression within the text searched */
  index: number;
  length: number;
}

const D = String.raw`([0-3]?\d)(?:st|nd|rd|th)?`;
const M = `(${MONTH})\\.?`;
const Y = `(${YEAR})`;
const TO = String.raw`\s{0,3}(?:-|–|—|to|until|till|through|and)\s{0,3}`;

/**
 * Period patterns, most specific first. Each returns the period from its
 * match. `day`: the pattern starts with a day (D, a digit), else with a
 * month name (M).
 */
const PERIODS: { re: RegExp; day: boolean; sticky?: RegExp; make: (m: RegExpExecArray) => [Point, Point] | null }[] = [
  // 3 March 2019 to 14 April 2019 / 3 March to 14 April 2019
  {
    day: true,
    re: new RegExp(lean(String.raw`\b${D}${GAP}${M}(?:,?${GAP}${Y})?${TO}${D}${GAP}${M}(?:,?${GAP}${Y})?\b`), "gi"),
    make: (m) => [
      { day: Number(m[1]), month: monthIndex(m[2]!)!, year: m[3] ? Number(m[3]) : null },
      { day: Number(m[4]), month: monthIndex(m[5]!)!, year: m[6] ? Number(m[6]) : null },
    ],
  },
  // (between) 3 and 14 March 2019 / 3-14 March 2019
  {
    day: true,
    re: new RegExp(lean(String.raw`\b${D}${TO}${D}${GAP}${M}(?:,?${GAP}${Y})?\b`), "gi"),
    make: (m) => {
      const month = monthIndex(m[3]!)!;
      const year = m[4] ? Number(m[4]) : null;
      return [
        { day: Number(m[1]), month, year },
        { day: Number(m[2]), month, year },
      ];
    },
  },
  // a single day: 3 March 2019
  {
    day: true,
    re: new RegExp(lean(String.raw`\b${D}${GAP}${M}(?:,?${GAP}${Y})?\b`), "gi"),
    make: (m) => {
      const p = { day: Number(m[1]), month: monthIndex(m[2]!)!, year: m[3] ? Number(m[3]) : null };
      return [p, p];
    },
  },
  // November 2019 to/and January 2020 / November and December (2019) / April and early May
  {
    day: false,
    re: new RegExp(lean(String.raw`\b${M}(?:${GAP}${Y})?${TO}(?:(?:early|late|mid)(?:-|\s{1,3}))?${M}(?:${GAP}${Y})?\b`), "gi"),
    make: (m) => [
      { day: null, month: monthIndex(m[1]!)!, year: m[2] ? Number(m[2]) : null },
      { day: null, month: monthIndex(m[3]!)!, year: m[4] ? Number(m[4]) : null },
    ],
  },
  // January 2020 / January
  {
    day: false,
    re: new RegExp(lean(String.raw`\b${M}(?:${GAP}${Y})?\b`), "gi"),
    make: (m) => {
      const p = { day: null, month: monthIndex(m[1]!)!, year: m[2] ? Number(m[2]) : null };
      return [p, p];
    },
  },
];

/**
 * A word that starts like a month name: every period pattern needs one, so a
 * text without one is not searched.
 */
export const MONTH_WORD = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;
const MONTH_G = new RegExp(MONTH, "gi");
/** what may come before an anchored period: "in", "between", "during the weeks of", "in the weeks beginning", "early", "(in) the second week of" */
const PERIOD_LEAD = new RegExp(
  lean(
    String.raw`^\s{0,3}(?:(?:in|on|of|between|from|during|over|throughout|across)\s{1,3}(?:the\s{1,3}(?:weeks?|months?)\s{1,3}(?:of\s{1,3}|(?:beginning|commencing|starting)\s{1,3}(?:on\s{1,3})?)?)?(?:early|late|mid-?)?\s{0,3}|(?:(?:in|during|over)\s{1,3})?the\s{1,3}(?:first|second|third|fourth|last|final)\s{1,3}(?:two\s{1,3})?(?:weeks?|fortnight)\s{1,3}of\s{1,3})?$`,
  ),
  "i",
);

/** Month words that are also ordinary words: only taken with a year or a day, or capitalised. */
function plausibleMonthWord(word: string): boolean {
  const w = word.replace(/\.$/, "");
  if (/^(?:may|march)$/i.test(w)) return /^[A-Z]/.test(w);
  if (w.length < 3) return false;
  // abbreviations must be capitalised ("Jan", not "jan" inside a word)
  return /^[A-Z]/.test(w) || w.length > 4;
}

/**
 * The first period stated at the start of `text` (after optional "in",
 * "between", "from", "during"), e.g. "in January and February",
 * "between 3 and 14 March 2019", "January 2020". `anchored` requires it at
 * the very start (after those words); otherwise the first anywhere.
 */
export function periodAt(text: string, anchored = true): Period | null {
  const s = text.slice(0, 300);
  if (!MONTH_WORD.test(s)) return null;
  if (anchored) return anchoredPeriod(s);
  let best: Period | null = null;
  for (const { re, make } of PERIODS) {
    re.lastIndex = 0;
    const m = re.exec(s);
    if (!m) continue;
    if (anchored && !PERIOD_LEAD.test(s.slice(0, m.index))) continue;
    const words = m[0].match(MONTH_G) ?? [];
    if (!words.every(plausibleMonthWord)) continue;
    const pts = make(m);
    if (!pts || !pts[0].month || !pts[1].month) continue;
    const p: Period = { start: pts[0], end: pts[1], index: m.index, length: m[0].length };
    if (!best || p.index < best.index) best = p;
    if (anchored) break;
  }
  return best;
}

/** What a month name (MONTH) starts with, in lower case: its first three letters. */
const MONTH_STARTS = new Set(MONTHS.map((m) => (m.charCodeAt(0) << 16) | (m.charCodeAt(1) << 8) | m.charCodeAt(2)));

/**
 * MONTH_STARTS.has(s.slice(p, p + 3).toLowerCase()), from the character
 * codes (no strings made): `| 32` lowers an ASCII capital, and gives a
 * letter only for a letter.
 */
function startsLikeMonth(s: string, p: number): boolean {
  return MONTH_STARTS.has(((s.charCodeAt(p) | 32) << 16) | ((s.charCodeAt(p + 1) | 32) << 8) | (s.charCodeAt(p + 2) | 32));
}

/**
 * The longest text PERIOD_LEAD accepts: 3 + "throughout" + 3 + "the" 3 "months" 3 "of" 3 + "early" + 3 (44),
 * or 3 + "during" 3 "the" 3 "second" 3 "two" 3 "fortnight" 3 "of" 3 (50).
 */
const LEAD_MAX = 50;

/** PERIOD_LEAD's words: a text with any other word before a period has no lead */
const LEAD_WORDS = /(?:in|on|of|between|from|during|over|throughout|across|the|weeks?|months?|beginning|commencing|starting|early|late|mid|first|second|third|fourth|last|final|two|fortnight)(?!\w)/iy;

/** Whether the word at `p` of `s` (up to its end, `\w` characters) is one of PERIOD_LEAD's words (no string made). */
function isLeadWord(s: string, p: number): boolean {
  LEAD_WORDS.lastIndex = p;
  return LEAD_WORDS.test(s);
}

/**
 * periodAt(s, true), without scanning all of `s` with each pattern: a period
 * pattern's first match counts only where PERIOD_LEAD accepts all the text
 * before it, so within LEAD_MAX characters, at the start of a word. Only
 * those few places are tried (sticky). The first match of a pattern is
 * there when one is found there, as no pattern can match inside the lead's
 * words (a pattern starts with a digit or a month name; no lead word does).
 */
function anchoredPeriod(s: string): Period | null {
  const leads: number[] = [];
  const last = Math.min(s.length - 1, LEAD_MAX);
  for (let p = 0; p <= last; p++) {
    if (!isWordChar(s.charCodeAt(p)) || (p > 0 && isWordChar(s.charCodeAt(p - 1)))) continue;
    if (PERIOD_LEAD.test(s.slice(0, p))) leads.push(p);
    // every later start has this word before it
    let e = p + 1;
    while (e < s.length && isWordChar(s.charCodeAt(e))) e++;
    if (!isLeadWord(s, p)) break;
    p = e - 1;
  }
  if (!leads.length) return null;
  // Each period pattern starts with a day (a digit) or a month name; the
  // patterns are big (their code is long to load on each document), so each
  // is tried only at the leads where it can start, and not at all when none.
  let digitLeads = 0;
  let monthLeads = 0;
  for (const p of leads) {
    if (isDigit(s.charCodeAt(p))) digitLeads++;
    else if (startsLikeMonth(s, p)) monthLeads++;
  }
  if (!digitLeads && !monthLeads) return null;
  for (const period of PERIODS) {
    if (!(period.day ? digitLeads : monthLeads)) continue;
    const sticky = (period.sticky ??= new RegExp(period.re.source, "iy"));
    let m: RegExpExecArray | null = null;
    for (const p of leads) {
      if (isDigit(s.charCodeAt(p)) !== period.day) continue;
      sticky.lastIndex = p;
      if ((m = sticky.exec(s))) break;
    }
    if (!m) continue;
    const words = m[0].match(MONTH_G) ?? [];
    if (!words.every(plausibleMonthWord)) continue;
    const pts = period.make(m);
    if (!pts || !pts[0].month || !pts[1].month) continue;
    const end = WEEKS_BEGINNING.test(s.slice(0, m.index)) ? weekEnd(pts[1]) : pts[1];
    return { start: pts[0], end, index: m.index, length: m[0].length };
  }
  return null;
}

/** a lead naming weeks by their first day ("in the weeks beginning 28 March and 4 April"): the last day named is not the end */
const WEEKS_BEGINNING = /\bweeks?\s{1,3}(?:beginning|commencing|starting)\b/i;

/**
 * The end of a working week that begins on `p`: its month only, the next
 * month when the week's fifth day is past the end of `p`'s ("the week
 * beginning 29 April" ends in May).
 */
function weekEnd(p: Point): Point {
  if (p.day === null) return p;
  const last = new Date(Date.UTC(p.year ?? 2001, p.month, 0)).getUTCDate();
  if (p.day + 4 <= last) return { ...p, day: null };
  return p.month === 12 ? { day: null, month: 1, year: p.year === null ? null : p.year + 1 } : { day: null, month: p.month + 1, year: p.year };
}

/**
 * Settle the years of a period: stated years win; a start without a year
 * takes the end's (or the year before, when its month is later); an end
 * without a year takes the latest such month not after `published`.
 * Returns partial dates, and whether any year was inferred.
 */
export function settlePeriod(p: Period, published: string | null | undefined): { start: string; end: string; inferred: boolean } | null {
  let inferred = false;
  let endYear = p.end.year;
  if (endYear === null) {
    if (p.start.year !== null) endYear = p.end.month >= p.start.month ? p.start.year : p.start.year + 1;
    else {
      endYear = yearForMonth(p.end.month, published);
      inferred = true;
    }
  }
  if (endYear === null) return null;
  let startYear = p.start.year;
  if (startYear === null) startYear = p.start.month <= p.end.month ? endYear : endYear - 1;
  const start = formatDate({ year: startYear, month: p.start.month, ...(p.start.day !== null ? { day: p.start.day } : {}) });
  const end = formatDate({ year: endYear, month: p.end.month, ...(p.end.day !== null ? { day: p.end.day } : {}) });
  if (!start || !end || start > end) return null;
  return { start, end, inferred };
}

/**
 * A magazine's teaser line for its other stories, on one line ("ALSO IN THIS
 * ISSUE: Northby CRC rated 'Good' (p12) * Letters (p30)"): page furniture,
 * and its providers and ratings other stories'.
 */
export const TEASER_LINE = /^\s{0,3}(?:also|elsewhere|more) (?:in|inside) this (?:issue|edition)\s{0,3}[:–—-]\s{0,3}\S.{0,300}$/i;

/** TEASER_LINE, its cheap test first (a line that starts with "also", "elsewhere" or "more"). */
export function isTeaserLine(text: string): boolean {
  const c = text.trimStart().charCodeAt(0) | 32;
  return (c === 97 || c === 101 || c === 109) && text.length <= 320 && TEASER_LINE.test(text);
}

/** A heading that opens a run of other, unrelated stories ("NEWS IN BRIEF", "In other news", "Around the county"). */
const OTHER_STORIES = /^(?:(?:news|more|also)\s{1,3}in\s{1,3}brief|in\s{1,3}brief|in\s{1,3}other\s{1,3}news|other\s{1,3}news|news\s{1,3}round-?up|around\s{1,3}the\s{1,3}(?:county|region|area|district)|elsewhere)\s{0,3}:?$/i;

/**
 * The first block of a page's other stories, after its own (a newspaper
 * page's "NEWS IN BRIEF" heading with short items under it): their dates are
 * other events'. A block index, or the number of blocks when there is none.
 * The heading is looked for past the story's first three blocks, as a line of
 * its own of at most 40 characters.
 */
export function otherStoriesStart(doc: Doc): number {
  const cached = otherStoriesSeen.get(doc);
  if (cached !== undefined) return cached;
  let at = doc.blocks.length;
  for (let i = 3; i < doc.blocks.length; i++) {
    const t = doc.blocks[i]!.text;
    if (t.length > 40 || !/brief|news|around|elsewhere/i.test(t)) continue;
    if (OTHER_STORIES.test(t.trim())) {
      at = i;
      break;
    }
  }
  otherStoriesSeen.set(doc, at);
  return at;
}
const otherStoriesSeen = new WeakMap<Doc, number>();
