/**
 * The one module that touches compromise. It is loaded on first use only
 * (loading it costs about 0.3 s), synchronously through its CommonJS build,
 * so an extractor that never needs NLP never pays for it.
 */
import { createRequire } from "node:module";

type Nlp = typeof import("compromise").default;

let instance: Nlp | undefined;

export function nlp(): Nlp {
  if (!instance) {
    const require = createRequire(import.meta.url);
    instance = require("compromise") as Nlp;
  }
  return instance;
}

export function nlpLoaded(): boolean {
  return instance !== undefined;
}

const SMALL: Record<string, number> = {
  zero: 0, no: 0, none: 0, one: 1, a: 1, an: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** Words for numbers that the fast path understands without NLP. */
export const NUMBER_WORD = String.raw`(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?(?:\s+(?:hundred|thousand|million)(?:\s+(?:one|two|three|four|five|six|seven|eight|nine)\s+hundred)?(?:\s+and\s+\w+)?)?`;

/**
 * "42", "6,235", "17.5", "nine", "forty-two", "sixteen thousand" -> number.
 * Simple forms are parsed here; anything else goes to compromise.
 */
export function parseNumber(raw: string): number | null {
  const s = raw.trim().toLowerCase().replace(/\s+/g, " ");
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(s)) return Number(s.replace(/,/g, ""));
  if (/^\d+(?:\.\d+)?$/.test(s)) return Number(s);
  const m = /^(\d+(?:\.\d+)?)\s*(thousand|million|k|m)$/.exec(s);
  if (m) return Number(m[1]) * (m[2] === "thousand" || m[2] === "k" ? 1000 : 1_000_000);
  const parts = s.split(/[- ]/);
  if (parts.every((p) => p in SMALL || p === "hundred" || p === "thousand" || p === "million" || p === "and")) {
    let total = 0;
    let current = 0;
    for (const p of parts) {
      if (p === "and") continue;
      if (p === "hundred") current = (current || 1) * 100;
      else if (p === "thousand" || p === "million") {
        total += (current || 1) * (p === "thousand" ? 1000 : 1_000_000);
        current = 0;
      } else current += SMALL[p]!;
    }
    return total + current;
  }
  const values = nlp()(s).numbers().get() as unknown[];
  const value = values[0];
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}
