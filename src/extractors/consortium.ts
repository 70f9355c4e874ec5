/**
 * consortium: the owner or operator of a contracted provider (a CRC) and its members.
 *
 * Name: "run by the Purple Futures consortium", "owned by Sodexo Justice
 * Services", "managed by Seetec", "a CRC run by the same company – the
 * Reducing Reoffending Partnership", "Purple Futures is a consortium ...".
 * An unnamed owner ("owned by a not-for-profit consortium of nine partners")
 * gives nothing. Members: "<name> comprises A (...); B (...) and C", "It
 * comprises: A, B and C" right after a sentence naming it, "a joint venture
 * between A and B" (a list set off by dashes ends at the closing one);
 * bracketed and lower-case descriptions ("the charity X") are dropped. Public bodies (NPS,
 * PDUs, youth services, Probation Trusts) have no consortium.
 */
import type { Doc, Sentence } from "../segment/types.js";
import { found, spanOf, type Context, type Extractor, type Found } from "./types.js";
import { furnitureBlocks } from "./lib/provider-doc.js";
import { foldSpace } from "../blocks/normalise.js";

/** "owned by", "taken over by", "owned since 2015 by", "run from June 2015 by": an owner after it */
const OWNED_BY =
  /\b(?:run|owned|operated|managed|delivered|led|taken\s+over|bought|acquired)\s+(?:(?:since|from|in)\s+(?:[A-Z][a-z]{2,8}\s+)?\d{4}\s+)?by\s+(?:the\s+same\s+(?:company|consortium|organisation|organization|owner|group|provider|firm)\s*[–—,:-]?\s*)?(?:the\s+)?/g;
/** "which the Group has owned", "which the company has run since 2015": an owner the sentence names by a back-reference */
const OWNED_BY_BACKREF = /\bwhich the (?:[Gg]roup|[Cc]ompany) (?:has|have|had) (?:owned|operated|run)\b/;
/** A company's name ending as a company's does ("Ashby Group plc", "Kelby Holdings Ltd"): the subject named by that back-reference */
const OWNER_SUFFIX = /\b(?:plc|PLC|Group|Holdings|Ltd|Limited)$/;
/** The kinds of body a description names before an owner's or member's name ("the private company X", "the charity X"). */
const BODY_KIND = "(?:company|firm|group|charity|consortium|organi[sz]ation|provider|partnership|enterprise|venture|association|business|specialist)";
/** A lower-case description before the owner's name ("owned by the private company X", "run by a charity, X"). */
const OWNER_KIND = new RegExp(String.raw`(?:(?:a|an|the)\s+)?(?:[a-z-]{1,20}\s+){0,2}${BODY_KIND}\s*,?\s+(?:the\s+)?`, "y");
const IS_CONSORTIUM = /\b(?:is|was)\s+(?:a|the)\s+(?:[a-z-]+\s+){0,3}(?:consortium|joint venture|partnership)\b/;
/** The nouns IS_CONSORTIUM needs, as written there (a plain search for each is far cheaper than a regex scan). */
const CONSORTIUM_NOUNS = ["consortium", "joint venture", "partnership"];
/**
 * (Any white space between the words: a wrapped line breaks "members are" as "members\nare".)
 * "a joint venture formed by three organisations: A, B and C": only before a colon.
 */
const COMPRISES = /\b(?:comprises|comprising|is\s+made\s+up\s+of|made\s+up\s+of|consists\s+of|members\s+are|partners\s+are|(?:joint\s+venture|partnership|consortium)\s+between|an?\s+(?:partnership|joint\s+venture|alliance)\s+of|(?:joint\s+venture|partnership|consortium|alliance)\s+(?:formed|set\s+up|created|founded)\s+by(?:\s+(?:two|three|four|five|six|\d)\s+(?:organi[sz]ations|companies|partners|members|bodies|firms))?(?=\s*:))\s*:?\s*/g;

/** `name` in `text`, white space aside (a plain search first: most sentences hold it on one line or not at all). */
function namedIn(text: string, name: string): boolean {
  if (text.includes(name)) return true;
  const sp = name.indexOf(" ");
  return sp > 0 && text.includes(name.slice(0, sp)) && foldSpace(text).includes(name);
}

/**
 * A numbered note broken off mid-sentence at a line's end, read as a list
 * item and paragraphs ("5. X is a consortium whose members" / "are A, B
 * and C."): the sentence joined to the next ones (up to three), each the
 * first of the next block and starting in lower case or with a bracket,
 * while the text so far ends on a word or a comma; else the sentence itself.
 */
function wrappedOn(doc: Doc, ss: readonly Sentence[], i: number): Sentence {
  const s = ss[i]!;
  const b = doc.blocks[s.block]!;
  if (b.kind !== "list-item" || s.end < b.end - 1) return s;
  let out = s;
  for (let k = i + 1; k <= i + 3 && k < ss.length; k++) {
    const next = ss[k]!;
    const nb = doc.blocks[next.block]!;
    if (next.block !== out.block + 1 || nb.kind !== "paragraph" || next.start !== nb.start) break;
    if (!/[\p{L},)]$/u.test(out.text) || !/^[a-z(]/.test(next.text)) break;
    out = { text: out.text + " " + next.text, start: s.start, end: next.end, block: next.block };
    if (next.end < nb.end - 1) break;
  }
  return out;
}

function hasAny(text: string, words: readonly string[]): boolean {
  for (const w of words) if (text.includes(w)) return true;
  return false;
}

/** Text that starts with the provider's own name or short name. */
function namesProvider(after: string, provider: { name: string; shortName: string | null }): boolean {
  const a = after.toLowerCase();
  return [provider.name, provider.shortName].some((p) => !!p && a.startsWith(p.toLowerCase()));
}

/** The provider named as if it were an owner ("services run by X CRC"). */
function isProviderItself(name: string, provider: { name: string; shortName: string | null }): boolean {
  const n = name.toLowerCase().replace(/^the\s+/, "");
  if (/\b(?:community rehabilitation compan(?:y|ies)|crc)\b/.test(n)) return true;
  return [provider.name, provider.shortName].some((p) => p && p.toLowerCase() === n);
}
const NOT_OWNER = /Probation Service|Ministry|Government|Council|Police|Inspectorate|\bNHS\b|HMPPS|\bHM\b|Prison|Court|Trust$/;
const NAME_WORD = /^(?:[A-Z0-9][A-Za-z0-9’'&.-]{0,30})$/;
const NAME_STOP = /^(?:The|A|An|It|Its|In|On|At|For|And|But|CRC|CRCs|NPS)$/;
/** "Community Rehabilitation Company" ends a name; "Rehabilitation Services" is part of one */
const CRC_WORDS = /^(?:Community[ \t]+)?(?:Rehabilitation[ \t]+)?Compan(?:y|ies)\b/;

/** A capitalised name starting at `pos` ("Purple Futures consortium" -> "Purple Futures"). */
function nameAt(text: string, pos: number): { name: string; end: number } | null {
  const seg = text.slice(pos, pos + 120);
  const re = /[^\s,;:()–—"“”]+/g;
  const words: string[] = [];
  let end = pos;
  let m: RegExpExecArray | null;
  while ((m = re.exec(seg)) !== null) {
    const gap = seg.slice(end - pos, m.index);
    if (words.length && !/^[ \t]+$/.test(gap)) break;
    let w = m[0];
    const stop = /[.]$/.test(w) && !/^[A-Z]\.$/.test(w);
    w = w.replace(/[.’']+$/, "").replace(/[’']s$/, "");
    // ("Calderwick Group plc": a company's lower-case "plc" ends its name)
    if (w === "plc" && words.length) {
      words.push(w);
      end = pos + m.index + m[0].length;
      break;
    }
    if (!NAME_WORD.test(w) || (NAME_STOP.test(w) && words.length === 0)) break;
    if (NAME_STOP.test(w)) break;
    if (/^(?:Community|Rehabilitation|Company)$/.test(w) && CRC_WORDS.test(seg.slice(m.index))) break;
    words.push(w);
    end = pos + m.index + m[0].length;
    if (stop || words.length >= 6) break;
  }
  if (!words.length) return null;
  const name = words.join(" ");
  if (NOT_OWNER.test(name)) return null;
  return { name, end };
}

/** The name that ends right before `pos` ("Purple Futures| is a consortium"). */
function nameBefore(text: string, pos: number): string | null {
  const seg = text.slice(Math.max(0, pos - 80), pos);
  const m = /((?:[A-Z0-9][A-Za-z0-9&-]{0,30}[ \t]+){1,5})$/.exec(seg + " ");
  if (!m) return null;
  const words = m[1]!.trim().split(/\s+/);
  while (words.length && NAME_STOP.test(words[0]!)) words.shift();
  const name = words.join(" ");
  return name && !NOT_OWNER.test(name) ? name : null;
}

/**
 * A lower-case description before a member's name ("the charity X", "the
 * outsourcing firm X", "a housing association, X", "the Eastby-based charity
 * X", "the engineering and services firm X").
 */
const MEMBER_KIND = new RegExp(
  String.raw`^(?:(?:the|a|an)\s+(?:(?:[A-Z][A-Za-z’'-]{0,30}-based|[a-z][a-z-]{0,20})\s+){0,3}[a-z][a-z-]{0,20}|(?:[a-z][a-z-]{0,20}\s+){0,2}${BODY_KIND})(?:\s*,)?\s+(?=[A-Z0-9])`,
);
/** A list item that is only the start of a description, no name in it ("the engineering" of "the engineering and services firm X"). */
const DESCRIPTION_ONLY = /^(?:(?:the|a|an)\s+)?[a-z][a-z-]{0,20}$/;

/** A lower-case body kind after a member's name ("the Fresh Start Trust charity", "Halden Group firm"): a description, no part of the name. */
const MEMBER_KIND_AFTER = new RegExp(String.raw`(?<=[A-Za-z0-9])\s+${BODY_KIND}$`);

/** Items split at "and" joined back where the "and" was inside a description ("the engineering", "services firm X"). */
function joinDescriptions(items: string[]): string[] {
  const out: string[] = [];
  for (const x of items) {
    const prev = out[out.length - 1];
    if (prev !== undefined && DESCRIPTION_ONLY.test(prev) && /^[a-z]/.test(x) && !/^(?:the|a|an)\s/.test(x)) out[out.length - 1] = `${prev} and ${x}`;
    else out.push(x);
  }
  return out;
}

/** ", a facilities management group" after a name, up to the next comma or the sentence's end: a description of the member. */
const MEMBER_APPOSITIVE = /(?<=[A-Za-z0-9]),\s{1,3}an?\s{1,3}(?:[a-z][a-z-]{0,20}\s{1,3}){0,3}[a-z][a-z-]{0,20}(?=\s{0,3},|\.?\s{0,3}$)/g;

/**
 * Where a clause ends a list of members: a comma before a small letter, but
 * not before "and", a name ("the Fresh Start Trust") or a body's kind before
 * a name ("the charity Fresh Start", "the housing association Ashby Homes").
 */
const MEMBERS_CLAUSE = new RegExp(
  String.raw`,\s+(?!and\b|the\s+[A-Z]|(?:the|a|an)\s+(?:[a-z][a-z-]{0,20}\s+){0,2}${BODY_KIND}\s+[A-Z])[a-z]|,\s+and\s+(?!(?:the|a|an)\s)[a-z]`,
);

/** Members listed from `pos` to the end of the sentence, bracketed descriptions dropped. */
export function membersAt(text: string, pos: number, end: number): string[] {
  let s = text.slice(pos, Math.min(end, pos + 1200));
  for (let i = 0; i < 3; i++) s = s.replace(/\s*\([^()]{0,400}\)/g, "");
  // a short description after a member, between commas or at the end, is no clause: "A, a facilities firm, and B, a charity."
  if (s.includes(", a")) s = s.replace(MEMBER_APPOSITIVE, "");
  // the list ends where a clause starts (", established to deliver ...")
  // (", the Fresh Start Trust" and ", the charity Fresh Start" are items, not clauses; ", and supervises ..." is a clause, ", and the charity X" an item)
  const clause = MEMBERS_CLAUSE.exec(s);
  if (clause) s = s.slice(0, clause.index);
  // a list set off by dashes ends at the closing dash ("– a joint venture between A and B – supervises ...")
  const dash = /\s[–—-]\s/.exec(s);
  if (dash) s = s.slice(0, dash.index);
  s = s.replace(/[.\s]+$/, "");
  const parts = (s.includes(";") ? s.split(";") : s.split(",")).map((x) => x.trim()).filter(Boolean);
  const last = parts.pop();
  if (last === undefined) return [];
  const tail = joinDescriptions(last.replace(/^and\s+/, "").split(/\s+(?:and|&)\s+/));
  const items = [...parts, ...tail].map((x) => foldSpace(x.replace(/^and\s+/, "").replace(MEMBER_KIND, "").replace(/^the\s+/i, "").replace(MEMBER_KIND_AFTER, "")));
  if (items.length < 2) return [];
  if (!items.every((x) => /^[A-Z0-9]/.test(x) && x.split(/\s+/).length <= 6)) return [];
  return items;
}

export const consortium: Extractor = {
  id: "consortium",
  fields: ["consortium"],
  extract(doc: Doc, ctx: Context): Found[] {
    const provider = ctx.get("provider");
    if (!provider || provider.type !== "CRC") return [];
    const furn = furnitureBlocks(doc);
    const sentences = doc.sentences.filter((s) => !furn.has(s.block));
    const names: { name: string; start: number; end: number }[] = [];
    // cheap tests first: OWNED_BY needs a "by", IS_CONSORTIUM one of its nouns in the sentence (most texts have none at all)
    const nouns = CONSORTIUM_NOUNS.filter((w) => doc.text.includes(w));
    for (const s of sentences) {
      let m: RegExpExecArray | null;
      OWNED_BY.lastIndex = 0;
      const hasBy = s.text.includes("by");
      while (hasBy && (m = OWNED_BY.exec(s.text)) !== null) {
        let at = s.start + m.index + m[0].length;
        OWNER_KIND.lastIndex = at;
        const kind = OWNER_KIND.exec(doc.text);
        if (kind) at += kind[0].length;
        const n = nameAt(doc.text, at);
        // "services run by Pennine Dales CRC": the provider itself is never its own owner
        if (n && !isProviderItself(n.name, provider) && !namesProvider(doc.text.slice(at, at + 160), provider)) {
          names.push({ name: n.name, start: s.start, end: s.end });
        }
      }
      // "Ashby Group plc … announces that X CRC, which the Group has owned since 2015, …": the sentence's subject owns it
      if (s.text.includes("which the ") && OWNED_BY_BACKREF.test(s.text)) {
        const n = nameAt(doc.text, s.start);
        if (n && OWNER_SUFFIX.test(n.name) && !isProviderItself(n.name, provider)) names.push({ name: n.name, start: s.start, end: s.end });
      }
      const c = nouns.length && hasAny(s.text, nouns) ? IS_CONSORTIUM.exec(s.text) : null;
      if (c) {
        const n = nameBefore(doc.text, s.start + c.index);
        if (n && !isProviderItself(n, provider)) names.push({ name: n, start: s.start, end: s.end });
      }
    }
    if (!names.length) return [];
    // the name given most often, the first breaking a tie
    const count = new Map<string, number>();
    for (const n of names) count.set(n.name, (count.get(n.name) ?? 0) + 1);
    const best = names.reduce((a, b) => ((count.get(b.name) ?? 0) > (count.get(a.name) ?? 0) ? b : a));
    let members: string[] = [];
    let mspan: { start: number; end: number } | null = null;
    sentences.forEach((_, i) => {
      if (members.length) return;
      const prev = sentences[i - 1];
      const s = wrappedOn(doc, sentences, i);
      // (the plain search for the name in the sentence before first: it rules out most sentences without a trim and a regex)
      // (a wrapped line may break the name: its words are looked for with any white space between)
      const aboutIt = namedIn(s.text, best.name) || (prev !== undefined && namedIn(prev.text, best.name) && /^(?:It|The consortium|The partnership)\b/.test(s.text.trim()));
      if (!aboutIt) return;
      COMPRISES.lastIndex = 0;
      const m = COMPRISES.exec(s.text);
      if (!m) return;
      const ms = membersAt(doc.text, s.start + m.index + m[0].length, s.end).filter((x) => x !== best.name);
      if (ms.length) {
        members = ms;
        mspan = { start: s.start, end: s.end };
      }
    });
    const span = mspan as { start: number; end: number } | null;
    return [
      found(
        "consortium",
        { name: best.name, members },
        spanOf(doc, Math.min(best.start, span?.start ?? best.start), Math.max(best.end, span?.end ?? best.end)),
      ),
    ];
  },
};
