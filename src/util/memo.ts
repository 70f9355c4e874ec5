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
      // the answer is worked out from the copy, so that strings in it are cut from the copy too
      const key = detached(s);
      v = fn(key);
      if (answers.size >= limit) answers.clear();
      answers.set(key, v);
    }
    return v as T;
  };
}

/**
 * A copy of `s` that shares no memory with the text it was cut from. V8
 * keeps a slice of a string (13 characters or more) as a pointer into the
 * whole: a sentence kept as a memo's key would keep its whole document
 * alive, and a memo of a few thousand keys then holds a few thousand
 * documents (a batch grew by about 6 KB a document that way). Every table
 * that outlives a document stores its keys through this.
 */
export function detached(s: string): string {
  // Concatenating makes a new string; slicing it flattens it into a fresh copy first.
  return s.length < 13 ? s : (" " + s).slice(1);
}
