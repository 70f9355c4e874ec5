/**
 * Held-out set 27 (h27d): a counted group's places after a dash ("the
 * borough’s three towns – A, B and C"), "It supports … in" after a sentence
 * about the service, "together with" in a place list, "Ten areas of the
 * service’s work were rated", "which looks after about N offenders", and
 * "and so was the way staff assess, plan, deliver and review …" (invented
 * names).
 */
import { describe, expect, it } from "vitest";
import { aspectPairsOf, recordOf, valueOf } from "../helpers.js";

const pairs = aspectPairsOf;
const count = (t: string) => valueOf("aspects-inspected", "aspectsInspected", t);
const areas = (t: string) => recordOf(t).record.provider?.areas ?? [];
const caseload = (t: string) => recordOf(t).record.caseload;

const YJS = "Youth justice service rated good\n\nTolworth Youth Justice Service has been rated 'Good' by HM Inspectorate of Probation in a report published today.\n\n";
const CRC = "Probation company rated inadequate\n\nBy Ann Reporter\n\nThe Dunmere and Fosswick CRC has been rated 'Inadequate' by HM Inspectorate of Probation in a report published today.\n\n";
const PDU = "Probation unit told to improve\n\nThe Ashby Probation Delivery Unit (PDU) has been rated 'Requires improvement' by HM Inspectorate of Probation.\n\n";

describe("areas: a counted group's places after a spaced dash", () => {
  it("reads the towns after 'the borough’s three towns –'", () => {
    const text = YJS + "The service, run by the borough council with its partners, works with children aged 10 to 17. It supports children and families in the borough’s three towns – Ashby, Kelby and Orton Vale.\n\nMore to follow.";
    expect(areas(text)).toEqual(["Ashby", "Kelby", "Orton Vale"]);
  });

  it("near miss: 'It' after a sentence not about the service names no areas", () => {
    const text = YJS + "The report was sent to the council last month. It supports children and families in the borough’s three towns – Ashby, Kelby and Orton Vale.\n\nMore to follow.";
    expect(areas(text)).toEqual([]);
  });

  it("near miss: no count before the group words, no list after the dash", () => {
    const text = YJS + "The service works with children aged 10 to 17 in the borough’s towns – Ashby, Kelby and Orton Vale.\n\nMore to follow.";
    expect(areas(text)).not.toEqual(["Ashby", "Kelby", "Orton Vale"]);
  });
});

describe("areas: 'together with' in a place list", () => {
  it("reads the places after 'the city of X together with'", () => {
    const text = PDU + "The PDU covers the city of Ashby together with Kelby, Orton Cross and the surrounding villages of the Wenn valley, and supervises around 2,000 people.\n\nMore to follow.";
    expect(areas(text)).toEqual(["Ashby", "Kelby", "Orton Cross", "Wenn valley"]);
  });

  it("near miss: 'together with' before no place ends the list", () => {
    const text = PDU + "The PDU covers the city of Ashby together with partners from the health service, and supervises around 2,000 people.\n\nMore to follow.";
    expect(areas(text)).toEqual(["Ashby"]);
  });
});

describe("aspects inspected: 'N areas of its work were rated'", () => {
  it("counts the areas of the service’s work rated", () => {
    expect(count(YJS + "Nine areas of the service’s work were rated.\n\nMore to follow.")).toBe(9);
  });

  it("near miss: bare 'areas' are a looser word", () => {
    expect(count(YJS + "Nine areas were rated.\n\nMore to follow.")).toBeNull();
  });

  it("near miss: areas rated 'Good' are a subset", () => {
    expect(count(YJS + "Six areas of the service’s work were rated 'Good'.\n\nMore to follow.")).toBeNull();
  });
});

describe("caseload: 'which looks after about N offenders'", () => {
  it("reads the provider's figure", () => {
    const c = caseload(CRC + "The CRC, which looks after about 5,300 low and medium-risk offenders in Dunmere and Fosswick, is run by a partnership of two firms.\n\nMore to follow.");
    expect([c.peopleSupervised, c.peopleSupervisedQualifier]).toEqual([5300, "about"]);
  });

  it("near miss: a charity that looks after people is not the provider", () => {
    const c = caseload(CRC + "A local charity, which looks after about 300 offenders in Dunmere, runs a hostel.\n\nMore to follow.");
    expect(c.peopleSupervised).toBeNull();
  });
});

describe("aspect ratings: 'and so was the way staff assess, plan, deliver and review …'", () => {
  it("rates the four case supervision aspects the same", () => {
    const text = CRC + "Leadership was judged inadequate, and so was the way staff assess, plan, deliver and review their work with individual offenders.\n\nMore to follow.";
    expect(pairs(text)).toEqual(["Assessment=Inadequate", "Implementation and delivery=Inadequate", "Leadership=Inadequate", "Planning=Inadequate", "Reviewing=Inadequate"]);
  });

  it("near miss: a clause that goes on after the verbs says more than the aspects", () => {
    const text = CRC + "Leadership was judged inadequate, and so was the way staff assess, plan, deliver and review their work when the courts sent them cases.\n\nMore to follow.";
    expect(pairs(text)).toEqual(["Leadership=Inadequate"]);
  });
});
