/** Held-out set 14: a "More local news" list of links, a fronted "at its last inspection" time, a "Key points" step fragment, "of the N aspects of its work that the inspectors …" (invented names). */
import { describe, expect, it } from "vitest";
import { valueOf } from "../helpers.js";

const overall = (t: string, format?: "text" | "html") => valueOf("overall-rating", "overallRating", t, format);
const previous = (t: string, format?: "text" | "html") => valueOf("overall-rating", "previousOverallRating", t, format);
const count = (t: string) => valueOf("aspects-inspected", "aspectsInspected", t);

describe("overall rating: a heading over links to other stories, with a word before 'news'", () => {
  const story = (heading: string) =>
    [
      "Fellbrook probation region told it must improve",
      "",
      "HM Inspectorate of Probation has rated the Probation Service's Fellbrook region 'Requires improvement' overall.",
      "",
      "Leadership was rated 'Good'.",
      "",
      heading,
      "",
      "- Ashworth youth justice service rated 'Good' by inspectors",
      "- Bypass roadworks to last until May",
      "",
    ].join("\n");

  it("passes over the list under 'More local news' and 'Latest regional headlines'", () => {
    expect(overall(story("MORE LOCAL NEWS"))).toBe("Requires improvement");
    expect(overall(story("Latest regional headlines"))).toBe("Requires improvement");
    expect(overall(story("More news"))).toBe("Requires improvement");
  });

  it("still reads a list under a heading that is not one over links", () => {
    // near miss: a heading of the story itself, over the story's own points
    const t = ["Cresswold probation trust", "", "What inspectors found", "", "- Cresswold Probation Trust rated 'Good' overall", "- Staff felt supported", ""].join("\n");
    expect(overall(t)).toBe("Good");
  });
});

describe("previous overall rating: 'at its last inspection, in YEAR, X was rated'", () => {
  const lead = "Harwick Youth Offending Service has been rated 'Good' overall by HM Inspectorate of Probation.\n\n";

  it("reads the rating after a fronted time phrase as the old one", () => {
    const t = lead + "At its last inspection, in 2018, the service was rated 'Inadequate' overall.";
    expect(overall(t)).toBe("Good");
    expect(previous(t)).toBe("Inadequate");
    const u = lead + "At the previous inspection, three years ago, it was judged 'Requires improvement' overall.";
    expect(overall(u)).toBe("Good");
    expect(previous(u)).toBe("Requires improvement");
  });

  it("keeps a rating after 'since its last inspection' as the current one", () => {
    // near miss: "since" is not "at" the last inspection
    const t = "Since its last inspection, in 2018, the service has improved, and it was rated 'Good' overall.";
    expect(overall(t)).toBe("Good");
    expect(previous(t)).toBeNull();
  });
});

describe("previous overall rating: a 'Key points' step fragment after the rating", () => {
  it("gives the rating of the point before it its old rating", () => {
    const html = (step: string) =>
      `<html><body><article><h1>Tarnby YOS rated good</h1><div><h2>Key points</h2><ul><li>Tarnby YOS rated ‘Good’ by the probation inspectorate</li><li>${step}</li><li>Fewer than 100 children on its books</li></ul></div><p>Tarnby Youth Offending Service has been rated ‘Good’ by inspectors.</p></article></body></html>`;
    expect(previous(html("Up from ‘Requires improvement’ three years ago"), "html")).toBe("Requires improvement");
    expect(previous(html("Down from ‘Outstanding’ in 2019"), "html")).toBe("Outstanding");
    expect(overall(html("Up from ‘Requires improvement’ three years ago"), "html")).toBe("Good");
  });

  it("reads no old rating from a fragment that states two ratings", () => {
    // near miss: the fragment has its own new rating
    const t = "Kelby probation trust rated 'Good' overall.\n\nUp from 'Inadequate' to 'Requires improvement' for leadership.";
    expect(previous(t)).toBeNull();
  });
});

describe("aspects inspected: 'of the N aspects of its work that the inspectors looked at'", () => {
  it("counts the aspects the inspectors looked at, with 'of its work' between", () => {
    expect(count("Of the 10 aspects of its work that the inspectors looked at, only one was rated 'Good'.")).toBe(10);
    expect(count("Of the eight aspects of the company's work that inspectors examined, none was outstanding.")).toBe(8);
    expect(count("In three of the 12 standards of its work which the inspectorate rated, it fell short.")).toBe(12);
  });

  it("counts no subset of aspects of its work named by their rating", () => {
    // near miss: no inspecting verb after "of its work"
    expect(count("Of the 10 aspects of its work mentioned in the report, three stood out.")).toBeNull();
  });
});
