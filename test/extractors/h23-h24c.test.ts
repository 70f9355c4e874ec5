/**
 * Held-out set 24 (a news app's page, an AMP page, a forum thread, a Q&A):
 * a standards list set off by dashes then "as was …", a "for children …"
 * aside in a rated subject, a quote opening after reported speech in the
 * same paragraph, a forum thread pasting a release, "looked in detail at",
 * a sample's second count after a qualifier, and a fraction restated as a
 * percentage (invented names).
 */
import { describe, expect, it } from "vitest";
import { aspectPairsOf, recordOf } from "../helpers.js";

const pairs = aspectPairsOf;
const quotes = (t: string) => recordOf(t).record.quotes.map((q) => ({ speaker: q.speaker, text: q.text }));
const figures = (t: string) => recordOf(t).record.figures.map((f) => `${f.value} ${f.unit}`).sort();
const docType = (t: string) => recordOf(t).record.documentType;

const NEWS = "Youth team improves\n\nBy Ann Reporter\n\nInspectors visited Brackwell Youth Justice Service (YJS) in March and judged it 'Good' overall.\n\n";

describe("aspect ratings: a dash-closed list of standards, then 'as was …'", () => {
  it("rates the listed standards and the aspect after the closing dash", () => {
    const text = NEWS + "Its work with children on court orders was rated good on all four standards – assessment, planning, implementation and delivery, and reviewing – as was its work on out-of-court disposals.\n";
    expect(pairs(text)).toEqual(["Assessment=Good", "Implementation and delivery=Good", "Out-of-court disposals=Good", "Planning=Good", "Reviewing=Good"]);
  });

  it("near miss: another statement after the closing dash adds nothing", () => {
    const text = NEWS + "Its work with children on court orders was rated good on all four standards – assessment, planning, implementation and delivery, and reviewing – and its managers knew it.\n";
    expect(pairs(text)).toEqual(["Assessment=Good", "Implementation and delivery=Good", "Planning=Good", "Reviewing=Good"]);
  });
});

describe("aspect ratings: an aside of whom the work is for", () => {
  it("skips 'for children leaving custody' to the aspect before it", () => {
    const text = NEWS + "However, its resettlement policy and provision, for children leaving custody, was rated requires improvement.\n";
    expect(pairs(text)).toEqual(["Resettlement=Requires improvement"]);
  });

  it("near miss: a head naming no aspect rates nothing", () => {
    const text = NEWS + "However, the team's other work, for children leaving custody, was rated requires improvement.\n";
    expect(pairs(text)).toEqual([]);
  });
});

describe("quotes: a quote opening after reported speech in the same paragraph", () => {
  const lead = "Brackwell Youth Justice Service (YJS) has been rated 'Good' by HM Inspectorate of Probation.\n\n";
  it("is the reporter's speaker's, and runs on into the next paragraph", () => {
    const text =
      lead +
      "Tom Marsh, Chief Inspector of Probation, said the change had come from the top. “When we first visited, the board did not know enough about the children it served.\n\n“That is no longer true. The board now knows its children well.”\n\nHe added: “There is more to do. I am sure the service can do it.”\n";
    expect(quotes(text)).toEqual([
      { speaker: "Tom Marsh", text: "When we first visited, the board did not know enough about the children it served.\n\nThat is no longer true. The board now knows its children well." },
      { speaker: "Tom Marsh", text: "There is more to do. I am sure the service can do it." },
    ]);
  });

  it("closed at the paragraph's end, it is one quote", () => {
    const text = lead + "Tom Marsh, Chief Inspector of Probation, said the change had come from the top. “When we first visited, the board did not know enough about its children.”\n";
    expect(quotes(text)).toEqual([{ speaker: "Tom Marsh", text: "When we first visited, the board did not know enough about its children." }]);
  });

  it("near miss: a few quoted words after the reported sentence are no quote", () => {
    const text = lead + "Tom Marsh, Chief Inspector of Probation, said the change had come from the top. “Real progress.”\n";
    expect(quotes(text)).toEqual([]);
  });

  it("near miss: a bare pronoun's reported speech gives no speaker here", () => {
    const text = lead + "The board met in May. She said the change had come from the top. “When we first visited, the board did not know enough about its children.”\n";
    expect(quotes(text).map((q) => q.speaker)).not.toContain("Tom Marsh");
    expect(quotes(text).filter((q) => q.text.startsWith("When we first visited"))).toEqual([]);
  });
});

describe("documentType: a forum thread pasting a release", () => {
  const release =
    "Probation unit rated Good\n\nHM Inspectorate of Probation has rated Marlow Vale Probation Delivery Unit (PDU) as 'Good'.\n\nENDS\n\nNotes to editors\n\n1. For media enquiries, please contact the press office.\n\n";
  it("is other: replies headed 'Re:' and posters' 'Joined:' lines", () => {
    const text =
      "Re: Marlow Vale report out\n\nby ValeOfficer » Thu Nov 03, 2022 7:52 am\n\nJoined: Mar 2016\n\nPress release pasted below.\n\n" +
      release +
      "Re: Marlow Vale report out\n\nby OtherPoster » Thu Nov 03, 2022 8:40 am\n\nJoined: Oct 2019\n\nWell done to them.\n";
    expect(docType(text)).toBe("other");
  });

  it("near miss: an e-mail chain's 'Re:' lines with no posters' profiles stays a release", () => {
    const text = "Re: Marlow Vale report out\n\nPress release pasted below.\n\n" + release + "Re: Marlow Vale report out\n\nWell done to them.\n";
    expect(docType(text)).toBe("press-release");
  });
});

describe("figures: samples and restated shares", () => {
  const lead = "HM Inspectorate of Probation has rated Marlow Vale Probation Delivery Unit (PDU) as 'Good'.\n\n";
  it("reads a sample 'looked in detail at'", () => {
    expect(figures(lead + "Inspectors looked in detail at 62 cases.\n")).toEqual(["62 count"]);
  });

  it("reads a sample's second count after a few words on the first", () => {
    expect(figures(lead + "Inspectors examined 28 cases of children on court orders and 16 out-of-court disposal cases.\n")).toEqual(["16 count", "28 count"]);
  });

  it("near miss: a second number after a comma is not the sample's", () => {
    expect(figures(lead + "Inspectors examined 28 cases of children on court orders, and 16 out-of-court disposal cases were left aside.\n")).toEqual(["28 count"]);
  });

  it("keeps a share given both ways in its percentage only", () => {
    expect(figures(lead + "Checks had been made in just over half – 54 per cent – of the cases.\n")).toEqual(["54 percent"]);
    expect(figures(lead + "Checks had been made in 54 per cent (just over half) of the cases.\n")).toEqual(["54 percent"]);
  });

  it("near miss: a fraction and a percentage of different things are both figures", () => {
    expect(figures(lead + "Checks had been made in just over half of the cases, and 54 per cent of staff were trained.\n")).toEqual(["0.5 fraction", "54 percent"]);
  });
});
