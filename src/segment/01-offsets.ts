/** Stage 1: give blocks their offsets in the document text (blocks joined by blank lines). */
import type { Block, RawBlock } from "./types.js";

export const BLOCK_SEPARATOR = "\n\n";

/**
 * A Block from a RawBlock, its fields in the order `{ ...raw, index, start, end, inNotes }`
 * gives. Written out because an object spread over the readers' blocks (several
 * shapes) takes microseconds per block, more than all the rest of this stage.
 */
function toBlock(b: RawBlock, index: number, start: number): Block {
  const out = { kind: b.kind, text: b.text } as Block;
  if (b.level !== undefined) out.level = b.level;
  if (b.marker !== undefined) out.marker = b.marker;
  if (b.cells !== undefined) out.cells = b.cells;
  out.index = index;
  out.start = start;
  out.end = start + b.text.length;
  out.inNotes = false;
  return out;
}

export function placeBlocks(raw: RawBlock[]): { text: string; blocks: Block[] } {
  const blocks: Block[] = [];
  const parts: string[] = [];
  let offset = 0;
  for (const b of raw) {
    if (!b.text) continue;
    if (parts.length) offset += BLOCK_SEPARATOR.length;
    blocks.push(toBlock(b, blocks.length, offset));
    parts.push(b.text);
    offset += b.text.length;
  }
  return { text: parts.join(BLOCK_SEPARATOR), blocks };
}
