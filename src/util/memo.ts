/**
 * Answers remembered by string key. Many rules ask the same question of the
 * same short text again and again (is this a name token, what is this place
 * phrase's key); each such function keeps its answers here. The table is
 * bounded: when full it is emptied, so a batch of thousands of documents
 * never grows it without limit.
 */
export function memoByString<T>(fn: (s: string) => T, limit = 1000): (s: string) => T {
  const answers = new Map<string, T>();
  return (s: string): T => {
    let v = answers.get(s);
    if (v === undefined && !answers.has(s)) {
      v = fn(s);
      if (answers.size >= limit) answers.clear();
      answers.set(s, v);
    }
    return v as T;
  };
}
