/**
 * Held-out set 24 (a parliamentary debate's record): a semicolon list of
 * standards after a colon later in a rating's tail, "every one of the four
 * aspects" as the whole group, "had last been in" as the inspectors' last
 * visit, and a bare "The chief inspector" named in the next sentence's
 * "In her foreword …, <Name> writes" (invented names).
 */
import { describe, expect, it } from "vitest";
import { aspectPairsOf, recordOf } from "../helpers.js";

const pairs = aspectPairsOf;
const previous = (t: string) => recordOf(t).record.dates.previousInspection;
const chief = (t: string) => recordOf(t).record.chiefInspector;

const OPEN = "Brackwell probation company criticised\n\nHM Inspectorate of Probation visited Brackwell Community Rehabilitation Company in March 2019.\n\n";

describe("aspect ratings: a semicolon list after a colon inside a rating's tail", () => {
  it("rates every item of the list the clause's ';' continues", () => {
    const text = OPEN + "Inspectors rated it ‘Inadequate’ for leadership and for the standards of its casework: assessment; planning; implementation and delivery; and reviewing.\n";
    expect(pairs(text)).toEqual(["Assessment=Inadequate", "Implementation and delivery=Inadequate", "Leadership=Inadequate", "Planning=Inadequate", "Reviewing=Inadequate"]);
  });

  it("near miss: semicolons between clauses that are no list of aspects add nothing", () => {
    const text = OPEN + "Inspectors rated it ‘Inadequate’ for leadership and for the standards of its casework: assessment; planning was better than expected; reviewing was patchy.\n";
    expect(pairs(text)).toEqual(["Assessment=Inadequate", "Leadership=Inadequate"]);
  });

  it("near miss: a colon after the rated words ended (a 'while' clause) opens no list of them", () => {
    const text = OPEN + "Inspectors rated it ‘Good’ for leadership, while the team had worries about: planning; reviewing.\n";
    expect(pairs(text)).toEqual(["Leadership=Good"]);
  });
});

describe("aspect ratings: 'every one of the four aspects of case supervision'", () => {
  it("is the whole group", () => {
    const text = OPEN + "Inspectors rated it ‘Inadequate’ for staffing and for every one of the four aspects of case supervision.\n";
    expect(pairs(text)).toEqual(["Assessment=Inadequate", "Implementation and delivery=Inadequate", "Planning=Inadequate", "Reviewing=Inadequate", "Staff=Inadequate"]);
  });

  it("near miss: 'one of the four aspects' is part of the group only", () => {
    const text = OPEN + "Inspectors rated it ‘Inadequate’ for staffing and for one of the four aspects of case supervision.\n";
    expect(pairs(text)).toEqual(["Staff=Inadequate"]);
  });
});

describe("previous inspection: 'had last been in'", () => {
  it("reads the inspectors' last visit", () => {
    const text = OPEN + "The inspectorate had last been in to look at probation in the area in 2016, before the current ratings.\n";
    expect(previous(text)).toBe("2016");
  });

  it("near miss: 'had last been in touch' is no visit", () => {
    const text = OPEN + "The inspectorate had last been in touch with the company in 2016 about its hostels.\n";
    expect(previous(text)).toBeNull();
  });
});

describe("chief inspector: a bare 'The chief inspector' named in the next sentence", () => {
  it("takes the full name after 'In her foreword …,'", () => {
    const text = OPEN + "The chief inspector herself was blunt. In her foreword to the report, Dame Rhona Alcott writes:\n\n“I am worried by what we found.”\n";
    expect(chief(text)).toBe("Rhona Alcott");
  });

  it("near miss: a next sentence naming nobody by 'her …,' gives no name", () => {
    const text = OPEN + "The chief inspector herself was blunt. Dame Rhona Alcott, a local councillor, writes:\n\n“I am worried by what we found.”\n";
    expect(chief(text)).toBeNull();
  });
});
