/**
 * Held-out sets 19 and 20: title, document type, subject, inspectorate, dates
 * and areas. A breadcrumb from "Home" with long items; a link line with a
 * file's size; a printed page's "Headline - Site" line over its headline and
 * contents list; a section label repeating the navigation bar; a podcast's
 * episode title; a council's minutes heading and meeting date; a news site's
 * live page; a broadcaster's transcript; a page's "NEWS IN BRIEF"; "when we
 * were there" from the inspectors; a predecessor's inspection; a story
 * speaking only of the last inspection and the next; a joint report; a
 * place word starting with a marked capital.
 */
import { describe, expect, it } from "vitest";
import { recordOf, valueOf } from "../helpers.js";
import { isPlaceWord } from "../../src/extractors/lib/places.js";

const titleOf = (text: string) => valueOf("title", "title", text, "text");
const rec = (text: string, format?: "text" | "html") => recordOf(text, format).record;

describe("title: page furniture above the headline", () => {
  it("passes over a breadcrumb from 'Home' whose items have commas", () => {
    const text = "Skip to main content\n\nHome > Crime, courts and sentencing > Probation and youth justice\n\nPress release\n\nOrmsby probation unit rated 'Good' by inspectors\n\nThe unit has improved, inspectors said.";
    expect(titleOf(text)).toBe("Ormsby probation unit rated 'Good' by inspectors");
  });

  it("keeps a headline that only starts like one ('Homes > 500 built, council says')", () => {
    const text = "Homes > 500 built, council says\n\nThe council built more homes than planned this year, its report said.";
    expect(titleOf(text)).toBe("Homes > 500 built, council says");
  });

  it("passes over a link line naming a file's type and size", () => {
    const text = "Skip to content\n\nHome › Media › 2017\n\nRead this release in Welsh (Welsh version, PDF 180 KB)\n\nMarlow CRC must do more, say inspectors\n\nPublished: 3 May 2017";
    expect(titleOf(text)).toBe("Marlow CRC must do more, say inspectors");
  });

  it("keeps a headline with words in brackets but no file size", () => {
    const text = "Skip to content\n\nHome › Media › 2017\n\nMarlow CRC must do more (update)\n\nPublished: 3 May 2017";
    expect(titleOf(text)).toBe("Marlow CRC must do more (update)");
  });

  it("takes the headline a printed page repeats under its 'Headline - Site' line, past a contents list", () => {
    const text = [
      "Dunmere region told to improve, inspectors say - GOV.UK",
      "",
      "https://www.example.gov.uk/news/dunmere-region-told-to-improve",
      "",
      "Press release",
      "",
      "Dunmere region told to improve, inspectors say",
      "",
      "Published 4 March 2022",
      "",
      "Contents",
      "",
      "1. Summary",
      "2. Ratings",
      "3. Findings",
      "",
      "1. Summary",
      "",
      "Inspectors rated the region 'Requires improvement'.",
    ].join("\n");
    expect(titleOf(text)).toBe("Dunmere region told to improve, inspectors say");
  });

  it("keeps a first line with a site name when no block repeats it", () => {
    const text = "Dunmere region told to improve - Weekly Courier\n\nInspectors rated the region 'Requires improvement', the report said.";
    expect(titleOf(text)).toBe("Dunmere region told to improve - Weekly Courier");
  });

  it("passes over a section label that repeats an item of the navigation bar above it", () => {
    const text = "The Daily Lantern\n\nHome | News | Courts & Crime | Sport | Weather\n\nCourts & Crime\n\nProbation office 'stretched to breaking point', watchdog says\n\nBy Jo Fell, Crime Reporter";
    expect(titleOf(text)).toBe("Probation office 'stretched to breaking point', watchdog says");
  });

  it("keeps a short headline the navigation bar does not name", () => {
    const text = "The Daily Lantern\n\nHome | News | Courts & Crime | Sport | Weather\n\nProbation office praised\n\nBy Jo Fell, Crime Reporter";
    expect(titleOf(text)).toBe("Probation office praised");
  });

  it("takes a podcast episode's title under its episode number, not the show's name", () => {
    const text = "Open Door — talking justice, one story at a time\nHome | Episodes | About | Contact\n\nEpisode 12\n\nHow Redmoor's youth team turned it round\n\nPublished 3 June 2023 · 41 min";
    expect(titleOf(text)).toBe("How Redmoor's youth team turned it round");
  });

  it("does not take a sentence under an episode number", () => {
    const text = "Open Door — talking justice, one story at a time\nHome | Episodes | About | Contact\n\nEpisode 12\n\nThis week we talk to a youth worker about inspections.\n\nPublished 3 June 2023 · 41 min";
    expect(titleOf(text)).toBe("Open Door — talking justice, one story at a time");
  });

  it("takes a minutes heading under a council's letterhead, and the meeting's date as published", () => {
    const text = [
      "ASHBY BOROUGH COUNCIL",
      "Minutes of the Community Safety Panel",
      "Meeting held on Monday 3 March 2025 at 7.00 pm in the Town Hall",
      "PRESENT: Councillors Ann Lee and Tom Rudd.",
      "The Head of the Ashby Probation Delivery Unit said the inspection report had been published on 20 January 2025, and that inspectors had rated the unit 'Good'.",
    ].join("\n");
    const r = rec(text, "text");
    expect(r.title).toBe("Minutes of the Community Safety Panel");
    expect(r.dates.published).toBe("2025-03-03");
  });

  it("keeps a letterhead's report date when no meeting date line opens the minutes", () => {
    const text = [
      "ASHBY BOROUGH COUNCIL",
      "Community Safety Panel: probation update",
      "A conference held on Monday 3 March 2025 discussed the work.",
      "The Head of the Ashby Probation Delivery Unit said the inspection report had been published on 20 January 2025, and that inspectors had rated the unit 'Good'.",
    ].join("\n");
    const r = rec(text, "text");
    expect(r.title).not.toBe("Minutes of the Community Safety Panel");
    expect(r.dates.published).toBe("2025-01-20");
  });
});

describe("documentType: live pages and transcripts", () => {
  const live = (site: string) =>
    `<html><head><meta property="og:site_name" content="${site}"><script type="application/ld+json">{"@type":"LiveBlogPosting","datePublished":"2024-02-01T08:00:00Z"}</script></head><body><article><h1>Live: Tuesday's updates</h1><p>Follow our live coverage of the day's stories across the district.</p><p>Inspectors rated the Wexley probation unit 'Inadequate'.</p></article></body></html>`;

  it("reads a news site's live page as a news article", () => {
    expect(valueOf("document-type", "documentType", live("Wexley Evening Echo"), "html")).toBe("news-article");
  });

  it("still reads a blog's live page as a blog post", () => {
    expect(valueOf("document-type", "documentType", live("Probation Practice Blog"), "html")).toBe("blog-post");
  });

  it("reads a broadcaster's transcript as a news article, dated the day it went out", () => {
    const text = "Wexley FM | News | Listen Live\nTranscript: probation chief on the Wexley report\nThe following is a transcript of an interview broadcast on Drive Time on Wexley FM on Friday 9 June 2023. It has been edited for length.\nPRESENTER: Good evening.";
    const r = rec(text, "text");
    expect(r.documentType).toBe("news-article");
    expect(r.dates.published).toBe("2023-06-09");
  });

  it("does not read a mention of a transcript as a broadcaster's", () => {
    const text = "Wexley FM | News | Listen Live\nProbation chief on the Wexley report\nA transcript of the interview with the chief on Friday 9 June 2023 is available on request.\nThe chief said more staff were needed.";
    const r = rec(text, "text");
    expect(r.documentType).not.toBe("news-article");
    expect(r.dates.published).toBeNull();
  });
});

describe("dates: whose visit, whose inspection", () => {
  const story = "Probation firm told to improve\n\nBy Staff Reporter, Friday 15 March 2019\n\nInspectors rated Hadley CRC 'Requires improvement'.\n\nA spokesman for Hadley CRC said it accepted the findings.\n\n";

  it("does not take a visit from a page's NEWS IN BRIEF items", () => {
    const r = rec(`${story}NEWS IN BRIEF\n\nRiver bridge to shut\n\nEngineers who inspected the bridge in January found the deck in poor condition.`, "text");
    expect(r.dates.inspectionStart).toBeNull();
  });

  it("still takes the story's own fieldwork above a NEWS IN BRIEF heading", () => {
    const r = rec(`Probation firm told to improve\n\nBy Staff Reporter, Friday 15 March 2019\n\nInspectors rated Hadley CRC 'Requires improvement' after fieldwork in November 2018.\n\nNEWS IN BRIEF\n\nEngineers who inspected the bridge in January found the deck in poor condition.`, "text");
    expect(r.dates.inspectionStart).toBe("2018-11");
  });

  const transcript = (before: string) =>
    `Wexley FM\n\nPublished Thursday 18 May 2023\n\nPRESENTER: And staffing?\n\nCHIEF: ${before}It drives a lot of the rest. When we were there in February, a third of posts were empty.`;

  it("takes 'when we were there in February' from inspectors who say what they rated", () => {
    expect(rec(transcript("Staffing we've rated 'Inadequate', our lowest grade. "), "text").dates.inspectionStart).toBe("2023-02");
  });

  it("does not take 'when we were there' from anyone else", () => {
    expect(rec(transcript("Staffing is hard for us. "), "text").dates.inspectionStart).toBeNull();
  });

  const region = (sentence: string) =>
    `Lowmoor region must improve, inspectors say\n\nPublished 18 November 2021\n\nHM Inspectorate of Probation has rated the Probation Service – Lowmoor region 'Requires improvement' in its first look at the region since unification.\n\n${sentence}`;

  it("does not take a predecessor company's inspection as the previous one", () => {
    const r = rec(region("Before unification, the work was split between the National Probation Service and Lowmoor Community Rehabilitation Company, which the Inspectorate last rated 'Good' in May 2019."), "text");
    expect(r.dates.previousInspection).toBeNull();
  });

  it("still takes the provider's own last inspection", () => {
    const r = rec(region("The Inspectorate last rated the region's leadership 'Good' in May 2019."), "text");
    expect(r.dates.previousInspection).toBe("2019-05");
  });
});

describe("subject and inspectorate: what the story reports", () => {
  const local = (extra: string) =>
    `New probation office opens in Corbridge\n\nBy Ann Vale, Reporter, 18 April 2024\n\nThe minister opened a new office for Corbridge Probation Delivery Unit on Monday. Staff shortages remain, a union says.\n\n${extra}The unit was last inspected in 2022. HM Inspectorate of Probation, the independent watchdog, is expected to return next year.`;

  it("reads a story that speaks only of the last inspection and the next as about none", () => {
    const r = rec(local(""), "text");
    expect(r.subject).toBe("other");
    expect(r.inspectorate).toBeNull();
  });

  it("still reads a story that reports an inspection as one", () => {
    const r = rec(local("Inspectors rated the unit 'Requires improvement' in a report published today. "), "text");
    expect(r.subject).toBe("provider-inspection");
    expect(r.inspectorate).toBe("HM Inspectorate of Probation");
  });

  const joint = (what: string) =>
    `Prisoners leave jail with nowhere to live, inspectors warn\n\nBy Sam Hale, Home Affairs Correspondent\n\nMen released from prison too often have no home to go to, according to ${what} that oversee prisons and probation.\n\nThe inspection, led by HM Inspectorate of Probation, followed 150 men after release.`;

  it("reads a joint report by the inspectorates, with no provider, as thematic", () => {
    expect(rec(joint("a joint report by the two inspectorates"), "text").subject).toBe("thematic");
  });

  it("does not read a report alone as thematic", () => {
    expect(rec(joint("a report by one of the inspectorates"), "text").subject).not.toBe("thematic");
  });
});

describe("places: a marked capital", () => {
  it("reads a word starting with a marked capital as a place word, not one in lower case", () => {
    expect(isPlaceWord("Ŵyr")).toBe(true);
    expect(isPlaceWord("Ängby")).toBe(true);
    expect(isPlaceWord("ŵyr")).toBe(false);
    expect(isPlaceWord("élan")).toBe(false);
  });

  it("keeps a place name whose second word starts with one among a provider's areas", () => {
    const text =
      "Tarren CRC told to improve\n\nPublished: 29 November 2016\n\nInspectors found that Tarren Community Rehabilitation Company (CRC) was slow to improve.\n\nThe CRC supervises offenders across Dyffryn, Bro Ŵyr and Cwm Isaf. Inspectors examined 60 cases.";
    expect(rec(text, "text").provider?.areas).toEqual(["Dyffryn", "Bro Ŵyr", "Cwm Isaf"]);
  });
});
