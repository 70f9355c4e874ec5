import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { valueOf } from "../helpers.js";

const seed = (name: string) => readFileSync(new URL(`../../fixtures/docs/${name}`, import.meta.url), "utf8");
const inspectorateOf = (text: string) => valueOf("inspectorate", "inspectorate", text);

describe("inspectorate", () => {
  it("settles the seeds", () => {
    expect(inspectorateOf(seed("blog-staffordshire-west-midlands-crc.txt"))).toBe("HM Inspectorate of Probation");
    expect(inspectorateOf(seed("press-release-merseyside-probation-trust.txt"))).toBe("HM Inspectorate of Probation");
  });

  it.each([
    "His Majesty’s Inspectorate of Probation inspected the unit in May and rated it Good.",
    "Her Majesty's Inspectorate of Probation published its report on the trust today.",
    "HMI Probation inspected the youth justice service and found it Good.",
    "The report by the probation inspectorate found that staff were overstretched.",
    "Probation inspectors found that the CRC did not see people often enough.",
    "Chief Inspector of Probation Martin Jones said the inspection showed real progress.",
  ])("spells the inspectorate in full: %s", (text) => {
    expect(inspectorateOf(text)).toBe("HM Inspectorate of Probation");
  });

  it("names the prisons inspectorate for a prisons inspection", () => {
    const text = "HM Inspectorate of Prisons found violence had risen at the jail. The Chief Inspector of Prisons said the inspection was worrying. Prison inspectors rated safety poor.";
    expect(inspectorateOf(text)).toBe("HM Inspectorate of Prisons");
  });

  it("is null when the document names no inspectorate", () => {
    expect(inspectorateOf("The council has launched a new community payback scheme to clear litter from parks.")).toBeNull();
    expect(inspectorateOf("Seetec has won a contract to deliver employment support in Kent, the company said.")).toBeNull();
  });

  it("infers probation's inspectorate from an unnamed inspectorate reporting on a probation unit", () => {
    const text = "Our local PDU under the spotlight\n\nThe inspectorate's report on Eastvale Probation Delivery Unit came out on Tuesday. Inspectors rated the unit Requires improvement, and the Chief Inspector said staff were stretched.";
    expect(inspectorateOf(text)).toBe("HM Inspectorate of Probation");
  });

  it("does not infer it for a prison or police inspection, or with no inspection at all", () => {
    expect(inspectorateOf("The inspectorate's report on HMP Westmoor found staff shortages. Inspectors rated safety poor, the Chief Inspector said.")).toBeNull();
    expect(inspectorateOf("Eastvale Probation Delivery Unit opened a new office, the council said in its report.")).toBeNull();
  });
});
