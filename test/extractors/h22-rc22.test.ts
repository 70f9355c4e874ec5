/**
 * Held-out set 22: "as was the quality of assessment and planning", "the
 * unit's services were rated", "…, rating its leadership 'good'", and a
 * former CRC's rating in a document about a PDU, "a joint venture formed by
 * three organisations: …", "last examined … in the Trust's area in March
 * 2011" and "supervises … in the community across A, B and C" (invented names).
 */
import { describe, expect, it } from "vitest";
import { aspectPairsOf, candidatesOf, recordOf, valueOf } from "../helpers.js";

const pairs = aspectPairsOf;

describe("aspect ratings: 'as was the quality of …'", () => {
  it("reads the aspects after 'the quality of'", () => {
    expect(pairs("Brindle Youth Offending Service was rated 'inadequate' overall. Its staffing was rated 'inadequate', as was the quality of assessment and planning for children sentenced by the courts.")).toEqual([
      "Assessment=Inadequate",
      "Planning=Inadequate",
      "Staff=Inadequate",
    ]);
  });

  it("near miss: 'the quality of' something that is no aspect", () => {
    expect(pairs("Brindle Youth Offending Service was rated 'inadequate' overall. Its staffing was rated 'inadequate', as was the quality of the office building.")).toEqual(["Staff=Inadequate"]);
  });
});

describe("aspect ratings: a provider's services, its kind in the possessive", () => {
  it("reads 'the unit's services were also rated' as Services", () => {
    expect(pairs("Tallow Probation Delivery Unit was rated 'Good'. The unit’s services were also rated ‘Good’, but staffing was rated ‘Requires improvement’.")).toEqual([
      "Services=Good",
      "Staff=Requires improvement",
    ]);
  });

  it("near miss: another body's services are no aspect", () => {
    expect(pairs("Tallow Probation Delivery Unit was rated 'Good'. The council’s services were also rated ‘Good’.")).toEqual([]);
  });
});

describe("aspect ratings: 'rating its leadership' as a verb", () => {
  it("reads the object after 'rating its'", () => {
    expect(pairs("Inspectors found the unit was well led, rating its leadership 'good', but its staffing was rated 'inadequate'.")).toEqual([
      "Leadership=Good",
      "Staff=Inadequate",
    ]);
  });

  it("near miss: 'a rating of' is the noun, and rates no aspect", () => {
    expect(pairs("The report gave it a rating of 'good'.")).toEqual([]);
  });
});

describe("overall rating: a former CRC's rating in a document about a PDU", () => {
  const lead = "HM Inspectorate of Probation gave the Cressing and Oldbury Probation Delivery Unit (PDU) an overall rating of 'requires improvement' in a report published today. ";
  it("leaves the former CRC's rating out of the overall rating", () => {
    const r = recordOf(lead + "The PDU took over the work of the former Cressing and Marley Community Rehabilitation Company, which was rated 'inadequate' in 2019, when probation was brought back under public control.", "text");
    expect(r.record.overallRating).toBe("Requires improvement");
  });

  it("near miss: in a document about a CRC, a CRC of the same name words is still the main one", () => {
    const crcLead = "HM Inspectorate of Probation gave the Cressing and Oldbury Community Rehabilitation Company (CRC) an overall rating of 'requires improvement' in a report published today. ";
    const text = crcLead + "The probation work in Cressing is now done by the Cressing and Marley Community Rehabilitation Company, which was rated 'inadequate' today.";
    expect(candidatesOf("overall-rating", "overallRating", text, "text").map((c) => c.value)).toContain("Inadequate");
  });
});

describe("consortium: 'a joint venture formed by three organisations: A, B and C'", () => {
  const crc = "CRC rated\n\nInspectors rated Penhallow CRC 'Good'. ";
  it("reads the members after the colon", () => {
    const t = crc + "The CRC is owned by the Tamsin Justice Partnership, a joint venture formed by three organisations: Ardent Services, Bellcote Trust and Corran Ventures.";
    expect(valueOf("consortium", "consortium", t)).toEqual({ name: "Tamsin Justice Partnership", members: ["Ardent Services", "Bellcote Trust", "Corran Ventures"] });
  });

  it("near miss: 'formed by' with no colon names the founders, not a list", () => {
    const t = crc + "The CRC is owned by the Tamsin Justice Partnership, a joint venture formed by Ardent Services in 2014 and later joined by Bellcote Trust.";
    expect(valueOf("consortium", "consortium", t)?.members ?? []).toEqual([]);
  });
});

describe("previous inspection: 'last examined … in the Trust's area in March 2011'", () => {
  const lead = "Probation trust praised\n\nPublished 12 June 2013\n\nHM Inspectorate of Probation has published its report on Harlow Vale Probation Trust. ";
  it("passes over 'in the Trust's area' before the date", () => {
    const r = recordOf(lead + "Inspectors last examined offender management in the Trust's area in March 2011, as part of an earlier programme.", "text").record;
    expect(r.dates.previousInspection).toBe("2011-03");
  });

  it("near miss: a date after another clause is not taken", () => {
    const r = recordOf(lead + "Inspectors last examined offender management in the Trust's area, and a new chief officer was appointed in March 2011.", "text").record;
    expect(r.dates.previousInspection).toBeNull();
  });
});

describe("provider areas: 'supervises … in the community across A, B and C'", () => {
  const lead = "Probation trust praised\n\nHM Inspectorate of Probation has published its report on Harlow Vale Probation Trust. ";
  it("reads the places after 'in the community across'", () => {
    const r = recordOf(lead + "The Trust supervises approximately 3,200 offenders in the community across Harlow, Vale, Brockton and Mere.", "text").record;
    expect(r.provider?.areas).toEqual(["Harlow", "Vale", "Brockton", "Mere"]);
  });

  it("near miss: 'in the community' with no places after it gives none", () => {
    const r = recordOf(lead + "The Trust supervises approximately 3,200 offenders in the community, with a staff of 250.", "text").record;
    expect(r.provider?.areas ?? []).toEqual([]);
  });
});
