import { describe, expect, it } from "vitest";
import { htmlToBlocks } from "../../src/html/blocks.js";
import { flattenDeepHtml, nestingDepth } from "../../src/html/flatten.js";
import { docOf, recordOf } from "../helpers.js";

const cpu = (f: () => void): number => {
  const t0 = process.cpuUsage();
  f();
  const d = process.cpuUsage(t0);
  return (d.user + d.system) / 1000;
};

describe("html: hostile shapes finish in bounded time", () => {
  it("flattens 50,000 levels of nesting and keeps the text", () => {
    const html = "<html><body>" + "<div>".repeat(50_000) + "<p>Deep paragraph</p>" + "</div>".repeat(50_000) + "<p>After</p></body></html>";
    let texts: string[] = [];
    const ms = cpu(() => {
      texts = htmlToBlocks(html).blocks.map((b) => b.text);
    });
    expect(texts).toEqual(["Deep paragraph", "After"]);
    expect(ms).toBeLessThan(4000);
  });

  it("handles 50,000 unclosed elements", () => {
    const html = "<html><body>" + "<div><span>".repeat(50_000) + "<p>Still here</p></body></html>";
    let texts: string[] = [];
    const ms = cpu(() => {
      texts = htmlToBlocks(html).blocks.map((b) => b.text);
    });
    expect(texts).toContain("Still here");
    expect(ms).toBeLessThan(4000);
  });

  it("bounds elements written '<x/>', which htmlparser2 leaves open outside SVG, and '<svg/>', which leaves foreign content on", () => {
    // each of these nests one level deeper in the parser (its stacks are shifted from the front: quadratic)
    for (const unit of ["<div/>", "<b/>x", "<svg/>", "<math/>", "<svg/><div/>"]) {
      const html = "<html><body><p>Before</p>" + unit.repeat(200_000) + "<p>After</p></body></html>";
      let texts: string[] = [];
      const ms = cpu(() => {
        texts = htmlToBlocks(html).blocks.map((b) => b.text);
      });
      expect(texts[0], unit).toBe("Before");
      expect(texts.join(" "), unit).toContain("After");
      expect(ms, unit).toBeLessThan(4000);
    }
    // inside SVG "/>" closes: an icon's paths are no depth
    const icons = "<div>" + "<svg><path d='M0'/><circle r='1'/></svg>".repeat(1000) + "</div>";
    expect(nestingDepth(icons)).toBe(2);
  });

  it("reads 100,000 list items", () => {
    const html = "<html><body><article><h1>Headline</h1><ul>" + Array.from({ length: 100_000 }, (_, i) => `<li>item ${i}</li>`).join("") + "</ul></article></body></html>";
    let n = 0;
    const ms = cpu(() => {
      n = htmlToBlocks(html).blocks.filter((b) => b.kind === "list-item").length;
    });
    expect(n).toBe(100_000);
    expect(ms).toBeLessThan(10_000);
  });

  it("leaves shallow pages unchanged and bounds deep ones", () => {
    const shallow = "<div><p>a</p></div>";
    expect(flattenDeepHtml(shallow)).toBe(shallow);
    const deep = "<section>".repeat(1000) + "x" + "</section>".repeat(1000);
    expect(nestingDepth(flattenDeepHtml(deep, 100))).toBeLessThanOrEqual(100);
  });

  it("counts a page's depth the same with or without scripts and styles in it", () => {
    // a script's closing tag must not close one of the divs around it
    const plain = "<div>".repeat(50) + "<p>x</p>" + "<div>".repeat(50);
    const scripted = "<div>".repeat(50) + "<script>a()</script><style>p{}</style><SCRIPT>b()</SCRIPT><p>x</p>" + "<div>".repeat(50);
    expect(nestingDepth(plain)).toBe(100);
    expect(nestingDepth(scripted)).toBe(nestingDepth(plain));
  });

  it("does not turn a deep script's code into text", () => {
    const html = "<body>" + "<div>".repeat(500) + "<script>var secret = 1;</script><p>Visible</p>" + "</div>".repeat(500) + "</body>";
    const texts = htmlToBlocks(html).blocks.map((b) => b.text).join(" ");
    expect(texts).toContain("Visible");
    expect(texts).not.toContain("secret");
  });

  it("keeps every offset right after “İ”, whose lower case is two characters", () => {
    // a deep page (so it is flattened) with many “İ” before a script, then a rated and a quoted passage
    const names = Array.from({ length: 12 }, (_, i) => `İpek Yılmaz ${i + 1}`).join(", ");
    const page = (dotted: string) =>
      "<html><body>" + "<div>".repeat(320) +
      `<h1>Inspection of Eastfold probation delivery unit</h1><p>Among those met: ${dotted}.</p><style>p { margin: 0 }</style><script>var n = 1;</script>` +
      "<p>HM Inspectorate of Probation has rated Eastfold probation delivery unit as ‘Good’.</p>" +
      "<p>Chief Inspector of Probation Wendy Marsh said: “Staff at Eastfold know the people they supervise well.”</p>" +
      "</div>".repeat(320) + "</body></html>";
    const html = page(names);
    // the flattened page is the one with a plain “I”, character for character
    expect(flattenDeepHtml(html).replaceAll("İ", "I")).toBe(flattenDeepHtml(page(names.replaceAll("İ", "I"))));
    const { record, doc } = recordOf(html, "html");
    expect(doc.text).toContain("rated Eastfold probation delivery unit as ‘Good’.");
    expect(record.overallRating).toBe("Good");
    expect(record.quotes).toEqual([{ speaker: "Wendy Marsh", role: "Chief Inspector of Probation", text: "Staff at Eastfold know the people they supervise well." }]);
    const evidence = Object.values(record.evidence ?? {});
    expect(evidence.length).toBeGreaterThan(0);
    for (const e of evidence) expect(doc.text.slice(e.start, e.end)).toBe(e.text);
    for (const s of doc.sentences) expect(doc.text.slice(s.start, s.end)).toBe(s.text);
  });
});

describe("html: page furniture", () => {
  it("keeps a news story and drops its byline furniture, adverts, captions and read-more links", () => {
    const html = `<html><head><title>Service told to improve | Evening Courier</title></head><body>
<header class="site-header"><a href="/">Evening Courier</a></header>
<article><h1>Service told to improve</h1>
<figure><img src="a.jpg"><figcaption>The probation office in the town centre</figcaption></figure>
<p>The town's probation service has been told to improve after an inspection, a report has said. It was rated as requires improvement.</p>
<div class="advert">Advertisement: cheap loans</div>
<p><a href="/x">Read more: Council tax to rise</a></p>
<div class="top-stories"><h3>Top stories</h3><ul><li>Dog rescued</li></ul></div>
<p>Inspectors visited in March.</p></article>
<aside><h3>Related</h3><p>Another service rated Inadequate</p></aside>
</body></html>`;
    const texts = htmlToBlocks(html).blocks.map((b) => b.text);
    expect(texts).toEqual([
      "Service told to improve",
      "The town's probation service has been told to improve after an inspection, a report has said. It was rated as requires improvement.",
      "Inspectors visited in March.",
    ]);
  });

  it("drops a blog's related posts, share buttons and comments", () => {
    const html = `<html><body><div class="post"><h1>My view on the inspection</h1>
<div class="share-buttons">Share on Twitter</div>
<div class="entry-content"><p>I think the inspectors were right to rate this CRC as requiring improvement, and the report shows why in detail.</p></div>
<div class="related-posts"><h4>Related posts</h4><p>Other CRC rated Outstanding</p></div>
<div id="comments"><p>Great post!</p></div></div></body></html>`;
    const texts = htmlToBlocks(html).blocks.map((b) => b.text).join(" | ");
    expect(texts).toContain("I think the inspectors were right");
    expect(texts).not.toMatch(/Other CRC|Great post|Share on/);
  });

  it("keeps ratings tables as table rows with their cells", () => {
    const html = `<html><body><main><h1>Ratings</h1><p>The inspectorate rated ten aspects of the service's work and published the results in its report today.</p>
<table><thead><tr><th>Aspect</th><th>Rating</th></tr></thead><tbody><tr><td>Leadership</td><td><strong>Good</strong></td></tr><tr><td>Staff</td><td>Requires improvement</td></tr></tbody></table></main></body></html>`;
    const rows = htmlToBlocks(html).blocks.filter((b) => b.kind === "table-row");
    expect(rows.map((r) => r.cells)).toEqual([["Aspect", "Rating"], ["Leadership", "Good"], ["Staff", "Requires improvement"]]);
    expect(rows[1]!.text).toBe("Leadership | Good");
  });

  it("keeps an ALL-CAPS headline and ordered list markers", () => {
    const html = `<html><body><h1>YOUTH TEAM RATED OUTSTANDING</h1><p>The team was rated outstanding overall by the inspectorate after a visit in May.</p><ol start="3"><li>First point</li><li>Second point</li></ol></body></html>`;
    const blocks = htmlToBlocks(html).blocks;
    expect(blocks[0]).toMatchObject({ kind: "heading", level: 1, text: "YOUTH TEAM RATED OUTSTANDING" });
    expect(blocks.filter((b) => b.kind === "list-item").map((b) => b.marker)).toEqual(["3.", "4."]);
  });

  it("gives an empty list item nothing, and its marker to no later block", () => {
    for (const empty of ["<li></li>", "<li> </li>", "<li><br></li>"]) {
      for (const list of ["ul", "ol"]) {
        const html = `<html><body><${list}><li>First point</li>${empty}</${list}><p>Staff were well trained.</p></body></html>`;
        const blocks = htmlToBlocks(html).blocks;
        expect(blocks, `${list} ${empty}`).toHaveLength(2);
        expect(blocks[1], `${list} ${empty}`).toEqual({ kind: "paragraph", text: "Staff were well trained." });
        const doc = docOf(html, "html");
        expect(doc.blocks[1]!.marker, `${list} ${empty}`).toBeUndefined();
        expect(doc.text.slice(doc.blocks[1]!.start, doc.blocks[1]!.end)).toBe("Staff were well trained.");
      }
    }
  });
});

describe("html: typed bullets", () => {
  it("reads a bullet typed into a paragraph as a list item", () => {
    const html = `<html><body><article><p>Inspectors found that the service had improved in several ways since the last inspection of its work.</p><p>• Staff are well trained</p><p>- Leaders are visible</p></article></body></html>`;
    const items = htmlToBlocks(html).blocks.filter((b) => b.kind === "list-item");
    expect(items.map((b) => [b.marker, b.text])).toEqual([["•", "Staff are well trained"], ["-", "Leaders are visible"]]);
  });
});

describe("html: page metadata", () => {
  it("reads title, site name, types and the publication date, ignoring the modified date", () => {
    const html = `<html><head><title>Fallback title</title>
<meta property="og:title" content="Probation unit rated Good">
<meta property="og:site_name" content="Daily Herald">
<meta property="og:type" content="article">
<meta property="article:modified_time" content="2024-06-01">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","datePublished":"2024-05-02T08:00:00Z","headline":"H"}]}</script>
</head><body><article><p>Body text of the story that is long enough to be the main content of this page, about a probation unit.</p></article></body></html>`;
    const { meta } = htmlToBlocks(html);
    expect(meta.title).toBe("Probation unit rated Good");
    expect(meta.siteName).toBe("Daily Herald");
    expect(meta.types).toEqual(expect.arrayContaining(["article", "NewsArticle"]));
    expect(meta.published).toEqual([{ value: "2024-05-02T08:00:00Z", source: "JSON-LD datePublished" }]);
  });
});

describe("html -> blocks: a pull-quote the text leads into", () => {
  const page = (lead: string) =>
    `<html><body><article><h1>Probation unit told to improve</h1><p>The unit supervises 2,000 people.</p><p>${lead}</p>` +
    `<blockquote class="pull-quote"><p>\u201cStaff were doing the urgent things and leaving the important ones.\u201d</p></blockquote>` +
    `<p>The unit said it would act.</p></article></body></html>`;

  it("keeps a pull-quote styled blockquote led into by a paragraph ending with a colon", () => {
    const texts = htmlToBlocks(page("As the report puts it:")).blocks.map((b) => b.text);
    expect(texts).toContain("\u201cStaff were doing the urgent things and leaving the important ones.\u201d");
  });

  it("still drops a pull-quote that no paragraph leads into", () => {
    const texts = htmlToBlocks(page("Inspectors visited in May.")).blocks.map((b) => b.text);
    expect(texts.some((t) => t.includes("urgent things"))).toBe(false);
  });
});
