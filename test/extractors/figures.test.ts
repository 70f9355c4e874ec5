import { describe, expect, it } from "vitest";
import { figures } from "../../src/extractors/figures.js";
import type { Figure } from "../../src/schema/record.js";
import type { Candidate } from "../../src/extractors/types.js";
import { runWith } from "./numeric-context.js";

function figs(text: string, settled: Record<string, unknown> = {}, quotes: Candidate<"quotes">[] = []): [number, string][] {
  return (runWith(figures, "figures", text, settled as never, quotes).list as Figure[]).map((f) => [f.value, f.unit]);
}

describe("figures", () => {
  it("reads percentages in both spellings", () => {
    expect(figs("As a result, 40 per cent of interviewed staff said they were not allocated suitable cases.")).toEqual([[40, "percent"]]);
    expect(figs("Alarmingly, 40% of staff said so, and 12.5 percent disagreed.")).toEqual([
      [40, "percent"],
      [12.5, "percent"],
    ]);
  });

  it("reads fractions", () => {
    expect(figs("Domestic abuse was a feature in around a third of cases and child safeguarding a concern in around a quarter of cases.")).toEqual([
      [0.33, "fraction"],
      [0.25, "fraction"],
    ]);
    expect(figs("More than two-thirds of individuals had made progress.")).toEqual([[0.67, "fraction"]]);
    expect(figs("Fewer than half the cases inspected were of an acceptable standard.")).toEqual([[0.5, "fraction"]]);
    expect(figs("In just under three-quarters of them, checks were made.")).toEqual([[0.75, "fraction"]]);
    expect(figs("One in seven people were homeless on release.")).toEqual([[0.14, "fraction"]]);
  });

  it("does not read 'half' in other senses", () => {
    expect(figs("He said the job was half done.")).toEqual([]);
    expect(figs("The unit spoke on behalf of staff in the second half of the year.")).toEqual([]);
  });

  it("reads counts of samples and findings", () => {
    expect(figs("Inspectors examined a sample of 96 cases.")).toEqual([[96, "count"]]);
    expect(figs("In 17 of the 20 court cases they examined, work was sufficient.")).toEqual([
      [17, "count"],
      [20, "count"],
    ]);
    expect(figs("Home visits had not been carried out in six out of 50 cases.")).toEqual([[6, "count"]]);
    expect(figs("In forty-two of the resettlement cases inspected, plans were missing.")).toEqual([[42, "count"]]);
    expect(figs("The CRC has helped more than 3,000 people to secure jobs since 2016.", { inspectorate: "HM Inspectorate of Probation" })).toEqual([[3000, "count"]]);
  });

  it("skips aspects, recommendations, years, durations and other parties", () => {
    expect(figs("Inspectors looked at 10 aspects of the CRC’s work and rated three of them good.")).toEqual([]);
    expect(figs("The report makes 11 recommendations, eight of them for the CRC.")).toEqual([]);
    expect(figs("An estimated 2.1 million people experienced abuse, according to the Office for National Statistics.")).toEqual([]);
    expect(figs("Only 37 per cent were in settled accommodation three months after release.")).toEqual([[37, "percent"]]);
  });

  it("skips the provider's own caseload and a provider spokesperson's quote", () => {
    const provider = { name: "Westshire Community Rehabilitation Company", shortName: "Westshire CRC", type: "CRC", areas: [] };
    expect(figs("The CRC supervises around 5,100 people across the city.", { provider, caseload: { peopleSupervised: 5100, peopleSupervisedQualifier: "about", peopleSupervisedAsOf: null, averageCasesPerStaff: null } })).toEqual([]);
    const text = "A spokesperson for the company said: “90 per cent of our staff are trained.”";
    const quote = { field: "quotes", value: { speaker: "Westshire CRC", role: null, text: "90 per cent of our staff are trained." }, span: { start: 0, end: text.length, text }, certainty: "explicit", extractor: "quotes" } as Candidate<"quotes">;
    expect(figs(text, {}, [quote])).toEqual([]);
  });

  it("keeps the paragraph as the figure's text, with a bullet's marker", () => {
    const list = runWith(figures, "figures", "Inspectors found that:\n\n• nearly half of the cases lacked oversight;\n• plans were good.").list as Figure[];
    expect(list).toEqual([{ value: 0.5, unit: "fraction", text: "• nearly half of the cases lacked oversight;" }]);
  });
});

describe("figures (round 2)", () => {
  const ctx = { provider: { name: "Westshire CRC", shortName: null, type: "CRC", areas: [] } };
  it("reads 'N in M' fractions and sample counts without a verb", () => {
    expect(figs("Three in ten people had no plan at all.", ctx)).toEqual([[0.3, "fraction"]]);
    expect(figs("From a sample of 57 cases, inspectors found gaps in risk work.", ctx)).toEqual([[57, "count"]]);
    expect(figs("Inspectors examined 22 court orders and 9 out-of-court disposals.", ctx)).toEqual([
      [22, "count"],
      [9, "count"],
    ]);
  });

  it("reads backlogs, and skips a population held", () => {
    expect(figs("There was a backlog of over 150 overdue reviews.", ctx)).toEqual([[150, "count"]]);
    expect(figs("The prison held 640 men at the time.", ctx)).toEqual([]);
  });

  it("takes no loose head-count from a document about no inspection", () => {
    expect(figs("The charity has helped more than 900 people into work.", {})).toEqual([]);
    expect(figs("The charity has helped more than 900 people into work.", { inspectorate: "HM Inspectorate of Probation" })).toEqual([[900, "count"]]);
  });
});
