/**
 * Held-out set 14 fixes (provider, caseload, sickness, areas, consortium,
 * figures), in invented documents: a bulletin whose contents list names its
 * second item first, "the company" in a division's document, "At that time"
 * after a visit, "days off sick last year", "King's Lynn"-style places, owners
 * "taken over by" / "owned since 2015 by", and "N of the M" wholes.
 */
import { describe, expect, it } from "vitest";
import { recordOf } from "../helpers.js";
import { placeList } from "../../src/extractors/lib/places.js";
import { caseload } from "../../src/extractors/caseload.js";
import { staffSickness } from "../../src/extractors/staff-sickness.js";
import { figures } from "../../src/extractors/figures.js";
import type { Figure, Provider } from "../../src/schema/record.js";
import { runWith } from "./numeric-context.js";

const division: Provider = { name: "National Probation Service Ormvale division", shortName: null, type: "NPS division", areas: [] };
const yjs: Provider = { name: "Tarnby Youth Justice Service", shortName: "Tarnby YJS", type: "Youth justice service", areas: [] };

function load(text: string, provider: Provider, extra: Record<string, unknown> = {}) {
  return runWith(caseload, "caseload", text, { provider, subject: "provider-inspection", "dates.published": "2022-05-10", ...extra } as never).value;
}

function figs(text: string, settled: Record<string, unknown> = {}): [number, string][] {
  return (runWith(figures, "figures", text, settled as never).list as Figure[]).map((f) => [f.value, f.unit]);
}

const days = (text: string) => runWith(staffSickness, "staffSicknessDays", text).value;

describe("provider: a bulletin's contents list does not decide a tie", () => {
  const rule = "-".repeat(60);
  const bulletin = (second: string) =>
    [
      "IN THIS ISSUE\n* Ormvale probation division rated 'Good'\n* " + second + ": a hard read",
      `${rule}\nORMVALE PROBATION DIVISION RATED 'GOOD'\n${rule}`,
      "The inspectorate published its findings on the Ormvale division of the National Probation Service (NPS) last Tuesday. The division supervises people across Ormshire.",
      "The division was rated 'Good' overall.",
      `${rule}\n${second.toUpperCase()}: A HARD READ\n${rule}`,
      `In May the inspectorate rated ${second.replace(/ CRC$/, " Community Rehabilitation Company (CRC)")} 'Inadequate'.`,
    ].join("\n\n");

  it("takes the provider the running text names first when the scores tie", () => {
    const r = recordOf(bulletin("Wexley and Dunn CRC")).record;
    expect(r.provider?.type).toBe("NPS division");
    expect(r.provider?.name).toBe("National Probation Service Ormvale division");
    const r2 = recordOf(bulletin("Harl Vale CRC")).record;
    expect(r2.provider?.type).toBe("NPS division");
  });

  it("still takes the provider scored higher, whatever the order", () => {
    const text = [
      "IN THIS ISSUE",
      "* Wexley CRC rated 'Inadequate'",
      "* Other news",
      "OTHER NEWS",
      "Volunteers are wanted in Ormshire for the mentoring scheme.",
      "WEXLEY CRC",
      "Inspectors rated Wexley Community Rehabilitation Company (CRC) 'Inadequate' after an inspection in May. Wexley CRC was inspected in the spring and rated 'Inadequate'.",
    ].join("\n\n");
    expect(recordOf(text).record.provider?.type).toBe("CRC");
  });
});

describe("provider: a title's colon does not hide its place", () => {
  it("gives the title's place its points before a colon", () => {
    const text =
      "Youth justice work in Brenfold: caring staff, but safety must come first\n\nStaff in Brenfold Youth Offending Team (YOT) know the children well, said the Chief Inspector. Today she published the report of a joint inspection of youth offending work in Brenfold.\n\nBrenfold YOT serves the towns of Askby and Melt. At the time of the inspection it was working with 96 children.";
    const r = recordOf(text).record;
    expect(r.provider?.name).toBe("Brenfold Youth Offending Team");
    expect(r.caseload?.peopleSupervised).toBe(96);
  });
});

describe("caseload: a kind-word for another type of provider", () => {
  it("passes over 'the company' in a division's document", () => {
    const text =
      "The division, which was created in 2014, supervises more than 8,100 people across Ormshire.\n\nIn June the inspectorate rated Wexley CRC 'Inadequate'. The company, which supervises around 12,000 people on lower-risk orders, was short of staff.";
    expect(load(text, division)).toMatchObject({ peopleSupervised: 8100, peopleSupervisedQualifier: "more than" });
  });

  it("passes over 'the division' in a youth service's document, and keeps 'the service'", () => {
    expect(load("The division supervises about 5,000 people across the county.", yjs)).toBeNull();
    expect(load("The service supervises about 120 children across the county.", yjs)?.peopleSupervised).toBe(120);
    // the provider's own kind-word still counts
    expect(load("The division supervises about 5,000 people across the county.", division)?.peopleSupervised).toBe(5000);
  });
});

describe("caseload: 'At that time' after a sentence telling of the visit", () => {
  it("dates the figure by the visit's month", () => {
    const v = load("The inspectorate visited the service in February. At that time the YJS was working with 118 children.", yjs, { "dates.published": "2024-04-02" });
    expect([v?.peopleSupervised, v?.peopleSupervisedAsOf]).toEqual([118, "2024-02"]);
    const w = load("Inspectors visited Tarnby YJS in October 2023. At that point the service was working with 64 children.", yjs, { "dates.published": "2024-01-15" });
    expect([w?.peopleSupervised, w?.peopleSupervisedAsOf]).toEqual([64, "2023-10"]);
  });

  it("takes the inspection's month where the visit sentence gives none", () => {
    const v = load("Inspectors carried out their fieldwork remotely. At that time the YJS was working with 75 children.", yjs, {
      "dates.inspectionStart": "2023-11",
      "dates.inspectionEnd": "2023-11",
    });
    expect(v?.peopleSupervisedAsOf).toBe("2023-11");
  });

  it("gives no date where the sentence before tells of something else", () => {
    const v = load("The YJS was set up in 2000. At that time it was working with 300 children.", yjs);
    expect(v?.peopleSupervisedAsOf ?? null).toBeNull();
    const w = load("The inspectorate visited the service in March and April. At that time the YJS was working with 80 children.", yjs);
    expect(w?.peopleSupervisedAsOf ?? null).toBeNull();
  });
});

describe("staff-sickness: 'last year' as the year measured", () => {
  it("reads a lone figure of days ending in 'last year'", () => {
    expect(days("Staff took an average of 12.7 days off sick last year.")).toBe(12.7);
    expect(days("Staff sickness averaged 10.5 days last year.")).toBe(10.5);
  });

  it("still passes over a figure compared with last year's", () => {
    expect(days("Staff sickness averaged 9.8 days this year, against 11 days last year.")).toBe(9.8);
    expect(days("Sickness now runs at 8 days, and was 13 days last year.")).toBe(8);
  });
});

describe("places: a possessive that begins a place name", () => {
  const names = (s: string) => placeList(s, 0).map((p) => p.text);
  it("keeps King's Lynn, Bishop’s Stortford and St Anne's Wood whole", () => {
    expect(names("Thetford, King's Lynn and Ely, where")).toEqual(["Thetford", "King's Lynn", "Ely"]);
    expect(names("Bishop’s Stortford, Harlow and Ware")).toEqual(["Bishop’s Stortford", "Harlow", "Ware"]);
    expect(names("St Anne's Wood and Camley")).toEqual(["St Anne's Wood", "Camley"]);
  });

  it("takes no other possessive as part of a name", () => {
    expect(names("Ormshire's Brack villages and Ely")).toEqual([]);
    expect(names("Thetford, Fenland's towns and Ely")).toEqual(["Thetford"]);
  });
});

describe("consortium: 'taken over by', 'owned since 2015 by'", () => {
  const owner = (sentence: string) => recordOf(`CRC rated\n\nInspectors rated Avon Vale CRC 'Requires improvement' after an inspection in May. ${sentence}`).record.consortium;

  it("reads the owner and its members", () => {
    expect(owner("The CRC was taken over by the Ridgeway Partners consortium - made up of Holt Justice Group and the charity New Leaf Trust - in 2015.")).toEqual({
      name: "Ridgeway Partners",
      members: ["Holt Justice Group", "New Leaf Trust"],
    });
    expect(owner("It has been owned since 2015 by the Eastgate Rehabilitation Partnership, a joint venture between Marl Services and the charity Step North.")).toEqual({
      name: "Eastgate Rehabilitation Partnership",
      members: ["Marl Services", "Step North"],
    });
    expect(owner("It was bought in June 2016 by Carrick Justice.")).toEqual({ name: "Carrick Justice", members: [] });
  });

  it("takes no public body as an owner", () => {
    expect(owner("Its work was taken over by the National Probation Service in 2021.")).toBeNull();
  });
});

describe("figures: 'N of the M' and the caseload rounded", () => {
  it("takes the part, never the whole", () => {
    expect(figs("Inspectors found that only 9 of the 31 children whose cases they examined had a safety plan.")).toEqual([[9, "count"]]);
    expect(figs("Only 17 of the 45 people had been seen within a week.")).toEqual([[17, "count"]]);
    expect(figs("Only 21 of the 50 offenders had been seen within five days of leaving court.")).toEqual([[21, "count"]]);
    // a number of offenders with no whole is no part
    expect(figs("Inspectors heard from 14 offenders about their supervision.")).not.toContainEqual([14, "count"]);
  });

  it("passes over a named body's own research, not the report's", () => {
    const settled = { inspectorate: "HM Inspectorate of Probation" };
    expect(figs("Fairway’s own research, published last spring, found that 38 per cent of the children had been in care.", settled)).toEqual([]);
    expect(figs("The charity Lanterns' survey found 40 per cent; Lanterns's own survey of members found that a third had left.", settled)).not.toContainEqual([0.33, "fraction"]);
    expect(figs("The inspectorate's own survey found that 38 per cent of staff felt supported.", settled)).toEqual([[38, "percent"]]);
    expect(figs("The report's own analysis found that 52 per cent of plans were late.", settled)).toEqual([[52, "percent"]]);
  });

  it("passes over a rounded restatement of the caseload", () => {
    const settled = { inspectorate: "HM Inspectorate of Probation", caseload: { peopleSupervised: 112, peopleSupervisedQualifier: "exact", peopleSupervisedAsOf: null, averageCasesPerStaff: null } };
    expect(figs("Almost 110 children on the service's books.", settled)).toEqual([]);
    expect(figs("About 115 children were on its caseload.", settled)).toEqual([]);
    // a count far from the caseload is still a figure
    expect(figs("Almost 60 children had no plan.", settled)).toEqual([[60, "count"]]);
  });
});
