/**
 * Held-out sets 20 and 21: a post's own headings over its findings ("What
 * the inspectors found wanting", then "And the small mercies"), a neutral
 * "Among the inspection's findings:" list followed by "Inspectors did,
 * however, note that:", a quote running on across a PDF's running header,
 * and members after "a joint venture between the outsourcing firm A, the
 * charity B and …" (invented names).
 */
import { describe, expect, it } from "vitest";
import { recordOf } from "../helpers.js";

const POST = (body: string) =>
  `<html><head><title>Farnley PDU inspected</title></head><body><article><h1>Farnley PDU: a hard read</h1><p>Posted on 3 May 2024</p><p>HM Inspectorate of Probation has published its report on Farnley PDU.</p>${body}</article></body></html>`;
const LIST = (items: string[]) => `<ul>${items.map((i) => `<li>${i}</li>`).join("")}</ul>`;
const BAD = ["Too few cases had a home visit where one was needed.", "Managers did not check the work of new officers.", "Court reports were often late."];
const GOOD = ["Unpaid work projects were well run and valued by the towns that hosted them.", "Practitioners were committed and knew their cases well."];

describe("findings: a post's own headings over its lists", () => {
  it("reads 'found wanting' as concerns and the good things under the next heading as strengths", () => {
    const r = recordOf(POST(`<h3>What the inspectors found wanting</h3>${LIST(BAD)}<h3>And the small mercies</h3>${LIST(GOOD)}`)).record;
    expect(r.findings.concerns).toEqual(BAD);
    expect(r.findings.strengths).toEqual(GOOD);
  });
  it("does not take a list of actions under the next heading as strengths", () => {
    const next = ["The service should make sure new officers are well supervised.", "Leaders must keep good records of every breach."];
    const r = recordOf(POST(`<h3>What the inspectors found wanting</h3>${LIST(BAD)}<h3>What happens next</h3>${LIST(next)}`)).record;
    expect(r.findings.concerns).toEqual(BAD);
    expect(r.findings.strengths).toEqual([]);
  });
  it("does not take good things under a heading after a list that is not of concerns", () => {
    const r = recordOf(POST(`<h3>About the area</h3>${LIST(["Farnley has three offices and one court."])}<h3>And the small mercies</h3>${LIST(GOOD)}`)).record;
    expect(r.findings.strengths).toEqual([]);
  });
});

const PR =
  "Inspectors publish report on Farnley PDU\n\nPublished 10 March 2023\n\n" +
  "HM Inspectorate of Probation has rated the Farnley probation delivery\nunit as Inadequate after an inspection in the autumn. Inspectors rated\nthe quality of assessment and of the work to keep people safe as\nInadequate, and the leadership of the unit as Requires improvement.\n\n";
describe("findings: a neutral lead-in, then one that turns", () => {
  const first =
    "Among the inspection's findings:\n\n" +
    "  - only 30% of the cases inspected showed enough work to keep actual and\n    potential victims of the people on probation safe;\n" +
    "  - in 12 of the 40 cases inspected, home visits had not been carried out\n    where the case records showed that they were needed;\n" +
    "  - staff took an average of 15 days' sickness absence a year, well above\n    the national norm for the public sector as a whole;\n" +
    "  - a quarter of the probation officer posts were vacant or were filled by\n    agency workers.\n\n";
  it("reads the first list as concerns and the one after 'did, however, note that:' as strengths", () => {
    const r = recordOf(PR + first + "Inspectors did, however, note that:\n\n  - staff were committed and spoke positively about the support of their\n    line managers.\n\nThe report is online.\n").record;
    expect(r.findings.concerns).toHaveLength(4);
    expect(r.findings.concerns[2]).toBe("staff took an average of 15 days' sickness absence a year, well above the national norm for the public sector as a whole");
    expect(r.findings.strengths).toEqual(["staff were committed and spoke positively about the support of their line managers."]);
  });
  it("does not read a second list that is not written as good things", () => {
    const r = recordOf(PR + first + "Inspectors did, however, note that:\n\n  - the region plans to open a new office in the town centre early in the\n    next financial year.\n\nThe report is online.\n").record;
    expect(r.findings.concerns).toEqual([]);
    expect(r.findings.strengths).toEqual([]);
  });
});

describe("quotes: a quote running on across a PDF's running header", () => {
  const HEADER = "HM Inspectorate of Probation – Press release – Farnley, Ashby and Kelby Rehabilitation Company";
  const doc = (header2: string) =>
    `${HEADER}\n\nFarnley and Ashby CRC: work to do\n\nInspectors found the CRC needs to improve.\n\nChief Inspector of Probation Jo Pell said: “The CRC has worked hard on unpaid work.\n\n“Even so, too many cases were not assessed properly.\n\n\nPage 1 of 2\n\f${header2}\n\n“Plans were thin, and reviews were late. These are basic tasks.”\n\nThe report is online.\n\nPage 2 of 2\n`;
  it("joins the paragraphs on either side of a header repeated elsewhere", () => {
    const q = recordOf(doc(HEADER)).record.quotes;
    expect(q).toHaveLength(1);
    expect(q[0]!.speaker).toBe("Jo Pell");
    expect(q[0]!.text).toContain("basic tasks.");
  });
  it("does not run on across a line that is not repeated", () => {
    const q = recordOf(doc("Farnley and Ashby CRC inspection: the findings in brief for local partners and the public")).record.quotes;
    expect(q).toHaveLength(2);
  });
});

describe("consortium: members after 'a joint venture between the <kind> A, the <kind> B and …'", () => {
  const news = (between: string) =>
    `Farnley and Ashby CRC failing, say inspectors\n\n12 July 2017\n\nInspectors have rated Farnley and Ashby Community Rehabilitation Company as poor.\n\nThe CRC is owned by the Ashby Rehabilitation Partnership, a joint venture between ${between}. It took over in 2015.\n`;
  it("drops each member's description", () => {
    const r = recordOf(news("the outsourcing firm Pellow Services, the charity Brightway Trust and the housing association Kelby Homes")).record;
    expect(r.consortium).toEqual({ name: "Ashby Rehabilitation Partnership", members: ["Pellow Services", "Brightway Trust", "Kelby Homes"] });
  });
  it("still ends the list at a clause", () => {
    const r = recordOf(news("Pellow Services and Brightway Trust, the charity said Kelby Homes would join")).record;
    expect(r.consortium?.members).toEqual(["Pellow Services", "Brightway Trust"]);
  });
});
