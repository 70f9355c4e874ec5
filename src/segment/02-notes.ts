/**
 * Stage 2: find where the story ends and the notes to editors begin
 * ("ENDS", "Notes to editors", "Editor's notes"); mark those blocks.
 */
import type { Block } from "./types.js";
import { isSpace, trimmedLength } from "../blocks/normalise.js";

const ENDS = /^[-–—*#\s]{0,10}(?:ends|end|end of (?:press )?release)\.?[-–—*#\s]{0,10}$/i;
const NOTES = /^(?:[-–—*#\s]*)(?:notes?\s+(?:to|for)\s+(?:the\s+)?editors?|editors?['’]?s?\s+notes?|background\s+notes?|notes)\b\s*:?\s*/i;

/** Longest line ENDS can match: 10 + "end of press release." + 10 characters. */
const ENDS_MAX = 41;

export function isEndsLine(text: string): boolean {
  // cheap tests first: this runs on every block of a document
  if (text.length > ENDS_MAX && trimmedLength(text) > ENDS_MAX) return false;
  // every line ENDS matches has an "e" ("end") after its dashes, "*", "#" and white space
  if ((codeAfterDashes(text) | 0x20) !== 101) return false;
  return ENDS.test(text.trim());
}

export function isNotesHeading(text: string): boolean {
  if (!mayStartNotes(text)) return false;
  const t = text.trim();
  if (!NOTES.test(t)) return false;
  // "Notes to editors: 1. The report ..." runs on in one block.
  return t.length < 60 || /^[-–—*#\s]{0,5}(?:notes?\s+(?:to|for)\s+(?:the\s+)?editors?|editors?['’]?s?\s+notes?)\s*:/i.test(t);
}

/**
 * Whether the first character after any dashes, "*", "#" and white space is an
 * "n", "e" or "b" (either case), as in every text NOTES matches ("Notes to
 * editors", "Editor's notes", "Background notes"): a cheap test for every block.
 */
function mayStartNotes(text: string): boolean {
  const c = codeAfterDashes(text) | 0x20;
  return c === 110 || c === 101 || c === 98;
}

/** The code of the first character that is none of - – — * # and white space (NaN if none). */
function codeAfterDashes(text: string): number {
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c !== 45 && c !== 0x2013 && c !== 0x2014 && c !== 42 && c !== 35 && !isSpace(c)) break;
    i++;
  }
  return text.charCodeAt(i);
}

export function findNotesStart(blocks: Block[]): number {
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (isEndsLine(b.text) || (isNotesHeading(b.text) && i > 2 && !isContentsEntry(blocks, i))) {
      for (let j = i; j < blocks.length; j++) blocks[j]!.inNotes = true;
      return i;
    }
  }
  return blocks.length;
}

/**
 * Whether the notes heading at `i` is an entry in a page's table of contents:
 * a list item among short list items, and the same heading comes again
 * further down ("Contents … 6. Notes to editors … 6. Notes to editors" on a
 * GOV.UK print view), where the notes really begin. (Two stories on one page,
 * each with its notes under a heading of their own, are no contents list.)
 */
function isContentsEntry(blocks: Block[], i: number): boolean {
  const b = blocks[i]!;
  // an entry among entries: a list item with a short list item beside it
  if (b.kind !== "list-item" || !(shortItem(blocks[i - 1]) || shortItem(blocks[i + 1]))) return false;
  const t = b.text.trim();
  for (let j = i + 1; j < blocks.length; j++) if (blocks[j]!.text.trim() === t) return true;
  return false;
}

/** A list item of a few words: a contents list's entry ("Summary", "What inspectors found"). */
function shortItem(b: Block | undefined): boolean {
  return b !== undefined && b.kind === "list-item" && b.text.length <= 60;
}
