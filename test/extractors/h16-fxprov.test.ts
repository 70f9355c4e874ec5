/**
 * Held-out sets 16 and 17 fixes (provider, areas, consortium, media contact,
 * subject, chief inspector, document type), in invented documents: a former
 * Trust named beside its successors, "along with the villages of ...", "the
 * largely rural ...", "the cities of A and B and ...", a division's far
 * "across", a wrapped note listing members, an owner named "the Group", an
 * "Enquiries" table, a menu before the headline, "In his annual report ...,
 * X said", and a post in the first person on a NewsArticle page.
 */
import { describe, expect, it } from "vitest";
import { docOf, recordOf } from "../helpers.js";
import { providerGroups } from "../../src/extractors/provider.js";
import { placeList } from "../../src/extractors/lib/places.js";

const names = (text: string) => placeList(text, 0).map((p) => p.text);

describe("provider: a provider that no longer exists is not the one reported", () => {
  const doc = (former: string) =>
    [
      "Watchdog verdict on probation in Ashby",
      `HM Inspectorate of Probation has published its report on probation work in the county, the first look at the new arrangements since ${former}Ashby Probation Trust was divided in two.`,
      "The inspection looked at the work of Ashby and Kelby Community Rehabilitation Company (CRC), which supervises offenders in Ashby, Kelby and Orton.",
      "Inspectors found the CRC was too slow to see people after sentence.",
      "Jo Marsh, chief executive of Ashby and Kelby CRC, said: “We accept the findings in full.”",
    ].join("\n\n");

  it("passes over “the old X Probation Trust”", () => {
    const p = recordOf(doc("the old ")).record.provider;
    expect(p?.type).toBe("CRC");
    expect(p?.name).toBe("Ashby and Kelby Community Rehabilitation Company");
  });

  it("still counts a Trust named without “old” or “former”", () => {
    const types = (text: string) => providerGroups(docOf(text), null).map((g) => g.type);
    expect(types(doc("the "))).toContain("Probation Trust");
    expect(types(doc("the old "))).not.toContain("Probation Trust");
  });
});

describe("areas: lists that go on after their last comma", () => {
  it("reads “…, along with the villages of the X valley”", () => {
    expect(names("the market towns of Ashby, Kelby Cross and Orton, along with the villages of the Wenning valley.")).toEqual([
      "Ashby",
      "Kelby Cross",
      "Orton",
      "Wenning valley",
    ]);
  });

  it("does not read “along with” before something that is no place", () => {
    expect(names("Ashby and Kelby, along with their partner agencies.")).toEqual(["Ashby", "Kelby"]);
  });

  it("reads “and the largely rural X valley”", () => {
    expect(names("the county boroughs of Ashby and Kelby and the largely rural Wenning valley, working from two offices.")).toEqual([
      "Ashby",
      "Kelby",
      "Wenning valley",
    ]);
  });

  it("stops at an adverb before a word that describes no place", () => {
    expect(names("the boroughs of Ashby and Kelby and the largely unchanged Wenning valley")).toEqual(["Ashby", "Kelby"]);
  });

  it("splits “the cities of A and B” before another group", () => {
    expect(names("the cities of Ashby and Kelby and the rural districts of Orton and Wenning.")).toEqual(["Ashby", "Kelby", "Orton", "Wenning"]);
  });

  it("keeps one place after a singular group word", () => {
    expect(names("the borough of Ashby and Kelby and the rural district of Orton.")).toEqual(["Ashby and Kelby", "Orton"]);
  });

  const division = (subject: string) =>
    [
      "Ormvale probation division rated 'Good'",
      "HM Inspectorate of Probation inspected the Ormvale division of the National Probation Service (NPS) in March 2021 and rated it 'Good'.",
      `${subject} manages people who pose a high risk of serious harm, prepares pre-sentence reports for the courts and runs the statutory victim contact scheme across Ashby, Kelby and the city of Orton.`,
    ].join("\n\n");

  it("reads a far “across” in a sentence whose subject is the provider", () => {
    expect(recordOf(division("The division")).record.provider?.areas).toEqual(["Ashby", "Kelby", "Orton"]);
  });

  it("not in a sentence about someone else", () => {
    expect(recordOf(division("A local charity")).record.provider?.areas).toEqual([]);
  });
});

describe("consortium: members in a wrapped note, an owner called “the Group”", () => {
  const release = (note: string) =>
    [
      "Kelby CRC rated 'Good' by inspectors",
      "Kelby Community Rehabilitation Company (CRC) is run by the Orton Justice Partnership and supervises around 5,000 people across Kelby and Wenning. HM Inspectorate of Probation rated it 'Good' after an inspection in May 2018.",
      "ENDS",
      "Notes to editors",
      "1. The report is published on the inspectorate's website.",
      note,
      "3. For media enquiries, please contact the press office on 020 7946 0001.",
    ].join("\n\n");

  it("joins a note broken off at a line's end before reading its members", () => {
    const c = recordOf(release("2. The Orton Justice Partnership is a consortium whose members\nare Ashby Services plc (a support services firm), Kelby Housing Trust\n(a housing association) and Fresh Start Learning (a charity).")).record.consortium;
    expect(c?.name).toBe("Orton Justice Partnership");
    expect(c?.members).toEqual(["Ashby Services plc", "Kelby Housing Trust", "Fresh Start Learning"]);
  });

  it("does not join a note that ends its sentence", () => {
    const c = recordOf(release("2. The Orton Justice Partnership is a consortium of local bodies.\nAre its members Ashby Services plc, Kelby Housing Trust and Fresh Start Learning?")).record.consortium;
    expect(c?.members).toEqual([]);
  });

  const announcement = (lead: string) =>
    [
      "Inspectors rate Kelby CRC 'Good'",
      `${lead} Kelby Community Rehabilitation Company ("the CRC"), which the Group has owned and operated since February 2015, has been rated 'Good' overall by HM Inspectorate of Probation in a report published today.`,
      "The CRC supervises around 5,000 people across Kelby and Wenning.",
    ].join("\n\n");

  it("takes the company the sentence opens with as the owner “the Group” refers to", () => {
    expect(recordOf(announcement("Ashby Group plc, the support services group, is pleased to announce that")).record.consortium).toEqual({ name: "Ashby Group plc", members: [] });
  });

  it("not a subject that is no company's name", () => {
    expect(recordOf(announcement("Inspectors said that")).record.consortium).toBeNull();
  });
});

describe("media contact: an “Enquiries” table", () => {
  const table = (media: string) =>
    [
      "Kelby CRC rated 'Good' by HM Inspectorate of Probation, which inspected it in May.",
      "ENDS",
      "Enquiries:",
      "Ashby Group plc (investor relations)      020 7946 0100",
      "Sam Wells, Head of Investor Relations     ir@ashbygroup.example",
      media,
      "Jo Marsh, Associate Director              07700 900111",
      "                                          ashby@ortonlane.example",
    ].join("\n\n");

  it("takes the person under the media enquiries office's line", () => {
    const c = recordOf(table("Orton Lane Communications (media enquiries)     020 7946 0200")).record.mediaContact;
    expect(c?.name).toBe("Jo Marsh");
    expect(c?.phones).toEqual(["020 7946 0200", "07700 900111"]);
    expect(c?.emails).toEqual(["ashby@ortonlane.example"]);
  });

  it("keeps the person the media line names itself", () => {
    const c = recordOf(table("Media enquiries: Ann Tate, press officer, 020 7946 0200")).record.mediaContact;
    expect(c?.name).toBe("Ann Tate");
  });
});

describe("subject and chief inspector: a news page's annual report story", () => {
  const page = (standfirst: string, next: string) =>
    [
      "The Ashby Courier",
      "News | Crime | Courts | Politics | Business | Sport | Opinion | Jobs",
      "We use cookies to personalise content and ads. Manage preferences | Accept all",
      "Probation watchdog warns of a long road ahead",
      standfirst,
      "By Jo Marsh, Home Affairs Correspondent",
      "Probation services in England and Wales are still failing to manage the risks posed by people under supervision, the Chief Inspector of Probation has warned.",
      next,
      "Of the nine services given an overall grade in the period, Kelby CRC was rated 'Good' and Orton CRC was rated 'Inadequate'.",
    ].join("\n\n");

  it("reads the lead after the headline, not the menu before it", () => {
    const r = recordOf(page("Risk work still falls short in half of cases, annual report finds", "The report says inspectors examined 1,200 cases.")).record;
    expect(r.subject).toBe("annual-report");
    expect(r.provider).toBeNull();
  });

  it("no annual report in the lead, no annual-report subject", () => {
    expect(recordOf(page("Risk work still falls short in half of cases, inspectors find", "The report says inspectors examined 1,200 cases.")).record.subject).not.toBe("annual-report");
  });

  it("names the Chief Inspector from “In his annual report …, X said” after the bare title", () => {
    const r = recordOf(page("Risk work still falls short, annual report finds", "In his annual report on probation inspections, published today, Alan Penrose said the quality of work to protect the public remained weak.")).record;
    expect(r.chiefInspector).toBe("Alan Penrose");
  });

  it("not someone else speaking in the next sentence", () => {
    const r = recordOf(page("Risk work still falls short, annual report finds", "Responding to the report, Alan Penrose said the quality of work to protect the public remained weak.")).record;
    expect(r.chiefInspector).toBeNull();
  });
});

describe("document type: a writer's own voice on a page marked NewsArticle", () => {
  const page = (body: string[]) =>
    `<!DOCTYPE html><html><head><title>What the thematic tells us</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"What the thematic tells us","datePublished":"2023-05-18"}</script>
</head><body><article><h1>What the thematic tells us</h1>
${body.map((p) => `<p>${p}</p>`).join("\n")}
</article></body></html>`;

  const common = [
    "On Tuesday HM Inspectorate of Probation published its thematic inspection of work with people who have been abusive to a partner.",
    "Inspectors examined 176 cases across six probation delivery units and found that checks with the police had been made in just 41 per cent of them.",
  ];

  it("is a blog post when the writer speaks for themselves", () => {
    const r = recordOf(
      page([
        ...common,
        "That last point is, to my mind, the heart of it.",
        "The concerns that jumped out at me were about training.",
        "I could not have put it better myself.",
        "I will be watching to see whether the next report reads any differently.",
      ]),
    ).record;
    expect(r.documentType).toBe("blog-post");
  });

  it("stays a news article without that voice", () => {
    const r = recordOf(page([...common, "The report makes 11 recommendations.", "The Probation Service said it accepted them in full."])).record;
    expect(r.documentType).toBe("news-article");
  });
});
