/**
 * Segmentation: decoded text or HTML -> the Doc every extractor reads.
 * The stages run in the order of their file names.
 */
import type { Decoded } from "../input/decode.js";
import { textToBlocks } from "../blocks/text.js";
import { htmlToBlocks } from "../html/blocks.js";
import { placeBlocks } from "./01-offsets.js";
import { findNotesStart } from "./02-notes.js";
import { sentencesOf } from "./03-sentences.js";
import { findLists } from "./04-lists.js";
import { findQuotes } from "./05-quotes.js";
import type { Doc } from "./types.js";
import { emptyMeta } from "./types.js";

export function segment(decoded: Pick<Decoded, "text" | "format">, path: string | null = null): Doc {
  const { blocks: raw, meta } = decoded.format === "html" ? htmlToBlocks(decoded.text) : { blocks: textToBlocks(decoded.text), meta: emptyMeta() };
  const { text, blocks } = placeBlocks(raw);
  const notesStart = findNotesStart(blocks);
  const sentences = sentencesOf(blocks);
  const lists = findLists(blocks);
  const quotes = findQuotes(blocks, notesStart);
  return { path, format: decoded.format, text, blocks, sentences, lists, quotes, notesStart, meta };
}

export type { Doc, Block, Sentence, List, QuoteSpan } from "./types.js";
