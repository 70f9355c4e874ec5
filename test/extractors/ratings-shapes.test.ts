/** Ratings written in the shapes held-out set 4 brought (invented names throughout). */
import { describe, expect, it } from "vitest";
import { aspectPairsOf, candidatesOf, docOf, valueOf } from "../helpers.js";
import type { AspectRating, Provider } from "../../src/schema/record.js";
import { analyseRatings } from "../../src/extractors/lib/aspects-analyse.js";

const aspects = (t: string, format?: "text" | "html"): AspectRating[] =>
  candidatesOf("aspect-ratings", "aspectRatings", t, format).map((c) => c.value);
const pairs = aspectPairsOf;
const overall = (t: string, format?: "text" | "html") => valueOf("overall-rating", "overallRating", t, format);
const previous = (t: string, format?: "text" | "html") => valueOf("overall-rating", "previousOverallRating", t, format);
const page = (body: string): string => `<html><body><article><h1>Brackwater PDU inspected</h1>${body}<p>${"Inspectors spoke to staff and partners over two weeks. ".repeat(5)}</p></article></body></html>`;

describe("ratings in a definition list and a highlighted box", () => {
  it("reads each term and value of a <dl> as an aspect's rating", () => {
    const html = page(`<h3>Organisational delivery</h3><dl><dt>Leadership</dt><dd>Good</dd><dt>Staffing</dt><dd>Inadequate</dd></dl>
      <h3>Case supervision</h3><dl><dt>Planning</dt><dd>‘Requires improvement’</dd><dt>Reviewing</dt><dd>Good</dd></dl>`);
    expect(pairs(html, "html")).toEqual(["Leadership=Good", "Planning=Requires improvement", "Reviewing=Good", "Staff=Inadequate"]);
  });

  it("reads the overall rating from a label block above a rating block", () => {
    expect(overall(page(`<div class="box"><p>Overall rating</p><p>Requires improvement</p></div><p>Brackwater PDU was inspected in May.</p>`), "html")).toBe("Requires improvement");
    expect(overall(page(`<div class="verdict"><h2>Overall rating:</h2><p><strong>Good</strong></p></div><p>Brackwater PDU was inspected in May.</p>`), "html")).toBe("Good");
    // near miss: a heading "Overall rating" above prose is no value
    expect(overall(page(`<h2>Overall rating</h2><p>Good progress had been made since the last visit, inspectors said.</p>`), "html")).toBeNull();
  });
});

describe("a rating given at the last inspection", () => {
  it("is the previous overall rating, not the current one", () => {
    const t = "Dunmere Community Rehabilitation Company (CRC) has been rated ‘Good’ by HM Inspectorate of Probation. It was last inspected in 2017, when it was rated ‘Requires improvement’.";
    expect(overall(t)).toBe("Good");
    expect(previous(t)).toBe("Requires improvement");
    const t2 = "Lockhart PDU has been rated ‘Inadequate’. When the PDU was last inspected, in 2021, the unit was rated ‘Good’.";
    expect(overall(t2)).toBe("Inadequate");
    expect(previous(t2)).toBe("Good");
    // near miss: the current rating after a mention of the last inspection
    const t3 = "Since Lockhart PDU was last inspected in 2021 it has been rated ‘Good’ by inspectors.";
    expect(previous(t3)).toBeNull();
  });

  it("gives an aspect its previous rating when stated in a sentence of its own", () => {
    const t = "The CRC achieved a ‘Good’ rating for its unpaid work. Unpaid work had previously been rated ‘Inadequate’.";
    expect(aspects(t)).toEqual([{ aspect: "Unpaid work", rating: "Good", previousRating: "Inadequate" }]);
    // two different old ratings: none taken
    const t2 = "Unpaid work was rated ‘Good’. Unpaid work had previously been rated ‘Inadequate’. In 2015 unpaid work had previously been rated ‘Requires improvement’.";
    expect(aspects(t2)).toEqual([{ aspect: "Unpaid work", rating: "Good", previousRating: null }]);
  });
});

describe("aspects written in other ways", () => {
  it("reads 'the range of services available to people' as services", () => {
    expect(pairs("Leadership was rated as requiring improvement, while the range of services available to people on probation was rated good.")).toEqual([
      "Leadership=Requires improvement",
      "Services=Good",
    ]);
    expect(pairs("The range and quality of services was rated ‘Outstanding’.")).toEqual(["Services=Outstanding"]);
    // near miss: services for someone else
    expect(pairs("The range of services for victims of crime was rated ‘Good’.")).toEqual([]);
  });

  it("reads 'as were X and the team's Y' with a possessive", () => {
    expect(pairs("Governance and leadership was rated inadequate, as were staffing and the service's partnerships and services.")).toEqual([
      "Governance and leadership=Inadequate",
      "Partnerships and services=Inadequate",
      "Staff=Inadequate",
    ]);
    // near miss: a possessive of someone who is not the provider
    expect(pairs("Leadership was rated ‘Good’, as were the manager's views on planning.")).toEqual(["Leadership=Good"]);
  });

  it("reads 'found that staffing ‘Requires improvement’'", () => {
    expect(pairs("They rated leadership and services as ‘Good’, but found that staffing ‘Requires improvement’, with posts hard to fill.")).toEqual([
      "Leadership=Good",
      "Services=Good",
      "Staff=Requires improvement",
    ]);
    // near miss: "that staff were ..." is not the rated aspect
    expect(pairs("Inspectors found that staff were committed and rated the unit ‘Good’.")).toEqual([]);
  });

  it("keeps a standard's long name as one aspect", () => {
    expect(pairs("Resettlement policy and provision was rated ‘Good’.")).toEqual(["Resettlement=Good"]);
    expect(pairs("Out-of-court work was rated ‘Good’, and resettlement policy and provision was rated ‘Outstanding’.")).toEqual(["Out-of-court disposals=Good", "Resettlement=Outstanding"]);
    // a name running on into a noun gives no second aspect of the document's own words
    expect(pairs("Its unpaid work placements and reviewing were rated ‘Good’.")).toEqual(["Reviewing=Good", "Unpaid work=Good"]);
  });
});

describe("another provider sharing a place name", () => {
  const pdu: Provider = { name: "North Brackwater Probation Delivery Unit", shortName: "North Brackwater PDU", type: "PDU", areas: [] };
  const yjs: Provider = { name: "Brackwater Youth Justice Service", shortName: "Brackwater YJS", type: "Youth justice service", areas: [] };
  const text =
    "North Brackwater PDU has been rated ‘Requires improvement’ overall, up from ‘Inadequate’ when it was last inspected in 2022.\n\nBrackwater Youth Justice Service, which was rated ‘Outstanding’ when it was last inspected in 2021, is starting a mentoring scheme.";
  const overallEvents = (p: Provider) =>
    analyseRatings(docOf(text), p)
      .events.filter((e) => e.kind === "overall")
      .map((e) => `${e.rating}<${e.previous}`);

  it("is not the main provider when it is of the other kind (youth justice against probation)", () => {
    expect(overallEvents(pdu)).toEqual(["Requires improvement<Inadequate"]);
    expect(overallEvents(yjs)).toEqual(["null<Outstanding"]);
  });
});
