/**
 * Held-out set 27, its yy- documents: an out-of-court rating whose subject
 * carries an aside between spaced ASCII hyphens, "The last inspection of the
 * service was in 2015", an area given as "the rural parishes of the X", and a
 * sample named before the inspectors' verb ("Of the 168 cases inspectors
 * examined, …") (invented names).
 */
import { describe, expect, it } from "vitest";
import { recordOf } from "../helpers.js";

const rec = (t: string, format?: "text" | "html") => recordOf(t, format).record;

describe("aspectRatings: an aside between spaced hyphens ends the subject", () => {
  const doc = (sentence: string) =>
    [
      "Tolbridge youth offending team rated Good",
      "HM Inspectorate of Probation inspected Tolbridge Youth Offending Service in May and published its report today.",
      "It was rated 'Outstanding' for its staff, and 'Good' for governance and leadership.",
      sentence,
    ].join("\n");

  it("'work with children given out-of-court disposals - warnings and … - was rated' is out-of-court work", () => {
    const r = rec(doc("But its work with children given out-of-court disposals - warnings and community resolutions handled away from the courts - was rated 'Requires improvement'."));
    expect(r.aspectRatings).toContainEqual({ aspect: "Out-of-court disposals", rating: "Requires improvement", previousRating: null });
  });

  it("near miss: an aside that names the aspect is kept, not cut", () => {
    const r = rec(doc("But one part of its work - its resettlement work - was rated 'Requires improvement'."));
    expect(r.aspectRatings).toContainEqual({ aspect: "Resettlement", rating: "Requires improvement", previousRating: null });
    expect(r.aspectRatings.map((a) => a.aspect)).not.toContain("Out-of-court disposals");
  });
});

describe("dates.previousInspection: 'The last inspection of the service was in 2015'", () => {
  const doc = (sentence: string) =>
    `Tolbridge youth offending service rated Good\n\nHM Inspectorate of Probation published its report on Tolbridge Youth Offending Service on 4 October 2019. ${sentence} The report makes five recommendations.\n`;

  it("reads the year after the inspection's 'of' phrase and 'was'", () => {
    expect(rec(doc("The last inspection of the service was in 2015, under an older framework that gave no ratings.")).dates.previousInspection).toBe("2015");
  });

  it("reads 'the previous inspection of youth work in the borough was in March 2016'", () => {
    expect(rec(doc("The previous inspection of youth work in the borough was in March 2016.")).dates.previousInspection).toBe("2016-03");
  });

  it("near miss: the last inspection's report, published in a year, is not read", () => {
    expect(rec(doc("The last inspection report was published in 2015 by another body.")).dates.previousInspection).toBeNull();
  });
});

describe("provider.areas: 'the rural parishes of the X'", () => {
  const doc = (sentence: string) =>
    `Tolbridge Probation Trust inspected\n\nHM Inspectorate of Probation inspected Tolbridge Probation Trust in May 2012. ${sentence} At the time it was supervising 2,100 offenders.\n`;

  it("takes the place after the parishes' group words", () => {
    expect(rec(doc("The Trust covers the towns of Ashwell, Brinton and Calder and the rural parishes of the Lower Moor.")).provider?.areas).toEqual(["Ashwell", "Brinton", "Calder", "Lower Moor"]);
  });

  it("near miss: without the group words the list is as before", () => {
    expect(rec(doc("The Trust covers the towns of Ashwell, Brinton and Calder.")).provider?.areas).toEqual(["Ashwell", "Brinton", "Calder"]);
  });
});

describe("figures: a sample named before the inspectors' verb", () => {
  const doc = (sentence: string) =>
    `Tolbridge PDU told to improve\n\nHM Inspectorate of Probation has rated Tolbridge Probation Delivery Unit 'Requires improvement'. ${sentence}\n`;
  const values = (t: string) => rec(doc(t)).figures.map((f) => [f.value, f.unit]);

  it("'Of the 74 cases inspectors examined, …' is a count of 74", () => {
    expect(values("Of the 74 cases inspectors examined, just 41% showed enough work to keep people safe.")).toContainEqual([74, "count"]);
  });

  it("'In the 52 cases that we looked at, …' is a count of 52", () => {
    expect(values("In the 52 cases that we looked at, plans were too thin.")).toContainEqual([52, "count"]);
  });

  it("near miss: '17 of the 40 cases inspectors examined' is the part, not the whole", () => {
    const v = values("In 17 of the 40 cases inspectors examined, plans were too thin.");
    expect(v).toContainEqual([17, "count"]);
    expect(v).not.toContainEqual([40, "count"]);
  });

  it("near miss: 'the 300 people the council supports' names no inspector", () => {
    expect(values("The council said the 300 people it supports each year were examined by its own doctors.")).not.toContainEqual([300, "count"]);
  });
});
