/**
 * Aspect names as documents write them, mapped onto the canonical names of
 * RECORD.md. Groups ("all four aspects of case supervision", "assess, plan,
 * deliver and review") expand to their members.
 */
import { wordMask } from "../../util/word-mask.js";
import { GAP, lean } from "./numbers.js";

export const CASE_SUPERVISION = ["Assessment", "Planning", "Implementation and delivery", "Reviewing"] as const;

export interface AspectMention {
  /** canonical names (a group gives several) */
  aspects: string[];
  start: number;
  end: number;
}

interface Pattern {
  re: RegExp;
  aspects: readonly string[];
  /**
   * Cheap gate: words (lower case) the pattern cannot match without. Each
   * group needs one of its words at the start of a word in the text (case
   * aside), or the regex is not run at all (most texts name no aspect, and a
   * regex never run is never compiled). No word may start another one (see
   * KEYWORD_RE).
   */
  need: readonly (readonly string[])[];
  /**
   * A word the pattern cannot match without, narrower than its gate word,
   * tested (case aside) before the pattern runs: both Services patterns need
   * "services", and their gate word "service" lets every "Probation Service"
   * and "the service was rated" through.
   */
  literal?: RegExp;
}

const SERVICES_WORD = /services/i;

/** A provider's own word in the possessive, before what it has: "the CRC’s staffing", "the company's services". */
const PROVIDER_POSSESSIVE = String.raw`(?:unit|team|trust|division|pdu|crc|yot|yos|yjs|service|company)['’]s`;

const FOUR = ["four", "4"];

/**
 * Before "four standards of case supervision": a count of some of them ("three
 * of the four case supervision standards – planning, …"), which names part of
 * the group, never all four (the list after it says which). "every one of the
 * four aspects" / "each one of the four" is all of them.
 */
const NOT_PART_OF = String.raw`(?<!\b(?:(?<!\b(?:every|each)\s{1,3})one|two|three|[123])\s{1,3}of\s{1,3}(?:the\s{1,3})?)`;

// The patterns are built through lean() (lib/numbers.ts): the same matches,
// several times cheaper for V8 to compile on a cold first use.
// Order matters: longer / more specific names first; a later match that overlaps an earlier one is dropped.
const PATTERNS: Pattern[] = [
  { re: new RegExp(lean(String.raw`\bassess(?:ing)?,\s{0,3}plan(?:ning)?,\s{0,3}(?:deliver(?:ing)?|implement(?:ing|ation)?)(?:\s{1,3}and\s{1,3}deliver(?:ing|y)?)?,?\s{1,3}and\s{1,3}review(?:ing)?\b`), "gi"), aspects: CASE_SUPERVISION, need: [["assess"], ["review"]] },
  { re: new RegExp(lean(String.raw`${NOT_PART_OF}\b(?:all\s{1,3})?(?:four|4)\s{1,3}(?:core\s{1,3})?(?:aspects|domains|areas|standards|elements)\s{1,3}(?:of|relating\s{1,3}to|for|in|covering)\s{1,3}(?:the\s{1,3}(?:quality\s{1,3}of\s{1,3})?)?(?:adult\s{1,3})?(?:case\s{1,3}supervision|casework|case\s{1,3}management|work\s{1,3}with\s{1,3}individual\s{1,3}cases)\b`), "gi"), aspects: CASE_SUPERVISION, need: [FOUR, ["case"]] },
  { re: new RegExp(lean(String.raw`\b(?:all\s{1,3})?(?:four|4)\s{1,3}(?:aspects|standards|areas|domains)\s{1,3}(?:of|for|relating\s{1,3}to)\s{1,3}(?<!out[- ]of[- ])court\s{1,3}disposals?\b`), "gi"), aspects: CASE_SUPERVISION, need: [FOUR, ["court"]] },
  { re: new RegExp(lean(String.raw`\b(?:every|each)\s{1,3}(?:aspect|standard|element|area|part|stage)\s{1,3}of\s{1,3}(?:the\s{1,3})?(?:its\s{1,3})?(?:case\s{1,3}supervision|casework|case\s{1,3}management)\b|\ball\s{1,3}(?:the\s{1,3})?(?:aspects|standards|elements|areas|stages)\s{1,3}of\s{1,3}(?:the\s{1,3})?(?:its\s{1,3})?(?:case\s{1,3}supervision|casework|case\s{1,3}management)\b`), "gi"), aspects: CASE_SUPERVISION, need: [["case"]] },
  { re: new RegExp(lean(String.raw`${NOT_PART_OF}\b(?:all\s{1,3})?(?:the\s{1,3})?(?:four|4)\s{1,3}(?:core\s{1,3})?(?:case\s{1,3}supervision|casework|service\s{1,3}delivery)\s{1,3}(?:aspects|domains|standards|areas)\b`), "gi"), aspects: CASE_SUPERVISION, need: [FOUR, ["case", "service"]] },
  // "the assessment, planning and delivery of work with children": three of the case supervision standards, delivery the third
  { re: new RegExp(lean(String.raw`\bassess(?:ment|ing)?,\s{0,3}plan(?:ning)?,?\s{1,3}and\s{1,3}(?:the\s{1,3})?deliver(?:y|ing)?\b`), "gi"), aspects: ["Assessment", "Planning", "Implementation and delivery"], need: [["assess"], ["plan"], ["deliver"]] },
  { re: new RegExp(lean(String.raw`\bassess(?:ing)?\s{1,3}and\s{1,3}plan(?:ning)?\b`), "gi"), aspects: ["Assessment", "Planning"], need: [["assess"], ["plan"]] },
  // "the way staff planned and reviewed their work": two of the case supervision standards, by their verbs ("planning and reviewing" stays two names)
  { re: new RegExp(lean(String.raw`\bplan(?:s|ned)?\s{1,3}and\s{1,3}review(?:s|ed)?\b`), "gi"), aspects: ["Planning", "Reviewing"], need: [["plan"], ["review"]] },
  // "work to deliver and review sentences": two of the case supervision standards at once
  { re: new RegExp(lean(String.raw`\b(?:deliver(?:ing)?|implement(?:ing)?)\s{1,3}and\s{1,3}review(?:ing)?\b`), "gi"), aspects: ["Implementation and delivery", "Reviewing"], need: [["deliver", "implement"], ["review"]] },
  { re: new RegExp(lean(String.raw`\bgovernance\s{1,3}(?:and|&)\s{1,3}leadership\b|\bleadership\s{1,3}(?:and|&)\s{1,3}governance\b`), "gi"), aspects: ["Governance and leadership"], need: [["governance"]] },
  // "its work with partner agencies": the partnerships a youth justice service works through
  { re: new RegExp(lean(String.raw`\bpartnerships?\s{1,3}(?:and|&)\s{1,3}services\b|\bwork(?:ing)?\s{1,3}with\s{1,3}(?:its\s{1,3}|their\s{1,3}|local\s{1,3})?partner\s{1,3}(?:agencies|organisations)\b`), "gi"), aspects: ["Partnerships and services"], need: [["partner"]] },
  // a reporter's words for a case supervision standard: "how well the service assesses children", "the way it plans work"
  { re: new RegExp(lean(String.raw`\b(?:how${GAP}well|the${GAP}way)${GAP}(?:it|they|the${GAP}[\w-]{2,20})${GAP}assess(?:es)?(?:${GAP}(?:children|young${GAP}people|people|cases))?\b`), "gi"), aspects: ["Assessment"], need: [["how", "way"], ["assess"]] },
  { re: new RegExp(lean(String.raw`\b(?:how${GAP}well|the${GAP}way)${GAP}(?:it|they|the${GAP}[\w-]{2,20})${GAP}plans(?:${GAP}(?:its${GAP})?work)?\b`), "gi"), aspects: ["Planning"], need: [["how", "way"], ["plan"]] },
  // "the way cases are reviewed", "how well it reviews its cases": Reviewing, by its verb
  { re: new RegExp(lean(String.raw`\b(?:how${GAP}well|the${GAP}way)${GAP}(?:it|they|the${GAP}[\w-]{2,20})${GAP}reviews(?:${GAP}(?:its${GAP})?(?:cases|work|progress))?\b|\b(?:how(?:${GAP}well)?|the${GAP}way)${GAP}(?:cases|sentence${GAP}plans|plans)${GAP}(?:are|were)${GAP}reviewed\b`), "gi"), aspects: ["Reviewing"], need: [["how", "way"], ["review"]] },
  { re: new RegExp(lean(String.raw`\binformation\s{1,3}(?:and|&)\s{1,3}facilities\b`), "gi"), aspects: ["Information and facilities"], need: [["information"]] },
  // "work with children who are dealt with outside court": the children given out-of-court disposals
  { re: new RegExp(lean(String.raw`\bout[- ]of[- ]court\s{1,3}(?:disposals?|work|cases)\b|\b(?:(?:work${GAP}with${GAP})?(?:children|young${GAP}people)${GAP}(?:who${GAP}(?:are|were)${GAP})?)?dealt${GAP}with${GAP}(?:outside|out${GAP}of)${GAP}(?:the${GAP})?courts?\b`), "gi"), aspects: ["Out-of-court disposals"], need: [["court"]] },
  { re: new RegExp(lean(String.raw`\bimplementation\s{0,3},?\s{1,3}(?:and|&)\s{1,3}delivery\b|\bimplementation\b|\bdelivery\s{1,3}(?:of\s{1,3}(?:the\s{1,3})?)?(?:sentence|interventions|services\s{1,3}to\s{1,3}(?:individuals|people))\b`), "gi"), aspects: ["Implementation and delivery"], need: [["implement", "deliver"]] },
  // "the Through the Gate resettlement service": one aspect, its resettlement word no Resettlement of its own
  { re: new RegExp(lean(String.raw`\bthrough[- ]the[- ]gate(?:\s{1,3}resettlement)?\b|\bTTG\b|\bwork\s{1,3}with\s{1,3}(?:people|individuals|prisoners|those)\s{1,3}(?:as\s{1,3}they\s{1,3}prepare|preparing|who\s{1,3}are\s{1,3}preparing)\s{1,3}(?:to\s{1,3})?(?:for\s{1,3})?(?:leave|release|leaving)\b`), "gi"), aspects: ["Through the Gate"], need: [["through", "ttg", "prepar"]] },
  { re: new RegExp(lean(String.raw`\b(?:statutory\s{1,3})?victims?\s{1,3}(?:work|contact|liaison)\b|\bwork\s{1,3}(?:to\s{1,3}(?:support|help)|with)\s{1,3}(?:the\s{1,3})?victims(?:\s{1,3}of\s{1,3}crime)?\b|\bvictim\s{1,3}services?\b`), "gi"), aspects: ["Statutory victim work"], need: [["victim"]] },
  // "work with the courts", "our court teams": the court work by who does it
  { re: new RegExp(lean(String.raw`\bcourt\s{1,3}(?:reports?|work)(?:\s{1,3}(?:and|&)\s{1,3}(?:case\s{1,3})?allocation)?\b|\badvice\s{1,3}to\s{1,3}(?:the\s{1,3})?courts?\b|\bcase\s{1,3}allocation\b|\bwork\s{1,3}(?:in|at|for|with)\s{1,3}(?:the\s{1,3})?courts?\b|\bcourt\s{1,3}teams?\b|\bpreparing\s{1,3}(?:court\s{1,3}|pre-sentence\s{1,3})?reports\b|\ballocating\s{1,3}(?:new\s{1,3})?cases\b|\ballocation\s{1,3}of\s{1,3}(?:new\s{1,3}|incoming\s{1,3})?cases\b|\bpre-sentence\s{1,3}(?:reports?|work|advice)\b`), "gi"), aspects: ["Court reports and case allocation"], need: [["court", "alloca", "report", "pre-sentence"]] },
  { re: new RegExp(lean(String.raw`\bunpaid\s{1,3}work\b|\bcommunity\s{1,3}payback\b`), "gi"), aspects: ["Unpaid work"], need: [["unpaid", "payback"]] },
  { re: new RegExp(lean(String.raw`\baccredited\s{1,3}programmes?\b`), "gi"), aspects: ["Accredited programmes"], need: [["accredited"]] },
  // the standard's full name "Resettlement policy and provision" is the one aspect
  { re: new RegExp(lean(String.raw`\bresettlement(?:\s{1,3}policy(?:\s{1,3}(?:and|&)\s{1,3}provision)?|\s{1,3}provision)?\b`), "gi"), aspects: ["Resettlement"], need: [["resettl"]] },
  // "its work resettling children leaving custody": the work named by its verb
  { re: new RegExp(lean(String.raw`\bresettling${GAP}(?:children|young${GAP}people|people|adults)(?:${GAP}(?:leaving|released${GAP}from|coming${GAP}(?:out${GAP}of|home${GAP}from))${GAP}(?:custody|prison))?\b`), "gi"), aspects: ["Resettlement"], need: [["resettl"]] },
  // "help for children leaving custody": a youth justice service's resettlement work, in a reporter's words
  { re: new RegExp(lean(String.raw`\b(?:help|support|work)${GAP}(?:for|with)${GAP}(?:children|young${GAP}people)${GAP}(?:who${GAP}are${GAP})?(?:leaving|released${GAP}from|coming${GAP}out${GAP}of)${GAP}custody\b`), "gi"), aspects: ["Resettlement"], need: [["custody"]] },
  { re: /\b(?:assessment|assessing)\b/gi, aspects: ["Assessment"], need: [["assess"]] },
  { re: /\bplanning\b/gi, aspects: ["Planning"], need: [["plan"]] },
  { re: new RegExp(lean(String.raw`\b(?:reviewing|review(?:ing)?\s{1,3}(?:of\s{1,3})?(?:cases|progress))\b`), "gi"), aspects: ["Reviewing"], need: [["review"]] },
  { re: /\bleadership\b/gi, aspects: ["Leadership"], need: [["leadership"]] },
  // "the range of services available to people on probation", "the services on offer to children", "the services on offer to offenders",
  // "a wide range of services for people on probation": Services, when a verb, "and" or a mark follows
  { re: new RegExp(lean(String.raw`\b(?:the\s{1,3})?(?:(?:range|mix|choice)\s{1,3}(?:and\s{1,3}quality\s{1,3})?of\s{1,3}services|services(?=\s{1,3}(?:available|on\s{1,3}offer|offered|provided)))(?:\s{1,3}(?:(?:available|on\s{1,3}offer|offered|provided)\s{1,3})?(?:to|for)\s{1,3}(?:people|individuals|children|young\s{1,3}people|adults|offenders|service\s{1,3}users)(?:\s{1,3}(?:on\s{1,3}probation|under\s{1,3}supervision|it\s{1,3}supervises|it\s{1,3}works\s{1,3}with))?|\s{1,3}(?:available|on\s{1,3}offer|offered|provided))?(?=\s{0,3}(?:$|[,:;–—‘'“"]|\bwas\b|\bwere\b|\bis\b|\bare\b|\bhas\b|\bhad\b|\band\b))`), "gi"), aspects: ["Services"], need: [["service"]], literal: SERVICES_WORD },
  // "the services it offers", "the services they provide": the services on offer, named by their provider's verb
  { re: new RegExp(lean(String.raw`\b(?:the\s{1,3})?services\s{1,3}(?:it|they)\s{1,3}(?:offers|offer|provides|provide|delivers|deliver|runs|run|commissions|commission)\b`), "gi"), aspects: ["Services"], need: [["service"]], literal: SERVICES_WORD },
  { re: new RegExp(lean(String.raw`(?:^\s{0,3}|\b(?:its|the|their|our|and|but|for|on|,|${PROVIDER_POSSESSIVE})\s{1,3}|:\s{0,3})staff(?:ing(?=\.(?:\s|$))|(?:ing)?(?=\s{0,3}(?:$|[,:;–—‘'“"-]|\band\b|\bas\b|\bwere\b|\bwas\b|\bis\b|\bare\b|\bhas\b|\bhave\b)))|\bthat\s{1,3}staff(?:ing)?(?=\s{0,3}(?:$|[‘'“"]))`), "gi"), aspects: ["Staff"], need: [["staff"]] },
  // "its services were", "the unit's services were": Services, when a verb, "and" or a mark follows
  { re: new RegExp(lean(String.raw`(?:^\s{0,3}|\b(?:its|the|their|and|but|for|,|${PROVIDER_POSSESSIVE})\s{1,3}|:\s{0,3})services(?=\s{0,3}(?:$|[,:;–—‘'“"-]|\band\b|\bas\b|\bwere\b|\bwas\b|\bis\b|\bare\b|\bhas\b|\bhave\b))|\bthat\s{1,3}services(?=\s{0,3}(?:$|[‘'“"]))`), "gi"), aspects: ["Services"], need: [["service"]], literal: SERVICES_WORD },
];

/**
 * The gate words, one bit each, found in a text by one scan of KEYWORD_RE.
 * As no word starts another, at most one word matches at a position, and
 * restarting the scan one character on finds every occurrence. Every pattern
 * has its gate word at the start of a word (after \b, a space, "-", "," or
 * ":"), so the scan only tries word starts: most places are inside a word,
 * and "4" in "2024" or "case" in "showcase" let no pattern through.
 */
const KEYWORDS = [...new Set(PATTERNS.flatMap((p) => p.need.flat()))];
const KEYWORD_RE = new RegExp(String.raw`\b(?:${KEYWORDS.join("|")})`, "gi");
const KEYWORD_BIT = new Map(KEYWORDS.map((w, i) => [w, 1 << i]));
/** Per pattern, one mask per need group: the pattern can match only if every group has a bit in the text's mask. */
const NEED_MASKS = PATTERNS.map((p) => p.need.map((group) => group.reduce((mask, w) => mask | KEYWORD_BIT.get(w)!, 0)));

function needsMet(groupMasks: readonly number[], mask: number): boolean {
  for (const g of groupMasks) if ((mask & g) === 0) return false;
  return true;
}

function keywordMask(text: string): number {
  return wordMask(KEYWORD_RE, KEYWORD_BIT, text);
}

/**
 * The gate words found in a text, for aspectMentions: 0 when the text, and so
 * every piece of it, holds none (aspectMentions finds nothing in it, nor in
 * any slice of it).
 */
export function aspectWordMask(text: string): number {
  return keywordMask(text);
}

const LEADING_WORD = new RegExp(String.raw`^\s*(?:its|the|their|our|and|but|for|on|that|,|:|${PROVIDER_POSSESSIVE})?\s*`, "i");

/**
 * Every aspect mention in a text, in order, overlaps removed (first pattern
 * wins). `mask`: aspectWordMask(text), when the caller has it already.
 */
export function aspectMentions(text: string, mask = keywordMask(text)): AspectMention[] {
  const found: AspectMention[] = [];
  // most texts asked about name no aspect at all: one scan for the gate words first
  if (!mask) return found;
  for (let i = 0; i < PATTERNS.length; i++) {
    const p = PATTERNS[i]!;
    if (!needsMet(NEED_MASKS[i]!, mask) || (p.literal && !p.literal.test(text))) continue;
    p.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = p.re.exec(text))) {
      if (m[0].length === 0) {
        p.re.lastIndex++;
        continue;
      }
      // the staff/services patterns may eat a leading determiner: point at the word itself
      const lead = p.aspects[0] === "Staff" || p.aspects[0] === "Services" ? (LEADING_WORD.exec(m[0])?.[0].length ?? 0) : 0;
      const start = m.index + lead;
      const end = m.index + m[0].length;
      if (found.some((f) => start < f.end && end > f.start)) continue;
      found.push({ aspects: [...p.aspects], start, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** A domain (a group heading of aspects), never an aspect itself: "Organisational delivery", "Case supervision". */
export const DOMAIN_LABEL = new RegExp(lean(String.raw`^\s*(?:\d{1,2}\.?\s+)?(?:organi[sz]ational\s{1,3}delivery|case\s{1,3}supervision|court\s{1,3}disposals|service\s{1,3}delivery|domain(?:\s{1,3}(?:one|two|three|\d))?)\s*$`), "i");

/** The canonical name for a short aspect label ("Staffing", "1.2 Leadership", "Court work"), or null. */
export function canonicalAspect(label: string): string | null {
  const l = label
    .replace(/^\s*(?:\d{1,2}(?:\.\d{1,2}){0,2}\.?|[a-z]\)|[ivx]{1,4}\.)\s+/i, "")
    .replace(/[*_]+/g, "")
    .trim();
  if (!l || l.length > 90) return null;
  const ms = aspectMentions(l);
  if (ms.length !== 1 && !sameOneAspect(ms)) return null;
  const m = ms[0]!;
  // the label must be mostly the aspect itself ("Leadership", "Quality of assessment"), not a sentence
  let outside = l.slice(0, m.start);
  for (let i = 1; i < ms.length; i++) outside += l.slice(ms[i - 1]!.end, ms[i]!.start);
  const rest = (outside + l.slice(ms[ms.length - 1]!.end)).replace(/\b(?:the|its|of|and|work|quality|service|services|standard|for|in|with|to|people|individuals)\b/gi, "").replace(/[^A-Za-z]+/g, "");
  if (rest.length > 25) return null;
  return m.aspects.length === 1 ? m.aspects[0]! : null;
}

/** Several names of one aspect, each alone ("Unpaid work / Community Payback"): the label names that aspect once. */
function sameOneAspect(ms: readonly AspectMention[]): boolean {
  if (ms.length < 2) return false;
  const a = ms[0]!.aspects;
  return a.length === 1 && ms.every((m) => m.aspects.length === 1 && m.aspects[0] === a[0]);
}

/** The aspects a label names, groups expanded ("Case supervision" -> four). */
export function aspectsOfLabel(label: string): string[] | null {
  const one = canonicalAspect(label);
  if (one) return [one];
  const ms = aspectMentions(label);
  if (ms.length === 1 && ms[0]!.aspects.length > 1) return ms[0]!.aspects;
  if (ms.length > 1) return labelList(label, ms) ?? (label.endsWith(")") ? groupWithMembers(label) : null);
  return null;
}

/** A label, then its members in brackets: "… (assessment, planning, …)". */
const BRACKETED_TAIL = /^([^()]{3,90}?)\s{0,3}\(([^()]{3,120})\)$/;

/**
 * A group named then its members listed in brackets ("All four areas of
 * case supervision (assessment, planning, implementation & delivery,
 * reviewing)", "Case supervision (assessment, planning, …)"): the group's
 * aspects, when the list names only members of it (a domain's name takes
 * the list's); null otherwise.
 */
function groupWithMembers(label: string): string[] | null {
  const m = BRACKETED_TAIL.exec(label.trim());
  if (!m) return null;
  const members = aspectsOfLabel(m[2]!.trim());
  if (!members || members.length < 2) return null;
  const head = m[1]!.trim();
  const group = aspectsOfLabel(head);
  if (group) return members.every((a) => group.includes(a)) ? group : null;
  return DOMAIN_LABEL.test(head) ? members : null;
}

/** Between two names of a label's list: a comma, "and", or both ("Assessment, planning and reviewing"). */
const LABEL_LIST_GAP = /^\s{0,3}(?:,\s{0,3}(?:and\s{1,3})?|and\s{1,3})$/i;
/** After a label's list: nothing, or what the names are of ("... and reviewing of cases"). */
const LABEL_LIST_TAIL = /^(?:\s{1,3}(?:of|in)\s{1,3}(?:the\s{1,3})?(?:cases|casework|case\s{1,3}work))?\s{0,3}$/i;

/**
 * A label that is nothing but a list of aspect names ("Planning and
 * reviewing", "Assessment, planning, implementation and delivery, and
 * reviewing of cases"): its aspects in order; null when any other word
 * comes before, between or after them.
 */
function labelList(label: string, ms: readonly AspectMention[]): string[] | null {
  const l = label.replace(/[*_]+/g, "");
  if (l.length !== label.length || l.length > 120 || ms[0]!.start !== 0) return null;
  for (let i = 1; i < ms.length; i++) if (!LABEL_LIST_GAP.test(l.slice(ms[i - 1]!.end, ms[i]!.start))) return null;
  if (!LABEL_LIST_TAIL.test(l.slice(ms[ms.length - 1]!.end))) return null;
  const out: string[] = [];
  for (const m of ms) for (const a of m.aspects) if (!out.includes(a)) out.push(a);
  return out;
}

/** Words that point back to an aspect named just before ("rated this element as ..."). */
export const REFERENT = new RegExp(lean(String.raw`\b(?:this|that|the\s{1,3}same)\s{1,3}(?:element|area\s{1,3}of\s{1,3}(?:its\s{1,3})?work|area|work|aspect|service|strand|part\s{1,3}of\s{1,3}(?:its|the|their)\s{1,3}work|part\s{1,3}of\s{1,3}the\s{1,3}service|provision|function)\b`), "i");

/** "all four aspects (that we inspect)": a group named only by count, resolved from context. */
export const BARE_GROUP = new RegExp(lean(String.raw`\b(?:all\s{1,3})?(?:four|4)\s{1,3}(?:core\s{1,3})?(?:aspects|domains|areas|elements)\b`), "i");
