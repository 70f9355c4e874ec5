import { describe, expect, it } from "vitest";
import { candidatesOf, docOf } from "../helpers.js";

const findingsOf = (text: string) => ({
  strengths: candidatesOf("findings", "findings.strengths", text).map((c) => c.value),
  concerns: candidatesOf("findings", "findings.concerns", text).map((c) => c.value),
});
const quotesOf = (text: string, format?: "text" | "html") =>
  candidatesOf("quotes", "quotes", text, format).map((c) => ({ speaker: c.value.speaker, text: c.value.text }));

describe("findings (held-out set 11 kind): a neutral list, then a turn to a lead-in of concern", () => {
  const doc = (lead1: string, items1: string[], lead2: string, items2: string[]) =>
    ["Headline", "", "Body text of the release, long enough to be a paragraph of its own.", "", lead1, "", ...items1.map((t, i) => `${i + 1}. ${t}`), "", lead2, "", ...items2.map((t, i) => `${i + 1}. ${t}`), "", "More text follows here."].join("\r\n");
  const good = ["practitioners knew the people they supervised well;", "court reports were delivered on time in most cases; and", "the new hostel was well run."];
  const bad = ["reviews were late in a third of cases;", "the quality of plans varied between offices; and", "managers checked few cases."];
  const strip = (xs: string[]) => xs.map((x) => x.replace(/;(?: and)?$/, ""));

  it("reads 'Inspectors found that:' before 'However, inspectors were concerned to find that:' as strengths", () => {
    for (const [lead1, lead2] of [
      ["Inspectors found that:", "However, inspectors were concerned to find that:"],
      ["The inspection found:", "But inspectors were worried that:"],
      ["We found that:", "By contrast, there were concerns that:"],
    ]) {
      const f = findingsOf(doc(lead1!, good, lead2!, bad));
      expect(f.strengths, lead1).toEqual(strip(good));
      expect(f.concerns, lead2).toEqual(strip(bad));
    }
  });

  it("leaves the neutral list unsided when it holds a shortcoming, or the concern lead-in does not turn", () => {
    const mixed = [...good.slice(0, 2), "too few staff had been trained."];
    expect(findingsOf(doc("Inspectors found that:", mixed, "However, inspectors were concerned to find that:", bad)).strengths).toEqual([]);
    expect(findingsOf(doc("Inspectors found that:", good, "Inspectors were also concerned to find that:", bad)).strengths).toEqual([]);
  });
});

describe("quotes (held-out set 11 kind): a quote attributed 'X told us'", () => {
  it("reads '“…,” one woman told us.' and '“…,” a former prisoner told me.' as attributed quotes", () => {
    const a = "Intro paragraph about the service and its users.\n\n“I saw three different officers in a year and had to start again each time,” one woman who uses our centre told us. She did not want to be named.";
    expect(docOf(a).quotes.map((q) => [q.text, q.attribution])).toEqual([["I saw three different officers in a year and had to start again each time,", "one woman who uses our centre"]]);
    expect(quotesOf(a)).toEqual([{ speaker: null, text: "I saw three different officers in a year and had to start again each time," }]);
    const b = "Intro paragraph.\n\n“Nobody rang me back for a month,” a former prisoner told me.";
    expect(docOf(b).quotes.map((q) => q.attribution)).toEqual(["a former prisoner"]);
  });

  it("does not take 'told us' followed by more words as the end of an attribution", () => {
    // "told us that …" is reported speech after a fragment, not an attribution ending the sentence
    const c = "Intro paragraph.\n\n“Real progress” was what the director told us to expect from the new plan next year.";
    expect(docOf(c).quotes).toEqual([]);
  });
});
