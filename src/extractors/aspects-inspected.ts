/** aspects-inspected: how many aspects were rated (all of them, never a subset). */
import { found, spanOf, type Extractor, type Found } from "./types.js";
import { RATING_WORDS } from "./lib/ratings.js";
import { lean } from "./lib/numbers.js";
import { firstHitFrom } from "./lib/hits.js";
import { CASE_SUPERVISION } from "./lib/aspects.js";

const WORDS: Record<string, number> = {
  five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  three: 3, four: 4,
};

/** A count as COUNT_RE and PASSIVE_RE capture it: "12" or "twelve". */
function countOf(raw: string): number | undefined {
  return /^\d+$/.test(raw) ? Number(raw) : WORDS[raw];
}

const NUM = String.raw`(\d{1,2}|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|three|four)`;
const VERB = String.raw`(?:looked\s{1,3}at|look\s{1,3}at|looks\s{1,3}at|looking\s{1,3}at|inspected|inspect|inspects|examined|examine|assessed|assess|assesses|rated|rate|rates|covered|covers|judged|graded|scored|scores|score|reviewed|considered|across|in|on|gave\s{1,3}ratings\s{1,3}(?:to|for)|ratings\s{1,3}(?:to|for|across|on)|against|of)`;
const COUNT_RE = new RegExp(lean(String.raw`\b${VERB}\s{1,3}(?:(the\s{1,3}same|the|all|each\s{1,3}of\s{1,3}the|its|their)\s{1,3})?${NUM}\s{1,3}(?:key\s{1,3}|separate\s{1,3}|different\s{1,3}|core\s{1,3}|specific\s{1,3})?(aspects|standards|domains|elements|areas)\b`), "gi");

/**
 * The passive: "Eight standards were rated.", "In all, 10 aspects were
 * inspected". Only aspects, standards and elements (areas and domains are
 * looser words), or areas "of its work" ("Ten areas of the service’s work
 * were rated"); a rating or a comparison after the verb makes it a subset
 * ("four standards were rated 'Good'", "were rated at least good").
 */
const PASSIVE_RE = new RegExp(lean(String.raw`\b${NUM}\s{1,3}(?:key\s{1,3}|separate\s{1,3}|different\s{1,3}|core\s{1,3}|specific\s{1,3})?(aspects|standards|elements|areas)\s{1,3}(of\s{1,3}(?:its|their|the)\s{1,3}(?:[\w’']{1,20}\s{1,3})?work\s{1,3})?(?:were|have\s{1,3}been|had\s{1,3}been|are|will\s{1,3}be)\s{1,3}(?:rated|inspected|assessed|examined|judged|graded|scored|looked\s{1,3}at)\b`), "gi");
/**
 * A count said to be the whole: "So that's eight standards in all", "10
 * aspects in total". Not when a rating or a subset's words follow ("eight
 * standards in all were rated 'Good'") or precede ("of the", "only").
 */
const IN_ALL_RE = new RegExp(lean(String.raw`\b${NUM}\s{1,3}(aspects|standards|elements)\s{1,3}in\s{1,3}(?:all|total)\b`), "gi");
/** After IN_ALL_RE: a verb, then what PASSIVE_SUBSET_AFTER reads (or a rating word). */
const IN_ALL_VERB_AFTER = /^\s{0,3},?\s{0,3}(?:were|are|was|have\s{1,3}been|had\s{1,3}been)\s{1,3}(?:rated|judged|graded|scored|found)?/i;

/** After PASSIVE_RE's verb: how they were rated (a subset), or a comparison. */
const PASSIVE_SUBSET_AFTER = new RegExp(lean(String.raw`^\s{0,3}(?:as\s{1,3})?(?:(?:being|at\s{1,3}least|above|below|higher|lower|better|worse|positively|negatively|highly|well|poorly|either)\b|[‘'“"]?${RATING_WORDS}\b)`), "i");
/** Before PASSIVE_RE's count: "two of the", "all", "only": a part of a whole. */
const PASSIVE_SUBSET_BEFORE = /\b(?:of|all|only|just|remaining|other|those|these)\s{1,3}(?:the\s{1,3}|its\s{1,3}|their\s{1,3})?$/i;

/** COUNT_RE needs one of these nouns, and a number: a sentence without both is not scanned (most are not). */
const NUMBER_GATE = /\d|three|four|five|six|seven|eight|nine|ten|eleven|twelve|teen|twenty/i;
const NOUN_GATE = /aspects|standards|domains|elements|areas/i;
/**
 * NOUN_GATE's nouns, looked for in the whole text at once (cheaper than a
 * test per sentence). No noun starts another or starts like another, so a
 * scan restarting one character after each match finds every one.
 */
const NOUNS = /aspects|standards|domains|elements|areas/gi;

/** Where NOUNS occur in a text: [start, end] pairs, in order. */
function nounHits(text: string): number[] {
  const hits: number[] = [];
  NOUNS.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NOUNS.exec(text))) {
    hits.push(m.index, m.index + m[0].length);
    NOUNS.lastIndex = m.index + 1;
  }
  return hits;
}

/** NOUN_GATE's answer for a sentence, from the document's noun hits (a sentence is Doc.text at its offsets; one that is not is tested on its own). */
function hasNoun(s: { text: string; start: number; end: number }, hits: readonly number[]): boolean {
  if (s.text.length !== s.end - s.start) return NOUN_GATE.test(s.text);
  // the first hit starting in the sentence, then any one from there that ends in it
  for (let k = firstHitFrom(hits, s.start); k < hits.length && hits[k]! < s.end; k += 2) if (hits[k + 1]! <= s.end) return true;
  return false;
}
/**
 * The most characters before its noun that a COUNT_RE match can start: the
 * longest verb ("gave ratings for", 20 with three spaces each), spaces (3),
 * determiner and spaces ("each of the", 18), count ("seventeen", 9), spaces
 * (3), and word and spaces ("different", 12). PASSIVE_RE's count, spaces and
 * word: 24.
 */
const COUNT_LEAD = 65;
const PASSIVE_LEAD = 24;

/**
 * re.exec(s.text) from its lastIndex, the same answer, with the scan started
 * at most `lead` characters before the sentence's next noun (every match holds
 * one): most of a long sentence is never tried. From the document's noun hits
 * when they stand for the sentence (as in hasNoun), else a plain exec.
 */
function execNearNoun(re: RegExp, s: { text: string; start: number; end: number }, hits: readonly number[], lead: number): RegExpExecArray | null {
  if (s.text.length === s.end - s.start) {
    const from = re.lastIndex;
    const k = firstHitFrom(hits, s.start + from);
    // no noun left in the sentence: no match
    if (k >= hits.length || hits[k]! >= s.end) {
      re.lastIndex = 0;
      return null;
    }
    re.lastIndex = Math.max(from, hits[k]! - s.start - lead);
  }
  return re.exec(s.text);
}

/** "(of its work) (were) rated 'Good'" after the count: a subset rated, not all inspected. */
const RATED_AFTER = new RegExp(lean(String.raw`^\s{0,3}(?:of\s{1,3}(?:its\s{1,3}|their\s{1,3}|the\s{1,3})?(?:[\w’']{1,20}\s{1,3})?work\s{0,3})?(?:as\s{1,3}|were\s{1,3}|are\s{1,3})?(?:rated\s{1,3})?(?:as\s{1,3})?[‘'“"]?${RATING_WORDS}\b`), "i");

/**
 * After the count: a group of aspects ("of case supervision"), the
 * inspectorate's own count ("that we inspect"), "of its work". Group 1:
 * case supervision itself ("of case supervision", "for casework").
 */
const GROUP_AFTER = new RegExp(lean(String.raw`^\s{0,3}(?:of|relating\s{1,3}to|for|in|covering)\s{1,3}(?:the\s{1,3})?(?:((?:adult\s{1,3})?case\s{1,3}supervision|casework|case\s{1,3}management)\b|(?:adult\s{1,3})?case\s{1,3}supervision|casework|case\s{1,3}management|court\s{1,3}disposals|out[- ]of[- ]court|resettlement)`), "i");

/** Whether the aspects rated (one name per rating found) are the four standards of case supervision and nothing else. */
function ratesOnlyCaseSupervision(aspects: readonly string[]): boolean {
  const names = new Set(aspects);
  return names.size === CASE_SUPERVISION.length && CASE_SUPERVISION.every((a) => names.has(a));
}

const WE_INSPECT_AFTER = new RegExp(lean(String.raw`^\s{0,3}(?:that|which)\s{1,3}(?:we|the\s{1,3}inspectorate)\s{1,3}inspect`), "i");
/** After "of the N aspects": what makes them the ones inspected ("inspected", "they looked at", "that inspectors rated", "that inspectors graded", "of its work that the inspectors examined", "of work that inspectors looked at", "it was judged against"). */
const INSPECTED_AFTER = new RegExp(lean(String.raw`^\s{0,3}(?:of\s{1,3}(?:(?:its|their|the)\s{1,3}(?:[\w’']{1,20}\s{1,3})?)?work\s{1,3})?(?:(?:that|which)\s{1,3})?(?:(?:they|(?:the\s{1,3})?inspectors|we|the\s{1,3}inspectorate)\s{1,3}(?:inspected|rated|graded|assessed|examined|looked\s{1,3}at)\b|(?:inspected|rated|graded|assessed|examined|looked\s{1,3}at)\b|(?:it|they)\s{1,3}(?:was|were|(?:has|have|had)\s{1,3}been)\s{1,3}(?:inspected|rated|assessed|examined|judged)\s{1,3}(?:against|on|in)\b)`), "i");
const OF_WORK_AFTER = new RegExp(lean(String.raw`^\s{0,3}of\s{1,3}(?:its|their|the)\s{1,3}(?:[\w’']{1,20}\s{1,3})?work\b`), "i");

/** A rating verb right before COUNT_RE's "on"/"in"/"across": the count is of the standards rated, not a place. */
const RATED_BEFORE = /\b(?:rated|assessed|judged|graded|scored|inspected)\s{1,3}$/i;
/** The same with the provider rated between: "rated the service on 13 standards", "assessed the YOT across nine standards", "scored the unit on the nine standards". */
const RATED_OBJECT_BEFORE = /\b(?:rated|assessed|judged|graded|scored|inspected)\s{1,3}(?:it|them|(?:the|its|their)\s{1,3}(?:[\w’'-]{1,20}\s{1,3}){0,2}?[\w’'-]{1,20})\s{1,3}$/i;
/** Words RATED_BEFORE and RATED_OBJECT_BEFORE cannot match without. */
const RATED_GATE = /rated|assessed|judged|graded|scored|inspected/i;
/** Any rating word: an object holding one is a rating given ("rated the service good in 12 standards"), not the count's. */
const RATING_WORD_IN = new RegExp(String.raw`\b${RATING_WORDS}\b`, "i");

/** Whether a rating verb, alone or with the provider after it, comes right before COUNT_RE's "on"/"in"/"across". */
function ratedBefore(left: string): boolean {
  if (!RATED_GATE.test(left)) return false;
  if (RATED_BEFORE.test(left.slice(-12))) return true;
  const m = RATED_OBJECT_BEFORE.exec(left);
  return m !== null && !RATING_WORD_IN.test(m[0]);
}

export const aspectsInspected: Extractor = {
  id: "aspects-inspected",
  fields: ["aspectsInspected"],
  extract(doc, ctx) {
    const out: Found[] = [];
    const onlyCaseSupervision = ratesOnlyCaseSupervision(ctx.candidates("aspectRatings").map((c) => c.value.aspect));
    const hits = nounHits(doc.text);
    for (const s of doc.sentences) {
      if (!hasNoun(s, hits) || !NUMBER_GATE.test(s.text)) continue;
      COUNT_RE.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = execNearNoun(COUNT_RE, s, hits, COUNT_LEAD))) {
        const det = (m[1] ?? "").toLowerCase();
        const n = countOf(m[2]!.toLowerCase());
        if (!n || n < 3 || n > 30) continue;
        const after = s.text.slice(m.index + m[0].length, m.index + m[0].length + 80);
        // a subset: "all four aspects of case supervision", "three aspects of work 'Outstanding'"
        if (det === "all" && n <= 4) continue;
        // "rated the PDU against four standards of case supervision", when those four are all it rates: the whole
        const group = GROUP_AFTER.exec(after);
        if (group && !(n === 4 && onlyCaseSupervision && group[1] !== undefined)) continue;
        if (RATED_AFTER.test(after)) continue;
        if (WE_INSPECT_AFTER.test(after) && n <= 4) continue;
        const word = m[3]!.toLowerCase();
        const verb = m[0].split(/\s+/)[0]!.toLowerCase();
        // "standards"/"domains" alone are loose: need an inspecting verb, not "in"/"on"
        // ... unless a rating verb comes just before: "was rated on 13 standards", "assessed across seven standards", "rated the service on 13 standards"
        if (word !== "aspects" && /^(?:in|on|across)$/.test(verb) && !ratedBefore(s.text.slice(Math.max(0, m.index - 70), m.index))) continue;
        // "of the 12 standards inspected", "in seven of the 10 areas they looked at"
        const inspected = verb === "of" && INSPECTED_AFTER.test(after);
        if (verb === "of" && !inspected) continue;
        // "areas" only as "N areas of its work", or as the ones inspected
        if (word === "areas" && !inspected && !OF_WORK_AFTER.test(after)) continue;
        const start = s.start + m.index;
        out.push(found("aspectsInspected", n, spanOf(doc, start, start + m[0].length), { rank: doc.blocks[s.block]?.inNotes ? 0 : 1 }));
      }
      // "eight standards in all": the count said to be the whole
      if (s.text.includes(" in all") || s.text.includes(" in total")) {
        IN_ALL_RE.lastIndex = 0;
        while ((m = IN_ALL_RE.exec(s.text))) {
          const n = countOf(m[1]!.toLowerCase());
          if (!n || n < 5 || n > 30) continue;
          if (PASSIVE_SUBSET_BEFORE.test(s.text.slice(Math.max(0, m.index - 30), m.index))) continue;
          const after = s.text.slice(m.index + m[0].length, m.index + m[0].length + 80);
          const verb = IN_ALL_VERB_AFTER.exec(after);
          if (verb && (PASSIVE_SUBSET_AFTER.test(after.slice(verb[0].length)) || RATED_AFTER.test(after.slice(verb[0].length)))) continue;
          const start = s.start + m.index;
          out.push(found("aspectsInspected", n, spanOf(doc, start, start + m[0].length), { rank: doc.blocks[s.block]?.inNotes ? 0 : 1 }));
        }
      }
      PASSIVE_RE.lastIndex = 0;
      while ((m = execNearNoun(PASSIVE_RE, s, hits, PASSIVE_LEAD))) {
        const n = countOf(m[1]!.toLowerCase());
        if (!n || n < 5 || n > 30) continue;
        // "areas" only as "N areas of its work"
        if (m[2]!.toLowerCase() === "areas" && !m[3]) continue;
        if (PASSIVE_SUBSET_AFTER.test(s.text.slice(m.index + m[0].length, m.index + m[0].length + 60))) continue;
        if (PASSIVE_SUBSET_BEFORE.test(s.text.slice(Math.max(0, m.index - 30), m.index))) continue;
        const start = s.start + m.index;
        out.push(found("aspectsInspected", n, spanOf(doc, start, start + m[0].length), { rank: doc.blocks[s.block]?.inNotes ? 0 : 1 }));
      }
    }
    return out;
  },
};
