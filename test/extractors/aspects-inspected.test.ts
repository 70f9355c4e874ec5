import { describe, expect, it } from "vitest";
import { valueOf } from "../helpers.js";

const count = (t: string) => valueOf("aspects-inspected", "aspectsInspected", t);

describe("aspects-inspected", () => {
  it("reads a count of all the aspects rated, in figures or words", () => {
    expect(count("Inspectors looked at 10 aspects of the CRC’s work and gave an overall ‘Requires improvement’ rating.")).toBe(10);
    expect(count("They visited in October, looked at ten aspects of its work and rated the division ‘Good’ overall.")).toBe(10);
    expect(count("Inspectors visited in May and rated it against 13 standards.")).toBe(13);
    expect(count("Of the 12 standards inspected, two were rated ‘Outstanding’.")).toBe(12);
    expect(count("Inspectors visited in October and looked at 12 areas of its work.")).toBe(12);
    expect(count("Inspectors rated the division good in seven of the 10 areas they looked at.")).toBe(10);
    expect(count("It was outstanding in two of the eight aspects that inspectors rated.")).toBe(8);
  });

  it("reads the passive: 'N standards were rated'", () => {
    expect(count("Nine standards were rated. The unit's leaders came out well.")).toBe(9);
    expect(count("In all, 12 aspects of its work were inspected over two weeks.")).toBe(12);
    // near misses: how they were rated, or a part of the whole
    expect(count("Seven standards were rated ‘Good’ and the rest lower.")).toBeNull();
    expect(count("Six standards were rated at least good.")).toBeNull();
    expect(count("Of the 12, only five standards were rated.")).toBeNull();
    expect(count("Four standards were rated.")).toBeNull();
  });

  it("never counts a subset", () => {
    expect(count("We have rated all four aspects of case supervision ‘Inadequate’.")).toBeNull();
    expect(count("Inspectors rated three aspects of work 'Outstanding', including unpaid work.")).toBeNull();
    expect(count("The service was rated 'Good' across all four standards for out-of-court disposals.")).toBeNull();
    expect(count("Offices in three of the 12 areas they visited were closed.")).toBeNull();
  });
});
