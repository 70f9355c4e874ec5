/**
 * figures: other numeric findings, each with the paragraph (or bullet) it
 * came from. Percentages ("40 per cent", "40%"), fractions ("a third" 0.33,
 * "two-thirds" 0.67, "less than half" 0.5, "one in seven" 0.14), and counts
 * of the inspection's samples or findings ("examined a sample of 96 cases",
 * "in 17 of the 20 court cases", "six out of 50", "helped more than 3,000
 * people into work"). Not figures: counts of aspects or standards, ratings,
 * recommendations, owners, dates, durations, ages, phone and note numbers,
 * numbers given by other parties ("according to", a spokesperson, a
 * provider's own statement), and numbers that have their own field
 * (caseload, average cases, sickness days): figures runs last, so those are
 * read through the context.
 */
import type { Figure, Quote } from "../schema/record.js";
import type { Block, Doc } from "../segment/types.js";
import type { Candidate, Context, Extractor, Found } from "./types.js";
import { found, spanOf } from "./types.js";
import { FRACTIONS, NUM, numberOf, round2 } from "./lib/numbers.js";

const PERCENT = new RegExp(String.raw`(${NUM})\s{0,2}(?:%|per\s{0,2}cent\b|percent\b)`, "gi");
const ONE_IN = new RegExp(String.raw`\b(${NUM})\s{1,3}in\s{1,3}(${NUM})\b(?!\s{0,3}(?:%|per\s{0,2}cent))`, "gi");
/** what a sample or a finding counts */
const UNITS = String.raw`(?:cases|case\s{1,3}files|files|records|people|children|individuals|interviews|disposals|orders|assessments|reviews|reports|referrals|plans)`;
/** "in a sample of 104 cases" (no verb before it) */
const SAMPLE_OF = new RegExp(String.raw`\bsample\s{1,3}of\s{1,3}(${NUM})\s{1,3}(?:[\w'’-]{1,20}\s{1,3}){0,3}?${UNITS}\b`, "gi");
/** "... 16 court disposals and 14 out-of-court disposals": the second count of a sample */
const AND_COUNT = new RegExp(String.raw`^\s{1,3}and\s{1,3}(${NUM})\s{1,3}(?:[\w'’-]{1,20}\s{1,3}){0,3}?${UNITS}\b`, "i");
/** "a backlog of more than 300 overdue assessments" */
const BACKLOG = new RegExp(
  String.raw`(?:\bbacklog\s{1,3}of\s{1,3}(?:(?:more\s{1,2}than|over|around|about|nearly|almost|some)\s{1,3})?(${NUM})|\b(${NUM})\s{1,3}(?:overdue|outstanding|unallocated|incomplete|uncompleted|missed|late)\s{1,3}(?:[\w-]{1,20}\s{1,3})?${UNITS})\b`,
  "gi",
);
const SAMPLE = new RegExp(
  String.raw`\b(?:examined|inspected|assessed|reviewed|looked\s{1,3}at|read|audited|sampled|analysed|considered)\s{1,3}(?:a\s{1,3}(?:random\s{1,3})?sample\s{1,3}of\s{1,3}|a\s{1,3}total\s{1,3}of\s{1,3})?(${NUM})\s{1,3}(?:[\w'’-]{1,20}\s{1,3}){0,3}?(?:cases|case\s{1,3}files|files|records|people|children|individuals|interviews|disposals|orders)\b`,
  "gi",
);
const N_OF_M = new RegExp(
  String.raw`\b(?:in\s{1,3}|only\s{1,3}|just\s{1,3})?(${NUM})\s{1,3}(out\s{1,3})?of\s{1,3}(?:the\s{1,3}|these\s{1,3}|those\s{1,3})?(?:(${NUM})\s{1,3})?(?:[\w'’-]{1,20}\s{1,3}){0,3}?(?:cases|case\s{1,3}files|files|people|children|individuals|them|those|staff|practitioners|officers|prisoners|records|interviews|domestic)\b`,
  "gi",
);
const PEOPLE_COUNT = new RegExp(
  String.raw`(?:(?:more\s{1,2}than|over|around|about|approximately|almost|nearly|some|an\s{1,2}estimated)\s{1,3})?((?:\d{1,3}(?:,\d{3})+|\d{2,9})(?:\.\d{1,2})?(?:\s{1,2}(?:thousand|million))?)\s{1,3}(?:[\w'’-]{1,20}\s{1,3}){0,2}?(?:people|individuals|offenders|children|young\s{1,2}people|prisoners|adults|women|men)\b`,
  "gi",
);
const FRACTION_BEFORE = /\b(?:than|under|over|nearly|almost|in|only|just|about|around|roughly|some|approximately|by|to|least|for|of|and|quite)\s{0,2}$/i;
const FRACTION_AFTER = /^\s{0,2}(?:of|the|their|its|these|those|all|cases|took|were|was|had|did|have|are)\b/i;
/** sentences whose counts are of aspects, ratings or recommendations */
const COUNTS_OF_OTHER = /\brecommendations?\b|\baspects?\b|\bstandards\b|\bdomains\b/i;
const OTHER_PARTY =
  /\baccording\s{1,3}to\b(?!\s{1,3}(?:the\s{1,3})?(?:report|inspect))|\bspokes(?:person|man|woman)\b|\b(?:council(?:lor)?|minister|mp|chief\s{1,3}executive|director|ministry)\b[^.]{0,60}\b(?:said|says|claimed|added)\b|\bclaimed\b|\bOffice\s{1,3}for\s{1,3}National\s{1,3}Statistics\b/i;
function blockText(doc: Doc, b: Block): string {
  const t = doc.text.slice(b.start, b.end);
  return b.kind === "list-item" && b.marker ? `${b.marker} ${t}` : t;
}

/** Quotes of speakers other than the inspectorate and its inspectors. */
function otherSpeakers(ctx: Context): { start: number; end: number }[] {
  const chief = ctx.get("chiefInspector");
  const out: { start: number; end: number }[] = [];
  for (const c of ctx.candidates("quotes") as Candidate<"quotes">[]) {
    const q: Quote = c.value;
    const who = `${q.speaker ?? ""} ${q.role ?? ""}`;
    if (!q.speaker && !q.role) continue;
    if (/\binspect/i.test(who) || (chief && q.speaker === chief)) continue;
    out.push({ start: c.span.start, end: c.span.end });
  }
  return out;
}

function isYear(raw: string): boolean {
  return /^(?:19|20)\d\d$/.test(raw.trim());
}

export const figures: Extractor = {
  id: "figures",
  fields: ["figures"],
  extract(doc: Doc, ctx: Context): Found[] {
    const out: Found[] = [];
    // a document about no inspection at all (a charity's or council's news) reports no findings
    // loose head-counts ("has supported more than 1,100 people") only in a document about an inspection
    const inspectionDoc = ctx.get("inspectorate") !== null || ctx.get("provider") !== null || (ctx.get("subject") ?? "other") !== "other";
    const caseload = ctx.get("caseload");
    const own = new Set<number>();
    if (caseload?.peopleSupervised != null) own.add(caseload.peopleSupervised);
    const hasProvider = ctx.get("provider") !== null;
    const others = otherSpeakers(ctx);
    const inOther = (pos: number) => others.some((o) => pos >= o.start && pos < o.end);

    for (const s of doc.sentences) {
      const block = doc.blocks[s.block];
      if (!block || block.inNotes || block.kind === "heading" || s.text.length > 1500) continue;
      if (inOther(s.start)) continue;
      const t = s.text;
      const add = (value: number, unit: Figure["unit"], at: number, len: number) => {
        const before = t.slice(Math.max(0, at - 40), at);
        const after = t.slice(at + len, at + len + 80);
        if (OTHER_PARTY.test(before + t.slice(at, at + len) + after)) return;
        out.push(found("figures", { value, unit, text: blockText(doc, block).replace(/\s+/g, " ").trim() }, spanOf(doc, s.start, s.end)));
      };
      const taken: [number, number][] = [];
      const free = (a: number, b: number) => !taken.some(([x, y]) => a < y && b > x);

      PERCENT.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = PERCENT.exec(t))) {
        const v = numberOf(m[1]!);
        if (v === null || v < 0 || v > 1000) continue;
        taken.push([m.index, m.index + m[0].length]);
        add(v, "percent", m.index, m[0].length);
      }
      for (const [re, value] of FRACTIONS) {
        const g = new RegExp(re.source, "gi");
        while ((m = g.exec(t))) {
          if (!free(m.index, m.index + m[0].length)) continue;
          const before = t.slice(Math.max(0, m.index - 25), m.index);
          const after = t.slice(m.index + m[0].length, m.index + m[0].length + 30);
          // "half" as a fraction of something, not "on behalf of", "half-day", "second half of 2019"
          if (/\bbe$|behalf$|-$/i.test(before) || /^-(?!quarter|third)|^\s{0,2}(?:an?\s{1,2})?(?:hour|day|week|month|year|term|time)/i.test(after)) continue;
          if (/\b(?:first|second|latter|former)\s{0,2}$/i.test(before)) continue;
          if (!FRACTION_BEFORE.test(before) && !FRACTION_AFTER.test(after)) continue;
          taken.push([m.index, m.index + m[0].length]);
          add(value, "fraction", m.index, m[0].length);
        }
      }
      ONE_IN.lastIndex = 0;
      while ((m = ONE_IN.exec(t))) {
        const n = numberOf(m[1]!);
        const d = numberOf(m[2]!);
        if (n === null || d === null || d < 2 || d > 100 || n < 1 || n >= d || !Number.isInteger(n)) continue;
        if (isYear(m[1]!) || !free(m.index, m.index + m[0].length)) continue;
        taken.push([m.index, m.index + m[0].length]);
        add(round2(n / d), "fraction", m.index, m[0].length);
      }
      const countsOk = !COUNTS_OF_OTHER.test(t);
      SAMPLE.lastIndex = 0;
      while ((m = SAMPLE.exec(t))) {
        const raw = m[1]!;
        const v = numberOf(raw);
        const at = m.index + m[0].indexOf(raw);
        if (!countsOk || v === null || v < 1 || isYear(raw) || !free(at, at + raw.length)) continue;
        taken.push([at, at + raw.length]);
        add(v, "count", at, raw.length);
        const more = AND_COUNT.exec(t.slice(m.index + m[0].length, m.index + m[0].length + 120));
        if (more) {
          const v2 = numberOf(more[1]!);
          const at2 = m.index + m[0].length + more[0].indexOf(more[1]!);
          if (v2 !== null && v2 >= 1 && !isYear(more[1]!) && free(at2, at2 + more[1]!.length)) {
            taken.push([at2, at2 + more[1]!.length]);
            add(v2, "count", at2, more[1]!.length);
          }
        }
      }
      for (const re of [SAMPLE_OF, BACKLOG]) {
        re.lastIndex = 0;
        while ((m = re.exec(t))) {
          const raw = (m[1] ?? m[2])!;
          const v = numberOf(raw);
          const at = m.index + m[0].indexOf(raw);
          if (!countsOk || v === null || v < 1 || isYear(raw) || !free(at, at + raw.length)) continue;
          taken.push([at, at + raw.length]);
          add(v, "count", at, raw.length);
        }
      }
      N_OF_M.lastIndex = 0;
      while ((m = N_OF_M.exec(t))) {
        const n = numberOf(m[1]!);
        const at = m.index + m[0].indexOf(m[1]!);
        if (!countsOk || n === null || isYear(m[1]!) || /^(?:one|a|an)$/i.test(m[1]!.trim()) || !free(at, at + m[1]!.length)) continue;
        if (/\b(?:aged|age|ages)\s{0,3}$/i.test(t.slice(Math.max(0, at - 10), at))) continue;
        taken.push([at, at + m[1]!.length]);
        add(n, "count", at, m[1]!.length);
        if (m[3] && !m[2]) {
          const total = numberOf(m[3]);
          const at2 = m.index + m[0].lastIndexOf(m[3]);
          if (total !== null && !isYear(m[3]) && free(at2, at2 + m[3].length)) {
            taken.push([at2, at2 + m[3].length]);
            add(total, "count", at2, m[3].length);
          }
        }
      }
      PEOPLE_COUNT.lastIndex = 0;
      while (inspectionDoc && (m = PEOPLE_COUNT.exec(t))) {
        const raw = m[1]!;
        const v = numberOf(raw);
        const at = m.index + m[0].indexOf(raw);
        if (v === null || v < 10 || isYear(raw) || !free(at, at + raw.length)) continue;
        if (own.has(v)) continue;
        const before = t.slice(Math.max(0, at - 60), at);
        // a provider's own caseload statement ("supervises around 5,100 people") belongs to caseload
        if (hasProvider && /\b(?:supervis\w{1,4}|manag\w{1,4}|responsible\s{1,3}for|works?\s{1,3}with|caseload\s{1,3}of)\s{1,3}(?:\w{1,15}\s{1,3}){0,3}$/i.test(before) && !/\bEngland\b|\bnational/i.test(t)) continue;
        if (/\b(?:aged|age)\s{0,3}$/i.test(before)) continue;
        // a prison's or provider's population ("The prison held 812 men") is not a finding
        if (/\b(?:held|holds|holding|housed|houses|accommodat\w{1,5}|population\s{1,3}of)\s{1,3}(?:\w{1,15}\s{1,3}){0,2}$/i.test(before)) continue;
        taken.push([at, at + raw.length]);
        add(v, "count", at, raw.length);
      }
    }
    return out;
  },
};
