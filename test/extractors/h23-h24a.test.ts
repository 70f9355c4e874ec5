/**
 * Held-out set 24: a provider's staffing in the possessive ("the CRC’s
 * staffing ‘Inadequate’") and "our staff" in a service's own bulletin; the
 * scale's verb quoted after "which" ("…, which 'requires improvement' in all
 * four standards"); an average set off by commas ("holding, on average, 71
 * cases each"); "when we were working with 57 children" in a service's own
 * words; "What inspectors liked:" / "What we need to work on:" lists; a media
 * label that says what the enquiries are about (invented names).
 */
import { describe, expect, it } from "vitest";
import { aspectPairsOf, recordOf } from "../helpers.js";

const CRC = "Brindle Vale CRC told to ease pressure on staff\n\nInspectors visited Brindle Vale Community Rehabilitation Company (CRC) in May and rated it ‘Requires improvement’ overall.\n\n";

describe("aspect ratings: staffing in the provider's possessive, and 'our staff'", () => {
  it("reads the CRC’s staffing as Staff, and keeps the overall rating settled", () => {
    const t = CRC + "Inspectors judged the CRC’s staffing ‘Inadequate’. Absence was high.\n";
    expect(aspectPairsOf(t)).toEqual(["Staff=Inadequate"]);
    expect(recordOf(t).record.overallRating).toBe("Requires improvement");
  });

  it("near miss: the CRC’s staffing plan is no aspect", () => {
    expect(aspectPairsOf(CRC + "Inspectors judged the CRC’s staffing plan ‘Inadequate’. Absence was high.\n")).toEqual([]);
  });

  it("reads a service's own 'our staff' as Staff", () => {
    const t = "Partners' news\n\nTarnby Youth Offending Service has been rated 'Good' by HM Inspectorate of Probation.\n\nInspectors judged our staff, and our partnerships and services, to be 'Outstanding'.\n";
    expect(aspectPairsOf(t)).toEqual(["Partnerships and services=Outstanding", "Staff=Outstanding"]);
  });

  it("near miss: 'our staffing levels' is no aspect", () => {
    const t = "Partners' news\n\nTarnby Youth Offending Service has been rated 'Good' by HM Inspectorate of Probation.\n\nInspectors judged our staffing levels, and our partnerships and services, to be 'Outstanding'.\n";
    expect(aspectPairsOf(t)).toEqual(["Partnerships and services=Outstanding"]);
  });
});

describe("aspect ratings: the scale's verb quoted after 'which'", () => {
  const lead = "Partners' news\n\nTarnby Youth Offending Service has been rated 'Good' by HM Inspectorate of Probation.\n\n";

  it("rates the aspect before 'which', not what an earlier 'was' stands after", () => {
    expect(aspectPairsOf(lead + "The one place we slipped was out-of-court disposals, which 'requires improvement' in all four standards.\n")).toEqual(["Out-of-court disposals=Requires improvement"]);
  });

  it("near miss: unquoted, it is only advice", () => {
    expect(aspectPairsOf(lead + "The one place we slipped was out-of-court disposals, which requires improvement in all four standards.\n")).toEqual([]);
  });
});

describe("caseload: an average set off by commas", () => {
  it("reads 'holding, on average, 64 cases each'", () => {
    const t = CRC + "Chief Inspector Ann Example said: “Officers were holding, on average, 64 cases each, and some could not see people often enough.”\n";
    expect(recordOf(t).record.caseload.averageCasesPerStaff).toBe(64);
  });

  it("near miss: a bound, 'on average, more than 64 cases each', is no average", () => {
    const t = CRC + "Chief Inspector Ann Example said: “Officers were holding, on average, more than 64 cases each, and some could not see people often enough.”\n";
    expect(recordOf(t).record.caseload.averageCasesPerStaff).toBeNull();
  });
});

describe("caseload: 'when we were working with' in a service's own words", () => {
  const head = "From: Tarnby Partnership <news@tarnby.example.org>\nDate: Tue, 7 Dec 2021 09:00:00 +0000\nSubject: Partners' news\n\nTarnby Youth Offending Service has been rated 'Good' by HM Inspectorate of Probation.\n\n";

  it("takes the figure when the sentence before names the service", () => {
    const c = recordOf(head + "The YOS works with children across Tarnby and Oswick. Inspectors were with us in September, when we were working with 64 children.\n").record.caseload;
    expect([c.peopleSupervised, c.peopleSupervisedQualifier, c.peopleSupervisedAsOf]).toEqual([64, "exact", "2021-09"]);
  });

  it("near miss: nothing before names the service, so 'we' is nobody's", () => {
    const c = recordOf(head + "Inspectors were with us in September, when we were working with 64 children.\n").record.caseload;
    expect(c.peopleSupervised).toBeNull();
  });
});

describe("findings: 'What inspectors liked:' and 'What we need to work on:'", () => {
  const doc = (good: string, bad: string) =>
    "Partners' news\n\nTarnby Youth Offending Service has been rated 'Good' by HM Inspectorate of Probation.\n\n" +
    `${good}\n  - Case workers knew their children well.\n  - Children saw a nurse quickly.\n\n${bad}\n  - Plans for diverted children were thin.\n  - Panel decisions were not written down.\n`;

  it("reads the first list as strengths, the second as concerns", () => {
    const r = recordOf(doc("What inspectors liked:", "What we need to work on:")).record;
    expect(r.findings.strengths).toEqual(["Case workers knew their children well.", "Children saw a nurse quickly."]);
    expect(r.findings.concerns).toEqual(["Plans for diverted children were thin.", "Panel decisions were not written down."]);
  });

  it("near miss: what our partners liked, and what we will work on next, are no findings", () => {
    const r = recordOf(doc("What our partners liked:", "What we will work on next:")).record;
    expect(r.findings.strengths).toEqual([]);
    expect(r.findings.concerns).toEqual([]);
  });
});

describe("media contact: a label saying what the enquiries are about", () => {
  const lead = "Partners' news\n\nTarnby Youth Offending Service has been rated 'Good' by HM Inspectorate of Probation.\n\n";

  it("reads the name after 'Media enquiries about this bulletin:'", () => {
    const m = recordOf(lead + "Media enquiries about anything in this bulletin: Jo Example, Communications Officer, 01632 960 111 or jo@tarnby.example.org\n").record.mediaContact;
    expect(m?.name).toBe("Jo Example");
    expect(m?.phones).toEqual(["01632 960 111"]);
  });

  it("near miss: a label with no person after it names nobody", () => {
    const m = recordOf(lead + "Media enquiries about anything in this bulletin: please call 01632 960 111\n").record.mediaContact;
    expect(m?.name ?? null).toBeNull();
  });
});
