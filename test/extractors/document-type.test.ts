import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { valueOf } from "../helpers.js";

const seed = (name: string) => readFileSync(new URL(`../../fixtures/docs/${name}`, import.meta.url), "utf8");
const typeOf = (text: string, format?: "text" | "html") => valueOf("document-type", "documentType", text, format);

describe("documentType", () => {
  it("settles the seeds", () => {
    expect(typeOf(seed("blog-staffordshire-west-midlands-crc.txt"))).toBe("blog-post");
    expect(typeOf(seed("news-merseyside-crc-2020.txt"))).toBe("news-article");
    expect(typeOf(seed("press-release-merseyside-crc-2020.txt"))).toBe("press-release");
    expect(typeOf(seed("press-release-merseyside-probation-trust.txt"))).toBe("press-release");
  });

  it("reads a council's release with ENDS and notes to editors as a press release", () => {
    const text = "Council welcomes youth justice report\n\nThe council welcomed the report today.\n\nCllr Smith said: “We are proud.”\n\nENDS\n\nNotes to editors\n\n1. For media enquiries contact the council press office.";
    expect(typeOf(text)).toBe("press-release");
  });

  it("reads a byline and a watchdog as a news article", () => {
    const text = "Probation service slammed\n\nBy Jo Bloggs, Crime Reporter\n\nThe probation service for the county has been criticised by the probation watchdog.\n\nInspectors visited in May.";
    expect(typeOf(text)).toBe("news-article");
  });

  it("reads a dateline as a news article", () => {
    const text = "Youth team keeps its rating\n\nBRISTOL, Friday 8 March 2024 – The city's youth justice service has kept its Good rating.\n\nMore text follows.";
    expect(typeOf(text)).toBe("news-article");
  });

  it("reads comment furniture as a blog post", () => {
    const text = "My take on the CRC report\n\nPosted by Kim on 3 May 2019\n\nI think the report is right.\n\nThe CRC must do better.\n\n12 Comments\n\nLeave a Reply";
    expect(typeOf(text)).toBe("blog-post");
  });

  it("uses page metadata: BlogPosting and a news site's name", () => {
    const blog = `<html><head><script type="application/ld+json">{"@type":"BlogPosting","headline":"x"}</script></head><body><article><h1>Thoughts</h1><p>Some thoughts on today's probation inspection report and what it means for the staff who work there.</p></article></body></html>`;
    expect(typeOf(blog, "html")).toBe("blog-post");
    const news = `<html><head><title>Unit rated Good - Shire Evening Post</title></head><body><article><h1>Unit rated Good</h1><p>The probation unit in the town has been rated Good after inspectors visited it in the spring of this year.</p></article></body></html>`;
    expect(typeOf(news, "html")).toBe("news-article");
  });

  it("reads an email newsletter as a blog post and a GOV.UK page as a press release", () => {
    const letter = "Justice Matters\n\nIn this issue\n\nInspectors rate the unit Good\n\nThe unit was rated Good.\n\nYou are receiving this email because you signed up.";
    expect(typeOf(letter)).toBe("blog-post");
    const gov = "Press release\n\nUnit rated Good by inspectors\n\nFrom: HM Inspectorate of Probation\n\nPublished 3 March 2022\n\nThe unit was rated Good.";
    expect(typeOf(gov)).toBe("press-release");
  });

  it("says nothing without signals", () => {
    expect(typeOf("Probation report\n\nInspectors visited the service and rated it Good.")).toBeNull();
  });
});
