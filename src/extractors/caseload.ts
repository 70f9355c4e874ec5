/**
 * caseload: people supervised by the provider (with its qualifier and the
 * date it is given for) and average cases a staff member.
 *
 * "The CRC supervises more than 6,200 low and medium-risk offenders",
 * "The CRC, which looks after about 7,400 offenders",
 * "Merseyside CRC supervised 6,235 individuals as at 30 September 2019",
 * "supervised 11,963 people at the time of the inspection in March 2019",
 * "staff managed an average of 64 cases each". Only figures about
 * `provider` count: national totals ("Approximately 224,000 people ...
 * across England and Wales") and other providers' figures are left to
 * `figures`. The most precise statement wins (an exact figure with its date
 * beats "more than 6,200"). One candidate is returned: the whole object.
 */
import type { Block, Doc, Sentence } from "../segment/types.js";
import type { ProviderType } from "../schema/record.js";
import type { Context, Extractor, Found } from "./types.js";
import { found, spanOf } from "./types.js";
import { formatDate, monthIndex, MONTH, parseStatedDate, YEAR, yearForMonth } from "./lib/dates.js";
import { distinctiveNameWords, isGenericNameWord, nameWordKey, nameWordsOf } from "./lib/provider-names.js";
import { fromOthersSurvey, lean, NUM, numberOf, numFlagsOf, partTeamsPlace, QUAL, qualifierOf, sentenceMayHaveNum, type Qualifier } from "./lib/numbers.js";

/** What the people supervised are called. */
export const PEOPLE = String.raw`(?:people|persons|offenders|individuals|adults|children|young\s{1,2}people|service\s{1,2}users|men|women|clients|probationers|boys|girls|youngsters|young\s{1,2}offenders|people\s{1,2}on\s{1,2}probation)`;
const MODIFIERS = String.raw`(?:\s{1,3}[\w'’-]{1,25}){0,5}?`;
// The long patterns are built with lean() (cheap to compile) and run only
// on the sentences that pass a cheap test first.
const ACTIVE = new RegExp(
  lean(
    String.raw`\b(?:supervis(?:es|ed|ing)|manag(?:es|ed|ing)|oversees|oversaw|look(?:s|ed|ing)\s{1,3}after|work(?:s|ed|ing)?\s{1,3}with|(?:(?:is|was|are|were)\s{1,3}(?:currently\s{1,3})?)?responsible\s{1,3}for(?:\s{1,3}(?:managing|supervising))?|(?:ha[sd]|with)\s{1,3}a\s{1,3}caseload\s{1,3}of)\s{1,3}(?:(?:currently|a\s{1,2}caseload\s{1,2}of|a\s{1,2}total\s{1,2}of)\s{1,3})?(?:(${QUAL})\s{1,3})?(${NUM})(?:(${MODIFIERS})\s{1,3}(${PEOPLE})|\s{1,3}of\s{1,3}them)\b`,
  ),
  "gi",
);
/** Words ACTIVE and PASSIVE cannot match without: cheap tests before the costly patterns. */
const ACTIVE_WORD = /supervis(?:es|ed|ing)\s|manag(?:es|ed|ing)\s|overs(?:ee|aw)|look(?:s|ed|ing)\s{1,3}after\s|work(?:s|ed|ing)?\s{1,3}with\s|responsible\s{1,3}for\s|caseload\s{1,3}of\s/i;
const PASSIVE_WORD = /(?:supervised|managed)\s{1,3}by\b/i;
/**
 * How far before its ACTIVE_WORD an ACTIVE match can start: "were" 3 spaces
 * "currently" 3 spaces before "responsible for" (19); "with a caseload of"
 * starts 11 before "caseload". Every other verb starts the match.
 */
const ACTIVE_LEAD = 19;
/** the start of every PEOPLE word, after a space */
const PEOPLE_WORD = /\s(?:people|persons|offenders|individuals|adults|children|young|service|men|women|clients|probationers|boys|girls)/i;
const PASSIVE = new RegExp(
  lean(
    String.raw`(?:(${QUAL})\s{1,3})?(${NUM})(${MODIFIERS})\s{1,3}(${PEOPLE})\s{1,3}(?:are|were|is|was)\s{1,3}(?:currently\s{1,3})?(?:being\s{1,3})?(?:supervised|managed)\s{1,3}by\b`,
  ),
  "gi",
);
/**
 * The whole caseload a share is taken of: "Of the 10,962 people supervised
 * by the division on 30 June 2019, more than a quarter were …". Only after
 * "Of the" ("120 people supervised by the CRC went on to reoffend" counts
 * some of them). Its "by" text must name the provider, as PASSIVE's.
 */
const OF_THE_SUPERVISED = new RegExp(
  lean(String.raw`\b[Oo]f\s{1,3}the\s{1,3}(${NUM})(${MODIFIERS})\s{1,3}(${PEOPLE})\s{1,3}(?:(?:currently|being)\s{1,3})?(?:supervised|managed)\s{1,3}by\b`),
  "g",
);

/**
 * "of them" with the people named earlier in the same sentence as those the
 * provider works with: "The team works with children aged 10 to 17 across
 * the county, and was supervising around 90 of them".
 */
const PEOPLE_SERVED = new RegExp(
  lean(String.raw`\b(?:works?|working|worked)\s{1,3}with\s{1,3}(?:all\s{1,3})?${PEOPLE}\b`),
  "i",
);
/**
 * The provider's caseload as a figure the sentence puts it at: "The report
 * puts its caseload at 16,870 as at 31 December 2019", "the division's
 * caseload stood at around 9,100". Not a rate or a count of cases each.
 */
const CASELOAD_AT = new RegExp(
  lean(
    String.raw`\b(?:[Ii]ts|[Tt]he\s{1,3}(?:CRC|[Tt]rust|service|[Dd]ivision|[Rr]egion|PDU|[Uu]nit|YOT|YOS|YJS|[Tt]eam|[Cc]ompany)['’]s)\s{1,3}(?:total\s{1,3}|current\s{1,3})?caseload\s{1,3}(?:at|of|was|is|stood\s{1,3}at)\s{1,3}(?:(${QUAL})\s{1,3})?(${NUM})(?!\s{0,3}(?:%|per\s{0,3}cent|percent|cases|a\s|each|per\s))`,
  ),
  "g",
);
/**
 * The report's account of the provider's caseload, the report the subject:
 * "The report describes a caseload of more than 9,300 people", "inspectors
 * recorded a caseload of about 2,400". A document about one provider's
 * inspection: the caseload is that provider's.
 */
const REPORTED_CASELOAD = new RegExp(
  lean(
    String.raw`\b(?:[Tt]he\s{1,3}(?:inspection\s{1,3})?report|[Ii]nspectors|[Tt]he\s{1,3}inspectorate)\s{1,3}(?:describes|described|gives|gave|records|recorded|cites|cited|notes|noted)\s{1,3}a\s{1,3}(?:total\s{1,3})?caseload\s{1,3}of\s{1,3}(?:(${QUAL})\s{1,3})?(${NUM})(?:\s{1,3}${PEOPLE})?(?!\s{0,3}(?:%|per\s{0,3}cent|percent|cases|a\s|each|per\s))`,
  ),
);
/** What REPORTED_CASELOAD cannot match without */
const REPORTED_WORD = /\sa\s{1,3}(?:total\s{1,3})?caseload\s{1,3}of\s/;
/** What CASELOAD_AT cannot match without */
const CASELOAD_WORD = /s\s{1,3}(?:total\s{1,3}|current\s{1,3})?caseload\s{1,3}(?:at|of|was|is|stood)\s/;

/** "9,460 of them": the people are named in the sentence before */
const OF_THEM = /\sof\s{1,3}them\b/i;
/**
 * A provider described, not named, as the subject of a news story's opening
 * sentence ("A privately owned probation company responsible for …", "A
 * youth offending team that works with …"): the story's own provider.
 */
const LEDE_SUBJECT = new RegExp(
  lean(
    String.raw`^\s{0,3}An?\s{1,3}(?:[\w'’-]{1,20}\s{1,3}){0,4}(?:company|CRC|trust|service|division|region|PDU|unit|team|YOT|YOS|YJS|partnership|provider|firm)\s{0,3}(?:,?\s{0,3}(?:which|that)(?:\s{1,3}(?:is|was))?\s{0,3})?$`,
  ),
  "i",
);
/** words that make the described provider another one */
const NOT_OWN = /\b(?:another|other|neighbouring|nearby|second|similar|different|separate|rival|comparable)\b/i;
/** "responsible for" without "is"/"was" before it: a described subject ("a company responsible for …") */
const BARE_RESPONSIBLE = /^responsible\s/i;
const SENTENCE_END = /[.!?]["'”’]?\s{0,3}$/;

/**
 * A story's opening sentence: the first that opens its block, is written as
 * a sentence (ends with a stop) and runs to a dozen words (a headline, a
 * standfirst without a stop, a byline and a date line are none).
 */
function ledeOf(doc: Doc): Sentence | null {
  const limit = Math.min(doc.sentences.length, 40);
  for (let i = 0; i < limit; i++) {
    const s = doc.sentences[i]!;
    if (i > 0 && doc.sentences[i - 1]!.block === s.block) continue;
    if (doc.blocks[s.block]?.inNotes) return null;
    if (SENTENCE_END.test(s.text) && s.text.split(/\s+/).length >= 12) return s;
  }
  return null;
}

/** Whether the sentence before `s`, in the same block, speaks of people ("… supervises around 106,000 offenders."). */
function peopleBefore(doc: Doc, s: Sentence): boolean {
  const i = doc.sentences.indexOf(s);
  const prev = i > 0 ? doc.sentences[i - 1]! : null;
  return prev !== null && prev.block === s.block && PEOPLE_WORD.test(prev.text);
}

/** What ACTIVE_WORD, PASSIVE_WORD and CASE_WORD all start with: one test for all three. */
const ANY_WORD = /supervis|manag|overs|look|work|respons|case/i;
/** Every AVERAGE pattern needs one of these words: a cheap test before the costly ones. */
const CASE_WORD = /\bcase(?:s|loads?)?\b|\bcase\s{1,2}loads?\b|\bworkloads?\b|\baverage\s{1,3}of\s{1,3}[\w.,]{1,12}\s{1,3}(?:children|young|people|individuals)\b/i;
const AVERAGE: RegExp[] = [
  new RegExp(lean(String.raw`\baverage\s{1,3}(?:caseloads?|workloads?|case\s{1,2}loads?)\s{1,3}(?:of|was|were|is|stood\s{1,3}at|at|were\s{1,3}around|was\s{1,3}around)\s{1,3}(?:(?:around|about|approximately|roughly)\s{1,3})?(${NUM})\b`), "i"),
  new RegExp(lean(String.raw`\b(?:an\s{1,3})?average\s{1,3}of\s{1,3}(${NUM})\s{1,3}cases\b`), "i"),
  new RegExp(lean(String.raw`\b(?:caseloads?|workloads?)\s{1,3}(?:of|averag(?:ed|ing))\s{1,3}(${NUM})\s{1,3}cases\s{1,3}(?:per|each|a)\b`), "i"),
  new RegExp(lean(String.raw`\bon\s{1,3}average\s{1,3}(?:of\s{1,3})?(${NUM})\s{1,3}cases\b`), "i"),
  new RegExp(lean(String.raw`\b(${NUM})\s{1,3}cases\s{1,3}(?:each\s{1,3})?on\s{1,3}average\b`), "i"),
  // "officers are carrying around eighty cases each", "each holding 80 cases", "were holding, on average, 71 cases each"
  new RegExp(lean(String.raw`\b(?:carry(?:ing)?|carried|carries|hold(?:ing|s)?|held|manag(?:ing|es?|ed)|ha(?:ve|d|s)|with)(?:\s{0,3},\s{0,3}on\s{1,3}average\s{0,3},)?\s{1,3}(?:${QUAL}\s{1,3})?(${NUM})\s{1,3}cases\s{1,3}(?:each|apiece|per\s{1,3}(?:officer|practitioner|worker|person|head))\b`), "i"),
  new RegExp(lean(String.raw`\beach\s{1,3}(?:carrying|holding|managing|with|responsible\s{1,3}for)\s{1,3}(?:${QUAL}\s{1,3})?(${NUM})\s{1,3}cases\b`), "i"),
  // "case managers were each working with an average of seven children", "an average of 12 people per officer": people, each staff member's
  new RegExp(lean(String.raw`\beach\s{1,3}(?:working\s{1,3}with|holding|managing|supervising|responsible\s{1,3}for)\s{1,3}(?:an\s{1,3})?average\s{1,3}of\s{1,3}(${NUM})\s{1,3}(?:children|young\s{1,3}people|people|individuals|cases)\b|\baverage\s{1,3}of\s{1,3}(${NUM})\s{1,3}(?:children|young\s{1,3}people|people|individuals)\s{1,3}(?:per|for\s{1,3}each|a)\s{1,3}(?:case\s{1,3}manager|officer|practitioner|worker|member\s{1,3}of\s{1,3}staff)\b`), "i"),
  // "case managers were supervising an average of nine children each": the staff named as the subject, each one's people
  new RegExp(lean(String.raw`\b(?:case\s{1,3}managers|officers|practitioners|(?:case\s{1,3})?workers|staff)\s{1,3}(?:were|are)\s{1,3}(?:each\s{1,3})?(?:supervising|working\s{1,3}with|managing|holding|responsible\s{1,3}for)\s{1,3}an\s{1,3}average\s{1,3}of\s{1,3}(${NUM})\s{1,3}(?:children|young\s{1,3}people|people|individuals|cases)\b`), "i"),
  // "They hold manageable caseloads, averaging nine children each": each staff member's people or cases
  new RegExp(lean(String.raw`\b(?:caseloads?|workloads?)\s{0,3},?\s{1,3}averag(?:ed|ing)\s{1,3}(${NUM})\s{1,3}(?:cases|children|young\s{1,3}people|people|individuals)\s{1,3}(?:each|apiece|per\s{1,3}(?:case\s{1,3}manager|officer|practitioner|worker|member\s{1,3}of\s{1,3}staff|head))\b`), "i"),
  // "caseloads of around 80" (plural: each practitioner's, not the provider's)
  new RegExp(lean(String.raw`\b(?:individual\s{1,3})?caseloads\s{1,3}(?:of|averaging|were|are|stood\s{1,3}at)\s{1,3}(?:${QUAL}\s{1,3})?(${NUM})(?!\s{0,3}(?:%|per\s{0,3}cent|percent|${PEOPLE}))\b`), "i"),
  // "the report puts the average at 58 cases for each responsible officer", "the average was 61 cases per practitioner"
  new RegExp(lean(String.raw`\bthe\s{1,3}average\s{1,3}(?:caseload\s{1,3})?(?:at|was|is|stood\s{1,3}at)\s{1,3}(?:(?:around|about|approximately|roughly|some)\s{1,3})?(${NUM})\s{1,3}cases\s{1,3}(?:each\b|(?:for\s{1,3}each|per|a|an)\s{1,3}(?:[\w-]{1,20}\s{1,3}){0,2}?(?:officers?|practitioners?|workers?|managers?|staff|head)\b)`), "i"),
  // "puts the average caseload of a probation officer in the unit at 48 cases"
  new RegExp(lean(String.raw`\baverage\s{1,3}(?:caseload|workload)\s{1,3}(?:of|for)\s{1,3}(?:an?|each)\s{1,3}(?:[\w-]{1,20}\s{1,3}){0,2}?(?:officer|practitioner|worker|case\s{1,3}manager|member\s{1,3}of\s{1,3}staff)\s{1,3}(?:[\w-]{1,20}\s{1,3}){0,4}?(?:at|was|is|stood\s{1,3}at|of)\s{1,3}(?:(?:around|about|approximately|roughly|some)\s{1,3})?(${NUM})\s{1,3}cases\b`), "i"),
  // "the average caseload in Eastby is now 48 cases per officer": a place's, checked to be the provider's (PLACE_AVERAGE)
  new RegExp(lean(String.raw`\b[Aa]verage\s{1,3}(?:caseload|workload)\s{1,3}(?:in|at|across)\s{1,3}((?:the\s{1,3})?(?:[A-Z][\w'’-]{1,30}\s{1,3}){1,3})(?:is|was|stands\s{1,3}at|stood\s{1,3}at)\s{1,3}(?:now\s{1,3})?(?:(?:around|about|approximately|roughly|some)\s{1,3})?(${NUM})\s{1,3}cases\b`)),
];
/** AVERAGE's pattern that names the place before the number (its first group), the number its second. */
const PLACE_AVERAGE = AVERAGE[AVERAGE.length - 1]!;
/** For each AVERAGE pattern, words it cannot match without (its opening words, or those around the number): most sentences lack them. */
const AVERAGE_NEEDS: RegExp[] = [
  /average\s{1,3}(?:caseloads?|workloads?|case\s{1,2}loads?)\s/i,
  /average\s{1,3}of\s/i,
  /(?:caseloads?|workloads?)\s{1,3}(?:of|averag(?:ed|ing))\s/i,
  /on\s{1,3}average\s/i,
  /cases\s{1,3}(?:each\s{1,3})?on\s{1,3}average/i,
  /cases\s{1,3}(?:each|apiece|per\s)/i,
  /each\s{1,3}(?:carrying|holding|managing|with|responsible\s{1,3}for)\s/i,
  /average\s{1,3}of\s/i,
  /average\s{1,3}of\s/i,
  /(?:caseloads?|workloads?)\s{0,3},?\s{1,3}averag(?:ed|ing)\s/i,
  /caseloads\s{1,3}(?:of|averaging|were|are|stood\s{1,3}at)\s/i,
  /average\s{1,3}(?:caseload\s{1,3})?(?:at|was|is|stood)\s/i,
  /average\s{1,3}(?:caseload|workload)\s{1,3}(?:of|for)\s{1,3}(?:an?|each)\s/i,
  /average\s{1,3}(?:caseload|workload)\s{1,3}(?:in|at|across)\s/i,
];
/** a bound before the number: the largest or smallest caseload, not the average */
const BOUND = /\b(?:up\s{1,3}to|more\s{1,3}than|over|in\s{1,3}excess\s{1,3}of|upwards\s{1,3}of|at\s{1,3}least|above|fewer\s{1,3}than|less\s{1,3}than|under|below)\s{1,3}$/i;
/** Any of AVERAGE_NEEDS: "average", "cases each", "each carrying", "caseloads of"... */
const AVERAGE_ANY = /average|cases\s{1,3}(?:each|apiece|per\s)|each\s{1,3}(?:carrying|holding|managing|with|responsible)|(?:caseloads?|workloads?)\s{1,3}(?:of|averag|were|are|stood)|(?:caseloads?|workloads?)\s{0,3},\s{1,3}averag/i;
const NATIONAL = new RegExp(
  lean(
    String.raw`\b(?:England\s{1,3}(?:and|&)\s{1,3}Wales|nationally|national\s{1,3}(?:average|figure|total|picture|caseload)|across\s{1,3}the\s{1,3}country|across\s{1,3}England|in\s{1,3}England|country-?wide|all\s{1,3}(?:\d{1,2}\s{1,3}|twenty-one\s{1,3})?(?:CRCs|community\s{1,3}rehabilitation\s{1,3}companies|probation\s{1,3}(?:services|regions|trusts))|in\s{1,3}total\s{1,3}across)\b`,
  ),
  "i",
);
/** The one-word kinds of provider after "the", "this" or "its": "the CRC", "this Trust", "its service". */
const KIND_WORD = String.raw`CRC|[Tt]rust|service|[Dd]ivision|[Rr]egion|PDU|[Uu]nit|YOT|YOS|YJS|YJPS|[Tt]eam|[Cc]ompany|[Pp]artnership`;
/** a provider named by its kind ("the CRC", "this Trust", "the service") */
const ANAPHOR = new RegExp(
  lean(
    String.raw`(?:^|,|\b)\s{0,3}(?:[Ii]t|[Tt]hey)\s{1,3}(?:(?:is|was|are|were|has|had|have)\s{1,3}(?:been\s{1,3})?)?$|\b(?:[Tt]h(?:e|is)|[Ii]ts)\s{1,3}(?:${KIND_WORD}|probation\s{1,3}service|youth\s{1,3}(?:justice|offending)\s{1,3}(?:service|team)|organisation)\b|^\s{0,3}(?:[Ii]t|[Tt]hey|Ours)\b|\b(?:which|who)\s{0,3}$`,
  ),
);
/** A provider named by its kind, with no other words for it: "the CRC", "this service". */
const KIND_NAMED = new RegExp(String.raw`\b(?:[Tt]h(?:e|is)|[Ii]ts)\s{1,3}(?:${KIND_WORD})\b`);
/** an organisation named with a provider-type word */
const ORG_NAME = new RegExp(
  lean(
    String.raw`\b([A-Z][\w&'’-]{1,30}(?:[\s,]{1,3}(?:[A-Z][\w&'’-]{0,30}|and|&|of|on|upon|the)){0,8})\s{1,3}(?:CRC|Community\s{1,3}Rehabilitation\s{1,3}Company|Probation\s{1,3}Trust|Trust|PDU|Probation\s{1,3}Delivery\s{1,3}Unit|YOT|YOS|YJS|YJPS|Youth\s{1,3}(?:Justice|Offending)\s{1,3}(?:Service|Team)|[Dd]ivision|[Rr]egion)\b`,
  ),
  "g",
);
/** ORG_NAME for a plain test */
const ORG_NAME_ANY = new RegExp(ORG_NAME.source);
// (with the sentence's opening prepositions: "Across the region" names no organisation)
const STOP = new Set("this in at for and but its their a an it our we they across throughout within".split(" "));

/**
 * A month's name, which ORG_NAME may take in before the kind-word ("At the
 * time of the inspection in September, the YJS was working with …"): no
 * organisation's own word.
 */
const MONTH_NAME = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;

function mentionsProvider(text: string, words: Set<string>): boolean {
  if (!words.size) return false;
  // A name word can only be found where the lower-case text contains it (lower-casing
  // is letter by letter but for a final sigma): a cheap test before the word by word one.
  if (!text.includes("Σ")) {
    const lower = text.toLowerCase();
    let any = false;
    for (const w of words) if (lower.includes(w)) any = true;
    if (!any) return false;
  }
  // the text split into words as the name was ("Côte-Vérte’s": "côte-vérte", "côte", "vérte"), not on ASCII letters only
  for (const w of nameWordsOf(text)) {
    if (words.has(nameWordKey(w))) return true;
    if (w.includes("-")) for (const p of w.split("-")) if (words.has(nameWordKey(p))) return true;
  }
  return false;
}

/**
 * An aside naming what the subject belongs to ("The unit, part of the North
 * East region, was …", "The team, which is part of Wessex CRC, …"): that
 * organisation is the subject's parent, not another provider in its place.
 */
const PART_OF_ASIDE = /,\s{0,3}(?:which\s{1,3}is\s{1,3}|itself\s{1,3})?(?:(?:a\s{1,3})?part|one)\s{1,3}of\s[^,;.]{1,100},/gi;

/**
 * An aside telling how the subject came to be ("The service, which was set up
 * in 2000 when youth offending teams were created across England and Wales,
 * was working with …"): its history, not where the figure is counted.
 */
const FOUNDED_ASIDE = /,\s{0,3}which\s{1,3}(?:was|were)\s{1,3}(?:first\s{1,3})?(?:set\s{1,3}up|created|formed|established|founded|launched)\b[^,;.]{0,120},/gi;

/**
 * The kind-words that name one type of provider only ("the company" is a CRC,
 * "the division" an NPS division): the type each stands for. "The service",
 * "the team", "the trust" or "the unit" may be any.
 */
const KIND_OF_TYPE = /\b(?:[Tt]h(?:e|is)|[Ii]ts)\s{1,3}(CRC|[Cc]ompany|[Dd]ivision|[Rr]egion|PDU|YOT|YOS|YJS|YJPS)\b/g;
const TYPE_OF_KIND: Record<string, ProviderType> = {
  crc: "CRC",
  company: "CRC",
  division: "NPS division",
  region: "Probation region",
  pdu: "PDU",
  yot: "Youth justice service",
  yos: "Youth justice service",
  yjs: "Youth justice service",
  yjps: "Youth justice service",
};

/**
 * The last kind-word of `subjectText` names another type than `type`: a
 * bulletin's second item ("The company, which supervises around 11,000
 * people") is not the division its first item reports.
 */
function otherKind(subjectText: string, type: ProviderType): boolean {
  KIND_OF_TYPE.lastIndex = 0;
  let last: string | undefined;
  let m: RegExpExecArray | null;
  while ((m = KIND_OF_TYPE.exec(subjectText))) last = m[1];
  const t = last === undefined ? undefined : TYPE_OF_KIND[last.toLowerCase()];
  return t !== undefined && t !== type;
}

/** Does a clause's subject text name `provider` (or a kind-word for it, one that fits its `type` when given), and no other provider? */
function aboutProvider(subjectText0: string, words: Set<string>, allowAnaphor: boolean, type?: ProviderType): boolean {
  let subjectText = subjectText0.includes("part of") || subjectText0.includes("one of") ? subjectText0.replace(PART_OF_ASIDE, "") : subjectText0;
  if (subjectText.includes("which")) subjectText = subjectText.replace(FOUNDED_ASIDE, "");
  if (NATIONAL.test(subjectText)) return false;
  ORG_NAME.lastIndex = 0;
  let m: RegExpExecArray | null;
  let other = false;
  while ((m = ORG_NAME.exec(subjectText))) {
    const own = m[1]!.split(/[\s,]+/).filter((w) => !isGenericNameWord(w) && !STOP.has(w.toLowerCase()) && !MONTH_NAME.test(w));
    if (own.length && !mentionsProvider(own.join(" "), words)) other = true;
  }
  if (mentionsProvider(subjectText, words)) return true;
  if (other) return false;
  return allowAnaphor && ANAPHOR.test(subjectText) && !(type !== undefined && otherKind(subjectText, type));
}

/**
 * "we" as the clause's subject, the sentence's first or after an opening
 * phrase ("According to the report we …"), or after "when" at a clause's
 * start ("Inspectors came in May, when we were working with …"); "are" or
 * "were" may come before the verb.
 */
const WE_SUBJECT = /(?:^|^[^,;:]{0,40}?\s|[,;:]\s{0,3}(?:when\s{1,3})?)we\s{1,3}(?:(?:are|were)\s{1,3}(?:currently\s{1,3})?)?$/i;

/**
 * "we supervised roughly 2,900 people", in a paragraph whose sentence before
 * names the provider ("the PDU covers Eastby and …"): the provider's own
 * staff writing. "We" with nothing naming the provider just before (the
 * inspectorate, a national body) is nobody's caseload here.
 */
function weOfProvider(doc: Doc, s: Sentence, subjectText: string, words: Set<string>): boolean {
  if (subjectText.length > 60 || !WE_SUBJECT.test(subjectText) || NATIONAL.test(subjectText)) return false;
  const i = doc.sentences.indexOf(s);
  const prev = i > 0 ? doc.sentences[i - 1]! : null;
  return prev !== null && prev.block === s.block && !NATIONAL.test(prev.text) && mentionsProvider(prev.text, words);
}

/** a verb joined by "and" to the sentence's first one: its subject is the sentence's */
const AND_BEFORE = /(?:,\s{0,3}|\s)and\s{1,3}$/;
/** the sentence's subject, before its first verb ("It is owned by …", "The CRC has …") */
const OPENING_SUBJECT = /^\s{0,3}([^,;:()]{1,80}?)\s{1,3}(?:is|was|are|were|has|had|have)\s/;
/** a relative clause in between: the verb after "and" may be its */
const RELATIVE = /\b(?:which|who|whose|that)\b/i;

/**
 * "It is owned by the Kestrel Partnership, a joint venture between Ashgrove
 * Services and the charity Harnley Trust, and supervises roughly 4,300
 * people": a verb joined by "and" to the sentence's first, whose subject (the
 * provider, or a word for it) is the figure's; the organisations named in
 * between are the first verb's objects. Not after a relative clause ("…
 * Harnley Trust, which runs a hostel and supervises …").
 */
function joinedToOpening(before: string, words: Set<string>, allowAnaphor: boolean, type?: ProviderType): boolean {
  if (before.length > 400 || !AND_BEFORE.test(before)) return false;
  const m = OPENING_SUBJECT.exec(before);
  if (!m || RELATIVE.test(before.slice(m[0].length))) return false;
  return aboutProvider(m[1]!, words, allowAnaphor, type);
}

interface Statement {
  value: number;
  qualifier: Qualifier;
  asOf: string | null;
  sentence: Sentence;
  inNotes: boolean;
}

/** a stated month, with its day and year or not ("31 March 2019", "March", "Sept. 2019"): every date pattern below reads one */
const STATED = String.raw`(?:[0-3]?\d(?:st|nd|rd|th)?\s{1,3})?${MONTH}\.?(?:,?\s{1,3}${YEAR})?`;
/**
 * a month then its day, US style ("September 30", "Sept. 30, 2014"): read
 * only after "as at/of/on" or "on", where a number after a month is its day
 * ("in March 12 cases were …" is no date; "on June 30" is)
 */
const MONTH_DAY = String.raw`${MONTH}\.?\s{1,3}[0-3]?\d(?:st|nd|rd|th)?(?![\d:.,]\d)(?:,?\s{1,3}${YEAR})?`;
/** "according to figures for the end of March", "figures from March 2024": the month the figures are given for */
const FIGURES_FOR = String.raw`(?:figures?|data|numbers)\s{1,3}(?:for|from)(?:\s{1,3}the\s{1,3}end\s{1,3}of)?`;
/** "at 31 December 2013": a bare "at" dates a figure only with a day */
const AT_DAY = String.raw`[0-3]?\d(?:st|nd|rd|th)?\s{1,3}${MONTH}\.?(?:,?\s{1,3}${YEAR})?`;
/** AS_OF's wordings that date a figure even with a present-tense verb (a month "in" or "on" after one is another event's) */
const DATED_WORDING = /\b(?:as\s{1,3}(?:at|of|on)|end\s{1,3}of|(?:figures?|data|numbers)\s{1,3}(?:for|from)|at(?=\s{1,3}[0-3]?\d\D))\s/i;
/** a present-tense verb: the figure is current, not dated by a month after it */
const PRESENT = /^(?:supervises|manages|oversees|works\s{1,3}with|(?:is|are)\s)/i;
const AS_OF = new RegExp(
  lean(
    String.raw`^[^.;]{0,80}?\b(?:(?:as\s{1,3}(?:at|of|on)|on)\s{1,3}(${MONTH_DAY})|(?:as\s{1,3}(?:at|of|on)|at\s{1,3}the\s{1,3}end\s{1,3}of|${FIGURES_FOR}|on|in|during)\s{1,3}(${STATED}|${YEAR}(?:\s{1,3}-\s{1,3}\d\d)?)|at\s{1,3}(${AT_DAY}))\b`,
  ),
  "i",
);
/** "at the time of the inspection", "at the time of their visit" (not of a "last" or "previous" one) */
const TIME_OF_INSPECTION = /\b(?:at|during)\s{1,3}the\s{1,3}time\s{1,3}of\s{1,3}(?:(?:the|our|this|its)\s{1,3}(?:\w{1,15}\s{1,3})?inspection|(?:the|our|their|its)\s{1,3}(?!(?:last|previous|earlier|first)\s)(?:\w{1,15}\s{1,3})?(?:visit|fieldwork))\b/i;
/** "at the start of the inspection": the month the inspection began */
const START_OF_INSPECTION = /\b(?:at|by)\s{1,3}the\s{1,3}(?:start|beginning|outset)\s{1,3}of\s{1,3}(?:the|our|this|its)\s{1,3}(?:\w{1,15}\s{1,3})?inspection\b/i;
/** "at the time" alone, in a document about an inspection, means the inspection */
const AT_THE_TIME = /\bat\s{1,3}the\s{1,3}time\s{0,3}(?:[.;)]|,\s{0,3}(?:and|but|with|of\s{1,3}whom)\b|$)/i;
/**
 * "As at 31 August 2019, X was supervising ...", "On 31 March 2012 the Trust
 * was supervising ...", "At 31 March 2017 the division supervised ...": the
 * date before the figure ("on" and "at" only with a day, at the start of the
 * sentence or clause)
 */
const AS_OF_BEFORE = new RegExp(
  lean(
    String.raw`\b(?:as\s{1,3}(?:at|of|on)|at\s{1,3}the\s{1,3}end\s{1,3}of)\s{1,3}(${STATED}|${YEAR})\b|(?:^|[,;:]\s{0,3})(?:on|at)\s{1,3}((?:[0-3]?\d(?:st|nd|rd|th)?\s{1,3})${MONTH}\.?(?:,?\s{1,3}${YEAR})?)\b`,
  ),
  "i",
);
/**
 * "Inspectors visited the area in September, when the CRC was supervising
 * …", "In March 2019, when the trust supervised …": a date right before a
 * "when" clause whose subject and verb hold the figure (the text before the
 * verb ends with "when" and a short subject)
 */
const WHEN_BEFORE = new RegExp(
  lean(
    String.raw`\b(?:in|during)\s{1,3}(${STATED}|${YEAR})\s{0,3},\s{0,3}when\s{1,3}(?:[\w'’-]{1,30}\s{1,3}){1,5}$`,
  ),
  "i",
);
/** a second month after a date ("in October and November"): a period, not a date */
const AND_MONTH = new RegExp(lean(String.raw`^\s{0,3}(?:-|–|—|to|until|and|&)\s{1,3}(?:[0-3]?\d(?:st|nd|rd|th)?\s{1,3})?${MONTH}\b`), "i");
/** "when inspectors visited", "when we inspected": the time of the inspection */
const WHEN_INSPECTED = new RegExp(
  lean(String.raw`^[^.;]{0,80}?\bwhen\s{1,3}(?:the\s{1,3})?(?:inspectors?|we|they|the\s{1,3}inspection\s{1,3}(?:took\s{1,3}place|happened))(?:\s{1,3}(?:visited|inspected|came(?:\s{1,3}in)?|arrived|were\s{1,3}(?:there|on\s{1,3}site)|(?:carried\s{1,3}out|did|conducted|undertook|completed)\s{1,3}(?:their|the|its|our)\s{1,3}(?:fieldwork|inspection|(?:site\s{1,3})?visits?)))?(?:\s{0,3}(?:[.;,)]|$)|\s{1,3}(?:in|during)\s{1,3}(${STATED})\b)`),
  "i",
);
/**
 * "When the inspectors visited in June, it was responsible for …", "When we
 * inspected, the unit supervised …": a "when" clause opening the sentence,
 * before the figure, dates it (its month, or the inspection's). One month
 * only: the clause must end at its comma.
 */
const WHEN_INSPECTED_BEFORE = new RegExp(
  lean(
    String.raw`^\s{0,3}when\s{1,3}(?:the\s{1,3})?(?:inspectors?|we|they)\s{1,3}(?:visited|inspected|came|arrived)(?:\s{1,3}(?:us|(?:the|our|its)\s{1,3}(?:area|service|unit|team|PDU)))?(?:\s{1,3}(?:in|during)\s{1,3}(${STATED}))?\s{0,3},`,
  ),
  "i",
);
/** "At the time, it was supervising …": the time of the inspection, before the figure */
const AT_THE_TIME_BEFORE = /(?:^|[.;:]\s{0,3})at\s{1,3}the\s{1,3}time\b(?!\s{1,3}of\b)(?!\s{0,3},?\s{0,3}(?:when|that|[0-9]))/i;
const TIME_DATE = new RegExp(
  lean(
    String.raw`\b(?:(?:at|during)\s{1,3}the\s{1,3}time\s{1,3}of|during|at)\s{1,3}(?:the|our|this|its)\s{1,3}(?:\w{1,15}\s{1,3})?inspection,?\s{1,3}(?:in|on)\s{1,3}(${STATED})\b`,
  ),
  "i",
);
/** a footnote's mark right after a figure ("6,912 people,[^2]", "6,912 people [3]"): its label */
const NOTE_MARK = /^\s{0,2}[,;:.]?\s{0,2}\[(\^?[\w-]{1,12})\]/;
/**
 * A footnote that dates the figure it is attached to: "[^2]: As at 31 March
 * 2018, according to …", "[3] Figures as at the end of June 2019." Only a
 * note that opens with an as-at date: a note that opens with any other date
 * tells of another event.
 */
const NOTE_AS_OF = new RegExp(
  lean(
    String.raw`^\s{0,3}:?\s{0,3}(?:(?:figures?|data|caseload|numbers?)\s{1,3}(?:(?:are|is)\s{1,3})?)?(?:(?:as\s{1,3}(?:at|of|on)|correct\s{1,3}(?:as\s{1,3})?(?:at|on))(?:\s{1,3}the\s{1,3}end\s{1,3}of)?|at\s{1,3}the\s{1,3}end\s{1,3}of)\s{1,3}(${STATED}|${YEAR})\b`,
  ),
  "i",
);

/**
 * A later sentence of such a note that dates the figures: "[2] Ministry of
 * Justice (2017) Offender Management Statistics. Caseload figures as at 31
 * March 2017." (the figures named: a note's other sentences tell of its source)
 */
const NOTE_AS_OF_LATER = new RegExp(
  lean(
    String.raw`[.;]\s{1,3}(?:caseload|case\s{1,3}load|figures?|data)(?:\s{1,3}(?:figures?|data))?\s{1,3}(?:(?:are|is)\s{1,3})?(?:as\s{1,3}(?:at|of|on)|correct\s{1,3}(?:as\s{1,3})?(?:at|on))(?:\s{1,3}the\s{1,3}end\s{1,3}of)?\s{1,3}(${STATED}|${YEAR})\b`,
  ),
  "i",
);

/** The as-at date of the footnote marked right after a figure (`after`: the text after it), or null. */
function noteAsOf(doc: Doc, after: string, published: string | null): string | null {
  const m = after.indexOf("[") < 0 ? null : NOTE_MARK.exec(after.slice(0, 24));
  if (!m) return null;
  const mark = `[${m[1]!}]`;
  // the note itself: a block that opens with the same mark
  for (const b of doc.blocks) {
    if (!b.text.startsWith(mark)) continue;
    const d = NOTE_AS_OF.exec(b.text.slice(mark.length, mark.length + 80)) ?? (b.text.includes(" as ") || b.text.includes(" correct ") ? NOTE_AS_OF_LATER.exec(b.text.slice(mark.length, mark.length + 400)) : null);
    if (d) return dateOf(d[1]!, published);
  }
  return null;
}

/** a month and its day at the start of a date ("September 30") */
const MONTH_DAY_START = new RegExp(lean(String.raw`^(${MONTH})\.?\s{1,3}([0-3]?\d)(?:st|nd|rd|th)?$`), "i");
/** a day and month at the start of a date */
const DAY_MONTH = new RegExp(lean(String.raw`^(?:([0-3]?\d)(?:st|nd|rd|th)?\s{1,3})?(${MONTH})`), "i");

function dateOf(raw: string, published: string | null): string | null {
  const s = raw.trim();
  if (/^\d{4}$/.test(s)) return s;
  const stated = parseStatedDate(s);
  if (stated) return stated;
  const md = MONTH_DAY_START.exec(s);
  const m = md ? [md[0], md[2], md[1]] : DAY_MONTH.exec(s);
  if (!m) return null;
  const month = monthIndex(m[2]!);
  if (!month) return null;
  const year = yearForMonth(month, published);
  if (year === null) return null;
  return formatDate({ year, month, ...(m[1] ? { day: Number(m[1]) } : {}) });
}

function asOfFor(sentence: string, after: string, ctx: Context, before = "", present = false): string | null {
  const published = ctx.get("dates.published");
  const m = AS_OF.exec(after.slice(0, 200));
  // "supervises about 2,600 people ..., in November last year": a present figure, the month is another event's
  const loose = m !== null && !DATED_WORDING.test(m[0]);
  if (m && !/\bsince\b/i.test(m[0]) && !(loose && present)) {
    // "when inspectors visited in October and November": two months give no one date
    if (AND_MONTH.test(after.slice(m[0].length, m[0].length + 40))) return null;
    const v = dateOf((m[1] ?? m[2] ?? m[3])!, published);
    if (v) return v;
  }
  const b = AS_OF_BEFORE.exec(before.slice(-250)) ?? TIME_DATE.exec(before.slice(-250)) ?? (before.includes("when") ? WHEN_BEFORE.exec(before.slice(-120)) : null);
  if (b) {
    const v = dateOf((b[1] ?? b[2])!, published);
    if (v) return v;
  }
  const whenBefore = before.length < 250 && /^\s{0,3}when\s/i.test(before) ? WHEN_INSPECTED_BEFORE.exec(before.slice(0, 120)) : null;
  if (whenBefore?.[1]) {
    const v = dateOf(whenBefore[1], published);
    if (v) return v;
  }
  const when = WHEN_INSPECTED.exec(after.slice(0, 160));
  // "when inspectors carried out their fieldwork in February 2024": that month (one month only)
  if (when?.[1] && !AND_MONTH.test(after.slice(when[0].length, when[0].length + 40))) {
    const v = dateOf(when[1], published);
    if (v) return v;
  }
  // "was working with 47 children at the start of the inspection": the month it began
  if (after.includes("inspection") && START_OF_INSPECTION.test(after.slice(0, 80))) {
    const start = ctx.get("dates.inspectionStart");
    if (start && start.length >= 7) return start.slice(0, 7);
  }
  if (TIME_OF_INSPECTION.test(sentence) || AT_THE_TIME.test(after.slice(0, 80)) || AT_THE_TIME_BEFORE.test(before.slice(0, 40)) || (when && !when[1]) || (whenBefore && !whenBefore[1])) {
    const start = ctx.get("dates.inspectionStart");
    const end = ctx.get("dates.inspectionEnd");
    if (start && end && start.slice(0, 7) === end.slice(0, 7) && start.length >= 7) return start.slice(0, 7);
  }
  return null;
}

/** "At that time …", "At that point, …" opening the sentence: the time the sentence before told */
const AT_THAT_TIME = /^\s{0,3}at\s{1,3}(?:that|this)\s{1,3}(?:time|point)\b/i;
/** a sentence telling of the inspection's visit ("The inspectorate visited the service in January.") and its month */
const VISITED = /\b(?:inspectors?|(?:the\s{1,3})?inspectorate|we|they)\s{1,3}(?:visited|inspected|(?:carried\s{1,3}out|did|completed)\s{1,3}(?:its|their|the|our)\s{1,3}fieldwork)\b/i;
const VISITED_IN = new RegExp(lean(String.raw`\b(?:in|during)\s{1,3}(${STATED})\b`), "i");

/**
 * "The inspectorate visited the service in January. At that time the YJS was
 * working with 143 children.": a figure dated by "at that time" takes the
 * month of the visit the sentence before tells of (its own, else the
 * inspection's when it began and ended in one month). Nothing where the
 * sentence before tells of anything else (when the team was set up).
 */
function thatTimeOfVisit(doc: Doc, s: Sentence, before: string, ctx: Context): string | null {
  if (before.length >= 250 || !AT_THAT_TIME.test(before)) return null;
  const i = doc.sentences.indexOf(s);
  const prev = i > 0 ? doc.sentences[i - 1]! : null;
  if (prev === null || prev.block !== s.block || !VISITED.test(prev.text)) return null;
  const m = VISITED_IN.exec(prev.text);
  if (m) {
    // "in October and November": two months give no one date
    if (AND_MONTH.test(prev.text.slice(m.index + m[0].length, m.index + m[0].length + 40))) return null;
    return dateOf(m[1]!, ctx.get("dates.published"));
  }
  const start = ctx.get("dates.inspectionStart");
  const end = ctx.get("dates.inspectionEnd");
  return start && end && start.length >= 7 && start.slice(0, 7) === end.slice(0, 7) ? start.slice(0, 7) : null;
}

/**
 * A rounded figure restated precisely just after it: "nearly 7,000 people,
 * or, to be precise, 6,912 as at 30 June", "about 5,000 offenders (4,968
 * at the end of March)", "some 3,000 people - 2,941 to be exact". A
 * precision word ("precisely", "to be exact"), "or" or a bracket must
 * introduce it, and it must lie within a tenth of the rounded figure.
 */
const PRECISELY = String.raw`(?:to\s{1,3}be\s{1,3}(?:precise|exact)|more\s{1,3}precisely|precisely|exactly)`;
/**
 * "…, and the Ministry of Justice figure it relies on is 9,342 as at 30 June":
 * the official figure given after the rounded one (dated: RESTATED_DATE).
 */
const FIGURE_IS = String.raw`,\s{0,3}(?:and|but|while)\s{1,3}the\s{1,3}(?:[\w'’-]{1,25}\s{1,3}){0,5}?(?:figure|number|total|count)(?:\s{1,3}(?:it|they|the\s{1,3}report)\s{1,3}(?:relies|rely|draws|draw|is\s{1,3}based)\s{1,3}on)?\s{1,3}(?:is|was)\s{1,3}`;
const RESTATED = new RegExp(
  lean(
    String.raw`^\s{0,3}(?:${FIGURE_IS}|,\s{0,3}(?:or\s{0,3},?\s{0,3})?(?:${PRECISELY}\s{0,3},?\s{0,3})?|\(\s{0,3}|\s{1,3}[-–—]\s{1,3}|\s{1,3}or\s{1,3}(?:${PRECISELY}\s{0,3},?\s{0,3})?)(\d{1,3}(?:,\d{3}){1,2}|\d{2,7})(?![\d,.]\d|\s{0,3}(?:%|per\s{1,3}cent))`,
  ),
  "i",
);
/** "… 2,941 to be exact": the precision words after the figure */
const PRECISELY_AFTER = new RegExp(lean(String.raw`^\s{1,3}${PRECISELY}\b`), "i");
/** the precision words or an as-at date that make a restated figure one (not "7,000 people, 6,500 of them men") */
const RESTATED_SIGN = /precise|exact|^\s{0,3}\(|^\s{0,3},?\s{0,3}or\b/i;
const RESTATED_DATE = /^\s{1,3}(?:as\s{1,3}(?:at|of|on)|at\s{1,3}the\s{1,3}end\s{1,3}of|on|at)\s{1,3}[0-3]?\d\b/i;

function restated(after: string, rounded: number): { value: number; end: number } | null {
  if (!/^\s{0,3}[,(\-–—o]/.test(after)) return null;
  const m = RESTATED.exec(after.slice(0, 80));
  if (!m) return null;
  const value = Number(m[1]!.replace(/,/g, ""));
  if (!Number.isFinite(value) || value === rounded || Math.abs(value - rounded) > 0.1 * rounded) return null;
  const end = m[0].length;
  const next = after.slice(end, end + 60);
  if (!RESTATED_SIGN.test(m[0]) && !RESTATED_DATE.test(next) && !PRECISELY_AFTER.test(next)) return null;
  return { value, end };
}

/**
 * CASELOAD_AT's figure in sentence `s`: the provider's when the text before
 * it names the provider, or names no other organisation and the sentence
 * before, in the same block, names the provider ("NPS Eastby supervises
 * almost 17,000 people … The report puts its caseload at 16,870 as at 31
 * December 2019"). A hundred people at least: a provider's, not a person's.
 */
function caseloadAt(doc: Doc, s: Sentence, ctx: Context, words: () => Set<string>): Statement | null {
  const t = s.text;
  CASELOAD_AT.lastIndex = 0;
  const m = CASELOAD_AT.exec(t);
  if (!m) return null;
  const value = numberOf(m[2]!);
  if (value === null || value < 100 || NATIONAL.test(t)) return null;
  const before = t.slice(Math.max(0, m.index - 250), m.index);
  if (!mentionsProvider(before, words())) {
    if (ORG_NAME_ANY.test(before)) return null;
    const i = doc.sentences.indexOf(s);
    const prev = i > 0 ? doc.sentences[i - 1]! : null;
    if (prev === null || prev.block !== s.block || NATIONAL.test(prev.text) || !mentionsProvider(prev.text, words())) return null;
  }
  const after = t.slice(m.index + m[0].length);
  return {
    value,
    qualifier: qualifierOf(m[1]),
    asOf: asOfFor(t, after, ctx, before, false) ?? noteAsOf(doc, after, ctx.get("dates.published")),
    sentence: s,
    inNotes: doc.blocks[s.block]?.inNotes ?? false,
  };
}

/**
 * REPORTED_CASELOAD's figure in sentence `s` (a hundred people at least, no
 * national figure in the sentence), or the exact one restated after it.
 */
function reportedCaseload(doc: Doc, s: Sentence, ctx: Context): Statement | null {
  const t = s.text;
  const m = REPORTED_CASELOAD.exec(t);
  if (!m) return null;
  const value = numberOf(m[2]!);
  if (value === null || value < 100 || NATIONAL.test(t)) return null;
  const before = t.slice(Math.max(0, m.index - 250), m.index);
  const after = t.slice(m.index + m[0].length);
  const qualifier = qualifierOf(m[1]);
  const exact = qualifier !== "exact" ? restated(after, value) : null;
  // (the date is read after the exact figure when it is restated)
  const rest = exact ? after.slice(exact.end) : after;
  return {
    value: exact?.value ?? value,
    qualifier: exact ? "exact" : qualifier,
    asOf: asOfFor(t, rest, ctx, before, false) ?? noteAsOf(doc, rest, ctx.get("dates.published")),
    sentence: s,
    inNotes: doc.blocks[s.block]?.inNotes ?? false,
  };
}

/**
 * A correction notice's account of the figure it corrects: "An earlier
 * version said the CRC supervised 4,700 offenders", "the number …, which was
 * wrongly given as 4,700". A figure after it in the same clause is the wrong one.
 */
const SUPERSEDED = new RegExp(
  lean(String.raw`\b(?:an?\s{1,3}(?:earlier|previous)\s{1,3}version(?:\s{1,3}of\s{1,3}(?:this|the)\s{1,3}(?:article|story|report|piece))?\s{1,3}(?:said|stated|reported|gave)|originally\s{1,3}(?:said|stated|reported|gave)|(?:incorrectly|wrongly|mistakenly)\s{1,3}(?:said|stated|reported|gave|given)|(?:was|were)\s{1,3}(?:originally\s{1,3})?given\s{1,3}as)\b[^;]{0,200}$`),
  "i",
);
const SUPERSEDED_GATE = /version|originally|incorrectly|wrongly|mistakenly|given\s{1,3}as/i;

function statements(doc: Doc, sentences: Sentence[], ctx: Context, words: () => Set<string>, allowAnaphor: boolean): Statement[] {
  const out: Statement[] = [];
  let lede: Sentence | null | undefined;
  const type = ctx.get("provider")?.type;
  for (const s of sentences) {
    const t = s.text;
    const activeAt = ACTIVE_WORD.exec(t)?.index ?? -1;
    const active = activeAt >= 0;
    const passive = PASSIVE_WORD.test(t);
    if (CASELOAD_WORD.test(t)) {
      const c = caseloadAt(doc, s, ctx, words);
      if (c) {
        out.push(c);
        continue;
      }
    }
    if (REPORTED_WORD.test(t)) {
      const c = reportedCaseload(doc, s, ctx);
      if (c) {
        out.push(c);
        continue;
      }
    }
    // both also need a word for people ("of them": ACTIVE only, with the people named just before)
    if ((!active && !passive) || (!PEOPLE_WORD.test(t) && !(active && OF_THEM.test(t)))) continue;
    const inNotes = doc.blocks[s.block]?.inNotes ?? false;
    // no ACTIVE match starts before ACTIVE_LEAD characters ahead of the first ACTIVE_WORD (each holds one): the start of the sentence is not scanned
    ACTIVE.lastIndex = Math.max(0, activeAt - ACTIVE_LEAD);
    let m: RegExpExecArray | null;
    while (active && (m = ACTIVE.exec(t))) {
      const value = numberOf(m[2]!);
      if (value === null || value < 10) continue;
      // the cheaper test first: a national figure is never the provider's
      if (NATIONAL.test(t.slice(m.index, m.index + m[0].length + 60))) continue;
      const subjectText = t.slice(Math.max(0, m.index - 250), m.index);
      // "An earlier version said the CRC supervised 4,700 offenders; the correct figure is …": the wrong figure
      if (SUPERSEDED_GATE.test(subjectText) && SUPERSEDED.test(subjectText)) continue;
      if (m[4] === undefined && !peopleBefore(doc, s) && !PEOPLE_SERVED.test(t.slice(Math.max(0, m.index - 200), m.index))) continue;
      // "looks after" is said of carers and charities too: only the provider named, or by its kind ("The CRC, which looks after …")
      if ((m[0][0] === "l" || m[0][0] === "L") && !KIND_NAMED.test(subjectText.slice(-120)) && !aboutProvider(subjectText, words(), false)) continue;
      if (BARE_RESPONSIBLE.test(m[0])) {
        // a described subject: the provider named, or the story's opening sentence describing it
        const described = s === (lede ??= ledeOf(doc)) && LEDE_SUBJECT.test(subjectText) && !NOT_OWN.test(subjectText);
        if (!described && !aboutProvider(subjectText, words(), false)) continue;
      } else if (
        !aboutProvider(subjectText, words(), allowAnaphor, type) &&
        !(allowAnaphor && weOfProvider(doc, s, subjectText, words())) &&
        !joinedToOpening(t.slice(0, m.index), words(), allowAnaphor, type)
      )
        continue;
      const after = t.slice(m.index + m[0].length);
      const qualifier = qualifierOf(m[1]);
      const exact = qualifier !== "exact" ? restated(after, value) : null;
      if (exact) {
        // "nearly 7,000 people, or, to be precise, 6,912 as at 30 June": the precise figure, dated by what follows it
        const rest = after.slice(exact.end);
        const asOf = asOfFor(t, rest, ctx, subjectText, false) ?? noteAsOf(doc, rest, ctx.get("dates.published"));
        out.push({ value: exact.value, qualifier: "exact", asOf, sentence: s, inNotes });
        break;
      }
      const asOf = asOfFor(t, after, ctx, subjectText, PRESENT.test(m[0])) ?? noteAsOf(doc, after, ctx.get("dates.published")) ?? thatTimeOfVisit(doc, s, subjectText, ctx);
      out.push({ value, qualifier, asOf, sentence: s, inNotes });
      break;
    }
    PASSIVE.lastIndex = 0;
    while (passive && (m = PASSIVE.exec(t))) {
      const value = numberOf(m[2]!);
      if (value === null || value < 10) continue;
      const byText = t.slice(m.index + m[0].length, m.index + m[0].length + 120);
      const by = /^\s{1,3}([^,;.]{1,120})/.exec(byText)?.[1] ?? "";
      if (!aboutProvider(by, words(), allowAnaphor) || NATIONAL.test(t)) continue;
      const after = t.slice(m.index + m[0].length);
      out.push({ value, qualifier: qualifierOf(m[1]), asOf: asOfFor(t, after, ctx) ?? noteAsOf(doc, after, ctx.get("dates.published")), sentence: s, inNotes });
      break;
    }
    OF_THE_SUPERVISED.lastIndex = 0;
    while (passive && (t.includes("Of the") || t.includes("of the")) && (m = OF_THE_SUPERVISED.exec(t))) {
      const value = numberOf(m[1]!);
      if (value === null || value < 100) continue;
      const byText = t.slice(m.index + m[0].length, m.index + m[0].length + 120);
      const by = /^\s{1,3}([^,;.]{1,120})/.exec(byText)?.[1] ?? "";
      if (!aboutProvider(by, words(), allowAnaphor, type) || NATIONAL.test(t)) continue;
      const after = t.slice(m.index + m[0].length);
      out.push({ value, qualifier: "exact", asOf: asOfFor(t, after, ctx) ?? noteAsOf(doc, after, ctx.get("dates.published")), sentence: s, inNotes });
      break;
    }
  }
  return out;
}

/**
 * A table's column of people supervised: "People supervised (31 March
 * 2022)", "Caseload at 30 June 2019", "Number of people on probation". Not
 * an average caseload, nor cases inspected or sampled.
 */
const CASELOAD_HEAD = new RegExp(
  lean(String.raw`\b(?:(?:people|persons|individuals|offenders|children|service\s{1,3}users)\s{1,3}(?:supervised|managed|on\s{1,3}(?:the\s{1,3})?(?:caseload|books|probation))|cases\s{1,3}(?:supervised|managed)|caseload|case\s{1,3}load)\b`),
  "i",
);
const NOT_CASELOAD_HEAD = /\b(?:average|per|each|inspected|sampled|examined|read|change|rate)\b|%/i;
/** a cell that is only a whole number ("6,940", "2415") */
const NUMBER_CELL = /^\s{0,3}(\d{1,3}(?:,\d{3}){1,2}|\d{2,7})\s{0,3}$/;

/**
 * Whether a table row's label names the provider and nothing else: a
 * provider's word, and no other capitalised word but generic ones ("Marram
 * Coast region (overall)" for the Marram Coast region; not "North Marram
 * PDU", not "Total").
 */
function ownRow(label: string, words: Set<string>): boolean {
  if (NATIONAL.test(label)) return false;
  let own = false;
  for (const w of nameWordsOf(label)) {
    const key = nameWordKey(w);
    if (words.has(key)) own = true;
    else if (/^[A-Z]/.test(w) && !isGenericNameWord(w) && !STOP.has(key)) return false;
  }
  return own;
}

/**
 * The provider's row of a table with a people-supervised column: its number
 * there, exact, dated by the column's heading when it holds a date ("People
 * supervised (31 March 2022)"). Several such rows that disagree: none.
 */
function tableStatements(doc: Doc, words: () => Set<string>, published: string | null): Statement[] {
  const out: Statement[] = [];
  const blocks = doc.blocks;
  for (let i = 0; i < blocks.length; i++) {
    const head = blocks[i]!;
    // a table's first row, its heading
    if (head.kind !== "table-row" || !head.cells || (i > 0 && blocks[i - 1]!.kind === "table-row")) continue;
    const col = head.cells.findIndex((c) => c.length <= 120 && CASELOAD_HEAD.test(c) && !NOT_CASELOAD_HEAD.test(c));
    if (col <= 0) continue;
    const asOf = parseStatedDate(head.cells[col]!);
    for (let j = i + 1; j < blocks.length && blocks[j]!.kind === "table-row"; j++) {
      const row = blocks[j]!;
      const cell = row.cells?.[col];
      const m = cell === undefined ? null : NUMBER_CELL.exec(cell);
      if (!m || !ownRow(row.cells![0]!, words())) continue;
      const value = Number(m[1]!.replace(/,/g, ""));
      if (value < 10) continue;
      out.push(exactInBlock(doc, row, value, asOf, published));
    }
  }
  return out.length > 1 && out.some((s) => s.value !== out[0]!.value) ? [] : out.slice(0, 1);
}

/**
 * A sentence that opens as a caseload heading and lists units with their
 * figures after a colon: "Caseloads as at 30 September 2022 (source:
 * HMPPS): Eastby PDU 3,412; Westby PDU 2,987; Northby PDU 4,106." The
 * provider's own entry (its name and nothing else's, as ownRow), exact,
 * dated by the heading.
 */
const LIST_HEAD = new RegExp(
  lean(
    String.raw`^\s{0,3}(?:caseloads?|case\s{1,3}loads?|(?:the\s{1,3})?(?:numbers?\s{1,3}of\s{1,3})?(?:people|persons|individuals|offenders|children)\s{1,3}(?:supervised|on\s{1,3}(?:the\s{1,3})?(?:caseload|probation)))\b([^:]{0,160}):\s`,
  ),
  "i",
);
/** one entry of such a list: a name, then its number ("Eastby PDU 3,412", "Westby PDU: 2,987", "Northby PDU – 4,106") */
const LIST_ENTRY = /^\s{0,3}([A-Z][^;:\d]{1,80}?)\s{0,3}[:–—-]?\s{1,3}(\d{1,3}(?:,\d{3}){1,2}|\d{2,7})\s{0,3}\.?\s{0,3}$/;

function listStatements(doc: Doc, sentences: Sentence[], words: () => Set<string>, published: string | null): Statement[] {
  const out: Statement[] = [];
  for (const s of sentences) {
    const c = s.text.charCodeAt(0) | 32;
    // caseload, people, persons, individuals, offenders, children, the, numbers
    if (c !== 99 && c !== 112 && c !== 105 && c !== 111 && c !== 116 && c !== 110) continue;
    if (!s.text.includes(":") || !s.text.includes(";")) continue;
    // (without its brackets: "(source: HMPPS)" is no list)
    const t = s.text.includes("(") ? s.text.replace(/\([^()]{0,120}\)/g, "") : s.text;
    const h = LIST_HEAD.exec(t);
    if (!h || NOT_CASELOAD_HEAD.test(h[1]!) || NATIONAL.test(h[1]!)) continue;
    const entries = t.slice(h[0].length).split(";");
    for (const e of entries) {
      const m = LIST_ENTRY.exec(e);
      if (!m || !ownRow(m[1]!, words())) continue;
      const value = Number(m[2]!.replace(/,/g, ""));
      if (value < 10) continue;
      const asOf = parseStatedDate(h[1]!);
      out.push({ value, qualifier: "exact", asOf: asOf && published && asOf > published ? null : asOf, sentence: s, inNotes: doc.blocks[s.block]?.inNotes ?? false });
      break;
    }
  }
  return out;
}

/**
 * A fact box's line: a caseload label, a colon, the number, and at most its
 * date ("Offenders supervised: 4,312 (as at 31 March 2012)", "People on
 * probation: 2,950").
 */
const FACT_LINE = /^\s{0,3}([^:\d]{3,60}|[^:\d]{3,40}\s(?:as\s{1,3})?(?:at|of|on)\s{1,3}[^:]{4,30}):\s{0,3}(\d{1,3}(?:,\d{3}){1,2}|\d{2,7})(?![\d,.]\d|\s{0,3}(?:%|per\s{1,3}cent))([^:]{0,60})$/i;
/** A date ending a fact box's label ("Cases supervised at 31 March 2017", "Caseload as at June 2019"): its words after "at". */
const LABEL_DATE = /\s(?:as\s{1,3})?(?:at|of|on)\s{1,3}([^:\d]{0,20}\d[^:]{0,30})$/i;
/** What may follow a fact box's number: nothing, or its date ("(as at 31 March 2012)", "at 30 June 2019"). */
const FACT_REST = /^\s{0,3}(?:[.;]\s{0,3})?$|^\s{0,3}\(?\s{0,3}(?:(?:as\s{1,3})?(?:at|of|on)\s{1,3})[^()]{4,40}\)?\s{0,3}\.?\s{0,3}$/i;

/**
 * An exact caseload read from block `b` (a table row, a fact line), with its
 * sentence (the block as one when the segmenter made none), dated `asOf`
 * unless that date is after publication.
 */
function exactInBlock(doc: Doc, b: Block, value: number, asOf: string | null, published: string | null): Statement {
  const sentence = doc.sentences.find((s) => s.block === b.index) ?? { text: b.text, start: b.start, end: b.end, block: b.index };
  return { value, qualifier: "exact", asOf: asOf && published && asOf > published ? null : asOf, sentence, inNotes: b.inNotes };
}

/**
 * A fact box about the provider: a list under a heading (or lead-in) that
 * names it and nothing else ("Marram Trust in numbers"), one of whose items
 * gives its caseload as FACT_LINE does. Exact, dated by the date after the
 * number when there is one.
 */
function factBoxStatements(doc: Doc, words: () => Set<string>, published: string | null): Statement[] {
  const out: Statement[] = [];
  const boxes: { head: Block; items: readonly Block[] }[] = [];
  for (const list of doc.lists) {
    if (list.items.length < 2 || list.items.length > 12) continue;
    const head = list.heading && (!list.leadIn || list.leadIn === list.heading) ? list.heading : list.leadIn;
    if (head) boxes.push({ head, items: list.items });
  }
  boxes.push(...factLineRuns(doc));
  for (const { head, items } of boxes) {
    if (head.text.length > 80 || head.text.trimEnd().endsWith(".")) continue;
    for (const item of items) {
      const t = item.text;
      if (t.length > 160 || !t.includes(":")) continue;
      const m = FACT_LINE.exec(t);
      if (!m || !CASELOAD_HEAD.test(m[1]!) || NOT_CASELOAD_HEAD.test(m[1]!) || NATIONAL.test(m[1]!) || !FACT_REST.test(m[3]!)) continue;
      // a date in the label ("Cases supervised at 31 March 2017: 9,382"), or after the number
      const labelDate = LABEL_DATE.exec(m[1]!);
      if (labelDate && m[3]!.trim()) continue;
      if (!ownRow(head.text, words())) break;
      const value = Number(m[2]!.replace(/,/g, ""));
      if (value < 10) continue;
      const asOf = labelDate ? parseStatedDate(labelDate[1]!) : m[3]!.trim() ? parseStatedDate(m[3]!) : null;
      if (labelDate && !asOf) continue;
      out.push(exactInBlock(doc, item, value, asOf, published));
      break;
    }
  }
  return out.length > 1 && out.some((s) => s.value !== out[0]!.value) ? [] : out.slice(0, 1);
}

/** A fact line as a paragraph of its own: a short label, a colon, a short value, no full stop ("Offices: 7", "Previous inspection: October 2015"). */
const FACT_PARAGRAPH = /^[^:.]{3,60}:\s{0,3}[^:.]{1,40}$/;

/**
 * A fact box written as paragraphs, not a list (a page's definition list
 * read line by line): a heading, then at least two fact lines straight
 * after it ("NPS Ashby at a glance" / "Cases supervised at 31 March 2017:
 * 9,382" / "Offices: 7"). The heading and its lines, as a list's.
 */
function factLineRuns(doc: Doc): { head: Block; items: Block[] }[] {
  const out: { head: Block; items: Block[] }[] = [];
  const blocks = doc.blocks;
  for (let i = 0; i + 2 < blocks.length; i++) {
    const head = blocks[i]!;
    // (a heading, then a fact line: "…: 9,382" is the cheap test before the run is read)
    if (head.kind !== "heading" || !blocks[i + 1]!.text.includes(":")) continue;
    const items: Block[] = [];
    for (let j = i + 1; j < blocks.length && items.length < 12; j++) {
      const b = blocks[j]!;
      if (b.kind !== "paragraph" || b.text.length > 100 || !b.text.includes(":") || !FACT_PARAGRAPH.test(b.text)) break;
      items.push(b);
    }
    if (items.length >= 2) out.push({ head, items });
  }
  return out;
}

/**
 * A fact file's title set as a line of its own, naming the provider:
 * "FACT FILE: ANYTOWN CRC", "Key facts – Anytown CRC", "At a glance: Anytown PDU".
 */
const FACT_FILE_TITLE = /^\s{0,3}(?:fact\s{0,2}file|fact\s{0,2}box|key\s{1,3}facts|at\s{1,3}a\s{1,3}glance)\s{0,3}[:–—-]\s{0,3}([^:]{3,80})$/i;
/** One of a fact file's lines: a short label, a colon ("Owner: …", "Caseload: …"). */
const FACT_FILE_LINE = /^\s{0,3}[\p{Lu}][\p{L}'’ -]{1,30}:\s/u;
/**
 * A fact file's caseload line: the label, the number, its people and its date
 * in brackets, the source after it ("Caseload: 7,412 people (as at 31 March
 * 2018, Ministry of Justice figures)"). Nothing after it but the next fact
 * line, run on where the lines were joined ("… figures) Owner: …").
 */
const FACT_FILE_CASELOAD = new RegExp(
  lean(
    String.raw`^\s{0,3}([^:\d]{3,40}):\s{0,3}(\d{1,3}(?:,\d{3}){1,2}|\d{2,7})(?![\d,.]\d|\s{0,3}(?:%|per\s{1,3}cent))(?:\s{1,3}${PEOPLE})?(?:\s{0,3}\(\s{0,3}(?:as\s{1,3})?(?:at|of|on)\s{1,3}([^()]{4,80})\))?\s{0,3}\.?(?=\s{0,3}$|\s{1,3}[A-Z][\w'’ -]{1,30}:\s)`,
  ),
);

/**
 * A fact file under a title line that names the provider (FACT_FILE_TITLE),
 * its lines paragraphs of their own: its caseload line (FACT_FILE_CASELOAD),
 * exact, dated by the date in its brackets.
 */
function factFileStatements(doc: Doc, words: () => Set<string>, published: string | null): Statement[] {
  const blocks = doc.blocks;
  for (let i = 0; i + 1 < blocks.length; i++) {
    const head = blocks[i]!;
    if (head.text.length > 100 || (head.kind !== "paragraph" && head.kind !== "heading")) continue;
    if (!/fact|glance/i.test(head.text)) continue;
    const title = FACT_FILE_TITLE.exec(head.text);
    if (!title || !ownRow(title[1]!.trim(), words())) continue;
    for (let j = i + 1; j < Math.min(blocks.length, i + 9); j++) {
      const b = blocks[j]!;
      if (b.kind !== "paragraph" || b.text.length > 240 || !FACT_FILE_LINE.test(b.text)) break;
      const m = FACT_FILE_CASELOAD.exec(b.text);
      if (!m || !CASELOAD_HEAD.test(m[1]!) || NOT_CASELOAD_HEAD.test(m[1]!) || NATIONAL.test(m[1]!)) continue;
      const value = Number(m[2]!.replace(/,/g, ""));
      if (value < 10) continue;
      const asOf = m[3] ? parseStatedDate(m[3]) : null;
      return [exactInBlock(doc, b, value, asOf, published)];
    }
  }
  return [];
}

function averageCases(doc: Doc, sentences: Sentence[], words: () => Set<string>): { value: number; sentence: Sentence } | null {
  for (const s of sentences) {
    if (!CASE_WORD.test(s.text) || !AVERAGE_ANY.test(s.text)) continue;
    const possible = AVERAGE.filter((_, i) => AVERAGE_NEEDS[i]!.test(s.text));
    if (!possible.length || NATIONAL.test(s.text)) continue;
    for (const re of possible) {
      const m = re.exec(s.text);
      if (!m) continue;
      // the place named must be the provider's ("in Eastby", not a neighbour's)
      if (re === PLACE_AVERAGE && !mentionsProvider(m[1]!, words())) continue;
      const num = re === PLACE_AVERAGE ? m[2]! : (m[1] ?? m[2])!;
      const value = numberOf(num);
      if (value === null || value <= 0 || value > 1000) continue;
      // "caseloads of up to 130", "holding more than 70 cases each": a bound, not an average
      if (BOUND.test(m[0].slice(0, m[0].lastIndexOf(num)))) continue;
      // another provider's staff (the cheaper test first)
      if (ORG_NAME_ANY.test(s.text.slice(0, m.index)) && !aboutProvider(s.text.slice(0, m.index), words(), true)) continue;
      // another party's survey of its members ("Respondents reported holding an average of 63 cases each")
      if (fromOthersSurvey(doc, s)) break;
      // the staff of one part of the provider ("in the Ashby teams, where officers held an average of 41 cases each"):
      // not the provider's average, unless that part is named as the provider is
      const part = partTeamsPlace(s.text);
      if (part !== null && !mentionsProvider(part, words())) break;
      return { value, sentence: s };
    }
  }
  return null;
}

function precision(s: Statement): number {
  return (s.qualifier === "exact" ? 4 : 0) + (s.asOf ? 2 + s.asOf.length / 10 : 0);
}

export const caseload: Extractor = {
  id: "caseload",
  fields: ["caseload"],
  extract(doc: Doc, ctx: Context): Found[] {
    const provider = ctx.get("provider");
    const subject = ctx.get("subject");
    if (!provider && subject !== "provider-inspection") return [];
    if (subject === "thematic" || subject === "annual-report") return [];
    // the provider's name words, only worked out once a statement needs them
    let names: Set<string> | undefined;
    const words = () => (names ??= distinctiveNameWords(provider));
    // two cheap tests pick the sentences either search needs: one of their words, and a number
    const numFlags = numFlagsOf(doc);
    // (the number first: dates-inspection has already scanned nearly every sentence for one)
    const sentences = doc.sentences.filter((s, i) => s.text.length <= 1200 && sentenceMayHaveNum(doc, i, numFlags) && ANY_WORD.test(s.text));
    const found_ = statements(doc, sentences, ctx, words, true);
    // a note listing units with their caseloads: the provider's entry
    found_.push(...listStatements(doc, sentences, words, ctx.get("dates.published")));
    // a fact box about the provider (a list, or fact lines as paragraphs under a heading): its caseload line
    found_.push(...factBoxStatements(doc, words, ctx.get("dates.published")));
    // a fact file under a title line naming the provider ("FACT FILE: ANYTOWN CRC"), one line a paragraph
    found_.push(...factFileStatements(doc, words, ctx.get("dates.published")));
    // a table of units with their caseloads: the provider's row
    if (doc.blocks.some((b) => b.kind === "table-row")) found_.push(...tableStatements(doc, words, ctx.get("dates.published")));
    const avg = averageCases(doc, sentences, words);
    if (!found_.length && !avg) return [];
    let best = [...found_].sort((a, b) => precision(b) - precision(a) || a.sentence.start - b.sentence.start)[0];
    if (best) {
      const b = best;
      // equally precise statements that disagree: too doubtful to choose
      const rival = found_.find((s) => precision(s) === precision(b) && Math.abs(s.value - b.value) > 0.1 * Math.max(s.value, b.value));
      if (rival) {
        ctx.message(`caseload: ${b.value} and ${rival.value} people supervised are both stated`, { start: rival.sentence.start, end: rival.sentence.end });
        best = undefined;
      }
    }
    if (!best && !avg) return [];
    const where = best?.sentence ?? avg!.sentence;
    const value = {
      peopleSupervised: best?.value ?? null,
      peopleSupervisedQualifier: best ? best.qualifier : null,
      peopleSupervisedAsOf: best?.asOf ?? null,
      averageCasesPerStaff: avg?.value ?? null,
    };
    return [found("caseload", value, spanOf(doc, where.start, where.end), { rank: best ? precision(best) : 0 })];
  },
};
