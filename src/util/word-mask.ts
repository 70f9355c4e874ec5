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
