import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { candidatesOf } from "../helpers.js";
import { namesIn, cleanName, resolveShortName, fullNamesIn } from "../../src/extractors/lib/names.js";
import { readAttribution } from "../../src/extractors/lib/people.js";
import { quoteText } from "../../src/extractors/quotes.js";

const quotesOf = (text: string, format?: "text" | "html") => candidatesOf("quotes", "quotes", text, format).map((c) => c.value);
const seed = (name: string) => readFileSync(new URL(`../../fixtures/docs/${name}`, import.meta.url), "utf8");

describe("lib/names", () => {
  it("drops honorifics and letters after a name", () => {
    expect(cleanName("Dame Glenys Stacey")).toBe("Glenys Stacey");
    expect(cleanName("Martin Jones CBE")).toBe("Martin Jones");
    expect(cleanName("Cllr Jane O’Brien")).toBe("Jane O’Brien");
    expect(cleanName("interim Chief Inspector of Probation Sue McAllister")).toBe("Sue McAllister");
  });

  it("finds the name after a title and before a role", () => {
    expect(namesIn("HM Chief Inspector of Prisons Charlie Taylor").map((n) => n.name)).toEqual(["Charlie Taylor"]);
    expect(namesIn("Omar Rahman, Director of Operations, at Northshire CRC").map((n) => n.name)).toEqual(["Omar Rahman"]);
    expect(namesIn("Chief Executive of Bright Paths Group Ian Moss").map((n) => n.name)).toEqual(["Ian Moss"]);
  });

  it("reads a name with a possessive", () => {
    expect(namesIn("Chief Inspector of Probation Wendy Marsh’s report").map((n) => n.name)).toEqual(["Wendy Marsh"]);
    expect(namesIn("Dame Ruth’s view").map((n) => n.name)).toEqual(["Ruth"]);
    expect(namesIn("Northshire’s Wendy Marsh said").map((n) => n.name)).toEqual(["Wendy Marsh"]);
  });

  it("keeps name particles", () => {
    expect(namesIn("Sarah de Souza, head of the unit").map((n) => n.name)).toEqual(["Sarah de Souza"]);
    expect(namesIn("Director Jan van der Berg").map((n) => n.name)).toEqual(["Jan van der Berg"]);
  });

  it("keeps a single word only after an honorific", () => {
    expect(namesIn("Mr Okafor")[0]).toMatchObject({ name: "Okafor", honorific: "mr" });
    expect(namesIn("Speaking today")).toEqual([]);
    expect(namesIn("Northshire CRC")).toEqual([]);
  });

  it("resolves a short form to the full name given elsewhere", () => {
    const known = fullNamesIn("Chief Inspector of Probation Wendy Marsh visited. Later Dame Ruth Allen spoke.");
    expect(resolveShortName("Marsh", "ms", known, 500)).toBe("Wendy Marsh");
    expect(resolveShortName("Ruth", "dame", known, 500)).toBe("Ruth Allen");
    expect(resolveShortName("Ruth", "ms", known, 500)).toBeNull();
    expect(resolveShortName("Nobody", "mr", known, 500)).toBeNull();
  });
});

describe("lib/people: reading an attribution", () => {
  const index = { known: fullNamesIn("Chief Inspector of Probation Wendy Marsh said so.") };
  it("reads people, pronouns, organisations and the report", () => {
    expect(readAttribution("Chief Inspector of Probation Wendy Marsh", 100, index)).toMatchObject({
      kind: "person",
      name: "Wendy Marsh",
      role: "Chief Inspector of Probation",
    });
    expect(readAttribution("Ms Marsh", 100, index)).toMatchObject({ kind: "person", name: "Wendy Marsh", role: null });
    expect(readAttribution("she", 100, index)).toMatchObject({ kind: "pronoun" });
    expect(readAttribution("a Ministry of Justice spokesperson", 100, index)).toMatchObject({ kind: "organisation", name: "Ministry of Justice" });
    expect(readAttribution("A spokesman for Hillside Partnership", 100, index)).toMatchObject({ kind: "organisation", name: "Hillside Partnership" });
    expect(readAttribution("Northshire CRC", 100, index)).toMatchObject({ kind: "organisation", name: "Northshire CRC" });
    expect(readAttribution("The inspectorate", 100, index)).toMatchObject({ kind: "inspectorate" });
    expect(readAttribution("The report", 100, index)).toMatchObject({ kind: "inspectorate" });
    expect(readAttribution("Commenting on the findings, Ms Marsh", 100, index)).toMatchObject({ name: "Wendy Marsh" });
  });

  it("reads the title alone as the Chief Inspector when known", () => {
    expect(readAttribution("The Chief Inspector", 100, index, { chiefInspector: "Wendy Marsh" })).toMatchObject({ kind: "person", name: "Wendy Marsh" });
    expect(readAttribution("The Chief Inspector", 100, index)).toMatchObject({ kind: "unknown" });
  });

  it("reads the provider for `the CRC`", () => {
    expect(readAttribution("The CRC", 100, index, { providerName: "Northshire CRC" })).toMatchObject({ kind: "organisation", name: "Northshire CRC" });
  });

  it("keeps a name that starts with an opening word (`And`, `But`, `Also`, `Today`) whole", () => {
    const none = { known: [] };
    expect(readAttribution("Andrew Pellow", 0, none)).toMatchObject({ kind: "person", name: "Andrew Pellow" });
    expect(readAttribution("Butler Amadi, head of service", 0, none)).toMatchObject({ kind: "person", name: "Butler Amadi", role: "head of service" });
    expect(readAttribution("Alsop Grainger", 0, none)).toMatchObject({ kind: "person", name: "Alsop Grainger" });
    expect(readAttribution("Todaro Venn", 0, none)).toMatchObject({ kind: "person", name: "Todaro Venn" });
    // the opening words themselves are still dropped
    expect(readAttribution("But, Andrew Pellow", 0, none)).toMatchObject({ kind: "person", name: "Andrew Pellow" });
    expect(readAttribution("And Alsop Grainger", 0, none)).toMatchObject({ kind: "person", name: "Alsop Grainger" });
  });

  it("gives quotes to speakers whose first names start with an opening word", () => {
    const q = quotesOf(
      "Headline\n\nThe unit was rated ‘Good’.\n\n“Staff know the people they supervise,” said Andrew Pellow, head of the unit.\n\nButler Amadi said: “We are proud of the team.”\n\nAlso speaking, Alsop Grainger said: “There is more to do.”",
    );
    expect(q.map((x) => x.speaker)).toEqual(["Andrew Pellow", "Butler Amadi", "Alsop Grainger"]);
  });
});

describe("quotes: text", () => {
  it("folds white space inside paragraphs and keeps paragraph breaks", () => {
    expect(quoteText("One  two\nthree.\n\n  Four   five. ")).toBe("One two three.\n\nFour five.");
  });
});

describe("quotes: speaker and role", () => {
  it("gives a later `Mr X` quote the full name and the role stated earlier", () => {
    const q = quotesOf(
      "Probation service told to improve\n\nChief Inspector of Probation Wendy Marsh said: “The service has made progress but must now focus on risk.”\n\nInspectors examined 80 cases.\n\nMs Marsh said: “Staff need more training in assessing harm to children.”",
    );
    expect(q).toEqual([
      { speaker: "Wendy Marsh", role: "Chief Inspector of Probation", text: "The service has made progress but must now focus on risk." },
      { speaker: "Wendy Marsh", role: "Chief Inspector of Probation", text: "Staff need more training in assessing harm to children." },
    ]);
  });

  it("drops honorifics and letters after the name", () => {
    const q = quotesOf(
      "Youth service praised\n\nHM Chief Inspector of Probation, Alan Reeve CBE, said: “This is an excellent service for children and families.”",
    );
    expect(q[0]).toMatchObject({ speaker: "Alan Reeve" });
  });

  it("resolves `Dame X` to the full name", () => {
    const q = quotesOf(
      "Headline\n\nThe report was published by Dame Helen Frost, Chief Inspector of Probation.\n\nDame Helen said: “The trust has done well in difficult times, and staff should be proud.”",
    );
    expect(q[0]).toMatchObject({ speaker: "Helen Frost", role: "Chief Inspector of Probation" });
  });

  it("reads `Name, Role, at Org said`", () => {
    const q = quotesOf("Headline\n\nPriya Nair, Head of Quality, at Westshire CRC said: “We welcome the report and have already acted on it.”");
    expect(q[0]).toMatchObject({ speaker: "Priya Nair", role: "Head of Quality" });
  });

  it("gives `he added` and an unattributed follow-on paragraph to the previous speaker", () => {
    const q = quotesOf(
      "Headline\n\nCouncillor Sam Pike, cabinet member for children, said: “We are pleased with the rating.”\n\n“We will keep improving, and we will listen to families,” he added.",
    );
    expect(q.map((x) => x.speaker)).toEqual(["Sam Pike", "Sam Pike"]);
    expect(q[1]!.role).toBe("cabinet member for children");
  });

  it("lets organisations speak", () => {
    const q = quotesOf(
      "Headline\n\nA Ministry of Justice spokesperson said: “We are investing in more probation staff across the country.”\n\nA spokesperson for Bright Paths said: “We accept the findings in full and have a plan in place.”\n\nNorthshire CRC said: “Public safety remains our first priority in all our work.”",
    );
    expect(q.map((x) => x.speaker)).toEqual(["Ministry of Justice", "Bright Paths", "Northshire CRC"]);
    expect(q[0]!.role).toBe("spokesperson");
  });

  it("gives text quoted from the report to the inspectorate when the document names it", () => {
    const q = quotesOf(
      "Headline\n\nHM Inspectorate of Probation inspected the service in May.\n\nThe report said: “Leaders have a clear vision and staff feel valued by their managers.”",
    );
    expect(q[0]).toMatchObject({ speaker: "HM Inspectorate of Probation", role: null });
  });

  it("leaves the report's speaker null when no inspectorate is named", () => {
    const q = quotesOf("Headline\n\nThe report said: “Leaders have a clear vision and staff feel valued by their managers.”");
    expect(q[0]).toMatchObject({ speaker: null });
  });

  it("gives a role null when the document states none", () => {
    const q = quotesOf("Headline\n\nLocal resident Joan Webb said: “I had no idea the service was struggling this much.”");
    expect(q[0]!.speaker).toBe("Joan Webb");
  });

  it("reads the seeds' quotes with their speakers", () => {
    const q = quotesOf(seed("news-merseyside-crc-2020.txt"));
    expect(q.map((x) => [x.speaker, x.role])).toEqual([
      ["Justin Russell", "Chief Inspector of Probation"],
      ["Justin Russell", "Chief Inspector of Probation"],
      ["John Quick", "Director of Operations"],
    ]);
    expect(q[2]!.text.split("\n\n")).toHaveLength(3);
  });
});

describe("quotes: more shapes of attribution", () => {
  it("reads `Name told the paper: “…”`", () => {
    const q = quotesOf("Headline\n\nChief Inspector of Probation Wendy Marsh visited.\n\nMs Marsh told the Gazette: “The staff here are stretched to breaking point.”");
    expect(q[0]).toMatchObject({ speaker: "Wendy Marsh", role: "Chief Inspector of Probation" });
  });

  it("reads a dash attribution after the quote", () => {
    const q = quotesOf("Headline\n\n“We have made real progress and our staff deserve the credit.” – Ann Lee, Chief Executive of Westshire CRC");
    expect(q).toEqual([{ speaker: "Ann Lee", role: "Chief Executive of Westshire CRC", text: "We have made real progress and our staff deserve the credit." }]);
  });

  it("reads `According to the report, “…”` as the inspectorate's words", () => {
    const q = quotesOf("Headline\n\nHMI Probation rated the unit Good.\n\nAccording to the report, “too many people were seen only by telephone during the year.”");
    expect(q).toEqual([{ speaker: "HM Inspectorate of Probation", role: null, text: "too many people were seen only by telephone during the year." }]);
  });

  it("reads a pronoun set inside the sentence: `The inspectorate, she added, “…`", () => {
    const q = quotesOf(
      "Headline\n\nDame Ruth Allen, HM Chief Inspector of Probation, said: “The work here is good.”\n\nThe inspectorate, she added, “found the best practice we have seen in years.”",
    );
    expect(q.map((x) => x.speaker)).toEqual(["Ruth Allen", "Ruth Allen"]);
  });

  it("reads `X: “…”` with no speech verb", () => {
    const q = quotesOf("Headline\n\nChief Inspector of Probation Wendy Marsh: “Some signs of progress this year, but caseloads are still far too high.”");
    expect(q[0]).toMatchObject({ speaker: "Wendy Marsh", role: "Chief Inspector of Probation" });
  });

  it("resolves a bare surname in a blog's `Russell says`", () => {
    const q = quotesOf("Headline\n\nChief Inspector Wendy Marsh published the report.\n\nMarsh says: “This service is a long way from where it should be.”");
    expect(q[0]!.speaker).toBe("Wendy Marsh");
  });

  it("keeps a quote whole across a 'Top stories' list and an advert", () => {
    const q = quotesOf(
      "Headline\n\nA Northshire CRC spokesperson said: “We welcome the report.\n\nTop stories\n\n• Man fined for fly-tipping\n\n• Bus lane cameras switched on\n\n“We have already acted on every recommendation.”",
    );
    expect(q).toEqual([{ speaker: "Northshire CRC", role: "spokesperson", text: "We welcome the report.\n\nWe have already acted on every recommendation." }]);
  });

  it("prefers the speaker over a name in an aside", () => {
    const q = quotesOf("Headline\n\nAsked about West Midlands, Mr Hale said: “We are worried about staffing there.”\n\nTom Hale is the Chief Inspector.");
    expect(q[0]!.speaker).toBe("Tom Hale");
  });
});

describe("quotes: attributions that wrap their speaker", () => {
  it("reads 'As the report puts it:' and 'In the words of the report:' as the inspectorate's, 'as Ms X put it' as hers", () => {
    const lead = "Probation unit told to improve\n\nHM Inspectorate of Probation published its report on the Dunmore unit today.\n\n";
    for (const intro of ["As the report puts it:", "In the words of the report:"]) {
      const q = quotesOf(`${lead}${intro}\n\n\u201cStaff were doing the urgent things and leaving the important ones.\u201d`);
      expect(q[0]).toMatchObject({ speaker: "HM Inspectorate of Probation" });
    }
    const named = quotesOf(`${lead}Jane Corrow, who chairs the probation board, was blunt. As Ms Corrow put it:\n\n\u201cWe have too few officers for the work we are asked to do.\u201d`);
    expect(named[0]).toMatchObject({ speaker: "Jane Corrow" });
  });

  it("leaves other attributions as they are", async () => {
    const { whoseWords } = await import("../../src/extractors/quotes.js");
    expect(whoseWords("A Probation Service spokesperson")).toEqual({ text: "A Probation Service spokesperson", offset: 0 });
    expect(whoseWords("As the report puts it")).toEqual({ text: "the report", offset: 3 });
    expect(whoseWords("Inspectors")).toEqual({ text: "Inspectors", offset: 0 });
  });
});

describe("quotes: pull quotes", () => {
  it("drops a pull quote that repeats part of a longer quote", () => {
    const q = quotesOf(
      "Headline\n\n“Staff are stretched to breaking point in every office we visited.”\n\nChief Inspector Wendy Marsh said: “We found real commitment. But staff are stretched to breaking point in every office we visited.”",
    );
    expect(q).toHaveLength(1);
    expect(q[0]!.speaker).toBe("Wendy Marsh");
  });
});

describe("quotes: organisations with asides", () => {
  it("reads the organisation before a `which …` aside", () => {
    const q = quotesOf("Headline\n\nNorthshire CRC, which is owned by Bright Paths, said: “We accept the findings and are acting on them now.”");
    expect(q[0]).toMatchObject({ speaker: "Northshire CRC" });
  });

  it("reads `In a statement, the Ministry of Justice said:`", () => {
    const q = quotesOf("Headline\n\nIn a statement released on Thursday, the Ministry of Justice said: “We are recruiting more staff.”");
    expect(q[0]).toMatchObject({ speaker: "Ministry of Justice" });
  });
});

describe("quotes: pronouns", () => {
  it("gives `He said:` to the person named in the paragraph before", () => {
    const q = quotesOf("Headline\n\nTom Hale, Chief Inspector of Probation, said the CRC was “making progress”.\n\nHe said: “The CRC has made progress. More is needed.”");
    expect(q[0]).toMatchObject({ speaker: "Tom Hale", role: "Chief Inspector of Probation" });
  });

  it("gives a pronoun to a newly named person rather than the previous speaker", () => {
    const q = quotesOf(
      "Headline\n\nChief Inspector Tom Hale said: “The service must improve.”\n\nThe CRC’s director, Ms Ana Ruiz, responded to the findings.\n\nShe said: “We accept the report in full.”",
    );
    expect(q.map((x) => x.speaker)).toEqual(["Tom Hale", "Ana Ruiz"]);
  });

  it("does not take a name inside the quote for the pronoun", () => {
    const q = quotesOf(
      "Headline\n\nChief Inspector Tom Hale said: “The service must improve.”\n\n“We met Ms Ana Ruiz and her team, who were keen to learn,” he added.",
    );
    expect(q.map((x) => x.speaker)).toEqual(["Tom Hale", "Tom Hale"]);
  });
});

describe("quotes: the Chief Inspector by title in a sentence", () => {
  it("gives `The Chief Inspector reports that:` to the Chief Inspector named elsewhere", () => {
    const q = quotesOf(
      "Headline\n\nThe outgoing Chief Inspector of Probation, Rob Hart, published his report.\n\nThe Chief Inspector reports, in his overall assessment, that:\n\n‘The service is struggling. Staffing is the main reason.’",
    );
    expect(q[0]).toMatchObject({ speaker: "Rob Hart", text: "The service is struggling. Staffing is the main reason." });
  });
});

describe("quotes: organisation names", () => {
  it("drops an abbreviation in brackets after the organisation", () => {
    const q = quotesOf("Headline\n\nA spokesperson for the Ministry of Justice (MoJ) said: “We are hiring more probation officers this year.”");
    expect(q[0]).toMatchObject({ speaker: "Ministry of Justice", role: "spokesperson" });
  });
});

describe("quotes: signatures, first names and reported openings", () => {
  it("gives a blockquote's `-- Name, Role` signature as speaker and role", () => {
    const q = quotesOf("# Headline\n\n> “The trust has steadied after a hard year, and its staff should be proud.”\n>\n> -- Helen Carr, HM Chief Inspector of Probation");
    expect(q).toEqual([{ speaker: "Helen Carr", role: "HM Chief Inspector of Probation", text: "The trust has steadied after a hard year, and its staff should be proud." }]);
  });

  it("names a person given by first name and age, for the quote after the attribution too", () => {
    const q = quotesOf(
      "Headline\n\n“The scheme found me a flat and a job in the same month,” said Kelly, 41, who left custody last spring. “I had never had that before.”",
    );
    expect(q.map((x) => x.speaker)).toEqual(["Kelly", "Kelly"]);
    expect(q[0]!.role).toBeNull();
  });

  it("names a first-name speaker introduced by a who clause before the quote", () => {
    const q = quotesOf("Headline\n\nMarcus, who was supported by a mentor for a year, said: “Having someone to call made all the difference to me.”");
    expect(q[0]).toMatchObject({ speaker: "Marcus", role: null });
  });

  it("does not take a lone capitalised word as a person", () => {
    const a = readAttribution("Nacro", 0, { known: [] });
    expect(a.kind).not.toBe("person");
  });

  it("reads `In a statement, X said` and `X, who chairs …, said:`", () => {
    const q1 = quotesOf("Headline\n\nIn a statement, Rachel Gough said: “We will study the report closely and act on it.”");
    expect(q1[0]!.speaker).toBe("Rachel Gough");
    const q2 = quotesOf("Headline\n\nOwen Pryce, who chairs the local reducing reoffending board, said: “These findings make uncomfortable reading for all of us.”");
    expect(q2[0]).toMatchObject({ speaker: "Owen Pryce", role: null });
  });

  it("reads `X told the [paper]:` and the role in `X, head of the Y PDU, said`", () => {
    const q1 = quotesOf("Headline\n\nAnita Desai told the Northern Echo: “Staff are doing their best with too little.”");
    expect(q1[0]).toMatchObject({ speaker: "Anita Desai", role: null });
    const q2 = quotesOf("Headline\n\nGareth Lloyd, head of the Coastshire PDU, said: “We have already started on the recommendations.”");
    expect(q2[0]).toMatchObject({ speaker: "Gareth Lloyd", role: "head of the Coastshire PDU" });
  });

  it("keeps the role of `Chief Inspector Dame Name` without the honorific", () => {
    const q = quotesOf("Headline\n\nChief Inspector of Probation Dame Alison Reed visited in June.\n\nDame Alison said: “Much has improved but much remains to do.”");
    expect(q[0]).toMatchObject({ speaker: "Alison Reed", role: "Chief Inspector of Probation" });
  });
});

describe("quotes: speakers named in passing", () => {
  const post = [
    "Kestrel Moor CRC: a hard read",
    "The probation inspectorate's report on Kestrel Moor Community Rehabilitation Company is out, and Sir Anthony Pell's inspectors did not hold back.",
    "This line from the report stayed with me:",
    "“Officers were holding more than ninety cases each, and some had stopped reading case records before appointments.”",
    "Sir Anthony was blunt in person too. He said: “Nobody can supervise ninety people well, however hard they try.”",
    "A Moorland Justice statement, released this morning, said: “We accept the findings in full and will act on them.”",
  ].join("\n\n");

  it("gives words quoted from the report to the inspectorate, a pronoun to the titled name before it, and a statement to its organisation", () => {
    const q = quotesOf(post);
    expect(q.map((x) => x.speaker)).toEqual(["HM Inspectorate of Probation", "Anthony Pell", "Moorland Justice"]);
  });
});

describe("lib/names: titles of other inspectorates", () => {
  it("does not take the field of a title for a first name", () => {
    expect(namesIn("HM Inspector of Constabulary Amir Castellane-Hughes added")[0]?.name).toBe("Amir Castellane-Hughes");
    expect(namesIn("HM Chief Inspector of Education Rosa Lindqvist said")[0]?.name).toBe("Rosa Lindqvist");
  });
});

describe("quotes (held-out 3)", () => {
  it("'he said' after reported speech by a newly named person is theirs, not the previous speaker's", () => {
    const text =
      "Headline about the team\n\nCouncillor Mary Quillan, the cabinet member for children, said the council accepted the findings.\n\n\"We are proud of what the team has done,\" she said.\n\nTeam manager Owen Threlkeld said a new training course had started in January.\n\n\"Everyone here wants to get this right for young people and for the public,\" he said.";
    const qs = quotesOf(text);
    expect(qs.map((q) => q.speaker)).toEqual(["Mary Quillan", "Owen Threlkeld"]);
  });

  it("a named person mentioned without speaking does not take the quote", () => {
    const text =
      "Headline about the team\n\nCouncillor Mary Quillan said: \"We accept the findings in full and we will act on them.\"\n\nThe report was written by lead inspector Tom Barrowclough and published on Tuesday.\n\n\"But we know there is more to do,\" she said.";
    expect(quotesOf(text).map((q) => q.speaker)).toEqual(["Mary Quillan", "Mary Quillan"]);
  });

  it("reads a quoted sentence inside a paragraph after reported speech, attributed after it", () => {
    const text =
      "Headline about the service\n\n“The board must act now,” said Ruth Penhale, the Chief Inspector.\n\nMs Penhale said managers had been given little information. “They did not ask for it either, and that must change,” she added.";
    const qs = quotesOf(text);
    expect(qs.map((q) => [q.speaker, q.text])).toEqual([
      ["Ruth Penhale", "The board must act now,"],
      ["Ruth Penhale", "They did not ask for it either, and that must change,"],
    ]);
    const named = "Headline\n\nThe minister spoke. Mr Oduya said the plan was late. \"We will not wait for it any longer,\" added Mr Oduya.";
    expect(quotesOf(named).map((q) => q.text)).toEqual(["We will not wait for it any longer,"]);
  });

  it("a quoted fragment inside a sentence is no quote", () => {
    const text = "Headline about the service\n\nShe said the work was \"extremely tight, in places,\" and left it there. The staff called it \"a false economy,\" she added.";
    expect(quotesOf(text)).toEqual([]);
  });
});

describe("quotes: speakers from the paragraph above and after another voice (held-out set 4 kinds)", () => {
  const speakers = (text: string, format?: "text" | "html") => quotesOf(text, format).map((q) => [q.speaker, q.text.slice(0, 20)]);

  it("gives an unattributed quote paragraph to the one person whose speech the paragraph above reports", () => {
    const texts = [
      "Headline here\n\nDame Jane Holloway, who became chief inspector in 2019, praised the staff. She said many people were being seen too rarely.\n\n\"Probation is built on relationships, and people who may pose a risk must be seen.\"\n\nMore text follows here.",
      "Headline here\n\nThe interim Chief Inspector, Jane Holloway, was warm about the service. She described it as \"a team that gets the small things right\", and went on:\n\n\"Probation is built on relationships, and people who may pose a risk must be seen.\"\n\nMore text follows here.",
    ];
    for (const t of texts) expect(speakers(t), t).toContainEqual(["Jane Holloway", "Probation is built o"]);
  });

  it("leaves such a quote unattributed when the paragraph above names two people", () => {
    const text =
      "Headline here\n\nJane Holloway met Peter Ashdown at the office. She said many people were being seen too rarely.\n\n\"Probation is built on relationships, and people who may pose a risk must be seen.\"\n\nMore text follows here.";
    expect(speakers(text)).toContainEqual([null, "Probation is built o"]);
  });

  it("gives 'she said:' after the report's words to the person named since, not the inspectorate", () => {
    const text = [
      "Headline here",
      "HM Inspectorate of Probation published its report on the service today.",
      "One passage from the report is worth quoting in full:",
      "\u201cChildren told us that their workers were reliable and honest with them.\u201d",
      "The service\u2019s head, Dele Amadi-Stone, has led it since 2020. When we asked her what had made the difference, she said:",
      "\u201cIt\u2019s the team. We have kept our people and our caseloads low.\u201d",
    ].join("\n\n");
    expect(speakers(text)).toContainEqual(["Dele Amadi-Stone", "It’s the team. We ha"]);
  });

  it("gives `\"…,\" she added.` to the person named with a comma before 'said', not the previous speaker", () => {
    const text = [
      "Headline here",
      "Chief Inspector of Probation Martin Jones said:",
      "\"The unit has made real progress since our last visit, and staff feel supported.\"",
      'The unit\'s head, Ola Brennan-Ward, said the team was "encouraged" by the report. "We know where we need to improve, and we have a plan," she added.',
    ].join("\n\n");
    expect(speakers(text)).toContainEqual(["Ola Brennan-Ward", "We know where we nee"]);
  });
});

describe("quotes: a caption between a quote's paragraphs, a titled name's reported speech, a circumstance before the pronoun", () => {
  const speakersOf = (text: string, format?: "text" | "html") => quotesOf(text, format).map((q) => [(q as { speaker: string | null }).speaker, (q as { text: string }).text]);

  it("joins a quote's two paragraphs across a picture caption, with the second's attribution", () => {
    const text = [
      "Inspectors rated the trust Requires improvement.",
      "",
      "Chief Inspector of Probation Martin Kewley said staff at the trust were committed.",
      "",
      "“We met officers who knew their cases well, and the projects were good.",
      "",
      "Photo: The trust's offices in Mill Lane. Picture: Ana Rowe / Dunmere Post",
      "",
      "“But too many cases lacked a plan to keep people safe,” he said.",
    ].join("\n");
    expect(speakersOf(text)).toEqual([
      ["Martin Kewley", "We met officers who knew their cases well, and the projects were good.\n\nBut too many cases lacked a plan to keep people safe,"],
    ]);
  });

  it("does not join two closed quotes around a caption, nor across a paragraph that is no caption", () => {
    const closed = "Martin Kewley said: “The first point is made here in full.”\n\nPicture: Ana Rowe\n\n“A second quote, unattributed, stands alone here.”";
    expect(quotesOf(closed)).toHaveLength(2);
    const prose = "Martin Kewley said staff were committed.\n\n“We met officers who knew their cases well.\n\nThe report was published on Tuesday by the inspectorate.\n\n“But too many cases lacked a plan,” he said.";
    expect(quotesOf(prose).length).not.toBe(1);
  });

  it("gives an unattributed quote to the titled person whose reported speech opens the paragraph above", () => {
    const text = "Dame Olwen Hart, the Chief Inspector, praised the division.\n\nDame Olwen said the picture at the company was worse. Staff were unsure of their roles.\n\n“Too many people are seen briefly, and little is done to help them.”";
    expect(speakersOf(text)).toEqual([["Olwen Hart", "Too many people are seen briefly, and little is done to help them."]]);
    // another person's title: not resolved to her
    const other = "Dame Olwen Hart, the Chief Inspector, praised the division.\n\nMr Baxter said the picture at the company was worse.\n\n“Too many people are seen briefly, and little is done to help them.”";
    expect(speakersOf(other)[0]![0]).not.toBe("Olwen Hart");
  });

  it("reads 'In the press release she' as the pronoun", () => {
    expect(readAttribution("In the inspectorate's press release she", 0, { known: [] } as never).kind).toBe("pronoun");
    expect(readAttribution("On the radio this morning he", 0, { known: [] } as never).kind).toBe("pronoun");
    expect(readAttribution("In the inspectorate's press release", 0, { known: [] } as never).kind).not.toBe("pronoun");
  });
});

describe("quotes (held-out set 6)", () => {
  it("gives a blockquote after a lead-in 'before going on:' to the one person named in it", () => {
    const t = [
      "Orlby PDU rated Good",
      "Inspectors rated Orlby PDU 'Good'.",
      "Ann Ferrers, HM Chief Inspector of Probation, called the unit “well run”, before going on:",
      "> “Staff here are doing good work. Leaders must now fill their vacancies.”",
    ].join("\n\n");
    expect(quotesOf(t)).toEqual([{ speaker: "Ann Ferrers", role: "HM Chief Inspector of Probation", text: "Staff here are doing good work. Leaders must now fill their vacancies." }]);
    const u = ["Orlby PDU rated Good", "Inspectors rated Orlby PDU 'Good'.", "Tom Pask, the unit's head, thanked his staff, adding:", "> “We will not stand still. There is more to do.”"].join("\n\n");
    expect(quotesOf(u)[0]?.speaker).toBe("Tom Pask");
  });

  it("does not give such a quote to anyone when the lead-in names two people", () => {
    const t = [
      "Orlby PDU rated Good",
      "Inspectors rated Orlby PDU 'Good'.",
      "Ann Ferrers praised the work of Tom Pask's team as “solid”, before going on:",
      "> “Staff here are doing good work. Leaders must now fill their vacancies.”",
    ].join("\n\n");
    expect(quotesOf(t)[0]?.speaker).toBeNull();
  });

  it("reads a spokesperson for an organisation with an aside after it as the organisation", () => {
    expect(readAttribution("A spokesperson for Orlby District Council, which jointly funds the service", 0, { known: [] })).toEqual({
      kind: "organisation",
      name: "Orlby District Council",
      role: "spokesperson",
    });
    expect(readAttribution("A spokesman for the Marl Housing Trust, whose tenants include many people on probation", 0, { known: [] })).toMatchObject({
      kind: "organisation",
      name: "Marl Housing Trust",
    });
    // near miss: a person with an aside stays a person
    expect(readAttribution("Jane Ashby, who chairs the board", 0, { known: [] })).toMatchObject({ kind: "person", name: "Jane Ashby" });
  });
});

describe("quotes (held-out set 7): reported speech by a person named in full above an unattributed quote", () => {
  it("gives the quote, and a `“…,” she added. “…”` after it, to the person whose speech the paragraph above reports", () => {
    const text =
      "Headline here\n\nThe report was published today by Sir Alan Marsh, Chief Inspector of Probation.\n\nSir Alan Marsh said Dunmore’s officers were “deeply committed” to the\npeople they supervised, and that managers had been open with inspectors\nabout the weaknesses of the service.\n\n“People here are treated with dignity, and that matters.\n\n“But a service must also keep the public safe.”\n\n“The board knows what it must do,” he added. “We will\nreturn to see progress.”\n\nMore text here.";
    const qs = quotesOf(text);
    expect(qs.map((q) => q.speaker)).toEqual(["Alan Marsh", "Alan Marsh", "Alan Marsh"]);
  });

  it("reads 'X told the panel' the same way", () => {
    const text = "Headline here\n\nPress release text.\n\nJune Okoro told the panel the changes had come too slowly.\n\n“We must move faster than this.”\n\nMore text here.";
    expect(quotesOf(text).map((q) => q.speaker)).toEqual(["June Okoro"]);
  });

  it("leaves the quote unattributed when the person named above does not speak", () => {
    const text = "Headline here\n\nPress release text.\n\nJune Okoro chaired the board that agreed the changes last year.\n\n“We must move faster than this.”\n\nMore text here.";
    expect(quotesOf(text).map((q) => q.speaker)).toEqual([null]);
  });
});

describe("quotes (held-out set 7): a passage of the report quoted after a lead-in naming it", () => {
  const page = (lead: string) =>
    `<html><body><article><h1>Headline here</h1><p>HM Inspectorate of Probation published its report on the Dunmore region this week.</p><p>${lead}</p><blockquote><p>“Several officers told us they had not seen a manager for months, and some new staff held cases of very high risk.”</p></blockquote><p>More text here.</p></article></body></html>`;

  it("gives the passage to the inspectorate", () => {
    for (const lead of [
      "The report itself is blunter than the press release. This passage, about one of the offices, stopped me cold:",
      "I have read the full report twice. One extract stands out:",
    ]) {
      expect(quotesOf(page(lead), "html").map((q) => q.speaker), lead).toEqual(["HM Inspectorate of Probation"]);
    }
  });

  it("does not when the lead-in names no report", () => {
    const lead = "The minister’s speech was blunter than I expected. This passage, about one of the offices, stopped me cold:";
    expect(quotesOf(page(lead), "html").map((q) => q.speaker)).toEqual([null]);
  });
});

describe("quotes (held-out set 10 kind): a passage after a paragraph on the report, and 'She went on to say that …'", () => {
  const page = (before: string) =>
    `<html><body><article><h1>Headline here</h1><p>HM Inspectorate of Probation published its report on the Dunmore region this week.</p><p>I worked in these offices for many years.</p><p>${before}</p><p>The part that struck me most:</p><blockquote><p>“Most of the people we spoke to had not seen their officer for weeks.”</p></blockquote><p>More text here.</p></article></body></html>`;

  it("gives a passage to the inspectorate when the paragraph before its lead-in is on the report", () => {
    for (const before of [
      "These reports never come with a grade, but the verdict is blunt.",
      "The inspectors did not mince their words this time.",
    ]) {
      const page2 = page(before).replace("The part that struck me most:", "The passage that struck me most:");
      expect(quotesOf(page2, "html").map((q) => q.speaker), before).toEqual(["HM Inspectorate of Probation"]);
    }
  });

  it("does not when the paragraph before names no report", () => {
    const page2 = page("The weather was poor and the trains were late.").replace("The part that struck me most:", "The passage that struck me most:");
    expect(quotesOf(page2, "html").map((q) => q.speaker)).toEqual([null]);
    // nor when the lead-in names no passage
    expect(quotesOf(page("These reports never come with a grade, but the verdict is blunt."), "html").map((q) => q.speaker)).toEqual([null]);
  });

  const story = (middle: string) =>
    [
      "Headline here",
      "",
      "Press release text about the report published today.",
      "",
      "“Staff are trying hard,” Dame Ruth Kemble, the Chief Inspector of Probation, said.",
      "",
      middle,
      "",
      "“Officers told us their caseloads were not safe. That must change.”",
      "",
      "More text here.",
    ].join("\n");

  it("gives a quote under 'She went on to say that …' to the speaker of the quote before", () => {
    for (const middle of ["She went on to say that the owners had to look again at staffing.", "She added that the owners had to look again at staffing."]) {
      expect(quotesOf(story(middle)).map((q) => q.speaker), middle).toEqual(["Ruth Kemble", "Ruth Kemble"]);
    }
  });

  it("does not when the paragraph names someone else or does not report speech", () => {
    expect(quotesOf(story("She went on to say that Tom Ashcroft had to look again at staffing.")).map((q) => q.speaker)[1]).not.toBe("Ruth Kemble");
    expect(quotesOf(story("The owners have been asked to look again at staffing.")).map((q) => q.speaker)).toEqual(["Ruth Kemble", null]);
  });
});
