/**
 * Held-out set 26: an inspectorate page whose note says the area's other
 * provider "was inspected separately in May 2019" beside "fieldwork in June
 * and July"; a blog comparing the provider with "the three regions rated
 * 'Good' for leadership"; a local paper's "the four standards covering how
 * staff assess, plan, deliver and review their work with people on
 * probation were all rated inadequate" (invented names).
 */
import { describe, expect, it } from "vitest";
import { recordOf } from "../helpers.js";

const rec = (t: string, format?: "text" | "html") => recordOf(t, format).record;
const ratings = (t: string) => rec(t).aspectRatings.map((a) => `${a.aspect}: ${a.rating}`);

describe("dates-inspection: another body's inspection 'separately'", () => {
  const HEAD =
    "Published 14 November 2019\n\nKestle NPS division rated 'Good'\n\n" +
    "HM Inspectorate of Probation has rated the Kestle division of the National Probation Service 'Good'. Inspectors carried out their fieldwork in June and July in the division, which covers Kestle and Marbury.\n\n";

  it("passes over the other provider's 'inspected separately in May 2019'", () => {
    const t = `${HEAD}Notes to editors\n\nThe area's low-risk cases are held by Marbury CRC, which was inspected separately in May 2019.\n`;
    const d = rec(t).dates;
    expect([d.inspectionStart, d.inspectionEnd]).toEqual(["2019-06", "2019-07"]);
  });

  it("passes over 'separately inspected' before the verb", () => {
    const t = `${HEAD}Notes to editors\n\nMarbury CRC, which holds the area's low-risk cases, was separately inspected in May 2019.\n`;
    const d = rec(t).dates;
    expect([d.inspectionStart, d.inspectionEnd]).toEqual(["2019-06", "2019-07"]);
  });

  it("near miss: the provider's own inspection with a year still counts", () => {
    const t = "Published 14 November 2019\n\nKestle NPS division rated 'Good'\n\nHM Inspectorate of Probation inspected the Kestle division of the National Probation Service in May 2019 and rated it 'Good'.\n";
    const d = rec(t).dates;
    expect([d.inspectionStart, d.inspectionEnd]).toEqual(["2019-05", "2019-05"]);
  });
});

describe("aspect-ratings: providers in the plural before the rating are other bodies", () => {
  const HEAD = "Kestle region rated 'Requires improvement'\n\nHM Inspectorate of Probation has rated the Kestle probation region 'Requires improvement' overall.\n\n";

  it("keeps the region's leadership rating beside 'the three regions rated Good for leadership'", () => {
    const t = `${HEAD}In Kestle, leadership and services were both rated 'Requires improvement'. Kestle sits mid-table, worse than the three regions rated 'Good' for leadership.\n`;
    expect(ratings(t)).toEqual(["Leadership: Requires improvement", "Services: Requires improvement"]);
  });

  it("passes over 'PDUs that were judged' another rating", () => {
    const t = `${HEAD}In Kestle, leadership was rated 'Requires improvement'. Elsewhere, two PDUs that were judged 'Good' for leadership stood out.\n`;
    expect(ratings(t)).toEqual(["Leadership: Requires improvement"]);
  });

  it("near miss: services in the plural is an aspect, and is kept", () => {
    const t = `${HEAD}Leadership was rated 'Requires improvement', and its services were rated 'Good'.\n`;
    expect(ratings(t)).toEqual(["Leadership: Requires improvement", "Services: Good"]);
  });
});

describe("aspect-ratings: 'assess, plan, deliver and review' with its object after it", () => {
  const HEAD = "Kestle PDU rated inadequate\n\nHM Inspectorate of Probation has rated Kestle probation delivery unit inadequate.\n\n";
  const ALL = ["Assessment: Inadequate", "Planning: Inadequate", "Implementation and delivery: Inadequate", "Reviewing: Inadequate"];

  it("reads the four standards when 'their work with people on probation' follows the verbs", () => {
    const t = `${HEAD}The standards covering how staff assess, plan, deliver and review their work with people on probation were all rated inadequate.\n`;
    expect(ratings(t)).toEqual(ALL);
  });

  it("reads them with 'the cases of people on probation' after the verbs", () => {
    const t = `${HEAD}How officers assess, plan, deliver and review the cases of people on probation was rated inadequate.\n`;
    expect(ratings(t)).toEqual(ALL);
  });

  it("near miss: a long phrase after the group that is not its work is still too far", () => {
    const t = `${HEAD}How staff assess, plan, deliver and review, said the report about the new building, was rated inadequate.\n`;
    expect(ratings(t)).not.toContain("Assessment: Inadequate");
  });
});
