/**
 * Held-out set 19: ratings given in two "for" phrases ("rated inadequate for
 * A, and requires improvement for B"), "its staffing." at a sentence's end,
 * "was previously inspected in …, when it was rated X", a caseload dated by
 * "figures for the end of March" and an average given for the provider's
 * place, consortium members behind descriptions with "-based" or "and" in
 * them, and "rated the service on 13 standards" (invented names).
 */
import { describe, expect, it } from "vitest";
import { aspectPairsOf, valueOf } from "../helpers.js";
import { aspectMentions } from "../../src/extractors/lib/aspects.js";
import { caseload } from "../../src/extractors/caseload.js";
import type { Provider } from "../../src/schema/record.js";
import { runWith } from "./numeric-context.js";

const pairs = aspectPairsOf;

describe("aspect ratings: two ratings each given 'for' some aspects", () => {
  const lead = "Hollin Vale Probation Delivery Unit was rated inadequate overall. ";
  it("the second rating word, a verb of the scale, rates the aspects after its own 'for'", () => {
    expect(pairs(lead + "The unit was rated inadequate for the way staff assess, plan, deliver and review cases, and requires improvement for its leadership and its staffing.")).toEqual([
      "Assessment=Inadequate",
      "Implementation and delivery=Inadequate",
      "Leadership=Requires improvement",
      "Planning=Inadequate",
      "Reviewing=Inadequate",
      "Staff=Requires improvement",
    ]);
  });

  it("works with 'in' too, and with a plain rating word (the first one's aspects never take the second's)", () => {
    expect(pairs(lead + "The unit was judged poor in the way staff assess, plan, deliver and review the work of people on probation across the county, and good in its leadership.")).toEqual([
      "Assessment=Inadequate",
      "Implementation and delivery=Inadequate",
      "Leadership=Good",
      "Planning=Inadequate",
      "Reviewing=Inadequate",
    ]);
  });

  it("near miss: a second 'for' that names no aspect leaves the second word unread", () => {
    expect(pairs(lead + "The unit was rated inadequate for the way staff assess, plan, deliver and review cases, and requires improvement for its new office building.")).toEqual([
      "Assessment=Inadequate",
      "Implementation and delivery=Inadequate",
      "Planning=Inadequate",
      "Reviewing=Inadequate",
    ]);
  });

  it("near miss: with no rating use before it, 'requires improvement for' alone is no pair", () => {
    expect(pairs(lead + "Its new office building requires improvement for its leadership and its staffing.")).toEqual([]);
  });
});

describe("aspect mentions: 'its staffing.' at a sentence's end", () => {
  it("is Staff", () => {
    expect(aspectMentions("inspectors looked at its staffing.").map((m) => m.aspects.join())).toEqual(["Staff"]);
  });

  it("near miss: 'the staff.' at a sentence's end is still no aspect", () => {
    expect(aspectMentions("inspectors thanked the staff.")).toEqual([]);
  });
});

describe("previous overall rating: 'previously inspected in …, when it was rated X'", () => {
  const prev = (t: string) => valueOf("overall-rating", "previousOverallRating", t);
  it("is the old rating", () => {
    const text = "Brockmere Youth Justice Service has been rated ‘Good’ by HM Inspectorate of Probation.\n\nThe service was previously inspected in May 2018, when it was rated ‘Inadequate’.";
    expect(prev(text)).toBe("Inadequate");
  });

  it("near miss: 'inspected in …, when it was rated' without 'previously' or 'last' is this inspection", () => {
    const text = "Brockmere Youth Justice Service has been rated ‘Good’ by HM Inspectorate of Probation.\n\nThe service was inspected in May 2024, when it was rated ‘Good’.";
    expect(prev(text)).toBeNull();
  });
});

describe("caseload: dated by 'figures for the end of March'; an average for the provider's place", () => {
  const pdu: Provider = { name: "Ashcombe Probation Delivery Unit", shortName: "Ashcombe PDU", type: "PDU", areas: ["Ashcombe"] };
  const load = (text: string) => runWith(caseload, "caseload", text, { provider: pdu, subject: "provider-inspection", "dates.published": "2024-04-18" } as never).value;

  it("reads the month of 'figures for the end of March' after a present-tense figure", () => {
    expect(load("Ashcombe PDU supervises around 1,900 people across the town, according to figures for the end of March supplied by the Probation Service.")?.peopleSupervisedAsOf).toBe("2024-03");
  });

  it("near miss: 'plans for the end of March' dates nothing", () => {
    expect(load("Ashcombe PDU supervises around 1,900 people across the town, and has plans for the end of March to open an office.")?.peopleSupervisedAsOf).toBeNull();
  });

  it("reads 'the average caseload in <the provider's place> is now N cases'", () => {
    expect(load("The director said the average caseload in Ashcombe is now 52 cases per officer.")?.averageCasesPerStaff).toBe(52);
  });

  it("near miss: another place's average caseload is not the provider's", () => {
    expect(load("The director said the average caseload in Dunmoor is now 52 cases per officer.")).toBeNull();
  });
});

describe("consortium members behind longer descriptions", () => {
  const crc = "CRC rated\n\nInspectors rated Tarnfield CRC 'Requires improvement'. ";
  it("drops 'the X-based charity' and 'the engineering and services firm' before the names", () => {
    const t = crc + "The CRC is owned by Orchard Justice, a partnership between the Wexley-based charity New Roads and the engineering and services firm Bramber Group.";
    expect(valueOf("consortium", "consortium", t)).toEqual({ name: "Orchard Justice", members: ["New Roads", "Bramber Group"] });
  });

  it("near miss: an 'and' between a name and a description still splits the list", () => {
    const t = crc + "The CRC is owned by Orchard Justice, a partnership between Hale Services and probation charity Fresh Steps.";
    expect(valueOf("consortium", "consortium", t)?.members).toEqual(["Hale Services", "Fresh Steps"]);
  });
});

describe("aspects inspected: 'rated the service on N standards'", () => {
  const count = (t: string) => valueOf("aspects-inspected", "aspectsInspected", t);
  it("is the count, the provider between the verb and 'on'", () => {
    expect(count("Inspectors visited in March and rated the service on 11 standards.")).toBe(11);
  });

  it("near miss: a rating word in between makes it a subset", () => {
    expect(count("Inspectors visited in March and rated the service good on 11 standards.")).toBeNull();
  });

  it("near miss: 'on N standards' with no rating verb before it is not counted", () => {
    expect(count("Inspectors visited in March and met the service staff on 11 standards.")).toBeNull();
  });
});
