import { describe, expect, it } from "vitest";

import { RATING_WORDS } from "../../../src/extractors/lib/ratings.js";
import { ratingIn } from "../../../src/extractors/provider.js";
import { recordOf } from "../../helpers.js";

describe("RATING_WORDS", () => {
  const whole = new RegExp(`^${RATING_WORDS}$`, "i");

  it("reads 'requires improvement' across a hard wrap, with a bounded space", () => {
    expect(whole.test("requires improvement")).toBe(true);
    expect(whole.test("requires\nimprovement")).toBe(true);
    expect(whole.test("Requiring \n improvement")).toBe(true);
    // a long run of white space is no longer one rating word (and the pattern stays linear)
    expect(whole.test(`requires${" ".repeat(40)}improvement`)).toBe(false);
    expect(ratingIn("The unit was rated 'requires\nimprovement' by inspectors.")).toBe("Requires improvement");
  });

  it("reads a rating from hard-wrapped text", () => {
    const text = [
      "Westvale PDU told to improve",
      "",
      "HM Inspectorate of Probation has published its report on the Westvale",
      "probation delivery unit, which inspectors have rated as 'Requires",
      "improvement' overall after a visit to the county in March this year,",
      "when they spoke to staff and to the people the unit supervises.",
    ].join("\n");
    expect(recordOf(text, "text").record.overallRating).toBe("Requires improvement");
  });
});
