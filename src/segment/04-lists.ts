/** Stage 4: group consecutive list items into lists, each with its lead-in sentence and heading. */
import type { Block, List } from "./types.js";

export function findLists(blocks: Block[]): List[] {
  const lists: List[] = [];
  let current: List | null = null;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind === "list-item") {
      if (!current) {
        let leadIn: Block | null = null;
        let heading: Block | null = null;
        for (let j = i - 1; j >= 0 && j >= i - 6; j--) {
          const p = blocks[j]!;
          if (p.kind === "list-item") break;
          if (p.kind === "heading") {
            heading ??= p;
            leadIn ??= p;
            break;
          }
          leadIn ??= p;
          if (p.text.length > 30) break;
        }
        current = { items: [], leadIn, heading };
        lists.push(current);
      }
      current.items.push(b);
    } else {
      current = null;
    }
  }
  return lists;
}
