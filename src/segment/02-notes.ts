/**
 * Stage 2: find where the story ends and the notes to editors begin
 * ("ENDS", "Notes to editors", "Editor's notes"); mark those blocks.
 */
import type { Block } from "./types.js";

const ENDS = /^[-–—*#\s]{0,10}(?:ends|end|end of (?:press )?release)\.?[-–—*#\s]{0,10}$/i;
const NOTES = /^(?:[-–—*#\s]*)(?:notes?\s+(?:to|for)\s+(?:the\s+)?editors?|editors?['’]?s?\s+notes?|background\s+notes?|notes)\b\s*:?\s*/i;

export function isEndsLine(text: string): boolean {
  return ENDS.test(text.trim());
}

export function isNotesHeading(text: string): boolean {
  const t = text.trim();
  if (!NOTES.test(t)) return false;
  // "Notes to editors: 1. The report ..." runs on in one block.
  return t.length < 60 || /^[-–—*#\s]{0,5}(?:notes?\s+(?:to|for)\s+(?:the\s+)?editors?|editors?['’]?s?\s+notes?)\s*:/i.test(t);
}

export function findNotesStart(blocks: Block[]): number {
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (isEndsLine(b.text) || (isNotesHeading(b.text) && i > 2)) {
      for (let j = i; j < blocks.length; j++) blocks[j]!.inNotes = true;
      return i;
    }
  }
  return blocks.length;
}
