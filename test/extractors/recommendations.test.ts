import { describe, expect, it } from "vitest";
import { recommendations } from "../../src/extractors/recommendations.js";
import { runWith } from "./numeric-context.js";

const recs = (text: string) => runWith(recommendations, "recommendations", text).value;

describe("recommendations", () => {
  it("counts in words and digits", () => {
    expect(recs("The Inspectorate has made eight recommendations with the aim of improving the CRC’s work.")).toBe(8);
    expect(recs("The report makes nine recommendations, including that the division reduces workloads.")).toBe(9);
    expect(recs("Inspectors made 14 recommendations.")).toBe(14);
    expect(recs("The report makes 11 recommendations, eight of them for the CRC.")).toBe(11);
  });

  it("adds recommendations to a second body", () => {
    expect(recs("The Inspectorate has made five recommendations to the region and three to His Majesty’s Prison and Probation Service.")).toBe(8);
  });

  it("ignores vague counts and earlier reports", () => {
    expect(recs("Our report contains a number of recommendations addressing our concerns.")).toBeNull();
    expect(recs("Of the 10 recommendations made at our last inspection, six had been implemented.")).toBeNull();
    expect(recs("The report makes recommendations on risk assessment.")).toBeNull();
  });

  it("counts recommendations whose wording speaks of work completed or met", () => {
    expect(recs("The watchdog makes seven recommendations, including that the unit should make sure home visits are completed before a case is closed.")).toBe(7);
    expect(recs("Inspectors made four recommendations: the trust must ensure that targets are met and plans reviewed.")).toBe(4);
    // a near miss: recommendations acted on, before anything is asked for
    expect(recs("The report makes five recommendations, and notes that two from the 2016 report were met, including that the service should vet staff.")).toBeNull();
    expect(recs("The inspectorate made six recommendations in 2019, and all of them have been completed, including that the CRC should recruit more staff.")).toBeNull();
  });

  it("reads a short '6 recommendations' line", () => {
    expect(recs("Summary\n\n6 recommendations\n\nThe service was rated good.")).toBe(6);
  });
});

describe("recommendations (held-out set 6)", () => {
  const ctx = { provider: { name: "Marlshire Probation Delivery Unit", shortName: "Marlshire PDU", type: "PDU" as const, areas: [] } };
  const recsWith = (text: string) => runWith(recommendations, "recommendations", text, ctx).value;

  it("does not count another provider's report, named by its place", () => {
    const text = "The report makes six recommendations. The Orlby report was published in May and made eleven recommendations.";
    expect(recsWith(text)).toBe(6);
    expect(recsWith("The report makes six recommendations. The Tarn Valley CRC report made nine recommendations.")).toBe(6);
    // near miss: the provider's own report named by its place still counts
    expect(recsWith("The Marlshire report made eight recommendations.")).toBe(8);
    // near miss: another report named after the count ("…; the Orlby report makes …") leaves this count alone
    expect(recsWith("The report on Marlshire makes five recommendations; the Orlby report makes seven.")).toBe(5);
  });

  it("counts the report's recommendations named by a possessive in anyone's words", () => {
    expect(recs("The head of service said staff were proud of the report and would use its four recommendations to improve.")).toBe(4);
    expect(recs("Managers told the board they would act on each of the report’s five recommendations within a year, starting in the spring.")).toBe(5);
    expect(recs("The council said it welcomed the inspection and would put its three recommendations into an action plan by March.")).toBe(3);
    // near miss: "its" with no report named in the sentence is not the report's
    expect(recs("The council's cabinet said on Tuesday evening that it would publish its four recommendations on school transport next month.")).toBeNull();
  });
});
