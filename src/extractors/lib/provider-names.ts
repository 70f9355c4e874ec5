/**
 * Provider mentions: every place in a text where a probation or youth justice
 * provider is named, with its type and the place phrase that names it, and
 * the standard full name and short name built from them.
 *
 * Types and the keywords that mark them:
 * - CRC: "X Community Rehabilitation Company" (also written "Centre" or
 *   "Council"), "X CRC", an acronym defined in brackets ("(DLNR CRC)").
 * - Probation Trust: "X Probation Trust".
 * - NPS division: "X division of the National Probation Service", "NPS X",
 *   "X NPS", "the National Probation Service's X division".
 * - Probation region: "Probation Service – X region", "X region of the
 *   Probation Service", "X probation region".
 * - PDU: "X Probation Delivery Unit", "X PDU".
 * - Youth justice service: "X Youth Offending Team/Service", "X Youth Justice
 *   (and Prevention) Service", "X YOT/YOS/YJS/YJPS".
 */
import type { ProviderType } from "../../schema/record.js";
import { placeAfter, placeAnd, placeBefore, placeKey, type Place } from "./places.js";

export interface Mention {
  start: number;
  end: number;
  type: ProviderType;
  place: Place;
  /** a short form as written here ("Merseyside CRC", "NPS North West", "Leeds YOT") */
  short: string | null;
  /** youth services: the long form as written ("Youth Justice and Prevention Service") */
  long: string | null;
  /** an acronym this mention defines in brackets ("DLNR" from "(DLNR CRC)") */
  alias: string | null;
  /** the short form is an acronym defined in brackets ("(BeNCH CRC)"): the usual short name */
  defined?: boolean;
  /** the type keyword is written with capitals (a proper name, not "Leeds youth justice team") */
  capital?: boolean;
  /** the short form is built from "(CRC)", "(PDU)", "(YJS)" after a full name, not written out */
  constructed?: boolean;
  /** only a back-reference ("the North West division"): counts for an already named provider */
  weak?: boolean;
}

const YOUTH_ABBR: Record<string, string> = {
  YOT: "Youth Offending Team",
  YOS: "Youth Offending Service",
  YJS: "Youth Justice Service",
  YJPS: "Youth Justice and Prevention Service",
  YOP: "Youth Offending Partnership",
};

function titleCase(s: string): string {
  return s
    .split(/\s+/)
    .map((w) => (/^(?:and|of|the)$/i.test(w) ? w.toLowerCase() : w.charAt(0).toUpperCase() + w.slice(1).toLowerCase()))
    .join(" ");
}

/** A bracket right after `pos`: "(CRC)", "(DLNR CRC)", "(YJS)". */
function bracketAfter(text: string, pos: number): { inner: string; end: number } | null {
  const m = /^[ \t]{0,3}\(([^()\n]{1,40})\)/.exec(text.slice(pos, pos + 50));
  return m ? { inner: m[1]!.trim(), end: pos + m[0].length } : null;
}

function push(out: Mention[], m: Mention | null): void {
  if (m && m.place.text.length >= 3) out.push(m);
}

/** Every provider mention in `text`, in document order, overlapping ones merged (the longest kept). */
export function findMentions(text: string): Mention[] {
  const out: Mention[] = [];
  let m: RegExpExecArray | null;

  // CRC, full form
  const crcFull = /\bCommunity Rehabilitation (?:Company|Centre|Center|Council)(?![A-Za-z])/gi;
  while ((m = crcFull.exec(text)) !== null) {
    const place = placeBefore(text, m.index);
    if (!place) continue;
    let end = m.index + m[0].length;
    let short: string | null = null;
    let alias: string | null = null;
    let defined = false;
    let constructed = false;
    const br = bracketAfter(text, end);
    if (br) {
      if (/^CRC$/i.test(br.inner)) {
        short = `${place.text} CRC`;
        constructed = true;
        end = br.end;
      } else {
        const a = /^([A-Za-z&]{2,12})(?:[ -]?CRC)?$/.exec(br.inner);
        if (a && /[A-Z].*[A-Z]/.test(a[1]!)) {
          alias = a[1]!;
          short = /CRC$/.test(br.inner) ? br.inner : null;
          defined = short !== null;
          end = br.end;
        }
      }
    }
    push(out, { start: place.start, end, type: "CRC", place, short, long: null, alias, defined, constructed });
  }
  // CRC, short form
  const crcShort = /(?<![A-Za-z(])CRC(?![A-Za-z])/g;
  while ((m = crcShort.exec(text)) !== null) {
    const place = placeBefore(text, m.index);
    if (!place) continue;
    let end = m.index + 3;
    let short = `${place.text} CRC`;
    let alias: string | null = null;
    const br = bracketAfter(text, end);
    const a = br ? /^([A-Za-z&]{2,12})[ -]?CRC$/.exec(br.inner) : null;
    if (br && a && /[A-Z].*[A-Z]/.test(a[1]!)) {
      alias = a[1]!;
      short = br.inner;
      end = br.end;
    }
    push(out, { start: place.start, end, type: "CRC", place, short, long: null, alias, defined: alias !== null });
  }
  // Probation Trust
  const trust = /\bProbation Trust(?![A-Za-z])/gi;
  while ((m = trust.exec(text)) !== null) {
    const place = placeBefore(text, m.index);
    if (!place) continue;
    push(out, { start: place.start, end: m.index + m[0].length, type: "Probation Trust", place, short: null, long: null, alias: null });
  }
  // PDU
  const pduFull = /\bProbation Delivery Unit(?![A-Za-z])/gi;
  while ((m = pduFull.exec(text)) !== null) {
    const place = placeBefore(text, m.index);
    if (!place) continue;
    let end = m.index + m[0].length;
    let short: string | null = null;
    const br = bracketAfter(text, end);
    if (br && /^PDU$/i.test(br.inner)) {
      short = `${place.text} PDU`;
      end = br.end;
    }
    push(out, { start: place.start, end, type: "PDU", place, short, long: null, alias: null, constructed: true });
  }
  const pduShort = /(?<![A-Za-z(])PDU(?![A-Za-z])/g;
  while ((m = pduShort.exec(text)) !== null) {
    const place = placeBefore(text, m.index);
    if (!place) continue;
    push(out, { start: place.start, end: m.index + 3, type: "PDU", place, short: `${place.text} PDU`, long: null, alias: null });
  }
  // Youth justice services
  const youthFull =
    /\bYouth (?:Offending|Justice)(?: and (?:Prevention|Early Help|Family Support|Targeted Support|Support))? (?:Team|Service|Partnership)(?![A-Za-z])/gi;
  while ((m = youthFull.exec(text)) !== null) {
    const place = placeBefore(text, m.index);
    if (!place) continue;
    let end = m.index + m[0].length;
    let short: string | null = null;
    const br = bracketAfter(text, end);
    if (br && /^(?:YOT|YOS|YJS|YJPS|YOP)$/.test(br.inner)) {
      short = `${place.text} ${br.inner}`;
      end = br.end;
    }
    const capital = /^Youth [A-Z]/.test(m[0]);
    const renamed = /\b(?:formerly|previously|former|old|once)\b(?: known as| called| named)?[ \t]*$/i.test(text.slice(Math.max(0, place.start - 30), place.start));
    push(out, { start: place.start, end, type: "Youth justice service", place, short, long: renamed ? null : titleCase(m[0]), alias: null, capital, constructed: true });
  }
  const youthShort = /(?<![A-Za-z(])(YOT|YOS|YJS|YJPS|YOP)(?![A-Za-z])/g;
  while ((m = youthShort.exec(text)) !== null) {
    const place = placeBefore(text, m.index);
    if (!place) continue;
    push(out, {
      start: place.start,
      end: m.index + m[0].length,
      type: "Youth justice service",
      place,
      short: `${place.text} ${m[1]}`,
      long: YOUTH_ABBR[m[1]!] ?? null,
      alias: null,
      capital: true,
    });
  }
  // NPS divisions
  const npsOf = /\b[Dd]ivision of (?:the )?(?:National Probation Service|NPS)(?:\s*\(NPS\))?/g;
  while ((m = npsOf.exec(text)) !== null) {
    const place = placeBefore(text, m.index);
    if (!place) continue;
    push(out, { start: place.start, end: m.index + m[0].length, type: "NPS division", place, short: null, long: null, alias: null });
  }
  const npsThen = /\b(?:National Probation Service|NPS)(?:\s*\(NPS\))?(?:’s|'s)?[ \t]+(in[ \t]+(?:the[ \t]+)?)?/g;
  while ((m = npsThen.exec(text)) !== null) {
    const place = placeAfter(text, m.index + m[0].length);
    if (!place) continue;
    const div = /^[ \t]+[Dd]ivision(?![A-Za-z])/.exec(text.slice(place.end, place.end + 12));
    if (m[1] && !div) continue;
    const end = div ? place.end + div[0].length : place.end;
    const short = /^NPS/.test(m[0]) && !m[1] ? `NPS ${place.text}` : null;
    push(out, { start: m.index, end, type: "NPS division", place, short, long: null, alias: null });
  }
  const npsBefore = /(?<![A-Za-z(])NPS(?![A-Za-z])/g;
  while ((m = npsBefore.exec(text)) !== null) {
    const place = placeBefore(text, m.index);
    if (!place) continue;
    const div = /^[ \t]+[Dd]ivision(?![A-Za-z])/.exec(text.slice(m.index + 3, m.index + 15));
    push(out, {
      start: place.start,
      end: m.index + 3 + (div ? div[0].length : 0),
      type: "NPS division",
      place,
      short: `${place.text} NPS`,
      long: null,
      alias: null,
    });
  }
  const divWeak = /\b[Dd]ivision(?![A-Za-z])/g;
  while ((m = divWeak.exec(text)) !== null) {
    const place = placeBefore(text, m.index);
    if (!place) continue;
    push(out, { start: place.start, end: m.index + m[0].length, type: "NPS division", place, short: null, long: null, alias: null, weak: true });
  }
  // Probation Service regions
  const regAfter = /\bProbation Service(?:’s|'s)?[ \t]*(?:[–—-][ \t]*|in[ \t]+(?:the[ \t]+)?)?/g;
  while ((m = regAfter.exec(text)) !== null) {
    const place = placeAfter(text, m.index + m[0].length);
    if (!place) continue;
    const reg = /^[ \t]+[Rr]egion(?![A-Za-z])/.exec(text.slice(place.end, place.end + 10));
    if (!reg) continue;
    push(out, { start: m.index, end: place.end + reg[0].length, type: "Probation region", place, short: null, long: null, alias: null });
  }
  const regOf = /\b(?:[Pp]robation )?[Rr]egion of (?:the )?Probation Service\b|\b[Pp]robation [Rr]egion(?![A-Za-z])/g;
  while ((m = regOf.exec(text)) !== null) {
    const place = placeBefore(text, m.index);
    if (!place) continue;
    push(out, { start: place.start, end: m.index + m[0].length, type: "Probation region", place, short: null, long: null, alias: null });
  }
  const regWeak = /\b[Rr]egion(?![A-Za-z])/g;
  while ((m = regWeak.exec(text)) !== null) {
    const place = placeBefore(text, m.index);
    if (!place) continue;
    push(out, { start: place.start, end: m.index + m[0].length, type: "Probation region", place, short: null, long: null, alias: null, weak: true });
  }

  // Overlaps: keep the longest (a full form with its bracket beats the short form inside it).
  out.sort((a, b) => a.start - b.start || b.end - a.end || Number(a.weak ?? false) - Number(b.weak ?? false));
  const kept: Mention[] = [];
  for (const x of out) {
    const prev = kept[kept.length - 1];
    if (prev && x.start < prev.end) {
      if (x.end - x.start > prev.end - prev.start && !x.weak) kept[kept.length - 1] = x;
      continue;
    }
    kept.push(x);
  }
  return kept;
}

/** Mentions of an acronym defined earlier ("DLNR CRC", "DLNR"), for the provider that defined it. */
export function aliasMentions(text: string, alias: string, type: ProviderType, place: Place): Mention[] {
  const out: Mention[] = [];
  const esc = alias.replace(/[.*+?^${}()|[\]\\&]/g, "\\$&");
  const re = new RegExp(`(?<![A-Za-z(])${esc}(?:[ -]?CRC)?(?![A-Za-z])`, "g");
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    out.push({ start: m.index, end: m.index + m[0].length, type, place, short: /CRC$/.test(m[0]) ? m[0] : null, long: null, alias: null });
  }
  return out;
}

export function mentionKey(type: ProviderType, place: string): string {
  return `${type}|${placeKey(place)}`;
}

/** The standard full name of a provider of `type` named by `place`. */
export function fullName(type: ProviderType, place: string, long: string | null): string {
  const p = placeAnd(place);
  switch (type) {
    case "CRC":
      return `${p} Community Rehabilitation Company`;
    case "Probation Trust":
      return `${p} Probation Trust`;
    case "PDU":
      return `${p} Probation Delivery Unit`;
    case "Youth justice service":
      return `${p} ${long ?? "Youth Offending Service"}`;
    case "NPS division":
      return `National Probation Service ${p} division`;
    case "Probation region":
      return `Probation Service – ${p} region`;
    default:
      return p;
  }
}

/** The short name used when the document writes none (only where the type has a fixed one). */
export function defaultShort(type: ProviderType, place: string): string | null {
  if (type === "NPS division") return `NPS ${place}`;
  if (type === "Probation region") return `${place} region`;
  if (type === "PDU") return `${place} PDU`;
  return null;
}

/** Words every provider of a type shares: they do not tell one provider from another. */
const GENERIC_NAME_WORDS = new Set(
  ("the of and on upon community rehabilitation company companies probation trust service services youth justice " +
    "offending team delivery unit crc pdu nps national division region regional his her majesty's majesty’s hm hmp " +
    "inspectorate yot yos yjs yjps prevention partnership cluster local area council city county borough").split(" "),
);

export function isGenericNameWord(word: string): boolean {
  return GENERIC_NAME_WORDS.has(word.toLowerCase());
}

/**
 * The lower-case words that pick a provider out in text ("anglia",
 * "merseyside", "tees"), from its name and short name; where it has none
 * ("NPS North West"), the first word of each.
 */
export function distinctiveNameWords(p: { name: string; shortName: string | null } | null): Set<string> {
  const out = new Set<string>();
  if (!p) return out;
  for (const name of [p.name, p.shortName ?? ""]) {
    for (const w of name.split(/[^\p{L}\p{N}'’-]+/u)) {
      for (const piece of [w, ...w.split("-")]) {
        const lw = piece.toLowerCase().replace(/['’]s?$/, "");
        if (lw.length > 2 && !GENERIC_NAME_WORDS.has(lw)) out.add(lw);
      }
    }
  }
  if (!out.size) {
    for (const n of [p.name, p.shortName]) {
      const first = n?.replace(/^(?:the|HMP)\s+/i, "").split(/[\s,]+/)[0];
      if (first && first.length > 2) out.add(first.toLowerCase());
    }
  }
  return out;
}
