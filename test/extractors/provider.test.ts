import { describe, expect, it } from "vitest";
import { valueOf, candidatesOf, docOf } from "../helpers.js";
import { placeList } from "../../src/extractors/lib/places.js";
import { readdirSync, readFileSync } from "node:fs";
import { AREA_AT, textHits } from "../../src/extractors/provider.js";
import { findMentions } from "../../src/extractors/lib/provider-names.js";

/** The fixture documents' texts (text and HTML). */
function fixtureTexts(): string[] {
  const dir = new URL("../../fixtures/docs/", import.meta.url);
  return readdirSync(dir).map((f) => readFileSync(new URL(f, dir), "utf8"));
}

const cases: { text: string; name: string | null; short?: string | null; type?: string; areas?: string[] }[] = [
  {
    text: "Leeds probation unit rated Good\n\nHM Inspectorate of Probation inspected Leeds Probation Delivery Unit in May and rated it 'Good'. The unit supervises about 4,000 people across Leeds.",
    name: "Leeds Probation Delivery Unit",
    short: "Leeds PDU",
    type: "PDU",
    areas: ["Leeds"],
  },
  {
    text: "Probation company told to improve\n\nInspectors rated Wessex Community Rehabilitation Centre (CRC) 'Inadequate'. Wessex CRC supervises 9,000 people in Hampshire, Dorset and the Isle of Wight.",
    name: "Wessex Community Rehabilitation Company",
    short: "Wessex CRC",
    type: "CRC",
    areas: ["Hampshire", "Dorset", "Isle of Wight"],
  },
  {
    text: "Youth service praised\n\nHMI Probation has rated Barnet Youth Offending Service (YOS) 'Outstanding' after an inspection in March.",
    name: "Barnet Youth Offending Service",
    short: "Barnet YOS",
    type: "Youth justice service",
  },
  {
    text: "Inspectors find good work\n\nInspectors looked at the South East division of the National Probation Service in June. The division was rated 'Good'.",
    name: "National Probation Service South East division",
    short: "NPS South East",
    type: "NPS division",
  },
  {
    text: "Region struggles\n\nThe Inspectorate has published its inspection of the Probation Service – London region, which was rated 'Requires improvement'.",
    name: "Probation Service – London region",
    short: "London region",
    type: "Probation region",
  },
  {
    text: "Trust doing well\n\nInspectors said Avon and Somerset Probation Trust was doing well. The Trust supervises offenders across Bristol, Bath and North East Somerset, and Somerset.",
    name: "Avon and Somerset Probation Trust",
    short: null,
    type: "Probation Trust",
    areas: ["Bristol", "Bath and North East Somerset", "Somerset"],
  },
  {
    text: "Big area\n\nInspectors rated Cumbria & Lancashire CRC 'Good'. The CRC covers the North and South Lakes and Blackpool.",
    name: "Cumbria and Lancashire Community Rehabilitation Company",
    short: "Cumbria & Lancashire CRC",
    type: "CRC",
    areas: ["North Lakes", "South Lakes", "Blackpool"],
  },
  {
    text: "Unit rated\n\nInspectors rated the Northshire Probation Delivery Unit (PDU) 'Good'. The PDU, part of the Probation Service's Midlands region, supervises people on probation in Ashby, Coalville and Loughborough.",
    name: "Northshire Probation Delivery Unit",
    type: "PDU",
    areas: ["Ashby", "Coalville", "Loughborough"],
  },
  // negatives
  { text: "Council news\n\nThe council has opened a new community centre in Leeds for young people.", name: null },
  {
    text: "A thematic inspection of work with women\n\nHM Inspectorate of Probation published a thematic inspection today. Inspectors visited Leeds PDU and Bradford PDU.",
    name: null,
  },
  {
    text: "Annual report 2023\n\nHM Inspectorate of Probation's annual report says Leeds PDU was rated Good and Kent PDU Inadequate.",
    name: null,
  },
];

describe("provider", () => {
  for (const c of cases) {
    it(`${c.name ?? "no provider"}: ${c.text.slice(0, 40)}`, () => {
      const v = valueOf("provider", "provider", c.text);
      if (c.name === null) {
        expect(v).toBeNull();
        return;
      }
      expect(v?.name).toBe(c.name);
      if (c.short !== undefined) expect(v?.shortName).toBe(c.short);
      if (c.type) expect(v?.type).toBe(c.type);
      if (c.areas) expect(v?.areas).toEqual(c.areas);
    });
  }

  it("does not take a neighbour mentioned in a comparison as also inspected", () => {
    const t =
      "Inspectors criticise Essex CRC\n\nLike the report on the neighbouring Norfolk and Suffolk CRC published earlier this week, Essex CRC was rated 'Inadequate'. HM Inspectorate of Probation inspected Essex CRC in May.";
    expect(valueOf("provider", "provider", t)?.name).toBe("Essex Community Rehabilitation Company");
    expect(candidatesOf("provider", "alsoInspected", t)).toEqual([]);
  });

  it("lists the other providers a release rates, with their ratings", () => {
    const t =
      "Three probation units inspected\n\nHM Inspectorate of Probation inspected Camden PDU, which was rated 'Inadequate'. Islington PDU was rated 'Good'. Camden PDU supervises 2,000 people.";
    expect(valueOf("provider", "provider", t)?.name).toBe("Camden Probation Delivery Unit");
    const also = candidatesOf("provider", "alsoInspected", t).map((c) => c.value);
    expect(also).toEqual([{ name: "Islington Probation Delivery Unit", shortName: "Islington PDU", type: "PDU", overallRating: "Good" }]);
  });
});

describe("placeList", () => {
  const lists: [string, string[]][] = [
    ["Liverpool, Knowsley, St Helens, Sefton and Wirral.", ["Liverpool", "Knowsley", "St Helens", "Sefton", "Wirral"]],
    ["Lincolnshire and parts of Yorkshire continues", ["Lincolnshire", "Yorkshire"]],
    ["County Durham, Redcar and Cleveland, and Stockton-on-Tees.", ["County Durham", "Redcar and Cleveland", "Stockton-on-Tees"]],
    ["Kent, East Sussex, West Sussex and Brighton and Hove.", ["Kent", "East Sussex", "West Sussex", "Brighton and Hove"]],
    ["Birmingham, Staffordshire, and the West and East Midlands.", ["Birmingham", "Staffordshire", "West Midlands", "East Midlands"]],
    ["Swindon and the rest of Wiltshire.", ["Swindon", "Wiltshire"]],
    ["the community.", []],
  ];
  for (const [t, want] of lists) {
    it(t, () => expect(placeList(t, 0).map((p) => p.text)).toEqual(want));
  }
});

describe("provider (round 2)", () => {
  it("reads a lower-case unit whose visit month is 'last year', and its patch", () => {
    const t =
      "Probation in Halton criticised\n\nThe probation inspectorate inspected the Halton probation delivery unit, which supervises about 1,900 people across Runcorn and Widnes, in October last year. Inspectors rated it 'Requires improvement'.";
    const p = valueOf("provider", "provider", t);
    expect(p?.name).toBe("Halton Probation Delivery Unit");
    expect(p?.areas).toEqual(["Runcorn", "Widnes"]);
    expect(valueOf("subject", "subject", t)).toBe("provider-inspection");
  });
});

describe("placeList (round 2)", () => {
  const lists: [string, string[]][] = [
    ["Wigan and the neighbouring towns of Leigh, Hindley and Atherton.", ["Wigan", "Leigh", "Hindley", "Atherton"]],
    ["the city of Ely and the Cambridgeshire market towns of Soham, March and Littleport.", ["Ely", "Soham", "March", "Littleport"]],
    ["Leeds, May and June.", ["Leeds"]],
    ["Chester, March 2020.", ["Chester"]],
  ];
  for (const [t, want] of lists) {
    it(t, () => expect(placeList(t, 0).map((p) => p.text)).toEqual(want));
  }
});

describe("the one scan for provider keywords and coverage words (KEYWORD_OR_AREA)", () => {
  // Every keyword and coverage phrase, in several cases, inside words and beside each other.
  const phrases = [
    "Community Rehabilitation Company", "CRC", "crcs", "Probation Trust", "probation delivery unit", "PDU", "Probation Service",
    "National Probation Service", "NPS", "division", "probation region", "Region", "Youth Offending Team", "youth justice service",
    "YOT", "YOS", "YOP", "YJS", "YJ", "covers", "covering", "covered", "serves", "serving", "spans", "spanning", "supports", "supporting", "operates in",
    "operating across", "works across", "worked across", "worked with", "working with", "supervises", "supervising", "manages", "managing", "responsible for",
    "delivers", "delivering", "rehabilitation company in", "probation team for", "youth offending services across",
  ];
  const texts = [
    ...fixtureTexts(),
    phrases.map((p, i) => `${i % 2 ? p.toUpperCase() : p} Northshire and ${p.toLowerCase()}s, then x${p}y; ${p}${p}.`).join(" "),
    phrases.join(" "),
  ];
  it("finds every provider keyword that a scan of KEYWORDS alone finds", () => {
    for (const text of texts) {
      const doc = docOf(text);
      expect(findMentions(doc.text, textHits(doc).keywords)).toEqual(findMentions(doc.text));
    }
  });
  it("finds the same mentions when told what the scan matched at each place", () => {
    let found = 0;
    for (const text of texts) {
      const doc = docOf(text);
      const hits = textHits(doc);
      const mentions = findMentions(doc.text, hits.keywords, hits.keywordTexts);
      expect(mentions).toEqual(findMentions(doc.text));
      found += mentions.length;
    }
    expect(found).toBeGreaterThan(texts.length);
  });
  it("finds every coverage phrase that a scan of AREA_AT alone finds", () => {
    const global = new RegExp(AREA_AT.source, "gi");
    for (const text of texts) {
      const doc = docOf(text);
      const starts = [...doc.text.matchAll(global)].map((m) => m.index);
      expect(textHits(doc).areas).toEqual(starts);
    }
  });
});

describe("placeList (round 3): group leads, lower-case compass words, lower-case tails", () => {
  const lists: [string, string[]][] = [
    // the group words before the first place are not a place
    ["the towns of Ashwick, Bramley Cross and Dunmere.", ["Ashwick", "Bramley Cross", "Dunmere"]],
    ["the market towns of Orlby and Fenhall, and more.", ["Orlby", "Fenhall"]],
    ["the people of Orlby and Fenhall.", []],
    // a lower-case compass word before a place word is part of the place
    ["Orlby, Fenhall and west Marlshire.", ["Orlby", "Fenhall", "west Marlshire"]],
    ["south Tollbridge and Fenhall.", ["south Tollbridge", "Fenhall"]],
    ["Orlby and north of the river.", ["Orlby"]],
    // a feature word and a group word after a place word end the item and the list
    ["Orlby, Fenhall and the Tarn valley villages, and supervises", ["Orlby", "Fenhall", "Tarn valley villages"]],
    ["Orlby and the Wenning valley.", ["Orlby", "Wenning valley"]],
    ["Orlby and Fenhall areas.", ["Orlby", "Fenhall"]],
  ];
  for (const [t, want] of lists) {
    it(t, () => expect(placeList(t, 0).map((p) => p.text)).toEqual(want));
  }
});

describe("provider areas (round 3)", () => {
  it("reads 'covers the towns of ...' in a sentence that also names the unit's region", () => {
    const t =
      "Orlby unit rated\n\nInspectors rated Orlby Probation Delivery Unit (PDU) 'Good'. Orlby PDU is part of the Probation Service's North West region and covers the towns of Orlby, Fenhall and Tollbridge.";
    expect(valueOf("provider", "provider", t)?.areas).toEqual(["Orlby", "Fenhall", "Tollbridge"]);
  });
  it("reads 'the service supports ... across' a list", () => {
    const t =
      "Youth service rated Good\n\nMarlshire Youth Justice Service (YJS) has been rated 'Good' by HM Inspectorate of Probation. The service supports children who have offended, or who are at risk of offending, across Marlshire, Orlby and Fenhall.";
    expect(valueOf("provider", "provider", t)?.areas).toEqual(["Marlshire", "Orlby", "Fenhall"]);
  });
  it("reads a lower-case compass word before the last place", () => {
    const t =
      "CRC told to improve\n\nInspectors rated Tarnside CRC 'Requires improvement'. The CRC supervises about 4,000 people across Orlby, Fenhall and south Marlshire.";
    expect(valueOf("provider", "provider", t)?.areas).toEqual(["Orlby", "Fenhall", "south Marlshire"]);
  });
  it("does not take the places a partner charity supports", () => {
    const t =
      "Youth service rated Good\n\nMarlshire Youth Justice Service (YJS) has been rated 'Good' by HM Inspectorate of Probation. A local charity that supports families across Orlby and Fenhall helped with the mentoring scheme.";
    expect(valueOf("provider", "provider", t)?.areas).toEqual([]);
  });
});

describe("page furniture: a comment count", () => {
  // (long enough that src/blocks keeps what follows a count this early: its trailer rule reads only the last 70% of the blocks)
  const body = [
    "HM Inspectorate of Probation published its report on Orlby Probation Delivery Unit on Tuesday, and I have read all of it so you do not have to.",
    "For the uninitiated: Orlby PDU covers Orlby, Fenhall and the Tarn valley villages, and supervises about 2,000 people.",
    ...Array.from({ length: 20 }, (_, i) => `Paragraph ${i + 1} of my thoughts on workloads, which are heavy everywhere this year.`),
  ].join("\n\n");
  const top = "A probation blog\n\nHome\n\nAbout\n\nContact\n\nOrlby PDU inspection: what it says\n\nPosted on 3 May 2023 by A Writer";
  it("is the post's meta line before the body (the body is not furniture)", () => {
    const t = `${top}\n\n7 Comments\n\n${body}`;
    expect(valueOf("provider", "provider", t)?.areas).toEqual(["Orlby", "Fenhall", "Tarn valley villages"]);
  });
  it("starts the comments after the body (what follows is furniture)", () => {
    const t = `${top}\n\nInspectors rated Orlby PDU 'Good' in a report published on Tuesday, and I have now read every page of it, twice, with a pot of tea.\n\n7 Comments\n\n${body}`;
    expect(valueOf("provider", "provider", t)?.areas).toEqual([]);
  });
});

describe("provider: a patch described with 'neighbouring', and a report dated 'last week'", () => {
  it("reads 'the neighbouring borough of X' as the provider's own patch, not a comparison", () => {
    const t =
      "What the inspection found\n\nRushby YJS works with children across the town of Rushby and the neighbouring borough of Coldwell Green. Most of its staff have been in post for years.";
    const p = valueOf("provider", "provider", t);
    expect(p?.name).toBe("Rushby Youth Justice Service");
    expect(p?.areas).toEqual(["Rushby", "Coldwell Green"]);
    const u = "What the inspection found\n\nHarnley PDU supervises people across Harnley and the neighbouring districts of Oakby and Pell. It was inspected in May.";
    expect(valueOf("provider", "provider", u)?.areas).toEqual(["Harnley", "Oakby", "Pell"]);
  });

  it("still reads 'the neighbouring <provider>' as a comparison", () => {
    const t =
      "Inspectors praise Dunmore YOT\n\nInspectors rated Dunmore YOT 'Good'. Dunmore YOT covers Dunmore. Staffing has been harder at the neighbouring Feltham Cross YOT, rated 'Inadequate' in 2022.";
    expect(valueOf("provider", "provider", t)?.name).toBe("Dunmore Youth Offending Team");
    expect(candidatesOf("provider", "alsoInspected", t)).toEqual([]);
  });

  it("reads 'Last week ... published its report on X' as X's report when X is the only provider named", () => {
    const t =
      "Good news for the youth service\n\nLast week the inspectorate published its report on Ambridge Youth Justice Service and rated it 'Good' overall.\n\nWe were delighted.";
    expect(valueOf("provider", "provider", t)?.name).toBe("Ambridge Youth Justice Service");
    expect(valueOf("subject", "subject", t)).toBe("provider-inspection");
    const u = "Unit rated Good\n\nEarlier this month, HM Inspectorate of Probation rated Kelby PDU 'Good'.";
    expect(valueOf("provider", "provider", u)?.name).toBe("Kelby Probation Delivery Unit");
  });

  it("still reads a report dated 'last week' as a neighbour's when another provider is named", () => {
    const t =
      "Inspectors rate Wexby PDU Good\n\nHM Inspectorate of Probation inspected Wexby PDU in March and rated it 'Good'. Wexby PDU supervises 1,800 people. Last week inspectors rated Orme PDU 'Inadequate'.";
    expect(valueOf("provider", "provider", t)?.name).toBe("Wexby Probation Delivery Unit");
    expect(candidatesOf("provider", "alsoInspected", t)).toEqual([]);
  });
});

describe("provider: a patch in the past tense ('worked with ... across')", () => {
  it("reads the places after 'worked with offenders across'", () => {
    const t =
      "Trust rated well\n\nHM Inspectorate of Probation inspected Marlow Vale Probation Trust in March. Marlow Vale Probation Trust worked with offenders across Tenby Moor, the City of Ashcombe and the Lune Valley.";
    expect(valueOf("provider", "provider", t)?.areas).toEqual(["Tenby Moor", "City of Ashcombe", "Lune Valley"]);
    const u = "Trust rated well\n\nInspectors rated Kestle Probation Trust 'Good'. The trust worked across Kestle and Penwith.";
    expect(valueOf("provider", "provider", u)?.areas).toEqual(["Kestle", "Penwith"]);
  });

  it("does not read a partner's 'worked with' sentence that names another provider", () => {
    const t =
      "Trust rated well\n\nInspectors rated Kestle Probation Trust 'Good'. Kestle Probation Trust covers Kestle. Before 2010 the Penrose Probation Trust worked with offenders across Penrose and Tolvan.";
    expect(valueOf("provider", "provider", t)?.areas).toEqual(["Kestle"]);
  });
});

describe("placeList: 'X of Y' names with a place-kind head", () => {
  const lists: [string, string[]][] = [
    ["Hull, the East Riding of Yorkshire, North Lincolnshire, North East Lincolnshire and Lincolnshire.", ["Hull", "East Riding of Yorkshire", "North Lincolnshire", "North East Lincolnshire", "Lincolnshire"]],
    ["the Soke of Peterborough and Rutland.", ["Soke of Peterborough", "Rutland"]],
    ["Penzance and the Isles of Scilly.", ["Penzance", "Isles of Scilly"]],
    // near miss: "of" before a lower-case word is not part of the name
    ["the East Riding of the county and York.", ["East Riding"]],
  ];
  for (const [t, want] of lists) {
    it(t, () => expect(placeList(t, 0).map((p) => p.text)).toEqual(want));
  }
});

describe("provider areas (held-out set 5)", () => {
  const lists: [string, string[]][] = [
    // "the villages of the X Valley": a "the" after "of" goes with the group words
    ["Orlby, Fenhall and the villages of the Tarn Valley.", ["Orlby", "Fenhall", "Tarn Valley"]],
    ["the towns of the Wenning Vale and Orlby.", ["Wenning Vale", "Orlby"]],
    ["Orlby and the villages of the river.", ["Orlby"]],
    // "as well as" joins list items
    ["the town of Orlby as well as Fenhall and Tarn Cross.", ["Orlby", "Fenhall", "Tarn Cross"]],
    ["Orlby as well as the villages of Fenhall and Tarn Cross.", ["Orlby", "Fenhall", "Tarn Cross"]],
    ["Orlby as well as working with the courts.", ["Orlby"]],
  ];
  for (const [t, want] of lists) {
    it(t, () => expect(placeList(t, 0).map((p) => p.text)).toEqual(want));
  }
  it("reads the places after 'the National Probation Service (NPS) in'", () => {
    const t =
      "NPS division rated\n\nThe National Probation Service (NPS) in Orlby, Fenhall and Tarnside is doing good work, inspectors said. Inspectors rated the Marlshire division of the National Probation Service 'Good'.";
    expect(valueOf("provider", "provider", t)?.areas).toEqual(["Orlby", "Fenhall", "Tarnside"]);
  });
  it("reads 'covers the town of X as well as Y and Z'", () => {
    const t =
      "Unit rated\n\nInspectors rated Orlby Probation Delivery Unit (PDU) 'Good'. The unit covers the town of Orlby as well as Fenhall and Tarn Cross.";
    expect(valueOf("provider", "provider", t)?.areas).toEqual(["Orlby", "Fenhall", "Tarn Cross"]);
  });
  it("does not read a bracket that is not an acronym", () => {
    const t =
      "NPS division rated\n\nInspectors rated the Marlshire division of the National Probation Service 'Good'. The probation service (which was inspected in March) in Orlby and Fenhall is doing good work.";
    expect(valueOf("provider", "provider", t)?.areas).toEqual([]);
  });
});

describe("placeList (held-out set 6): 'and the <describing word> <place>' after a list", () => {
  const lists: [string, string[]][] = [
    // an "and" before a lead word ends the list so far; a describing word before the place is dropped
    ["the towns of Orlby, Fenhall and Tarn Cross and the rural Wenning Vale.", ["Orlby", "Fenhall", "Tarn Cross", "Wenning Vale"]],
    ["Orlby and Fenhall and the coastal Marl Estuary.", ["Orlby", "Fenhall", "Marl Estuary"]],
    ["Kelby, Ashwick and the outlying Brack Moor.", ["Kelby", "Ashwick", "Brack Moor"]],
    // near miss: a describing word with no place after it ends the list
    ["Orlby, Fenhall and the rural areas around them.", ["Orlby", "Fenhall"]],
  ];
  for (const [t, want] of lists) {
    it(t, () => expect(placeList(t, 0).map((p) => p.text)).toEqual(want));
  }
  it("reads the last place of 'covers the towns of …, … and the rural …'", () => {
    const t =
      "Unit rated\n\nInspectors rated Orlby Probation Delivery Unit (PDU) 'Good'. It covers the towns of Orlby, Fenhall and Tarn Cross and the rural Wenning Vale.";
    expect(valueOf("provider", "provider", t)?.areas).toEqual(["Orlby", "Fenhall", "Tarn Cross", "Wenning Vale"]);
  });
});

describe("provider areas (held-out set 7 kinds)", () => {
  it("reads a counted group set before its places with a comma", () => {
    expect(placeList("the district’s three towns, Ashby, Kelby Moor and Orton. When", 0).map((p) => p.text)).toEqual(["Ashby", "Kelby Moor", "Orton"]);
    expect(placeList("its four boroughs, Ashby, Kelby, Orton and Wenning Vale.", 0).map((p) => p.text)).toEqual(["Ashby", "Kelby", "Orton", "Wenning Vale"]);
  });

  it("reads no list after a group with no count, nor after a possessive that is no group", () => {
    expect(placeList("the towns, Ashby and Kelby", 0)).toEqual([]);
    expect(placeList("the county’s schools, Ashby and Kelby", 0)).toEqual([]);
  });

  it("splits the last item of a comma list before 'and the rural district of'", () => {
    expect(placeList("the towns of Ashby, Kelby and Orton and the rural district of Wenning. At", 0).map((p) => p.text)).toEqual(["Ashby", "Kelby", "Orton", "Wenning"]);
    // with no comma list before it, an item's "and" is kept
    expect(placeList("Redcar and Cleveland and the surrounding towns of Guisborough", 0).map((p) => p.text)).toEqual(["Redcar and Cleveland", "Guisborough"]);
  });

  it("reads the areas of 'The PDU is part of the … region and covers …'", () => {
    const text =
      "Ashby and Kelby PDU rated Good\n\nHM Inspectorate of Probation has published its inspection of Ashby and Kelby Probation Delivery Unit (PDU), rating it Good.\n\nThe PDU is part of the Probation Service’s North Marsh region and covers the towns of Ashby, Kelby and Orton and the rural district of Wenning.\n\nInspectors examined 80 cases.";
    expect((valueOf("provider", "provider", text) as { areas: string[] }).areas).toEqual(["Ashby", "Kelby", "Orton", "Wenning"]);
  });
});

describe("provider (held-out set 11 kinds): a division named only as the service's own, and a provider named in a comparison", () => {
  const pv = (t: string) => valueOf("provider", "provider", t);

  it("takes 'rated the service's <Place> division' as the subject, not the division it compares with", () => {
    const t =
      "Watchdog criticises probation in Kestrelmoor\n\nThe part of the National Probation Service responsible for offenders across Ambleshire and Fenwick has been told to improve.\n\nHM Inspectorate of Probation rated the service’s Kestrelmoor division as “inadequate” overall.\n\nThe findings compare poorly with those for the NPS’s Lowmarsh division, which the inspectorate rated good last month.";
    const p = pv(t);
    expect(p?.name).toBe("National Probation Service Kestrelmoor division");
    expect(p?.type).toBe("NPS division");
    expect(candidatesOf("provider", "alsoInspected", t)).toEqual([]);
  });

  it("takes 'inspectors rated its <Place> division' where the text names the NPS", () => {
    const t =
      "Probation in the north\n\nThe National Probation Service has been told to do better in the north. Inspectors rated its Brackwater and Tarn division 'requires improvement'. Unlike NPS Lowmarsh, the division had too few staff.";
    expect(pv(t)?.name).toBe("National Probation Service Brackwater and Tarn division");
  });

  it("gives no provider, not the compared one, where the subject is never named", () => {
    const t =
      "Probation service told to improve\n\nThe part of the National Probation Service responsible for Ambleshire was rated 'inadequate'. The division's findings compare poorly with those for NPS Lowmarsh, which was rated 'good'.";
    expect(pv(t)).toBeNull();
    // "compared favourably to", "compares well with" are comparisons too
    expect(pv("Probation told to improve\n\nThe division was rated 'inadequate'. That compared favourably to NPS Lowmarsh, rated 'inadequate' last year.")).toBeNull();
  });

  it("does not take the service's division where no sentence rates it, nor where the text never names the service", () => {
    // named, but not as the thing rated
    expect(pv("Probation news\n\nThe National Probation Service said the service’s Kestrelmoor division had opened a new office.")).toBeNull();
    // rated, but no NPS named: a division of what?
    expect(pv("Watchdog report\n\nHM Inspectorate of Probation rated the service’s Kestrelmoor division as 'good'.")).toBeNull();
    // another body's division ("the Prison Service's") is not the service's own
    expect(pv("Watchdog report\n\nThe National Probation Service works with prisons. Inspectors rated the Prison Service’s Kestrelmoor division 'good'.")).toBeNull();
  });
});

describe("provider (held-out set 11 kinds): 'than X, which was rated ...' is a comparison", () => {
  it("does not take the provider a result is measured against", () => {
    const t =
      "Probation division rated inadequate\n\nThe result is far worse than for NPS Lowmarsh, which was rated 'good' in May. Inspectors rated NPS Kestrelmoor 'inadequate'.";
    expect(valueOf("provider", "provider", t)?.name).toBe("National Probation Service Kestrelmoor division");
    expect(candidatesOf("provider", "alsoInspected", t)).toEqual([]);
    const t2 =
      "Probation division rated inadequate\n\nStaffing was thinner than at NPS Lowmarsh, which inspectors graded 'good'. Inspectors rated NPS Kestrelmoor 'inadequate'.";
    expect(valueOf("provider", "provider", t2)?.name).toBe("National Probation Service Kestrelmoor division");
  });

  it("keeps a 'better than' that measures nothing against a provider", () => {
    const t = "Division rated good\n\nHM Inspectorate of Probation inspected the division in May. The news is better than many feared: NPS Kestrelmoor, which inspectors rated 'good', covers Ambleshire.";
    expect(valueOf("provider", "provider", t)?.name).toBe("National Probation Service Kestrelmoor division");
    const t2 = "Division rated good\n\nHM Inspectorate of Probation inspected the division in May. NPS Kestrelmoor did better than many feared. The division, which was rated 'good', covers Ambleshire.";
    expect(valueOf("provider", "provider", t2)?.name).toBe("National Probation Service Kestrelmoor division");
  });
});

describe("placeList: 'itself' after the home town", () => {
  const lists: [string, string[]][] = [
    ["Ashby itself, Kelby and the villages of the Orton valley, and sits in the North region.", ["Ashby", "Kelby", "Orton valley"]],
    ["Wrayfield itself and Tarnby.", ["Wrayfield", "Tarnby"]],
    // "itself" ending the list: nothing more to read
    ["Ashby itself.", ["Ashby"]],
  ];
  for (const [t, want] of lists) {
    it(t, () => expect(placeList(t, 0).map((p) => p.text)).toEqual(want));
  }
});

describe("provider areas: 'covers the work of the trust in …'", () => {
  it("reads the places after the provider's work", () => {
    const t =
      "Kelbyshire Probation Trust inspected\n\nHM Inspectorate of Probation has published its report on Kelbyshire Probation Trust. The report published today covers the work of the trust in Kelbyshire and the City of Orton. Inspectors rated the work well.";
    expect(valueOf("provider", "provider", t)?.areas).toEqual(["Kelbyshire", "City of Orton"]);
    const u =
      "Ashby CRC inspected\n\nHM Inspectorate of Probation inspected Ashby Community Rehabilitation Company. The inspection covered the work of the CRC across Ashby, Kelby and Orton. Inspectors found much to praise.";
    expect(valueOf("provider", "provider", u)?.areas).toEqual(["Ashby", "Kelby", "Orton"]);
  });

  it("reads no places after the work of someone else", () => {
    const t =
      "Kelbyshire Probation Trust inspected\n\nHM Inspectorate of Probation has published its report on Kelbyshire Probation Trust. The report covers the work of the police in Kelbyshire and the City of Orton. Inspectors rated the work well.";
    expect(valueOf("provider", "provider", t)?.areas ?? []).toEqual([]);
  });
});
