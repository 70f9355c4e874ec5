import { describe, expect, it } from "vitest";
import { staffSickness } from "../../src/extractors/staff-sickness.js";
import { runWith } from "./numeric-context.js";

const days = (text: string) => runWith(staffSickness, "staffSicknessDays", text).value;

describe("staff-sickness", () => {
  it("reads the average days a year in several phrasings", () => {
    expect(days("High levels of staff sickness – an average of 17.5 days per year – put colleagues under pressure.")).toBe(17.5);
    expect(days("Staff sickness averaged 12.4 days a year.")).toBe(12.4);
    expect(days("Staff were off sick for an average of 9.6 days in the year.")).toBe(9.6);
    expect(days("Each member of staff took an average of 11.2 days of sick leave a year.")).toBe(11.2);
    expect(days("Staff lost an average of nine working days to sickness.")).toBe(9);
  });

  it("skips comparison figures", () => {
    expect(days("Sickness absence averaged 14 days per person, compared with 9 days nationally.")).toBe(14);
    expect(days("Sickness was high compared with a target of 8 days.")).toBeNull();
  });

  it("needs sickness in the sentence", () => {
    expect(days("Cases were allocated within 5 days.")).toBeNull();
    expect(days("People on probation were off sick for 20 days.")).toBeNull();
  });
});
