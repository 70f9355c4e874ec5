/**
 * Place phrases: the capitalised names before a provider keyword ("Humberside,
 * Lincolnshire & North Yorkshire" CRC), after one ("NPS North West"), and the
 * lists of places a provider is said to cover ("across Liverpool, Knowsley,
 * St Helens, Sefton and Wirral"). Token scans in code, no backtracking regex.
 */

export interface Tok {
  text: string;
  start: number;
  end: number;
}

/** Capitalised words that are never part of a place name. */
const STOP = new Set(
  (
    "The A An This That These Those Its It Their Our Your His Her Hers HM HMI HMIP HMPPS Majesty Majesty’s Majesty's " +
    "Inspectorate Inspectorates Inspection Inspections Inspector Inspectors Chief Interim Probation Service Services " +
    "National Report Reports Today Today’s Today's Yesterday Dame Mr Mrs Ms Miss Dr Sir Lord Lady Cllr Councillor Professor " +
    "In At By For From On Of With Into Within Across Under Over Onto Upon To And Or But However Meanwhile While Whilst " +
    "Although Though Both When Where Why How What Which Who Latest New Local Whole Following After Before Since During As " +
    "Like Unlike Each All Every Neighbouring Former Formerly Previous Current Also Justice Ministry Company Companies " +
    "Community Rehabilitation Trust Trusts Youth Team Teams Unit Units Delivery Division Divisions Region Regions Council " +
    "Councils Centre Center Offending Partnership Partnerships Government Minister Secretary Department Director Head " +
    "Manager Officer Officers Staff Government’s Prison Prisons Court Courts Police Crime Commissioner Said Says Read More " +
    "Share Click See Photo Picture Image Pic Credit Update Updated Published Posted Press Release News Notes Note Editor Editors " +
    "Ends ENDS Key Findings Conclusion Background Overall Outstanding Good Inadequate Requires Requiring Improvement " +
    "Excellent Poor CRC CRCs NPS PDU PDUs YOT YOS YJS YJPS YOTs Probation’s Inspectorate’s Here There Then Now Some Many Most " +
    "Several Other Others Such Only Just Even Still Yet Not No Yes If So Because Whether Despite Against Between Among Amongst " +
    "Throughout Without About Around Near Inside Outside Up Down Out Off Through Via Per Than Plus Including Includes " +
    "January February March April May June July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep " +
    "Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun " +
    "He She They We You I Mr. Mrs. Ms. Dr. St. Under Quality Impact Adult Adults Children Work Standards Standard"
  ).split(/\s+/),
);

/** Words that may precede "of" inside a place name ("Isle of Wight", "Vale of Glamorgan"). */
const OF_HEADS = /^(?:Isle|Vale|City|County|Borough|Forest|Royal|Kingdom|Bishop|Port)$/;
/** Words that may follow "of" inside a place name ("East of England"). */
const OF_TAILS = /^(?:England|Wales|Scotland)$/;

export const COMPASS = /^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Mid)$/;

export function isPlaceWord(w: string): boolean {
  if (!/^[A-Z]/.test(w)) return false;
  if (STOP.has(w)) return false;
  if (/[’']s$/.test(w)) return false; // possessive
  if (w.length >= 2 && /^[A-Z]+$/.test(w)) return false; // acronyms (DLNR, KSS) and shouting headlines
  if (/\d/.test(w)) return false;
  // "Sodexo-owned", "Leeds-based": a lower-case hyphen part other than a linking word
  const parts = w.split("-").slice(1);
  if (parts.some((p) => /^[a-z]/.test(p) && !/^(?:on|in|upon|under|le|la|the|by|sur|en|super)$/.test(p))) return false;
  return true;
}

const TOKEN_RE = /[A-Za-z0-9](?:[A-Za-z0-9-]|[’'](?=[A-Za-z])){0,40}|&|,/g;

export function tokens(text: string, base = 0): Tok[] {
  const out: Tok[] = [];
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text)) !== null) {
    out.push({ text: m[0], start: base + m.index, end: base + m.index + m[0].length });
  }
  return out;
}

/** Only spaces (and single line breaks) between two tokens. */
function joined(text: string, a: Tok, b: Tok, base: number): boolean {
  return /^[ \t\u00a0]*(?:\n[ \t\u00a0]*)?$/.test(text.slice(a.end - base, b.start - base));
}

export interface Place {
  /** as written, spaces folded */
  text: string;
  start: number;
  end: number;
}

function render(toks: Tok[]): string {
  let s = "";
  for (const t of toks) {
    if (t.text === ",") s += ",";
    else s += (s ? " " : "") + t.text;
  }
  return s.trim();
}

/** Drop connectors at the edges, and commas not followed by "and"/"&" (so "In Leeds, Bradford" is "Bradford"). */
function tidy(parts: Tok[]): Tok[] {
  let p = [...parts];
  while (p.length && !isPlaceWord(p[0]!.text)) p.shift();
  while (p.length && !isPlaceWord(p[p.length - 1]!.text)) p.pop();
  const lastComma = p.map((t) => t.text).lastIndexOf(",");
  if (lastComma >= 0) {
    const after = p.slice(lastComma + 1).some((t) => t.text === "and" || t.text === "&");
    if (!after) p = p.slice(lastComma + 1);
  }
  return p;
}

/**
 * The place phrase that ends right before `pos` in `text` (only spaces
 * between), or null. "inspection of Humberside, Lincolnshire & North
 * Yorkshire| CRC" gives "Humberside, Lincolnshire & North Yorkshire".
 */
export function placeBefore(text: string, pos: number): Place | null {
  const lo = Math.max(0, pos - 180);
  const seg = text.slice(lo, pos);
  const toks = tokens(seg, lo);
  if (!toks.length) return null;
  const last = toks[toks.length - 1]!;
  // only spaces before the keyword, or a possessive apostrophe ("Stockton-on-Tees' Youth ...")
  const gap = text.slice(last.end, pos);
  if (!/^[ \t\u00a0]*$/.test(gap) && !(/^[’'][ \t\u00a0]*$/.test(gap) && /s$/.test(last.text))) return null;
  const parts: Tok[] = [];
  for (let i = toks.length - 1; i >= 0; i--) {
    const t = toks[i]!;
    const next = parts[0];
    if (next && !joined(text, t, next, 0)) break;
    if (isPlaceWord(t.text)) {
      parts.unshift(t);
      continue;
    }
    const prev = toks[i - 1];
    if (!parts.length || !prev) break;
    if ((t.text === "and" || t.text === "&" || t.text === ",") && isPlaceWord(prev.text)) {
      parts.unshift(t);
      continue;
    }
    if (t.text === "upon" && isPlaceWord(prev.text)) {
      parts.unshift(t);
      continue;
    }
    if (t.text === "of" && (OF_HEADS.test(prev.text) || OF_TAILS.test(next!.text))) {
      parts.unshift(t);
      continue;
    }
    if (t.text === "the" && prev.text === "and" && next && isPlaceWord(next.text)) {
      parts.unshift(t);
      continue;
    }
    break;
  }
  const p = tidy(parts);
  if (!p.length) return null;
  return { text: render(p), start: p[0]!.start, end: p[p.length - 1]!.end };
}

/**
 * The place phrase that starts at `pos` (after optional spaces), or null.
 * Stops before a non-place word; "North West division" gives "North West".
 */
export function placeAfter(text: string, pos: number, allowComma = false): Place | null {
  const seg = text.slice(pos, pos + 180);
  const toks = tokens(seg, pos);
  if (!toks.length || !/^[ \t\u00a0]*$/.test(text.slice(pos, toks[0]!.start))) return null;
  const parts: Tok[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const prev = parts[parts.length - 1];
    if (prev && !joined(text, prev, t, 0)) break;
    if (isPlaceWord(t.text)) {
      parts.push(t);
      continue;
    }
    const nx = toks[i + 1];
    if (!prev || !nx) break;
    if ((t.text === "and" || t.text === "&" || (allowComma && t.text === ",")) && isPlaceWord(nx.text)) {
      parts.push(t);
      continue;
    }
    if (t.text === "and" && nx.text === "the" && toks[i + 2] && isPlaceWord(toks[i + 2]!.text)) {
      parts.push(t, nx);
      i++;
      continue;
    }
    if (t.text === "upon" && isPlaceWord(nx.text)) {
      parts.push(t);
      continue;
    }
    if (t.text === "of" && (OF_HEADS.test(prev.text) || OF_TAILS.test(nx.text))) {
      parts.push(t);
      continue;
    }
    break;
  }
  const p = tidy(parts);
  if (!p.length) return null;
  return { text: render(p), start: p[0]!.start, end: p[p.length - 1]!.end };
}

/** Words that introduce a place inside a list item and are dropped ("parts of Yorkshire", "the rest of Wiltshire"). */
const ITEM_LEAD = /^(?:the|parts?|of|most|all|much|some|areas?|whole|large|rest|county|city|borough|boroughs|counties|cities)$/i;

const MONTH_TOWN = /^(?:March|May)$/;
const GROUP_ADJ = /^(?:surrounding|nearby|neighbouring|neighboring|market|rural|coastal|outlying|smaller|former|mining|seaside|industrial)$/;
const GROUP_NOUN = /^(?:towns?|villages?|districts?|areas?|boroughs?|cities|communities|council|councils|authorities|local)$/;

/**
 * The number of tokens from `i` of a group phrase ending in "of" before a
 * place ("the surrounding towns of", "the Fenland market towns of"), or 0.
 */
function groupLead(toks: Tok[], i: number): number {
  let j = i;
  if (toks[j]?.text === "the") j++;
  let n = 0;
  while (j < toks.length && n < 3 && (GROUP_ADJ.test(toks[j]!.text) || isPlaceWord(toks[j]!.text))) {
    j++;
    n++;
  }
  let nouns = 0;
  while (j < toks.length && nouns < 2 && GROUP_NOUN.test(toks[j]!.text)) {
    j++;
    nouns++;
  }
  if (!nouns || toks[j]?.text !== "of") return 0;
  const nx = toks[j + 1];
  if (!nx || !isPlaceWord(nx.text)) return 0;
  return j - i + 1;
}

function isAnd(t: Tok): boolean {
  return t.text === "and" || t.text === "&";
}

function placeOf(toks: Tok[]): Place {
  return { text: render(toks), start: toks[0]!.start, end: toks[toks.length - 1]!.end };
}

/**
 * One list item's tokens as places. "West and East Midlands" is two places;
 * with `splitAnd` (the last item of a list) the first other "and" splits too
 * ("West Sussex and Brighton and Hove" -> "West Sussex", "Brighton and Hove";
 * "North and South Tyneside and Northumberland" -> three places).
 */
function expandItem(seg: Tok[], splitAnd: boolean): Tok[][] {
  if (seg.length >= 4 && COMPASS.test(seg[0]!.text) && isAnd(seg[1]!) && COMPASS.test(seg[2]!.text)) {
    const rest = seg.slice(3);
    const k = rest.findIndex(isAnd);
    const noun = k < 0 ? rest : rest.slice(0, k);
    return [[seg[0]!, ...noun], ...expandItem(seg.slice(2), splitAnd)];
  }
  const i = seg.findIndex(isAnd);
  if (!splitAnd || i <= 0 || i === seg.length - 1) return [seg];
  return [seg.slice(0, i), ...expandItem(seg.slice(i + 1), false)];
}

/**
 * A list of places starting at `pos`: "Liverpool, Knowsley, St Helens, Sefton
 * and Wirral", "Lincolnshire and parts of Yorkshire", "Redcar and Cleveland,
 * and Stockton-on-Tees" (an "and" inside a comma-separated item keeps the
 * item whole), "Birmingham, Staffordshire, and the West and East Midlands"
 * (the last expands to "West Midlands", "East Midlands"). [] when no place
 * starts there.
 */
export function placeList(text: string, pos: number): Place[] {
  const seg0 = text.slice(pos, pos + 400);
  const toks = tokens(seg0, pos);
  if (!toks.length || !/^[ \t\u00a0]*$/.test(text.slice(pos, toks[0]!.start))) return [];
  // comma-separated segments of place words and "and"s
  const segs: Tok[][] = [];
  const monthTowns = new Set<Tok>();
  const pw = (x: Tok): boolean => isPlaceWord(x.text) || monthTowns.has(x);
  let cur: Tok[] = [];
  let last: Tok | null = null;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (last && !/^[ \t\u00a0]*(?:\n[ \t\u00a0]*)?$/.test(text.slice(last.end, t.start))) break;
    const nx = toks[i + 1];
    if (isPlaceWord(t.text)) {
      cur.push(t);
      last = t;
      continue;
    }
    if (t.text === ",") {
      if (!cur.some(pw)) break;
      segs.push(cur);
      cur = [];
      last = t;
      continue;
    }
    // "Bolton and the surrounding towns of Farnworth, ...": the group words are not a place
    const lead = isAnd(t) && (cur.length || segs.length) ? groupLead(toks, i + 1) : 0;
    if (lead) {
      if (cur.some(pw)) segs.push(cur);
      cur = [];
      i += lead;
      last = toks[i]!;
      continue;
    }
    // a town that shares a month's name ("Wisbech, March, Chatteris"), only inside a list
    if (MONTH_TOWN.test(t.text) && !cur.length && segs.length && last?.text === "," && nx && (nx.text === "," || isAnd(nx)) && joined(text, t, nx, 0) && isPlaceWord(toks[i + 2]?.text ?? "")) {
      cur.push(t);
      monthTowns.add(t);
      last = t;
      continue;
    }
    if (isAnd(t) && nx && (isPlaceWord(nx.text) || ITEM_LEAD.test(nx.text)) && (cur.length || segs.length)) {
      cur.push(t);
      last = t;
      continue;
    }
    const prev = cur[cur.length - 1];
    if (prev && isPlaceWord(prev.text) && nx && isPlaceWord(nx.text) && (t.text === "upon" || (t.text === "of" && (OF_HEADS.test(prev.text) || OF_TAILS.test(nx.text))))) {
      cur.push(t);
      last = t;
      continue;
    }
    if (ITEM_LEAD.test(t.text) && (!prev || !isPlaceWord(prev.text))) {
      last = t;
      continue;
    }
    break;
  }
  if (cur.some(pw)) segs.push(cur);
  const items: Tok[][] = [];
  segs.forEach((sg, k) => {
    let s = sg;
    const oxford = s.length > 0 && isAnd(s[0]!);
    while (s.length && !pw(s[0]!)) s = s.slice(1);
    while (s.length && !pw(s[s.length - 1]!)) s = s.slice(0, -1);
    if (!s.length) return;
    items.push(...expandItem(s, !(k < segs.length - 1 || (oxford && segs.length > 1))));
  });
  return items.filter((it) => it.length).map(placeOf).filter((p) => !COMPASS.test(p.text));
}

/** Case- and punctuation-folded key of a place phrase ("Humberside, Lincolnshire & North Yorkshire"). */
export function placeKey(s: string): string {
  return s
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[,.’']/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** A place with "&" spelled "and", commas kept ("Humberside, Lincolnshire and North Yorkshire"). */
export function placeAnd(s: string): string {
  return s.replace(/\s*&\s*/g, " and ").replace(/\s+/g, " ").trim();
}
