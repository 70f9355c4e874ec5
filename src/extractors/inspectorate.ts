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
import { docCues } from "./lib/provider-doc.js";

export const PROBATION = "HM Inspectorate of Probation";
export const PRISONS = "HM Inspectorate of Prisons";

/*
 * Every name holds one of eight pieces, at a word start (see NAME_PIECE): a
 * pattern is run only on the blocks holding its piece. A block naming no
 * inspectorate (most) is never scanned with the patterns at all.
 */
const INSPECTORATE_OF_PROBATION = 1; // "Inspectorate of Probation"
const INSPECTORATE_OF_PRISONS = 2;
const HMI_PROBATION = 4; // "HMI Probation", "HMIP"
const HMI_PRISONS = 8;
const INSPECTOR_OF_PROBATION = 16; // "inspector(s) of/from probation", also in "Chief Inspector of Probation"
const INSPECTOR_OF_PRISONS = 32;
const PROBATION_INSPECTOR = 64; // "probation inspector(s)/inspectorate/watchdog"
const PRISON_INSPECTOR = 128; // "prison(s) inspector(s)/inspectorate/watchdog"

/** [weight, pattern, the piece it holds] */
type Name = [number, RegExp, number];

const PROBATION_NAMES: Name[] = [
  [3, /\b(?:H\.?\s?M\.?|His Majesty['’]?s|Her Majesty['’]?s|Majesty['’]?s)\s+Inspectorate\s+of\s+Probation\b/gi, INSPECTORATE_OF_PROBATION],
  [3, /\bHMI\s?Probation\b/gi, HMI_PROBATION],
  [2, /\bHMIP(?:robation)?\b/g, HMI_PROBATION],
  [3, /\bInspectorate\s+of\s+Probation\b/gi, INSPECTORATE_OF_PROBATION],
  [3, /\bChief\s+Inspector\s+of\s+Probation\b/gi, INSPECTOR_OF_PROBATION],
  [2, /\b(?:the\s+)?probation\s+(?:inspectorate|watchdog)\b/gi, PROBATION_INSPECTOR],
  [2, /\bprobation\s+inspectors?\b/gi, PROBATION_INSPECTOR],
  [1, /\binspectors?\s+(?:of|from)\s+probation\b/gi, INSPECTOR_OF_PROBATION],
];

const PRISONS_NAMES: Name[] = [
  [3, /\b(?:H\.?\s?M\.?|His Majesty['’]?s|Her Majesty['’]?s|Majesty['’]?s)\s+(?:Chief\s+)?Inspectorate\s+of\s+Prisons\b/gi, INSPECTORATE_OF_PRISONS],
  [3, /\bHMI\s?Prisons\b/gi, HMI_PRISONS],
  [3, /\bChief\s+Inspector\s+of\s+Prisons\b/gi, INSPECTOR_OF_PRISONS],
  [2, /\b(?:the\s+)?prisons?\s+(?:inspectorate|watchdog)\b/gi, PRISON_INSPECTOR],
  [2, /\bprisons?\s+inspectors?\b/gi, PRISON_INSPECTOR],
];

/**
 * The pieces, any case. At any place at most one of them is reported (the
 * first that matches), and it is the one every name starting its piece there
 * holds: "HMIP" alone is HMI_PROBATION, "HMIPrisons" HMI_PRISONS. Which one
 * it is, its first letters and last letter tell (see pieceOf).
 */
const NAME_PIECE =
  /\b(?:inspectorate\s+of\s+p(?:robation|risons)|hmi(?:\s?p(?:robation|risons)|p)|inspectors?\s+(?:of|from)\s+p(?:robation|risons)|(?:probation|prisons?)\s+(?:inspector|watchdog))/gi;

/** Which piece a NAME_PIECE match is (`| 32`: an ASCII letter in lower case). */
function pieceOf(m: string): number {
  const first = m.charCodeAt(0) | 32;
  if (first === 112) return (m.charCodeAt(2) | 32) === 111 ? PROBATION_INSPECTOR : PRISON_INSPECTOR; // "pro...", "pri..."
  const prisons = (m.charCodeAt(m.length - 1) | 32) === 115; // ends "...prisons"; else "...probation" or "HMIP"
  if (first === 104) return prisons ? HMI_PRISONS : HMI_PROBATION; // "h"
  if ((m.charCodeAt(9) | 32) === 97) return prisons ? INSPECTORATE_OF_PRISONS : INSPECTORATE_OF_PROBATION; // "inspectorate"
  return prisons ? INSPECTOR_OF_PRISONS : INSPECTOR_OF_PROBATION;
}

/** Where names may stand: block indices, ascending, and the pieces each holds. */
interface NameBlocks {
  blocks: number[];
  pieces: number[];
}

/**
 * One scan of the document text (blocks are slices of it) for the pieces,
 * instead of gate tests on every block. Every place NAME_PIECE matches is
 * seen (the scan restarts a character after each match start), so a match
 * running on into the next block hides none there.
 */
function nameBlocks(doc: Doc): NameBlocks {
  const out: NameBlocks = { blocks: [], pieces: [] };
  const blocks = doc.blocks;
  let bi = 0;
  NAME_PIECE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NAME_PIECE.exec(doc.text)) !== null) {
    const p = m.index;
    NAME_PIECE.lastIndex = p + 1;
    while (bi < blocks.length && blocks[bi]!.end <= p) bi++;
    if (bi === blocks.length) break;
    if (p < blocks[bi]!.start) continue;
    const last = out.blocks.length - 1;
    if (out.blocks[last] === bi) out.pieces[last]! |= pieceOf(m[0]);
    else {
      out.blocks.push(bi);
      out.pieces.push(pieceOf(m[0]));
    }
  }
  return out;
}

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

/** The hits of a list's patterns in the blocks that may hold them, in block order. */
function hitsOf(doc: Doc, where: NameBlocks, patterns: Name[]): Hit[] {
  const out: Hit[] = [];
  for (let i = 0; i < where.blocks.length; i++) {
    const b = doc.blocks[where.blocks[i]!]!;
    if (b.text.length > 20_000) continue;
    const pieces = where.pieces[i]!;
    for (const [weight, re, piece] of patterns) {
      if ((pieces & piece) === 0) continue;
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
  extract(doc, ctx) {
    const out: Found[] = [];
    if (!INSPECTION_WORDS.test(doc.text.slice(0, 500_000))) return out;
    // a story that speaks only of the last inspection or the next ("last inspected in 2022", "expected to return next year") reports none
    const cues = docCues(doc, ctx.get("title"));
    if (cues.aboutInspection && !cues.inspectionNow) return out;
    const where = nameBlocks(doc);
    const probation = hitsOf(doc, where, PROBATION_NAMES);
    const prisons = hitsOf(doc, where, PRISONS_NAMES);
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
