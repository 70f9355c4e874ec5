import { describe, expect, it } from "vitest";
import { aspectPairsOf, valueOf } from "../helpers.js";

const pairs = aspectPairsOf;
const count = (t: string) => valueOf("aspects-inspected", "aspectsInspected", t);

describe("rated lines numbered '1.1'", () => {
  it("reads 'N.N Standard: Rating' lines under numbered domain headings", () => {
    const text = [
      "Overall rating: Good",
      "",
      "1. Organisational delivery",
      "1.1 Leadership: Good",
      "1.2 Staffing: Inadequate",
      "1.3 Services: Good",
      "",
      "2. Service delivery",
      "2.1 Assessment: Requires improvement",
      "2.2 Planning: Outstanding",
    ].join("\n");
    expect(pairs(text)).toEqual(["Assessment=Requires improvement", "Leadership=Good", "Planning=Outstanding", "Services=Good", "Staff=Inadequate"]);
  });

  it("reads 'N.N Standard – Rating' list items in HTML", () => {
    const html =
      "<h3>Domain one: organisational delivery</h3><ul><li>1.1 Governance and leadership &#8211; Good</li><li>1.2 Staff &#8211; Requires improvement</li><li>1.3 Information and facilities &#8211; Outstanding</li></ul>";
    expect(pairs(html, "html")).toEqual(["Governance and leadership=Good", "Information and facilities=Outstanding", "Staff=Requires improvement"]);
  });

  it("a numbered sentence that happens to end in a rating word is no line", () => {
    expect(pairs("2.3 The chief officer said the partnership was good")).toEqual([]);
    expect(pairs(["Findings", "1.1 Inspectors said: Good 1.2 Staff were found: Good"].join("\n"))).toEqual([]);
  });
});

describe("standards of case supervision under a heading naming another aspect", () => {
  it("are one entry for the heading's aspect, not case-supervision standards", () => {
    const html = [
      "<h3>Domain two: court disposals</h3><ul>",
      "<li>2.1 Assessment &#8211; Good</li><li>2.2 Planning &#8211; Requires improvement</li></ul>",
      "<h3>Domain three: out-of-court disposals</h3><ul>",
      "<li>3.1 Assessment &#8211; Good</li><li>3.2 Planning &#8211; Good</li><li>3.3 Out-of-court disposal policy and provision &#8211; Good</li></ul>",
    ].join("");
    expect(pairs(html, "html")).toEqual(["Assessment=Good", "Out-of-court disposals=Good", "Planning=Requires improvement"]);
  });

  it("work with people leaving custody: the heading's one aspect", () => {
    const text = ["Through the Gate", "- Assessment: Inadequate", "- Planning: Inadequate", "", "Unpaid work: Good"].join("\n");
    expect(pairs(text)).toEqual(["Through the Gate=Inadequate", "Unpaid work=Good"]);
  });

  it("parts that disagree give the heading's aspect no rating", () => {
    const html = "<h3>Out-of-court disposals</h3><ul><li>Assessment &#8211; Good</li><li>Planning &#8211; Outstanding</li></ul>";
    expect(pairs(html, "html")).toEqual([]);
  });
});

describe("aspects-inspected: a rating verb before 'on N standards'", () => {
  it("counts the standards rated", () => {
    expect(count("The service was rated on 11 standards, nine of which make up its overall rating.")).toBe(11);
    expect(count("Kelbridge YOT was assessed across seven standards.")).toBe(7);
  });

  it("a count after 'on' with no rating verb before it is not one", () => {
    expect(count("The team scored well on 12 standards of its own devising.")).toBeNull();
  });
});
