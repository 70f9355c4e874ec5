/**
 * inspectorate: the body whose inspection is the document's subject, under
 * its standard name. "HM Inspectorate of Probation" whatever the document
 * calls it ("His/Her Majesty’s Inspectorate of Probation", "HMI Probation",
 * "the probation inspectorate", "probation inspectors", a Chief Inspector of
 * Probation); "HM Inspectorate of Prisons" for a prisons inspection. Null
 * when the document names no inspection (a council or company release).
 */
import type { Doc } from "../segment/types.js";
import { found, spanOf, type Extractor, type Found } from "./types.js";

export const PROBATION = "HM Inspectorate of Probation";
export const PRISONS = "HM Inspectorate of Prisons";

/**
 * What a name pattern needs in its block (case aside) besides the list's
 * gate word: "inspector" (also in "inspectorate"), "inspector" or
 * "watchdog", or nothing worth testing first. Tested at most once per block;
 * "Probation Service" alone runs only the short HMI patterns.
 */
const ANY = 0;
const INSPECTOR = 1;
const INSPECTOR_OR_WATCHDOG = 2;
const INSPECTOR_WORD = /inspector/i;
const WATCHDOG_WORD = /watchdog/i;

/** [weight, pattern, what it needs: ANY, INSPECTOR or INSPECTOR_OR_WATCHDOG] */
type Name = [number, RegExp, number];

const PROBATION_NAMES: Name[] = [
  [3, /\b(?:H\.?\s?M\.?|His Majesty['’]?s|Her Majesty['’]?s|Majesty['’]?s)\s+Inspectorate\s+of\s+Probation\b/gi, INSPECTOR],
  [3, /\bHMI\s?Probation\b/gi, ANY],
  [2, /\bHMIP(?:robation)?\b/g, ANY],
  [3, /\bInspectorate\s+of\s+Probation\b/gi, INSPECTOR],
  [3, /\bChief\s+Inspector\s+of\s+Probation\b/gi, INSPECTOR],
  [2, /\b(?:the\s+)?probation\s+(?:inspectorate|watchdog)\b/gi, INSPECTOR_OR_WATCHDOG],
  [2, /\bprobation\s+inspectors?\b/gi, INSPECTOR],
  [1, /\binspectors?\s+(?:of|from)\s+probation\b/gi, INSPECTOR],
];

const PRISONS_NAMES: Name[] = [
  [3, /\b(?:H\.?\s?M\.?|His Majesty['’]?s|Her Majesty['’]?s|Majesty['’]?s)\s+(?:Chief\s+)?Inspectorate\s+of\s+Prisons\b/gi, INSPECTOR],
  [3, /\bHMI\s?Prisons\b/gi, ANY],
  [3, /\bChief\s+Inspector\s+of\s+Prisons\b/gi, INSPECTOR],
  [2, /\b(?:the\s+)?prisons?\s+(?:inspectorate|watchdog)\b/gi, INSPECTOR_OR_WATCHDOG],
  [2, /\bprisons?\s+inspectors?\b/gi, INSPECTOR],
];

/** Words that show the document is about an inspection or its report. */
const INSPECTION_WORDS = /\b(?:inspections?|inspected|inspecting|inspectors|report|rated|rating|judged|graded)\b/i;

/** The inspectorate named without its field ("the inspectorate's report", "the Chief Inspector", "inspectors rated"). */
const GENERIC_BODY = /\b(?:the\s+inspectorate|(?:HM\s+)?Chief\s+Inspector|inspectors?\s+(?:rated|found|judged|graded|gave|visited|inspected|read|said|concluded))\b/i;
/** A probation or youth justice unit: what HM Inspectorate of Probation inspects. */
const PROBATION_UNIT = /\b(?:Probation\s+Delivery\s+Unit|PDU|Community\s+Rehabilitation\s+Company|CRC|Probation\s+Trust|National\s+Probation\s+Service|NPS|Probation\s+Service|youth\s+(?:offending|justice)\s+(?:team|service)|YOT|YJS)s?\b/;
/** A prison, court or police force: someone else's inspection. */
const OTHER_FIELD = /\b(?:HMP|HMYOI|prisons?\s+inspect\w*|inspection\s+of\s+(?:the\s+)?prison|police|constabular(?:y|ies)|fire\s+and\s+rescue|Ofsted|CQC|Care\s+Quality|crown\s+prosecution|CPS)\b/i;

interface Hit {
  weight: number;
  start: number;
  end: number;
  inNotes: boolean;
}

/**
 * Every name in PROBATION_NAMES has "probation" or "HMIP" in it, every name in
 * PRISONS_NAMES "prison": a block without the word is not scanned with the
 * list's patterns (one small scan instead of eight or five).
 */
const PROBATION_GATE = /probation|HMIP/i;
const PRISONS_GATE = /prison/i;

function hitsOf(doc: Doc, patterns: Name[], gate: RegExp): Hit[] {
  const out: Hit[] = [];
  for (const b of doc.blocks) {
    if (b.text.length > 20_000 || !gate.test(b.text)) continue;
    let inspector: boolean | undefined;
    let watchdog: boolean | undefined;
    for (const [weight, re, need] of patterns) {
      if (need !== ANY) {
        inspector ??= INSPECTOR_WORD.test(b.text);
        if (!inspector && (need === INSPECTOR || !(watchdog ??= WATCHDOG_WORD.test(b.text)))) continue;
      }
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      let n = 0;
      while ((m = re.exec(b.text)) && n++ < 20) {
        out.push({ weight, start: b.start + m.index, end: b.start + m.index + m[0].length, inNotes: b.inNotes });
      }
    }
  }
  return out;
}

function score(hits: Hit[]): number {
  return hits.reduce((s, h) => s + (h.inNotes ? h.weight / 2 : h.weight), 0);
}

export const inspectorate: Extractor = {
  id: "inspectorate",
  fields: ["inspectorate"],
  extract(doc) {
    const out: Found[] = [];
    if (!INSPECTION_WORDS.test(doc.text.slice(0, 500_000))) return out;
    const probation = hitsOf(doc, PROBATION_NAMES, PROBATION_GATE);
    const prisons = hitsOf(doc, PRISONS_NAMES, PRISONS_GATE);
    const p = score(probation);
    const q = score(prisons);
    // A joint inspection led by probation, or a release that mentions the
    // prisons inspectorate in passing, stays probation's: the body named most
    // in the story wins.
    const winner = p >= q ? { name: PROBATION, hits: probation, s: p } : { name: PRISONS, hits: prisons, s: q };
    if (winner.s < 2) {
      // No inspectorate named by field: "the inspectorate's report on X Probation
      // Delivery Unit" is still probation's, when nothing points elsewhere.
      const text = doc.blocks.filter((b) => !b.inNotes).map((b) => b.text).join("\n\n").slice(0, 200_000);
      const generic = GENERIC_BODY.exec(text);
      if (!generic || q > 0 || !PROBATION_UNIT.test(text) || OTHER_FIELD.test(text)) return out;
      const block = doc.blocks.find((b) => !b.inNotes && GENERIC_BODY.test(b.text));
      if (!block) return out;
      const m = GENERIC_BODY.exec(block.text)!;
      out.push(found("inspectorate", PROBATION, spanOf(doc, block.start + m.index, block.start + m.index + m[0].length), { rank: 1, certainty: "implied" }));
      return out;
    }
    const first = winner.hits.filter((h) => !h.inNotes)[0] ?? winner.hits[0]!;
    out.push(found("inspectorate", winner.name, spanOf(doc, first.start, first.end), { rank: Math.round(winner.s) }));
    return out;
  },
};
