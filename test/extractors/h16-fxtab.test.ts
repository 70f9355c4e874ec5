/**
 * Held-out sets 16 and 17: ratings given as plain-text tables (tab-separated
 * lines, space-padded columns with last time's column first), a table's
 * "Not inspected" cell, "Unpaid work / Community Payback", "the Through the
 * Gate resettlement service", and "…, and …, were each rated" (invented names).
 */
import { describe, expect, it } from "vitest";
import { candidatesOf, docOf, valueOf } from "../helpers.js";
import { canonicalAspect } from "../../src/extractors/lib/aspects.js";

/** "Aspect=Rating<Previous" for each aspect-ratings candidate, sorted. */
function withPrevious(text: string, format?: "text" | "html"): string[] {
  return candidatesOf("aspect-ratings", "aspectRatings", text, format)
    .map((c) => `${c.value.aspect}=${c.value.rating}${c.value.previousRating ? `<${c.value.previousRating}` : ""}`)
    .sort();
}
const overall = (t: string, format?: "text" | "html") => valueOf("overall-rating", "overallRating", t, format);
const rows = (t: string) => docOf(t, "text").blocks.filter((b) => b.kind === "table-row").map((b) => b.cells);

const LEAD = "Brindle Vale CRC rated by inspectors\n\nHM Inspectorate of Probation has published its report on Brindle Vale Community Rehabilitation Company (CRC).\n\n";

describe("text reader: a table of aligned columns", () => {
  it("reads tab-separated lines as table rows, even in hard-wrapped text", () => {
    const wrapped =
      "The company that supervises low and medium-risk people in the two\ncounties needs to improve the quality of its casework, inspectors said\nin a report published on Tuesday morning after a visit in the spring.\n\n";
    const t = `${wrapped}Aspect\tRating\nLeadership\tGood\nInformation and facilities\tRequires improvement\nAssessment\tInadequate\n\nMore text follows here.`;
    expect(rows(t)).toEqual([
      ["Aspect", "Rating"],
      ["Leadership", "Good"],
      ["Information and facilities", "Requires improvement"],
      ["Assessment", "Inadequate"],
    ]);
  });

  it("leaves prose typed with two spaces after a full stop, and a two-line contact block, as they were", () => {
    expect(rows("Inspectors visited in May.  They found good work.\nThe report was published.  It makes five recommendations.\nStaff were praised.  Caseloads were high.\n")).toEqual([]);
    expect(rows("Enquiries:\n\nBrindle Group (investors)        020 7946 0000\nJo Marsh, Head of Relations      jo@example.org\n")).toEqual([]);
  });
});

describe("aspect ratings: a plain-text ratings table", () => {
  it("reads tab-separated Aspect / Rating lines and the Overall line", () => {
    const t = `${LEAD}The ratings were:\n\nAspect\tRating\nLeadership\tGood\nStaffing\tRequires improvement\nImplementation & delivery\tInadequate\nUnpaid work / Community Payback\tOutstanding\nOverall\tRequires improvement\n\nThe chief executive welcomed the report.`;
    expect(withPrevious(t)).toEqual(["Implementation and delivery=Inadequate", "Leadership=Good", "Staff=Requires improvement", "Unpaid work=Outstanding"]);
    expect(overall(t)).toBe("Requires improvement");
  });

  it("reads a space-padded table whose last inspection's column comes first", () => {
    const t = `${LEAD}How the ratings changed:\n\nAspect              Last inspection (2017)    This inspection (2019)\nLeadership          Inadequate                Good\nReviewing           Good                      Requires improvement\nThrough the Gate    Requires improvement      Requires improvement\nOVERALL             Inadequate                Requires improvement\n\nENDS`;
    expect(withPrevious(t)).toEqual(["Leadership=Good<Inadequate", "Reviewing=Requires improvement<Good", "Through the Gate=Requires improvement<Requires improvement"]);
    expect(overall(t)).toBe("Requires improvement");
  });

  it("takes neither column when no header row says which is which", () => {
    const t = `${LEAD}Leadership          Inadequate                Good\nReviewing           Good                      Requires improvement\nThrough the Gate    Requires improvement      Requires improvement\n\nENDS`;
    expect(withPrevious(t)).toEqual([]);
  });
});

describe("aspect labels: several names of one aspect", () => {
  it("reads 'Unpaid work / Community Payback' as Unpaid work", () => {
    expect(canonicalAspect("Unpaid work / Community Payback")).toBe("Unpaid work");
    expect(canonicalAspect("Community Payback (unpaid work)")).toBe("Unpaid work");
  });
  it("never merges two different aspects", () => {
    expect(canonicalAspect("Unpaid work / Leadership")).toBeNull();
  });
});

describe("aspect ratings: a table cell 'Not inspected'", () => {
  const table = (prevCell: string, curCell: string) =>
    `<html><body><h1>Kestrel Downs region inspected</h1><p>Inspectors rated the Kestrel Downs region of the Probation Service.</p><table><thead><tr><th>Standard</th><th>Previous rating (2021)</th><th>2023 rating</th></tr></thead><tbody><tr><td>Leadership</td><td>Good</td><td>Requires improvement</td></tr><tr><td>Resettlement</td><td>${prevCell}</td><td>${curCell}</td></tr></tbody></table></body></html>`;

  it("reads the row's aspect, with no previous rating, when last time's cell says 'Not inspected'", () => {
    expect(withPrevious(table("Not inspected", "Inadequate"), "html")).toEqual(["Leadership=Requires improvement<Good", "Resettlement=Inadequate"]);
  });

  it("keeps the header after a row 'Not inspected' in both columns", () => {
    const t = table("Not inspected", "Not inspected").replace("</tbody>", "<tr><td>Reviewing</td><td>Inadequate</td><td>Good</td></tr></tbody>");
    expect(withPrevious(t, "html")).toEqual(["Leadership=Requires improvement<Good", "Reviewing=Good<Inadequate"]);
  });

  it("reads nothing for the row when this time's cell says 'Not inspected'", () => {
    expect(withPrevious(table("Good", "Not inspected"), "html")).toEqual(["Leadership=Requires improvement<Good"]);
  });
});

describe("aspect ratings: 'the Through the Gate resettlement service' is one aspect", () => {
  it("rates Through the Gate only", () => {
    expect(withPrevious(`${LEAD}Leadership and the Through the Gate resettlement service were judged 'Outstanding'.`)).toEqual(["Leadership=Outstanding", "Through the Gate=Outstanding"]);
  });
  it("still reads resettlement named apart", () => {
    expect(withPrevious("Hollin Bay youth justice service was inspected in May. Resettlement was rated 'Good'.")).toEqual(["Resettlement=Good"]);
  });
});

describe("overall rating: things of the provider's 'were each rated'", () => {
  it("reads no overall rating from '…, and the way it reviewed cases, were each rated'", () => {
    const t = `${LEAD}However, the CRC's handling of supervision, and the way it reviewed cases when things changed, were each rated 'Requires improvement'.`;
    expect(overall(t)).toBeNull();
  });
  it("still reads '<provider> and the company that owns it were both rated'", () => {
    const t = `${LEAD}Brindle Vale CRC and the company that owns it were both rated 'Good'.`;
    expect(overall(t)).toBe("Good");
  });
});
