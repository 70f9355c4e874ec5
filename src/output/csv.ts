/**
 * `--format csv`: one row per record, flat columns (documented in README.md),
 * written with csv-stringify. Unknown values are empty cells; lists are joined
 * with "; ".
 */
import { stringify } from "csv-stringify/sync";

import { CANONICAL_ASPECTS, type InspectionRecord } from "../schema/record.js";
import type { RecordWriter, WriterFactory } from "./types.js";
import { emit, recordOf } from "./types.js";

type Cell = string | number | null;

/** "Information and facilities" -> "aspect_information_and_facilities" */
export function aspectColumn(aspect: string): string {
  return "aspect_" + aspect.toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_|_$/g, "");
}

/** The first quote spoken by the Chief Inspector (by name, or by role when the name is unknown). */
export function chiefInspectorQuote(record: InspectionRecord): string | null {
  const chief = record.chiefInspector;
  const quote =
    (chief ? record.quotes.find((q) => q.speaker === chief) : undefined) ??
    record.quotes.find((q) => q.role !== null && /\bchief inspector\b/i.test(q.role));
  return quote ? quote.text : null;
}

export const CSV_COLUMNS: readonly [string, (r: InspectionRecord) => Cell][] = [
  ["path", (r) => r.source.path],
  ["title", (r) => r.title],
  ["document_type", (r) => r.documentType],
  ["subject", (r) => r.subject],
  ["provider", (r) => r.provider?.name ?? null],
  ["provider_type", (r) => r.provider?.type ?? null],
  ["provider_short_name", (r) => r.provider?.shortName ?? null],
  ["provider_areas", (r) => (r.provider ? r.provider.areas.join("; ") : null)],
  ["consortium", (r) => r.consortium?.name ?? null],
  ["published", (r) => r.dates.published],
  ["inspection_start", (r) => r.dates.inspectionStart],
  ["inspection_end", (r) => r.dates.inspectionEnd],
  ["previous_inspection", (r) => r.dates.previousInspection],
  ["overall_rating", (r) => r.overallRating],
  ["previous_overall_rating", (r) => r.previousOverallRating],
  ...CANONICAL_ASPECTS.map(
    (aspect) =>
      [aspectColumn(aspect), (r: InspectionRecord) => r.aspectRatings.find((a) => a.aspect === aspect)?.rating ?? null] as [
        string,
        (r: InspectionRecord) => Cell,
      ],
  ),
  ["aspects_inspected", (r) => r.aspectsInspected],
  ["people_supervised", (r) => r.caseload.peopleSupervised],
  ["people_supervised_qualifier", (r) => r.caseload.peopleSupervisedQualifier],
  ["people_supervised_as_of", (r) => r.caseload.peopleSupervisedAsOf],
  ["average_cases_per_staff", (r) => r.caseload.averageCasesPerStaff],
  ["staff_sickness_days", (r) => r.staffSicknessDays],
  ["recommendations", (r) => r.recommendations],
  ["quotes", (r) => r.quotes.length],
  ["chief_inspector_quote", chiefInspectorQuote],
  ["warnings", (r) => r.warnings.length],
];

export function csvRow(record: InspectionRecord): Cell[] {
  return CSV_COLUMNS.map(([, get]) => get(record));
}

export const csvWriter: WriterFactory = (out): RecordWriter => {
  let headerDone = false;
  const header = async () => {
    if (headerDone) return;
    headerDone = true;
    await emit(out, stringify([CSV_COLUMNS.map(([name]) => name)]));
  };
  return {
    async write(record) {
      await header();
      await emit(out, stringify([csvRow(recordOf(record))], { cast: { number: (n) => String(n) } }));
    },
    async end() {
      await header();
    },
  };
};
