/**
 * Held-out set 23: a fieldwork date after publication (a plan), weeks named
 * by their first day, a strengths list with one shortcoming word before a
 * turn to concerns, "at 31 December" dating a caseload, "Areas identified for
 * improvement", a counted group of places after a colon, a duty officer's
 * number, a broadcaster's header lines, a plain-text list of other stories,
 * a former provider's rating, the way cases are reviewed, "as well as the
 * city of", and a blog's byline against the writer's own voice (invented
 * names).
 */
import { describe, expect, it } from "vitest";
import { aspectPairsOf, recordOf } from "../helpers.js";
import { placeList } from "../../src/extractors/lib/places.js";

const rec = (t: string, format?: "text" | "html") => recordOf(t, format).record;
const HEAD = "Ormbridge probation unit told to improve\nPublished: 14 November 2023\n\n";

describe("dates-inspection: never after the document's publication", () => {
  it("passes over a plan dated after publication, and takes the fieldwork", () => {
    const t = `${HEAD}Inspectors carried out fieldwork across the region in June and July, reading 90 cases.\n\nA new programme of regional inspections, in which every unit in a region is inspected together, will begin in December 2023.\n`;
    expect(rec(t).dates.inspectionStart).toBe("2023-06");
    expect(rec(t).dates.inspectionEnd).toBe("2023-07");
  });

  it("near miss: a month of the publication year before it is kept", () => {
    const t = `${HEAD}The region was inspected in September 2023, when staff were interviewed.\n`;
    expect(rec(t).dates.inspectionStart).toBe("2023-09");
  });
});

describe("dates-inspection: weeks named by their first day", () => {
  it("starts on the first week's day and ends in the last week's month", () => {
    const t = `${HEAD}Inspectors visited the service in the weeks beginning 27 March and 3 April 2023.\n`;
    expect(rec(t).dates.inspectionStart).toBe("2023-03-27");
    expect(rec(t).dates.inspectionEnd).toBe("2023-04");
  });

  it("a week beginning late in a month ends in the next", () => {
    const t = `${HEAD}Inspectors visited the service in the week commencing 29 May 2023.\n`;
    expect(rec(t).dates.inspectionStart).toBe("2023-05-29");
    expect(rec(t).dates.inspectionEnd).toBe("2023-06");
  });

  it("near miss: days named without weeks keep their end day", () => {
    const t = `${HEAD}Inspectors visited the service between 27 March and 3 April 2023.\n`;
    expect(rec(t).dates.inspectionEnd).toBe("2023-04-03");
  });
});

const TRUST = "Ashwell Probation Trust inspected\nPublished: 3 March 2014\n\nHM Inspectorate of Probation published its report on Ashwell Probation Trust today.\n\n";
const GOOD = "• people were seen quickly after sentence and were warned when they failed to attend;\n• most plans covered the main reasons for the offending;\n• officers knew their cases well and treated people with respect;\n• links with local housing services were put to good use.\n";

describe("findings: a strengths list before a turn to concerns", () => {
  it("one item with a shortcoming word does not stop the list being strengths", () => {
    const t = `${TRUST}Inspectors found that:\n${GOOD}However, inspectors were concerned that:\n• risk screening was incomplete in a third of cases;\n• home visits were rarely made.\n`;
    expect(rec(t).findings.strengths).toHaveLength(4);
    expect(rec(t).findings.concerns).toHaveLength(2);
  });

  it("near miss: in a list of three, one shortcoming leaves it unsorted", () => {
    const three = GOOD.split("\n").slice(0, 3).join("\n") + "\n";
    const t = `${TRUST}Inspectors found that:\n${three}However, inspectors were concerned that:\n• risk screening was incomplete in a third of cases;\n• home visits were rarely made.\n`;
    expect(rec(t).findings.strengths).toEqual([]);
  });

  it("near miss: two items with shortcoming words leave the list unsorted", () => {
    const bad = GOOD.replace("most plans covered", "plans did not cover");
    const t = `${TRUST}Inspectors found that:\n${bad}However, inspectors were concerned that:\n• risk screening was incomplete in a third of cases;\n• home visits were rarely made.\n`;
    expect(rec(t).findings.strengths).toEqual([]);
  });
});

describe("findings: areas identified for improvement", () => {
  it("reads the list as concerns", () => {
    const t = `${TRUST}Areas identified for improvement include:\n\n* risk assessments were not always reviewed\n* plans did not always say what each agency would do\n`;
    expect(rec(t).findings.concerns).toHaveLength(2);
  });

  it("near miss: areas identified for a pilot are no concerns", () => {
    const t = `${TRUST}Areas identified for the pilot include:\n\n* the north of the county and its market towns\n* the city centre and its outskirts\n`;
    expect(rec(t).findings.concerns).toEqual([]);
  });
});

describe("caseload: a bare 'at' with a full date", () => {
  it("dates the figure", () => {
    const t = `${TRUST}The Trust was responsible for approximately 3,900 offenders at 31 December 2013, a third of them on licence.\n`;
    expect(rec(t).caseload.peopleSupervisedAsOf).toBe("2013-12-31");
  });

  it("near miss: 'at' and a place is no date", () => {
    const t = `${TRUST}The Trust was responsible for approximately 3,900 offenders at its offices in Ashwell and Brome.\n`;
    expect(rec(t).caseload.peopleSupervisedAsOf).toBeNull();
  });
});

describe("places: a counted group before a colon", () => {
  it("reads the places after the colon", () => {
    expect(placeList("the county's three districts: Ashby, Kelby Moor and Tove. It", 0).map((p) => p.text)).toEqual(["Ashby", "Kelby Moor", "Tove"]);
  });

  it("near miss: a group without a count before a colon is no list", () => {
    expect(placeList("the county's districts: Ashby, Kelby Moor and Tove. It", 0)).toEqual([]);
  });
});

describe("places: 'as well as the city of' after a comma list", () => {
  it("ends the list: the last item's 'and' splits, and the city is read", () => {
    expect(placeList("Ashby, Kelby and Tove as well as the city of Orton, manages", 0).map((p) => p.text)).toEqual(["Ashby", "Kelby", "Tove", "Orton"]);
  });

  it("near miss: with no comma list before, a place with 'and' stays whole", () => {
    expect(placeList("Brindle and Hove as well as the city of Orton", 0).map((p) => p.text)).toEqual(["Brindle and Hove", "Orton"]);
  });
});

const CONTACT = "Ashwell YOT praised\nIssued: 4 September 2013\n\nHM Inspectorate of Probation praised Ashwell Youth Offending Team.\n\nNotes to editors\n\n";

describe("media contact: a duty officer's number is not the named contact's", () => {
  it("leaves out the duty press officer's number", () => {
    const t = `${CONTACT}1. For media enquiries please contact Jo Penrose, Press Officer, on 01632 960111 or email press@ashwell.example.gov.uk. Out of hours, the duty press officer can be reached on 07700 900222.\n`;
    expect(rec(t).mediaContact?.phones).toEqual(["01632 960111"]);
  });

  it("near miss: the contact's own out-of-hours number is kept", () => {
    const t = `${CONTACT}1. For media enquiries please contact Jo Penrose, Press Officer, on 01632 960111 or email press@ashwell.example.gov.uk. Out of hours, call 07700 900222.\n`;
    expect(rec(t).mediaContact?.phones).toEqual(["01632 960111", "07700 900222"]);
  });
});

const RADIO_BODY = "Ormbridge probation unit told it 'requires improvement'\nPublished: Thursday 9 December 2021\nThe probation unit covering Ormbridge needs to improve, according to a watchdog.\nHM Inspectorate of Probation has rated the Ormbridge Probation Delivery Unit as requires improvement after inspectors visited in October.\n";

describe("title: a broadcaster's header lines", () => {
  it("skips the player, the now-playing and weather lines and the section label", () => {
    const t = `Skip to main content\nRiverside FM 98.4\nListen Live\nNow playing: Drivetime with Sam\nNews | Sport | Travel | Weather\nWeather: Ormbridge 6°C, cloudy\nLocal News\n${RADIO_BODY}`;
    expect(rec(t).title).toBe("Ormbridge probation unit told it 'requires improvement'");
  });

  it("near miss: a headline about the weather service's staff is kept", () => {
    const t = `Skip to main content\n\nWeather forecasters praised for storm warnings\n\nPublished: Thursday 9 December 2021\n\nThe Met team was praised.\n`;
    expect(rec(t).title).toBe("Weather forecasters praised for storm warnings");
  });
});

describe("ratings: a plain-text list of other stories under 'More from …'", () => {
  const body = `${RADIO_BODY}The unit supervises around 2,000 people who are serving community sentences or have been released from prison on licence in the area.\n`;
  it("reads no rating from the headlines under the heading", () => {
    const t = `${body}More from Local News\nSouth Ormbridge probation unit rated good in first inspection\nCarnival moved after storm damage\n`;
    expect(rec(t).overallRating).toBe("Requires improvement");
  });

  it("near miss: without the heading, the headline is read (and disagrees)", () => {
    const t = `${body}South Ormbridge probation unit rated good in first inspection\nCarnival moved after storm damage\n`;
    expect(rec(t).overallRating).toBeNull();
  });
});

describe("a former provider's rating and inspection are not the previous ones", () => {
  const base = `${RADIO_BODY}It is the unit's first inspection.\n`;
  it("passes over the area's former community rehabilitation company", () => {
    const r = rec(`${base}The area's former community rehabilitation company was rated inadequate when it was last inspected in 2019.\n`);
    expect(r.previousOverallRating).toBeNull();
    expect(r.dates.previousInspection).toBeNull();
  });

  it("near miss: the unit itself last inspected is its previous inspection", () => {
    const r = rec(`${base.replace("It is the unit's first inspection.", "")}The unit was rated inadequate when it was last inspected in 2019.\n`);
    expect(r.dates.previousInspection).toBe("2019");
  });
});

describe("aspects: the way cases are reviewed", () => {
  it("is Reviewing", () => {
    expect(aspectPairsOf(`${RADIO_BODY}Planning was rated requires improvement, and the way cases are reviewed was judged inadequate.\n`)).toContain("Reviewing=Inadequate");
  });

  it("near miss: the way cases are allocated is no Reviewing", () => {
    expect(aspectPairsOf(`${RADIO_BODY}Planning was rated requires improvement, and the way cases are allocated was judged inadequate.\n`)).not.toContain("Reviewing=Inadequate");
  });
});

const BLOG = (body: string) =>
  `<html><head><title>Ashwell YJS: good at last</title><meta property="og:type" content="article"></head><body><article><h1>Ashwell YJS: good at last</h1><ul><li>By Sam Tolley</li><li>12 March 2025</li></ul>${body}</article></body></html>`;

describe("documentType: a byline alone against the writer's own voice", () => {
  it("is a blog post when the writer speaks in the first person singular", () => {
    const t = BLOG(
      "<p>I spent nine years as a case manager in Ashwell, so I read the report closely.</p><p>HM Inspectorate of Probation has rated Ashwell Youth Justice Service ‘Good’ overall.</p><p>I think the resettlement work still lags behind.</p><p>My old colleagues deserve the credit for this.</p>",
    );
    expect(rec(t, "html").documentType).toBe("blog-post");
  });

  it("near miss: a reporter's story under a byline stays news", () => {
    const t = BLOG("<p>HM Inspectorate of Probation has rated Ashwell Youth Justice Service ‘Good’ overall.</p><p>Inspectors praised its leadership and its work with partners.</p>");
    expect(rec(t, "html").documentType).toBe("news-article");
  });
});
