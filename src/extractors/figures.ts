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
import type { Block, Doc, Sentence } from "../segment/types.js";
import type { Candidate, Context, Extractor, Found } from "./types.js";
import { found, spanOf } from "./types.js";
import { wordMask, wordScan } from "../util/word-mask.js";
import { foldSpace, isDigit, isSpace } from "../blocks/normalise.js";
import { furnitureBlocks } from "./lib/provider-doc.js";
import { FRACTIONS, lean, NUM, NUM_END, NUM_START, numberOf, numFlagsOf, partTeamsPlace, QUAL, round2, sentenceGates, SW_FRACTION, SW_NUM } from "./lib/numbers.js";

// The long patterns are built with lean() (cheap to compile) and each is run
// only on the sentences that pass its gate below.
const PERCENT = new RegExp(lean(String.raw`(${NUM})\s{0,2}(?:%|per\s{0,2}cent\b|percent\b)`), "gi");
const ONE_IN = new RegExp(lean(String.raw`\b(${NUM})\s{1,3}in\s{1,3}(${NUM})\b(?!\s{0,3}(?:%|per\s{0,2}cent))`), "gi");
/** what a sample or a finding counts */
const UNITS = String.raw`(?:cases|case\s{1,3}files|files|records|people|children|individuals|interviews|disposals|orders|assessments|reviews|reports|referrals|plans)`;
/** "in a sample of 104 cases" (no verb before it) */
const SAMPLE_OF = new RegExp(lean(String.raw`\bsample\s{1,3}of\s{1,3}(${NUM})\s{1,3}(?:[\w'’-]{1,20}\s{1,3}){0,3}?${UNITS}\b`), "gi");
/**
 * A sample split in two: "examined 112 cases, 58 from the NPS and 54 from
 * the CRC", "(40 in Northby and 32 in Southby)"
 */
const SAMPLE_SPLIT = new RegExp(
  lean(String.raw`^\s{0,3}[,(:–—-]\s{0,3}(${NUM})\s{1,3}(?:from|in|of|for|by)\s{1,3}[^,;.()]{1,40}?\s{1,3}and\s{1,3}(${NUM})\s{1,3}(?:from|in|of|for|by)\s`),
  "id",
);
/** "the cases of 30 children sentenced in court and 22 who had received …": a second group of people sampled */
const AND_WHO = new RegExp(lean(String.raw`^[^.;,]{0,40}?\sand\s{1,3}(${NUM})\s{1,3}(?:who|whose)\s`), "id");
/**
 * "... 16 court disposals and 14 out-of-court disposals": the second count of a sample, also after
 * a few words on the first ("28 cases of children on court orders and 16 out-of-court cases"; no
 * number, "and" or mark among them)
 */
const AND_COUNT = new RegExp(lean(String.raw`^(?:\s(?!and\s)[^\s.;,:()\d]{1,20}){0,6}?\s{1,3}and\s{1,3}(${NUM})\s{1,3}(?:[\w'’-]{1,20}\s{1,3}){0,3}?${UNITS}\b`), "id");
/**
 * A sample broken down after a colon or a dash: "examined 28 cases: 16 court
 * disposals and 12 out-of-court disposals". Both parts; taken only where
 * they add up to the whole (see sampleFigures).
 */
const SAMPLE_PARTS = new RegExp(
  lean(String.raw`^\s{0,3}[:–—]\s{0,3}(${NUM})\s{1,3}(?:[\w'’-]{1,20}\s{1,3}){0,3}?${UNITS}\s{1,3}and\s{1,3}(${NUM})\s{1,3}(?:[\w'’-]{1,20}\s{1,3}){0,3}?${UNITS}\b`),
  "id",
);
/** "a backlog of more than 300 overdue assessments" */
const BACKLOG = new RegExp(
  lean(
    String.raw`(?:\bbacklog\s{1,3}of\s{1,3}(?:(?:more\s{1,2}than|over|around|about|nearly|almost|some)\s{1,3})?(${NUM})|\b(${NUM})\s{1,3}(?:overdue|outstanding|unallocated|incomplete|uncompleted|missed|late)\s{1,3}(?:[\w-]{1,20}\s{1,3})?${UNITS})\b`,
  ),
  "gi",
);
const SAMPLE = new RegExp(
  lean(
    String.raw`\b(?:examined|inspected|assessed|reviewed|looked\s{1,3}(?:(?:in\s{1,3}detail|closely|carefully)\s{1,3})?at|read|audited|sampled|analysed|considered|examining|reviewing|reading|auditing)\s{1,3}(?:a\s{1,3}(?:random\s{1,3})?sample\s{1,3}of\s{1,3}|a\s{1,3}total\s{1,3}of\s{1,3}|the\s{1,3}(?:cases|case\s{1,3}files|files|records)\s{1,3}of\s{1,3})?(${NUM})\s{1,3}(?:[\w'’-]{1,20}\s{1,3}){0,3}?(?:cases|case\s{1,3}files|files|records|people|children|individuals|interviews|disposals|orders)\b`,
  ),
  "gi",
);
/**
 * A sample named before the inspectors' verb: "Of the 168 cases inspectors
 * examined", "in the 40 cases that we looked at". (After "N of", as in "17 of
 * the 20 cases inspectors read", the whole is N_OF_M's part: see sampledFigures.)
 */
const SAMPLED_BEFORE = new RegExp(
  lean(
    String.raw`\bthe\s{1,3}(${NUM})\s{1,3}(?:[\w'’-]{1,20}\s{1,3}){0,3}?(?:cases|case\s{1,3}files|files|records|people|children|individuals|interviews|disposals|orders)\s{1,3}(?:that\s{1,3}|which\s{1,3})?(?:(?:the\s{1,3})?inspectors|we|the\s{1,3}inspectorate|the\s{1,3}inspection\s{1,3}team)\s{1,3}(?:had\s{1,3})?(?:examined|inspected|assessed|reviewed|looked\s{1,3}(?:(?:in\s{1,3}detail|closely|carefully)\s{1,3})?at|read|audited|sampled|analysed|considered)\b`,
  ),
  "gi",
);
/** SAMPLED_BEFORE: the inspectors and their verb */
const SAMPLED_GATE = /\b(?:inspectors|we|inspectorate|team)\s{1,3}(?:had\s{1,3})?(?:examined|inspected|assessed|reviewed|looked|read|audited|sampled|analysed|considered)\b/i;
/** Before SAMPLED_BEFORE's "the": an "of" (or "out of") that opens the sentence or a clause, not one after a part ("17 of", "half of"). */
const OF_BEFORE = /\bof\s{1,3}$/i;
const OF_OPENING = /(?:^|[,;:(–—]\s{0,3})(?:of|out\s{1,3}of)\s{1,3}$/i;
/**
 * "in 17 of the 20 cases", "six out of 50 people", "12 of its 40 officer
 * posts", "31 of the unit's 50 posts": the part (17, six, 12, 31), not
 * the whole. No "in", "only" or "just" before the number, as PEOPLE_COUNT's
 * qualifier: never read, and dearer to scan.
 */
const N_OF_M = new RegExp(
  lean(
    String.raw`\b(${NUM})\s{1,3}(?:out\s{1,3})?of\s{1,3}(?:(?:the|these|those|its|their)\s{1,3})?(?:[\w-]{1,30}['’]s\s{1,3})?(?:${NUM}\s{1,3})?(?:[\w'’-]{1,20}\s{1,3}){0,3}?(?:cases|case\s{1,3}files|files|people|children|individuals|offenders|them|those|staff|practitioners|officers|prisoners|records|interviews|domestic|posts)\b`,
  ),
  "gi",
);
/**
 * A head-count: "812 men", "more than 1,100 people". A qualifier before the
 * number ("more than") is not matched: it is never read, it cannot change
 * which number is found, and a pattern that starts with a digit is scanned
 * much faster.
 */
const PEOPLE_COUNT = new RegExp(
  lean(
    String.raw`((?:\d{1,3}(?:,\d{3})+|\d{2,9})(?:\.\d{1,2})?(?:\s{1,2}(?:thousand|million))?)\s{1,3}(?:[\w'’-]{1,20}\s{1,3}){0,2}?(?:people|individuals|offenders|children|young\s{1,2}people|prisoners|adults|women|men)\b`,
  ),
  "gi",
);
/**
 * The fractions as global patterns, built once, each with the word it cannot
 * match without ("" if none is found: always run), tested in the lower-cased
 * sentence first: a sentence with a fraction has one or two of the ten.
 */
const FRACTIONS_G: [RegExp, number, string][] = FRACTIONS.map(([re, value]) => [
  new RegExp(re.source, "gi"),
  value,
  /third|quarter|fifth|tenth|half/.exec(re.source)?.[0] ?? "",
]);

// Gates: what each pattern cannot match without, tested first. Most
// sentences fail them, so the patterns are rarely run (and, in many
// documents, never compiled). FRACTIONS' gate is SW_FRACTION (lib/numbers'
// one scan of a sentence): each fraction word starts a word in every match.
// The gates built on NUM_END are tried at every position of a text, which is
// dear: each comes after a cheap test of the words right after the number.
/** PERCENT: a number right before "%", "per cent" or "percent" */
const PERCENT_WORD = /%|cent\b/i;
const PERCENT_GATE = new RegExp(lean(String.raw`${NUM_END}\s{0,2}(?:%|per\s{0,2}cent\b|percent\b)`), "i");
/** ONE_IN: "<number> in <number>" */
const IN_NUMBER = new RegExp(lean(String.raw`in\s{1,3}${NUM_START}`), "i");
const ONE_IN_GATE = new RegExp(lean(String.raw`${NUM_END}\s{1,3}in\s{1,3}${NUM_START}`), "i");
/** SAMPLE: its verbs */
// (or the inspectors' verb in "-ing": "spent two weeks with the PDU, reading 61 cases in detail")
const SAMPLE_GATE = /\b(?:examined|inspected|assessed|reviewed|looked|read|audited|sampled|analysed|considered|examining|reviewing|reading|auditing)\s/i;
/** SAMPLE and SAMPLE_OF: what they count (UNITS and SAMPLE's list start with these; "case" covers "cases" and "case files") */
const UNITS_GATE = /\s(?:case|files|records|people|children|individuals|interviews|disposals|orders|assessments|reviews|reports|referrals|plans)/i;
/** SAMPLE_OF */
const SAMPLE_OF_GATE = /\bsample\s/i;
/** BACKLOG: "backlog of", or (with a UNITS word) "overdue", "late"... */
const BACKLOG_WORD = /\bbacklog\s/i;
const BACKLOG_GATE = /\s(?:overdue|outstanding|unallocated|incomplete|uncompleted|missed|late)\s/i;
/**
 * N_OF_M: a number right before "of" or "out of". It starts with "of", and
 * looks back for the number only there: several times cheaper than starting
 * with NUM_END, and cheap to compile through lean() (without it, 10-25 ms).
 */
const N_OF_M_GATE = new RegExp(lean(String.raw`of\s(?<=${NUM_END}\s{1,3}(?:out\s{1,3})?of\s)`), "i");
/** PEOPLE_COUNT: two digits, and who it counts */
const TWO_DIGITS = /\d\d/;
const PEOPLE_GATE = /\s(?:people|individuals|offenders|children|young|prisoners|adults|women|men)/i;

/**
 * The words the gates above look for, found in ONE scan of a sentence with a
 * number (a scan per gate cost most of this extractor): each word's bits say
 * which gates it may let through, and only those gates are then tested. Every
 * gate word above starts a word (after "\s" or "\b"), but "%" and the "cent" of
 * "percent" or "40per cent".
 */
const W_PERCENT = 1;
const W_UNITS = 2;
const W_SAMPLE = 4;
const W_SAMPLE_OF = 8;
const W_BACKLOG = 16;
const W_BACKLOG_LATE = 32;
const W_PEOPLE = 64;
const W_OTHER = 128;
/** "case", "cases", "caseload": CASE_BOUND's */
const W_CASE = 256;
/** "one": ONE_NOUN_IN's */
const W_ONE = 512;
/** "spoke", "interviewed", "met"...: STAFF_MET's */
const W_MET = 1024;
const GATE_WORDS: [number, string][] = [
  [W_CASE, "case"],
  [W_ONE, "one"],
  [W_UNITS, "case files records people children individuals interviews disposals orders assessments reviews reports referrals plans"],
  [W_SAMPLE, "examined inspected assessed reviewed looked read audited sampled analysed considered examining reviewing reading auditing"],
  [W_SAMPLE_OF, "sample"],
  [W_BACKLOG, "backlog"],
  [W_BACKLOG_LATE, "overdue outstanding unallocated incomplete uncompleted missed late"],
  [W_PEOPLE, "people individuals offenders children young prisoners adults women men"],
  [W_OTHER, "recommendation aspect standards domains"],
  [W_MET, "spoke spoken speaking talked interviewed interviewing met meeting surveyed heard"],
];
const GATE_BITS = new Map<string, number>([["%", W_PERCENT], ["cent", W_PERCENT]]);
for (const [bit, words] of GATE_WORDS) for (const w of words.split(" ")) GATE_BITS.set(w, (GATE_BITS.get(w) ?? 0) | bit);
const GATE_RE = wordScan([GATE_BITS], ["cent"]);

const FRACTION_BEFORE = /\b(?:than|under|over|nearly|almost|in|only|just|about|around|roughly|some|approximately|by|to|least|for|of|and|quite)\s{0,2}$/i;
const FRACTION_AFTER = /^\s{0,2}(?:of|the|their|its|these|those|all|cases|took|were|was|had|did|have|are)\b/i;
/** sentences whose counts are of aspects, ratings or recommendations */
const COUNTS_OF_OTHER = /\brecommendations?\b|\baspects?\b|\bstandards\b|\bdomains\b/i;
const OTHER_PARTY = new RegExp(
  lean(
    String.raw`\baccording\s{1,3}to\b(?!\s{1,3}(?:the\s{1,3})?(?:report|inspect))|\bspokes(?:person|man|woman)\b|\b(?:council(?:lor)?|minister|mp|chief\s{1,3}executive|director|ministry)\b[^.]{0,60}\b(?:said|says|claimed|added)\b|\bclaimed\b|\bOffice\s{1,3}for\s{1,3}National\s{1,3}Statistics\b|(?<!\b(?:report|inspectorate|review)\s{1,3})\bestimates\s{1,3}that\b`,
  ),
  "i",
);
/** Words OTHER_PARTY cannot match without (its "mp" as a whole word): most figures have none near them. */
// ("a charity ... estimates that one in five adults ...": another party's estimate, unless the report's)
const OTHER_PARTY_GATE = /accord|spokes|council|minist|\bmp\b|chief|director|claimed|office|estimates/i;
/**
 * Another body's own statistics opening the clause before the number ("Dyfed
 * Police figures show the number … fell by about a third", "Ministry of
 * Justice data showed …", "Youth Justice Board figures published earlier this
 * year show …"), or a named body's own study ("Brightwell's own
 * research … found that 41 per cent …"): that body's figure, not the inspection's.
 */
const OTHERS_DATA = new RegExp(
  lean(
    String.raw`\b(?:police|constabulary|council|government|home\s{1,3}office|ministry(?:\s{1,3}of\s{1,3}justice)?|MoJ|NHS|YJB|youth\s{1,3}justice\s{1,3}board)(?:['’]s)?\s{1,3}(?:own\s{1,3})?(?:latest\s{1,3})?(?:figures|data|statistics)(?:\s{1,3}(?:published|released|issued)(?:\s{1,3}[\w-]{1,15}){0,4})?\s{1,3}(?:show|shows|showed|suggest|suggests|suggested|reveal|reveals|revealed|indicate|indicates|indicated)\b|\b(?!(?:HM|HMI|Inspectorate|Probation|report|review|inspection)\b)[A-Z][\w-]{1,30}['’]s\s{1,3}own\s{1,3}(?:research|survey|study|polling)\b`,
  ),
  "i",
);
/**
 * Another body's figures named anywhere in the sentence ("…, according to
 * Youth Justice Board figures – a fall of 41 per cent"): every number of the
 * sentence is that body's. Not the report's or the inspectorate's own.
 */
const ACCORDING_TO_DATA = /\baccording\s{1,3}to\s{1,3}(?:the\s{1,3})?(?!report|inspect|HMI?\b|probation\b)[A-Za-z][^.;:,–—]{0,60}?\s(?:figures|data|statistics)\b/i;
/** A sentence opening on another body as the source ("According to the Youth Justice Board, …"), not the report's, the inspectors' or the watchdog's. */
const ACCORDING_OPENING = /^According\s{1,3}to\s{1,3}(?!(?:the\s{1,3})?(?:report|inspect|HMI?\b|probation\b|chief\s{1,3}inspector|watchdog|findings|review)|(?:HM|His|Her)\b|our\b|us\b)[^,]{2,80},/;
/** A sentence opening on another body's word: "The council says …", "The ministry said …" (not the report's nor the inspectors'). */
const BODY_SAYS_OPENING = /^(?:The|A)\s{1,3}(?:[A-Z][\w'’-]{1,30}\s{1,3}){0,3}?(?:council|ministry|government|police|charity|union|department|company)\s{1,3}(?:says|said|claims|claimed|argues|argued)\b/;
/** A sentence opening on a councillor's word: "Cllr Ashby said the council's budget had been cut …, and that … fell by 38 per cent". */
const COUNCILLOR_SAYS_OPENING = /^(?:Cllr|Councillor)\.?\s{1,3}(?:[A-Z][\w'’-]{1,30}\s{1,3}){1,3}?(?:says|said|claims|claimed|argues|argued|added|told|pointed\s{1,3}out)\b/;

/**
 * The sentence opens on another body's or a councillor's word, so none of
 * its numbers is a finding: "According to the Youth Justice Board, about
 * 21,700 children …" (ACCORDING_OPENING), "The council says it has …, and
 * that first-time entrants fell by 18 per cent" (BODY_SAYS_OPENING), "Cllr
 * Ann Lee said 38 per cent …" (COUNCILLOR_SAYS_OPENING).
 */
function opensOnOthersWord(t: string): boolean {
  if (t.startsWith("According")) return ACCORDING_OPENING.test(t);
  if (t.startsWith("The ") || t.startsWith("A ")) return BODY_SAYS_OPENING.test(t);
  return t.startsWith("C") && COUNCILLOR_SAYS_OPENING.test(t);
}
/** A new clause between another body's figures and a number after them ("…, according to the ONS, and domestic abuse is a factor in a third …"). */
const NEW_CLAUSE = /[;]|,\s{0,3}(?:and|but|while|whereas)\s/i;

/** Whether the number at `at` is one of the body's that ACCORDING_TO_DATA names: before the phrase, or after it in the same clause. */
function othersDataAround(sentence: string, at: number): boolean {
  const m = ACCORDING_TO_DATA.exec(sentence);
  if (!m) return false;
  const end = m.index + m[0].length;
  return at < end || !NEW_CLAUSE.test(sentence.slice(end, at));
}
/** Words OTHERS_DATA cannot match without */
const OTHERS_DATA_GATE = /\b(?:figures|data|statistics)\s|['’]s\s{1,3}own\s/i;
/** A figure's paragraph, with white space runs made single: worked out once a block, in `texts` (by block index). */
function blockText(doc: Doc, b: Block, texts: (string | undefined)[]): string {
  let text = texts[b.index];
  if (text === undefined) {
    const t = doc.text.slice(b.start, b.end);
    const raw = b.kind === "list-item" && b.marker ? `${b.marker} ${t}` : t;
    text = foldSpace(raw);
    texts[b.index] = text;
  }
  return text;
}

/** Whether a block's text ends a sentence ("." "!" "?", or one before a closing quote or bracket): not a headline. */
function endsSentence(t: string): boolean {
  let i = t.length - 1;
  while (i > 0 && (isSpace(t.charCodeAt(i)) || "\"'”’)".includes(t[i]!))) i--;
  const c = t[i];
  return c === "." || c === "!" || c === "?";
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

/** Whether `at` falls in one of the spans (a loop, not a closure made for every sentence). */
function startsInAny(spans: { start: number; end: number }[], at: number): boolean {
  for (const o of spans) if (at >= o.start && at < o.end) return true;
  return false;
}

/** `/^(?:19|20)\d\d$/.test(raw.trim())`, by character code (asked of every number found). */
function isYear(raw: string): boolean {
  const t = raw.trim();
  if (t.length !== 4 || !isDigit(t.charCodeAt(2)) || !isDigit(t.charCodeAt(3))) return false;
  const a = t.charCodeAt(0);
  const b = t.charCodeAt(1);
  return (a === 49 && b === 57) || (a === 50 && b === 48); // "19" or "20"
}

/** What the document says about itself that decides which head-counts are figures. */
interface Scope {
  /** loose head-counts ("has supported more than 1,100 people") only in a document about an inspection */
  inspectionDoc: boolean;
  hasProvider: boolean;
  /** numbers with their own field */
  own: Set<number>;
  /** caseload.averageCasesPerStaff */
  ownAverage: number | null;
}

/** One sentence's figures, in `out`; `taken` holds the stretches of the sentence already read. */
class SentenceFigures {
  readonly taken: [number, number][] = [];
  /** opensOnOthersWord of the sentence, worked out at its first figure */
  private othersOpening: boolean | undefined;
  constructor(
    private readonly doc: Doc,
    private readonly s: Sentence,
    private readonly block: Block,
    private readonly out: Found[],
    private readonly texts: (string | undefined)[],
  ) {}

  /** The sentence up to `at`, after the paragraph's text before the sentence (up to 300 characters of it). */
  textBefore(at: number): string {
    const from = Math.max(this.block.start, this.s.start - 300);
    return `${this.doc.text.slice(from, this.s.start)} ${this.s.text.slice(0, at)}`;
  }

  free(a: number, b: number): boolean {
    for (const [x, y] of this.taken) if (a < y && b > x) return false;
    return true;
  }

  /** Take the stretch and, unless another party gives the number, add the figure. */
  add(value: number, unit: Figure["unit"], at: number, len: number): void {
    this.taken.push([at, at + len]);
    // the 40 characters before the number, the number, and 80 after it
    const near = this.s.text.slice(Math.max(0, at - 40), at + len + 80);
    if (OTHER_PARTY_GATE.test(near) && OTHER_PARTY.test(near)) return;
    if (this.s.text.includes("according") && othersDataAround(this.s.text, at)) return;
    if ((this.othersOpening ??= opensOnOthersWord(this.s.text))) return;
    if (at > 20 && OTHERS_DATA_GATE.test(this.s.text) && OTHERS_DATA.test(this.s.text.slice(Math.max(0, at - 250), at))) return;
    const text = blockText(this.doc, this.block, this.texts);
    this.out.push(found("figures", { value, unit, text }, spanOf(this.doc, this.s.start, this.s.end)));
  }
}

/*
 * One sentence's figures: sentenceFigures tests the gates, and each kind of
 * figure is read by its own function, run only on the sentences whose gate
 * passes. Small functions, so that V8 optimises each one alone and only the
 * ones that run often (one big function was among the dearest to compile).
 */

function percentFigures(t: string, f: SentenceFigures): void {
  let m: RegExpExecArray | null;
  PERCENT.lastIndex = 0;
  while ((m = PERCENT.exec(t))) {
    const v = numberOf(m[1]!);
    if (v === null || v < 0 || v > 1000) continue;
    f.add(v, "percent", m.index, m[0].length);
  }
}

/** A percentage set beside a fraction word, after it: " – 54 per cent –", " (54%)", ", or 54 per cent,". */
const PERCENT_ASIDE_AFTER = new RegExp(lean(String.raw`^\s{0,2}(?:[–—(]|-\s|,\s{0,2}or\s)\s{0,2}(?:about\s{1,2}|around\s{1,2})?${NUM}\s{0,2}(?:%|per\s{0,2}cent\b|percent\b)`), "i");
/** … and before it: "54 per cent (just over ", "54% – around ". */
const PERCENT_ASIDE_BEFORE = new RegExp(lean(String.raw`(?:%|\bper\s{0,2}cent|\bpercent)\s{0,2}(?:[–—(]|\s-|,\s{0,2}or)\s{0,2}(?:[a-z]{1,10}\s{1,2}){0,2}$`), "i");

function fractionFigures(t: string, f: SentenceFigures): void {
  let m: RegExpExecArray | null;
  const lower = t.toLowerCase();
  for (const [g, value, word] of FRACTIONS_G) {
    if (!lower.includes(word)) continue;
    g.lastIndex = 0;
    while ((m = g.exec(t))) {
      if (!f.free(m.index, m.index + m[0].length)) continue;
      const before = t.slice(Math.max(0, m.index - 25), m.index);
      const after = t.slice(m.index + m[0].length, m.index + m[0].length + 30);
      // "half" as a fraction of something, not "on behalf of", "half-day", "second half of 2019"
      if (/\bbe$|behalf$|-$/i.test(before) || /^-(?!quarter|third)|^\s{0,2}(?:an?\s{1,2})?(?:hour|day|week|month|year|term|time)/i.test(after)) continue;
      if (/\b(?:first|second|latter|former)\s{0,2}$/i.test(before)) continue;
      if (!FRACTION_BEFORE.test(before) && !FRACTION_AFTER.test(after)) continue;
      // "just over half – 54 per cent – of the cases", "54% (just over half)": the same share, kept in its precise form
      if (PERCENT_WORD.test(after) && PERCENT_ASIDE_AFTER.test(after)) continue;
      if (PERCENT_WORD.test(before) && PERCENT_ASIDE_BEFORE.test(before)) continue;
      f.add(value, "fraction", m.index, m[0].length);
    }
  }
}

/**
 * "one case in five", "one child in four": ONE_IN with the thing counted
 * between. Only "one" before the noun: "seven cases in 12 months" is no
 * share.
 */
const ONE_NOUN_IN = new RegExp(
  lean(
    String.raw`\bone\s{1,3}(?:case|person|child|adult|individual|offender|officer|practitioner|worker|member\s{1,3}of\s{1,3}staff|plan|assessment|file|report|review)\s{1,3}in\s{1,3}(${NUM})\b(?!\s{0,3}(?:%|per\s{0,2}cent|years?|months?|weeks?|days?|hours?)\b)`,
  ),
  "gi",
);
/** ONE_NOUN_IN's words around its noun */
const ONE_NOUN_GATE = /\bone\s{1,3}[a-z]{3,10}(?:\s{1,3}of\s{1,3}staff)?\s{1,3}in\s/i;

function oneNounInFigures(t: string, f: SentenceFigures): void {
  let m: RegExpExecArray | null;
  ONE_NOUN_IN.lastIndex = 0;
  while ((m = ONE_NOUN_IN.exec(t))) {
    const d = numberOf(m[1]!);
    if (d === null || d < 2 || d > 100 || !Number.isInteger(d) || !f.free(m.index, m.index + m[0].length)) continue;
    f.add(round2(1 / d), "fraction", m.index, m[0].length);
  }
}

/**
 * The most cases some staff hold ("some were holding more than 100", "some
 * officers were carrying caseloads of up to 130", "some held more than 80
 * cases", "with some responsible for more than 100"): unit "cases". A bound, after staff or "some" as the subject, and
 * nothing counted after the number but cases.
 */
const CASE_BOUND = new RegExp(
  lean(
    String.raw`\b(?:(?:holding|carrying|managing|held|carried|managed|had|have|with|responsible\s{1,3}for)\s{1,3}(?:(?:individual\s{1,3})?caseloads?\s{1,3}of\s{1,3})?|caseloads?\s{1,3}of\s{1,3})(?:more\s{1,3}than|over|up\s{1,3}to|in\s{1,3}excess\s{1,3}of|upwards\s{1,3}of|as\s{1,3}many\s{1,3}as)\s{1,3}(\d{2,4})(?!\d|,\d)`,
  ),
  "gi",
);
const CASE_BOUND_GATE = /\b(?:more\s{1,3}than|over|up\s{1,3}to|in\s{1,3}excess\s{1,3}of|upwards\s{1,3}of|as\s{1,3}many\s{1,3}as)\s{1,3}\d/i;
/** who holds the cases: some of the staff (not all of them, nor the provider: a caseload) */
const CASE_HOLDERS = /\b(?:some|a\s{1,3}few|several|others)\b/i;
/** reported speech before the bound: someone's word ("…, said some officers were …"), unless the inspectors' or the report's */
const SAID_BEFORE = /\b(?:said|says|told|claimed|according)\b/i;
const INSPECTORS_SAID = /\binspect|\breport\b/i;
/** after the number: cases, or nothing counted ("… more than 100;", "… more than 90 and …") */
const CASE_BOUND_AFTER = /^(?:\s{1,3}cases\b|\s{0,3}(?:[,.;:)]|$)|\s{1,3}(?:and|but|each|apiece)\b)/i;

function caseBoundFigures(t: string, f: SentenceFigures): void {
  let m: RegExpExecArray | null;
  CASE_BOUND.lastIndex = 0;
  while ((m = CASE_BOUND.exec(t))) {
    const raw = m[1]!;
    const at = m.index + m[0].length - raw.length;
    const v = Number(raw);
    if (v < 10 || v > 1000 || !f.free(at, at + raw.length)) continue;
    if (!CASE_BOUND_AFTER.test(t.slice(at + raw.length, at + raw.length + 12))) continue;
    // the cases are named: after the number, in the caseload words, or before in the sentence
    if (!/\bcases\b/i.test(t.slice(0, at + raw.length + 8)) && !/caseload/i.test(m[0])) continue;
    if (!CASE_HOLDERS.test(t.slice(Math.max(0, m.index - 40), m.index))) continue;
    const before = t.slice(0, m.index);
    if (SAID_BEFORE.test(before) && !INSPECTORS_SAID.test(before)) continue;
    f.add(v, "cases", at, raw.length);
  }
}

/** "an average of 41 cases each": an average caseload (PART_AVERAGE_GATE first: "average of") */
const PART_AVERAGE = new RegExp(lean(String.raw`\baverage\s{1,3}of\s{1,3}(${NUM})\s{1,3}cases\s{1,3}(?:each|apiece)\b`), "i");
const PART_AVERAGE_GATE = /average\s{1,3}of\s/;

/**
 * The average caseload of one named part of the provider ("workloads were
 * high in the Ashby teams, where officers held an average of 41 cases
 * each"): not the provider's caseload (caseload leaves it), a finding with
 * unit "cases".
 */
function partAverageFigures(t: string, f: SentenceFigures, scope: Scope): void {
  const m = PART_AVERAGE.exec(t);
  if (!m) return;
  const raw = m[1]!;
  const v = numberOf(raw);
  const at = m.index + m[0].indexOf(raw, 8);
  if (v === null || v < 2 || v > 1000 || v === scope.ownAverage || !f.free(at, at + raw.length)) return;
  if (partTeamsPlace(t) === null) return;
  f.add(v, "cases", at, raw.length);
}

function oneInFigures(t: string, f: SentenceFigures): void {
  let m: RegExpExecArray | null;
  ONE_IN.lastIndex = 0;
  while ((m = ONE_IN.exec(t))) {
    const n = numberOf(m[1]!);
    const d = numberOf(m[2]!);
    if (n === null || d === null || d < 2 || d > 100 || n < 1 || n >= d || !Number.isInteger(n)) continue;
    if (isYear(m[1]!) || !f.free(m.index, m.index + m[0].length)) continue;
    f.add(round2(n / d), "fraction", m.index, m[0].length);
  }
}

/** A count `raw` at `at`: added unless it is no number, under 1, a year or in a place taken. */
function addCount(f: SentenceFigures, raw: string, at: number): boolean {
  const v = numberOf(raw);
  if (v === null || v < 1 || isYear(raw) || !f.free(at, at + raw.length)) return false;
  f.add(v, "count", at, raw.length);
  return true;
}

function sampleFigures(t: string, f: SentenceFigures): void {
  let m: RegExpExecArray | null;
  SAMPLE.lastIndex = 0;
  while ((m = SAMPLE.exec(t))) {
    const raw = m[1]!;
    if (!addCount(f, raw, m.index + m[0].indexOf(raw))) continue;
    // "... 60 cases and 25 interviews": the second count too
    const end = m.index + m[0].length;
    const rest = t.slice(end, end + 120);
    const more = AND_COUNT.exec(rest) ?? AND_WHO.exec(rest);
    if (more) addCount(f, more[1]!, end + more.indices![1]![0]);
    // "... 112 cases, 58 from the NPS and 54 from the CRC": both parts
    const split = more ? null : SAMPLE_SPLIT.exec(rest);
    if (split) {
      addCount(f, split[1]!, end + split.indices![1]![0]);
      addCount(f, split[2]!, end + split.indices![2]![0]);
    }
    // "... 28 cases: 16 court disposals and 12 out-of-court disposals": both parts, where they make the whole
    const c = more || split ? 32 : rest.charCodeAt(0) === 32 ? rest.charCodeAt(1) : rest.charCodeAt(0);
    const parts = c === 58 || c === 8211 || c === 8212 ? SAMPLE_PARTS.exec(rest) : null;
    if (parts && numberOf(parts[1]!)! + numberOf(parts[2]!)! === numberOf(raw)) {
      addCount(f, parts[1]!, end + parts.indices![1]![0]);
      addCount(f, parts[2]!, end + parts.indices![2]![0]);
    }
  }
}

/**
 * After "Of the 84 cases inspectors examined,": a part given as a number that
 * is the clause's subject ("only 38 contained …", "24 had a plan …"), not a
 * percentage ("only 29 per cent had …").
 */
const PART_AFTER_SAMPLED = new RegExp(
  lean(String.raw`^\s{0,3},\s{0,3}(?:(?:only|just|fewer\s{1,3}than|less\s{1,3}than|more\s{1,3}than|over|under|almost|nearly)\s{1,3})?(${NUM})\s{1,3}(?:of\s{1,3}them\s{1,3})?(?:had|have|contained|showed|included|lacked|met|were|was|did|received|got)\b`),
  "id",
);

function sampledFigures(t: string, f: SentenceFigures): void {
  let m: RegExpExecArray | null;
  SAMPLED_BEFORE.lastIndex = 0;
  while ((m = SAMPLED_BEFORE.exec(t))) {
    const before = t.slice(0, m.index);
    if (OF_BEFORE.test(before) && !OF_OPENING.test(before)) continue;
    const raw = m[1]!;
    if (!addCount(f, raw, m.index + m[0].indexOf(raw, 3))) continue;
    // "Of the 84 cases inspectors examined, only 38 contained …": the part too (the whole opens the sentence, after "of")
    const end = m.index + m[0].length;
    if (t.charCodeAt(end) !== 44 || !OF_OPENING.test(before)) continue;
    const part = PART_AFTER_SAMPLED.exec(t.slice(end, end + 80));
    if (part && numberOf(part[1]!)! < numberOf(raw)!) addCount(f, part[1]!, end + part.indices![1]![0]);
  }
}

/** hours after a number ("a backlog of 38,500 hours of unpaid work"): a quantity of work, not a count */
const HOURS_AFTER = /^\s{1,3}(?:hours|hrs)\b/i;

/** SAMPLE_OF or BACKLOG: a count in the first group that matched (hours of work: unit "other"). */
function countFigures(re: RegExp, t: string, f: SentenceFigures): void {
  let m: RegExpExecArray | null;
  re.lastIndex = 0;
  while ((m = re.exec(t))) {
    const raw = (m[1] ?? m[2])!;
    const at = m.index + m[0].indexOf(raw);
    if (HOURS_AFTER.test(t.slice(at + raw.length, at + raw.length + 12))) {
      const v = numberOf(raw);
      if (v !== null && v >= 1 && !isYear(raw) && f.free(at, at + raw.length)) f.add(v, "other", at, raw.length);
    } else addCount(f, raw, at);
  }
}

/**
 * "in nine out of ten of the court cases", "nearly eight out of ten cases",
 * "three out of every four children", "four out of five cases": a share of
 * a whole, not a sample of ten (or five: always a share). "Out of ten" is a share where "of" follows ten ("ten of the cases": a
 * part of them, so ten is no head-count), where the part is only roughly
 * given ("nearly nine"), or "out of every N". Otherwise ("six out of ten
 * domestic abuse cases") the part stays a count (N_OF_M's).
 */
const OUT_OF_SHARE = new RegExp(
  lean(String.raw`\b(${NUM})\s{1,3}out\s{1,3}of\s{1,3}(?:(every)\s{1,3}(${NUM})|(ten|10|five|5)(?!\s{0,3}(?:%|per\s{0,2}cent)))\b(\s{1,3}of\s)?`),
  "gi",
);
/** What "four out of five" counts, right after it: "cases", "inspected cases", "pre-sentence reports". */
const FIVE_OF_WHAT = /^\s{1,3}(?:[\w'’-]{1,20}\s{1,3})?(?:cases|case\s{1,3}files|files|records|reports|plans|assessments|children|people|offenders|individuals)\b/i;
/** a part given roughly ("nearly nine out of ten"): a share */
const ROUGHLY_BEFORE = /\b(?:nearly|almost|about|around|roughly|approximately|over|under|some|(?:more|fewer|less)\s{1,3}than|just\s{1,3}(?:over|under))\s{1,3}$/i;

function outOfShareFigures(t: string, f: SentenceFigures): void {
  let m: RegExpExecArray | null;
  OUT_OF_SHARE.lastIndex = 0;
  while ((m = OUT_OF_SHARE.exec(t))) {
    const n = numberOf(m[1]!);
    const d = numberOf(m[2] ? m[3]! : m[4]!);
    if (n === null || d === null || !Number.isInteger(n) || !Number.isInteger(d) || n < 1 || n >= d || d > 100) continue;
    // (out of five is a share of what it counts: no sample is five; "three out of five said" counts no cases)
    if (!m[2] && !m[5] && (d === 10 ? !ROUGHLY_BEFORE.test(t.slice(Math.max(0, m.index - 20), m.index)) : !FIVE_OF_WHAT.test(t.slice(m.index + m[0].length, m.index + m[0].length + 50)))) continue;
    if (!f.free(m.index, m.index + m[0].length)) continue;
    f.add(round2(n / d), "fraction", m.index, m[0].length);
  }
}

/**
 * The staff inspectors heard from: "Inspectors spoke to more than 200 staff",
 * "interviewed 94 members of staff", "met 12 probation officers": a count of
 * the inspection's evidence, in a sentence about the inspectors ("inspect",
 * or "they"/"we" opening it).
 */
const STAFF_MET = new RegExp(
  lean(
    String.raw`\b(?:spoke|spoken|speaking|talked|interviewed|interviewing|met|meeting|surveyed|heard\s{1,3}from)\s{1,3}(?:(?:to|with)\s{1,3})?(?:${QUAL}\s{1,3})?(${NUM})\s{1,3}(?:members\s{1,3}of\s{1,3}staff|(?:[\w-]{1,20}\s{1,3}){0,2}?(?:staff|practitioners|probation\s{1,3}officers|case\s{1,3}managers|managers|sentencers|magistrates|judges))\b`,
  ),
  "gi",
);
/** Whom STAFF_MET counts (a cheap test first) */
const STAFF_WORD = /\b(?:staff|practitioners|officers|managers|sentencers|magistrates|judges)\b/i;
/** The inspectors as the sentence's subject */
const INSPECTORS_SUBJECT = /inspect|^\s{0,3}(?:they|we)\b/i;

function staffMetFigures(t: string, f: SentenceFigures): void {
  let m: RegExpExecArray | null;
  STAFF_MET.lastIndex = 0;
  while ((m = STAFF_MET.exec(t))) {
    const raw = m[1]!;
    if (!INSPECTORS_SUBJECT.test(t.slice(0, m.index))) continue;
    const v = numberOf(raw);
    if (v === null || v < 2) continue;
    addCount(f, raw, m.index + m[0].lastIndexOf(raw));
  }
}

/** N_OF_M's whole as a pronoun: "four of them", "six of those" */
const WHOLE_PRONOUN = /\b(?:them|those)$/i;
/** The nouns "them" may stand for, before it; the last one named is the one */
const ANTECEDENT = /\b(?:cases|files|records|people|children|individuals|offenders|staff|practitioners|officers|prisoners|interviews|posts|disposals|orders|assessments|plans|reports|aspects|standards|domains|areas|recommendations|ratings|years|months|weeks|days)\b/gi;
/** … of which these are no sample: aspects or standards rated, recommendations, or a span of time ("the last fourteen of them", years) */
const NOT_SAMPLED = /^(?:aspects|standards|domains|areas|recommendations|ratings|years|months|weeks|days)$/i;

/**
 * Whether "them" in "improved in four of them" stands for aspects,
 * standards, recommendations or years: the last of ANTECEDENT's nouns in
 * the text before the number (the sentence and, in its paragraph, up to
 * 300 characters before it: "… rated against seven standards. It improved
 * in four of them"). No such noun: a sample, as before.
 */
function themIsNoSample(before: string): boolean {
  let last: string | null = null;
  let m: RegExpExecArray | null;
  ANTECEDENT.lastIndex = 0;
  while ((m = ANTECEDENT.exec(before))) last = m[0];
  return last !== null && NOT_SAMPLED.test(last);
}

function nOfMFigures(t: string, f: SentenceFigures): void {
  let m: RegExpExecArray | null;
  N_OF_M.lastIndex = 0;
  while ((m = N_OF_M.exec(t))) {
    const n = numberOf(m[1]!);
    const at = m.index + m[0].indexOf(m[1]!);
    if (n === null || isYear(m[1]!) || /^(?:one|a|an)$/i.test(m[1]!.trim()) || !f.free(at, at + m[1]!.length)) continue;
    if (/\b(?:aged|age|ages)\s{0,3}$/i.test(t.slice(Math.max(0, at - 10), at))) continue;
    // "It improved in four of them" after "… against seven standards.": a count of standards, not of a sample
    if (WHOLE_PRONOUN.test(m[0]) && themIsNoSample(f.textBefore(at))) {
      f.taken.push([at, m.index + m[0].length]);
      continue;
    }
    // the part only: "in 17 of the 20 court cases" is 17 (the whole, 20, is a figure where it is stated on its own)
    f.add(n, "count", at, m[1]!.length);
    // the rest of the phrase is read: no later reader takes the whole ("11 of the 28 children whose cases …" is not 28 children)
    f.taken.push([at + m[1]!.length, m.index + m[0].length]);
  }
}

/**
 * "in nine cases there was no plan", "In 19 cases, a missed appointment
 * had …": a count of the cases in which something was found (at most one
 * word between, never "of": "in 17 of the 20 cases" is N_OF_M's).
 */
const IN_N_CASES = new RegExp(lean(String.raw`\bin\s{1,3}(${NUM})\s{1,3}(?:[a-z-]{3,20}\s{1,3})?cases\b`), "gi");

function inNCasesFigures(t: string, f: SentenceFigures): void {
  let m: RegExpExecArray | null;
  IN_N_CASES.lastIndex = 0;
  while ((m = IN_N_CASES.exec(t))) {
    const raw = m[1]!;
    if (/^(?:one|a|an)$/i.test(raw.trim())) continue;
    addCount(f, raw, m.index + m[0].indexOf(raw, 2));
  }
}

/** a head-count under supervision, after the number: "… people are supervised by", "… offenders were being managed by" */
const SUPERVISED_BY_AFTER = /^\s{1,3}(?:[\w'’-]{1,20}\s{1,3}){1,3}?(?:are|were|is|was)\s{1,3}(?:(?:being|currently|now)\s{1,3})?(?:supervised|managed)\s{1,3}by\b/i;

/**
 * a head-count under supervision on a given day, after the number: "… people supervised by the division on 30 June
 * 2019", "… offenders managed by the trust as at 31 March 2014": the provider's caseload
 */
const SUPERVISED_ON_AFTER = /^\s{1,3}(?:[\w'’-]{1,20}\s{1,3}){1,2}?(?:supervised|managed)\s{1,3}by\s{1,3}(?:the|this|its)\s{1,3}(?:[\w'’-]{1,20}\s{1,3}){1,3}?(?:on|at|as\s{1,3}at|as\s{1,3}of)\s{1,3}\d{1,2}\s{1,3}[A-Z][a-z]{2,8}\s{1,3}(?:19|20)\d\d\b/;
/** a caseload as a label before the number: "Caseload: 7,388 people" */
const CASELOAD_LABEL = /\bcaseload\s{0,3}[:–—]\s{0,3}$/i;

/** a head-count of residents: "… people (aged 10 to 17) live in the county" */
const POPULATION_AFTER = /^[^.;,]{0,70}?\b(?:live|living|lives|reside|residing|resident)\s{1,3}in\b/i;

/** a rounding word right before a number */
const ROUNDED_BEFORE = /\b(?:almost|nearly|about|around|approximately|roughly|some|over|more\s{1,3}than|just\s{1,3}(?:over|under)|close\s{1,3}to)\s{1,3}$/i;

/** `v` within a tenth of one of `own` (a rounded statement of it). */
function nearOwn(v: number, own: Set<number>): boolean {
  for (const o of own) if (Math.abs(v - o) <= 0.1 * o) return true;
  return false;
}

function peopleFigures(t: string, f: SentenceFigures, scope: Scope): void {
  let m: RegExpExecArray | null;
  PEOPLE_COUNT.lastIndex = 0;
  while ((m = PEOPLE_COUNT.exec(t))) {
    const raw = m[1]!;
    const v = numberOf(raw);
    const at = m.index + m[0].indexOf(raw);
    if (v === null || v < 10 || isYear(raw) || !f.free(at, at + raw.length)) continue;
    if (scope.own.has(v)) continue;
    const before = t.slice(Math.max(0, at - 60), at);
    // the caseload rounded ("Almost 90 children on the service's books" where it works with 87): no finding
    if (scope.own.size && ROUNDED_BEFORE.test(before) && nearOwn(v, scope.own)) continue;
    // a provider's own caseload statement ("supervises around 5,100 people") belongs to caseload
    // (with a provider, a national total or another provider's caseload is no finding either)
    // ("was working with 142 children": the same)
    if (scope.hasProvider && /\b(?:supervis\w{1,4}|manag\w{1,4}|responsible\s{1,3}for|work(?:s|ing)?\s{1,3}with|caseload\s{1,3}of)\s{1,3}(?:\w{1,15}\s{1,3}){0,3}$/i.test(before)) continue;
    if (/\b(?:aged|age)\s{0,3}$/i.test(before)) continue;
    const after = t.slice(at + raw.length, at + raw.length + 90);
    // the same said the other way round ("Around 150,000 people are supervised by CRCs across England and Wales")
    if (scope.hasProvider && (after.includes("supervised") || after.includes("managed")) && (SUPERVISED_BY_AFTER.test(after) || SUPERVISED_ON_AFTER.test(after))) continue;
    // "Caseload: 7,388 people (as at 30 June 2018)": a fact box's caseload
    if (scope.hasProvider && CASELOAD_LABEL.test(before)) continue;
    // a prison's or provider's population ("The prison held 812 men") is not a finding
    if (/\b(?:held|holds|holding|housed|houses|accommodat\w{1,5}|population\s{1,3}of|home\s{1,3}to)\s{1,3}(?:\w{1,15}\s{1,3}){0,2}$/i.test(before)) continue;
    // an area's population ("around 24,500 children aged 10 to 17 live in the borough")
    if ((after.includes("liv") || after.includes("resid")) && POPULATION_AFTER.test(after)) continue;
    f.add(v, "count", at, raw.length);
  }
}

/** `gates`: the sentence's SW_* bits; SW_NUM (MAY_HAVE_NUM) every pattern but FRACTIONS needs */
function sentenceFigures(doc: Doc, s: Sentence, gates: number, block: Block, scope: Scope, out: Found[], texts: (string | undefined)[]): void {
  const t = s.text;
  const num = (gates & SW_NUM) !== 0;
  const fraction = (gates & SW_FRACTION) !== 0;
  if (!num && !fraction) return;
  // made when a gate passes (most sentences pass none), then shared by the readers below
  let f: SentenceFigures | undefined;
  // which gates below may pass (0 without a number: none of them)
  const w = num ? wordMask(GATE_RE, GATE_BITS, t) : 0;

  if ((w & W_PERCENT) !== 0 && PERCENT_WORD.test(t) && PERCENT_GATE.test(t)) percentFigures(t, (f ??= new SentenceFigures(doc, s, block, out, texts)));
  if (fraction) fractionFigures(t, (f ??= new SentenceFigures(doc, s, block, out, texts)));
  if (!num) return;
  if (IN_NUMBER.test(t)) {
    if (ONE_IN_GATE.test(t)) oneInFigures(t, (f ??= new SentenceFigures(doc, s, block, out, texts)));
    if ((w & W_ONE) !== 0 && ONE_NOUN_GATE.test(t)) oneNounInFigures(t, (f ??= new SentenceFigures(doc, s, block, out, texts)));
  }
  if ((w & W_CASE) !== 0 && CASE_BOUND_GATE.test(t)) caseBoundFigures(t, (f ??= new SentenceFigures(doc, s, block, out, texts)));
  if ((w & W_CASE) !== 0 && PART_AVERAGE_GATE.test(t)) partAverageFigures(t, (f ??= new SentenceFigures(doc, s, block, out, texts)), scope);
  // the count patterns take nothing from a sentence that counts aspects, ratings or
  // recommendations: their gates are not even tested there (a sentence with a
  // number holds one of those words one time in five); SAMPLE excepted, as what it
  // counts is cases, files or people, never those.
  // UNITS_GATE is tested last, and once: most sentences have a UNITS word, few the others
  let units: boolean | undefined;
  const sample = (w & W_SAMPLE) !== 0 && SAMPLE_GATE.test(t) && (units ??= (w & W_UNITS) !== 0 && UNITS_GATE.test(t));
  // SAMPLED_BEFORE: the verb may end its clause ("Of the 168 cases inspectors examined, ..."), past SAMPLE_GATE
  const sampled = (w & W_SAMPLE) !== 0 && (w & W_UNITS) !== 0 && SAMPLED_GATE.test(t);
  if ((w & W_OTHER) !== 0 && COUNTS_OF_OTHER.test(t)) {
    if (sample) sampleFigures(t, (f ??= new SentenceFigures(doc, s, block, out, texts)));
    if (sampled) sampledFigures(t, (f ??= new SentenceFigures(doc, s, block, out, texts)));
  } else {
    const sampleOf = (w & W_SAMPLE_OF) !== 0 && SAMPLE_OF_GATE.test(t) && (units ??= (w & W_UNITS) !== 0 && UNITS_GATE.test(t));
    // BACKLOG's second form ends with a UNITS word
    const backlog =
      ((w & W_BACKLOG) !== 0 && BACKLOG_WORD.test(t)) ||
      ((w & W_BACKLOG_LATE) !== 0 && BACKLOG_GATE.test(t) && (units ??= (w & W_UNITS) !== 0 && UNITS_GATE.test(t)));
    const nOfM = N_OF_M_GATE.test(t);
    // IN_N_CASES: "in" before a number (IN_NUMBER), and "case" after it
    const inCases = (w & W_CASE) !== 0 && IN_NUMBER.test(t);
    if (sample || sampled || sampleOf || backlog || nOfM || inCases) {
      f ??= new SentenceFigures(doc, s, block, out, texts);
      if (sample) sampleFigures(t, f);
      if (sampled) sampledFigures(t, f);
      if (sampleOf) countFigures(SAMPLE_OF, t, f);
      if (backlog) countFigures(BACKLOG, t, f);
      // "nine out of ten of the cases": a share, read before N_OF_M takes the nine as a count
      if (nOfM && t.includes(" out of ")) outOfShareFigures(t, f);
      if (nOfM) nOfMFigures(t, f);
      if (inCases) inNCasesFigures(t, f);
    }
  }
  if ((w & W_MET) !== 0 && STAFF_WORD.test(t)) staffMetFigures(t, (f ??= new SentenceFigures(doc, s, block, out, texts)));
  if (scope.inspectionDoc && (w & W_PEOPLE) !== 0 && TWO_DIGITS.test(t) && PEOPLE_GATE.test(t)) peopleFigures(t, (f ??= new SentenceFigures(doc, s, block, out, texts)), scope);
}

export const figures: Extractor = {
  id: "figures",
  fields: ["figures"],
  extract(doc: Doc, ctx: Context): Found[] {
    const out: Found[] = [];
    // a document about no inspection at all (a charity's or council's news) reports no findings
    const caseload = ctx.get("caseload");
    const scope: Scope = {
      inspectionDoc: ctx.get("inspectorate") !== null || ctx.get("provider") !== null || (ctx.get("subject") ?? "other") !== "other",
      hasProvider: ctx.get("provider") !== null,
      own: new Set<number>(caseload?.peopleSupervised != null ? [caseload.peopleSupervised] : []),
      ownAverage: caseload?.averageCasesPerStaff ?? null,
    };
    const others = otherSpeakers(ctx);
    const texts = new Array<string | undefined>(doc.blocks.length);
    const numFlags = numFlagsOf(doc);
    // the list items and headlines of page furniture ("Most read", "Related stories"): other stories' numbers (a paragraph ending a sentence there may be the body's)
    const furniture = furnitureBlocks(doc);
    for (let i = 0; i < doc.sentences.length; i++) {
      const s = doc.sentences[i]!;
      const block = doc.blocks[s.block];
      if (!block || block.inNotes || block.kind === "heading" || s.text.length > 1500) continue;
      if (furniture.size && furniture.has(s.block) && (block.kind === "list-item" || !endsSentence(block.text))) continue;
      if (others.length && startsInAny(others, s.start)) continue;
      sentenceFigures(doc, s, sentenceGates(doc, i, numFlags), block, scope, out, texts);
    }
    return out;
  },
};
