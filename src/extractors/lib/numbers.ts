/**
 * Number helpers for the numeric extractors: a regex source for numbers as
 * written ("6,235", "17.5", "12k", "sixteen thousand", "forty-two"), their
 * values, qualifiers ("more than", "around", "fewer than"), and the
 * fraction words the inspectorate uses ("a third", "two-thirds", "half").
 */
import { NUMBER_WORD, parseNumber } from "../../nlp/compromise.js";

/** Digits (with thousands commas and decimals, optionally "thousand"/"million"), or number words. */
export const NUM = String.raw`(?:(?<![\d,.])(?:\d{1,3}(?:,\d{3})+|\d{1,9})(?:\.\d{1,3})?(?![\d,]\d)(?:\s{1,2}(?:thousand|million))?|\b${NUMBER_WORD}\b)`;

export function numberOf(raw: string): number | null {
  const v = parseNumber(raw.replace(/[\u00a0\s]+/g, " "));
  return v !== null && Number.isFinite(v) ? v : null;
}

export type Qualifier = "exact" | "more than" | "about" | "fewer than";

/** Qualifier words right before a number, as a regex source (one group-free alternative list). */
export const QUAL = String.raw`(?:(?:just|slightly|well|a\s{1,2}little)\s{1,2})?(?:more\s{1,2}than|over|in\s{1,2}excess\s{1,2}of|upwards\s{1,2}of|at\s{1,2}least|above|around|about|approximately|approx\.?|roughly|some|nearly|almost|close\s{1,2}to|an\s{1,2}estimated|c\.|circa|fewer\s{1,2}than|less\s{1,2}than|under|below|up\s{1,2}to)`;

export function qualifierOf(raw: string | undefined | null): Qualifier {
  if (!raw) return "exact";
  const s = raw.toLowerCase().replace(/\s+/g, " ").trim();
  if (/\b(?:more than|over|in excess of|upwards of|at least|above)$/.test(s)) return "more than";
  if (/\b(?:fewer than|less than|under|below|up to)$/.test(s)) return "fewer than";
  return "about";
}

/** Fraction words, longest first, with their value to two places. */
export const FRACTIONS: [RegExp, number][] = [
  [/\b(?:two|2)[- ]thirds\b/i, 0.67],
  [/\b(?:three|3)[- ]quarters\b/i, 0.75],
  [/\b(?:a|one)[- ]third\b/i, 0.33],
  [/\b(?:a|one)[- ]quarter\b/i, 0.25],
  [/\b(?:a|one)[- ]fifth\b/i, 0.2],
  [/\b(?:two|2)[- ]fifths\b/i, 0.4],
  [/\b(?:three|3)[- ]fifths\b/i, 0.6],
  [/\b(?:four|4)[- ]fifths\b/i, 0.8],
  [/\b(?:a|one)[- ]tenth\b/i, 0.1],
  [/\bhalf\b/i, 0.5],
];

/** Round to two places. */
export function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
