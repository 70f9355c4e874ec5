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
    expect(figs("In 17 of the 20 court cases they examined, work was sufficient.")).toEqual([[17, "count"]]);
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

describe("figures (held-out 6)", () => {
  const provider = { name: "Westshire Community Rehabilitation Company", shortName: "Westshire CRC", type: "CRC", areas: [] };
  const ctx = { provider, inspectorate: "HM Inspectorate of Probation" };

  it("reads the part of 'N of the M', not the whole", () => {
    expect(figs("Home visits were made in only five of the 31 cases where they were needed.", ctx)).toEqual([[5, "count"]]);
    expect(figs("At the time, 12 of its 40 officer posts were filled.", ctx)).toEqual([[12, "count"]]);
    // the whole stated on its own is a sample
    expect(figs("Inspectors examined 31 cases.", ctx)).toEqual([[31, "count"]]);
  });

  it("reads a sample split in two, and a second group sampled", () => {
    expect(figs("They read 90 cases, 50 from the trust and 40 from the council, and met staff.", ctx)).toEqual([
      [90, "count"],
      [50, "count"],
      [40, "count"],
    ]);
    expect(figs("Inspectors examined the cases of 25 children sentenced in court and 14 who had received cautions.", ctx)).toEqual([
      [25, "count"],
      [14, "count"],
    ]);
    expect(figs("Inspectors examined 18 court orders and 11 referral orders, and rated the service against 12 standards.", ctx)).toEqual([
      [18, "count"],
      [11, "count"],
    ]);
    // a near miss: a breakdown that is not of a sample
    expect(figs("They read 90 cases, some from the trust and others from the council.", ctx)).toEqual([[90, "count"]]);
  });

  it("reads 'one case in five' as a fraction", () => {
    expect(figs("But roughly one case in five had been passed between three officers.", ctx)).toEqual([[0.2, "fraction"]]);
    expect(figs("In one child in four, nobody had checked with the school.", ctx)).toEqual([[0.25, "fraction"]]);
    expect(figs("One officer in 12 months had left the team.", ctx)).toEqual([]);
  });

  it("reads the most cases some staff hold as unit 'cases'", () => {
    expect(figs("Officers held an average of 61 cases each, and some were holding more than 95;", ctx)).toEqual([[95, "cases"]]);
    expect(figs("A few officers were carrying caseloads of up to 120.", ctx)).toEqual([[120, "cases"]]);
    expect(figs("Some case managers held more than 75 cases.", ctx)).toEqual([[75, "cases"]]);
    // all officers' caseloads (a general statement), other counts, another party's word
    expect(figs("Officers were carrying caseloads of over 100.", ctx)).toEqual([]);
    expect(figs("Some officers were holding more than 40 meetings a week.", ctx)).toEqual([]);
    expect(figs("Sam Jones, of the probation union, said some officers were holding more than 70 cases.", ctx)).toEqual([]);
  });

  it("reads hours of work in a backlog as unit 'other'", () => {
    expect(figs("A backlog of more than 21,000 hours of unpaid work had built up.", ctx)).toEqual([[21000, "other"]]);
    expect(figs("Inspectors noted it had cleared a backlog of 9,500 hours of community work.", ctx)).toEqual([[9500, "other"]]);
    expect(figs("There was a backlog of 300 overdue reviews.", ctx)).toEqual([[300, "count"]]);
  });

  it("skips populations, national totals and other providers' caseloads when there is a provider", () => {
    expect(figs("The borough is home to around 42,000 young people aged 10 to 17.", ctx)).toEqual([]);
    expect(figs("Around 18,500 children aged 10 to 17 live in the county.", ctx)).toEqual([]);
    expect(figs("Across England and Wales the NPS manages something like 100,000 people.", ctx)).toEqual([]);
    expect(figs("The owner also runs two other CRCs in the north of England, which between them supervise more than 12,000 people.", ctx)).toEqual([]);
    // no provider: a national total is a figure
    expect(figs("Around 240,000 people are supervised in England and Wales.", { inspectorate: "HM Inspectorate of Probation" })).toEqual([[240000, "count"]]);
  });

  it("counts the cases in which something was found", () => {
    expect(figs("In 23 cases, a home visit had not been made when one was needed.")).toEqual([[23, "count"]]);
    expect(figs("Risk was not reviewed after a change, and in seven court cases there was no plan at all.")).toEqual([[7, "count"]]);
    // a share of a sample stays the part only, and a stretch of time is no count
    expect(figs("Plans were good in 14 of the 30 cases.")).toEqual([[14, "count"]]);
    expect(figs("The team dealt with this in 12 months.")).toEqual([]);
  });

  it("skips another party's estimate, but not the report's", () => {
    expect(figs("Brightwater Trust, a charity for older people, estimates that one in four adults has arthritis.")).toEqual([]);
    expect(figs("The report estimates that one in four cases had been allocated late.")).toEqual([[0.25, "fraction"]]);
  });
});

describe("figures: 'N out of ten' as a share", () => {
  it("reads a share where 'of' follows ten, the part is rough, or it is 'out of every N'", () => {
    expect(figs("They found that in eight out of ten of the custody cases, plans had been reviewed.")).toEqual([[0.8, "fraction"]]);
    expect(figs("Reports were accurate in almost seven out of 10 cases;")).toEqual([[0.7, "fraction"]]);
    expect(figs("Three out of every four children had a named worker within a week of sentence.")).toEqual([[0.75, "fraction"]]);
  });

  it("keeps a plain 'N out of ten' and 'N out of 50' as counts", () => {
    expect(figs("Home visits had not been made in six out of ten domestic abuse cases where they were needed.")).toEqual([[6, "count"]]);
    expect(figs("Checks were missing in seven out of 40 of the cases inspected.")).toEqual([[7, "count"]]);
  });
});

describe("figures: the staff inspectors heard from, and another body's statistics", () => {
  it("counts the staff inspectors spoke to or interviewed", () => {
    expect(figs("Inspectors spoke to more than 150 staff during the visit.")).toEqual([[150, "count"]]);
    expect(figs("They interviewed 63 members of staff as well as managers.")).toEqual([[63, "count"]]);
    expect(figs("Inspectors examined 40 cases and met 12 probation officers.")).toEqual([
      [40, "count"],
      [12, "count"],
    ]);
  });

  it("does not count staff others met, nor a police or council statistic", () => {
    expect(figs("The director met 30 staff at a conference.")).toEqual([]);
    expect(figs("Northshire Police figures show the number of first-time entrants fell by about a third last year.")).toEqual([]);
    expect(figs("Inspectors found that about a third of children had no plan.")).toEqual([[0.33, "fraction"]]);
  });
});
