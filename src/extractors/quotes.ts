/**
 * quotes: direct speech with speaker and role.
 *
 * segment/05-quotes finds the quoted text and the attribution as written;
 * here the attribution is read into a speaker and a role:
 * - people by full name without honorifics ("Mr Russell" -> the full name
 *   given elsewhere in the document);
 * - "he"/"she" and unattributed continuations -> the previous speaker;
 * - organisations ("a Ministry of Justice spokesperson" -> "Ministry of Justice");
 * - the report, the inspectorate, inspectors -> the inspectorate when the
 *   document names it, else null;
 * - a role stated for a person anywhere in the document goes with every
 *   quote of theirs.
 */
import type { Quote } from "../schema/record.js";
import type { Doc } from "../segment/types.js";
import { cleanRole, namesIn, resolveShortName } from "./lib/names.js";
import { peopleIndex, readAttribution } from "./lib/people.js";
import { found, spanOf, type Context, type Extractor, type Found } from "./types.js";

/** Quote text: white space folded inside paragraphs, paragraphs joined by a blank line. */
export function quoteText(raw: string): string {
  return raw
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, " ").trim())
    .filter(Boolean)
    .join("\n\n");
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

const TRAILING_HONORIFIC = /\s(?:Dame|Sir|Mr|Mrs|Ms|Dr|Cllr|Councillor|Professor|Lord|Lady|Baroness)$/;

/** A role the document states for a person outside the quotes' attributions. */
export function roleInDoc(doc: Doc, name: string): string | null {
  const re = new RegExp(String.raw`(?:^|[^\p{L}])${escapeRe(name)}(?![\p{L}])`, "gu");
  let m: RegExpExecArray | null;
  let n = 0;
  const text = doc.text;
  while ((m = re.exec(text)) && n++ < 50) {
    const at = m.index + (m[0].length - name.length);
    // "<Role> <Name>": the same sentence before the name
    const head = text.slice(Math.max(0, at - 160), at);
    const sentence = head.slice(Math.max(head.lastIndexOf("."), head.lastIndexOf("!"), head.lastIndexOf("?"), head.lastIndexOf("\n")) + 1);
    const pieces = sentence.split(/,/);
    // "<Role> <Name>" or the appositive "<Role>, <Name>"
    const lastPiece = !pieces[pieces.length - 1]!.trim() && pieces.length > 1 ? pieces[pieces.length - 2]! : pieces[pieces.length - 1]!;
    const prefix = /((?:(?:HM|His Majesty['’]s|Her Majesty['’]s|interim|acting)\s+)?[A-Z][\p{L}’'-]*(?:\s+(?:(?:of|for|and|the|&)\s+)?[A-Z][\p{L}’'-]{0,30}){0,8})\s{0,3},?\s{0,3}(?:(?:Dame|Sir|Mr|Mrs|Ms|Dr|Cllr|Councillor|Professor|Lord|Lady|Baroness)\s{1,3})?$/u.exec(
      lastPiece,
    );
    if (prefix) {
      // "Chief Inspector of Probation Dame": the honorific before the name is not the role's
      const words = prefix[1]!.replace(TRAILING_HONORIFIC, "");
      const role = cleanRole(words);
      if (role && !namesIn(words).length) return role;
    }
    // "<Name>, <Role>,": the words after the name up to the next comma or stop
    const tail = text.slice(at + name.length, at + name.length + 160);
    const after = /^(?:\s{1,3}(?:CBE|OBE|MBE|KBE|DBE|QC|KC|MP)){0,4}\s{0,3},\s{0,3}([^,.;:!?()“”"]{3,100})/.exec(tail);
    if (after) {
      const role = cleanRole(after[1]!.replace(/\s+(?:said|says|added|told|explained|commented)\b.*$/is, ""));
      if (role) return role;
    }
  }
  return null;
}

const TITLED_NAME = /\b(Mr|Mrs|Ms|Miss|Dr|Dame|Sir|Cllr|Councillor|Professor|Lord|Lady|Baroness)\.?\s{1,3}(\p{Lu}[\p{L}’'-]{1,30})/gu;

const HONORIFIC_AT = /^(?:Mr|Mrs|Ms|Miss|Dr|Dame|Sir|Cllr|Councillor|Professor|Lord|Lady|Baroness)\b/;

export const quotes: Extractor = {
  id: "quotes",
  fields: ["quotes"],
  extract(doc: Doc, ctx: Context): Found[] {
    if (!doc.quotes.length) return [];
    const index = peopleIndex(doc);
    const provider = ctx.get("provider");
    const inspectorate = ctx.get("inspectorate");
    const chief = ctx.get("chiefInspector");
    const items: { quote: Quote; start: number; end: number; person: boolean }[] = [];
    let prev = null as { speaker: string | null; role: string | null; person: boolean } | null;
    let prevEnd = 0;
    // roleInDoc scans the whole text: once per name
    const roleMemo = new Map<string, string | null>();
    const roleOf = (name: string): string | null => {
      if (!roleMemo.has(name)) roleMemo.set(name, roleInDoc(doc, name));
      return roleMemo.get(name)!;
    };

    for (const q of doc.quotes) {
      const text = quoteText(q.text);
      if (!text) continue;
      let speaker: string | null = null;
      let role: string | null = null;
      let person = false;
      if (q.attribution) {
        const a = readAttribution(q.attribution, q.attributionSpan?.start ?? q.start, index, {
          providerName: provider ? provider.shortName ?? provider.name : null,
          chiefInspector: chief,
        });
        if (a.kind === "person") {
          speaker = a.name;
          role = a.role;
          person = true;
        } else if (a.kind === "organisation") {
          speaker = a.name;
          role = a.role;
        } else if (a.kind === "inspectorate") {
          speaker = inspectorate;
        } else if (a.kind === "pronoun") {
          // the person last named since the previous quote, else the previous speaker
          const from = prevEnd;
          const to = Math.min(q.start, q.attributionSpan?.start ?? q.start);
          const named = index.known
            .filter((k) => k.at >= from && k.at < to)
            .reverse()
            .find((k) => HONORIFIC_AT.test(doc.text.slice(k.at, k.at + 12)) || roleOf(k.name) !== null);
          // or a person named by title and one name since then ("Dame Glenys herself …. She said:")
          let titled: string | null = null;
          if (!named) {
            const between = doc.text.slice(Math.max(from, to - 600), to);
            let m: RegExpExecArray | null;
            TITLED_NAME.lastIndex = 0;
            while ((m = TITLED_NAME.exec(between))) titled = resolveShortName(m[2]!, m[1]!.toLowerCase(), index.known, to) ?? titled;
          }
          if (named && named.name !== prev?.speaker) {
            speaker = named.name;
            person = true;
          } else if (titled && titled !== prev?.speaker) {
            speaker = titled;
            person = true;
          } else if (prev) {
            ({ speaker, role, person } = prev);
          }
        }
      } else if (q.continued && prev) {
        ({ speaker, role, person } = prev);
      }
      prev = { speaker, role, person };
      prevEnd = q.end;
      items.push({ quote: { speaker, role, text }, start: q.start, end: Math.max(q.end, q.start + 1), person });
    }

    // A role stated once for a person goes with all their quotes.
    const roles = new Map<string, string>();
    for (const it of items) {
      if (it.person && it.quote.speaker && it.quote.role && !roles.has(it.quote.speaker)) roles.set(it.quote.speaker, it.quote.role);
    }
    for (const it of items) {
      if (!it.person || !it.quote.speaker || it.quote.role) continue;
      let role = roles.get(it.quote.speaker) ?? null;
      if (!role) {
        role = roleOf(it.quote.speaker);
        if (role) roles.set(it.quote.speaker, role);
      }
      it.quote.role = role;
    }
    // A pull quote repeating words of a longer quote is not a quote of its own.
    const norm = (t: string) => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
    const kept = items.filter(
      (it, k) =>
        !items.some((other, j) => {
          if (j === k || other.quote.text.length <= it.quote.text.length) return false;
          if (it.quote.speaker !== null && it.quote.speaker !== other.quote.speaker) return false;
          return norm(other.quote.text).includes(norm(it.quote.text));
        }),
    );
    return kept.map((it) => found("quotes", it.quote, spanOf(doc, it.start, it.end)));
  },
};
