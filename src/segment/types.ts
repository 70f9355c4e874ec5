/**
 * The document model every extractor reads. Offsets (`start`, `end`) are
 * always into `Doc.text`, the document's normalised text: its blocks joined
 * by blank lines. `--dump-text` prints that text, so evidence offsets can be
 * checked by eye.
 */
import type { Format } from "../input/decode.js";

export type BlockKind = "heading" | "paragraph" | "list-item" | "table-row" | "blockquote";

/** A text block as it comes out of the HTML or plain-text reader, before offsets are given. */
export interface RawBlock {
  kind: BlockKind;
  text: string;
  /** list items: the bullet or number as written ("•", "1.", "a)"); table rows: the cells. */
  marker?: string;
  cells?: string[];
  /** heading level 1-6 where known */
  level?: number;
  /**
   * plain text: a paragraph read from the line right after the previous
   * paragraph's line, in a document that sets its paragraphs apart by blank
   * lines (one sentence a line): a line of the same paragraph as written
   */
  sameParagraph?: boolean;
}

export interface Block extends RawBlock {
  index: number;
  start: number;
  end: number;
  /** true for blocks in the notes to editors / after ENDS */
  inNotes: boolean;
}

export interface Sentence {
  text: string;
  start: number;
  end: number;
  block: number;
}

/** A run of consecutive list items, with the sentence that introduces it. */
export interface List {
  items: Block[];
  /** the closest non-list block before the list (e.g. "Inspectors were pleased to find that:") */
  leadIn: Block | null;
  /** the closest heading before the list, when any */
  heading: Block | null;
}

/** A stretch of direct speech found by segment/03-quotes. */
export interface QuoteSpan {
  /** the text inside the marks; paragraphs joined by "\n\n" */
  text: string;
  start: number;
  end: number;
  /** blocks the quote's paragraphs stand in */
  blocks: number[];
  /** attribution as written ("Chief Inspector of Probation Justin Russell", "Mr Russell", "he"), or null */
  attribution: string | null;
  /** where the attribution was found */
  attributionSpan: { start: number; end: number } | null;
  /** true when the quote is a standalone paragraph quote (not a fragment inside a sentence) */
  standalone: boolean;
  /** the quote continues the speaker of the previous quote (no attribution of its own) */
  continued: boolean;
}

/** Metadata a page or header states about itself (HTML meta tags, JSON-LD, bylines). */
export interface PageMeta {
  title: string | null;
  /** publication date candidates, most trustworthy first, with where they came from */
  published: { value: string; source: string }[];
  siteName: string | null;
  /** og:type, JSON-LD @type and similar hints ("article", "NewsArticle", "BlogPosting") */
  types: string[];
}

export interface Doc {
  path: string | null;
  format: Format;
  text: string;
  blocks: Block[];
  sentences: Sentence[];
  lists: List[];
  quotes: QuoteSpan[];
  /** index of the first block of the notes to editors (or after "ENDS"); blocks.length when none */
  notesStart: number;
  meta: PageMeta;
}

export function emptyMeta(): PageMeta {
  return { title: null, published: [], siteName: null, types: [] };
}
