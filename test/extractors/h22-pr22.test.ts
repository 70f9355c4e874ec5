/**
 * Held-out set 22 (precision): a ratings table whose rating columns are
 * headed by years ("2020 rating" | "2023 rating"), a newspaper's section row
 * above the headline, an aspect described by an aside ("Through the Gate,
 * the resettlement service for …, which was"), and a quoted relative clause
 * finishing reported speech (invented names).
 */
import { describe, expect, it } from "vitest";
import { candidatesOf, recordOf } from "../helpers.js";

const withPrevious = (text: string, format?: "text" | "html") =>
  candidatesOf("aspect-ratings", "aspectRatings", text, format)
    .map((c) => `${c.value.aspect}=${c.value.rating}<${c.value.previousRating ?? "-"}`)
    .sort();
const title = (t: string) => recordOf(t).record.title;
const quotes = (t: string) => recordOf(t).record.quotes.map((q) => q.text);

const page = (head: string) =>
  `<html><head><title>Brennock YJS improves</title></head><body><article><h1>Brennock YJS improves</h1><p>HM Inspectorate of Probation has rated Brennock Youth Justice Service ‘Good’ overall.</p><table><thead><tr><th>Standard</th>${head}</tr></thead><tbody><tr><td>1.1 Governance and leadership</td><td>Requires improvement</td><td>Good</td></tr><tr><td>1.2 Staff</td><td>Good</td><td>Outstanding</td></tr></tbody></table><p>More to follow.</p></article></body></html>`;

describe("aspect ratings: a table's rating columns headed by years", () => {
  it("takes the later year's column as current, the earlier as previous", () => {
    expect(withPrevious(page("<th>2020 rating</th><th>2023 rating</th>"), "html")).toEqual(["Governance and leadership=Good<Requires improvement", "Staff=Outstanding<Good"]);
  });

  it("near miss: a header's own words (previous | this inspection) still decide", () => {
    expect(withPrevious(page("<th>Previous rating (2023)</th><th>Rating this inspection (2020)</th>"), "html")).toEqual(["Governance and leadership=Good<Requires improvement", "Staff=Outstanding<Good"]);
  });
});

const STORY = "Probation service in Fallowmere rated good by inspectors\nBy Ann Reporter\n\nThe Fallowmere division was rated ‘Good’ by HM Inspectorate of Probation.\n";

describe("title: a newspaper's section row is no headline", () => {
  it("skips a row of section names above the headline", () => {
    expect(title("The Weekly Lantern\nNews Opinion Sport Culture Lifestyle\n" + STORY)).toBe("Probation service in Fallowmere rated good by inspectors");
  });

  it("also skips a section label repeating an item of the row", () => {
    expect(title("The Weekly Lantern\nNews Opinion Sport Culture Lifestyle\nUK World Politics Crime Health\nCrime\n" + STORY)).toBe("Probation service in Fallowmere rated good by inspectors");
  });

  it("near miss: a headline in title case with a verb stays the headline", () => {
    expect(title("Fallowmere Probation Service Rated Good By Inspectors\nBy Ann Reporter\n\nThe Fallowmere division was rated ‘Good’ by HM Inspectorate of Probation.\n")).toBe("Fallowmere Probation Service Rated Good By Inspectors");
  });
});

const CRC = "Inspectors rate Harrowby CRC\n\nHM Inspectorate of Probation has rated Harrowby CRC ‘Requires improvement’ overall.\n\n";
const pairs = (t: string) => candidatesOf("aspect-ratings", "aspectRatings", t).map((c) => `${c.value.aspect}=${c.value.rating}`).sort();

describe("aspect ratings: an aside describing the aspect named before it", () => {
  it("rates the aspect named, not the aside's description of it", () => {
    expect(pairs(CRC + "The best news was Through the Gate, the resettlement service for people leaving prison, which was rated ‘Good’.\n")).toEqual(["Through the Gate=Good"]);
  });

  it("near miss: with no aspect named before it, the description rates its own aspect", () => {
    expect(pairs(CRC + "The best news was the resettlement service for people leaving prison, which was rated ‘Good’.\n")).toEqual(["Resettlement=Good"]);
  });
});

const RELEASE = "Harrowby CRC rated good\n\nHM Inspectorate of Probation has rated Harrowby CRC ‘Good’ overall.\n\n";

describe("quotes: a quoted clause finishing reported speech", () => {
  it("a relative clause (“which is …”) is no quote", () => {
    expect(quotes(RELEASE + "Chief Inspector Mara Quill said staff took 6.1 days of sickness a year, “which is far better than we see in most other areas.”\n")).toEqual([]);
  });

  it("near miss: a full sentence finishing reported speech is a quote", () => {
    expect(quotes(RELEASE + "Chief Inspector Mara Quill said staff took 6.1 days of sickness a year, “This is far better than we see in most other areas.”\n")).toEqual(["This is far better than we see in most other areas."]);
  });
});
