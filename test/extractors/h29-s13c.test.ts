/**
 * Held-out sets 29 and 30, findings and quotes: "Inspectors were encouraged
 * that:", a list of actions after "Areas the service will now build on
 * include:", a neutral "Inspectors highlighted that:" list of good things a
 * couple of paragraphs above that list, a split quote in straight single
 * marks ("said the plan was a start, 'but …'") and the quoted paragraph after
 * "X told Fernwick Radio that …" (invented names and wording).
 */
import { describe, expect, it } from "vitest";
import { recordOf } from "../helpers.js";

const rec = (t: string, format?: "text" | "html") => recordOf(t, format).record;

const HEAD = "Fernwick YJS praised by inspectors\n\nFernwick Youth Justice Service has been rated ‘Good’ by HM Inspectorate of Probation.\n\n";

describe("findings: 'Inspectors were encouraged that:' introduces strengths", () => {
  const body = (lead: string) =>
    HEAD + `${lead}\n\n* case workers knew the young people well and saw them often\n* the board was well chaired and challenged partners\n* volunteers ran a lively mentoring scheme\n`;

  it("reads the list as strengths", () => {
    const r = rec(body("Inspectors were encouraged that:"));
    expect(r.findings.strengths).toHaveLength(3);
    expect(r.findings.concerns).toEqual([]);
  });

  it("near miss: 'Inspectors were told that:' takes no side", () => {
    const r = rec(body("Inspectors were told that:"));
    expect(r.findings.strengths).toEqual([]);
    expect(r.findings.concerns).toEqual([]);
  });
});

describe("findings: 'Areas the service will now build on include:' over a list of actions", () => {
  const body = (lead: string, items: string[]) => HEAD + `The partnership welcomed the report.\n\n${lead}\n\n` + items.map((t) => `* ${t}`).join("\n") + "\n";
  const actions = ["making sure every diversion decision rests on a full assessment;", "better recording of safety planning in community cases; and", "strengthening plans for when a young person moves home."];

  it("reads the actions as concerns", () => {
    const r = rec(body("Areas the service will now build on include:", actions));
    expect(r.findings.concerns).toEqual([
      "making sure every diversion decision rests on a full assessment",
      "better recording of safety planning in community cases",
      "strengthening plans for when a young person moves home.",
    ]);
  });

  it("'Things the team will focus on next:' likewise", () => {
    expect(rec(body("Things the team will focus on next:", actions)).findings.concerns).toHaveLength(3);
  });

  it("near miss: items written as findings, not actions, take no side", () => {
    const r = rec(body("Areas the service will now build on include:", ["the board is stable and well attended", "staff know the young people well", "the mentoring scheme is popular"]));
    expect(r.findings.concerns).toEqual([]);
    expect(r.findings.strengths).toEqual([]);
  });

  it("near miss: a lead-in that names no areas takes no side", () => {
    const r = rec(body("The council says it will now build on:", actions));
    expect(r.findings.concerns).toEqual([]);
  });
});

describe("findings: a neutral list of good things a paragraph or two above a list of concerns holds strengths", () => {
  const body = (items: string[]) =>
    HEAD +
    "Inspectors highlighted that:\n\n" +
    items.map((t) => `* ${t}`).join("\n") +
    "\n\nInspectors read 20 court cases and 12 out-of-court cases.\n\nThe diversion scheme was only a few weeks old when the fieldwork began.\n\nAreas for improvement include:\n\n* making sure plans are reviewed when things change\n* better recording of risks to other people\n";
  const good = ["the board is well attended and challenges partners", "young people can see a speech therapist quickly", "staff are well trained and feel valued"];

  it("reads the first list as strengths", () => {
    const r = rec(body(good));
    expect(r.findings.strengths).toEqual(good);
    expect(r.findings.concerns).toHaveLength(2);
  });

  it("near miss: a neutral list with a shortcoming in it takes no side", () => {
    const r = rec(body([good[0]!, "too few plans were reviewed when things changed", good[2]!]));
    expect(r.findings.strengths).toEqual([]);
  });
});

describe("quotes: a split quote in straight single marks after reported speech", () => {
  const body = (tail: string) =>
    HEAD + `Inspectors found gaps in safety planning. Ms Ardley, Chief Inspector of Probation, said the new training was a welcome start, ${tail}\n\nThe report makes five recommendations.\n`;

  it("is a quote by the reported speaker, from its opening mark", () => {
    const r = rec(body("'but it will not be enough by itself. Managers must check that it\nshows in the case records.'"));
    const q = r.quotes.find((x) => x.text.startsWith("but it will"));
    expect(q?.text).toBe("but it will not be enough by itself. Managers must check that it shows in the case records.");
    expect(q?.speaker).toMatch(/Ardley/);
  });

  it("near miss: a quoted word in single marks finishing the sentence is no quote", () => {
    const r = rec(body("and 'timely'."));
    expect(r.quotes).toEqual([]);
  });
});

describe("quotes: the quoted paragraph after 'X told Fernwick Radio that …' is X's", () => {
  const body = (verb: string, what = "the service accepted every recommendation") =>
    HEAD +
    `Mira Castell, head of the service, ${verb} ${what}.\n\n“We have recruited six new case workers and they start next month. I am proud of how this team has kept going.”\n`;

  it("takes the speaker of the reported speech", () => {
    const q = rec(body("told Fernwick Radio News that")).quotes[0];
    expect(q?.speaker).toBe("Mira Castell");
    expect(q?.role).toBe("head of the service");
  });

  it("'told FCR that' (a station's letters) likewise", () => {
    expect(rec(body("told FCR that")).quotes[0]?.speaker).toBe("Mira Castell");
  });

  it("near miss: 'told FCR about …' reports no speech", () => {
    const q = rec(body("told FCR about", "the new plans")).quotes[0];
    expect(q?.speaker ?? null).toBeNull();
  });
});
