/**
 * People's names in attributions and contact lines.
 *
 * Names are given without honorifics or titles ("Dame Glenys Stacey" ->
 * "Glenys Stacey", "Martin Jones CBE" -> "Martin Jones"); a short form
 * ("Mr Russell", "Dame Glenys") is resolved to the full name the document
 * gives elsewhere. Nothing here knows any particular person: names are found
 * from their shape (capitalised words after a title, an honorific or before
 * a role) only.
 */


/** `s` without any of `chars` at its end (a linear-time stand-in for /[…]+$/). */
export function trimEndOf(s: string, chars: string): string {
  let e = s.length;
  while (e > 0 && chars.includes(s[e - 1]!)) e--;
  return s.slice(0, e);
}

/** `s` without any of `chars` at its start. */
export function trimStartOf(s: string, chars: string): string {
  let b = 0;
  while (b < s.length && chars.includes(s[b]!)) b++;
  return s.slice(b);
}
/** Honorifics and forms of address, lower case, without dots. */
const HONORIFICS = new Set([
  "mr", "mrs", "ms", "miss", "mx", "dr", "dame", "sir", "lord", "lady", "baroness", "baron", "professor", "prof",
  "cllr", "councillor", "rev", "revd", "reverend", "rt", "hon", "honourable", "right",
]);
/** Honorifics used with a first name ("Dame Glenys", "Sir Martin"). */
const FIRST_NAME_HONORIFICS = new Set(["dame", "sir"]);

/** Letters after a name (only when written in capitals). */
const POST_NOMINALS = new Set([
  "CBE", "OBE", "MBE", "KBE", "DBE", "BEM", "KC", "QC", "MP", "MSP", "MLA", "JP", "DL", "PHD", "PhD", "FRSA", "CB", "KCB", "CVO", "LVO",
]);

/**
 * Capitalised words that belong to titles, organisations or sentence
 * openings rather than to a person's name. Lower case.
 */
const NOT_NAME = new Set([
  // titles and roles
  "chief", "inspector", "inspectors", "inspectorate", "director", "directors", "head", "deputy", "assistant", "interim", "acting",
  "executive", "officer", "manager", "minister", "secretary", "chair", "chairman", "chairwoman", "chairperson", "leader",
  "member", "spokesperson", "spokesman", "spokeswoman", "governor", "commissioner", "president", "vice", "lead", "coordinator",
  "operations", "communications", "probation", "prisons", "prison", "justice", "services", "service", "council", "crime",
  "police", "constabulary", "constabularies", "fire", "rescue", "education", "inspection", "inspections", "hm", "her", "his", "majesty's", "majesty’s", "cabinet", "portfolio", "holder", "strategic", "regional", "national",
  "general", "senior", "principal", "team", "area", "divisional", "youth", "offending", "ministry", "department", "state", "home",
  "office", "board", "trust", "company", "community", "rehabilitation", "shadow", "mayor", "county", "city", "borough", "district",
  "health", "children's", "children’s", "social", "care", "adult", "adults", "safeguarding", "partnership", "public", "protection",
  "policy", "quality", "performance", "victims", "group", "unit", "agency", "authority", "committee", "association", "union",
  "former", "new", "previous", "founder", "editor", "correspondent", "reporter", "trustee", "adviser", "advisor", "superintendent",
  "constable", "sergeant", "detective", "commander", "solicitor", "barrister", "judge", "mp", "ceo", "press", "media",
  "centre", "foundation", "charity", "society", "network", "government", "unitary", "limited", "ltd", "plc", "delivery",
  "unit", "region", "division", "england", "wales", "scotland", "britain", "uk", "british", "english", "welsh",
  // sentence openings and function words
  "the", "a", "an", "and", "but", "also", "however", "meanwhile", "today", "yesterday", "tomorrow", "now", "then", "speaking",
  "commenting", "responding", "reacting", "in", "on", "at", "as", "this", "that", "these", "those", "she", "he", "it", "they", "we",
  "there", "here", "our", "their", "its", "earlier", "later", "last", "next", "when", "while", "after", "before", "for", "of",
  "with", "from", "by", "to", "if", "so", "said", "says", "added", "welcoming", "publishing", "following", "according",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may",
  "june", "july", "august", "september", "october", "november", "december", "mrs", "mr",
]);

/** Words that make a phrase a role. */
export const ROLE_WORD =
  /\b(?:inspector|director|head|chief|executive|officer|manager|minister|secretary|chair(?:man|woman|person)?|leader|member|spokes(?:person|man|woman)|governor|commissioner|president|lead|co-?ordinator|councillor|mayor|MP|clerk|founder|CEO|lecturer|professor|researcher|campaigner|deputy|superintendent|constable|commander|solicitor|barrister|judge|editor|correspondent|trustee|advis[eo]r|practitioner|worker|press office|press officer|communications|media|portfolio holder)s?\b/i;

const NAME_TOKEN = /^[A-Z\u00C0-\u00DE][\p{L}'’-]{0,30}$/u;

export interface NameParse {
  /** the full name as far as written, without honorifics or letters after it */
  name: string;
  /** tokens of the name */
  tokens: string[];
  /** the honorific before it, lower case, when any */
  honorific: string | null;
  /** offsets of the whole mention (honorific to letters after) in the parsed string */
  start: number;
  end: number;
}

interface Tok {
  text: string;
  start: number;
  end: number;
}

function tokens(s: string): Tok[] {
  const out: Tok[] = [];
  const re = /[^\s,;:()“”"]+|[,;:()“”"]/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) && out.length < 400) out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

function bare(t: string): string {
  return trimEndOf(t, ".’'").replace(/[’']s$/, "");
}

function isHonorific(t: string): boolean {
  return HONORIFICS.has(t.replace(/\.$/, "").toLowerCase());
}

const PARTICLES = new Set(["de", "da", "di", "du", "van", "von", "der", "den", "le", "la", "ter", "bin", "al"]);

const POSSESSIVE = /[’']s\.?$/;

export function isNameToken(t: string, last = false): boolean {
  if (PARTICLES.has(t)) return true;
  // the last word of a name may carry a possessive: "Justin Russell’s report"
  const b = (last ? t.replace(POSSESSIVE, "") : t).replace(/[.]$/, "");
  if (!NAME_TOKEN.test(b)) return false;
  if (/^[A-Z]{2,}$/.test(b) && b.length > 1) return false; // an acronym: CRC, NPS
  if (/[’']s$/.test(b)) return false; // a possessive: "Merseyside’s"
  return !NOT_NAME.has(b.toLowerCase());
}

/**
 * People named in a string: each run of capitalised words is read as
 * [title words] [honorific] Name Name [letters]. A single word counts only
 * after an honorific ("Mr Russell").
 */
export function namesIn(s: string): NameParse[] {
  const toks = tokens(s);
  const out: NameParse[] = [];
  let i = 0;
  while (i < toks.length) {
    // a run of capitalised tokens (an honorific, a name word, a title word)
    if (!/^[A-Z\u00C0-\u00DE]/u.test(toks[i]!.text)) {
      i++;
      continue;
    }
    let j = i;
    const capital = (k: number) => k < toks.length && /^[A-Z\u00C0-\u00DE]/u.test(toks[k]!.text);
    // a name particle between capitalised words: "Sarah de Souza", "Jan van der Berg"
    const particle = (k: number) => k > i && k < toks.length && PARTICLES.has(toks[k]!.text) && (capital(k + 1) || (PARTICLES.has(toks[k + 1]?.text ?? "") && capital(k + 2)));
    while (j < toks.length && (capital(j) || particle(j)) && j - i < 12) {
      j++;
      if (POSSESSIVE.test(toks[j - 1]!.text)) break; // a possessive ends the name
    }
    const run = toks.slice(i, j);
    // letters after the name
    let end = run.length;
    while (end > 0 && POST_NOMINALS.has(run[end - 1]!.text.replace(/[.,]$/, ""))) end--;
    // the last honorific in the run
    let h = -1;
    for (let k = end - 1; k >= 0; k--) {
      if (isHonorific(run[k]!.text)) {
        // "Rt Hon", "Right Honourable": take the first of a chain
        h = k;
        while (h > 0 && isHonorific(run[h - 1]!.text)) h--;
        break;
      }
    }
    let nameToks: Tok[] = [];
    let honorific: string | null = null;
    let mentionStart = -1;
    if (h >= 0) {
      let k = h;
      while (k < end && isHonorific(run[k]!.text)) k++;
      const after = run.slice(k, end);
      let n = 0;
      while (n < after.length && n < 4 && isNameToken(after[n]!.text, n === after.length - 1)) n++;
      if (n > 0) {
        nameToks = after.slice(0, n);
        honorific = bare(run[k - 1]!.text).toLowerCase();
        mentionStart = run[h]!.start;
        end = k + n;
      }
    }
    if (!nameToks.length) {
      // trailing name words after any title words
      let k = end;
      while (k > 0 && isNameToken(run[k - 1]!.text, k === end)) k--;
      while (k < end && PARTICLES.has(run[k]!.text)) k++;
      const first = k;
      let n = end - k;
      if (run.slice(k, end).filter((t) => !PARTICLES.has(t.text)).length >= 4) {
        k = end - 2;
        while (k > first + 1 && PARTICLES.has(run[k - 1]!.text)) k--;
        if (PARTICLES.has(run[k]!.text)) k--;
        n = end - k;
      }
      if (n >= 2) {
        nameToks = run.slice(k, end);
        mentionStart = run[k]!.start;
      }
    }
    if (nameToks.length) {
      const names = nameToks.map((t) => trimEndOf(t.text, ".’'").replace(/[’']s$/, ""));
      let endTok = run.indexOf(nameToks[nameToks.length - 1]!) + 1;
      while (endTok < run.length && POST_NOMINALS.has(run[endTok]!.text.replace(/[.,]$/, ""))) endTok++;
      out.push({ name: names.join(" "), tokens: names, honorific, start: mentionStart, end: run[endTok - 1]!.end });
    }
    i = j;
  }
  return out;
}

/** "Dame Glenys Stacey" -> "Glenys Stacey"; "Martin Jones CBE" -> "Martin Jones"; null when no name. */
export function cleanName(s: string): string | null {
  const n = namesIn(s)[0];
  return n ? n.name : null;
}

/** Every full (two-or-more-word) name written in a text, in order, with where it stands. */
export function fullNamesIn(text: string): { name: string; tokens: string[]; at: number }[] {
  const out: { name: string; tokens: string[]; at: number }[] = [];
  // cut the text into sentences' worth of pieces so runs stay short
  const re = /[^.!?\n]{1,600}/g;
  let m: RegExpExecArray | null;
  let guard = 0;
  while ((m = re.exec(text)) && guard++ < 20_000) {
    for (const n of namesIn(m[0])) {
      if (n.tokens.length >= 2) out.push({ name: n.name, tokens: n.tokens, at: m.index + n.start });
    }
  }
  return out;
}

/**
 * The full name a short form stands for: "Russell" (from "Mr Russell") ->
 * "Justin Russell"; "Glenys" (from "Dame Glenys") -> "Glenys Stacey". The
 * nearest full name before `at` wins, else the first after it; null when the
 * document gives none.
 */
export function resolveShortName(
  short: string,
  honorific: string | null,
  known: { name: string; tokens: string[]; at: number }[],
  at: number,
): string | null {
  const byLast = known.filter((k) => k.tokens[k.tokens.length - 1] === short);
  const byFirst = honorific && FIRST_NAME_HONORIFICS.has(honorific) ? known.filter((k) => k.tokens[0] === short) : [];
  const pool = byLast.length ? byLast : byFirst;
  if (!pool.length) return null;
  const before = pool.filter((k) => k.at < at);
  return (before.length ? before[before.length - 1]! : pool[0]!).name;
}

/** Fold white space and trim the punctuation a role picks up from its sentence. */
export function cleanRole(s: string): string | null {
  let r = s.replace(/\s+/g, " ").trim();
  r = trimEndOf(trimStartOf(r, ",;:–—- "), ",;:–—-").trim();
  if (!/^the\s+[\p{L}-]+[’']s\s/iu.test(r)) r = r.replace(/^(?:the|a|an|and|its|their|our)\s+/i, "");
  // "Westshire Council’s cabinet member for children" -> the role without its organisation
  r = r.replace(/^(?!The\s)[A-Z][\p{L}-]{0,30}(?:\s+(?:[A-Z][\p{L}-]{0,30}|&|of|and)){0,6}[’']s\s+(?=[a-z])/u, "");
  // "Director of Operations, at Merseyside CRC" -> the role without the place of work
  r = r.replace(/\s+(?:at|from|with)\s+[^,]{1,80}$/i, "").trim();
  if (!r || r.length > 120 || !ROLE_WORD.test(r)) return null;
  // a clause about the person, not their title: "told the paper’s editor", "who leads the team"
  if (/^(?:told|tells|was|is|has|had|have|were|are|said|says|added|speaking|spoke|who|which|when|while|gave|made|wrote|writes|described|called|visited|met|praised|warned)\b/i.test(r)) return null;
  if (r.split(/\s+/).length > 14) return null;
  return r;
}
