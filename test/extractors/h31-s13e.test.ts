/**
 * Held-out set 31, quotes, findings, areas and figures (invented names): a
 * quoted paragraph after "Mr X acknowledged that …"; "On leadership, it
 * says:" after a sentence on the report; "However, inspectors also found
 * that:" under a list of good things, over a list half of shortcomings;
 * "The PDU is one of nine delivery units in the … region and serves A, B and
 * C"; "It improved in four of them" after "seven standards"; "the last
 * twelve of them" (years); "N people are supervised by CRCs across England
 * and Wales"; "with some responsible for more than 100"; "was working with
 * 131 children".
 */
import { describe, expect, it } from "vitest";
import { recordOf } from "../helpers.js";

const rec = (t: string, format?: "text" | "html") => recordOf(t, format).record;
const figs = (t: string, format?: "text" | "html") => rec(t, format).figures.map((f) => `${f.value} ${f.unit}`);

describe("quotes: a quoted paragraph after a titled name's reported speech with 'acknowledged'", () => {
  const doc = (verb: string) =>
    [
      "Dunsford probation unit told to improve",
      "",
      "HM Inspectorate of Probation has rated Dunsford Probation Delivery Unit (PDU) as 'Requires improvement'.",
      "",
      'Chief Inspector of Probation Justin Russell said: "Staff in Dunsford care about the people they supervise."',
      "",
      "Inspectors examined 40 cases.",
      "",
      `Mr Russell ${verb} that a new group of trainees would join the unit later in the year.`,
      "",
      '"New staff will need time and support before they can carry complex cases. Leaders must plan for that now."',
      "",
    ].join("\n");
  const last = (verb: string) => rec(doc(verb)).quotes.find((q) => q.text.startsWith("New staff"));

  it("'Mr Russell acknowledged that …': his", () => {
    expect(last("acknowledged")?.speaker).toBe("Justin Russell");
  });

  it("'Mr Russell admitted that …': his", () => {
    expect(last("admitted")?.speaker).toBe("Justin Russell");
  });

  it("near miss: 'Mr Russell visited …' reports no speech: no one's", () => {
    const t = doc("acknowledged").replace("Mr Russell acknowledged that a new group of trainees would join", "Mr Russell visited the office where a new group of trainees would join");
    expect(rec(t).quotes.find((q) => q.text.startsWith("New staff"))?.speaker).toBeNull();
  });
});

describe("quotes: 'On leadership, it says:' after a sentence whose subject is the report", () => {
  const page = (lead: string) =>
    [
      "<html><body><h1>Another hard read on Ferrowby PDU</h1>",
      "<p>HM Inspectorate of Probation has published its report on Ferrowby Probation Delivery Unit (PDU).</p>",
      `<p>${lead} On staffing, it says:</p>`,
      "<blockquote><p>“Managers knew what had to change but had too few people to change it.”</p></blockquote>",
      "<p>That will sound familiar to many.</p>",
      "</body></html>",
    ].join("\n");
  const speaker = (lead: string) => rec(page(lead), "html").quotes.find((q) => q.text.startsWith("Managers knew"))?.speaker;

  it("the report's: the inspectorate", () => {
    expect(speaker("The report itself is blunter than the press release.")).toBe("HM Inspectorate of Probation");
  });

  it("near miss: the sentence before is on the blog, not the report: not the inspectorate", () => {
    expect(speaker("My old office has changed a great deal.")).not.toBe("HM Inspectorate of Probation");
  });
});

describe("findings: 'Inspectors found that:' then 'However, inspectors also found that:'", () => {
  const page = (third: string) =>
    [
      "<html><body><h1>Harwick YOS rated good</h1>",
      "<p>Harwick Youth Offending Service (YOS) has been rated ‘Good’ by HM Inspectorate of Probation.</p>",
      "<h2>Key findings</h2>",
      "<p>Inspectors found that:</p>",
      "<ul><li>the board gives the service a clear sense of purpose</li><li>staff are skilled, settled and well supported</li><li>children on court orders get a consistent service</li></ul>",
      "<p>However, inspectors also found that:</p>",
      `<ul><li>plans for out-of-court cases do not always look at the child’s safety</li><li>the board hears too little about children after a caution</li><li>${third}</li></ul>`,
      "<p>The Inspectorate has made three recommendations.</p>",
      "</body></html>",
    ].join("\n");

  it("half the second list written as shortcomings: strengths, then concerns", () => {
    const r = rec(page("some families wait months for a decision on the case"), "html");
    expect(r.findings.strengths).toHaveLength(3);
    expect(r.findings.concerns).toHaveLength(3);
  });

  it("near miss: a second list with an item written as a good thing is no list of concerns", () => {
    const r = rec(page("the new volunteer scheme works well"), "html");
    expect(r.findings.strengths).toHaveLength(0);
    expect(r.findings.concerns).toHaveLength(0);
  });
});

describe("provider.areas: 'The PDU is one of nine delivery units in the … region and serves A, B and C'", () => {
  const doc = (sentence: string) =>
    [
      "Wexmoor probation unit must improve",
      "",
      "HM Inspectorate of Probation has rated Wexmoor Probation Delivery Unit (PDU) as 'Requires improvement'.",
      "",
      sentence,
      "",
    ].join("\n");

  it("the places it serves, with the region it is one of beside them", () => {
    const r = rec(doc("The PDU is one of nine delivery units in the Probation Service - North East region and serves Hallton, Brisby and Corrowdale."));
    expect(r.provider?.areas).toEqual(["Hallton", "Brisby", "Corrowdale"]);
  });

  it("near miss: 'one of nine … and' with another provider as the subject of 'serves': no areas", () => {
    const r = rec(doc("The PDU is one of nine delivery units. Kelby Probation Delivery Unit serves Hallton, Brisby and Corrowdale."));
    expect(r.provider?.areas ?? []).not.toContain("Hallton");
  });
});

describe("figures: 'N of them' where 'them' stands for standards, aspects or years", () => {
  const doc = (para: string) =>
    ["Ashcombe probation unit improves", "", "HM Inspectorate of Probation has rated Ashcombe Probation Delivery Unit (PDU) as 'Requires improvement'.", "", para, ""].join("\n");

  it("'… against seven standards. It improved in four of them': no figure", () => {
    expect(figs(doc("Inspectors scored the unit against seven standards. It improved in four of them, but staffing was still judged inadequate."))).toEqual([]);
  });

  it("'… looked at 10 aspects of its work. It was judged inadequate in six of them': the sample only", () => {
    expect(figs(doc("Inspectors examined 88 cases and looked at 10 aspects of its work. It was judged inadequate in six of them."))).toEqual(["88 count"]);
  });

  it("'twenty years as an officer, the last twelve of them in …': no figure", () => {
    expect(figs(doc("I spent twenty years as an officer, the last twelve of them in the town office, before I retired."))).toEqual([]);
  });

  it("near miss: '… examined 60 cases. In 21 of them, …' stays a figure", () => {
    expect(figs(doc("Inspectors examined 60 cases. In 21 of them, there was no plan to keep victims safe."))).toEqual(["60 count", "21 count"]);
  });
});

describe("figures: a head-count that 'are supervised by' (with a provider) is no finding", () => {
  const doc = (item: string) =>
    [
      "Wyford CRC must improve",
      "",
      "HM Inspectorate of Probation has rated Wyford Community Rehabilitation Company (CRC) as 'Requires improvement'.",
      "",
      "Facts:",
      "",
      `  * ${item}`,
      "  * Inspectors examined 70 cases",
      "",
    ].join("\n");

  it("'Around 120,000 people are supervised by CRCs across England and Wales': none", () => {
    expect(figs(doc("Around 120,000 people are supervised by CRCs across England and Wales"))).toEqual(["70 count"]);
  });

  it("near miss: '1,200 people were helped into work' stays a finding", () => {
    expect(figs(doc("Around 1,200 people were helped into work by the CRC last year"))).toContain("1200 count");
  });
});

describe("figures: the most cases some staff hold, 'with some responsible for more than 100'", () => {
  const doc = (tail: string) =>
    [
      "Wyford CRC must improve",
      "",
      "HM Inspectorate of Probation has rated Wyford Community Rehabilitation Company (CRC) as 'Requires improvement'.",
      "",
      `Officers were carrying an average of 65 cases each, ${tail}`,
      "",
    ].join("\n");

  it("'with some responsible for more than 100': 100 cases", () => {
    expect(figs(doc("with some responsible for more than 100."))).toEqual(["100 cases"]);
  });

  it("near miss: 'the team is responsible for more than 100' (no 'some'): none", () => {
    expect(figs(doc("and the team is responsible for more than 100."))).toEqual([]);
  });
});

describe("figures: a provider's own head-count 'was working with 131 children' is caseload, no finding", () => {
  const doc = (sentence: string) =>
    ["Tarnby YJS rated good", "", "HM Inspectorate of Probation has rated Tarnby Youth Justice Service (YJS) as 'Good'.", "", sentence, ""].join("\n");

  it("'the YJS was working with 131 children': no figure", () => {
    expect(figs(doc("At the time of the inspection in May, the YJS was working with 131 children."))).not.toContain("131 count");
  });

  it("near miss: '131 children were seen by the nurse' stays a finding", () => {
    expect(figs(doc("Inspectors found that 131 children were seen by the team nurse in the year."))).toContain("131 count");
  });
});
