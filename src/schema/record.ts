/**
 * The record contract (RECORD.md) as a zod schema. This is the single source
 * of the record's types: everything else uses `z.infer` of these schemas.
 */
import * as z from "zod";

export const RATINGS = ["Outstanding", "Good", "Requires improvement", "Inadequate"] as const;
export const ratingSchema = z.enum(RATINGS);
export type Rating = z.infer<typeof ratingSchema>;

/** "YYYY", "YYYY-MM" or "YYYY-MM-DD": as precise as the text allows. */
export const partialDateSchema = z
  .string()
  .regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, "expected YYYY, YYYY-MM or YYYY-MM-DD");
export type PartialDate = z.infer<typeof partialDateSchema>;

/** Trimmed, single-spaced, never empty: unknown is null, not "". */
const text = z.string().min(1).refine((s) => s === s.trim(), "must be trimmed");

export const PROVIDER_TYPES = [
  "CRC",
  "NPS division",
  "Probation Trust",
  "Probation region",
  "PDU",
  "Youth justice service",
  "other",
] as const;
export const providerTypeSchema = z.enum(PROVIDER_TYPES);
export type ProviderType = z.infer<typeof providerTypeSchema>;

export const DOCUMENT_TYPES = ["press-release", "news-article", "blog-post", "other"] as const;
export const SUBJECTS = ["provider-inspection", "thematic", "annual-report", "other"] as const;
export const QUALIFIERS = ["exact", "more than", "about", "fewer than"] as const;
export const FIGURE_UNITS = ["percent", "count", "fraction", "days", "cases", "other"] as const;

export const CANONICAL_ASPECTS = [
  "Leadership",
  "Staff",
  "Services",
  "Information and facilities",
  "Assessment",
  "Planning",
  "Implementation and delivery",
  "Reviewing",
  "Unpaid work",
  "Through the Gate",
  "Court reports and case allocation",
  "Statutory victim work",
  "Governance and leadership",
  "Partnerships and services",
  "Resettlement",
  "Out-of-court disposals",
  "Accredited programmes",
] as const;

export const providerSchema = z.object({
  name: text,
  shortName: text.nullable(),
  type: providerTypeSchema,
  areas: z.array(text),
});
export type Provider = z.infer<typeof providerSchema>;

export const consortiumSchema = z.object({
  name: text,
  members: z.array(text),
});
export type Consortium = z.infer<typeof consortiumSchema>;

export const aspectRatingSchema = z.object({
  aspect: text,
  rating: ratingSchema,
  previousRating: ratingSchema.nullable(),
});
export type AspectRating = z.infer<typeof aspectRatingSchema>;

export const quoteSchema = z.object({
  speaker: text.nullable(),
  role: text.nullable(),
  text: z.string().min(1),
});
export type Quote = z.infer<typeof quoteSchema>;

export const figureSchema = z.object({
  value: z.number().finite(),
  unit: z.enum(FIGURE_UNITS),
  text: text,
});
export type Figure = z.infer<typeof figureSchema>;

export const mediaContactSchema = z.object({
  name: text.nullable(),
  role: text.nullable(),
  phones: z.array(text),
  emails: z.array(text),
});
export type MediaContact = z.infer<typeof mediaContactSchema>;

export const alsoInspectedSchema = z.object({
  name: text,
  shortName: text.nullable(),
  type: text,
  overallRating: ratingSchema.nullable(),
});
export type AlsoInspected = z.infer<typeof alsoInspectedSchema>;

export const evidenceSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  extractor: z.string(),
});
export type Evidence = z.infer<typeof evidenceSchema>;

export const recordSchema = z.object({
  schemaVersion: z.literal("1"),
  source: z.object({
    path: z.string().nullable(),
    format: z.enum(["text", "html"]),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    bytes: z.number().int().nonnegative(),
  }),
  documentType: z.enum(DOCUMENT_TYPES),
  subject: z.enum(SUBJECTS),
  title: text.nullable(),
  inspectorate: text.nullable(),
  chiefInspector: text.nullable(),
  provider: providerSchema.nullable(),
  consortium: consortiumSchema.nullable(),
  dates: z.object({
    published: partialDateSchema.nullable(),
    inspectionStart: partialDateSchema.nullable(),
    inspectionEnd: partialDateSchema.nullable(),
    previousInspection: partialDateSchema.nullable(),
  }),
  overallRating: ratingSchema.nullable(),
  previousOverallRating: ratingSchema.nullable(),
  aspectsInspected: z.number().int().positive().nullable(),
  aspectRatings: z.array(aspectRatingSchema),
  caseload: z.object({
    peopleSupervised: z.number().nonnegative().nullable(),
    peopleSupervisedQualifier: z.enum(QUALIFIERS).nullable(),
    peopleSupervisedAsOf: partialDateSchema.nullable(),
    averageCasesPerStaff: z.number().nonnegative().nullable(),
  }),
  staffSicknessDays: z.number().nonnegative().nullable(),
  recommendations: z.number().int().nonnegative().nullable(),
  quotes: z.array(quoteSchema),
  findings: z.object({
    strengths: z.array(text),
    concerns: z.array(text),
  }),
  figures: z.array(figureSchema),
  mediaContact: mediaContactSchema.nullable(),
  alsoInspected: z.array(alsoInspectedSchema),
  warnings: z.array(z.string()),
  /** Extra field, only with --evidence: field path -> where its value came from. */
  evidence: z.record(z.string(), evidenceSchema).optional(),
});

export type InspectionRecord = z.infer<typeof recordSchema>;

/** A record with every field present and unknown (the starting point of assembly). */
export function emptyRecord(source: InspectionRecord["source"]): InspectionRecord {
  return {
    schemaVersion: "1",
    source,
    documentType: "other",
    subject: "other",
    title: null,
    inspectorate: null,
    chiefInspector: null,
    provider: null,
    consortium: null,
    dates: { published: null, inspectionStart: null, inspectionEnd: null, previousInspection: null },
    overallRating: null,
    previousOverallRating: null,
    aspectsInspected: null,
    aspectRatings: [],
    caseload: {
      peopleSupervised: null,
      peopleSupervisedQualifier: null,
      peopleSupervisedAsOf: null,
      averageCasesPerStaff: null,
    },
    staffSicknessDays: null,
    recommendations: null,
    quotes: [],
    findings: { strengths: [], concerns: [] },
    figures: [],
    mediaContact: null,
    alsoInspected: [],
    warnings: [],
  };
}

/** The record's JSON Schema, generated from the zod schema (never written by hand). */
export function recordJsonSchema(): unknown {
  return z.toJSONSchema(recordSchema, { target: "draft-2020-12" });
}

/** Options for every validation of a record: see validateWithoutCompiling. */
let parseOptions: { jitless: true } | undefined;

/**
 * zod compiles a validator for each object schema on its first use: it
 * pays off over many records, but costs a one-document run more than it
 * saves. Called for runs of a few documents. (zod reads its global
 * `jitless` setting when a schema is made, at load time, so setting that
 * afterwards does nothing: each validation asks for it instead.)
 */
export function validateWithoutCompiling(): void {
  parseOptions = { jitless: true };
}

/** A record checked against the schema (compiled or not, see validateWithoutCompiling). */
export function validateRecord(record: unknown): ReturnType<typeof recordSchema.safeParse> {
  return recordSchema.safeParse(record, parseOptions);
}
