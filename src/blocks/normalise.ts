/** Character-level clean-up shared by the text and HTML readers. */

/** Line endings to \n, odd spaces to plain spaces, invisible characters removed. */
export function normaliseChars(text: string): string {
  return text
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .replace(/[\u00A0\u2007\u202F\u2000-\u200A\u3000]/g, " ")
    .replace(/[\u200B-\u200D\u2060\u00AD]/g, "")
    .replace(/\t/g, " ")
    .replace(/\f/g, "\n");
}

/** Trim and fold runs of white space to one space. */
export function foldSpace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
