/**
 * Held-out set 32, quotes, findings, areas and figures (invented names): a
 * speaker the writer names ("whom I will call Maya"); a statement set below
 * "a spokesperson for X sent us the following statement."; a list after
 * "But it said the service should:"; "national" in an aside after "The PDU,";
 * "in trouble with the law in A itself and in B, C and D"; "examined 30
 * cases: 18 court disposals and 12 out-of-court disposals"; "Of the 50 cases
 * inspectors examined, only 20 had …"; "Cllr X said …"; "Caseload: 4,120
 * people"; "N people supervised by the trust on 31 March 2014".
 */
import { describe, expect, it } from "vitest";
import { recordOf } from "../helpers.js";

const rec = (t: string, format?: "text" | "html") => recordOf(t, format).record;
const figs = (t: string, format?: "text" | "html") => rec(t, format).figures.map((f) => `${f.value} ${f.unit}`);

describe("quotes: a speaker the writer names by a name of their own ('whom I will call Maya')", () => {
  const doc = (aside: string) =>
    [
      "Fenmoor probation: the view from the drop-in",
      "",
      "HM Inspectorate of Probation has rated Fenmoor Probation Delivery Unit (PDU) as 'Requires improvement'.",
      "",
      `One woman who comes to our centre, ${aside}, told me on Friday: “Nobody rang me back for six weeks. I stopped expecting anyone to.”`,
      "",
    ].join("\n");
  const speaker = (aside: string) => rec(doc(aside)).quotes.find((q) => q.text.startsWith("Nobody rang"))?.speaker;

  it("'whom I will call Maya': Maya", () => {
    expect(speaker("whom I will call Maya")).toBe("Maya");
  });

  it("'who asked to be known as Maya': Maya", () => {
    expect(speaker("who asked to be known as Maya")).toBe("Maya");
  });

  it("near miss: 'whom I will call again next week' names no one: no speaker", () => {
    expect(speaker("whom I will call again next week")).toBeNull();
  });
});

describe("quotes: a statement set below 'a spokesperson for X sent us the following statement.'", () => {
  const doc = (lead: string) =>
    [
      "Fenmoor probation unit told to improve",
      "",
      "HM Inspectorate of Probation has rated Fenmoor Probation Delivery Unit (PDU) as 'Requires improvement'.",
      "",
      "Inspectors examined 40 cases.",
      "",
      lead,
      "",
      "“We accept the findings in full and have already begun recruiting more officers.",
      "",
      "“We will report our progress to the council every quarter.”",
      "",
    ].join("\n");
  const quote = (lead: string) => rec(doc(lead)).quotes.find((q) => q.text.startsWith("We accept"));

  it("the organisation the spokesperson speaks for, as spokesperson", () => {
    const q = quote("UPDATE, 3 May: a spokesperson for Orlby Council sent us the following statement.");
    expect(q?.speaker).toBe("Orlby Council");
    expect(q?.role).toBe("spokesperson");
  });

  it("near miss: 'We have asked a spokesperson for Orlby Council for a statement.' announces none: no speaker", () => {
    expect(quote("We have asked a spokesperson for Orlby Council for a statement.")?.speaker).toBeNull();
  });
});

describe("findings: a list after 'But it said the service should:'", () => {
  const page = (lead: string) =>
    [
      "<html><body><h1>Tarnby YJS rated good</h1>",
      "<p>Tarnby Youth Justice Service (YJS) has been rated ‘Good’ by HM Inspectorate of Probation.</p>",
      `<p>${lead}</p>`,
      "<ul><li>make sure every child leaving custody has somewhere to live</li><li>record its safety plans more clearly</li></ul>",
      "<p>The report makes three recommendations.</p>",
      "</body></html>",
    ].join("\n");

  it("concerns", () => {
    expect(rec(page("But it said the service should:"), "html").findings.concerns).toHaveLength(2);
  });

  it("near miss: 'The YJS should:' (no one says it: a list of recommendations) is no list of findings", () => {
    const r = rec(page("The YJS should:"), "html");
    expect(r.findings.concerns).toHaveLength(0);
    expect(r.findings.strengths).toHaveLength(0);
  });
});

describe("provider.areas: 'national' in an aside after 'The PDU,'", () => {
  const doc = (sentence: string) =>
    [
      "Orton probation unit must improve",
      "",
      "HM Inspectorate of Probation has rated Orton Probation Delivery Unit (PDU) as 'Requires improvement'.",
      "",
      sentence,
      "",
    ].join("\n");

  it("the places it supervises people across", () => {
    const r = rec(doc("The PDU, one of the units set up when probation became a single national service, supervises people across Orton, Kelsby and the market town of Wendle."));
    expect(r.provider?.areas).toEqual(["Orton", "Kelsby", "Wendle"]);
  });

  it("near miss: 'national' outside the aside still says the sentence is no patch", () => {
    const r = rec(doc("The PDU, based in Orton, follows national rules supervising people across Kelsby and the market town of Wendle."));
    expect(r.provider?.areas ?? []).not.toContain("Wendle");
  });
});

describe("provider.areas: 'works with children … in trouble with the law in A itself and in B, C and D'", () => {
  const doc = (tail: string) =>
    [
      "Brayfield YJS rated good",
      "",
      "HM Inspectorate of Probation has rated Brayfield Youth Justice Service (YJS) as 'Good'.",
      "",
      `Brayfield Youth Justice Service works with children aged 10 to 17 who have been in trouble with the law ${tail}`,
      "",
    ].join("\n");

  it("all four places", () => {
    expect(rec(doc("in Brayfield itself and in Ostley, Dunholm and Lower Carn.")).provider?.areas).toEqual(["Brayfield", "Ostley", "Dunholm", "Lower Carn"]);
  });

  it("near miss: 'in Brayfield and in 2019 …': one place, no year", () => {
    expect(rec(doc("in Brayfield and in 2019 it moved offices.")).provider?.areas).toEqual(["Brayfield"]);
  });
});

describe("figures: a sample broken down after a colon", () => {
  const doc = (sentence: string) =>
    ["Tarnby YJS rated good", "", "HM Inspectorate of Probation has rated Tarnby Youth Justice Service (YJS) as 'Good'.", "", sentence, ""].join("\n");

  it("'examined 30 cases: 18 court disposals and 12 out-of-court disposals': all three", () => {
    expect(figs(doc("Inspectors examined 30 cases: 18 court disposals and 12 out-of-court disposals."))).toEqual(["30 count", "18 count", "12 count"]);
  });

  it("near miss: parts that do not make the whole are not read as its parts", () => {
    expect(figs(doc("Inspectors examined 30 cases: 18 court disposals and 7 out-of-court disposals."))).toEqual(["30 count"]);
  });
});

describe("figures: the part after 'Of the 50 cases inspectors examined,'", () => {
  const doc = (sentence: string) =>
    ["Orton probation unit must improve", "", "HM Inspectorate of Probation has rated Orton Probation Delivery Unit (PDU) as 'Requires improvement'.", "", sentence, ""].join("\n");

  it("'…, only 20 had a sufficient plan': 50 and 20", () => {
    expect(figs(doc("Of the 50 cases inspectors examined, only 20 had a sufficient plan to keep others safe."))).toEqual(["50 count", "20 count"]);
  });

  it("near miss: '…, only 20 per cent had …' is a percentage, no count", () => {
    expect(figs(doc("Of the 50 cases inspectors examined, only 20 per cent had a sufficient plan to keep others safe.")).sort()).toEqual(["20 percent", "50 count"]);
  });
});

describe("figures: a sentence opening on a councillor's word", () => {
  const doc = (subject: string) =>
    [
      "Tarnby YJS rated good",
      "",
      "HM Inspectorate of Probation has rated Tarnby Youth Justice Service (YJS) as 'Good'.",
      "",
      `${subject} said the service’s budget had been cut since 2015, and that the number of children entering the system for the first time had fallen by 30 per cent over the same period.`,
      "",
    ].join("\n");

  it("'Cllr Ann Hope said …': none", () => {
    expect(figs(doc("Cllr Ann Hope"))).toEqual([]);
  });

  it("near miss: 'Inspectors said …': the inspectors' figure", () => {
    expect(figs(doc("Inspectors"))).toEqual(["30 percent"]);
  });
});

describe("figures: the provider's caseload as a label, or on a given day", () => {
  const doc = (line: string) =>
    [
      "Wyford CRC must improve",
      "",
      "HM Inspectorate of Probation has rated Wyford Community Rehabilitation Company (CRC) as 'Requires improvement'.",
      "",
      line,
      "",
      "Inspectors examined 70 cases.",
      "",
    ].join("\n");

  it("'Caseload: 4,120 people (as at 30 June 2018)': none", () => {
    expect(figs(doc("Caseload: 4,120 people (as at 30 June 2018)"))).toEqual(["70 count"]);
  });

  it("'Of the 4,120 people supervised by the CRC on 30 June 2018, …': none", () => {
    expect(figs(doc("Of the 4,120 people supervised by the CRC on 30 June 2018, many had served short prison sentences."))).toEqual(["70 count"]);
  });

  it("near miss: '… 1,120 people supervised by the CRC had no plan' (no day, no label) stays a finding", () => {
    expect(figs(doc("Inspectors found 1,120 people supervised by the CRC had no plan at all."))).toContain("1120 count");
  });
});
