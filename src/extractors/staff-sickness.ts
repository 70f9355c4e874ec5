/**
 * staff-sickness: average days of sickness a staff member takes a year.
 * "High levels of staff sickness – an average of 17.5 days per year",
 * "Staff sickness averaged 12.4 days", "each member of staff taking an
 * average of 11.2 days of sick leave a year", "lost an average of 9 working
 * days to sickness". A comparison figure ("against 8 days nationally",
 * "compared with a target of 7 days") is not the provider's.
 */
import type { Doc } from "../segment/types.js";
import type { Context, Extractor, Found } from "./types.js";
import { found, spanOf } from "./types.js";
import { fromOthersSurvey, lean, NUM, numberOf, numFlagsOf, sentenceGates, SW_SICK } from "./lib/numbers.js";

/* "sick", "sickness" or "illness" as a whole word: SW_SICK of lib/numbers' one scan of a sentence */
const DAYS = new RegExp(lean(String.raw`(${NUM})\s{1,3}(?:working\s{1,3}|calendar\s{1,3})?days?\b`), "gi");
/** what comes right before a number that is only a comparison */
const COMPARISON = new RegExp(
  lean(
    String.raw`\b(?:compared\s{1,3}(?:with|to)|against|than|target\s{1,3}(?:of|was|is)|national\s{1,3}average\s{1,3}(?:of|was|is)|down\s{1,3}from|up\s{1,3}from|from|last\s{1,3}year)\s{0,3}(?:(?:a|an|the|of|around|about|just|over|under)\s{1,3}){0,3}$`,
  ),
  "i",
);
/**
 * After the figure, another time or place it is compared with ("… 9 days
 * nationally", "… 11 days the year before"). "In the year before the
 * inspection" is the year measured, no comparison.
 */
const COMPARISON_AFTER = new RegExp(
  lean(
    String.raw`^\s{0,3}(?:[\w-]{1,15}\s{1,3}){0,3}?(?:nationally|across\s{1,3}(?:the|England)|in\s{1,3}England|the\s{1,3}national|elsewhere|previously|last\s{1,3}year|the\s{1,3}year\s{1,3}before(?!\s{1,3}(?:the|its|their|our|this)\s{1,3}(?:inspection|visit|fieldwork)))\b`,
  ),
  "i",
);
const NOT_STAFF = /\b(?:people\s{1,3}on\s{1,3}probation|offenders?|individuals|service\s{1,3}users|children|prisoners)\s{1,3}(?:were|was|took|had|off)\b/i;
const LAST_YEAR_END = /\blast\s{1,3}year$/i;
const DAYS_ONE = new RegExp(DAYS.source, "i");

/** No figure of days in `text` but the one from `start` to `end`. */
function onlyDays(text: string, start: number, end: number): boolean {
  return !DAYS_ONE.test(text.slice(0, start)) && !DAYS_ONE.test(text.slice(end));
}
/** where a sentence's clauses join: ", and", ", but", ", while", ", whereas" */
const CLAUSE_JOIN = /,\s{1,3}(?:and|but|while|whereas)\s/gi;

/**
 * The clause of `text` holding the figure from `start` to `end`: "Staff
 * sickness averaged 14.5 days a year, and fewer than half of the staff who
 * responded to a survey said …" is two clauses, the survey the second's
 * only. A survey in the figure's own clause is still read.
 */
function clauseAround(text: string, start: number, end: number): string {
  if (!text.includes(", ")) return text;
  let from = 0;
  let to = text.length;
  CLAUSE_JOIN.lastIndex = 0;
  let j: RegExpExecArray | null;
  while ((j = CLAUSE_JOIN.exec(text))) {
    if (j.index + j[0].length <= start) from = j.index + j[0].length;
    else if (j.index >= end) {
      to = j.index;
      break;
    }
  }
  return text.slice(from, to);
}

/** DAYS needs "day" */
const DAY_WORD = /day/i;

export const staffSickness: Extractor = {
  id: "staff-sickness",
  fields: ["staffSicknessDays"],
  extract(doc: Doc, ctx: Context): Found[] {
    void ctx;
    const out: Found[] = [];
    const flags = numFlagsOf(doc);
    for (let i = 0; i < doc.sentences.length; i++) {
      const s = doc.sentences[i]!;
      if (s.text.length > 1000 || (sentenceGates(doc, i, flags) & SW_SICK) === 0 || !DAY_WORD.test(s.text) || NOT_STAFF.test(s.text)) continue;
      DAYS.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = DAYS.exec(s.text))) {
        const before = s.text.slice(Math.max(0, m.index - 60), m.index);
        const after = s.text.slice(m.index + m[0].length, m.index + m[0].length + 80);
        if (COMPARISON.test(before)) continue;
        const ca = COMPARISON_AFTER.exec(after);
        // "took an average of 13.2 days off sick last year": the year measured, where the sentence gives no other figure of days to compare with
        if (ca && !(LAST_YEAR_END.test(ca[0]) && onlyDays(s.text, m.index, m.index + m[0].length))) continue;
        const value = numberOf(m[1]!);
        if (value === null || value <= 0 || value > 100) continue;
        // the average a person a year, not a total of days lost
        if (/\b(?:total|in\s{1,3}all|altogether)\b/i.test(before) || /^\s{0,3}(?:were|was)\s{1,3}lost\b/i.test(after) && !/averag/i.test(before)) continue;
        // another party's survey ("Average sickness reported: 14 days", under "our survey" findings)
        if (fromOthersSurvey(doc, { text: clauseAround(s.text, m.index, m.index + m[0].length), block: s.block })) break;
        const rank = /averag/i.test(before) || /\b(?:each|per|a)\s{1,3}(?:year|member|person|employee|officer|head|FTE)/i.test(after) ? 20 : 10;
        out.push(found("staffSicknessDays", value, spanOf(doc, s.start, s.end), { rank }));
        break;
      }
    }
    return out;
  },
};
