/**
 * `--format table`: a short human summary of each record, ratings coloured
 * (only when the caller says so: a terminal, NO_COLOR, FORCE_COLOR). Every
 * value from a document goes through stripTerminalControls first, so a
 * hostile document cannot move the cursor, retitle the window or hide text.
 */
import type { ChalkInstance } from "chalk";

import type { InspectionRecord, Rating } from "../schema/record.js";
import { safeLine } from "./sanitize.js";
import type { RecordWriter, WriterFactory } from "./types.js";
import { emit, recordOf } from "./types.js";

const ASPECT_WIDTH = 36;
const QUOTE_MAX = 160;

function paint(chalk: ChalkInstance, rating: Rating | null): string {
  if (rating === null) return chalk.dim("-");
  switch (rating) {
    case "Outstanding":
      return chalk.bold.green(rating);
    case "Good":
      return chalk.green(rating);
    case "Requires improvement":
      return chalk.yellow(rating);
    case "Inadequate":
      return chalk.bold.red(rating);
  }
}

function clip(s: string, max: number): string {
  return s.length > max ? s.slice(0, max - 1) + "…" : s;
}

export function formatTableRecord(record: InspectionRecord, chalk: ChalkInstance): string {
  const safe = (s: string | null | undefined) => (s ? safeLine(s) : "");
  const lines: string[] = [];
  lines.push(chalk.bold(safe(record.source.path) || "<stdin>"));
  if (record.title) lines.push(`  ${safe(record.title)}`);
  const provider = record.provider
    ? `${safe(record.provider.shortName ?? record.provider.name)} (${safe(record.provider.type)})`
    : chalk.dim("provider unknown");
  const meta = [record.documentType, record.subject, record.dates.published ? `published ${record.dates.published}` : null]
    .filter(Boolean)
    .join(" · ");
  lines.push(`  ${provider} · ${meta}`);
  if (record.consortium) lines.push(`  Owned by ${safe(record.consortium.name)}`);
  let overall = `  Overall: ${paint(chalk, record.overallRating)}`;
  if (record.previousOverallRating) overall += ` (previously ${paint(chalk, record.previousOverallRating)})`;
  lines.push(overall);
  for (const a of record.aspectRatings) {
    const name = clip(safe(a.aspect), ASPECT_WIDTH).padEnd(ASPECT_WIDTH);
    const prev = a.previousRating ? ` (previously ${paint(chalk, a.previousRating)})` : "";
    lines.push(`    ${name} ${paint(chalk, a.rating)}${prev}`);
  }
  const facts: string[] = [];
  const c = record.caseload;
  if (c.peopleSupervised !== null) {
    const q = c.peopleSupervisedQualifier && c.peopleSupervisedQualifier !== "exact" ? `${c.peopleSupervisedQualifier} ` : "";
    facts.push(`supervises ${q}${c.peopleSupervised.toLocaleString("en-GB")}`);
  }
  if (c.averageCasesPerStaff !== null) facts.push(`${c.averageCasesPerStaff} cases per officer`);
  if (record.recommendations !== null) facts.push(`${record.recommendations} recommendations`);
  facts.push(`${record.quotes.length} quotes`);
  if (facts.length) lines.push(`  ${facts.join(" · ")}`);
  const chiefQuote = record.quotes.find((q) => q.speaker !== null && q.speaker === record.chiefInspector);
  if (chiefQuote) lines.push(`  “${clip(safe(chiefQuote.text), QUOTE_MAX)}” (${safe(chiefQuote.speaker)})`);
  if (record.warnings.length) {
    lines.push(chalk.yellow(`  ${record.warnings.length} warning${record.warnings.length === 1 ? "" : "s"}:`));
    for (const w of record.warnings) lines.push(chalk.yellow(`    - ${safe(w)}`));
  }
  return lines.join("\n") + "\n";
}

export const tableWriter: WriterFactory = (out, options): RecordWriter => {
  let chalk: ChalkInstance | undefined;
  let count = 0;
  return {
    async write(record) {
      // chalk is loaded on first use: loading it probes the terminal, which the other formats never need
      chalk ??= new (await import("chalk")).Chalk({ level: options.color ? 1 : 0 });
      await emit(out, (count ? "\n" : "") + formatTableRecord(recordOf(record), chalk));
      count++;
    },
    async end() {},
  };
};
