/**
 * Held-out set 21: the provider a report is "the subject of" among several,
 * "three of the four case supervision standards – …" (the listed three only),
 * "X, known as Through the Gate," (one aspect), "Unpaid work is …, and we have
 * rated it 'Good'" (the aspect the sentence opens with), consortium members
 * each with a description after a comma, and "scored the unit on the nine
 * standards" (invented names).
 */
import { describe, expect, it } from "vitest";
import { aspectPairsOf, recordOf, valueOf } from "../helpers.js";

const pairs = aspectPairsOf;
const overall = (t: string) => valueOf("overall-rating", "overallRating", t);
const count = (t: string) => valueOf("aspects-inspected", "aspectsInspected", t);
const provider = (t: string) => recordOf(t).record.provider?.name ?? null;
const consortium = (t: string) => recordOf(t).record.consortium;

describe("provider: the one the text calls the report's subject", () => {
  const three = (cue: string) =>
    "Probation units compared\n\nBy Ann Reporter\n\nThe inspectorate visited three probation delivery units (PDUs) in the Wold region. Marrowby PDU was rated “good”. " +
    `Fennick PDU${cue} was rated “inadequate”. The third, Oldcastle PDU, was rated “requires improvement”.\n\n` +
    "Marrowby PDU, which supervises around 2,000 people, was praised for its work with women.\n\nThe Fennick unit has too few staff.";

  it("takes the PDU named as 'the subject of Thursday's report', though another scores more", () => {
    expect(provider(three(", the subject of Thursday’s report,"))).toBe("Fennick Probation Delivery Unit");
  });

  it("near miss: without the cue the first and most named stays", () => {
    expect(provider(three(", the smallest of them,"))).toBe("Marrowby Probation Delivery Unit");
  });
});

describe("aspect ratings: 'three of the four case supervision standards – A, B and C –'", () => {
  const text = (count: string) =>
    "HM Inspectorate of Probation visited Westby CRC. Inspectors rated the company 'Good' overall.\n\n" +
    `Inspectors rated ${count} case supervision standards – planning, implementation and delivery, and reviewing – as ‘Requires improvement’, and judged the quality of assessment ‘Inadequate’.`;

  it("rates the three listed, not all four (assessment keeps its own rating)", () => {
    expect(pairs(text("three of the four"))).toEqual(["Assessment=Inadequate", "Implementation and delivery=Requires improvement", "Planning=Requires improvement", "Reviewing=Requires improvement"]);
  });

  it("near miss: 'all four case supervision standards' is still the four", () => {
    const t = "HM Inspectorate of Probation visited Westby CRC. Inspectors rated the company 'Good' overall.\n\nInspectors rated all four case supervision standards as ‘Requires improvement’.";
    expect(pairs(t)).toEqual(["Assessment=Requires improvement", "Implementation and delivery=Requires improvement", "Planning=Requires improvement", "Reviewing=Requires improvement"]);
  });
});

describe("aspect ratings: 'X, known as Through the Gate, was rated'", () => {
  const head = "HM Inspectorate of Probation visited Westby CRC. Inspectors rated the company 'Good' overall.\n\n";

  it("rates the one aspect the work is known as", () => {
    expect(pairs(head + "Resettlement support for people leaving prison, known as Through the Gate, was also rated ‘Inadequate’.")).toEqual(["Through the Gate=Inadequate"]);
  });

  it("near miss: a list of two aspects rates both", () => {
    expect(pairs(head + "Resettlement policy and provision, and Through the Gate, were both rated ‘Inadequate’.")).toEqual(["Resettlement=Inadequate", "Through the Gate=Inadequate"]);
  });
});

const NEWS = "Probation company told to improve\n\nBy Ann Reporter\nTuesday, March 12, 2019\n\n";

describe("aspect ratings: 'Unpaid work is …, and we have rated it X'", () => {
  const head = NEWS + "Westby CRC was rated ‘Requires improvement’ overall by HM Inspectorate of Probation in a report published today.\n\n";

  it("rates the aspect the quotation opens with, not the provider", () => {
    const t = head + "The chief inspector said: “Unpaid work is well organised, with placements that help local groups, and we have rated it ‘Good’.”";
    expect(pairs(t)).toEqual(["Unpaid work=Good"]);
    expect(overall(t)).toBe("Requires improvement");
  });

  it("near miss: a sentence opening with the provider rates the provider", () => {
    const t = NEWS + "HM Inspectorate of Probation published its report on Westby CRC today.\n\nThe CRC has well organised unpaid work, and we have rated it ‘Good’.";
    expect(pairs(t)).toEqual([]);
    expect(overall(t)).toBe("Good");
  });
});

describe("consortium: members each with a description after a comma", () => {
  const text = (members: string) =>
    NEWS + "Westby CRC was rated ‘Good’ overall by HM Inspectorate of Probation in a report published today. The CRC is owned by Hillward Partners (HP).\n\n" +
    `Hillward Partners is a joint venture between ${members}.`;

  it("reads the members past 'a facilities firm,' and 'a charity'", () => {
    expect(consortium(text("Tarn Holdings, a facilities management group, and Brightway Trust, a rehabilitation charity"))?.members).toEqual(["Tarn Holdings", "Brightway Trust"]);
  });

  it("near miss: a clause after the first member still ends the list", () => {
    expect(consortium(text("Tarn Holdings, a group that has run prisons since the nineties and owns Brightway Trust"))?.members).toEqual([]);
  });
});

describe("aspects inspected: 'scored the unit on the nine standards'", () => {
  it("counts the standards a scoring verb with its object comes before", () => {
    expect(count("Inspectors visited Alder PDU in May, and they scored the unit on the nine standards they rate in every PDU.")).toBe(9);
  });

  it("near miss: 'scored well on nine standards' is no count of those inspected", () => {
    expect(count("Inspectors visited Alder PDU in May. The unit scored well on nine standards.")).toBeNull();
  });
});
