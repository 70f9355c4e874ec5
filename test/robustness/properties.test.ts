/**
 * Property-based: random and adversarial text through the whole pipeline
 * (recordOf = extractDecoded) never throws, stays within a time budget per
 * document and always yields a schema-valid record. Seeds are fixed so a
 * failure replays; fast-check shrinks it to a small counter-example.
 */
import fc from "fast-check";
import * as chrono from "chrono-node";
import { beforeAll, describe, expect, it } from "vitest";
import { recordOf } from "../helpers.js";
import { recordSchema } from "../../src/schema/record.js";
import { nlp } from "../../src/nlp/compromise.js";

/** 2 s of CPU per document of up to 50 KB (a few milliseconds is typical). */
const BUDGET_MS = 2_000;
const MAX_CHARS = 50_000;

const TOKENS = [
  '"', "\u201c", "\u201d", "'", "\u2018", "\u2019", "``", "''",
  "1,", "234", "1,234,567", "12.5", "0", "%", " per cent", "one in five", "two-thirds",
  "Mr ", "Mrs ", "Ms ", "Dr ", "Dame ", "Sir ", "Justin Russell", "Chief Inspector of Probation ",
  " ", "  ", "\t", "\n", "\n\n", "\r\n", "\u00a0", "\u200b",
  "<div>", "</div>", "<p>", "</p>", "<b>", "<i>", "</i>", "<li>", "<ul>", "<ol>", "<br>", "<h1>", "</h1>", "<table><tr><td>", "<script>", "</script>", "<!--", "-->", "<", ">", "&amp;", "&#8217;", "&nbsp;",
  "- ", "* ", "\u2022 ", "1. ", "(a) ",
  "rated ", "Good", "Outstanding", "Requires improvement", "Inadequate", "requires improvement", "overall",
  "said: ", "said", "added", ", ", ". ", ": ", "; ", "(", ")", "[", "]", "\u2013", "\u2014", "/", "\\",
  "HM Inspectorate of Probation", "the inspectorate", "CRC", "Community Rehabilitation Company", "Probation Trust", "National Probation Service", "PDU", "Youth Justice Service",
  "January 2020", "between 3 and 7 February 2019", "2019", "31/12/2018", "Published ", "Notes to editors", "ENDS", "inspectors found ", "recommendations", "caseload of 45 cases",
  "www.example.org", "@", "020 7946 0000", "press.office@example.gov.uk",
];

const token = fc.constantFrom(...TOKENS);
/** A run of one token repeated many times: quotes, digits, spaces, tags. */
const run = fc.tuple(token, fc.integer({ min: 1, max: 3000 })).map(([t, n]) => t.repeat(n));
const adversarial = fc
  .array(fc.oneof({ weight: 4, arbitrary: token }, { weight: 1, arbitrary: run }, { weight: 1, arbitrary: fc.string({ maxLength: 40 }) }), { maxLength: 400 })
  .map((parts) => parts.join("").slice(0, MAX_CHARS));
const nestedTags = fc
  .tuple(fc.constantFrom("div", "p", "b", "li", "blockquote", "span", "ul"), fc.integer({ min: 1, max: 5000 }), fc.string({ maxLength: 200 }), fc.boolean())
  .map(([tag, n, inner, close]) => `<html><body>${`<${tag}>`.repeat(n)}${inner}${close ? `</${tag}>`.repeat(n) : ""}</body></html>`);

function survives(text: string, format?: "text" | "html"): void {
  // CPU time, not wall time: a busy shared machine must not fail the budget.
  const c0 = process.cpuUsage();
  const { record } = recordOf(text, format);
  const used = process.cpuUsage(c0);
  const ms = (used.user + used.system) / 1000;
  const parsed = recordSchema.safeParse(record);
  if (!parsed.success) throw new Error(`invalid record: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  if (ms > BUDGET_MS) throw new Error(`took ${ms.toFixed(0)} ms of CPU (budget ${BUDGET_MS} ms) on ${text.length} chars`);
}

beforeAll(() => {
  // Warm up: lazy modules (compromise, chrono) load once, outside the budget.
  nlp()("Inspectors found forty-two cases in Leeds.").numbers().get();
  chrono.en.GB.parse("arguments on the third of March last year", new Date(Date.UTC(2000, 0, 1)));
  recordOf("HM Inspectorate of Probation rated the Eastbridge CRC 'Good' in March 2020. Mr Smith said: \"Fine.\"");
  recordOf("<html><body><p>HM Inspectorate of Probation said: \u201cFine.\u201d</p></body></html>", "html");
}, 120_000);

describe("any text yields a schema-valid record, in time", () => {
  it("random strings, as text and as HTML", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2000, unit: "binary" }), fc.constantFrom<"text" | "html" | undefined>("text", "html", undefined), (s, format) => {
        survives(s, format);
      }),
      { numRuns: 150, seed: 4242 },
    );
  }, 300_000);

  it("adversarial runs: quote marks, digits with commas, 'Mr ', spaces, tags", () => {
    fc.assert(
      fc.property(adversarial, fc.constantFrom<"text" | "html">("text", "html"), (s, format) => {
        survives(s, format);
      }),
      { numRuns: 150, seed: 1312 },
    );
  }, 300_000);

  it("deeply nested and unclosed tags", () => {
    fc.assert(
      fc.property(nestedTags, (s) => {
        survives(s, "html");
      }),
      { numRuns: 40, seed: 99 },
    );
  }, 300_000);

  it("long uniform runs of each adversarial token (up to 50 KB)", () => {
    const slow: string[] = [];
    for (const t of TOKENS) {
      const s = t.repeat(Math.floor(MAX_CHARS / t.length));
      for (const format of ["text", "html"] as const) {
        try {
          survives(s, format);
        } catch (err) {
          slow.push(`${JSON.stringify(t)} x${s.length / t.length} as ${format}: ${(err as Error).message}`);
        }
      }
    }
    expect(slow).toEqual([]);
  }, 600_000);
});
