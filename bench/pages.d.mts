/** Types of bench/pages.mjs (full saved pages for the bench corpus; also used by test/html/saved-pages.test.ts). */
export interface PageMeta {
  /** the page's date, YYYY-MM-DD */
  isoDate: string;
  /** the same date in words: "8 October 2024" */
  wordDate: string;
  /** a summary shown under the headline */
  standfirst: string;
  /** another story's headline, for the furniture's lists */
  otherHeadline: (rand: () => number) => string;
  byline: string;
  paper: string;
}
/** The months' names, January first. */
export const MONTHS: readonly string[];
export function governmentPage(title: string, body: string, meta: PageMeta, rand: () => number): string;
export function inspectoratePage(title: string, body: string, meta: PageMeta, rand: () => number): string;
export function newsPage(title: string, body: string, paragraphs: string[], meta: PageMeta, rand: () => number): string;
