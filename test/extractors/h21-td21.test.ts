/**
 * Held-out set 21: fieldwork "visited … between 12 and 15 January" by "a
 * team from HMI Probation", the public's number after the press office's,
 * a breadcrumb whose first item is the inspectorate's four-word name, a
 * blogging platform's post with a NewsArticle schema type, a PDU "which
 * covers A, B, C and the villages, is part of the … region", "the town and
 * the old pit villages of A, B and C", and a survey in the clause after a
 * sickness figure (invented names).
 */
import { describe, expect, it } from "vitest";
import { recordOf, valueOf } from "../helpers.js";

const PR = "Inspectors publish report on Farnley YOT\n\nPublished 10 March 2015\n\n";

describe("dates: a vague visit by HMI Probation", () => {
  it("reads 'A team from HMI Probation visited … between 12 and 15 January 2015'", () => {
    const r = recordOf(PR + "A team from HMI Probation visited the YOT between 12 and 15 January 2015 and examined 20 cases of children who had started a sentence.\n").record;
    expect([r.dates.inspectionStart, r.dates.inspectionEnd]).toEqual(["2015-01-12", "2015-01-15"]);
  });
  it("does not read a visit by someone else", () => {
    const r = recordOf(PR + "A team from the council visited the YOT between 12 and 15 January 2015 and examined its budget.\n").record;
    expect(r.dates.inspectionStart).toBeNull();
  });
});

const NOTES = "\n\nNotes to editors\n\n1. The report is online.\n\n";
describe("media contact: the public's number after the press office's", () => {
  it("keeps the press office's numbers only", () => {
    const r = recordOf(PR + "The YOT did well." + NOTES + "2. For further information, please contact Jo Pell at the HMI Probation press office on 020 7946 0123 or 07700 900456, or email jo.pell@example.gov.uk. Members of the public with general enquiries should call 0113 496 0789.\n").record;
    expect(r.mediaContact?.phones).toEqual(["020 7946 0123", "07700 900456"]);
  });
  it("keeps a second press number in the same sentence", () => {
    const r = recordOf(PR + "The YOT did well." + NOTES + "2. For further information, please contact Jo Pell at the HMI Probation press office on 020 7946 0123 or 07700 900456, or email jo.pell@example.gov.uk. Out of hours, call 0113 496 0789.\n").record;
    expect(r.mediaContact?.phones).toEqual(["020 7946 0123", "07700 900456", "0113 496 0789"]);
  });
});

describe("title: a breadcrumb led by the inspectorate's name", () => {
  const page = (crumb: string) => `Skip to main content\nGOV.UK | Justice Inspectorates\n${crumb}\n\nFarnley Probation Trust: good work on reoffending but risk needs focus\n\nPress release | Published 8 May 2014\n\nWork by the trust was solid, said the Chief Inspector of Probation.\n`;
  it("skips 'HM Inspectorate of Probation › News › Press releases' and the site line above it", () => {
    expect(valueOf("title", "title", page("HM Inspectorate of Probation › News › Press releases"))).toBe("Farnley Probation Trust: good work on reoffending but risk needs focus");
  });
  it("does not take a five-word item for a breadcrumb", () => {
    expect(valueOf("title", "title", page("The new HM Inspectorate of Probation › News"))).not.toBe("Farnley Probation Trust: good work on reoffending but risk needs focus");
  });
});

describe("document type: a blogging platform's post typed NewsArticle", () => {
  const html = (body: string) =>
    `<!doctype html><html><head><title>Farnley was rated Inadequate | by Jo Pell | May, 2024 | Medium</title><script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"Farnley was rated Inadequate","datePublished":"2024-05-14T07:12:44Z","publisher":{"@type":"Organization","name":"Medium"}}</script></head><body><article><h1>Farnley was rated Inadequate</h1>${body}</article></body></html>`;
  it("takes the writer's own voice over the schema type", () => {
    const t = html("<p>I spent nine years as a probation officer in Farnley, and I think the report by HM Inspectorate of Probation is fair. I left in 2021.</p><p>My old colleagues were not surprised by the Inadequate rating.</p>");
    expect(valueOf("document-type", "documentType", t)).toBe("blog-post");
  });
  it("stays a news article with no writer's voice", () => {
    const t = html("<p>Farnley probation delivery unit was rated Inadequate by HM Inspectorate of Probation.</p><p>The unit supervises 2,000 people.</p>");
    expect(valueOf("document-type", "documentType", t)).not.toBe("blog-post");
  });
});

const PDU = "Inspectors rate Farnley PDU inadequate\n\nPublished 3 March 2023\n\nHM Inspectorate of Probation has rated the Farnley Probation Delivery Unit (PDU) \"Inadequate\" following an inspection carried out in January 2023.\n\n";
const areas = (t: string) => recordOf(t).record.provider?.areas ?? [];
describe("areas", () => {
  it("reads a 'which covers' aside before 'is part of the … region'", () => {
    expect(areas(PDU + "The PDU, which covers Farnley, Brent, Colby and the surrounding villages, is part of the Probation Service's East Fen region. It was responsible for 2,000 people.\n")).toEqual(["Farnley", "Brent", "Colby"]);
  });
  it("does not read a list when another provider is named after the aside", () => {
    expect(areas(PDU + "The PDU, which covers Farnley, Brent, Colby and the surrounding villages, works with the Kelby Youth Justice Service.\n")).toEqual([]);
  });
  it("reads 'the town and the old pit villages of A, B and C'", () => {
    expect(areas(PDU + "The PDU covers the town and the old pit villages of Brent, Colby and Dunn.\n")).toEqual(["Brent", "Colby", "Dunn"]);
  });
  it("does not read 'the town and the people of'", () => {
    expect(areas(PDU + "The PDU covers the town and the people of Brent, Colby and Dunn.\n")).toEqual([]);
  });
});

describe("staff sickness: a survey in another clause", () => {
  const NEWS = "Probation region told to improve\n\nBy Ann Reporter\n\nThe Farnley region was rated Requires improvement by HM Inspectorate of Probation.\n\n";
  const days = (t: string) => valueOf("staff-sickness", "staffSicknessDays", t);
  it("reads the figure when the survey is the next clause's", () => {
    expect(days(NEWS + "Staff sickness averaged 13.5 days a year, and fewer than half of the staff who responded to a survey said they could manage their workload.\n")).toBe(13.5);
  });
  it("does not read a figure from the survey's own clause", () => {
    expect(days(NEWS + "Staff who responded to a union survey said sickness averaged 13.5 days a year, and morale was low.\n")).toBeNull();
  });
});
