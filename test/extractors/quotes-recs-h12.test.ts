import { describe, expect, it } from "vitest";
import { candidatesOf, docOf, valueOf } from "../helpers.js";
import { readAttribution } from "../../src/extractors/lib/people.js";

const quotesOf = (text: string) => candidatesOf("quotes", "quotes", text).map((c) => ({ speaker: c.value.speaker, text: c.value.text }));
const noPeople = { known: [] };

describe("quotes (held-out set 12 kind): a topic phrase before 'the report' as the lead-in's subject", () => {
  const lead = "Probation office told to improve\n\nHM Inspectorate of Probation published its report on the Dunmore unit today.\n\n";
  const body = "\n\n\u201cToo many officers are covering two jobs at once, and the work with the people they supervise suffers for it.\u201d";

  it("reads 'On staffing, the report does not mince its words:' as the inspectorate's voice", () => {
    for (const intro of ["On staffing, the report does not mince its words:", "About supervision, the inspectors were blunt:", "Turning to caseloads, the report is clear:"]) {
      expect(quotesOf(`${lead}${intro}${body}`)[0], intro).toMatchObject({ speaker: "HM Inspectorate of Probation" });
    }
  });

  it("leaves a topic phrase before someone other than the report", () => {
    expect(readAttribution("On staffing, the union does not mince its words", 0, noPeople).kind).not.toBe("inspectorate");
    expect(readAttribution("On the report of the board, the council was silent", 0, noPeople).kind).not.toBe("inspectorate");
  });
});

describe("quotes (held-out set 12 kind): a split quote by 'the council', named in full before", () => {
  it("finds both halves of '“…,” the council said. “…”' and names the council", () => {
    const text =
      "Headline\n\nA spokesperson for Harrowby Borough Council said the authority welcomed the findings. \u201cWe will put a plan in place with the service by the summer,\u201d the council said. \u201cEvery child in the borough deserves a good service.\u201d\n\nMore text follows.";
    expect(quotesOf(text)).toEqual([
      { speaker: "Harrowby Borough Council", text: "We will put a plan in place with the service by the summer," },
      { speaker: "Harrowby Borough Council", text: "Every child in the borough deserves a good service." },
    ]);
  });

  it("reads 'said the charity' the same way", () => {
    const text =
      "Headline\n\nThe Wyncote Mentoring Charity runs the service for the region. \u201cWe are disappointed but we accept every word of the report,\u201d said the charity.\n\nMore text follows.";
    expect(quotesOf(text)).toEqual([{ speaker: "Wyncote Mentoring Charity", text: "We are disappointed but we accept every word of the report," }]);
  });

  it("gives no speaker when no council is named in full, and keeps a quoted fragment out", () => {
    const text = "Headline\n\nThe report was published on Monday. \u201cWe are already acting on every one of these points,\u201d the council said.\n\nMore text.";
    expect(quotesOf(text)).toEqual([{ speaker: null, text: "We are already acting on every one of these points," }]);
    // a near miss: a quoted phrase the council used, inside a sentence, is not a quote
    expect(docOf("Headline\n\nThe council said the service was \u201cbroadly sound\u201d and would improve.").quotes).toEqual([]);
  });
});

describe("recommendations (held-out set 12 kind): 'our N recommendations' in the Chief Inspector's quote", () => {
  const recs = (text: string) => valueOf("recommendations", "recommendations", text);
  const head = "Youth offending team praised\n\nChief Inspector of Probation Alan Fenwick published the report on Wexmoor YOT today.\n\n";

  it("counts 'Our eight recommendations …' inside a quote of the Chief Inspector (by name, by title)", () => {
    const quote = "\u201cThe staff know the children well.\n\n\u201cBut more must be done to keep them safe. Our eight recommendations are meant to help the team and its board do that.\u201d";
    expect(recs(`${head}Alan Fenwick said:\n\n${quote}\n\nEnds`)).toBe(8);
    expect(recs(`${head}The Chief Inspector said:\n\n${quote}\n\nEnds`)).toBe(8);
    expect(recs(`${head}\u201cWe found much to praise. Our 6 recommendations focus on safety,\u201d said Mr Fenwick.\n\nEnds`)).toBe(6);
  });

  it("does not count anyone else's 'our' recommendations", () => {
    const other = "Jo Tarrant, head of the YOT, said:\n\n\u201cWe accept the findings. Our three recommendations to the board will be taken forward at once, with the support of every partner.\u201d\n\nEnds";
    expect(recs(`${head}${other}`)).toBeNull();
    // not in a quote at all
    expect(recs(`${head}Our four recommendations to the board were agreed last week by the partners, who met in private.\n\nEnds`)).toBeNull();
  });
});
