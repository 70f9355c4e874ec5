/**
 * Held-out set 18: ratings in a social post's emoji-led lines (a group with
 * its members in brackets), "every stage of case supervision", two grades
 * compared ("between 'X' and 'Y'"), "the range of services on offer and …",
 * "the only area rated good was …", court work named by who does it, and a
 * ratings chart's alt text read as a list of labels and ratings (invented names).
 */
import { describe, expect, it } from "vitest";
import { aspectPairsOf, docOf, valueOf } from "../helpers.js";
import { aspectsOfLabel } from "../../src/extractors/lib/aspects.js";

const pairs = aspectPairsOf;
const overall = (t: string, format?: "text" | "html") => valueOf("overall-rating", "overallRating", t, format);

const POST = "Hollin Vale Community Page\n\nOur probation team in Hollin Vale has been rated ‘Good’ overall by the inspectors!\n\n";

describe("aspect ratings: emoji-led 'Aspect – Rating' lines", () => {
  it("reads each line, the emoji standing for a bullet", () => {
    const text = POST + "🌟 Leadership – Outstanding\n\n✅ Staff – Good\n\n⚠️ Information and facilities – Requires improvement\n\nWell done all.";
    expect(pairs(text)).toEqual(["Information and facilities=Requires improvement", "Leadership=Outstanding", "Staff=Good"]);
  });

  it("reads a group line whose members follow in brackets", () => {
    const text = POST + "✅ Staff – Good\n\n✅ All four areas of case supervision (assessment, planning, implementation & delivery, reviewing) – Good\n\nWell done all.";
    expect(pairs(text)).toEqual(["Assessment=Good", "Implementation and delivery=Good", "Planning=Good", "Reviewing=Good", "Staff=Good"]);
  });

  it("near miss: an emoji line whose label names no aspect, alone, rates nothing", () => {
    expect(pairs(POST + "🎉 Our volunteers – Outstanding\n\nThanks to everyone.")).toEqual([]);
  });

  it("near miss: bracketed members that are not the group's are no group", () => {
    expect(aspectsOfLabel("All four areas of case supervision (assessment, planning, implementation & delivery, reviewing)")).toEqual(["Assessment", "Planning", "Implementation and delivery", "Reviewing"]);
    expect(aspectsOfLabel("Case supervision (assessment, planning and reviewing)")).toEqual(["Assessment", "Planning", "Reviewing"]);
    expect(aspectsOfLabel("All four areas of case supervision (leadership, staff)")).toBeNull();
    expect(aspectsOfLabel("Our office (assessment, planning)")).toBeNull();
  });
});

describe("aspect ratings: 'every stage of case supervision'", () => {
  it("is the four standards of case supervision", () => {
    expect(pairs("Inspectors found leadership was judged inadequate, and so was every stage of case supervision – assessing, planning, delivering and reviewing.")).toEqual([
      "Assessment=Inadequate",
      "Implementation and delivery=Inadequate",
      "Leadership=Inadequate",
      "Planning=Inadequate",
      "Reviewing=Inadequate",
    ]);
  });

  it("near miss: every stage of something else names no aspect", () => {
    expect(pairs("Leadership was judged inadequate, and so was every stage of the building work.")).toEqual(["Leadership=Inadequate"]);
  });
});

describe("overall rating: two grades compared are neither given", () => {
  const lead = "Fenwold Community Rehabilitation Company was rated ‘Inadequate’ by HM Inspectorate of Probation. ";
  it("'the difference between X and Y' leaves the provider's rating alone", () => {
    expect(overall(lead + "Looking at both reports, the company says the difference between ‘Requires improvement’ and ‘Inadequate’ is a small one.")).toBe("Inadequate");
  });

  it("near miss: a grade given after 'between' a time and another is read", () => {
    expect(overall("Between 2019 and this spring, Fenwold Community Rehabilitation Company was rated ‘Good’ by HM Inspectorate of Probation.")).toBe("Good");
  });
});

describe("aspect ratings: 'the range of services on offer and …'", () => {
  it("is Services, an item of a list joined by 'and'", () => {
    expect(pairs("Staffing, the range of services on offer and information and facilities were all rated requires improvement.")).toEqual([
      "Information and facilities=Requires improvement",
      "Services=Requires improvement",
      "Staff=Requires improvement",
    ]);
  });

  it("near miss: the phrase running on into other words is not the aspect", () => {
    expect(pairs("The range of services in the county hall was rated requires improvement.")).toEqual([]);
  });
});

describe("aspect ratings: 'the only area rated good was …'", () => {
  it("rates what follows the verb", () => {
    expect(pairs("The only area rated good was Through the Gate, which helps prisoners prepare for release.")).toEqual(["Through the Gate=Good"]);
    expect(pairs("The aspects judged outstanding were leadership and staffing.")).toEqual(["Leadership=Outstanding", "Staff=Outstanding"]);
  });

  it("near miss: what follows is no aspect", () => {
    expect(pairs("The only area rated good was a surprise to the staff.")).toEqual([]);
    expect(pairs("The only company rated good was Tarn Services, which runs the hostel.")).toEqual([]);
  });
});

describe("aspect ratings: court work named by who does it", () => {
  const lead = "The NPS Welmoor division has been rated ‘Good’ by HM Inspectorate of Probation.\n\n";
  it("'work with the courts', 'our court teams'", () => {
    expect(pairs(lead + "Work with the courts was rated ‘Outstanding’.")).toEqual(["Court reports and case allocation=Outstanding"]);
    const quote = lead + "The division's director said: “I am particularly proud of the ‘Outstanding’ grade for our court teams.”";
    expect(pairs(quote)).toEqual(["Court reports and case allocation=Outstanding"]);
    expect(overall(quote)).toBe("Good");
  });

  it("near miss: work with the police, or the courthouse, is no court work", () => {
    expect(pairs(lead + "Work with the police was rated ‘Outstanding’.")).toEqual([]);
    expect(pairs(lead + "The courthouse team room was rated ‘Outstanding’ by visitors.")).toEqual([]);
  });
});

describe("HTML: a ratings chart's alt text, read as a list of labels and ratings", () => {
  const page = (alt: string) =>
    `<html><body><article><h1>NPS Welmoor division rated Good</h1><p>HM Inspectorate of Probation inspected the NPS Welmoor division late last year and gave it an overall rating of ‘Good’ after looking at its work closely.</p><figure><img src="chart.png" alt="${alt}"><figcaption>The ratings.</figcaption></figure><p>The division supervises around 9,000 people across the county and its partners.</p></article></body></html>`;

  it("keeps a long alt text with rating words as a block, and reads its pairs", () => {
    const html = page("Ratings chart: Leadership Good, Staff Good, Services Requires improvement, Assessment Good, Reviewing Inadequate. Overall rating Good.");
    expect(docOf(html, "html").blocks.some((b) => b.text.startsWith("Ratings chart:"))).toBe(true);
    expect(pairs(html, "html")).toEqual(["Assessment=Good", "Leadership=Good", "Reviewing=Inadequate", "Services=Requires improvement", "Staff=Good"]);
    expect(overall(html, "html")).toBe("Good");
  });

  it("near miss: a logo's, a photo's or a short alt text is no block", () => {
    for (const alt of ["HM Inspectorate of Probation", "Staff outside the Welmoor office on a sunny morning after hearing the news", "Good Good Good"]) {
      expect(docOf(page(alt), "html").blocks.some((b) => b.text === alt)).toBe(false);
    }
  });

  it("a plain-text list of the same shape is read too; a list with a label naming no aspect is not", () => {
    const lead = "The NPS Welmoor division has been rated ‘Good’ by HM Inspectorate of Probation.\n\n";
    expect(pairs(lead + "Our ratings: Leadership Good, Staff Requires improvement, Services Good, Planning Good.")).toEqual([
      "Leadership=Good",
      "Planning=Good",
      "Services=Good",
      "Staff=Requires improvement",
    ]);
    expect(pairs(lead + "Our ratings: Parking Good, Canteen Requires improvement, Gardens Good, Planning Good.")).toEqual([]);
  });
});
