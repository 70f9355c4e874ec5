/** Stage 1: give blocks their offsets in the document text (blocks joined by blank lines). */
import type { Block, RawBlock } from "./types.js";

export const BLOCK_SEPARATOR = "\n\n";

export function placeBlocks(raw: RawBlock[]): { text: string; blocks: Block[] } {
  const blocks: Block[] = [];
  const parts: string[] = [];
  let offset = 0;
  for (const b of raw) {
    if (!b.text) continue;
    if (parts.length) offset += BLOCK_SEPARATOR.length;
    blocks.push({ ...b, index: blocks.length, start: offset, end: offset + b.text.length, inNotes: false });
    parts.push(b.text);
    offset += b.text.length;
  }
  return { text: parts.join(BLOCK_SEPARATOR), blocks };
}
