/**
 * Held-out set 15 fixes (figures, caseload, previous inspection, areas,
 * consortium, chief inspector), in invented documents: headlines in a "Most
 * read" box, "Across the region" and ", one of the ..." before a caseload,
 * "down from … at its first inspection in 2021", "last reported on work in
 * <place> in <month year>", "probation work in A, B and along the C coast",
 * "a partnership between A and the charity B, and supervises …", "who took
 * over as Chief Inspector".
 */
import { describe, expect, it } from "vitest";
import { recordOf, valueOf } from "../helpers.js";
import { placeList } from "../../src/extractors/lib/places.js";
import { caseload } from "../../src/extractors/caseload.js";
import { figures } from "../../src/extractors/figures.js";
import { datesPreviousInspection } from "../../src/extractors/dates-previous-inspection.js";
import type { Figure, Provider } from "../../src/schema/record.js";
import { runWith } from "./numeric-context.js";

const region: Provider = { name: "Probation Service – Marlow Fens region", shortName: "Marlow Fens region", type: "Probation region", areas: [] };
const pdu: Provider = { name: "Ashvale Probation Delivery Unit", shortName: "Ashvale PDU", type: "PDU", areas: [] };

function load(text: string, provider: Provider) {
  return runWith(caseload, "caseload", text, { provider, subject: "provider-inspection", "dates.published": "2024-09-10" } as never).value;
}
function figs(text: string): [number, string][] {
  return (runWith(figures, "figures", text, { provider: pdu, subject: "provider-inspection" } as never).list as Figure[]).map((f) => [f.value, f.unit]);
}
const previous = (text: string, published = "2025-03-04") => runWith(datesPreviousInspection, "dates.previousInspection", text, { "dates.published": published } as never).value;
const chief = (text: string) => valueOf("chief-inspector", "chiefInspector", text);
const places = (text: string) => placeList(text, 0).map((p) => p.text);

describe("figures: a 'Most read' box's headlines are other stories", () => {
  const story = "Ashvale PDU told to improve\n\nInspectors examined 64 cases at Ashvale PDU and found that 45 per cent of plans were sufficient.\n\nThe PDU's head said she accepted the findings.";
  it("drops a numbered headline under the box heading", () => {
    const f = figs(`${story}\n\nComments (2)\n\nMost read\n\n1 Bypass to close for nine weeks\n\n2 Parking charges up 2.5 per cent next month`);
    expect(f).toContainEqual([45, "percent"]);
    expect(f).not.toContainEqual([2.5, "percent"]);
  });
  it("drops a bulleted headline under 'Related stories'", () => {
    const f = figs(`${story}\n\nRelated stories\n\n* Council approves 3 per cent rise in rents`);
    expect(f).not.toContainEqual([3, "percent"]);
  });
  it("keeps a body paragraph with its numbers (near miss: no box heading)", () => {
    expect(figs(`${story}\n\nParking charges rose 2.5 per cent after inspectors found 30 per cent of posts vacant.`)).toContainEqual([30, "percent"]);
  });
});

describe("caseload: an opening place phrase and a 'one of' aside", () => {
  it("'Across the region, … officers were managing an average of 61 cases each'", () => {
    expect(load("Across the region, 35 per cent of posts were vacant, and officers in post were managing an average of 61 cases each.", region)?.averageCasesPerStaff).toBe(61);
  });
  it("'Throughout the region, staff held an average of 52 cases'", () => {
    expect(load("Throughout the region, staff held an average of 52 cases.", region)?.averageCasesPerStaff).toBe(52);
  });
  it("'The unit, one of the Probation Service's Wessex region, was supervising about 2,400 people when inspectors visited in March'", () => {
    const c = load("The unit, one of the Probation Service’s Wessex region, was supervising about 2,400 people when inspectors visited in March.", pdu);
    expect(c?.peopleSupervised).toBe(2400);
    expect(c?.peopleSupervisedQualifier).toBe("about");
    expect(c?.peopleSupervisedAsOf).toBe("2024-03");
  });
  it("near miss: another named organisation's staff are not the region's", () => {
    expect(load("Across Kelby Trust, officers were managing an average of 61 cases each.", region)?.averageCasesPerStaff ?? null).toBeNull();
  });
});

describe("previous inspection: the first inspection compared with, a place before the date", () => {
  it("'down from the ‘Good’ rating it was given at its first regional inspection in 2021'", () => {
    expect(previous("The inspectorate rated the region ‘Requires improvement’, down from the ‘Good’ rating it was given at its first regional inspection in 2021.")).toBe("2021");
  });
  it("'up from … at its first inspection in May 2020'", () => {
    expect(previous("The team is now rated ‘Good’, up from the ‘Inadequate’ it received at its first inspection in May 2020.")).toBe("2020-05");
  });
  it("near miss: rated at its first inspection, with no comparison, is this one", () => {
    expect(previous("The PDU was rated ‘Good’ at its first inspection in 2025.")).toBeNull();
  });
  it("'last reported on probation work in Orlby in March 2016'", () => {
    expect(previous("HM Inspectorate of Probation last reported on probation work in Orlby in March 2016.", "2018-01-10")).toBe("2016-03");
  });
  it("'last inspected the service in North Fenby in 2019'", () => {
    expect(previous("Inspectors last inspected the service in North Fenby in 2019.", "2022-01-10")).toBe("2019");
  });
});

describe("areas: 'along the X coast', 'X town, …'", () => {
  it("reads 'Orlby, Fenhall Cross and along the Brack coast'", () => {
    expect(places("Orlby, Fenhall Cross and along the Brack coast is slow.")).toEqual(["Orlby", "Fenhall Cross", "Brack coast"]);
  });
  it("passes over 'town' with more of the list after it", () => {
    expect(places("Kelby town, Wenning and the Orme valley villages.")).toEqual(["Kelby", "Wenning", "Orme valley villages"]);
  });
  it("near miss: 'and along' without 'the' ends the list", () => {
    expect(places("Orlby, Fenhall and along with partners.")).toEqual(["Orlby", "Fenhall"]);
  });
  it("'Probation work in A, B and C is …' gives the provider's areas", () => {
    const r = recordOf(
      "Probation work in Orlby, Fenhall and Wenning is held back by staff shortages, according to a report published today by HM Inspectorate of Probation.\n\nInspectors visited Orlby Community Rehabilitation Company (CRC) in May 2017. The CRC was rated poorly.",
    ).record;
    expect(r.provider?.areas).toEqual(["Orlby", "Fenhall", "Wenning"]);
  });
  it("'looking at its work in A town, B and the C estuary villages'", () => {
    const r = recordOf(
      "Kelby youth team praised\n\nHM Inspectorate of Probation published its report today. Inspectors spent a week with the Kelby Youth Offending Team (YOT) in May, looking at its work in Kelby town, Wenning and the Orme estuary villages.\n\nThe YOT was rated ‘Good’.",
    ).record;
    expect(r.provider?.areas).toEqual(["Kelby", "Wenning", "Orme estuary villages"]);
  });
});

describe("consortium: members before ', and <verb>'", () => {
  const doc = (owner: string) => `CRC rated\n\nInspectors rated Orlby CRC 'Requires improvement'. The CRC is owned by Brightway Justice, ${owner}, and supervises more than 3,000 people.`;
  it("'a partnership between A plc and the charity B, and supervises'", () => {
    expect(recordOf(doc("a partnership between Kestrel Group plc and the charity Harbour Trust")).record.consortium).toEqual({ name: "Brightway Justice", members: ["Kestrel Group plc", "Harbour Trust"] });
  });
  it("'a joint venture between A and B, and supervises'", () => {
    expect(recordOf(doc("a joint venture between Alder Services and Birch Care")).record.consortium?.members).toEqual(["Alder Services", "Birch Care"]);
  });
  it("near miss: a list going on with ', and the charity C' keeps C", () => {
    expect(recordOf(doc("a partnership between Alder Services, Birch Care, and the charity Cedar Trust")).record.consortium?.members).toEqual(["Alder Services", "Birch Care", "Cedar Trust"]);
  });
});

describe("chief inspector: 'who took over as Chief Inspector'", () => {
  it("'X Y, who took over as Chief Inspector of Probation in the spring, said …'", () => {
    expect(chief("Inspectors rated the CRC 'Good'. Miriam Oakes, who took over as Chief Inspector of Probation in the spring, said in the press release: “The CRC has done well.”")).toBe("Miriam Oakes");
  });
  it("'X Y, who has taken over as Chief Inspector of Probation, said'", () => {
    expect(chief("Inspectors rated the CRC 'Good'. Miriam Oakes, who has taken over as Chief Inspector of Probation, said the work was good.")).toBe("Miriam Oakes");
  });
  it("near miss: 'who was Chief Inspector' is a former one", () => {
    expect(chief("Inspectors rated the CRC 'Good'. Miriam Oakes, who was Chief Inspector of Probation until 2015, said the work was good.")).toBeNull();
  });
});
