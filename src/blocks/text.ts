/**
 * Plain text -> blocks. Handles the shapes text arrives in: one paragraph a
 * line (copied from a web page), hard-wrapped at 70-80 columns with blank
 * lines between paragraphs, Markdown from a converter, and text pasted from a
 * PDF (page numbers, hyphenated line ends).
 */
import type { RawBlock } from "../segment/types.js";
import { foldSpace, normaliseChars } from "./normalise.js";

const BULLET = /^\s*([•●◦▪▫‣∙·*\u2013\u2014-]|\d{1,3}[.)]|\(\d{1,3}\)|[a-z][.)]|\([a-z]\)|[ivx]{1,5}[.)])\s+(?=\S)/;
const MD_HEADING = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/;
const PAGE_FURNITURE = /^\s*(?:page\s+\d+(?:\s+of\s+\d+)?|\d{1,4}|-\s*\d{1,4}\s*-)\s*$/i;

/** Strip inline Markdown: links, emphasis, code. */
function stripInlineMarkdown(s: string): string {
  return s
    .replace(/!\[([^\]]{0,500})\]\([^)]{0,2000}\)/g, "$1")
    .replace(/\[([^\]]{1,500})\]\([^)\s]{0,2000}(?:\s+"[^"]{0,200}")?\)/g, "$1")
    .replace(/(\*\*|__)(?=\S)([^*_]{1,500}?)\1/g, "$2")
    .replace(/(^|[\s(])([*_])(?=\S)([^*_\n]{1,500}?)\2(?=[\s).,;:!?]|$)/g, "$1$3")
    .replace(/`([^`]{1,500})`/g, "$1");
}

function isTableRow(s: string): boolean {
  return /^\s*\|.*\|\s*$/.test(s);
}

function isTableRule(s: string): boolean {
  return /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/.test(s);
}

/** Decide whether paragraphs are hard-wrapped: most lines that run on into another line are near one width. */
function detectWrapWidth(lines: string[]): number | null {
  const runOn: number[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const a = lines[i]!, b = lines[i + 1]!;
    if (a.trim() && b.trim() && !BULLET.test(b) && !BULLET.test(a)) runOn.push(a.length);
  }
  const nonBlank = lines.filter((l) => l.trim()).map((l) => l.length);
  if (runOn.length < 2 || nonBlank.length === 0) return null;
  const sorted = [...nonBlank].sort((x, y) => x - y);
  const p90 = sorted[Math.floor(sorted.length * 0.9)] ?? 0;
  if (p90 > 100 || p90 < 30) return null;
  const longRunOn = runOn.filter((n) => n >= p90 * 0.55).length;
  return longRunOn / runOn.length >= 0.5 ? sorted[sorted.length - 1]! : null;
}

export function textToBlocks(input: string): RawBlock[] {
  const rawLines = normaliseChars(input).split("\n").map((l) => l.replace(/\s+$/, ""));
  const lines = rawLines.filter((l) => !PAGE_FURNITURE.test(l) || l.trim() === "");
  const wrapWidth = detectWrapWidth(lines);
  const blocks: RawBlock[] = [];
  let para: string[] = [];
  let quoteLines: string[] | null = null;

  const flushPara = () => {
    if (para.length) {
      const joined = para.reduce((acc, l) => {
        if (!acc) return l.trim();
        // re-join a word hyphenated across a line end ("reoffend-\ning")
        if (/[a-z]-$/.test(acc) && /^[a-z]/.test(l.trim())) return acc.slice(0, -1) + l.trim();
        return acc + " " + l.trim();
      }, "");
      const text = foldSpace(stripInlineMarkdown(joined));
      if (text) blocks.push({ kind: "paragraph", text });
    }
    para = [];
  };
  const flushQuote = () => {
    if (quoteLines) {
      const text = foldSpace(stripInlineMarkdown(quoteLines.join(" ")));
      if (text) blocks.push({ kind: "blockquote", text });
    }
    quoteLines = null;
  };

  let prevBlank = true;
  for (const line of lines) {
    const trimmed = line.trim();
    if (!trimmed) {
      flushPara();
      flushQuote();
      prevBlank = true;
      continue;
    }
    // Markdown blockquote: "> text"; an empty "> " line separates its paragraphs
    const bq = /^\s{0,3}>\s?(.*)$/.exec(line);
    if (bq) {
      flushPara();
      const inner = bq[1]!.trim();
      if (!inner) flushQuote();
      else (quoteLines ??= []).push(inner);
      prevBlank = false;
      continue;
    }
    flushQuote();
    const h = MD_HEADING.exec(line);
    if (h) {
      flushPara();
      blocks.push({ kind: "heading", text: foldSpace(stripInlineMarkdown(h[2]!)), level: h[1]!.length });
      prevBlank = false;
      continue;
    }
    if (isTableRow(line)) {
      flushPara();
      if (!isTableRule(line)) {
        const cells = line.trim().replace(/^\|/, "").replace(/\|$/, "").split("|").map((c) => foldSpace(stripInlineMarkdown(c)));
        blocks.push({ kind: "table-row", text: cells.join(" | "), cells });
      }
      prevBlank = false;
      continue;
    }
    if (isTableRule(line) && /\|/.test(line)) continue;
    const b = BULLET.exec(line);
    const runsOn = wrapWidth !== null && para.length > 0 && para[para.length - 1]!.length >= wrapWidth * 0.55;
    // In wrapped text a dash or number at a line start is usually the wrap, not a bullet.
    if (b && !(runsOn && /^[\u2013\u2014\d-]/.test(b[1]!) && !/^\s/.test(line))) {
      flushPara();
      const text = foldSpace(stripInlineMarkdown(line.slice(b[0].length)));
      if (text) blocks.push({ kind: "list-item", text, marker: b[1]! });
      prevBlank = false;
      continue;
    }
    // Continuation of a wrapped list item: an indented line after a list item, no blank between
    const last = blocks[blocks.length - 1];
    if (wrapWidth && !prevBlank && !para.length && last?.kind === "list-item" && /^\s+\S/.test(line)) {
      last.text = foldSpace(last.text + " " + stripInlineMarkdown(trimmed));
      continue;
    }
    if (runsOn) {
      para.push(line);
      prevBlank = false;
      continue;
    }
    flushPara();
    para.push(line);
    if (!wrapWidth) flushPara();
    prevBlank = false;
  }
  flushPara();
  flushQuote();
  return blocks;
}
