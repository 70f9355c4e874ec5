/**
 * The one interface every extractor shares. An extractor is a small, pure
 * unit: it reads the Doc (and, through the context, fields settled by
 * extractors earlier in the list) and returns candidates, each with the span
 * of text it came from. It never throws for odd input and never edits the
 * record: reconcile/ chooses among candidates and assembles the record.
 */
import type { AlsoInspected, AspectRating, Consortium, Figure, InspectionRecord, MediaContact, Provider, Quote, Rating } from "../schema/record.js";
import type { Doc } from "../segment/types.js";

export interface Span {
  start: number;
  end: number;
  text: string;
}

/** The value type of every field an extractor can fill. List fields take one item a candidate. */
export interface FieldValues {
  documentType: InspectionRecord["documentType"];
  subject: InspectionRecord["subject"];
  title: string;
  inspectorate: string;
  chiefInspector: string;
  provider: Provider;
  consortium: Consortium;
  "dates.published": string;
  "dates.inspectionStart": string;
  "dates.inspectionEnd": string;
  "dates.previousInspection": string;
  overallRating: Rating;
  previousOverallRating: Rating;
  aspectsInspected: number;
  aspectRatings: AspectRating;
  caseload: InspectionRecord["caseload"];
  staffSicknessDays: number;
  recommendations: number;
  quotes: Quote;
  "findings.strengths": string;
  "findings.concerns": string;
  figures: Figure;
  mediaContact: MediaContact;
  alsoInspected: AlsoInspected;
}

export type FieldName = keyof FieldValues;

export const LIST_FIELDS: ReadonlySet<FieldName> = new Set<FieldName>([
  "aspectRatings",
  "quotes",
  "findings.strengths",
  "findings.concerns",
  "figures",
  "alsoInspected",
]);

export interface Candidate<F extends FieldName = FieldName> {
  field: F;
  value: FieldValues[F];
  /** where the value came from, in Doc.text */
  span: Span;
  /** stated in the text, or inferred from it (a year from the publication date) */
  certainty: "explicit" | "implied";
  /** higher wins among candidates for the same scalar field (default 0) */
  rank?: number;
  /** id of the extractor that found it (filled in by the runner) */
  extractor: string;
}

/** What an extractor returns: the candidate minus the extractor id, which the runner adds. */
export type Found<F extends FieldName = FieldName> = Omit<Candidate<F>, "extractor">;

export interface Message {
  /** the extractor (or stage) that raised it */
  source: string;
  reason: string;
  severity: "warning" | "info";
  place?: { start: number; end: number };
}

export interface Context {
  doc: Doc;
  /** the value settled so far for a scalar field (by extractors earlier in the list), or null */
  get<F extends FieldName>(field: F): FieldValues[F] | null;
  /** all candidates so far for a field */
  candidates<F extends FieldName>(field: F): Candidate<F>[];
  /** raise a positioned message; warnings end up in the record's `warnings` */
  message(reason: string, place?: { start: number; end: number }, severity?: Message["severity"]): void;
}

export interface Extractor {
  /** "overall-rating", "quotes": the file name in src/extractors/ */
  id: string;
  /** the fields it fills */
  fields: readonly FieldName[];
  extract(doc: Doc, ctx: Context): Found[];
}

/** Helper for extractors: a span from offsets in Doc.text. */
export function spanOf(doc: Doc, start: number, end: number): Span {
  return { start, end, text: doc.text.slice(start, end) };
}

/** Helper for extractors: a candidate, typed by field. */
export function found<F extends FieldName>(
  field: F,
  value: FieldValues[F],
  span: Span,
  opts: { certainty?: "explicit" | "implied"; rank?: number } = {},
): Found<F> {
  return { field, value, span, certainty: opts.certainty ?? "explicit", ...(opts.rank !== undefined ? { rank: opts.rank } : {}) };
}
