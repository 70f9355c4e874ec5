/** A hand-made record for the writer tests (independent of the extractors). */
import { emptyRecord, type InspectionRecord } from "../../src/schema/record.js";
import { Sink } from "../cli/fake-io.js";
import type { WriterFactory } from "../../src/output/index.js";

export function sampleRecord(overrides: Partial<InspectionRecord> = {}): InspectionRecord {
  const r = emptyRecord({ path: "docs/northshire.txt", format: "text", sha256: "a".repeat(64), bytes: 1234 });
  r.documentType = "press-release";
  r.subject = "provider-inspection";
  r.title = "Northshire probation service rated 'Good'";
  r.chiefInspector = "Martin Jones";
  r.provider = { name: "Northshire Probation Delivery Unit", shortName: "Northshire PDU", type: "PDU", areas: ["Northtown", "Southtown"] };
  r.dates.published = "2023-03";
  r.dates.inspectionStart = "2022-11";
  r.overallRating = "Good";
  r.previousOverallRating = "Requires improvement";
  r.aspectsInspected = 3;
  r.aspectRatings = [
    { aspect: "Leadership", rating: "Outstanding", previousRating: null },
    { aspect: "Information and facilities", rating: "Requires improvement", previousRating: "Inadequate" },
    { aspect: "Out-of-court disposals", rating: "Inadequate", previousRating: null },
  ];
  r.caseload.peopleSupervised = 2500;
  r.caseload.peopleSupervisedQualifier = "about";
  r.recommendations = 4;
  r.quotes = [
    { speaker: "Jo Bloggs", role: "Head of service", text: "We welcome the report." },
    { speaker: "Martin Jones", role: "Chief Inspector of Probation", text: 'Staff know people "well", and leaders, too.' },
  ];
  r.warnings = ["two overall ratings"];
  return { ...r, ...overrides };
}

export async function render(factory: WriterFactory, records: InspectionRecord[], color = false): Promise<string> {
  const sink = new Sink();
  const w = factory(sink, { color });
  for (const r of records) await w.write(r);
  await w.end();
  return sink.text();
}
