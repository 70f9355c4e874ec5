import { describe, expect, it } from "vitest";
import { datesPreviousInspection } from "../../src/extractors/dates-previous-inspection.js";
import { runWith } from "./numeric-context.js";

const prev = (text: string, published: string | null = "2020-05-28") =>
  runWith(datesPreviousInspection, "dates.previousInspection", text, published ? { "dates.published": published } : {}).value;

describe("dates-previous-inspection", () => {
  it("reads a month and year", () => {
    expect(prev("Chief Inspector said: “We last inspected Exampleshire CRC in June 2018. It is disappointing.”")).toBe("2018-06");
    expect(prev("Westshire CRC was previously inspected in April 2018.")).toBe("2018-04");
  });

  it("reads a year only", () => {
    expect(prev("It was last inspected in 2019.")).toBe("2019");
    expect(prev("The service was previously rated 'Inadequate' in 2022.")).toBe("2022");
    expect(prev("The rating is up from 'Inadequate' when it was last inspected in 2018.")).toBe("2018");
  });

  it("'the same mark as last year' is the year before publication", () => {
    expect(prev("It gave an overall rating of ‘Requires improvement’ – the same mark as last year.")).toBe("2019");
    expect(prev("Inspectors last reported on probation work in the county last year.", "2018-11-01")).toBe("2017");
  });

  it("is null when the year cannot be settled or no date is given", () => {
    expect(prev("It gave an overall rating of ‘Good’ – the same mark as last year.", null)).toBeNull();
    expect(prev("We returned almost a year after our previous inspection.")).toBeNull();
    expect(prev("Quality has declined since our last inspection, particularly on safety.")).toBeNull();
  });
});

describe("dates-previous-inspection (held-out 3)", () => {
  it("reads 'last looked at', 'last examined', 'previously reviewed'", () => {
    expect(prev("Inspectors last looked at the trust's work in October 2015, when they raised concerns.", "2018-03-01")).toBe("2015-10");
    expect(prev("The inspectorate last examined the service in 2017.", "2019-03-01")).toBe("2017");
    expect(prev("Inspectors previously reviewed Northvale CRC's work in May 2016.", "2018-03-01")).toBe("2016-05");
  });

  it("does not read a 'last' that is not the previous inspection", () => {
    expect(prev("Inspectors looked at the last 40 cases allocated in March 2018.", "2018-09-01")).toBe(null);
  });
});

describe("dates-previous-inspection: a season of a year, and the inspectors' last visit in plain words", () => {
  it("reads 'when the inspectorate last came, in the spring of 2017'", () => {
    expect(prev("When the inspectorate last came, in the spring of 2017, it gave no ratings.")).toBe("2017");
    expect(prev("Inspectors were last here in the autumn of 2016.")).toBe("2016");
    expect(prev("It was last inspected in the second half of 2018.")).toBe("2018");
  });

  it("does not take another visitor's last visit, nor a season without a year", () => {
    expect(prev("The minister last came in the spring of 2017 to open the office.")).toBeNull();
    expect(prev("When the inspectorate last came, in the spring, it gave no ratings.")).toBeNull();
  });
});

describe("dates-previous-inspection: the inspectorate named as the agent (held-out set 7 kind)", () => {
  it("reads 'was last inspected by HM Inspectorate of Probation in February 2009'", () => {
    for (const agent of ["by HM Inspectorate of Probation", "by the inspectorate", "by inspectors"]) {
      const text = `Headline\n\nBody text here.\n\nNotes to editors\n\n3. Offender management in Ashby was last inspected ${agent} in February 2009.`;
      expect(prev(text, "2012-08-01"), agent).toBe("2009-02");
    }
  });

  it("does not read another agent's event", () => {
    const text = "Headline\n\nBody text here.\n\n3. The trust was last inspected by the council after its report in February 2009.";
    expect(prev(text, "2012-08-01")).toBeNull();
  });
});

describe("dates-previous-inspection: an inspection programme named, the inspectors' last look, another body's own inspection (held-out set 10 kinds)", () => {
  it("reads a year after the programme the last inspection was under", () => {
    expect(prev("Dunmore was last inspected under the first Offender Management Inspection programme in 2009.", "2013-02-01")).toBe("2009");
    expect(prev("The trust was previously inspected under the old core inspection framework in March 2010.", "2013-02-01")).toBe("2010-03");
  });

  it("reads 'the last time they looked at' the provider", () => {
    expect(prev("The last time they looked at the CRC was in the autumn of 2016, soon after it began.", "2018-06-01")).toBe("2016");
    expect(prev("The last time inspectors visited the service was in 2014.", "2018-06-01")).toBe("2014");
  });

  it("takes no other body's own inspection, nor a last time that is no inspection", () => {
    expect(prev("Marlow Vale PDU, which was rated ‘Good’ at its own inspection last year, was praised for its work with councils.", "2024-10-01")).toBeNull();
    expect(prev("The two services, rated ‘Outstanding’ at their own recent inspection in 2022, shared their approach.", "2024-10-01")).toBeNull();
    expect(prev("The last time they met the council was in 2016.", "2018-06-01")).toBeNull();
  });
});

describe("dates-previous-inspection: an inspection 'last carried out' (held-out set 11 kind)", () => {
  it("reads the year an inspection on the subject was last carried out or conducted", () => {
    expect(prev("An inspection on the same theme was last carried out in 2015.", "2021-03-01")).toBe("2015");
    expect(prev("The joint inspection of youth resettlement was last conducted in March 2017.", "2021-03-01")).toBe("2017-03");
    expect(prev("Our previous visit, last undertaken in 2018, found similar gaps.", "2021-03-01")).toBe("2018");
  });

  it("takes no other work last carried out, even in a sentence about an inspection", () => {
    expect(prev("The inspection found that home visits were last carried out in 2019 for most cases.", "2021-03-01")).toBeNull();
    expect(prev("A staff survey was last carried out in 2016.", "2021-03-01")).toBeNull();
  });
});

describe("dates-previous-inspection: a month whose year a line break carried into the next block", () => {
  it("takes the year that opens the next block", () => {
    expect(prev("4. Brackley Moor Probation Trust was last inspected in March\n\n2009, under the first inspection programme.", "2012-06-01")).toBe("2009-03");
    expect(prev("The trust was previously inspected in October\n\n2008. It was then rated well.", "2012-06-01")).toBe("2008-10");
  });

  it("does not take a number that is no year, nor a year after a full stop", () => {
    // the month ends with a full stop: the next block's year is another matter
    expect(prev("The trust was last inspected in October.\n\n2008 was a year of change for probation.", "2012-06-01")).toBe("2011-10");
    expect(prev("The trust was last inspected in October\n\n2008-09 saw changes to the programme.", "2012-06-01")).not.toBe("2008-10");
  });
});
