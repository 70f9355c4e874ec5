/**
 * Keyword gates: one scan of a text with a global alternation of words,
 * OR-ing together the bits each word found stands for. Matches may overlap
 * (the scan steps one character past each match's start), so a word inside
 * another ("inspect" in "inspection") is seen too.
 */
export function wordMask(re: RegExp, bits: ReadonlyMap<string, number>, text: string): number {
  let mask = 0;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    mask |= bits.get(m[0].toLowerCase()) ?? 0;
    re.lastIndex = m.index + 1;
  }
  return mask;
}

/** A word as a literal in a pattern (the gate words hold at most ".", "(" and ")"). */
export function escapeWord(w: string): string {
  return w.replace(/[.()]/g, "\\$&");
}

/**
 * The global pattern for wordMask over the words of several bit maps (one
 * scan for all of them). A word that starts with a letter is tried only
 * where a word starts (\b), unless listed in `inside` (it may end a word:
 * "enewsletter", "40percent"); most places are inside a word. Longest first,
 * and each map gives a word the bits of the words it starts with ("sampled",
 * "sample"): the word reported at a place is never a shorter one's.
 */
export function wordScan(maps: readonly Map<string, number>[], inside: readonly string[] = []): RegExp {
  const words = [...new Set(maps.flatMap((bits) => [...bits.keys()]))].sort((a, b) => b.length - a.length);
  for (const bits of maps) {
    for (const w of words) for (const v of words) if (v !== w && w.startsWith(v) && bits.has(v)) bits.set(w, (bits.get(w) ?? 0) | bits.get(v)!);
  }
  const atStart = words.filter((w) => /^[a-z]/.test(w) && !inside.includes(w));
  const anywhere = words.filter((w) => !atStart.includes(w));
  return new RegExp([`\\b(?:${atStart.map(escapeWord).join("|")})`, ...anywhere.map(escapeWord)].join("|"), "gi");
}
