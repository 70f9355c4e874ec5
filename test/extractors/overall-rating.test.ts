import { describe, expect, it } from "vitest";
import { valueOf } from "../helpers.js";

const overall = (t: string, format?: "text" | "html") => valueOf("overall-rating", "overallRating", t, format);
const previous = (t: string) => valueOf("overall-rating", "previousOverallRating", t);

describe("overall-rating", () => {
  it("reads an overall rating stated with a scale label", () => {
    expect(overall("Inspectors examined 10 aspects of the company's work and gave an overall rating of ‘Inadequate’.")).toBe("Inadequate");
    expect(overall("Inspectors gave the trust an overall ‘Good’ rating after their visit in March.")).toBe("Good");
    expect(overall("Northshire CRC was rated as 'requires improvement', following its latest inspection.")).toBe("Requires improvement");
    expect(overall("The division has been rated ‘Requiring improvement.’ overall by inspectors.")).toBe("Requires improvement");
    expect(overall("The service had its overall performance assessed as good by the watchdog.")).toBe("Good");
  });

  it("knows the main provider by its distinctive name words, whatever the long form", () => {
    const tail = " has been rated ‘Good’ overall by HM Inspectorate of Probation, up from ‘Requires improvement’ last time.";
    for (const subject of ["The National Probation Service (NPS) Fenmoor division", "The Fenmoor division of the National Probation Service", "NPS Fenmoor"]) {
      const text = `Fenmoor probation rated Good\n\n${subject}${tail}`;
      expect(overall(text), subject).toBe("Good");
      expect(previous(text), subject).toBe("Requires improvement");
    }
  });

  it("maps blog scale words onto the scale", () => {
    expect(overall("The Westshire probation service was rated excellent overall.")).toBe("Outstanding");
    expect(overall("Eastvale PDU has been rated poor by inspectors.")).toBe("Inadequate");
  });

  it("rates nothing without a rating verb or label", () => {
    expect(overall("Inspectors found inadequate work in assessing risks to children.")).toBeNull();
    expect(overall("The service continues to require improvement, according to inspectors.")).toBeNull();
    expect(overall("Leaders were described as good communicators.")).toBeNull();
  });

  it("never takes a rating from a scale explanation", () => {
    expect(overall("Notes\n\nThe Inspectorate uses a four-point scale: ‘Outstanding’, ‘Good’, ‘Requires improvement’ and ‘Inadequate’.")).toBeNull();
    expect(overall("The Probation Inspectorate works on a four-band rating system: excellent, good, requires improvement and poor.")).toBeNull();
  });

  it("ignores prison tests and other scores", () => {
    expect(overall("Outcomes for prisoners in safety were judged reasonably good, and purposeful activity was not sufficiently good.")).toBeNull();
    expect(overall("The unit scored 34 out of a possible 36 and was rated second best in the country.")).toBeNull();
  });

  it("does not take another provider's rating", () => {
    const t =
      "Lakeside PDU was rated ‘Good’ by inspectors this week.\n\nThe neighbouring Hillford PDU was rated ‘Inadequate’ last month.";
    expect(overall(t)).toBe("Good");
  });

  it("leaves two equally strong different ratings null", () => {
    const t = "Riverton CRC has been rated inadequate by the probation watchdog.\n\nThe CRC was given an overall rating of 'Requires improvement' by inspectors.";
    expect(overall(t)).toBeNull();
  });

  it("reads previous ratings only from explicit comparisons", () => {
    expect(previous("Inspectors gave an overall rating of ‘Requires improvement’ – the same mark as last year.")).toBe("Requires improvement");
    expect(previous("Valeshire YJS has been rated 'Good' by HM Inspectorate of Probation, up from 'Inadequate' when it was last inspected in 2021.")).toBe("Inadequate");
    expect(previous("The region was rated ‘Inadequate’ overall, down from ‘Good’ last time.")).toBe("Good");
    expect(previous("Northvale CRC has maintained its 'Good' rating, inspectors said.")).toBe("Good");
    expect(previous("Inspectors gave an overall rating of ‘Good’.\n\nThe chief inspector said: “It is pleasing that the overall rating has stayed the same.”")).toBe("Good");
    expect(previous("Southmere youth service moves from 'Inadequate' to 'Good' in two years")).toBe("Inadequate");
    expect(previous("Coastal PDU was rated ‘Requires improvement’ for the second inspection in a row.")).toBe("Requires improvement");
  });

  it("reads no previous rating from a rating word inside a longer word", () => {
    const poorly = "Hillmoor PDU was rated ‘Good’ by inspectors, up from poorly resourced beginnings.";
    expect(overall(poorly)).toBe("Good");
    expect(previous(poorly)).toBeNull();
    expect(previous("Hillmoor PDU was rated ‘Inadequate’ by inspectors, down from goodwill built up over years.")).toBeNull();
    expect(previous("Hillmoor youth service moves from 'Inadequate' to goodness knows where")).toBeNull();
    // the whole words still read
    expect(previous("Hillmoor PDU was rated ‘Good’ by inspectors, up from poor three years ago.")).toBe("Inadequate");
  });

  it("takes no previous rating from 'still rated'", () => {
    expect(previous("Moorland CRC is still rated ‘Requires improvement’ overall.")).toBeNull();
    expect(overall("Moorland CRC is still rated ‘Requires improvement’ overall.")).toBe("Requires improvement");
  });

  it("does not read 'in its first inspection' as a previous rating", () => {
    const t = "The Probation Service – Western region has been rated 'Requires improvement' in its first inspection since unification.";
    expect(overall(t)).toBe("Requires improvement");
    expect(previous(t)).toBeNull();
  });

  it("reads Markdown emphasis and rating-noun wording", () => {
    expect(overall("The watchdog has reported on Eastmere Probation Delivery Unit, and its overall rating is __Requires improvement__.")).toBe("Requires improvement");
    expect(overall("Overall: **Inadequate**\n\nLeadership: *Good*\n")).toBe("Inadequate");
    expect(overall("The Northfield PDU came away with an overall grade of good after the inspection.")).toBe("Good");
  });

  it("reads the previous rating of a step up or down stated after the rating", () => {
    const step = "Corbridge Youth Justice Service has been rated ‘Outstanding’ overall after a visit by HM Inspectorate of Probation – up from the ‘Good’ rating it was given when it was last inspected, in 2018.";
    expect(overall(step)).toBe("Outstanding");
    expect(previous(step)).toBe("Good");
    const later = "Corbridge YJS has been rated ‘Good’ overall by inspectors.\n\nIt was last inspected in 2017, and the new rating is a step up from the ‘Inadequate’ it got then.";
    expect(overall(later)).toBe("Good");
    expect(previous(later)).toBe("Inadequate");
    expect(previous("Corbridge YJS was rated ‘Requires improvement’ overall, a step down from its previous ‘Good’.")).toBe("Good");
    // near miss: a transition to a rating is not a step from the one after it
    const moved = "Corbridge YJS has moved up from ‘Inadequate’ to ‘Good’ overall.";
    expect(overall(moved)).toBe("Good");
    expect(previous(moved)).toBe("Inadequate");
  });

  it("gives a step stated in the next sentence ('The grade is a step up from …') to the rating just stated", () => {
    const next = "Ashcombe Youth Justice Service has been rated ‘Good’ overall by inspectors. The grade is a step up from the ‘Inadequate’ rating the service was given when it was last inspected in 2018.";
    expect(overall(next)).toBe("Good");
    expect(previous(next)).toBe("Inadequate");
    expect(previous("Ashcombe PDU was rated ‘Requires improvement’ by inspectors.\n\nThis is an improvement on the ‘Inadequate’ it received three years ago.")).toBe("Inadequate");
    // a near miss: the sentence before rated an aspect, not the provider
    const aspect = "Ashcombe PDU's unpaid work was rated ‘Good’. This is up from ‘Inadequate’ last time.";
    expect(previous(aspect)).toBeNull();
    expect(valueOf("aspect-ratings", "aspectRatings", aspect)).toEqual({ aspect: "Unpaid work", rating: "Good", previousRating: "Inadequate" });
  });

  it("reads 'rated as requiring improvement' with no name, and never a rating given by another inspectorate", () => {
    const t = "The company that supervises offenders in our area has been rated as requiring improvement by the probation watchdog.";
    expect(overall(t)).toBe("Requires improvement");
    expect(overall(`Brookmoor CRC rated 'requires improvement'\n\n${t}\n\nMORE NEWS\n\nBrookmoor primary school rated 'Good' by Ofsted`)).toBe("Requires improvement");
    expect(overall("Brookmoor Youth Offending Team was rated ‘Good’.\n\nBrookmoor children's services were judged ‘Inadequate’ by Ofsted last year.")).toBe("Good");
    expect(overall("Ofsted rated the Brookmoor council's services ‘Inadequate’ in 2019.")).toBeNull();
  });

  it("reads the main provider's own '(overall)' row of a table of providers as its overall rating", () => {
    const html = `<p>Inspectors visited the Probation Service – Fernwold region in May.</p>
<table><tr><th>Unit</th><th>Rating</th></tr><tr><td>Upper Fernwold PDU</td><td>Good</td></tr><tr><td>Fernwold region (overall)</td><td>Requires improvement</td></tr></table>`;
    expect(overall(html, "html")).toBe("Requires improvement");
    // a near miss: another provider's row is never the main one's overall rating
    const other = `<p>Inspectors visited the Probation Service – Fernwold region in May.</p>
<table><tr><th>Unit</th><th>Rating</th></tr><tr><td>Harrowby PDU (overall)</td><td>Good</td></tr></table>`;
    expect(overall(other, "html")).toBeNull();
  });

  it("takes no rating from two offered as alternatives", () => {
    expect(overall("Inspectors rated the service ‘Requires improvement’ or ‘Inadequate’ in five of its 12 standards.")).toBeNull();
  });
});
