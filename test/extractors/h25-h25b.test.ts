/**
 * Held-out set 25 (h25b): a wrapped release's note listing `Aspect – Rating`
 * lines under a lead-in ending on a colon; the ministry's press office for
 * its side of the story before the inspectorate's own contact; a former
 * trust's inspection; "Inspectors came in during …"; "looking after … across
 * A, B and C"; "The report describes a caseload of …, and the … figure it
 * relies on is N as at …"; "the assessment, planning and delivery of work";
 * "each working with an average of seven children". All names are invented.
 */
import { describe, expect, it } from "vitest";
import { textToBlocks } from "../../src/blocks/text.js";
import { aspectPairsOf, recordOf } from "../helpers.js";

const kinds = (text: string) => textToBlocks(text).map((b) => `${b.kind}|${b.text}`);

/** A release hard-wrapped near 72 columns, then its notes. */
const WRAPPED = [
  "HM INSPECTORATE OF PROBATION",
  "PRESS RELEASE",
  "",
  "Probation in the Dunmore Levels region rated 'Requires improvement'",
  "",
  "The Probation Service in the Dunmore Levels region has been rated",
  "'Requires improvement' by HM Inspectorate of Probation after inspectors",
  "found that too few staff were holding too many cases across its offices.",
  "",
  "Inspectors visited the region in March 2023 and rated it against several",
  "standards. Leaders were praised, but the work to keep people safe was not",
  "good enough in many of the cases that inspectors read during their visit.",
  "",
  "Notes to editors",
  "",
].join("\n");

describe("wrapped text: lines under an item's lead-in ending on a colon", () => {
  const notes = [
    "1. The report will be published on the Inspectorate's website today at",
    "   00:01 and copies are available on request from the press office.",
    "",
    "2. The region was rated as follows against each standard:",
    "   Leadership – Good",
    "   Staff – Requires improvement",
    "   Information and facilities – Inadequate",
    "   Reparation work – Good",
    "",
    "3. The Inspectorate has made six recommendations.",
  ].join("\n");

  it("sets each line apart, and reads its rating", () => {
    const text = WRAPPED + notes;
    const blocks = kinds(text);
    expect(blocks).toContain("list-item|The region was rated as follows against each standard:");
    expect(blocks).toContain("paragraph|Staff – Requires improvement");
    expect(blocks).toContain("paragraph|Information and facilities – Inadequate");
    expect(aspectPairsOf(text)).toEqual(["Information and facilities=Inadequate", "Leadership=Good", "Reparation work=Good", "Staff=Requires improvement"]);
  });

  it("near miss: an item's line run to the wrap goes on, colon or not", () => {
    const text =
      WRAPPED +
      [
        "1. The report sets out what the region must do next, in three areas of its work:",
        "   recruitment, training for new officers, and how risk is managed in cases.",
        "",
        "2. The Inspectorate has made six recommendations.",
      ].join("\n");
    expect(kinds(text)).toContain(
      "list-item|The report sets out what the region must do next, in three areas of its work: recruitment, training for new officers, and how risk is managed in cases.",
    );
  });
});

describe("media contact: another body's press office for its side of the story", () => {
  const ministry = "Enquiries about HMPPS's response to the report should be directed to the Ministry of Justice press office on 020 7946 0123.";
  const own = "For media enquiries, please contact Tamsin Greave, Press Officer, on 07700 900 456 or by email at tamsin.greave@example.gov.uk.";
  const release = (notes: string[]) => `Dunmore PDU rated 'Good'\n\nDunmore PDU has been rated 'Good' by HM Inspectorate of Probation.\n\nNotes to editors\n\n${notes.map((n, i) => `${i + 1}. ${n}`).join("\n\n")}\n`;

  it("takes the inspectorate's own contact after it", () => {
    const c = recordOf(release([ministry, own])).record.mediaContact;
    expect(c?.name).toBe("Tamsin Greave");
    expect(c?.phones).toEqual(["07700 900 456"]);
  });

  it("near miss: with no other contact, the ministry's line is still the contact", () => {
    const c = recordOf(release([ministry])).record.mediaContact;
    expect(c?.phones).toEqual(["020 7946 0123"]);
  });
});

const BLOG =
  "Wexley NPS: a ‘Good’ at last\n\nPosted on 12 December 2018 by Sam Oduya\n\nLast week the probation inspectorate published its report on the Wexley division of the National Probation Service, rating it ‘Good’.\n\n";

describe("previous inspection: a former organisation's", () => {
  it("is not the provider's previous inspection", () => {
    const text = BLOG + "The old Wexley and Marsh Probation Trust, which ran probation here until 2014, was last inspected in 2012, but that was another body.\n\nMore soon.";
    expect(recordOf(text).record.dates.previousInspection).toBeNull();
  });

  it("near miss: the division itself last inspected", () => {
    const text = BLOG + "The Wexley division was last inspected in 2016, when it was rated ‘Requires improvement’.\n\nMore soon.";
    expect(recordOf(text).record.dates.previousInspection).toBe("2016");
  });
});

describe("fieldwork: 'Inspectors came in during …'", () => {
  it("reads the months", () => {
    const text = BLOG + "Inspectors came in during September and October, and read a hundred of our cases.\n\nMore soon.";
    const d = recordOf(text).record.dates;
    expect([d.inspectionStart, d.inspectionEnd]).toEqual(["2018-09", "2018-10"]);
  });

  it("near miss: something else that came in is no visit", () => {
    const text = BLOG + "The new caseload rules came in during September and October, and nobody liked them.\n\nMore soon.";
    const d = recordOf(text).record.dates;
    expect([d.inspectionStart, d.inspectionEnd]).toEqual([null, null]);
  });
});

describe("areas: the provider 'looking after' people across places", () => {
  it("reads the places after the provider's clause", () => {
    const text = BLOG + "For anyone new: the NPS division is the public half of probation here, looking after people who pose a high risk of harm across Wexley, Marsh End and Holloway Vale.\n\nMore soon.";
    expect(recordOf(text).record.provider?.areas).toEqual(["Wexley", "Marsh End", "Holloway Vale"]);
  });

  it("near miss: a charity looking after families is not the provider", () => {
    const text = BLOG + "For anyone new: a small charity helps too, looking after the families of prisoners across Wexley, Marsh End and Holloway Vale.\n\nMore soon.";
    expect(recordOf(text).record.provider?.areas).toEqual([]);
  });
});

describe("caseload: the report's caseload, then the official figure it relies on", () => {
  it("takes the exact, dated figure", () => {
    const text = BLOG + "The report describes a caseload of more than 5,100 people, and the official figure it relies on is 5,064 as at 31 March 2018.\n\nMore soon.";
    const c = recordOf(text).record.caseload;
    expect([c.peopleSupervised, c.peopleSupervisedQualifier, c.peopleSupervisedAsOf]).toEqual([5064, "exact", "2018-03-31"]);
  });

  it("keeps the rounded figure when no official one follows", () => {
    const text = BLOG + "The report describes a caseload of more than 5,100 people, most of them on licence.\n\nMore soon.";
    const c = recordOf(text).record.caseload;
    expect([c.peopleSupervised, c.peopleSupervisedQualifier]).toEqual([5100, "more than"]);
  });

  it("near miss: a figure far from the rounded one is no restatement", () => {
    const text = BLOG + "The report describes a caseload of more than 5,100 people, and the figure it relies on is 9,800 as at 31 March 2018.\n\nMore soon.";
    const c = recordOf(text).record.caseload;
    expect([c.peopleSupervised, c.peopleSupervisedQualifier]).toEqual([5100, "more than"]);
  });
});

const YJS = "Youth justice service rated ‘good’\n\nBy Lee Cotter\n\n14 November 2023\n\nHollin Youth Justice Service has been rated ‘Good’ by HM Inspectorate of Probation.\n\n";

describe("aspects: 'the assessment, planning and delivery of work'", () => {
  it("names three case supervision standards", () => {
    const text = YJS + "The assessment, planning and delivery of work with children sentenced by the courts were all rated ‘Good’.\n\nMore soon.";
    expect(aspectPairsOf(text)).toEqual(["Assessment=Good", "Implementation and delivery=Good", "Planning=Good"]);
  });

  it("near miss: 'assessment and planning of work' names two", () => {
    const text = YJS + "The assessment and planning of work with children sentenced by the courts were both rated ‘Good’.\n\nMore soon.";
    expect(aspectPairsOf(text)).toEqual(["Assessment=Good", "Planning=Good"]);
  });
});

describe("average caseload: 'each working with an average of seven children'", () => {
  it("reads each case manager's average", () => {
    const text = YJS + "At the time of the inspection case managers were each working with an average of seven children.\n\nMore soon.";
    expect(recordOf(text).record.caseload.averageCasesPerStaff).toBe(7);
  });

  it("near miss: the service's monthly average is nobody's caseload", () => {
    const text = YJS + "The service was working with an average of 70 children a month last year.\n\nMore soon.";
    expect(recordOf(text).record.caseload.averageCasesPerStaff).toBeNull();
  });
});
