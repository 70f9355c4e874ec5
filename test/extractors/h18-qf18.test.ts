import { describe, expect, it } from "vitest";
import { candidatesOf, valueOf } from "../helpers.js";

const quotesOf = (text: string, format?: "text" | "html") =>
  candidatesOf("quotes", "quotes", text, format).map((c) => ({ speaker: c.value.speaker, text: c.value.text }));
const findingsOf = (text: string) => ({
  strengths: candidatesOf("findings", "findings.strengths", text).map((c) => c.value),
  concerns: candidatesOf("findings", "findings.concerns", text).map((c) => c.value),
});
const contact = (text: string, format?: "text" | "html") => valueOf("media-contact", "mediaContact", text, format);

describe("quotes: a feature's present-tense attribution inside a paragraph", () => {
  const lead = "HM Inspectorate of Probation rated Dunmere CRC inadequate.\n\nChief Inspector of Probation Dame Alma Rigg said: “Too many people were seen too rarely, and risk was not managed well.”\n\n";
  it("reads “…,” she says. after a sentence, for the person the paragraph opens on", () => {
    const text = lead + "Petra Lindqvist worked as an officer in Harrowby for nine years. “By the end I had 90 people on my caseload,” she says.\n\nShe remembers colleagues leaving. “Every time someone left, their cases came to us and nobody asked,” she says.";
    const qs = quotesOf(text);
    expect(qs).toContainEqual({ speaker: "Petra Lindqvist", text: "By the end I had 90 people on my caseload," });
    expect(qs).toContainEqual({ speaker: "Petra Lindqvist", text: "Every time someone left, their cases came to us and nobody asked," });
  });
  it("near miss: the person opening the paragraph is a possessive, not its subject", () => {
    const text = lead + "Petra Lindqvist’s manager left the service in 2017. “By the end I had 90 people on my caseload,” she says.";
    expect(quotesOf(text)).not.toContainEqual({ speaker: "Petra Lindqvist", text: "By the end I had 90 people on my caseload," });
  });
  it("near miss: a quoted fragment with no verb of speech after it is no quote", () => {
    const text = lead + "Petra Lindqvist worked there for years. “By the end I had 90 people on my caseload,” she recalls wryly.";
    expect(quotesOf(text).map((q) => q.text)).not.toContain("By the end I had 90 people on my caseload,");
  });
});

describe("quotes: 'he' or 'she' well after an organisation's quote", () => {
  const text = (between: string) =>
    "Dunmere CRC was rated inadequate.\n\nA Ministry of Justice spokesperson said: “We will study this report closely and hold the company to account.”\n\n" +
    between +
    "Outside, the woman in the red coat is finally called in. Asked how it went, she shrugs: “Same as ever. He is fine. He just has no time.”";
  it("is someone else, unnamed: no speaker", () => {
    const q = quotesOf(text("The report makes nine recommendations.\n\n")).find((x) => x.text.startsWith("Same as ever"));
    expect(q?.speaker).toBeNull();
  });
  it("near miss: right after the organisation's quote, the pronoun goes on with it", () => {
    const q = quotesOf(text("")).find((x) => x.text.startsWith("Same as ever"));
    expect(q?.speaker).toBe("Ministry of Justice");
  });
});

describe("quotes: where in the report, then the report says", () => {
  const doc = (who: string) =>
    `HM Inspectorate of Probation has published its report on Dunmere CRC.\n\nThere are good points. ${who} says: “Staff were committed and people on probation spoke well of their officers. But many staff felt overwhelmed.”`;
  it("'Buried on page 31, the report says:' is the inspectorate's voice", () => {
    expect(quotesOf(doc("Buried on page 31, the report"))[0]?.speaker).toBe("HM Inspectorate of Probation");
  });
  it("near miss: a person's name before the comma", () => {
    expect(quotesOf(doc("Buried on page 31, Mr Hallam"))[0]?.speaker).not.toBe("HM Inspectorate of Probation");
  });
});

describe("quotes: a spokesperson of the organisation asked in the sentence before", () => {
  const doc = (asked: string) =>
    `HM Inspectorate of Probation has published its report on Dunmere PDU.\n\n${asked} A spokesperson told the Courier: “We welcome the report and are recruiting more probation officers in the area to strengthen our work.”`;
  it("speaks for that organisation", () => {
    expect(quotesOf(doc("I asked the Regional Probation Service what it intended to do about it."))[0]?.speaker).toBe("Regional Probation Service");
  });
  it("near miss: two organisations named in the sentence before", () => {
    expect(quotesOf(doc("I asked the Regional Probation Service and the Harrowby Council what they intended to do."))[0]?.speaker).toBeNull();
  });
});

describe("quotes: a quoted subheading is not a quote", () => {
  const html = (h: string) =>
    `<html><body><h1>Harrowby youth justice service rated outstanding</h1><p>Chief Inspector of Probation Dame Alma Rigg said: “This is an exceptional service. Leaders know their children well.</p><p>“What impressed us most was how the team listens to children.”</p>${h}<p>The service was rated outstanding in nine of the standards.</p></body></html>`;
  it("an <h2> in quote marks right after a quote", () => {
    expect(quotesOf(html("<h2>“Nothing left to chance”</h2>"), "html").map((q) => q.text)).not.toContain("Nothing left to chance");
  });
  it("near miss: the same words as a paragraph of their own, a sentence, still go on with the quote", () => {
    expect(quotesOf(html("<p>“Nothing was left to chance.”</p>"), "html").map((q) => q.text)).toContain("Nothing was left to chance.");
  });
});

describe("findings: a lead-in that the list finishes with what is still to do", () => {
  const doc = (lead: string) =>
    `Harrowby YOS was rated good.\n\nThe report says the service does well in many areas.\n\n${lead}\n\n• improve how it manages risk in out-of-court cases;\n• make sure case managers record their decisions;\n• strengthen how victims' voices inform its work.`;
  it("'The report says the service needs to:' introduces concerns", () => {
    expect(findingsOf(doc("The report says the service needs to:")).concerns).toHaveLength(3);
  });
  it("near miss: 'The report says the service:' says nothing of its side", () => {
    expect(findingsOf(doc("The report says the service:")).concerns).toHaveLength(0);
  });
});

describe("media-contact: a media-enquiries label inside a footer run together", () => {
  const footer = (label: string) =>
    `Headline\n\nBody of the newsletter.\n\nTwitter | Facebook | Website ${label}: Ada Brennan, Communications Officer, 07700 900777, press@lantern.example General enquiries: hello@lantern.example Copyright © 2021 Lantern Network, all rights reserved. Unsubscribe from this list.`;
  it("reads the labelled piece only", () => {
    expect(contact(footer("Media enquiries"))).toEqual({ name: "Ada Brennan", role: "Communications Officer", phones: ["07700 900777"], emails: ["press@lantern.example"] });
  });
  it("near miss: a footer with no media label is no contact", () => {
    expect(contact(footer("Team news"))).toBeNull();
  });
});
