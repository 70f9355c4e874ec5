/**
 * The one place the order of the extractors lives. Extractors run
 * in this order; each may read, through its context, the fields settled by
 * the ones before it (dates need the publication date, quotes the Chief
 * Inspector's name, figures every other numeric field).
 */
import type { Extractor } from "./extractors/types.js";
import { title } from "./extractors/title.js";
import { documentType } from "./extractors/document-type.js";
import { inspectorate } from "./extractors/inspectorate.js";
import { chiefInspector } from "./extractors/chief-inspector.js";
import { provider } from "./extractors/provider.js";
import { subject } from "./extractors/subject.js";
import { consortium } from "./extractors/consortium.js";
import { datesPublished } from "./extractors/dates-published.js";
import { datesInspection } from "./extractors/dates-inspection.js";
import { datesPreviousInspection } from "./extractors/dates-previous-inspection.js";
import { overallRating } from "./extractors/overall-rating.js";
import { aspectRatings } from "./extractors/aspect-ratings.js";
import { aspectsInspected } from "./extractors/aspects-inspected.js";
import { caseload } from "./extractors/caseload.js";
import { staffSickness } from "./extractors/staff-sickness.js";
import { recommendations } from "./extractors/recommendations.js";
import { quotes } from "./extractors/quotes.js";
import { findings } from "./extractors/findings.js";
import { mediaContact } from "./extractors/media-contact.js";
import { figures } from "./extractors/figures.js";

export const EXTRACTORS: readonly Extractor[] = [
  title,
  documentType,
  inspectorate,
  chiefInspector,
  provider,
  subject,
  consortium,
  datesPublished,
  datesInspection,
  datesPreviousInspection,
  overallRating,
  aspectRatings,
  aspectsInspected,
  caseload,
  staffSickness,
  recommendations,
  quotes,
  findings,
  mediaContact,
  figures,
];
