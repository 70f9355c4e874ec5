/**
 * Make text from a document safe to print on a terminal: escape sequences
 * (CSI, OSC, DCS and the rest, 7-bit and 8-bit forms) are removed whole,
 * other control characters and bidirectional overrides are dropped, and
 * line breaks and tabs become spaces. A linear scan, no regular expression:
 * hostile input cannot make it slow.
 */

const STRING_INTRODUCERS = new Set([0x5d /* ] OSC */, 0x50 /* P DCS */, 0x5e /* ^ PM */, 0x5f /* _ APC */, 0x58 /* X SOS */]);
const C1_STRINGS = new Set([0x9d, 0x90, 0x9e, 0x9f, 0x98]);

function isBidiControl(c: number): boolean {
  return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c === 0x061c;
}

/** Index just past a control string (OSC, DCS...): ended by BEL, ESC \ or ST (0x9c). */
function skipControlString(s: string, i: number): number {
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (c === 0x07 || c === 0x9c) return i + 1;
    if (c === 0x1b) return s.charCodeAt(i + 1) === 0x5c ? i + 2 : i;
    i++;
  }
  return i;
}

/** Index just past a CSI sequence's parameters, intermediates and final byte. */
function skipCsi(s: string, i: number): number {
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (c >= 0x40 && c <= 0x7e) return i + 1;
    if (c < 0x20 || c > 0x3f) return i; // malformed: stop, the rest is dropped or kept as text
    i++;
  }
  return i;
}

export function stripTerminalControls(input: string, { keepNewlines = false } = {}): string {
  let out = "";
  let i = 0;
  const s = input;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (c === 0x1b) {
      const next = s.charCodeAt(i + 1);
      if (next === 0x5b) i = skipCsi(s, i + 2);
      else if (STRING_INTRODUCERS.has(next)) i = skipControlString(s, i + 2);
      else if (next >= 0x20 && next <= 0x7e) {
        // nF escape: intermediates then a final byte.
        let j = i + 1;
        while (j < s.length && s.charCodeAt(j) >= 0x20 && s.charCodeAt(j) <= 0x2f) j++;
        i = j < s.length ? j + 1 : j;
      } else i++;
      continue;
    }
    if (c === 0x9b) {
      i = skipCsi(s, i + 1);
      continue;
    }
    if (C1_STRINGS.has(c)) {
      i = skipControlString(s, i + 1);
      continue;
    }
    if (c === 0x0a || c === 0x0d || c === 0x09) {
      out += keepNewlines && c === 0x0a ? "\n" : " ";
      i++;
      continue;
    }
    if (c < 0x20 || (c >= 0x7f && c < 0xa0) || isBidiControl(c)) {
      i++;
      continue;
    }
    out += s[i];
    i++;
  }
  return out;
}

/** One line of safe text: controls stripped, runs of spaces collapsed. */
export function safeLine(input: string): string {
  return stripTerminalControls(input).replace(/ {2,}/g, " ").trim();
}
