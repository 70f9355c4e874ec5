/**
 * Held-out set 27, its ww- documents: a council's page naming its service in
 * the possessive ("Ashwick’s Youth Justice Service"), "The CRC, which looks
 * after … in A, B and C", and a consortium member with a lower-case kind
 * after its name ("the Open Door Trust charity") (invented names).
 */
import { describe, expect, it } from "vitest";
import { recordOf } from "../helpers.js";

const rec = (t: string, format?: "text" | "html") => recordOf(t, format).record;

describe("provider: a place in the possessive before a youth service's name", () => {
  const body = (lead: string) => `Council service praised\n\n${lead}\n\nIt works with children aged 10 to 17.\n`;

  it("reads 'Ashwick’s Youth Justice Service has been rated ‘Good’'", () => {
    const r = rec(body("Ashwick’s Youth Justice Service has been rated ‘Good’ following an inspection by HM Inspectorate of Probation."));
    expect(r.provider?.name).toBe("Ashwick Youth Justice Service");
    expect(r.subject).toBe("provider-inspection");
  });

  it("reads a straight apostrophe, and makes no short name from '(YOT)' after the possessive", () => {
    const r = rec(body("Ashwick's Youth Offending Team (YOT) has been rated 'Good' following an inspection by HM Inspectorate of Probation."));
    expect(r.provider?.name).toBe("Ashwick Youth Offending Team");
    expect(r.provider?.shortName).toBeNull();
  });

  it("near miss: the council's possessive is no place", () => {
    const r = rec(body("The Council’s Youth Justice Service has been rated ‘Good’ following an inspection by HM Inspectorate of Probation."));
    expect(r.provider).toBeNull();
  });
});

describe("provider.areas: 'The CRC, which looks after … in A, B and C'", () => {
  const t = (second: string) =>
    `Probation company rated inadequate\n\nThe company that supervises offenders across Westmere has been given the lowest rating.\n\nWestmere and Dunholt Community Rehabilitation Company (CRC) was rated inadequate overall by HM Inspectorate of Probation.\n\n${second}\n`;

  it("takes the towns the CRC looks after over the county named earlier", () => {
    const r = rec(t("The CRC, which looks after about 5,100 offenders in Dunholt, Perrow, Calverby and Minsham, is run by a partnership."));
    expect(r.provider?.areas).toEqual(["Dunholt", "Perrow", "Calverby", "Minsham"]);
  });

  it("near miss: a partner that looks after people is not the provider", () => {
    const r = rec(t("A local charity, which looks after families in Dunholt, Perrow, Calverby and Minsham, works with the CRC."));
    expect(r.provider?.areas).not.toContain("Perrow");
  });
});

describe("consortium.members: a lower-case kind after a member's name", () => {
  const t = (members: string) =>
    `Probation company rated inadequate\n\nWestmere Community Rehabilitation Company (CRC) was rated inadequate by HM Inspectorate of Probation. The CRC is run by Bright Paths, a partnership between ${members}.\n`;

  it("drops 'charity' after 'the Open Door Trust'", () => {
    expect(rec(t("outsourcing firm Corran Group and the Open Door Trust charity")).consortium?.members).toEqual(["Corran Group", "Open Door Trust"]);
  });

  it("near miss: a kind written with a capital is part of the name", () => {
    expect(rec(t("Corran Group and Open Door Charity")).consortium?.members).toEqual(["Corran Group", "Open Door Charity"]);
  });
});
